//! Access paths: for each table source of a query core, whether to scan it, seek it by rowid
//! (equality or range), or look it up through an index whose leading columns are all bound by
//! equality; and EXPLAIN QUERY PLAN text worded as SQLite words it.
//!
//! The planner only chooses how rows are found, never which rows qualify: every WHERE/ON
//! conjunct stays a filter, so a seek may return a superset and correctness never depends on
//! the affinity reasoning here. A seek value must depend only on sources bound earlier (or on
//! outer queries and constants); join order is the FROM order (left to right), which keeps
//! planning linear in the number of tables.
const std = @import("std");
const assert = std.debug.assert;
const ir = @import("ir.zig");
const schema = @import("schema.zig");
const compare = @import("compare.zig");

const Expr = ir.Expr;

pub fn chooseAccess(allocator: std.mem.Allocator, core: *ir.Core) !void {
    for (core.sources, 0..) |*source, level| {
        if (source.data != .table) continue;
        const candidates = if (source.left_join) source.on_filters else core.filters[level];
        source.access = try chooseForSource(allocator, source, candidates);
    }
}

const Match = struct { column: u32, probe: *Expr, op: ast_op };
const ast_op = enum { eq, lt, le, gt, ge };

fn chooseForSource(allocator: std.mem.Allocator, source: *const ir.Source, candidates: []*Expr) !ir.Access {
    const table = source.data.table;
    const rowid_slot = source.slot_base + source.width - 1;
    // Rowid equality, then rowid ranges, then an index equality.
    for (candidates) |conjunct| {
        const match = matchComparison(source, conjunct) orelse continue;
        if (match.op == .eq and isRowidColumn(table, source, match.column, rowid_slot)) return .{ .rowid_eq = match.probe };
    }
    var low: ?ir.Access.Bound = null;
    var high: ?ir.Access.Bound = null;
    for (candidates) |conjunct| {
        const match = matchComparison(source, conjunct) orelse continue;
        if (!isRowidColumn(table, source, match.column, rowid_slot)) continue;
        switch (match.op) {
            .gt, .ge => low = .{ .expr = match.probe, .inclusive = match.op == .ge },
            .lt, .le => high = .{ .expr = match.probe, .inclusive = match.op == .le },
            .eq => unreachable,
        }
    }
    if (low != null or high != null) return .{ .rowid_range = .{ .low = low, .high = high } };
    return (try chooseIndex(allocator, source, candidates)) orelse .scan;
}

fn chooseIndex(allocator: std.mem.Allocator, source: *const ir.Source, candidates: []*Expr) !?ir.Access {
    const table = source.data.table;
    var best: ?*schema.Index = null;
    var best_len: usize = 0;
    for (table.indexes) |index| {
        var len: usize = 0;
        for (index.columns) |column| {
            if (findEquality(source, candidates, column.column) == null) break;
            len += 1;
        }
        if (len > best_len) {
            best_len = len;
            best = index;
        }
    }
    const index = best orelse return null;
    const probes = try allocator.alloc(*Expr, best_len);
    for (index.columns[0..best_len], 0..) |column, i| probes[i] = findEquality(source, candidates, column.column).?;
    return .{ .index_eq = .{ .index = index, .values = probes } };
}

fn findEquality(source: *const ir.Source, candidates: []*Expr, column: u32) ?*Expr {
    const table = source.data.table;
    for (candidates) |conjunct| {
        const match = matchComparison(source, conjunct) orelse continue;
        if (match.op != .eq or match.column != source.slot_base + column) continue;
        if (!indexUsable(table.columns[column], match.probe)) continue;
        return match.probe;
    }
    return null;
}

/// Whether an index seek on a column with this probe finds every row `column = probe` holds:
/// the comparison must convert at most the probe, the way the column's affinity would.
fn indexUsable(column: schema.Column, probe: *const Expr) bool {
    if (column.collation_nocase) return false;
    if (probe.collation != null and probe.collation.? != .binary) return false;
    const probe_affinity = probe.affinity orelse return true;
    const combined = compare.comparisonAffinity(column.affinity, probe_affinity);
    if (column.affinity.isNumeric()) return combined != null and combined.?.isNumeric();
    return !probe_affinity.isNumeric() and !column.affinity.isNumeric();
}

fn isRowidColumn(table: *const schema.Table, source: *const ir.Source, slot: u32, rowid_slot: u32) bool {
    if (slot == rowid_slot) return true;
    const alias = table.rowid_alias orelse return false;
    return slot == source.slot_base + alias;
}

