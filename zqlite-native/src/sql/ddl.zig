//! CREATE/DROP of tables, indexes and views: schema rows plus B+tree roots, with SQLite's
//! checks and messages. Each function runs inside the statement's savepoint and returns whether
//! the schema changed, after which the engine loads a new catalog (schema.zig).
//!
//! CREATE INDEX builds the index from the table's current rows, failing (and so rolling back)
//! on the first duplicate of a UNIQUE index. DROP TABLE frees the table's tree and every index
//! tree on it and deletes their schema rows.
const std = @import("std");
const assert = std.debug.assert;
const ast = @import("ast.zig");
const ir = @import("ir.zig");
const schema = @import("schema.zig");
const compile = @import("compile.zig");
const executor = @import("executor.zig");
const dml = @import("dml.zig");
const key_codec = @import("../storage/key.zig");
const schema_edit = @import("schema_edit.zig");

const Value = ir.Value;
const BTree = schema.BTree;
const Runtime = executor.Runtime;
pub const Error = executor.Error || compile.Error;

fn existingKind(catalog: *const schema.Catalog, name: []const u8) ?[]const u8 {
    if (catalog.findTable(name) != null) return "table";
    if (catalog.findView(name) != null) return "view";
    if (catalog.findIndex(name) != null) return "index";
    return null;
}

fn checkNewName(rt: *Runtime, catalog: *const schema.Catalog, name: []const u8, if_not_exists: bool, kind: []const u8) Error!bool {
    if (existingKind(catalog, name)) |existing| {
        if (if_not_exists) return false;
        if (std.mem.eql(u8, existing, "index") and !std.mem.eql(u8, kind, "index")) {
            return rt.fail("there is already an index named {s}", .{name});
        }
        return rt.fail("{s} {s} already exists", .{ existing, name });
    }
    if (std.ascii.startsWithIgnoreCase(name, "sqlite_")) {
        return rt.fail("object name reserved for internal use: {s}", .{name});
    }
    return true;
}

pub fn createTable(rt: *Runtime, catalog: *const schema.Catalog, ct: *const ast.CreateTable, sql: []const u8) Error!bool {
    const name = ct.name.name.text;
    if (!try checkNewName(rt, catalog, name, ct.if_not_exists, "table")) return false;
    if (ct.body == .as_select) return createTableAs(rt, catalog, ct, ct.body.as_select);
    try validateDefinition(rt, ct);
    const stored = try schema.storedCreateSql(rt.arena, sql, .table);
    // Parsed again so that spans index the stored text the table keeps.
    const reparsed = try schema.parseStored(rt.arena, stored);
    const table = schema.tableFromAst(rt.arena, reparsed.data.create_table, stored) catch |err| switch (err) {
        error.Corrupt => return rt.fail("unknown column in foreign key definition", .{}),
        error.OutOfMemory => return error.OutOfMemory,
    };
    const root = try BTree.Tree.create(rt.txn, .table);
    try schema.insertRow(rt.gpa, rt.txn, .{ .rowid = 0, .kind = "table", .name = name, .table_name = name, .root_page_no = root, .sql = stored });
    const implied = try schema.impliedIndexes(rt.arena, table, ct);
    for (implied, 1..) |_, number| {
        const index_root = try BTree.Tree.create(rt.txn, .index);
        const index_name = try schema.autoindexName(rt.arena, name, number);
        try schema.insertRow(rt.gpa, rt.txn, .{ .rowid = 0, .kind = "index", .name = index_name, .table_name = name, .root_page_no = index_root, .sql = null });
    }
    return true;
}

fn validateDefinition(rt: *Runtime, ct: *const ast.CreateTable) Error!void {
    const definition = ct.body.definition;
    var primary_keys: u32 = 0;
    for (definition.columns, 0..) |column, i| {
        for (definition.columns[0..i]) |earlier| {
            if (std.ascii.eqlIgnoreCase(earlier.name.text, column.name.text)) {
                return rt.fail("duplicate column name: {s}", .{column.name.text});
            }
        }
        for (column.constraints) |constraint| {
            if (constraint.data == .primary_key) primary_keys += 1;
        }
    }
    for (definition.constraints) |constraint| {
        if (constraint.data == .primary_key) primary_keys += 1;
    }
    if (primary_keys > 1) return rt.fail("table \"{s}\" has more than one primary key", .{ct.name.name.text});
    if (definition.columns.len == 0) return rt.fail("no columns in table {s}", .{ct.name.name.text});
}

