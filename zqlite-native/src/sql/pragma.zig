//! PRAGMA statements, with SQLite's result columns: table_info, index_list, index_info,
//! user_version (get and set), page_count, integrity_check/quick_check (storage/integrity.zig
//! over every tree the catalog names), busy_timeout, foreign_keys, a fixed "wal" for
//! journal_mode, and three that act on the connection and its pager (`runSetting`, which the
//! engine runs outside any write transaction):
//!
//! - `synchronous`: the connection's durability (pager.Durability) for its later commits and
//!   the checkpoints it runs, read as SQLite's number of what is in force (OFF 0, NORMAL 1,
//!   FULL 2). The argument is read as SQLite's getSafetyLevel reads it (names OFF/NO/FALSE,
//!   ON/YES/TRUE, FULL, EXTRA, any other word NORMAL; a number n as level (n+1)&7); EXTRA and
//!   anything stronger than FULL run as FULL and read back 2, where SQLite reads 3. Changing
//!   it inside a transaction is SQLite's error "Safety level may not be changed inside a
//!   transaction" (the pager fixes a transaction's durability when it begins anyway).
//! - `cache_size`: reads the value last set (SQLite's number: pages, or KiB when negative;
//!   initially minus the open option's KiB). Setting it resizes the page cache, which every
//!   connection of one file shares (as SQLite's shared-cache mode does), within
//!   [Database.cache_slots_pragma_min, cache_slots_pragma_max] slots (0 means the least; a
//!   number out of 32-bit range is 0, as sqlite3Atoi reads it). The lock-free cache is rebuilt
//!   only when no transaction of any connection uses it: at once if none does, else by the
//!   next write transaction that begins when none does (pager.Database.resizeCache).
//! - `wal_checkpoint[(PASSIVE|FULL|RESTART|TRUNCATE)]`: a real checkpoint
//!   (pager.Database.checkpointMode) answering SQLite's row (busy, log, checkpointed). Inside
//!   a transaction (ours hold the writer lock) it fails as SQLite's does there: "database
//!   table is locked". Unlike SQLite, RESTART and TRUNCATE need no reader to end (our old
//!   readers read the database file), so readers at the latest commit do not make them busy.
//!
//! Unknown pragmas return no rows, as SQLite's do. Pragma names match case-insensitively
//! without a shared buffer, so any threads may compile pragmas at once.
const std = @import("std");
const assert = std.debug.assert;
const ast = @import("ast.zig");
const ir = @import("ir.zig");
const schema = @import("schema.zig");
const executor = @import("executor.zig");
const compile_mod = @import("compile.zig");
const integrity = @import("../storage/integrity.zig");
const pager = @import("../storage/pager.zig");
const errors = @import("../storage/errors.zig");

const Value = ir.Value;
const Runtime = executor.Runtime;

pub const Kind = enum {
    table_info,
    index_list,
    index_info,
    user_version,
    page_count,
    integrity_check,
    quick_check,
    busy_timeout,
    journal_mode,
    synchronous,
    foreign_keys,
    cache_size,
    wal_checkpoint,
    unknown,
};

pub const Plan = struct { kind: Kind, argument: ?Value };

pub fn compile(p: ast.Pragma) Plan {
    return .{ .kind = kindOf(p.name.name.text), .argument = if (p.value) |v| argumentOf(v) else null };
}

/// Case-insensitive, in place: no buffer shared between threads compiling at once.
fn kindOf(name: []const u8) Kind {
    inline for (@typeInfo(Kind).@"enum".fields) |field| {
        if (std.ascii.eqlIgnoreCase(name, field.name)) return @enumFromInt(field.value);
    }
    return .unknown;
}

fn argumentOf(e: *const ast.Expr) Value {
    return switch (e.data) {
        .integer => |i| .{ .integer = i },
        .float => |f| .{ .real = f },
        .string => |s| .{ .text = s },
        .column => |c| .{ .text = c.column.text },
        .unary => |u| if (u.op == .negate and u.operand.data == .integer) .{ .integer = -u.operand.data.integer } else .null,
        .boolean => |b| .{ .integer = @intFromBool(b) },
        else => .null,
    };
}

