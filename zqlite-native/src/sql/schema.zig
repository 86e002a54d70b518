//! The catalog: tables, indexes and views of one database, as SQLite keeps them in sqlite_master.
//!
//! Storage: the schema-root table tree (pager header `schema_root`, 0 until the first DDL) holds
//! one record per object: (type TEXT, name TEXT, tbl_name TEXT, rootpage INTEGER, sql TEXT), the
//! same five columns as sqlite_master. Indexes implied by PRIMARY KEY/UNIQUE constraints are
//! stored as `sqlite_autoindex_<table>_<n>` rows with a NULL sql, as SQLite does.
//!
//! In memory: a `Catalog` is built from those rows by parsing each stored CREATE statement; all
//! of it (names, column lists, parsed DEFAULT/CHECK expressions) lives in the catalog's arena.
//! A catalog is immutable once loaded: DDL writes schema rows and then loads a new catalog, so a
//! compiled statement can keep pointers into the catalog it was compiled against and notices a
//! newer one by `version`.
//!
//! Invariants: names are unique case-insensitively across tables, indexes and views; every
//! table's `indexes` lists exactly the indexes whose `table` is it; `rowid_alias` is the column
//! declared `INTEGER PRIMARY KEY` (exact type name INTEGER), whose record slot is stored NULL.
const std = @import("std");
const assert = std.debug.assert;
const ast = @import("ast.zig");
const parser = @import("parser.zig");
const tokenizer = @import("tokenizer.zig");
const value_mod = @import("value.zig");
const record = @import("../storage/record.zig");
const pager = @import("../storage/pager.zig");
const btree = @import("../storage/btree.zig");

pub const BTree = btree.BTreeType(pager.WriteTxn);
pub const Affinity = value_mod.Affinity;
pub const Value = value_mod.Value;

/// The most objects a schema may hold (a bound for every catalog loop).
pub const objects_max: u32 = 100_000;

pub const Column = struct {
    name: []const u8,
    /// The type words joined by single spaces; affinity and STRICT types are read from this.
    type_name: []const u8,
    /// The type as SQLite reports it (PRAGMA table_info, view columns): the text as written,
    /// with a standard type (INT, INTEGER, REAL, TEXT, BLOB, ANY) in upper case.
    declared_type: []const u8 = "",
    affinity: Affinity,
    not_null: bool = false,
    default: ?*const ast.Expr = null,
    /// The value rows stored before this column was added (ALTER TABLE ADD COLUMN) read as:
    /// the literal DEFAULT, else NULL.
    missing_value: Value = .null,
    /// Set for STRICT tables: the type values are checked against.
    strict_type: ?value_mod.StrictType = null,
    collation_nocase: bool = false,
};

pub const IndexColumn = struct { column: u32, descending: bool };

pub const Index = struct {
    name: []const u8,
    table_name: []const u8,
    root_page_no: u32,
    columns: []IndexColumn,
    unique: bool,
    /// Backs the table's PRIMARY KEY (constraint errors then use CONSTRAINT_PRIMARYKEY).
    primary_key: bool = false,
    /// Implied by a constraint (sqlite_autoindex_*): cannot be dropped by DROP INDEX.
    automatic: bool = false,
};

pub const Table = struct {
    name: []const u8,
    root_page_no: u32,
    columns: []Column,
    rowid_alias: ?u32 = null,
    checks: []*const ast.Expr = &.{},
    indexes: []*Index = &.{},
    strict: bool = false,
    sql: []const u8,
    /// The schema tree itself (sqlite_master): its root is read from the header at scan time.
    is_schema: bool = false,
    foreign_keys: []ForeignKey = &.{},
    /// The foreign keys of every table (this one included) whose parent is this table, found
    /// once when the catalog loads: a DELETE or key UPDATE of a parent row walks only these
    /// instead of every table's keys, and a new catalog (any DDL) finds them again.
    referenced_by: []Reference = &.{},

    pub fn columnIndex(table: *const Table, name: []const u8) ?u32 {
        for (table.columns, 0..) |column, i| {
            if (std.ascii.eqlIgnoreCase(column.name, name)) return @intCast(i);
        }
        return null;
    }
};