fn createTableAs(rt: *Runtime, catalog: *const schema.Catalog, ct: *const ast.CreateTable, select: *const ast.Select) Error!bool {
    var compiler = compile.Compiler.init(rt.arena, catalog, "");
    const query = compiler.compileSelect(null, select) catch |err| {
        if (err == error.Compile) return rt.fail("{s}", .{compiler.message});
        return err;
    };
    var text = std.ArrayList(u8).init(rt.arena);
    try text.writer().print("CREATE TABLE \"{s}\"(", .{ct.name.name.text});
    for (query.column_names, query.column_affinities, 0..) |column_name, affinity, i| {
        if (i > 0) try text.appendSlice(",");
        const type_name = if (affinity) |a| switch (a) {
            .integer => " INT",
            .real => " REAL",
            .text => " TEXT",
            .numeric => " NUM",
            .blob => "",
        } else "";
        try text.writer().print("\"{s}\"{s}", .{ column_name, type_name });
    }
    try text.append(')');
    const statement = try schema.parseStored(rt.arena, text.items);
    _ = try createTable(rt, catalog, statement.data.create_table, text.items);
    // The new table is not in `catalog`; build it locally to fill it.
    const table = try schema.tableFromAst(rt.arena, statement.data.create_table, text.items);
    table.root_page_no = (try findRow(rt, "table", ct.name.name.text)).?.root_page_no;
    const rows = try executor.runQuery(rt, query, null, null, rt.arena);
    var writer = try dml.Writer.open(rt, table);
    defer writer.close();
    for (rows) |row| {
        const slots = try rt.arena.alloc(Value, row.len + 1);
        @memcpy(slots[0..row.len], row);
        slots[row.len] = .{ .integer = try writer.rowidFor(.null) };
        _ = try writer.write(slots, null, &.{}, .abort, rt.arena);
    }
    return true;
}

fn findRow(rt: *Runtime, kind: []const u8, name: []const u8) Error!?schema.SchemaRow {
    const rows = try schema.readRows(rt.arena, rt.txn);
    for (rows) |row| {
        if (std.mem.eql(u8, row.kind, kind) and std.ascii.eqlIgnoreCase(row.name, name)) return row;
    }
    return null;
}

pub fn createIndex(rt: *Runtime, catalog: *const schema.Catalog, ci: *const ast.CreateIndex, sql: []const u8) Error!bool {
    const table = catalog.findTable(ci.table.text) orelse return rt.fail("no such table: {s}", .{ci.table.text});
    const name = ci.name.name.text;
    if (!try checkNewName(rt, catalog, name, ci.if_not_exists, "index")) return false;
    if (ci.where != null) return rt.fail("partial indexes are not supported", .{});
    const columns = schema.indexColumns(rt.arena, table, ci.columns) catch |err| switch (err) {
        error.NoSuchColumn => return rt.fail("no such column: {s}", .{unknownColumn(table, ci.columns)}),
        error.UnsupportedIndexExpression => return rt.fail("indexes on expressions are not supported", .{}),
        error.OutOfMemory => return error.OutOfMemory,
    };
    const root = try BTree.Tree.create(rt.txn, .index);
    const index = schema.Index{ .name = name, .table_name = table.name, .root_page_no = root, .columns = columns, .unique = ci.unique };
    try populateIndex(rt, table, &index);
    const stored = try schema.storedCreateSql(rt.arena, sql, if (ci.unique) .unique_index else .index);
    try schema.insertRow(rt.gpa, rt.txn, .{ .rowid = 0, .kind = "index", .name = name, .table_name = table.name, .root_page_no = root, .sql = stored });
    return true;
}

fn unknownColumn(table: *const schema.Table, columns: []const ast.IndexedColumn) []const u8 {
    for (columns) |one| {
        var expr = one.expr;
        if (expr.data == .collate) expr = expr.data.collate.operand;
        if (expr.data != .column) continue;
        const name = expr.data.column.column.text;
        if (table.columnIndex(name) == null) return name;
    }
    return "?";
}