pub fn columnNames(kind: Kind) []const []const u8 {
    return switch (kind) {
        .table_info => &.{ "cid", "name", "type", "notnull", "dflt_value", "pk" },
        .index_list => &.{ "seq", "name", "unique", "origin", "partial" },
        .index_info => &.{ "seqno", "cid", "name" },
        .wal_checkpoint => &.{ "busy", "log", "checkpointed" },
        .unknown => &.{},
        .busy_timeout => &.{"timeout"},
        // Comptime per kind, so the one-name list is static (a runtime `&.{...}` would point
        // into this function's frame).
        inline else => |known| &.{@tagName(known)},
    };
}

/// ON/TRUE/YES/1 as SQLite's getSafetyLevel reads a boolean pragma argument.
pub fn truthArgument(v: Value) bool {
    return switch (v) {
        .integer => |i| i != 0,
        .text => |t| std.ascii.eqlIgnoreCase(t, "on") or std.ascii.eqlIgnoreCase(t, "true") or
            std.ascii.eqlIgnoreCase(t, "yes") or std.mem.eql(u8, t, "1"),
        else => false,
    };
}

/// Pragmas of the connection and its pager, run by `runSetting` outside any write
/// transaction: a checkpoint takes the writer lock itself, a cache resize needs the cache
/// unused, and synchronous must know whether a transaction is open.
pub fn actsOnConnection(kind: Kind) bool {
    return switch (kind) {
        .synchronous, .cache_size, .wal_checkpoint => true,
        else => false,
    };
}

/// What `runSetting` reads and changes: the connection's pager and its durability.
pub const Settings = struct {
    db: *pager.Database,
    durability: *pager.Durability,
    /// The connection has a transaction open (BEGIN or SAVEPOINT).
    in_transaction: bool,
};

pub const SettingError = errors.Error || error{
    /// PRAGMA synchronous = N inside a transaction (SQLite refuses it too).
    SafetyLevelInTransaction,
    /// PRAGMA wal_checkpoint inside a transaction, which holds the writer lock.
    CheckpointInTransaction,
};

/// Runs a pragma for which actsOnConnection is true; rows are allocated from `arena`.
pub fn runSetting(arena: std.mem.Allocator, settings: Settings, plan: Plan) SettingError![][]Value {
    assert(actsOnConnection(plan.kind));
    var rows = std.ArrayList([]Value).init(arena);
    switch (plan.kind) {
        .synchronous => if (plan.argument) |v| {
            if (settings.in_transaction) return error.SafetyLevelInTransaction;
            settings.durability.* = durabilityOfLevel(safetyLevel(v));
        } else try rows.append(try rowOf(arena, &.{.{ .integer = synchronousNumber(settings.durability.*) }})),
        .cache_size => if (plan.argument) |v| {
            _ = settings.db.setCacheSize(atoi32(v));
        } else try rows.append(try rowOf(arena, &.{.{ .integer = settings.db.cacheSize() }})),
        .wal_checkpoint => {
            if (settings.in_transaction) return error.CheckpointInTransaction;
            const mode = checkpointModeOf(plan.argument);
            const result = try settings.db.checkpointMode(mode, settings.durability.*);
            try rows.append(try rowOf(arena, &.{
                .{ .integer = @intFromBool(result.busy) },
                .{ .integer = result.log_frames },
                .{ .integer = result.checkpointed_frames },
            }));
        },
        else => unreachable,
    }
    assert(rows.items.len <= 1);
    return rows.items;
}

fn rowOf(arena: std.mem.Allocator, values: []const Value) error{OutOfMemory}![]Value {
    return arena.dupe(Value, values);
}