/// `col op probe` or `probe op col` where col is a slot of `source` (this core) and the probe
/// reads nothing bound at or after this source.
fn matchComparison(source: *const ir.Source, conjunct: *Expr) ?Match {
    if (conjunct.data != .binary) return null;
    const b = conjunct.data.binary;
    const op: ast_op = switch (b.op) {
        .equal, .is => .eq,
        .less => .lt,
        .less_equal => .le,
        .greater => .gt,
        .greater_equal => .ge,
        else => return null,
    };
    if (ownColumn(source, b.left)) |slot| {
        if (independent(b.right, source.slot_base)) return .{ .column = slot, .probe = b.right, .op = op };
    }
    if (ownColumn(source, b.right)) |slot| {
        if (independent(b.left, source.slot_base)) return .{ .column = slot, .probe = b.left, .op = flip(op) };
    }
    return null;
}

fn flip(op: ast_op) ast_op {
    return switch (op) {
        .eq => .eq,
        .lt => .gt,
        .le => .ge,
        .gt => .lt,
        .ge => .le,
    };
}

fn ownColumn(source: *const ir.Source, e: *const Expr) ?u32 {
    if (e.data != .column) return null;
    const column = e.data.column;
    if (column.up != 0) return null;
    if (column.slot < source.slot_base or column.slot >= source.slot_base + source.width) return null;
    return column.slot;
}

/// True when `e` reads no slot of this core at or beyond `limit` and holds no subquery or
/// aggregate (whose dependencies are not tracked here).
fn independent(e: *const Expr, limit: u32) bool {
    return switch (e.data) {
        .constant, .parameter => true,
        .column => |c| c.up > 0 or c.slot < limit,
        .aggregate, .in_select, .exists, .scalar => false,
        .unary => |u| independent(u.operand, limit),
        .binary => |b| independent(b.left, limit) and independent(b.right, limit),
        .null_test => |n| independent(n.operand, limit),
        .cast => |k| independent(k.operand, limit),
        .function => |f| f.function.deterministic and allIndependent(f.args, limit),
        .like => |l| allIndependent(l.args, limit),
        .between => |b| independent(b.operand, limit) and independent(b.low, limit) and independent(b.high, limit),
        .in_list => |l| independent(l.operand, limit) and allIndependent(l.list, limit),
        .case => false,
    };
}

fn allIndependent(list: []const *Expr, limit: u32) bool {
    for (list) |e| if (!independent(e, limit)) return false;
    return true;
}

// ---------------------------------------------------------------------------------------------
// EXPLAIN QUERY PLAN.

/// One line of EXPLAIN QUERY PLAN per table source of every core, in execution order.
pub fn explain(allocator: std.mem.Allocator, query: *const ir.Query, out: *std.ArrayList([]const u8)) !void {
    for (query.cores) |core| {
        for (core.sources) |source| {
            switch (source.data) {
                .query => |m| {
                    try explain(allocator, m.query, out);
                    try out.append(try std.fmt.allocPrint(allocator, "SCAN {s}", .{source.name}));
                },
                .table => |table| try out.append(try describe(allocator, table, source)),
            }
        }
    }
}

fn describe(allocator: std.mem.Allocator, table: *const schema.Table, source: ir.Source) ![]const u8 {
    const shown = source.name;
    _ = table;
    return switch (source.access) {
        .scan => std.fmt.allocPrint(allocator, "SCAN {s}", .{shown}),
        .rowid_eq => std.fmt.allocPrint(allocator, "SEARCH {s} USING INTEGER PRIMARY KEY (rowid=?)", .{shown}),
        .rowid_range => |r| std.fmt.allocPrint(allocator, "SEARCH {s} USING INTEGER PRIMARY KEY ({s})", .{
            shown,
            if (r.low != null and r.high != null) "rowid>? AND rowid<?" else if (r.low != null) "rowid>?" else "rowid<?",
        }),
        .index_eq => |ix| blk: {
            var text = std.ArrayList(u8).init(allocator);
            try text.writer().print("SEARCH {s} USING {s}INDEX {s} (", .{ shown, if (ix.index.unique and false) "COVERING " else "", ix.index.name });
            const table_columns = source.data.table.columns;
            for (ix.index.columns[0..ix.values.len], 0..) |column, i| {
                if (i > 0) try text.appendSlice(" AND ");
                try text.writer().print("{s}=?", .{table_columns[column.column].name});
            }
            try text.append(')');
            break :blk text.items;
        },
    };
}