fn populateIndex(rt: *Runtime, table: *const schema.Table, index: *const schema.Index) Error!void {
    var tree = BTree.Tree.open(rt.txn, rt.gpa, table.root_page_no, .table);
    defer tree.close();
    var index_tree = BTree.Tree.open(rt.txn, rt.gpa, index.root_page_no, .index);
    defer index_tree.close();
    var cursor: BTree.Cursor = undefined;
    cursor.init(&tree);
    defer cursor.deinit();
    const slots = try rt.arena.alloc(Value, table.columns.len + 1);
    var scratch_state = std.heap.ArenaAllocator.init(rt.gpa);
    defer scratch_state.deinit();
    var more = try cursor.first();
    while (more) : (more = try cursor.next()) {
        _ = scratch_state.reset(.retain_capacity);
        const scratch = scratch_state.allocator();
        const payload = try scratch.alloc(u8, try cursor.payloadSizeBytes());
        try cursor.readPayload(payload);
        const rowid = try cursor.rowid();
        try executor.decodeRow(payload, table, rowid, slots);
        try insertIndexKey(rt, table, index, &index_tree, slots, rowid, scratch);
    }
}

fn insertIndexKey(rt: *Runtime, table: *const schema.Table, index: *const schema.Index, tree: *BTree.Tree, slots: []const Value, rowid: i64, scratch: std.mem.Allocator) Error!void {
    var values: [key_codec.column_count_max]Value = undefined;
    var descending: [key_codec.column_count_max]bool = undefined;
    var has_null = false;
    for (index.columns, 0..) |column, i| {
        values[i] = slots[column.column];
        descending[i] = column.descending;
        has_null = has_null or values[i] == .null;
    }
    const k = index.columns.len;
    const key = try scratch.alloc(u8, key_codec.encodedSizeBytes(values[0..k], true));
    const size = key_codec.encode(values[0..k], descending[0..k], rowid, key);
    if (!index.unique or has_null) {
        _ = try tree.insertKey(key[0..size]);
        return;
    }
    const prefix_len = key_codec.encodedSizeBytes(values[0..k], false);
    switch (try tree.insertKeyUnique(key[0..size], prefix_len)) {
        .inserted => {},
        .conflict_rowid => {
            var text = std.ArrayList(u8).init(scratch);
            for (index.columns, 0..) |column, i| {
                if (i > 0) try text.appendSlice(", ");
                try text.writer().print("{s}.{s}", .{ table.name, table.columns[column.column].name });
            }
            rt.constraint_code = @intFromEnum(dml.ConstraintCode.unique);
            rt.setMessage("UNIQUE constraint failed: {s}", .{text.items});
            return error.Constraint;
        },
    }
}

pub fn createView(rt: *Runtime, catalog: *const schema.Catalog, cv: *const ast.CreateView, sql: []const u8) Error!bool {
    const name = cv.name.name.text;
    if (!try checkNewName(rt, catalog, name, cv.if_not_exists, "view")) return false;
    // Compiled from the stored text, parsed again, since spans (which name expression columns)
    // index the whole input, not `sql`, and the view will later be compiled from that text.
    const stored = try schema.storedCreateSql(rt.arena, sql, .view);
    const reparsed = (try schema.parseStored(rt.arena, stored)).data.create_view;
    var compiler = compile.Compiler.init(rt.arena, catalog, stored);
    const query = compiler.compileSelect(null, reparsed.select) catch |err| {
        if (err == error.Compile) return rt.fail("{s}", .{compiler.message});
        return err;
    };
    if (cv.columns.len > 0 and cv.columns.len != query.column_count) {
        return rt.fail("expected {d} columns for '{s}' but got {d}", .{ cv.columns.len, name, query.column_count });
    }
    try schema.insertRow(rt.gpa, rt.txn, .{ .rowid = 0, .kind = "view", .name = name, .table_name = name, .root_page_no = 0, .sql = stored });
    return true;
}