/// SQLite's safety level (1 OFF, 2 NORMAL, 3 FULL, 4 EXTRA, up to 7) for a PRAGMA synchronous
/// argument: getSafetyLevel's number plus one, masked by PAGER_SYNCHRONOUS_MASK, 0 -> 1.
pub fn safetyLevel(v: Value) u8 {
    const named: u8 = switch (v) {
        // A negative number is the text "-n" to SQLite: no leading digit, no name: NORMAL.
        .integer => |i| if (i < 0) 1 else lowByte(atoi32(v)),
        .real => |r| if (r < 0) 1 else lowByte(atoi32(v)),
        .text => |t| if (t.len > 0 and std.ascii.isDigit(t[0])) lowByte(atoi32(v)) else levelOfName(t),
        else => 1,
    };
    const level = (named +% 1) & 7;
    return if (level == 0) 1 else level;
}

/// getSafetyLevel's cast of sqlite3Atoi's int to u8.
fn lowByte(n: i64) u8 {
    return @truncate(@as(u64, @bitCast(n)));
}

fn levelOfName(name: []const u8) u8 {
    const names = [_]struct { []const u8, u8 }{
        .{ "on", 1 },  .{ "no", 0 },   .{ "off", 0 },   .{ "false", 0 },
        .{ "yes", 1 }, .{ "true", 1 }, .{ "extra", 3 }, .{ "full", 2 },
    };
    for (names) |entry| {
        if (std.ascii.eqlIgnoreCase(name, entry[0])) return entry[1];
    }
    return 1; // NORMAL, SQLite's default for a word it does not know ("normal" included).
}

fn durabilityOfLevel(level: u8) pager.Durability {
    assert(level >= 1 and level <= 7);
    return switch (level) {
        1 => .off,
        2 => .normal,
        else => .full, // FULL, and EXTRA and above: our FULL already syncs every commit.
    };
}

/// What PRAGMA synchronous reads: SQLite's number of the durability in force.
pub fn synchronousNumber(durability: pager.Durability) i64 {
    return switch (durability) {
        .off => 0,
        .normal => 1,
        .full => 2,
    };
}

/// sqlite3Atoi of the argument's text: an optional sign and leading digits; 0 when there are
/// none or the number does not fit 32 bits.
pub fn atoi32(v: Value) i64 {
    return switch (v) {
        .integer => |i| if (i >= std.math.minInt(i32) and i <= std.math.maxInt(i32)) i else 0,
        .real => |r| if (r > -2147483649.0 and r < 2147483648.0) @intFromFloat(r) else 0,
        .text => |t| atoi32Text(t),
        else => 0,
    };
}

fn atoi32Text(text: []const u8) i64 {
    var i: usize = 0;
    var negative = false;
    if (i < text.len and (text[i] == '-' or text[i] == '+')) {
        negative = text[i] == '-';
        i += 1;
    }
    while (i < text.len and text[i] == '0') i += 1;
    var magnitude: i64 = 0;
    var digits: u32 = 0;
    // Bounded by the text; eleven significant digits are already out of range.
    while (i < text.len and std.ascii.isDigit(text[i]) and digits <= 10) : (i += 1) {
        magnitude = magnitude * 10 + (text[i] - '0');
        digits += 1;
    }
    const value = if (negative) -magnitude else magnitude;
    if (digits > 10 or value < std.math.minInt(i32) or value > std.math.maxInt(i32)) return 0;
    return value;
}

/// SQLite's reading of wal_checkpoint's argument: FULL, RESTART or TRUNCATE by name, any
/// other (or none) PASSIVE.
fn checkpointModeOf(argument: ?Value) pager.Database.CheckpointMode {
    const v = argument orelse return .passive;
    if (v != .text) return .passive;
    inline for (.{ .full, .restart, .truncate }) |mode| {
        if (std.ascii.eqlIgnoreCase(v.text, @tagName(mode))) return mode;
    }
    return .passive;
}

/// True for pragmas that change the database (user_version = N).
pub fn writes(plan: Plan) bool {
    return plan.kind == .user_version and plan.argument != null;
}