/// `REFERENCES parent(columns)` on child columns; enforced when PRAGMA foreign_keys is on.
pub const ForeignKey = struct {
    columns: []u32,
    parent: []const u8,
    /// Parent column names; empty means the parent's primary key.
    parent_columns: []const ast.Name,
    on_delete: ast.ForeignKeyAction,
    /// What changing the referenced parent key does to child rows (RESTRICT and NO ACTION fail).
    on_update: ast.ForeignKeyAction = .no_action,
    /// Resolved when the catalog loads (linkForeignKeys); null when no such table exists, which
    /// SQLite reports only when the key is used.
    parent_table: ?*Table = null,
    /// How a parent row is found; null when no rowid or UNIQUE index of the parent matches the
    /// parent columns ("foreign key mismatch", again reported only on use).
    parent_key: ?ParentKey = null,
};

/// The parent side of a foreign key: the parent's rowid, or a UNIQUE index on its columns.
pub const ParentKey = union(enum) {
    rowid,
    index: *Index,

    /// The parent table column of key position i (the rowid slot, `columns.len`, for a rowid).
    pub fn column(key: ParentKey, parent: *const Table, i: usize) u32 {
        return switch (key) {
            .rowid => @intCast(parent.columns.len),
            .index => |index| index.columns[i].column,
        };
    }
};

/// A foreign key of `child` that references some table (see Table.referenced_by).
pub const Reference = struct { child: *Table, key: *const ForeignKey };

pub const View = struct {
    name: []const u8,
    columns: []ast.Name,
    select: *ast.Select,
    sql: []const u8,
};

pub const Catalog = struct {
    arena: std.heap.ArenaAllocator,
    tables: []*Table = &.{},
    indexes: []*Index = &.{},
    views: []*View = &.{},
    /// Increases with every load, so statements compiled against an older catalog recompile.
    version: u64,
    /// A hash of the schema rows it was built from: another connection's DDL changes it.
    fingerprint: u64 = 0,

    pub fn deinit(catalog: *Catalog) void {
        const child = catalog.arena.child_allocator;
        catalog.arena.deinit();
        child.destroy(catalog);
    }

    pub fn findTable(catalog: *const Catalog, name: []const u8) ?*Table {
        for (catalog.tables) |table| if (std.ascii.eqlIgnoreCase(table.name, name)) return table;
        return null;
    }

    pub fn findIndex(catalog: *const Catalog, name: []const u8) ?*Index {
        for (catalog.indexes) |index| if (std.ascii.eqlIgnoreCase(index.name, name)) return index;
        return null;
    }

    pub fn findView(catalog: *const Catalog, name: []const u8) ?*View {
        for (catalog.views) |view| if (std.ascii.eqlIgnoreCase(view.name, name)) return view;
        return null;
    }

    /// True if any object (table, index, view) has this name.
    pub fn nameTaken(catalog: *const Catalog, name: []const u8) bool {
        return catalog.findTable(name) != null or catalog.findIndex(name) != null or
            catalog.findView(name) != null;
    }
};

/// sqlite_master / sqlite_schema as a read-only table over the schema tree.
pub fn schemaTable(arena: std.mem.Allocator, name: []const u8) !*Table {
    const columns = try arena.alloc(Column, 5);
    const names = [5][]const u8{ "type", "name", "tbl_name", "rootpage", "sql" };
    for (columns, names) |*column, column_name| {
        const type_name = if (std.mem.eql(u8, column_name, "rootpage")) "INT" else "TEXT";
        column.* = .{ .name = column_name, .type_name = type_name, .declared_type = type_name, .affinity = value_mod.affinityFromTypeName(type_name) };
    }
    const table = try arena.create(Table);
    table.* = .{ .name = name, .root_page_no = 0, .columns = columns, .sql = "", .is_schema = true };
    return table;
}

