//! Access paths: for each table source of a query core, whether to scan it, seek it by rowid
//! (equality or range), or look it up through an index: equality on a prefix of its columns,
//! then `IN (list)` or a range (`<`, `<=`, `>`, `>=`, BETWEEN) on the next column; and
//! EXPLAIN QUERY PLAN text worded as SQLite words it. It also marks which columns of each source
//! the core reads, so the executor decodes no others.
//!
//! The planner only chooses how rows are found, never which rows qualify: every WHERE/ON
//! conjunct stays a filter, so a seek may return a superset and correctness never depends on
//! the affinity reasoning here. (The one exception is explicit: `seek_conjuncts` names rowid
//! comparisons the executor may skip when the bound it computed is an exact integer.) A seek
//! value must depend only on sources bound earlier (or on outer queries and constants). Join
//! order is chosen greedily by estimated cost (chooseOrder), polynomial in the number of
//! tables; LEFT JOINs and joins of more than 16 tables keep FROM order.
const std = @import("std");
const assert = std.debug.assert;
const ir = @import("ir.zig");
const schema = @import("schema.zig");
const compare = @import("compare.zig");

const Expr = ir.Expr;

/// A WHERE conjunct with the set of this core's sources it reads (bit i = source i).
pub const Conjunct = struct { expr: *Expr, mask: u64 };

/// Which sources are bound (bit i = sources[i]) when a source is read.
const BoundSet = struct {
    sources: []const ir.Source,
    mask: u64,

    fn hasSlot(bound: BoundSet, slot: u32) bool {
        for (bound.sources, 0..) |source, i| {
            if (i >= 63) return false;
            if (bound.mask & (@as(u64, 1) << @intCast(i)) == 0) continue;
            if (slot >= source.slot_base and slot < source.slot_base + source.width) return true;
        }
        return false;
    }
};

/// Chooses each table source's access path for the final join order (sources as ordered).
pub fn chooseAccess(allocator: std.mem.Allocator, core: *ir.Core) !void {
    assert(core.filters.len == core.sources.len);
    // The columns a source must supply break ties between indexes (a covering one reads no
    // table row), so they are marked first; seek probes read only earlier sources' columns,
    // which the filters holding those probes mark already.
    try markColumnsNeeded(allocator, core);
    for (core.sources, 0..) |*source, level| {
        if (source.data != .table) continue;
        const candidates = if (source.left_join) source.on_filters else core.filters[level];
        const bound = BoundSet{ .sources = core.sources, .mask = maskBelow(level) };
        source.access = try chooseForSource(allocator, source, candidates, bound);
    }
    try markColumnsNeeded(allocator, core);
    for (core.sources) |*source| useCoveringScan(source);
}

fn maskBelow(level: usize) u64 {
    if (level >= 63) return std.math.maxInt(u63);
    return (@as(u64, 1) << @intCast(level)) - 1;
}

/// Sources kept in FROM order when a join has more (the greedy search is O(n^3)).
const reorder_sources_max: usize = 16;

/// The join order: greedily, the source cheapest to read given those already placed (plus a
/// one-step lookahead at the cheapest source after it), ties in FROM order. LEFT JOINs keep the
/// FROM order. Returns original indices in execution order.
pub fn chooseOrder(allocator: std.mem.Allocator, sources: []const ir.Source, conjuncts: []const Conjunct) ![]u32 {
    const n = sources.len;
    const order = try allocator.alloc(u32, n);
    for (order, 0..) |*o, i| o.* = @intCast(i);
    if (n < 2 or n > reorder_sources_max) return order;
    for (sources) |source| if (source.left_join) return order;
    var scratch = std.ArrayList(*Expr).init(allocator);
    defer scratch.deinit();
    var placed: u64 = 0;
    for (0..n) |k| {
        var best: u32 = 0;
        var best_cost: u64 = std.math.maxInt(u64);
        for (0..n) |i| {
            const bit = @as(u64, 1) << @intCast(i);
            if (placed & bit != 0) continue;
            var cost = try estimate(sources, conjuncts, placed, i, &scratch);
            if (k + 1 < n) cost +|= try cheapestNext(sources, conjuncts, placed | bit, &scratch);
            if (cost < best_cost) {
                best_cost = cost;
                best = @intCast(i);
            }
        }
        order[k] = best;
        placed |= @as(u64, 1) << @intCast(best);
    }
    return order;
}