pub fn drop(rt: *Runtime, catalog: *const schema.Catalog, d: ast.Drop) Error!bool {
    const name = d.name.name.text;
    switch (d.kind) {
        .table => {
            const table = catalog.findTable(name) orelse {
                if (catalog.findView(name) != null) return rt.fail("use DROP VIEW to delete view {s}", .{name});
                if (d.if_exists) return false;
                return rt.fail("no such table: {s}", .{name});
            };
            if (rt.foreign_keys and referencedByOthers(table)) try deleteEveryRow(rt, table);
            for (table.indexes) |index| try dropTree(rt, index.root_page_no, .index);
            try dropTree(rt, table.root_page_no, .table);
            try deleteRows(rt, table.name, null);
        },
        .index => {
            const index = catalog.findIndex(name) orelse {
                if (d.if_exists) return false;
                return rt.fail("no such index: {s}", .{name});
            };
            if (index.automatic) {
                return rt.fail("index associated with UNIQUE or PRIMARY KEY constraint cannot be dropped", .{});
            }
            try dropTree(rt, index.root_page_no, .index);
            try deleteRows(rt, null, index.name);
        },
        .view => {
            const view = catalog.findView(name) orelse {
                if (catalog.findTable(name) != null) return rt.fail("use DROP TABLE to delete table {s}", .{name});
                if (d.if_exists) return false;
                return rt.fail("no such view: {s}", .{name});
            };
            try deleteRows(rt, null, view.name);
        },
        .trigger => {
            if (d.if_exists) return false;
            return rt.fail("no such trigger: {s}", .{name});
        },
    }
    return true;
}

fn referencedByOthers(table: *const schema.Table) bool {
    for (table.referenced_by) |reference| if (reference.child != table) return true;
    return false;
}

/// SQLite's implicit `DELETE FROM table` before DROP TABLE under PRAGMA foreign_keys: each row
/// is deleted as DELETE would, so children elsewhere cascade, become NULL, or fail the drop.
fn deleteEveryRow(rt: *Runtime, table: *schema.Table) Error!void {
    assert(rt.foreign_keys);
    var scratch_state = std.heap.ArenaAllocator.init(rt.gpa);
    defer scratch_state.deinit();
    const scratch = scratch_state.allocator();
    var rows = std.ArrayList([]Value).init(scratch);
    {
        var tree = BTree.Tree.open(rt.txn, rt.gpa, table.root_page_no, .table);
        defer tree.close();
        var cursor: BTree.Cursor = undefined;
        cursor.init(&tree);
        defer cursor.deinit();
        var more = try cursor.first();
        while (more) : (more = try cursor.next()) {
            const payload = try scratch.alloc(u8, try cursor.payloadSizeBytes());
            try cursor.readPayload(payload);
            const slots = try scratch.alloc(Value, table.columns.len + 1);
            try executor.decodeRow(payload, table, try cursor.rowid(), slots);
            try rows.append(slots);
        }
    }
    var writer = try dml.Writer.open(rt, table);
    defer writer.close();
    for (rows.items) |slots| try writer.delete(slots[table.columns.len].integer, slots);
}

fn dropTree(rt: *Runtime, root: u32, kind: @import("../storage/btree.zig").TreeKind) Error!void {
    var tree = BTree.Tree.open(rt.txn, rt.gpa, root, kind);
    defer tree.close();
    try tree.drop();
}

/// Deletes schema rows of a table (and its indexes) by tbl_name, or one object by name.
fn deleteRows(rt: *Runtime, table_name: ?[]const u8, object_name: ?[]const u8) Error!void {
    const rows = try schema.readRows(rt.arena, rt.txn);
    for (rows) |row| {
        const hit = if (table_name) |t| std.ascii.eqlIgnoreCase(row.table_name, t) else std.ascii.eqlIgnoreCase(row.name, object_name.?);
        if (hit) try schema.deleteRow(rt.gpa, rt.txn, row.rowid);
    }
}

// ---------------------------------------------------------------------------------------------
// ALTER TABLE: RENAME TO, ADD COLUMN, RENAME COLUMN. The stored CREATE statements are edited
// token by token as SQLite edits them (schema_edit.zig), so they keep their author's text; rows
// need no rewrite (an added column reads as its literal default in older, shorter records).