pub fn isSchemaName(name: []const u8) bool {
    return std.ascii.eqlIgnoreCase(name, "sqlite_master") or std.ascii.eqlIgnoreCase(name, "sqlite_schema");
}

/// A hash of every schema row (0 for an empty schema).
pub fn fingerprintOf(rows: []const SchemaRow) u64 {
    if (rows.len == 0) return 0;
    var hasher = std.hash.Wyhash.init(0x5c4e3a);
    for (rows) |row| {
        hasher.update(std.mem.asBytes(&row.rowid));
        hasher.update(std.mem.asBytes(&row.root_page_no));
        for ([_][]const u8{ row.kind, row.name, row.table_name, row.sql orelse "\x00" }) |text| {
            hasher.update(text);
            hasher.update(&.{0xff});
        }
    }
    return hasher.final() | 1;
}

/// The fingerprint of the schema as `txn` sees it.
pub fn fingerprint(allocator: std.mem.Allocator, txn: *pager.WriteTxn) !u64 {
    var arena_state = std.heap.ArenaAllocator.init(allocator);
    defer arena_state.deinit();
    return fingerprintOf(try readRows(arena_state.allocator(), txn));
}

/// One row of the schema tree.
pub const SchemaRow = struct {
    rowid: i64,
    kind: []const u8,
    name: []const u8,
    table_name: []const u8,
    root_page_no: u32,
    sql: ?[]const u8,
};

/// Reads every schema row and builds a catalog. Rows whose SQL no longer parses are Corrupt.
pub fn load(allocator: std.mem.Allocator, txn: *pager.WriteTxn, version: u64) !*Catalog {
    const catalog = try allocator.create(Catalog);
    catalog.* = .{ .arena = std.heap.ArenaAllocator.init(allocator), .version = version };
    errdefer catalog.deinit();
    const arena = catalog.arena.allocator();
    const rows = try readRows(arena, txn);
    catalog.fingerprint = fingerprintOf(rows);
    var tables = std.ArrayList(*Table).init(arena);
    var indexes = std.ArrayList(*Index).init(arena);
    var views = std.ArrayList(*View).init(arena);
    for (rows) |row| {
        if (std.mem.eql(u8, row.kind, "table")) {
            const statement = try parseStored(arena, row.sql orelse return error.Corrupt);
            if (statement.data != .create_table) return error.Corrupt;
            const table = try tableFromAst(arena, statement.data.create_table, row.sql.?);
            table.root_page_no = row.root_page_no;
            try tables.append(table);
            try appendImpliedIndexes(arena, table, rows, &indexes);
        } else if (std.mem.eql(u8, row.kind, "view")) {
            const statement = try parseStored(arena, row.sql orelse return error.Corrupt);
            if (statement.data != .create_view) return error.Corrupt;
            const view = try arena.create(View);
            const cv = statement.data.create_view;
            view.* = .{ .name = cv.name.name.text, .columns = cv.columns, .select = cv.select, .sql = row.sql.? };
            try views.append(view);
        }
    }
    for (rows) |row| {
        if (!std.mem.eql(u8, row.kind, "index") or row.sql == null) continue;
        const statement = try parseStored(arena, row.sql.?);
        if (statement.data != .create_index) return error.Corrupt;
        const ci = statement.data.create_index;
        const table = findIn(tables.items, ci.table.text) orelse return error.Corrupt;
        const columns = try indexColumns(arena, table, ci.columns);
        const index = try arena.create(Index);
        index.* = .{
            .name = ci.name.name.text,
            .table_name = table.name,
            .root_page_no = row.root_page_no,
            .columns = columns,
            .unique = ci.unique,
        };
        try indexes.append(index);
    }
    catalog.tables = tables.items;
    catalog.indexes = indexes.items;
    catalog.views = views.items;
    try linkIndexes(arena, catalog);
    try linkForeignKeys(arena, catalog);
    return catalog;
}