fn cheapestNext(sources: []const ir.Source, conjuncts: []const Conjunct, placed: u64, scratch: *std.ArrayList(*Expr)) !u64 {
    var best: u64 = std.math.maxInt(u64);
    for (0..sources.len) |j| {
        if (placed & (@as(u64, 1) << @intCast(j)) != 0) continue;
        best = @min(best, try estimate(sources, conjuncts, placed, j, scratch));
    }
    return best;
}

/// Rows expected from reading source i once, given `placed` bound (no statistics: a table is
/// assumed large, an index equality selective, a rowid equality exact).
fn estimate(sources: []const ir.Source, conjuncts: []const Conjunct, placed: u64, i: usize, scratch: *std.ArrayList(*Expr)) !u64 {
    const source = &sources[i];
    if (source.data != .table) return cost_scan;
    const bit = @as(u64, 1) << @intCast(i);
    scratch.clearRetainingCapacity();
    for (conjuncts) |conjunct| {
        if (conjunct.mask & bit == 0) continue;
        if (conjunct.mask & ~(placed | bit) != 0) continue;
        try scratch.append(conjunct.expr);
    }
    const bound = BoundSet{ .sources = sources, .mask = placed };
    return estimateAccess(source, scratch.items, bound);
}

const cost_scan: u64 = 1_000_000;
const cost_range: u64 = 100_000;
const cost_index: u64 = 10;
const cost_unique: u64 = 1;

fn estimateAccess(source: *const ir.Source, candidates: []*Expr, bound: BoundSet) u64 {
    const table = source.data.table;
    const rowid_slot = source.slot_base + source.width - 1;
    var cost = cost_scan;
    for (candidates) |conjunct| {
        const match = matchComparison(source, conjunct, bound) orelse continue;
        if (!isRowidColumn(table, source, match.column, rowid_slot)) continue;
        cost = @min(cost, if (match.op == .eq) cost_unique else cost_range);
    }
    for (candidates) |conjunct| {
        const list = matchInList(source, conjunct, bound) orelse continue;
        if (isRowidColumn(table, source, list.column, rowid_slot)) cost = @min(cost, cost_index);
    }
    const indexes: []const *schema.Index = if (source.not_indexed) &.{} else table.indexes;
    for (indexes) |index| {
        const len = equalityPrefix(source, candidates, bound, index);
        if (len == 0) {
            const first = index.columns[0].column;
            if (findInList(source, candidates, bound, first) != null) cost = @min(cost, cost_index);
            const range = findRange(source, candidates, bound, first);
            if (range.low != null or range.high != null) cost = @min(cost, cost_range);
            continue;
        }
        const full_unique = index.unique and len == index.columns.len;
        cost = @min(cost, if (full_unique) cost_unique else cost_index);
    }
    return cost;
}

fn equalityPrefix(source: *const ir.Source, candidates: []*Expr, bound: BoundSet, index: *const schema.Index) usize {
    var len: usize = 0;
    for (index.columns) |column| {
        if (findEquality(source, candidates, bound, column.column) == null) break;
        len += 1;
    }
    return len;
}

const Match = struct { column: u32, probe: *Expr, op: CompareOp };
const CompareOp = enum { eq, lt, le, gt, ge };