pub fn run(rt: *Runtime, catalog: *const schema.Catalog, plan: Plan) executor.Error![][]Value {
    var rows = std.ArrayList([]Value).init(rt.arena);
    switch (plan.kind) {
        .table_info => if (tableArgument(catalog, plan)) |table| {
            try tableInfo(rt, table, &rows);
        } else if (catalog.findView(textArgument(plan) orelse "")) |view| try viewInfo(rt, catalog, view, &rows),
        .index_list => if (tableArgument(catalog, plan)) |table| try indexList(rt, table, &rows),
        .index_info => if (textArgument(plan)) |name| {
            if (catalog.findIndex(name)) |index| try indexInfo(rt, catalog, index, &rows);
        },
        .user_version => {
            if (plan.argument) |v| {
                rt.txn.setUserVersion(@truncate(@as(u64, @bitCast(executor.integerOf(v)))));
            } else try one(rt, &rows, .{ .integer = rt.txn.userVersion() });
        },
        .page_count => try one(rt, &rows, .{ .integer = rt.txn.pageCount() }),
        .integrity_check, .quick_check => try integrityCheck(rt, catalog, &rows),
        // The engine has already applied a new value to the database's options.
        .busy_timeout => try one(rt, &rows, .{ .integer = rt.txn.db.options.busy_timeout_ms }),
        .journal_mode => try one(rt, &rows, .{ .text = "wal" }),
        .foreign_keys => if (plan.argument == null) try one(rt, &rows, .{ .integer = @intFromBool(rt.foreign_keys) }),
        .synchronous, .cache_size, .wal_checkpoint => unreachable, // runSetting's (actsOnConnection)
        .unknown => {},
    }
    return rows.items;
}

fn one(rt: *Runtime, rows: *std.ArrayList([]Value), v: Value) executor.Error!void {
    const row = try rt.arena.alloc(Value, 1);
    row[0] = v;
    try rows.append(row);
}

fn textArgument(plan: Plan) ?[]const u8 {
    const v = plan.argument orelse return null;
    return if (v == .text) v.text else null;
}

fn tableArgument(catalog: *const schema.Catalog, plan: Plan) ?*schema.Table {
    return catalog.findTable(textArgument(plan) orelse return null);
}

fn tableInfo(rt: *Runtime, table: *const schema.Table, rows: *std.ArrayList([]Value)) executor.Error!void {
    const pk_index: ?*schema.Index = for (table.indexes) |index| {
        if (index.primary_key) break index;
    } else null;
    for (table.columns, 0..) |column, i| {
        const row = try rt.arena.alloc(Value, 6);
        row[0] = .{ .integer = @intCast(i) };
        row[1] = .{ .text = column.name };
        row[2] = .{ .text = column.declared_type };
        row[3] = .{ .integer = @intFromBool(column.not_null) };
        row[4] = if (column.default) |d| .{ .text = d.span.text(table.sql) } else .null;
        var pk: i64 = 0;
        if (table.rowid_alias == @as(u32, @intCast(i))) pk = 1;
        if (pk_index) |index| {
            for (index.columns, 1..) |c, position| {
                if (c.column == i) pk = @intCast(position);
            }
        }
        row[5] = .{ .integer = pk };
        try rows.append(row);
    }
}

/// A view's columns as SQLite lists them: its names, the declared type of a column the result
/// reads directly (through derived tables, views and scalar subqueries), else no type; never
/// NOT NULL, no default, no primary key.
fn viewInfo(rt: *Runtime, catalog: *const schema.Catalog, view: *const schema.View, rows: *std.ArrayList([]Value)) executor.Error!void {
    var compiler = compile_mod.Compiler.init(rt.arena, catalog, view.sql);
    const query = compiler.compileSelect(null, view.select) catch |err| {
        if (err == error.Compile) return rt.fail("{s}", .{compiler.message});
        return @as(executor.Error, @errorCast(err));
    };
    assert(view.columns.len == 0 or view.columns.len == query.column_count);
    for (0..query.column_count) |i| {
        const row = try rt.arena.alloc(Value, 6);
        row[0] = .{ .integer = @intCast(i) };
        row[1] = .{ .text = if (view.columns.len > 0) view.columns[i].text else query.column_names[i] };
        row[2] = .{ .text = resultDeclaredType(query, @intCast(i), 0) };
        row[3] = .{ .integer = 0 };
        row[4] = .null;
        row[5] = .{ .integer = 0 };
        try rows.append(row);
    }
}