fn findIn(tables: []*Table, name: []const u8) ?*Table {
    for (tables) |table| if (std.ascii.eqlIgnoreCase(table.name, name)) return table;
    return null;
}

fn linkIndexes(arena: std.mem.Allocator, catalog: *Catalog) !void {
    for (catalog.tables) |table| {
        var list = std.ArrayList(*Index).init(arena);
        for (catalog.indexes) |index| {
            if (std.ascii.eqlIgnoreCase(index.table_name, table.name)) try list.append(index);
        }
        table.indexes = list.items;
    }
}

/// Resolves every foreign key's parent table and key, and lists on each parent the keys that
/// reference it. Runs once per catalog (after linkIndexes), so enforcing a key per changed row
/// never searches the catalog.
fn linkForeignKeys(arena: std.mem.Allocator, catalog: *Catalog) !void {
    assert(catalog.tables.len <= objects_max);
    const lists = try arena.alloc(std.ArrayListUnmanaged(Reference), catalog.tables.len);
    @memset(lists, .{});
    for (catalog.tables) |child| {
        for (child.foreign_keys) |*fk| {
            const parent_index = for (catalog.tables, 0..) |table, i| {
                if (std.ascii.eqlIgnoreCase(table.name, fk.parent)) break i;
            } else continue;
            const parent = catalog.tables[parent_index];
            fk.parent_table = parent;
            fk.parent_key = parentKeyOf(parent, fk);
            try lists[parent_index].append(arena, .{ .child = child, .key = fk });
        }
    }
    for (catalog.tables, lists) |table, list| table.referenced_by = list.items;
}

/// The parent's rowid when the key names it (or names nothing and the parent has an INTEGER
/// PRIMARY KEY), else the UNIQUE index whose columns are exactly the parent columns in order
/// (or the PRIMARY KEY index when the key names nothing); null if none matches.
fn parentKeyOf(parent: *const Table, fk: *const ForeignKey) ?ParentKey {
    if (fk.parent_columns.len == 0) {
        if (parent.rowid_alias != null) return .rowid;
        for (parent.indexes) |index| if (index.primary_key) return .{ .index = index };
        return null;
    }
    if (fk.parent_columns.len == 1) if (parent.rowid_alias) |alias| {
        if (parent.columnIndex(fk.parent_columns[0].text) == alias) return .rowid;
    };
    for (parent.indexes) |index| {
        if (!index.unique or index.columns.len != fk.parent_columns.len) continue;
        const same = for (index.columns, fk.parent_columns) |c, name| {
            if (parent.columnIndex(name.text) != c.column) break false;
        } else true;
        if (same) return .{ .index = index };
    }
    return null;
}

/// The stored SQL parsed into the catalog arena (the text must live there too).
/// The text SQLite stores in sqlite_schema.sql for a CREATE statement: `CREATE TABLE`, `CREATE
/// VIEW`, `CREATE INDEX` or `CREATE UNIQUE INDEX` in upper case, then the statement exactly as
/// written from the object's name on (build.c: "CREATE %s %.*s" from sNameToken), so TEMP,
/// IF NOT EXISTS and a schema prefix are dropped. The result lives in `arena`.
pub fn storedCreateSql(arena: std.mem.Allocator, sql: []const u8, kind: enum { table, view, index, unique_index }) ![]const u8 {
    assert(sql.len <= tokenizer.source_len_max);
    var token = tokenizer.nextSignificant(sql, 0);
    assert(token.kind == .kw_create);
    // CREATE [TEMP|TEMPORARY] [UNIQUE] TABLE|VIEW|INDEX [IF NOT EXISTS]: at most six keywords.
    var keywords: u32 = 0;
    while (keywords < 6) : (keywords += 1) {
        switch (token.kind) {
            .kw_create, .kw_temp, .kw_temporary, .kw_unique, .kw_table, .kw_view, .kw_index, .kw_if, .kw_not, .kw_exists => {},
            else => break,
        }
        token = tokenizer.nextSignificant(sql, token.end);
    }
    assert(token.kind != .eof);
    const after_name = tokenizer.nextSignificant(sql, token.end);
    if (after_name.kind == .dot) token = tokenizer.nextSignificant(sql, after_name.end);
    const prefix = switch (kind) {
        .table => "CREATE TABLE ",
        .view => "CREATE VIEW ",
        .index => "CREATE INDEX ",
        .unique_index => "CREATE UNIQUE INDEX ",
    };
    return std.mem.concat(arena, u8, &.{ prefix, sql[token.start..] });
}

