//! PRAGMA statements, with SQLite's result columns: table_info, index_list, index_info,
//! user_version (get and set), page_count, integrity_check/quick_check (storage/integrity.zig
//! over every tree the catalog names), busy_timeout, and fixed answers for journal_mode ("wal"),
//! synchronous, foreign_keys, cache_size and wal_checkpoint. Unknown pragmas return no rows, as
//! SQLite's do.
const std = @import("std");
const assert = std.debug.assert;
const ast = @import("ast.zig");
const ir = @import("ir.zig");
const schema = @import("schema.zig");
const executor = @import("executor.zig");
const compile_mod = @import("compile.zig");
const integrity = @import("../storage/integrity.zig");

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
    const kind = std.meta.stringToEnum(Kind, lower(p.name.name.text)) orelse .unknown;
    return .{ .kind = kind, .argument = if (p.value) |v| argumentOf(v) else null };
}

var lower_buffer: [64]u8 = undefined;

fn lower(name: []const u8) []const u8 {
    if (name.len > lower_buffer.len) return "";
    return std.ascii.lowerString(&lower_buffer, name);
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
        .synchronous => try one(rt, &rows, .{ .integer = 2 }),
        .foreign_keys => if (plan.argument == null) try one(rt, &rows, .{ .integer = @intFromBool(rt.foreign_keys) }),
        .cache_size => try one(rt, &rows, .{ .integer = -2000 }),
        .wal_checkpoint => {
            const row = try rt.arena.alloc(Value, 3);
            row[0] = .{ .integer = 0 };
            row[1] = .{ .integer = -1 };
            row[2] = .{ .integer = -1 };
            try rows.append(row);
        },
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