fn chooseForSource(allocator: std.mem.Allocator, source: *ir.Source, candidates: []*Expr, bound: BoundSet) !ir.Access {
    const table = source.data.table;
    const rowid_slot = source.slot_base + source.width - 1;
    source.seek_conjuncts = .{ null, null };
    // Rowid equality, then an index equality or IN, then rowid ranges, then index ranges.
    for (candidates) |conjunct| {
        const match = matchComparison(source, conjunct, bound) orelse continue;
        if (match.op == .eq and isRowidColumn(table, source, match.column, rowid_slot)) {
            if (conjunct.data.binary.op == .equal) source.seek_conjuncts[0] = conjunct;
            return .{ .rowid_eq = match.probe };
        }
    }
    for (candidates) |conjunct| {
        const list = matchInList(source, conjunct, bound) orelse continue;
        if (isRowidColumn(table, source, list.column, rowid_slot)) return .{ .rowid_in = list.items };
    }
    const index_access = if (source.not_indexed) null else try chooseIndex(allocator, source, candidates, bound);
    if (index_access) |access| switch (access) {
        .index_eq => return access,
        .index_range => |r| if (r.values.len > 0) return access,
        else => unreachable,
    };
    var low: ?ir.Access.Bound = null;
    var high: ?ir.Access.Bound = null;
    for (candidates) |conjunct| {
        const match = matchComparison(source, conjunct, bound) orelse continue;
        if (!isRowidColumn(table, source, match.column, rowid_slot)) continue;
        switch (match.op) {
            .gt, .ge => {
                low = .{ .expr = match.probe, .inclusive = match.op == .ge };
                source.seek_conjuncts[0] = conjunct;
            },
            .lt, .le => {
                high = .{ .expr = match.probe, .inclusive = match.op == .le };
                source.seek_conjuncts[1] = conjunct;
            },
            .eq => unreachable,
        }
    }
    if (low != null or high != null) return .{ .rowid_range = .{ .low = low, .high = high } };
    return index_access orelse .scan;
}

/// The index with the longest equality prefix; after it, IN on the next column counts more
/// than a range on both ends, which counts more than a one-sided range. Of equal scores, as
/// SQLite weighs them (checked with sqlite3 3.40.1): a UNIQUE index matched on every column
/// by equality, then a covering index, then the one with fewer columns, then the newest.
fn chooseIndex(allocator: std.mem.Allocator, source: *const ir.Source, candidates: []*Expr, bound: BoundSet) !?ir.Access {
    const table = source.data.table;
    var best: ?*schema.Index = null;
    var best_score: usize = 0;
    var best_rank: IndexRank = .{};
    var position = table.indexes.len;
    while (position > 0) {
        position -= 1;
        const index = table.indexes[position];
        const len = equalityPrefix(source, candidates, bound, index);
        var score = 4 * len;
        if (len < index.columns.len) {
            const column = index.columns[len].column;
            if (findInList(source, candidates, bound, column) != null) {
                score += 3;
            } else {
                const range = findRange(source, candidates, bound, column);
                score += @as(usize, @intFromBool(range.low != null)) + @intFromBool(range.high != null);
            }
        }
        const rank = IndexRank{
            .unique_equal = index.unique and score == 4 * index.columns.len,
            .covers = coversColumns(table, index, source.columns_needed),
            .width = @intCast(index.columns.len),
        };
        if (score > best_score or (score == best_score and best != null and rank.beats(best_rank))) {
            best_score = score;
            best = index;
            best_rank = rank;
        }
    }
    const index = best orelse return null;
    const len = best_score / 4;
    const probes = try allocator.alloc(*Expr, len);
    for (index.columns[0..len], 0..) |column, i| probes[i] = findEquality(source, candidates, bound, column.column).?;
    if (best_score % 4 == 0) return .{ .index_eq = .{ .index = index, .values = probes } };
    const next = index.columns[len].column;
    if (best_score % 4 == 3) {
        return .{ .index_eq = .{ .index = index, .values = probes, .in_list = findInList(source, candidates, bound, next) } };
    }
    const range = findRange(source, candidates, bound, next);
    return .{ .index_range = .{ .index = index, .values = probes, .low = range.low, .high = range.high } };
}