test "schema: stored CREATE text is normalized as SQLite stores it" {
    var arena_state = std.heap.ArenaAllocator.init(std.testing.allocator);
    defer arena_state.deinit();
    const arena = arena_state.allocator();
    try std.testing.expectEqualStrings("CREATE TABLE t(a)", try storedCreateSql(arena, "create table t(a)", .table));
    try std.testing.expectEqualStrings("CREATE TABLE \"u v\" ( x int ,y)", try storedCreateSql(arena, "create  temp table if not exists main . \"u v\" ( x int ,y)", .table));
    try std.testing.expectEqualStrings("CREATE VIEW v as select 1", try storedCreateSql(arena, "Create View /* c */ v as select 1", .view));
    try std.testing.expectEqualStrings("CREATE UNIQUE INDEX i on t(a)", try storedCreateSql(arena, "create unique index if not exists i on t(a)", .unique_index));
    try std.testing.expectEqualStrings("CREATE INDEX i on t(a)", try storedCreateSql(arena, "CREATE INDEX i on t(a)", .index));
}

pub fn parseStored(arena: std.mem.Allocator, sql: []const u8) !*ast.Statement {
    var diagnostic: parser.Diagnostic = .{};
    const parsed = parser.parseStatement(arena, sql, 0, &diagnostic) catch return error.Corrupt;
    return parsed.statement orelse error.Corrupt;
}

pub fn readRows(arena: std.mem.Allocator, txn: *pager.WriteTxn) ![]SchemaRow {
    var rows = std.ArrayList(SchemaRow).init(arena);
    const root = txn.schemaRoot();
    if (root == 0) return rows.items;
    var tree = BTree.Tree.open(txn, arena, root, .table);
    defer tree.close();
    var cursor: BTree.Cursor = undefined;
    cursor.init(&tree);
    defer cursor.deinit();
    var more = try cursor.first();
    var count: u32 = 0;
    while (more) : (more = try cursor.next()) {
        count += 1;
        if (count > objects_max) return error.Corrupt;
        const size = try cursor.payloadSizeBytes();
        const payload = try arena.alloc(u8, size);
        try cursor.readPayload(payload);
        var values: [5]Value = undefined;
        const parsed = try record.Record.parse(payload);
        if (try parsed.decodeAll(&values) != 5) return error.Corrupt;
        try rows.append(try rowFromValues(try cursor.rowid(), &values));
    }
    return rows.items;
}

fn rowFromValues(rowid: i64, values: *const [5]Value) !SchemaRow {
    if (values[0] != .text or values[1] != .text or values[2] != .text or values[3] != .integer) {
        return error.Corrupt;
    }
    const root = values[3].integer;
    if (root < 0 or root > std.math.maxInt(u32)) return error.Corrupt;
    return .{
        .rowid = rowid,
        .kind = values[0].text,
        .name = values[1].text,
        .table_name = values[2].text,
        .root_page_no = @intCast(root),
        .sql = if (values[4] == .text) values[4].text else null,
    };
}