/// Nesting of views and subqueries followed to find a declared type (a bound, not a limit
/// SQL can reach: compile.zig refuses deeper nesting first).
const declared_type_depth_max: u32 = 64;

/// sqlite3's columnType: the declared type of the table column that result column `column` of
/// `query`'s first SELECT reads, or "" for any other expression.
fn resultDeclaredType(query: *const ir.Query, column: u32, depth: u32) []const u8 {
    if (depth >= declared_type_depth_max) return "";
    const core = query.cores[0];
    if (core.values != null or column >= core.result.len) return "";
    const e = core.result[column];
    switch (e.data) {
        .scalar => |sub| return resultDeclaredType(sub.query, 0, depth + 1),
        .column => |c| {
            if (c.up != 0) return "";
            for (core.sources) |source| {
                if (c.slot < source.slot_base or c.slot >= source.slot_base + source.width) continue;
                const offset = c.slot - source.slot_base;
                return switch (source.data) {
                    // The slot after the columns is the rowid, which SQLite types INTEGER.
                    .table => |table| if (offset < table.columns.len) table.columns[offset].declared_type else "INTEGER",
                    .query => |materialized| resultDeclaredType(materialized.query, offset, depth + 1),
                };
            }
            return "";
        },
        else => return "",
    }
}

fn indexList(rt: *Runtime, table: *const schema.Table, rows: *std.ArrayList([]Value)) executor.Error!void {
    var seq: i64 = 0;
    var i = table.indexes.len;
    while (i > 0) {
        i -= 1;
        const index = table.indexes[i];
        const row = try rt.arena.alloc(Value, 5);
        row[0] = .{ .integer = seq };
        row[1] = .{ .text = index.name };
        row[2] = .{ .integer = @intFromBool(index.unique) };
        row[3] = .{ .text = if (index.primary_key) "pk" else if (index.automatic) "u" else "c" };
        row[4] = .{ .integer = 0 };
        try rows.append(row);
        seq += 1;
    }
}

fn indexInfo(rt: *Runtime, catalog: *const schema.Catalog, index: *const schema.Index, rows: *std.ArrayList([]Value)) executor.Error!void {
    const table = catalog.findTable(index.table_name) orelse return;
    for (index.columns, 0..) |column, i| {
        const row = try rt.arena.alloc(Value, 3);
        row[0] = .{ .integer = @intCast(i) };
        row[1] = .{ .integer = column.column };
        row[2] = .{ .text = table.columns[column.column].name };
        try rows.append(row);
    }
}

fn integrityCheck(rt: *Runtime, catalog: *const schema.Catalog, rows: *std.ArrayList([]Value)) executor.Error!void {
    var trees = std.ArrayList(integrity.TreeDescriptor).init(rt.arena);
    const schema_root = rt.txn.schemaRoot();
    if (schema_root != 0) try trees.append(.{ .table = .{ .root_page_no = schema_root } });
    for (catalog.tables) |table| {
        try trees.append(.{ .table = .{ .root_page_no = table.root_page_no } });
        for (table.indexes) |index| {
            const columns = try rt.arena.alloc(integrity.KeyColumn, index.columns.len);
            for (index.columns, columns) |c, *k| k.* = .{ .ordinal = c.column, .descending = c.descending };
            try trees.append(.{ .index = .{ .root_page_no = index.root_page_no, .table_root_page_no = table.root_page_no, .columns = columns } });
        }
    }
    var report = integrity.checkDatabase(rt.txn, rt.gpa, trees.items) catch |err| switch (err) {
        error.OutOfMemory => return error.OutOfMemory,
        else => return rt.fail("integrity check failed: {s}", .{@errorName(err)}),
    };
    defer report.deinit();
    if (report.ok()) return one(rt, rows, .{ .text = "ok" });
    for (report.problems.items) |line| try one(rt, rows, .{ .text = try rt.arena.dupe(u8, line) });
}