/// How chooseIndex orders indexes of equal score (an older index must beat a newer one).
const IndexRank = struct {
    unique_equal: bool = false,
    covers: bool = false,
    width: u32 = 0,

    fn beats(a: IndexRank, b: IndexRank) bool {
        if (a.unique_equal != b.unique_equal) return a.unique_equal;
        if (a.covers != b.covers) return a.covers;
        return a.width < b.width;
    }
};

const Range = struct { low: ?ir.Access.Bound = null, high: ?ir.Access.Bound = null };

/// Bounds on `column` from `<`, `<=`, `>`, `>=` and BETWEEN conjuncts whose probe an index seek
/// may use (see indexUsable); the last of each kind wins, the filters check all of them.
fn findRange(source: *const ir.Source, candidates: []*Expr, bound: BoundSet, column: u32) Range {
    const table_column = source.data.table.columns[column];
    const slot = source.slot_base + column;
    var range = Range{};
    for (candidates) |conjunct| {
        if (conjunct.data == .between) {
            const b = conjunct.data.between;
            if (b.negated or ownColumn(source, b.operand) != slot) continue;
            if (!independent(b.low, bound) or !independent(b.high, bound)) continue;
            if (!indexUsable(table_column, b.low) or !indexUsable(table_column, b.high)) continue;
            range.low = .{ .expr = b.low, .inclusive = true };
            range.high = .{ .expr = b.high, .inclusive = true };
            continue;
        }
        const match = matchComparison(source, conjunct, bound) orelse continue;
        if (match.column != slot or !indexUsable(table_column, match.probe)) continue;
        switch (match.op) {
            .gt, .ge => range.low = .{ .expr = match.probe, .inclusive = match.op == .ge },
            .lt, .le => range.high = .{ .expr = match.probe, .inclusive = match.op == .le },
            .eq => {},
        }
    }
    return range;
}

const InMatch = struct { column: u32, items: []*Expr };

/// `col IN (list)` on a column of `source`, every item bound.
fn matchInList(source: *const ir.Source, conjunct: *Expr, bound: BoundSet) ?InMatch {
    if (conjunct.data != .in_list) return null;
    const in = conjunct.data.in_list;
    if (in.negated or in.list.len == 0) return null;
    const slot = ownColumn(source, in.operand) orelse return null;
    if (!allIndependent(in.list, bound)) return null;
    return .{ .column = slot, .items = in.list };
}

fn findInList(source: *const ir.Source, candidates: []*Expr, bound: BoundSet, column: u32) ?[]*Expr {
    const table = source.data.table;
    for (candidates) |conjunct| {
        const match = matchInList(source, conjunct, bound) orelse continue;
        if (match.column != source.slot_base + column) continue;
        const usable = for (match.items) |item| {
            if (!indexUsable(table.columns[column], item)) break false;
        } else true;
        if (usable) return match.items;
    }
    return null;
}