/// Appends a schema row; creates the schema tree on first use.
pub fn insertRow(allocator: std.mem.Allocator, txn: *pager.WriteTxn, row: SchemaRow) !void {
    var root = txn.schemaRoot();
    if (root == 0) {
        root = try BTree.Tree.create(txn, .table);
        try txn.setSchemaRoot(root);
    }
    var tree = BTree.Tree.open(txn, allocator, root, .table);
    defer tree.close();
    // Rowid 0 asks for a new row at the end; a rewritten object keeps its place (ALTER TABLE),
    // since sqlite3's .schema lists objects by rowid.
    var rowid: i64 = row.rowid;
    if (rowid == 0) {
        rowid = 1;
        var cursor: BTree.Cursor = undefined;
        cursor.init(&tree);
        defer cursor.deinit();
        if (try cursor.last()) rowid = (try cursor.rowid()) + 1;
    }
    assert(rowid > 0);
    const values = [5]Value{
        .{ .text = row.kind },
        .{ .text = row.name },
        .{ .text = row.table_name },
        .{ .integer = row.root_page_no },
        if (row.sql) |sql| .{ .text = sql } else .null,
    };
    const size = try record.encodedSizeBytes(&values);
    const buffer = try allocator.alloc(u8, size);
    defer allocator.free(buffer);
    _ = record.encode(&values, buffer);
    _ = try tree.insertRow(rowid, buffer);
}

/// Deletes schema rows by rowid.
pub fn deleteRow(allocator: std.mem.Allocator, txn: *pager.WriteTxn, rowid: i64) !void {
    const root = txn.schemaRoot();
    assert(root != 0);
    var tree = BTree.Tree.open(txn, allocator, root, .table);
    defer tree.close();
    _ = try tree.deleteRow(rowid);
}

// ---------------------------------------------------------------------------------------------
// Building catalog objects from CREATE statements.

/// sqlite3AddColumn's column type: the type's text as written in `sql` (which `type_name`'s span
/// must index), dequoted, a standard type name upper-cased.
fn declaredType(type_name: ast.TypeName, sql: []const u8) []const u8 {
    const standard = [_][]const u8{ "INT", "INTEGER", "REAL", "TEXT", "BLOB", "ANY" };
    for (standard) |name| if (std.ascii.eqlIgnoreCase(type_name.name, name)) return name;
    if (type_name.span.end > sql.len or type_name.span.start > type_name.span.end) return type_name.name;
    const raw = type_name.span.text(sql);
    // A quoted type is one word; its dequoted form is already in `name`.
    if (raw.len > 0 and (raw[0] == '"' or raw[0] == '\'' or raw[0] == '[' or raw[0] == '`')) return type_name.name;
    return raw;
}