/// `source` is the input the ALTER statement's spans index (the added column's text).
pub fn alterTable(rt: *Runtime, catalog: *const schema.Catalog, at: *const ast.AlterTable, source: []const u8) Error!bool {
    const name = at.table.name.text;
    const table = catalog.findTable(name) orelse return rt.fail("no such table: {s}", .{name});
    switch (at.action) {
        .rename_table => |new| return renameTable(rt, catalog, table, new.text),
        .add_column => |column| {
            try checkAddColumn(rt, table, column);
            const text = std.mem.trimRight(u8, column.span.text(source), " \t\r\n;");
            const row = (try findRow(rt, "table", table.name)).?;
            try replaceRow(rt, row, row.name, row.table_name, try schema_edit.addColumn(rt.arena, table.sql, text));
        },
        .rename_column => |rc| {
            if (table.columnIndex(rc.old.text) == null) return rt.fail("no such column: \"{s}\"", .{rc.old.text});
            if (table.columnIndex(rc.new.text) != null) return rt.fail("duplicate column name: {s}", .{rc.new.text});
            try renameColumn(rt, table, .{ .table = table.name, .old = rc.old.text, .new = rc.new.text, .new_quoted = rc.new.quote != .none });
        },
        .drop_column => return rt.fail("DROP COLUMN is not supported", .{}),
    }
    return true;
}

fn checkAddColumn(rt: *Runtime, table: *const schema.Table, column: ast.ColumnDef) Error!void {
    if (table.columnIndex(column.name.text) != null) return rt.fail("duplicate column name: {s}", .{column.name.text});
    var default_null = true;
    var not_null = false;
    for (column.constraints) |constraint| {
        switch (constraint.data) {
            .primary_key => return rt.fail("Cannot add a PRIMARY KEY column", .{}),
            .unique => return rt.fail("Cannot add a UNIQUE column", .{}),
            .not_null => not_null = true,
            .default => |e| {
                const v = schema.literalValue(e) orelse return rt.fail("Cannot add a column with non-constant default", .{});
                default_null = v == .null;
            },
            else => {},
        }
    }
    if (not_null and default_null) return rt.fail("Cannot add a NOT NULL column with default value NULL", .{});
}

fn replaceRow(rt: *Runtime, row: schema.SchemaRow, name: []const u8, table_name: []const u8, sql: ?[]const u8) Error!void {
    try schema.deleteRow(rt.gpa, rt.txn, row.rowid);
    try schema.insertRow(rt.gpa, rt.txn, .{ .rowid = row.rowid, .kind = row.kind, .name = name, .table_name = table_name, .root_page_no = row.root_page_no, .sql = sql });
}

fn objectOf(row: schema.SchemaRow) ?schema_edit.Object {
    if (row.sql == null) return null;
    return std.meta.stringToEnum(schema_edit.Object, row.kind);
}

fn renameColumn(rt: *Runtime, table: *const schema.Table, rename: schema_edit.ColumnRename) Error!void {
    const rows = try schema.readRows(rt.arena, rt.txn);
    for (rows) |row| {
        const object = objectOf(row) orelse continue;
        const owner = std.ascii.eqlIgnoreCase(row.table_name, table.name);
        const edited = try schema_edit.renameColumn(rt.arena, row.sql.?, object, owner, rename);
        if (edited) |sql| try replaceRow(rt, row, row.name, row.table_name, sql);
    }
}

fn renameTable(rt: *Runtime, catalog: *const schema.Catalog, table: *const schema.Table, new: []const u8) Error!bool {
    if (catalog.nameTaken(new)) return rt.fail("there is already another table or index with this name: {s}", .{new});
    if (std.ascii.startsWithIgnoreCase(new, "sqlite_")) return rt.fail("object name reserved for internal use: {s}", .{new});
    const rows = try schema.readRows(rt.arena, rt.txn);
    for (rows) |row| {
        const owned = std.ascii.eqlIgnoreCase(row.table_name, table.name);
        const sql = if (objectOf(row)) |object| try schema_edit.renameTable(rt.arena, row.sql.?, object, table.name, new) else null;
        if (!owned) {
            if (sql) |text| try replaceRow(rt, row, row.name, row.table_name, text);
            continue;
        }
        if (std.mem.eql(u8, row.kind, "table")) {
            try replaceRow(rt, row, new, new, sql orelse row.sql);
        } else if (row.sql == null and std.mem.eql(u8, row.kind, "index")) {
            // sqlite_autoindex_<old>_N becomes sqlite_autoindex_<new>_N.
            const suffix = row.name["sqlite_autoindex_".len + table.name.len ..];
            const renamed = try std.fmt.allocPrint(rt.arena, "sqlite_autoindex_{s}{s}", .{ new, suffix });
            try replaceRow(rt, row, renamed, new, null);
        } else {
            try replaceRow(rt, row, row.name, new, sql orelse row.sql);
        }
    }
    return true;
}