fn findEquality(source: *const ir.Source, candidates: []*Expr, bound: BoundSet, column: u32) ?*Expr {
    const table = source.data.table;
    for (candidates) |conjunct| {
        const match = matchComparison(source, conjunct, bound) orelse continue;
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
fn matchComparison(source: *const ir.Source, conjunct: *Expr, bound: BoundSet) ?Match {
    if (conjunct.data != .binary) return null;
    const b = conjunct.data.binary;
    const op: CompareOp = switch (b.op) {
        .equal, .is => .eq,
        .less => .lt,
        .less_equal => .le,
        .greater => .gt,
        .greater_equal => .ge,
        else => return null,
    };
    if (ownColumn(source, b.left)) |slot| {
        if (independent(b.right, bound)) return .{ .column = slot, .probe = b.right, .op = op };
    }
    if (ownColumn(source, b.right)) |slot| {
        if (independent(b.left, bound)) return .{ .column = slot, .probe = b.left, .op = flip(op) };
    }
    return null;
}

fn flip(op: CompareOp) CompareOp {
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

/// True when `e` reads only bound sources of this core (or outer queries and constants) and
/// holds no subquery or aggregate (whose dependencies are not tracked here).
fn independent(e: *const Expr, bound: BoundSet) bool {
    return switch (e.data) {
        .constant, .parameter => true,
        .column => |c| c.up > 0 or bound.hasSlot(c.slot),
        .aggregate, .in_select, .exists, .scalar => false,
        .unary => |u| independent(u.operand, bound),
        .binary => |b| independent(b.left, bound) and independent(b.right, bound),
        .null_test => |n| independent(n.operand, bound),
        .cast => |k| independent(k.operand, bound),
        .function => |f| f.function.deterministic and allIndependent(f.args, bound),
        .like => |l| allIndependent(l.args, bound),
        .between => |b| independent(b.operand, bound) and independent(b.low, bound) and independent(b.high, bound),
        .in_list => |l| independent(l.operand, bound) and allIndependent(l.list, bound),
        .case => false,
    };
}

fn allIndependent(list: []const *Expr, bound: BoundSet) bool {
    for (list) |e| if (!independent(e, bound)) return false;
    return true;
}

// ---------------------------------------------------------------------------------------------
// ORDER BY from an index.

/// ORDER BY terms that can follow an index.
const order_terms_max: usize = 16;

/// When a query's ORDER BY names columns of its outermost (first) table, in the order of the
/// rowid or of an index's leading columns (all in the index's direction or all reversed, with
/// default NULL placement and binary collation), and that table would otherwise be scanned,
/// reads it in that order and drops the sort (so LIMIT also stops the scan early).
pub fn useIndexOrder(query: *ir.Query) void {
    if (query.cores.len != 1 or query.order_by.len == 0 or query.order_by.len > order_terms_max) return;
    const core = query.cores[0];
    if (core.aggregate or core.sources.len == 0) return;
    const source = &core.sources[0];
    if (source.data != .table) return;
    const rowid_access = switch (source.access) {
        .rowid_eq, .rowid_in, .rowid_range => true,
        else => false,
    };
    // Before this, a full scan through an index is useCoveringScan's choice, which a sort the
    // index order avoids outranks.
    const full_scan = source.access == .scan or (source.access == .ordered and !source.access.ordered.reverse);
    if (!full_scan and !rowid_access) return;
    const table = source.data.table;
    var columns: [order_terms_max]u32 = undefined;
    assert(rowid_access or source.access == .scan or source.access.indexRead() != null);
    for (query.order_by, 0..) |key, i| {
        const e = core.result[key.column];
        if (e.data != .column or e.data.column.up != 0) return;
        if (e.collation != null and e.collation.? != .binary) return;
        if (key.nulls_first == key.descending) return;
        const slot = e.data.column.slot;
        if (slot < source.slot_base or slot >= source.slot_base + source.width) return;
        columns[i] = slot - source.slot_base;
    }
    const keys = query.order_by;
    const rowid_column: u32 = source.width - 1;
    const first_is_rowid = columns[0] == rowid_column or table.rowid_alias == columns[0];
    // Rowids are unique in one table: later terms never matter unless a join repeats them.
    if (first_is_rowid and keys.len > 1 and core.sources.len > 1) return;
    if (first_is_rowid and rowid_access) {
        // A rowid seek, IN list (sorted by nextRowidIn) or range already reads rows in
        // ascending rowid order: the sort would be a no-op, and dropping it lets the query
        // stream its rows instead of collecting, copying and sorting them.
        if (!keys[0].descending) query.order_by = &.{};
        return;
    }
    if (rowid_access) return;
    if (first_is_rowid) {
        source.access = .{ .ordered = .{ .index = null, .reverse = keys[0].descending } };
        markCovering(source);
        query.order_by = &.{};
        return;
    }
    if (source.not_indexed) return;
    for (table.indexes) |index| {
        if (index.columns.len < keys.len) continue;
        const reverse = index.columns[0].descending != keys[0].descending;
        const fits = for (keys, 0..) |key, i| {
            if (index.columns[i].column != columns[i]) break false;
            if ((index.columns[i].descending != key.descending) != reverse) break false;
            if (table.columns[columns[i]].collation_nocase) break false;
        } else true;
        if (!fits) continue;
        source.access = .{ .ordered = .{ .index = index, .reverse = reverse } };
        markCovering(source);
        query.order_by = &.{};
        return;
    }
}

// ---------------------------------------------------------------------------------------------
// Covering indexes.

/// Whether `index`'s keys hold every column in `needed` (bit i = column i): its key columns
/// and the rowid (every key ends with it, so the INTEGER PRIMARY KEY too). Tables of more than
/// 64 columns are never covered: `needed` counts their later columns as read.
fn coversColumns(table: *const schema.Table, index: *const schema.Index, needed: u64) bool {
    if (table.columns.len > 64) return false;
    var covered: u64 = 0;
    for (index.columns) |column| covered |= @as(u64, 1) << @intCast(column.column);
    if (table.rowid_alias) |alias| covered |= @as(u64, 1) << @intCast(alias);
    return needed & ~covered == 0;
}

/// A table scan reads a covering index instead when its rows are narrower than the table's, as
/// SQLite's planner does (whereLoopAddBtree: cost N·(1 + 15·szIdxRow/szTabRow) against N·16):
/// of the covering indexes the cheapest by that cost, ties to the newest. The rows then come in
/// index order, as SQLite returns them.
fn useCoveringScan(source: *ir.Source) void {
    if (source.data != .table or source.access != .scan or source.not_indexed) return;
    const table = source.data.table;
    if (table.is_schema or table.columns.len > 64) return;
    const table_width = logEst(4 * tableWidth(table));
    var best: ?*schema.Index = null;
    var best_cost: i32 = std.math.maxInt(i32);
    var position = table.indexes.len;
    while (position > 0) {
        position -= 1;
        const index = table.indexes[position];
        if (!coversColumns(table, index, source.columns_needed)) continue;
        const index_width = logEst(4 * indexWidth(table, index));
        if (index_width >= table_width) continue;
        const cost = @divTrunc(15 * @as(i32, index_width), table_width);
        if (cost < best_cost) {
            best_cost = cost;
            best = index;
        }
    }
    const index = best orelse return;
    source.access = .{ .ordered = .{ .index = index, .reverse = false } };
    markCovering(source);
    assert(source.covering);
}

/// sqlite3LogEst: about 10·log2(x), rounded as SQLite rounds it (so equal widths compare as
/// SQLite compares them).
fn logEst(x_in: u64) i32 {
    const a = [8]i32{ 0, 2, 3, 5, 6, 7, 8, 9 };
    var x = x_in;
    var y: i32 = 40;
    if (x < 8) {
        if (x < 2) return 0;
        while (x < 8) : (x <<= 1) y -= 10;
    } else {
        const shift: u6 = @intCast(60 - @as(u32, @clz(x)));
        y += 10 * @as(i32, shift);
        x >>= shift;
    }
    return a[@intCast(x & 7)] + y - 10;
}

/// SQLite's estimated row width (estimateTableWidth): the columns' widths, plus 1 for a rowid
/// that no INTEGER PRIMARY KEY column holds.
fn tableWidth(table: *const schema.Table) u64 {
    var width: u64 = @intFromBool(table.rowid_alias == null);
    for (table.columns) |column| width += columnWidth(column);
    return width;
}

/// estimateIndexWidth: the key columns' widths plus 1 for the rowid every key ends with.
fn indexWidth(table: *const schema.Table, index: *const schema.Index) u64 {
    var width: u64 = 1;
    for (index.columns) |column| width += columnWidth(table.columns[column.column]);
    return width;
}

/// sqlite3AffinityType's szEst: 1 (about 4 bytes) for numeric and untyped columns; for TEXT or
/// BLOB affinity, N/4 + 1 when `CHAR` (or `BLOB(`) is followed by a size N, 1 for CHAR without
/// one, else 5 (about 20 bytes); at most 255.
fn columnWidth(column: schema.Column) u64 {
    if (column.affinity.isNumeric() or column.type_name.len == 0) return 1;
    const declared = column.declared_type;
    const after: ?usize = if (std.ascii.indexOfIgnoreCase(declared, "char")) |at|
        at + 4
    else if (std.ascii.indexOfIgnoreCase(declared, "blob(")) |at| at + 4 else null;
    const start = after orelse return 5;
    var size: u64 = 0;
    const digits = for (declared[start..], start..) |c, i| {
        if (std.ascii.isDigit(c)) break declared[i..];
    } else "";
    for (digits) |c| {
        if (!std.ascii.isDigit(c) or size > 1_000_000) break;
        size = size * 10 + (c - '0');
    }
    return @min(size / 4 + 1, 255);
}

/// Sets `covering` when the source's index access needs nothing but its keys (columns_needed
/// must be final): the executor then never reads the table, as SQLite's covering index scans.
fn markCovering(source: *ir.Source) void {
    source.covering = false;
    if (source.data != .table) return;
    const index = source.access.indexRead() orelse return;
    assert(index.columns.len > 0);
    source.covering = coversColumns(source.data.table, index, source.columns_needed);
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
        .ordered => |o| if (o.index) |index|
            std.fmt.allocPrint(allocator, "SCAN {s} USING {s}INDEX {s}", .{ shown, coveringWord(source), index.name })
        else
            std.fmt.allocPrint(allocator, "SCAN {s}", .{shown}),
        .rowid_eq, .rowid_in => std.fmt.allocPrint(allocator, "SEARCH {s} USING INTEGER PRIMARY KEY (rowid=?)", .{shown}),
        .rowid_range => |r| std.fmt.allocPrint(allocator, "SEARCH {s} USING INTEGER PRIMARY KEY ({s})", .{
            shown,
            if (r.low != null and r.high != null) "rowid>? AND rowid<?" else if (r.low != null) "rowid>?" else "rowid<?",
        }),
        .index_eq => |ix| describeIndex(allocator, source, ix.index, ix.values.len + @intFromBool(ix.in_list != null), null),
        .index_range => |ix| describeIndex(allocator, source, ix.index, ix.values.len, .{ ix.low != null, ix.high != null }),
    };
}

fn coveringWord(source: ir.Source) []const u8 {
    return if (source.covering) "COVERING " else "";
}

/// `SEARCH t USING [COVERING ]INDEX i (a=? AND b>? AND b<?)`: `equal` columns by equality, then the range
/// ends present on the next column (SQLite writes `>`/`<` for inclusive ends too).
fn describeIndex(allocator: std.mem.Allocator, source: ir.Source, index: *const schema.Index, equal: usize, range: ?[2]bool) ![]const u8 {
    var text = std.ArrayList(u8).init(allocator);
    try text.writer().print("SEARCH {s} USING {s}INDEX {s} (", .{ source.name, coveringWord(source), index.name });
    const table_columns = source.data.table.columns;
    for (index.columns[0..equal], 0..) |column, i| {
        if (i > 0) try text.appendSlice(" AND ");
        try text.writer().print("{s}=?", .{table_columns[column.column].name});
    }
    if (range) |ends| {
        const name = table_columns[index.columns[equal].column].name;
        var written = equal;
        for (ends, [2][]const u8{ ">", "<" }) |present, op| {
            if (!present) continue;
            if (written > 0) try text.appendSlice(" AND ");
            try text.writer().print("{s}{s}?", .{ name, op });
            written += 1;
        }
    }
    try text.append(')');
    return text.items;
}

// ---------------------------------------------------------------------------------------------
// Columns each source must decode.

/// Sets each table source's columns_needed and decode_count from every expression of the core.
/// A core holding a subquery decodes everything: a correlated subquery reads this frame from
/// inside (up > 0), which this walk does not follow.
fn markColumnsNeeded(allocator: std.mem.Allocator, core: *ir.Core) !void {
    const needed = try allocator.alloc(bool, core.slot_count);
    defer allocator.free(needed);
    @memset(needed, false);
    var all = false;
    for (core.pre_filters) |e| markExpr(e, needed, &all);
    for (core.filters) |level| for (level) |e| markExpr(e, needed, &all);
    for (core.result) |e| markExpr(e, needed, &all);
    for (core.group_by) |e| markExpr(e, needed, &all);
    if (core.having) |e| markExpr(e, needed, &all);
    for (core.aggregates) |call| for (call.args) |e| markExpr(e, needed, &all);
    for (core.sources) |source| {
        for (source.on_filters) |e| markExpr(e, needed, &all);
        markAccess(source.access, needed, &all);
    }
    for (core.sources) |*source| {
        if (source.data != .table) continue;
        source.columns_needed = std.math.maxInt(u64);
        source.decode_count = std.math.maxInt(u32);
        if (all) continue;
        const columns = needed[source.slot_base .. source.slot_base + source.width - 1];
        var mask: u64 = 0;
        var count: u32 = 0;
        for (columns, 0..) |read, i| {
            if (!read) continue;
            count = @intCast(i + 1);
            if (i < 64) mask |= @as(u64, 1) << @intCast(i);
        }
        source.columns_needed = mask;
        source.decode_count = count;
    }
    for (core.sources) |*source| markCovering(source);
}

fn markAccess(access: ir.Access, needed: []bool, all: *bool) void {
    switch (access) {
        .scan, .ordered => {},
        .rowid_eq => |e| markExpr(e, needed, all),
        .rowid_in => |list| for (list) |e| markExpr(e, needed, all),
        .rowid_range => |r| {
            if (r.low) |b| markExpr(b.expr, needed, all);
            if (r.high) |b| markExpr(b.expr, needed, all);
        },
        .index_eq => |ix| {
            for (ix.values) |e| markExpr(e, needed, all);
            if (ix.in_list) |list| for (list) |e| markExpr(e, needed, all);
        },
        .index_range => |ix| {
            for (ix.values) |e| markExpr(e, needed, all);
            if (ix.low) |b| markExpr(b.expr, needed, all);
            if (ix.high) |b| markExpr(b.expr, needed, all);
        },
    }
}

/// Marks the slots of this core `e` reads; a subquery marks everything.
fn markExpr(e: *const Expr, needed: []bool, all: *bool) void {
    switch (e.data) {
        .constant, .parameter, .aggregate => {},
        .column => |c| if (c.up == 0 and c.slot < needed.len) {
            needed[c.slot] = true;
        },
        .in_select, .exists, .scalar => all.* = true,
        .unary => |u| markExpr(u.operand, needed, all),
        .binary => |b| {
            markExpr(b.left, needed, all);
            markExpr(b.right, needed, all);
        },
        .null_test => |n| markExpr(n.operand, needed, all),
        .cast => |k| markExpr(k.operand, needed, all),
        .function => |f| for (f.args) |a| markExpr(a, needed, all),
        .like => |l| for (l.args) |a| markExpr(a, needed, all),
        .between => |b| {
            markExpr(b.operand, needed, all);
            markExpr(b.low, needed, all);
            markExpr(b.high, needed, all);
        },
        .in_list => |l| {
            markExpr(l.operand, needed, all);
            for (l.list) |a| markExpr(a, needed, all);
        },
        .case => |k| {
            if (k.operand) |o| markExpr(o, needed, all);
            for (k.whens) |w| {
                markExpr(w.when, needed, all);
                markExpr(w.then, needed, all);
            }
            if (k.else_expr) |x| markExpr(x, needed, all);
        },
    }
}