/// Builds a table from its CREATE TABLE (root page left 0 for the caller); ddl.zig checks
/// what SQLite rejects at CREATE time before calling this.
pub fn tableFromAst(arena: std.mem.Allocator, ct: *const ast.CreateTable, sql: []const u8) !*Table {
    if (ct.body != .definition) return error.Corrupt;
    const definition = ct.body.definition;
    const table = try arena.create(Table);
    const columns = try arena.alloc(Column, definition.columns.len);
    var checks = std.ArrayList(*const ast.Expr).init(arena);
    var foreign_keys = std.ArrayList(ForeignKey).init(arena);
    table.* = .{ .name = ct.name.name.text, .root_page_no = 0, .columns = columns, .strict = definition.strict, .sql = sql };
    for (definition.columns, 0..) |column_def, i| {
        const type_name = if (column_def.type_name) |t| t.name else "";
        columns[i] = .{ .name = column_def.name.text, .type_name = type_name, .affinity = value_mod.affinityFromTypeName(type_name) };
        if (column_def.type_name) |t| columns[i].declared_type = declaredType(t, sql);
        if (definition.strict) columns[i].strict_type = value_mod.strictTypeFromDeclared(type_name);
        for (column_def.constraints) |constraint| {
            switch (constraint.data) {
                .not_null => columns[i].not_null = true,
                .default => |expr| {
                    columns[i].default = expr;
                    columns[i].missing_value = literalValue(expr) orelse .null;
                },
                .check => |expr| try checks.append(expr),
                .primary_key => |pk| {
                    const is_integer = std.ascii.eqlIgnoreCase(type_name, "INTEGER");
                    if (is_integer and pk.order != .desc) table.rowid_alias = @intCast(i);
                },
                .collate => |name| columns[i].collation_nocase = std.ascii.eqlIgnoreCase(name.text, "NOCASE"),
                .references => |fk| {
                    const child = try arena.alloc(u32, 1);
                    child[0] = @intCast(i);
                    try foreign_keys.append(.{ .columns = child, .parent = fk.table.text, .parent_columns = fk.columns, .on_delete = fk.on_delete orelse .no_action, .on_update = fk.on_update orelse .no_action });
                },
                else => {},
            }
        }
    }
    for (definition.constraints) |constraint| {
        switch (constraint.data) {
            .check => |expr| try checks.append(expr),
            .foreign_key => |fk| {
                const child = try arena.alloc(u32, fk.columns.len);
                for (fk.columns, child) |name, *c| c.* = table.columnIndex(name.text) orelse return error.Corrupt;
                const r = fk.references;
                try foreign_keys.append(.{ .columns = child, .parent = r.table.text, .parent_columns = r.columns, .on_delete = r.on_delete orelse .no_action, .on_update = r.on_update orelse .no_action });
            },
            .primary_key => |pk| {
                if (pk.columns.len == 1 and pk.columns[0].expr.data == .column) {
                    const name = pk.columns[0].expr.data.column.column.text;
                    const index = table.columnIndex(name) orelse continue;
                    const is_integer = std.ascii.eqlIgnoreCase(columns[index].type_name, "INTEGER");
                    if (is_integer) table.rowid_alias = index;
                }
            },
            else => {},
        }
    }
    table.checks = checks.items;
    table.foreign_keys = foreign_keys.items;
    return table;
}

/// The value of a constant DEFAULT (a literal, possibly signed), else null.
pub fn literalValue(e: *const ast.Expr) ?Value {
    return switch (e.data) {
        .null_literal => .null,
        .integer => |i| .{ .integer = i },
        .float => |f| .{ .real = f },
        .string => |t| .{ .text = t },
        .blob => |b| .{ .blob = b },
        .boolean => |b| .{ .integer = @intFromBool(b) },
        .unary => |u| switch (u.op) {
            .plus => literalValue(u.operand),
            .negate => switch (u.operand.data) {
                .integer => |i| if (i == std.math.minInt(i64)) null else .{ .integer = -i },
                .float => |f| .{ .real = -f },
                else => null,
            },
            else => null,
        },
        else => null,
    };
}

/// The column lists of the indexes a table's constraints imply, in SQLite's numbering order
/// (column constraints first, in column order, then table constraints). The rowid alias PK
/// implies none.
pub const ImpliedIndex = struct { columns: []IndexColumn, primary_key: bool };

pub fn impliedIndexes(arena: std.mem.Allocator, table: *const Table, ct: *const ast.CreateTable) error{OutOfMemory}![]ImpliedIndex {
    var list = std.ArrayList(ImpliedIndex).init(arena);
    const definition = ct.body.definition;
    for (definition.columns, 0..) |column_def, i| {
        for (column_def.constraints) |constraint| {
            const is_pk = constraint.data == .primary_key;
            if (!is_pk and constraint.data != .unique) continue;
            if (is_pk and table.rowid_alias == @as(u32, @intCast(i))) continue;
            const columns = try arena.alloc(IndexColumn, 1);
            columns[0] = .{ .column = @intCast(i), .descending = false };
            try appendUnlessDuplicate(&list, .{ .columns = columns, .primary_key = is_pk });
        }
    }
    for (definition.constraints) |constraint| {
        const indexed: []ast.IndexedColumn, const is_pk = switch (constraint.data) {
            .primary_key => |pk| .{ pk.columns, true },
            .unique => |u| .{ u.columns, false },
            else => continue,
        };
        // Unknown or expression columns in a constraint are ignored here (not validated at CREATE).
        const columns = indexColumns(arena, table, indexed) catch |err| switch (err) {
            error.OutOfMemory => return error.OutOfMemory,
            else => continue,
        };
        if (is_pk and columns.len == 1 and table.rowid_alias == columns[0].column) continue;
        try appendUnlessDuplicate(&list, .{ .columns = columns, .primary_key = is_pk });
    }
    return list.items;
}

fn appendUnlessDuplicate(list: *std.ArrayList(ImpliedIndex), implied: ImpliedIndex) !void {
    for (list.items) |existing| {
        if (existing.columns.len != implied.columns.len) continue;
        var same = true;
        for (existing.columns, implied.columns) |a, b| same = same and a.column == b.column;
        if (same) return;
    }
    try list.append(implied);
}

pub fn autoindexName(arena: std.mem.Allocator, table_name: []const u8, number: usize) ![]const u8 {
    return std.fmt.allocPrint(arena, "sqlite_autoindex_{s}_{d}", .{ table_name, number });
}

fn appendImpliedIndexes(arena: std.mem.Allocator, table: *Table, rows: []const SchemaRow, out: *std.ArrayList(*Index)) !void {
    const statement = try parseStored(arena, table.sql);
    const implied = try impliedIndexes(arena, table, statement.data.create_table);
    for (implied, 1..) |one, number| {
        const name = try autoindexName(arena, table.name, number);
        const row = for (rows) |row| {
            if (std.mem.eql(u8, row.kind, "index") and std.ascii.eqlIgnoreCase(row.name, name)) break row;
        } else return error.Corrupt;
        const index = try arena.create(Index);
        index.* = .{
            .name = name,
            .table_name = table.name,
            .root_page_no = row.root_page_no,
            .columns = one.columns,
            .unique = true,
            .primary_key = one.primary_key,
            .automatic = true,
        };
        try out.append(index);
    }
}

/// Resolves an index's column list against its table; unknown columns are error.NoSuchColumn.
pub fn indexColumns(arena: std.mem.Allocator, table: *const Table, indexed: []const ast.IndexedColumn) ![]IndexColumn {
    const columns = try arena.alloc(IndexColumn, indexed.len);
    for (indexed, 0..) |one, i| {
        var expr = one.expr;
        if (expr.data == .collate) expr = expr.data.collate.operand;
        if (expr.data != .column) return error.UnsupportedIndexExpression;
        const name = expr.data.column.column.text;
        const column = table.columnIndex(name) orelse return error.NoSuchColumn;
        columns[i] = .{ .column = column, .descending = one.order == .desc };
    }
    return columns;
}

test "schema: table definition, rowid alias and implied indexes" {
    var arena_state = std.heap.ArenaAllocator.init(std.testing.allocator);
    defer arena_state.deinit();
    const arena = arena_state.allocator();
    const sql = "CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT UNIQUE NOT NULL, b INT DEFAULT 3, UNIQUE(a, b), CHECK (b > 0))";
    const statement = try parseStored(arena, sql);
    const table = try tableFromAst(arena, statement.data.create_table, sql);
    try std.testing.expectEqual(@as(?u32, 0), table.rowid_alias);
    try std.testing.expectEqual(Affinity.text, table.columns[1].affinity);
    try std.testing.expect(table.columns[1].not_null);
    try std.testing.expect(table.columns[2].default != null);
    try std.testing.expectEqual(@as(usize, 1), table.checks.len);
    const implied = try impliedIndexes(arena, table, statement.data.create_table);
    try std.testing.expectEqual(@as(usize, 2), implied.len);
    try std.testing.expectEqual(@as(usize, 2), implied[1].columns.len);
}
