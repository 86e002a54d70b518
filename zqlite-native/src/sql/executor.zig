//! Runs compiled queries (ir.zig): nested-loop joins over B+tree cursors and materialized
//! derived tables, per-level filters, grouping and aggregation, DISTINCT, sorting, compounds,
//! LIMIT/OFFSET; and evaluates compiled expressions against frames of slots.
//!
//! A core is a state machine (`nextJoinRow`): each level of the nested loop keeps its cursor
//! and moves to its next row on demand, so a core yields one joined row per call. A query with
//! one core and no sort, grouping, aggregate or DISTINCT is read through a `Stream`: rows come
//! straight from the cursors, one per step, in O(1) memory, and LIMIT stops the scan. Other
//! queries (and DML, subqueries, derived tables) collect their rows, then sort/limit them.
//!
//! Memory: a statement execution has a `Runtime` whose `arena` holds what lives for the whole
//! execution (result rows, subquery caches, materialized tables). Each core run has an arena for
//! frames and cursors, and a row arena for per-row temporaries, reset before each row candidate,
//! so a scan allocates nothing that grows with the table. Values read from pages are copied only
//! when they must outlive the cursor position (collected rows, group representatives); only the
//! columns some expression of the core reads are decoded (ir.Source.columns_needed).
const std = @import("std");
const assert = std.debug.assert;
const ast = @import("ast.zig");
const ir = @import("ir.zig");
const schema = @import("schema.zig");
const value_mod = @import("value.zig");
const compare = @import("compare.zig");
const arith = @import("arith.zig");
const functions = @import("functions.zig");
const aggregate = @import("aggregates.zig");
const record = @import("../storage/record.zig");
const key_codec = @import("../storage/key.zig");
const btree = @import("../storage/btree.zig");
const pager = @import("../storage/pager.zig");
const storage_errors = @import("../storage/errors.zig");

const Allocator = std.mem.Allocator;
const Expr = ir.Expr;
const Value = ir.Value;
const BTree = schema.BTree;

pub const Error = storage_errors.Error || value_mod.Error || error{ Runtime, Constraint, Mismatch, Interrupted };

/// Rows visited between two reads of the interrupt flag: a relaxed atomic load per 256 rows
/// costs nothing measurable, and 256 rows take microseconds, so a cancel lands quickly.
pub const interrupt_check_rows: u64 = 256;

/// Rows a single core may visit before we call the query runaway (a loop bound, not a limit
/// any real query reaches).
const rows_visited_max: u64 = 1 << 48;

pub const Runtime = struct {
    arena: Allocator,
    gpa: Allocator,
    txn: *pager.WriteTxn,
    params: []const Value,
    epoch: u64,
    function_context: functions.Context,
    message_buffer: [256]u8 = undefined,
    message: []const u8 = "",
    /// SQLite's extended code of the last error.Constraint (dml.ConstraintCode).
    constraint_code: u16 = 0,
    /// For FOREIGN KEY enforcement (PRAGMA foreign_keys): the catalog and the switch.
    catalog: ?*const schema.Catalog = null,
    foreign_keys: bool = false,
    fk_depth: u32 = 0,
    /// The connection's interrupt flag (engine.Connection.interrupt), set from any thread.
    interrupt: ?*const std.atomic.Value(bool) = null,

    /// error.Interrupted once the connection was interrupted; checked every
    /// `interrupt_check_rows` rows visited (`visited`), so the row loops stay cheap.
    pub fn checkInterrupt(rt: *const Runtime, visited: u64) Error!void {
        if (visited % interrupt_check_rows != 0) return;
        const flag = rt.interrupt orelse return;
        if (flag.load(.monotonic)) return error.Interrupted;
    }

    pub fn fail(rt: *Runtime, comptime format: []const u8, args: anytype) Error {
        rt.setMessage(format, args);
        return error.Runtime;
    }

    pub fn setMessage(rt: *Runtime, comptime format: []const u8, args: anytype) void {
        rt.message = std.fmt.bufPrint(&rt.message_buffer, format, args) catch rt.message_buffer[0..];
    }

    /// Turns a value-layer error into a runtime error with SQLite's message.
    pub fn valueError(rt: *Runtime, err: value_mod.Error, diagnostic: *const value_mod.Diagnostic) Error {
        if (err == error.OutOfMemory) return error.OutOfMemory;
        rt.message = diagnostic.message(err, &rt.message_buffer);
        return error.Runtime;
    }
};

pub const Frame = struct {
    slots: []Value,
    aggregates: []const Value = &.{},
    parent: ?*const Frame = null,
};

// ---------------------------------------------------------------------------------------------
// Expressions.

pub fn eval(rt: *Runtime, frame: *const Frame, e: *const Expr, arena: Allocator) Error!Value {
    return switch (e.data) {
        .constant => |v| v,
        .column => |c| column(frame, c.up, c.slot),
        .parameter => |i| if (i < rt.params.len) rt.params[i] else .null,
        .aggregate => |i| frame.aggregates[i],
        .unary => |u| evalUnary(rt, frame, u.op, u.operand, arena),
        .binary => evalBinary(rt, frame, e, arena),
        .null_test => |n| boolValue((try eval(rt, frame, n.operand, arena) == .null) != n.not_null),
        .like => |l| evalLike(rt, frame, l.function, l.args, l.negated, arena),
        .between => |b| evalBetween(rt, frame, b.operand, b.low, b.high, b.negated, b.affinity, b.collation, arena),
        .in_list => |l| evalInList(rt, frame, l.operand, l.list, l.negated, l.collation, arena),
        .in_select => |s| evalInSelect(rt, frame, s.operand, s.sub, s.negated, arena),
        .exists => |sub| boolValue((try subqueryRows(rt, frame, sub, 1, arena)).len > 0),
        .scalar => |sub| evalScalar(rt, frame, sub, arena),
        .function => |f| evalFunction(rt, frame, f.function, f.args, arena),
        .case => |k| evalCase(rt, frame, k.operand, k.whens, k.else_expr, arena),
        .cast => |k| value_mod.cast(arena, try eval(rt, frame, k.operand, arena), k.affinity) catch |err|
            rt.valueError(err, &.{}),
    };
}

fn column(frame: *const Frame, up: u16, slot: u32) Value {
    var f = frame;
    var steps: u16 = 0;
    while (steps < up) : (steps += 1) f = f.parent.?;
    return f.slots[slot];
}

fn boolValue(b: bool) Value {
    return .{ .integer = @intFromBool(b) };
}

fn optionalBool(b: ?bool) Value {
    const known = b orelse return .null;
    return boolValue(known);
}

/// WHERE/ON/HAVING truth: NULL counts as false.
pub fn isTrue(rt: *Runtime, frame: *const Frame, e: *const Expr, arena: Allocator) Error!bool {
    return value_mod.truthy(try eval(rt, frame, e, arena)) orelse false;
}

fn evalUnary(rt: *Runtime, frame: *const Frame, op: ast.Expr.UnaryOp, operand: *const Expr, arena: Allocator) Error!Value {
    const v = try eval(rt, frame, operand, arena);
    return switch (op) {
        .negate => arith.negate(v),
        .plus => v,
        .bit_not => arith.bitNot(v),
        .not => optionalBool(compare.logicalNot(value_mod.truthy(v))),
    };
}

fn evalBinary(rt: *Runtime, frame: *const Frame, e: *const Expr, arena: Allocator) Error!Value {
    const b = e.data.binary;
    switch (b.op) {
        .@"and" => {
            const left = value_mod.truthy(try eval(rt, frame, b.left, arena));
            if (left == false) return boolValue(false);
            return optionalBool(compare.logicalAnd(left, value_mod.truthy(try eval(rt, frame, b.right, arena))));
        },
        .@"or" => {
            const left = value_mod.truthy(try eval(rt, frame, b.left, arena));
            if (left == true) return boolValue(true);
            return optionalBool(compare.logicalOr(left, value_mod.truthy(try eval(rt, frame, b.right, arena))));
        },
        else => {},
    }
    const l = try eval(rt, frame, b.left, arena);
    const r = try eval(rt, frame, b.right, arena);
    return switch (b.op) {
        .equal => optionalBool(compare.evaluate(.eq, l, r, b.affinity, b.collation)),
        .not_equal => optionalBool(compare.evaluate(.ne, l, r, b.affinity, b.collation)),
        .less => optionalBool(compare.evaluate(.lt, l, r, b.affinity, b.collation)),
        .less_equal => optionalBool(compare.evaluate(.le, l, r, b.affinity, b.collation)),
        .greater => optionalBool(compare.evaluate(.gt, l, r, b.affinity, b.collation)),
        .greater_equal => optionalBool(compare.evaluate(.ge, l, r, b.affinity, b.collation)),
        .is => boolValue(compare.is(l, r, b.affinity, b.collation)),
        .is_not => boolValue(compare.isNot(l, r, b.affinity, b.collation)),
        .add => arith.arithmetic(.add, l, r),
        .subtract => arith.arithmetic(.subtract, l, r),
        .multiply => arith.arithmetic(.multiply, l, r),
        .divide => arith.arithmetic(.divide, l, r),
        .remainder => arith.arithmetic(.remainder, l, r),
        .bit_and => arith.bitwise(.bit_and, l, r),
        .bit_or => arith.bitwise(.bit_or, l, r),
        .shift_left => arith.bitwise(.shift_left, l, r),
        .shift_right => arith.bitwise(.shift_right, l, r),
        .concat => arith.concat(arena, l, r) catch |err| rt.valueError(err, &.{}),
        .json_ptr, .json_ptr2 => rt.fail("no such function: ->", .{}),
        .@"and", .@"or" => unreachable,
    };
}

fn evalLike(rt: *Runtime, frame: *const Frame, function: *const functions.Function, args: []*Expr, negated: bool, arena: Allocator) Error!Value {
    var values: [3]Value = undefined;
    for (args, 0..) |arg, i| values[i] = try eval(rt, frame, arg, arena);
    rt.function_context.allocator = arena;
    rt.function_context.diagnostic = .{};
    const result = function.implementation(&rt.function_context, values[0..args.len]) catch |err|
        return rt.valueError(err, &rt.function_context.diagnostic);
    if (!negated) return result;
    return optionalBool(compare.logicalNot(value_mod.truthy(result)));
}

fn evalBetween(rt: *Runtime, frame: *const Frame, operand: *const Expr, low: *const Expr, high: *const Expr, negated: bool, affinity: ?ir.Affinity, collation: compare.Collation, arena: Allocator) Error!Value {
    const x = try eval(rt, frame, operand, arena);
    const lo = try eval(rt, frame, low, arena);
    const hi = try eval(rt, frame, high, arena);
    const low_affinity = compare.comparisonAffinity(affinity, low.affinity);
    const high_affinity = compare.comparisonAffinity(affinity, high.affinity);
    const result = compare.logicalAnd(
        compare.evaluate(.ge, x, lo, low_affinity, collation),
        compare.evaluate(.le, x, hi, high_affinity, collation),
    );
    return optionalBool(if (negated) compare.logicalNot(result) else result);
}

fn evalInList(rt: *Runtime, frame: *const Frame, operand: *const Expr, list: []*Expr, negated: bool, collation: compare.Collation, arena: Allocator) Error!Value {
    const needle = try eval(rt, frame, operand, arena);
    if (list.len == 0) return boolValue(negated);
    if (needle == .null) return .null;
    var saw_null = false;
    for (list) |item| {
        const v = try eval(rt, frame, item, arena);
        const affinity = compare.comparisonAffinity(operand.affinity, item.affinity);
        const order = compare.compareForOperator(needle, v, affinity, collation) orelse {
            saw_null = true;
            continue;
        };
        if (order == .eq) return boolValue(!negated);
    }
    if (saw_null) return .null;
    return boolValue(negated);
}

fn evalInSelect(rt: *Runtime, frame: *const Frame, operand: *const Expr, sub: *ir.Subquery, negated: bool, arena: Allocator) Error!Value {
    const needle = try eval(rt, frame, operand, arena);
    const list = try subqueryList(rt, frame, sub, arena);
    const affinity = compare.comparisonAffinity(operand.affinity, sub.column_affinity);
    const result = compare.inList(needle, list, affinity, operand.collation orelse .binary);
    return optionalBool(if (negated) compare.logicalNot(result) else result);
}

fn evalScalar(rt: *Runtime, frame: *const Frame, sub: *ir.Subquery, arena: Allocator) Error!Value {
    if (!sub.correlated and sub.cache_epoch == rt.epoch) return sub.cache_value;
    const rows = try subqueryRows(rt, frame, sub, 1, arena);
    const result: Value = if (rows.len == 0) .null else rows[0][0];
    if (sub.correlated) return value_mod.dupe(arena, result);
    sub.cache_value = try value_mod.dupe(rt.arena, result);
    sub.cache_epoch = rt.epoch;
    return sub.cache_value;
}

fn subqueryList(rt: *Runtime, frame: *const Frame, sub: *ir.Subquery, arena: Allocator) Error![]Value {
    if (!sub.correlated and sub.cache_epoch == rt.epoch) return sub.cache_list;
    const rows = try subqueryRows(rt, frame, sub, null, arena);
    const list = try (if (sub.correlated) arena else rt.arena).alloc(Value, rows.len);
    for (rows, 0..) |row, i| list[i] = row[0];
    if (!sub.correlated) {
        sub.cache_list = list;
        sub.cache_epoch = rt.epoch;
    }
    return list;
}

/// Correlated subqueries put their rows in the caller's per-row arena; others in the
/// execution's, since their result is cached for the whole execution.
fn subqueryRows(rt: *Runtime, frame: *const Frame, sub: *ir.Subquery, limit: ?u64, arena: Allocator) Error![][]Value {
    return runQuery(rt, sub.query, frame, limit, if (sub.correlated) arena else rt.arena);
}

fn evalFunction(rt: *Runtime, frame: *const Frame, function: *const functions.Function, args: []*Expr, arena: Allocator) Error!Value {
    var buffer: [8]Value = undefined;
    const values = if (args.len <= buffer.len) buffer[0..args.len] else try arena.alloc(Value, args.len);
    for (args, 0..) |arg, i| values[i] = try eval(rt, frame, arg, arena);
    rt.function_context.allocator = arena;
    rt.function_context.diagnostic = .{};
    return function.implementation(&rt.function_context, values) catch |err|
        rt.valueError(err, &rt.function_context.diagnostic);
}

fn evalCase(rt: *Runtime, frame: *const Frame, operand: ?*Expr, whens: []Expr.When, else_expr: ?*Expr, arena: Allocator) Error!Value {
    if (operand) |o| {
        const base = try eval(rt, frame, o, arena);
        for (whens) |w| {
            const v = try eval(rt, frame, w.when, arena);
            const affinity = compare.comparisonAffinity(o.affinity, w.when.affinity);
            if (compare.evaluate(.eq, base, v, affinity, o.collation orelse .binary) == true) return eval(rt, frame, w.then, arena);
        }
    } else {
        for (whens) |w| {
            if (try isTrue(rt, frame, w.when, arena)) return eval(rt, frame, w.then, arena);
        }
    }
    if (else_expr) |x| return eval(rt, frame, x, arena);
    return .null;
}

// ---------------------------------------------------------------------------------------------
// Queries.

/// Runs a query and returns its rows (visible columns only), allocated in `out`.
/// `limit_hint` lets EXISTS and scalar subqueries stop early.
pub fn runQuery(rt: *Runtime, query: *const ir.Query, parent: ?*const Frame, limit_hint: ?u64, out: Allocator) Error![][]Value {
    var limit: ?u64 = limit_hint;
    var offset: u64 = 0;
    const limit_frame = Frame{ .slots = &.{}, .parent = parent };
    if (query.limit) |e| {
        const v = try eval(rt, &limit_frame, e, out);
        const n = try limitValue(rt, v);
        if (n >= 0) limit = if (limit) |l| @min(l, @as(u64, @intCast(n))) else @intCast(n);
    }
    if (query.offset) |e| {
        const n = try limitValue(rt, try eval(rt, &limit_frame, e, out));
        if (n > 0) offset = @intCast(n);
    }
    var rows = std.ArrayList([]Value).init(out);
    const single = query.cores.len == 1;
    const early_stop: ?u64 = if (query.order_by.len == 0 and single and limit != null) limit.? + offset else null;
    // ORDER BY with LIMIT keeps only the best limit + offset rows while scanning.
    var top_arena = std.heap.ArenaAllocator.init(rt.gpa);
    defer top_arena.deinit();
    const top_n: ?TopN = if (query.order_by.len > 0 and single and limit != null)
        .{ .keep = limit.? + offset, .keys = query.order_by, .arena = &top_arena }
    else
        null;
    try runCoreTop(rt, query.cores[0], parent, early_stop, top_n, &rows);
    for (query.ops, query.cores[1..]) |op, core| try applyCompound(rt, op, core, parent, &rows);
    if (query.order_by.len > 0) sortRows(rows.items, query.order_by);
    var result = rows.items;
    result = result[@min(offset, result.len)..];
    if (limit) |l| result = result[0..@min(l, result.len)];
    for (result) |*row| {
        row.* = row.*[0..query.column_count];
        if (top_n != null) row.* = try dupeRow(out, row.*);
    }
    return result;
}

/// Bounded sorting for ORDER BY ... LIMIT: rows live in `arena` and are compacted to the best
/// `keep` whenever twice as many (plus slack) accumulate, so memory is O(keep).
const TopN = struct {
    keep: u64,
    keys: []const ir.OrderKey,
    arena: *std.heap.ArenaAllocator,
};

const top_n_slack: u64 = 64;

fn dupeRow(allocator: Allocator, row: []const Value) Error![]Value {
    const copy = try allocator.alloc(Value, row.len);
    for (row, 0..) |v, i| copy[i] = try value_mod.dupe(allocator, v);
    return copy;
}

fn compactTopN(rt: *Runtime, top: TopN, rows: *std.ArrayList([]Value)) Error!void {
    sortRows(rows.items, top.keys);
    const keep: usize = @intCast(@min(top.keep, rows.items.len));
    var fresh = std.heap.ArenaAllocator.init(rt.gpa);
    errdefer fresh.deinit();
    for (rows.items[0..keep]) |*row| row.* = try dupeRow(fresh.allocator(), row.*);
    rows.shrinkRetainingCapacity(keep);
    top.arena.deinit();
    top.arena.* = fresh;
}

/// A value read as an integer the way sqlite3_value_int64 reads it.
pub fn integerOf(v: Value) i64 {
    return value_mod.toInt64(v);
}

fn limitValue(rt: *Runtime, v: Value) Error!i64 {
    const converted = switch (v) {
        .integer => v,
        .text => |t| value_mod.numericAffinityOfText(t, true) orelse v,
        .real => |r| if (@floor(r) == r and @abs(r) < 9.2e18) Value{ .integer = @intFromFloat(r) } else v,
        else => v,
    };
    if (converted != .integer) return rt.fail("datatype mismatch", .{});
    return converted.integer;
}

fn applyCompound(rt: *Runtime, op: ast.Select.CompoundOp, core: *const ir.Core, parent: ?*const Frame, rows: *std.ArrayList([]Value)) Error!void {
    var right = std.ArrayList([]Value).init(rt.arena);
    try runCore(rt, core, parent, null, &right);
    switch (op) {
        .union_all => try rows.appendSlice(right.items),
        .union_distinct => {
            try rows.appendSlice(right.items);
            try dedupe(rt, rows);
        },
        .intersect, .except => {
            var right_keys = std.StringHashMap(void).init(rt.arena);
            for (right.items) |row| try right_keys.put(try rowKey(rt.arena, row), {});
            try dedupe(rt, rows);
            var kept: usize = 0;
            for (rows.items) |row| {
                const present = right_keys.contains(try rowKey(rt.arena, row));
                if (present == (op == .intersect)) {
                    rows.items[kept] = row;
                    kept += 1;
                }
            }
            rows.shrinkRetainingCapacity(kept);
        },
    }
}

/// Removes duplicate rows as SQLite's ephemeral index does for UNION, INTERSECT and EXCEPT: of
/// rows that compare equal (1 and 1.0 alike) the last one inserted is kept, and the survivors
/// come out in key order.
fn dedupe(rt: *Runtime, rows: *std.ArrayList([]Value)) Error!void {
    var seen = std.StringHashMap(usize).init(rt.arena);
    var keyed = std.ArrayList(KeyedRow).init(rt.arena);
    for (rows.items) |row| {
        const key = try rowKey(rt.arena, row);
        const entry = try seen.getOrPut(key);
        if (entry.found_existing) {
            keyed.items[entry.value_ptr.*].row = row;
            continue;
        }
        entry.value_ptr.* = keyed.items.len;
        try keyed.append(.{ .key = key, .row = row });
    }
    std.mem.sort(KeyedRow, keyed.items, {}, KeyedRow.lessThan);
    for (keyed.items, 0..) |k, i| rows.items[i] = k.row;
    rows.shrinkRetainingCapacity(keyed.items.len);
    assert(rows.items.len == seen.count());
}

const KeyedRow = struct {
    key: []const u8,
    row: []Value,

    fn lessThan(_: void, a: KeyedRow, b: KeyedRow) bool {
        return std.mem.order(u8, a.key, b.key) == .lt;
    }
};

/// An order-preserving encoding of a row: equal rows (1 and 1.0 alike) give equal keys.
pub fn rowKey(arena: Allocator, row: []const Value) Error![]const u8 {
    var descending: [key_codec.column_count_max]bool = undefined;
    if (row.len > key_codec.column_count_max) return error.TooBig;
    @memset(descending[0..row.len], false);
    const size = key_codec.encodedSizeBytes(row, false);
    const buffer = try arena.alloc(u8, size);
    const written = key_codec.encode(row, descending[0..row.len], null, buffer);
    return buffer[0..written];
}

fn sortRows(rows: [][]Value, keys: []const ir.OrderKey) void {
    std.mem.sort([]Value, rows, keys, lessThan);
}

fn lessThan(keys: []const ir.OrderKey, a: []Value, b: []Value) bool {
    for (keys) |key| {
        const x = a[key.column];
        const y = b[key.column];
        var order: std.math.Order = undefined;
        if (x == .null or y == .null) {
            if (x == .null and y == .null) continue;
            const x_first = (x == .null) == key.nulls_first;
            return x_first;
        }
        order = compare.compareValues(x, y, .binary);
        if (key.descending) order = order.invert();
        if (order != .eq) return order == .lt;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// One core: the nested loop, as a state machine.
//
// Each level (FROM source, in join order) moves to its next candidate row on demand
// (`advanceLevel`); `nextJoinRow` walks the levels like an odometer, so a core yields one joined
// row per call and keeps nothing but its cursors between calls. Materializing callers (sorting,
// grouping, compounds, DML) loop over it; a Stream hands its rows out one per step.

const Phase = enum { fresh, running, exhausted };

const Level = struct {
    tree: ?BTree.Tree = null,
    cursor: ?*BTree.Cursor = null,
    index_tree: ?BTree.Tree = null,
    index_cursor: ?*BTree.Cursor = null,
    /// A stored row that overflows its page is copied here.
    payload: std.ArrayListUnmanaged(u8) = .{},
    /// fresh: not read yet for the current outer row; exhausted: no more rows for it.
    phase: Phase = .fresh,
    /// LEFT JOIN: a row matched the ON filters; its NULL row was produced.
    matched: bool = false,
    null_row_done: bool = false,
    /// rowid_eq whose probe no rowid can be sought by (text that is no number): scan instead.
    full_scan: bool = false,
    /// Conjuncts the seek made exact for this outer row (see ir.Source.seek_conjuncts).
    skip: [2]?*const Expr = .{ null, null },
    /// Last rowid (inclusive) a rowid scan may return.
    high: ?i64 = null,
    /// rowid_in: the distinct rowids in order; `position` is the next one to seek.
    rowids: std.ArrayListUnmanaged(i64) = .{},
    position: usize = 0,
    /// index_eq: the distinct prefixes in order, back to back (`key_ends` delimits them);
    /// index_range: [0] where to start, [1] where to stop (absent: the equality prefix).
    keys: std.ArrayListUnmanaged(u8) = .{},
    key_ends: std.ArrayListUnmanaged(u32) = .{},
    /// index_range: whether key_ends[1] bounds the scan (else stop at the equality prefix).
    has_upper: bool = false,

    fn keyAt(level: *const Level, i: usize) []const u8 {
        const start: usize = if (i == 0) 0 else level.key_ends.items[i - 1];
        return level.keys.items[start..level.key_ends.items[i]];
    }
};

pub const CoreRun = struct {
    rt: *Runtime,
    core: *const ir.Core,
    local: Allocator,
    frame: Frame,
    levels: []Level,
    row_arena: std.heap.ArenaAllocator,
    out: *std.ArrayList([]Value),
    limit: ?u64,
    distinct: ?std.StringHashMap(void),
    groups: ?*aggregate.Groups,
    top_n: ?TopN = null,
    visited: u64 = 0,
    done: bool = false,
    /// nextJoinRow has produced a row (its levels are positioned).
    started: bool = false,

    fn scratch(run: *CoreRun) Allocator {
        return run.row_arena.allocator();
    }
};

pub fn runCore(rt: *Runtime, core: *const ir.Core, parent: ?*const Frame, limit: ?u64, out: *std.ArrayList([]Value)) Error!void {
    return runCoreTop(rt, core, parent, limit, null, out);
}

fn initRun(run: *CoreRun, rt: *Runtime, core: *const ir.Core, parent: ?*const Frame, local: Allocator, row_parent: Allocator) Error!void {
    const slots = try local.alloc(Value, core.slot_count);
    @memset(slots, .null);
    const levels = try local.alloc(Level, core.sources.len);
    for (levels) |*level| level.* = .{};
    run.* = .{
        .rt = rt,
        .core = core,
        .local = local,
        .frame = .{ .slots = slots, .parent = parent },
        .levels = levels,
        .row_arena = std.heap.ArenaAllocator.init(row_parent),
        .out = undefined,
        .limit = null,
        .distinct = null,
        .groups = null,
    };
    assert(run.levels.len == core.sources.len);
}

fn runCoreTop(rt: *Runtime, core: *const ir.Core, parent: ?*const Frame, limit: ?u64, top_n: ?TopN, out: *std.ArrayList([]Value)) Error!void {
    if (core.values) |rows| return runValues(rt, rows, parent, out);
    var local = std.heap.ArenaAllocator.init(rt.gpa);
    defer local.deinit();
    const la = local.allocator();
    var run: CoreRun = undefined;
    try initRun(&run, rt, core, parent, la, rt.gpa);
    run.out = out;
    run.limit = if (core.aggregate) null else limit;
    run.distinct = if (core.distinct) std.StringHashMap(void).init(la) else null;
    run.top_n = top_n;
    defer run.row_arena.deinit();
    defer closeLevels(&run);
    var groups: aggregate.Groups = undefined;
    if (core.aggregate) {
        groups = aggregate.Groups.init(la, core);
        run.groups = &groups;
    }
    if (try preFiltersPass(&run)) {
        while (try nextJoinRow(&run)) try emit(&run);
    }
    if (core.aggregate) try finishGroups(&run, &groups);
}

fn closeLevels(run: *CoreRun) void {
    const gpa = run.rt.gpa;
    for (run.levels) |*level| {
        level.payload.deinit(gpa);
        level.rowids.deinit(gpa);
        level.keys.deinit(gpa);
        level.key_ends.deinit(gpa);
        if (level.cursor) |cursor| cursor.deinit();
        if (level.index_cursor) |cursor| cursor.deinit();
        if (level.tree) |*tree| tree.close();
        if (level.index_tree) |*tree| tree.close();
        level.* = .{};
    }
}

fn preFiltersPass(run: *CoreRun) Error!bool {
    for (run.core.pre_filters) |filter| {
        if (!try isTrue(run.rt, &run.frame, filter, run.scratch())) return false;
    }
    return true;
}

fn runValues(rt: *Runtime, rows: [][]*Expr, parent: ?*const Frame, out: *std.ArrayList([]Value)) Error!void {
    const frame = Frame{ .slots = &.{}, .parent = parent };
    for (rows) |row| {
        const values = try out.allocator.alloc(Value, row.len);
        for (row, 0..) |e, i| values[i] = try value_mod.dupe(out.allocator, try eval(rt, &frame, e, out.allocator));
        try out.append(values);
    }
}

/// Moves the join to its next row with every level bound and every filter true; false at the
/// end (or once `done`). The first call starts level 0; later calls advance the innermost level.
fn nextJoinRow(run: *CoreRun) Error!bool {
    const n = run.core.sources.len;
    if (run.done) return false;
    if (n == 0) {
        // No FROM: exactly one row.
        if (run.started) return false;
        run.started = true;
        return true;
    }
    var level: usize = n - 1;
    if (!run.started) {
        run.started = true;
        level = 0;
        startLevel(run, 0);
    }
    // Bounded by the rows visited (rowAtLevel fails past rows_visited_max).
    while (!run.done) {
        if (try advanceLevel(run, level)) {
            if (level + 1 == n) return true;
            level += 1;
            startLevel(run, level);
        } else {
            if (level == 0) {
                run.done = true;
                return false;
            }
            level -= 1;
        }
    }
    return false;
}

fn startLevel(run: *CoreRun, level: usize) void {
    const state = &run.levels[level];
    state.phase = .fresh;
    state.matched = false;
    state.null_row_done = false;
    state.full_scan = false;
    state.skip = .{ null, null };
    state.high = null;
}

/// The level's next row that passes its ON and WHERE filters (a LEFT JOIN level that matched
/// nothing yields one row of NULLs last); false when it has none left for this outer row.
fn advanceLevel(run: *CoreRun, level: usize) Error!bool {
    const source = &run.core.sources[level];
    const state = &run.levels[level];
    var candidates: u64 = 0;
    while (candidates < rows_visited_max) : (candidates += 1) {
        // Nothing bound at this level or outside it lives in the row arena.
        resetRowArena(run);
        if (state.null_row_done) return false;
        if (!try nextCandidate(run, level, state)) {
            if (!source.left_join or state.matched) return false;
            state.null_row_done = true;
            @memset(run.frame.slots[source.slot_base .. source.slot_base + source.width], .null);
            state.skip = .{ null, null };
            return filtersPass(run, run.core.filters[level], state);
        }
        run.visited += 1;
        if (run.visited > rows_visited_max) return run.rt.fail("query visits too many rows", .{});
        try run.rt.checkInterrupt(run.visited);
        if (!try filtersPass(run, source.on_filters, state)) continue;
        state.matched = true;
        if (try filtersPass(run, run.core.filters[level], state)) return true;
    }
    return run.rt.fail("query visits too many rows", .{});
}

/// Empties the row arena, keeping its memory (a no-op when nothing was allocated since).
fn resetRowArena(run: *CoreRun) void {
    if (run.row_arena.state.end_index == 0) return;
    _ = run.row_arena.reset(.retain_capacity);
}

fn filtersPass(run: *CoreRun, filters: []const *Expr, state: *const Level) Error!bool {
    for (filters) |filter| {
        if (filter == state.skip[0] or filter == state.skip[1]) continue;
        if (!try isTrue(run.rt, &run.frame, filter, run.scratch())) return false;
    }
    return true;
}

/// Binds the level's next candidate row (no filter checked); false when there is none.
fn nextCandidate(run: *CoreRun, level: usize, state: *Level) Error!bool {
    if (state.phase == .exhausted) return false;
    const source = &run.core.sources[level];
    const found = switch (source.data) {
        .query => |m| try nextMaterialized(run, level, state, m),
        .table => try nextTableRow(run, level, state),
    };
    state.phase = if (found) .running else .exhausted;
    return found;
}

fn nextMaterialized(run: *CoreRun, level: usize, state: *Level, m: *ir.Materialized) Error!bool {
    const rt = run.rt;
    if (state.phase == .fresh) {
        if (m.epoch != rt.epoch) {
            m.rows = try runQuery(rt, m.query, null, null, rt.arena);
            m.epoch = rt.epoch;
        }
        state.position = 0;
    }
    if (state.position >= m.rows.len) return false;
    const source = &run.core.sources[level];
    @memcpy(run.frame.slots[source.slot_base .. source.slot_base + source.width], m.rows[state.position]);
    state.position += 1;
    return true;
}

fn openLevel(run: *CoreRun, state: *Level, table: *schema.Table) Error!bool {
    if (state.tree == null) {
        const root = if (table.is_schema) run.rt.txn.schemaRoot() else table.root_page_no;
        if (root == 0) return false;
        state.tree = BTree.Tree.open(run.rt.txn, run.rt.gpa, root, .table);
        state.cursor = try BTree.Cursor.create(run.local, &state.tree.?);
    }
    return true;
}

fn openIndex(run: *CoreRun, state: *Level, index: *schema.Index) Error!*BTree.Cursor {
    if (state.index_tree == null) {
        state.index_tree = BTree.Tree.open(run.rt.txn, run.rt.gpa, index.root_page_no, .index);
        state.index_cursor = try BTree.Cursor.create(run.local, &state.index_tree.?);
    }
    return state.index_cursor.?;
}

fn nextTableRow(run: *CoreRun, level: usize, state: *Level) Error!bool {
    const source = &run.core.sources[level];
    const fresh = state.phase == .fresh;
    if (fresh and !try openLevel(run, state, source.data.table)) return false;
    const cursor = state.cursor.?;
    const on_row = switch (source.access) {
        .scan => try stepCursor(cursor, fresh, false),
        .rowid_eq => |probe| try nextRowidEq(run, source, state, probe, fresh),
        .rowid_range => |r| if (fresh) try startRowidRange(run, source, state, r) else try cursor.next(),
        .rowid_in => |list| try nextRowidIn(run, state, list, fresh),
        .ordered => |o| if (o.index) |index| blk: {
            const icursor = try openIndex(run, state, index);
            break :blk try stepCursor(icursor, fresh, o.reverse) and try seekIndexed(source, state);
        } else try stepCursor(cursor, fresh, o.reverse),
        .index_eq => |ix| try nextIndexEq(run, source, state, ix.index, ix.values, ix.in_list, fresh),
        .index_range => |ix| try nextIndexRange(run, source, state, ix, fresh),
    };
    if (!on_row) return false;
    if (source.covering) return bindIndexRow(run, source, state);
    const entry = try cursor.tableEntry();
    if (state.high) |high| if (entry.rowid > high) return false;
    try bindTableRow(run, level, state, entry);
    return true;
}

/// eval with the common leaves (a column of this core, a parameter) read inline.
inline fn evalQuick(run: *CoreRun, e: *const Expr) Error!Value {
    return switch (e.data) {
        .column => |c| if (c.up == 0) run.frame.slots[c.slot] else eval(run.rt, &run.frame, e, run.scratch()),
        .parameter => |i| if (i < run.rt.params.len) run.rt.params[i] else .null,
        else => eval(run.rt, &run.frame, e, run.scratch()),
    };
}

fn stepCursor(cursor: *BTree.Cursor, fresh: bool, reverse: bool) Error!bool {
    if (fresh) return if (reverse) cursor.last() else cursor.first();
    return if (reverse) cursor.prev() else cursor.next();
}

/// Positions the table cursor on the row the index cursor points at; a covering access reads
/// the index key alone (bindIndexRow), so its table cursor stays where it is.
fn seekIndexed(source: *const ir.Source, state: *Level) Error!bool {
    if (source.covering) return true;
    const rowid = try state.index_cursor.?.rowid();
    if (!try state.cursor.?.seekRowid(rowid, .eq)) return error.Corrupt;
    return true;
}

fn nextRowidEq(run: *CoreRun, source: *const ir.Source, state: *Level, probe: *Expr, fresh: bool) Error!bool {
    const cursor = state.cursor.?;
    if (!fresh) return if (state.full_scan) cursor.next() else false;
    state.high = null;
    const v = try evalQuick(run, probe);
    if (rowidProbe(v)) |rowid| {
        if (v == .integer) state.skip[0] = source.seek_conjuncts[0];
        return cursor.seekRowid(rowid, .eq);
    }
    if (isNumericOrNull(v)) return false;
    state.full_scan = true;
    return cursor.first();
}

/// Seeks the first rowid of a range and sets where it ends. Integer bounds make the seek
/// exact, so their conjuncts are skipped; other bounds are widened and the filters decide.
fn startRowidRange(run: *CoreRun, source: *const ir.Source, state: *Level, r: anytype) Error!bool {
    state.high = null;
    var low: ?i64 = null;
    if (r.low) |b| {
        const v = try eval(run.rt, &run.frame, b.expr, run.scratch());
        switch (rangeBound(v, true)) {
            .none => {},
            .empty => return false,
            .at => |at| low = at,
        }
        if (v == .integer and (b.inclusive or low.? < std.math.maxInt(i64))) {
            if (!b.inclusive) low = low.? + 1;
            state.skip[0] = source.seek_conjuncts[0];
        }
    }
    if (r.high) |b| {
        const v = try eval(run.rt, &run.frame, b.expr, run.scratch());
        switch (rangeBound(v, false)) {
            .none => {},
            .empty => return false,
            .at => |at| state.high = at,
        }
        if (v == .integer and (b.inclusive or state.high.? > std.math.minInt(i64))) {
            if (!b.inclusive) state.high = state.high.? - 1;
            state.skip[1] = source.seek_conjuncts[1];
        }
    }
    const cursor = state.cursor.?;
    return if (low) |l| cursor.seekRowid(l, .ge) else cursor.first();
}

const Bound = union(enum) { none, empty, at: i64 };

/// A range bound as a rowid to seek from (low) or stop after (high); the filter itself still
/// decides strictness. Text or blob bounds fall back to no bound (the filter decides).
fn rangeBound(v: Value, is_low: bool) Bound {
    const n: Value = switch (v) {
        .text => |t| value_mod.numericAffinityOfText(t, false) orelse return .none,
        else => v,
    };
    return switch (n) {
        .null => .empty,
        .integer => |i| .{ .at = i },
        .real => |r| blk: {
            if (std.math.isNan(r)) break :blk .empty;
            const rounded = if (is_low) @ceil(r) else @floor(r);
            if (rounded >= 9.2e18) break :blk if (is_low) .empty else .none;
            if (rounded <= -9.2e18) break :blk if (is_low) .none else .empty;
            break :blk .{ .at = @intFromFloat(rounded) };
        },
        else => .none,
    };
}

fn isNumericOrNull(v: Value) bool {
    return v == .null or v == .integer or v == .real;
}

/// The rowid an equality probe can only match, or null when no integer rowid can equal it.
fn rowidProbe(v: Value) ?i64 {
    const n: Value = switch (v) {
        .text => |t| value_mod.numericAffinityOfText(t, false) orelse return null,
        else => v,
    };
    return switch (n) {
        .integer => |i| i,
        .real => |r| if (@floor(r) == r and @abs(r) < 9.2e18) @as(i64, @intFromFloat(r)) else null,
        else => null,
    };
}

/// `rowid IN (list)`: each distinct integer the list can equal, in order, sought once.
fn nextRowidIn(run: *CoreRun, state: *Level, list: []*Expr, fresh: bool) Error!bool {
    if (fresh) {
        state.high = null;
        state.rowids.clearRetainingCapacity();
        for (list) |e| {
            const rowid = rowidProbe(try eval(run.rt, &run.frame, e, run.scratch())) orelse continue;
            try state.rowids.append(run.rt.gpa, rowid);
        }
        std.mem.sort(i64, state.rowids.items, {}, std.sort.asc(i64));
        state.position = 0;
    }
    const rowids = state.rowids.items;
    while (state.position < rowids.len) {
        const rowid = rowids[state.position];
        state.position += 1;
        if (state.position > 1 and rowids[state.position - 2] == rowid) continue;
        if (try state.cursor.?.seekRowid(rowid, .eq)) return true;
    }
    return false;
}

/// Index equality on a prefix (and IN on the next column): the distinct prefixes are encoded
/// into memory the level owns when it starts, then each is read in order.
fn nextIndexEq(run: *CoreRun, source: *const ir.Source, state: *Level, index: *schema.Index, probes: []*Expr, in_list: ?[]*Expr, fresh: bool) Error!bool {
    const icursor = try openIndex(run, state, index);
    var on_entry = false;
    if (fresh) {
        state.high = null;
        try encodeIndexPrefixes(run, source.data.table, state, index, probes, in_list);
        state.position = 0;
    } else {
        on_entry = try icursor.next();
    }
    const count = state.key_ends.items.len;
    // Bounded: each round either returns or moves to the next of `count` prefixes.
    while (true) {
        if (on_entry) {
            const prefix = state.keyAt(state.position - 1);
            if (btree.comparePrefix(try icursor.key(), prefix) == .eq) return seekIndexed(source, state);
        }
        if (state.position >= count) return false;
        state.position += 1;
        on_entry = try icursor.seekKey(state.keyAt(state.position - 1), .ge);
    }
}

fn encodeIndexPrefixes(run: *CoreRun, table: *schema.Table, state: *Level, index: *schema.Index, probes: []*Expr, in_list: ?[]*Expr) Error!void {
    var values: [key_codec.column_count_max]Value = undefined;
    var descending: [key_codec.column_count_max]bool = undefined;
    for (index.columns, 0..) |index_column, i| descending[i] = index_column.descending;
    for (probes, 0..) |probe, i| values[i] = try indexProbe(run, table, index, i, probe);
    state.keys.clearRetainingCapacity();
    state.key_ends.clearRetainingCapacity();
    const n = probes.len;
    const list = in_list orelse {
        try appendKey(run, state, values[0..n], descending[0..n]);
        return;
    };
    var prefixes = std.ArrayList([]const u8).init(run.scratch());
    for (list) |item| {
        values[n] = try indexProbe(run, table, index, n, item);
        const buffer = try run.scratch().alloc(u8, key_codec.encodedSizeBytes(values[0 .. n + 1], false));
        const size = key_codec.encode(values[0 .. n + 1], descending[0 .. n + 1], null, buffer);
        assert(size == buffer.len);
        try prefixes.append(buffer);
    }
    std.mem.sort([]const u8, prefixes.items, {}, lessBytes);
    for (prefixes.items, 0..) |prefix, i| {
        if (i > 0 and std.mem.eql(u8, prefix, prefixes.items[i - 1])) continue;
        try state.keys.appendSlice(run.rt.gpa, prefix);
        try state.key_ends.append(run.rt.gpa, @intCast(state.keys.items.len));
    }
}

fn appendKey(run: *CoreRun, state: *Level, values: []const Value, descending: []const bool) Error!void {
    const gpa = run.rt.gpa;
    const start = state.keys.items.len;
    const size = key_codec.encodedSizeBytes(values, false);
    try state.keys.resize(gpa, start + size);
    const written = key_codec.encode(values, descending, null, state.keys.items[start..]);
    assert(written == size);
    try state.key_ends.append(gpa, @intCast(state.keys.items.len));
}

fn indexProbe(run: *CoreRun, table: *schema.Table, index: *schema.Index, i: usize, probe: *Expr) Error!Value {
    const v = try eval(run.rt, &run.frame, probe, run.scratch());
    const affinity = table.columns[index.columns[i].column].affinity;
    return value_mod.applyColumnAffinity(run.scratch(), v, affinity) catch |err| run.rt.valueError(err, &.{});
}

fn lessBytes(_: void, a: []const u8, b: []const u8) bool {
    return std.mem.order(u8, a, b) == .lt;
}

/// An equality prefix, then a range on the next index column: keys[0] is where the scan starts
/// (the prefix and the lower bound in index order), keys[1] where it stops (the prefix and the
/// upper bound). Bounds are only seek positions: the filters still decide strictness and NULLs.
fn nextIndexRange(run: *CoreRun, source: *const ir.Source, state: *Level, ix: anytype, fresh: bool) Error!bool {
    const icursor = try openIndex(run, state, ix.index);
    var on_entry: bool = undefined;
    if (fresh) {
        state.high = null;
        if (!try encodeIndexRange(run, source.data.table, state, ix)) return false;
        on_entry = try icursor.seekKey(state.keyAt(0), .ge);
    } else {
        on_entry = try icursor.next();
    }
    if (!on_entry) return false;
    const k = try icursor.key();
    const stop = state.keyAt(1);
    if (state.has_upper) {
        if (btree.comparePrefix(k, stop) == .gt) return false;
    } else if (btree.comparePrefix(k, stop) != .eq) return false;
    return seekIndexed(source, state);
}

/// False when a bound is NULL (no row can satisfy the range).
fn encodeIndexRange(run: *CoreRun, table: *schema.Table, state: *Level, ix: anytype) Error!bool {
    var values: [key_codec.column_count_max]Value = undefined;
    var descending: [key_codec.column_count_max]bool = undefined;
    const n = ix.values.len;
    for (ix.index.columns[0 .. n + 1], 0..) |index_column, i| descending[i] = index_column.descending;
    for (ix.values, 0..) |probe, i| values[i] = try indexProbe(run, table, ix.index, i, probe);
    var low: ?Value = null;
    var high: ?Value = null;
    if (ix.low) |b| low = try indexProbe(run, table, ix.index, n, b.expr);
    if (ix.high) |b| high = try indexProbe(run, table, ix.index, n, b.expr);
    if ((low != null and low.? == .null) or (high != null and high.? == .null)) return false;
    // A descending column stores the range backwards: start at the high bound.
    if (descending[n]) std.mem.swap(?Value, &low, &high);
    state.keys.clearRetainingCapacity();
    state.key_ends.clearRetainingCapacity();
    values[n] = low orelse .null;
    try appendKey(run, state, values[0 .. n + @intFromBool(low != null)], descending[0 .. n + @intFromBool(low != null)]);
    state.has_upper = high != null;
    values[n] = high orelse .null;
    try appendKey(run, state, values[0 .. n + @intFromBool(high != null)], descending[0 .. n + @intFromBool(high != null)]);
    return true;
}

/// Decodes the cursor's row into the source's slots: the columns the core reads, then the
/// rowid. Values point into the pinned page (or the level's payload copy).
fn bindTableRow(run: *CoreRun, level: usize, state: *Level, entry: BTree.Entry) Error!void {
    const source = &run.core.sources[level];
    const table = source.data.table;
    const cursor = state.cursor.?;
    const payload = entry.payload orelse blk: {
        const size = try cursor.payloadSizeBytes();
        try state.payload.resize(run.rt.gpa, size);
        try cursor.readPayload(state.payload.items);
        break :blk state.payload.items;
    };
    const rowid = entry.rowid;
    const slots = run.frame.slots[source.slot_base .. source.slot_base + source.width];
    try decodeColumns(payload, table, rowid, slots, source.columns_needed, source.decode_count);
}

/// Binds a covering access's row from the index key alone (the core reads only its key columns
/// and the rowid, see planner.markCovering); other columns read as NULL, as unread ones do in
/// bindTableRow. TEXT and BLOB values point into the level's payload buffer until the next row.
fn bindIndexRow(run: *CoreRun, source: *const ir.Source, state: *Level) Error!bool {
    const index = source.access.indexRead().?;
    const table = source.data.table;
    assert(source.covering and state.high == null);
    const k = index.columns.len;
    var values: [key_codec.column_count_max]Value = undefined;
    var descending: [key_codec.column_count_max]bool = undefined;
    for (index.columns, descending[0..k]) |index_column, *d| d.* = index_column.descending;
    const key = try state.index_cursor.?.key();
    try state.payload.resize(run.rt.gpa, key.len);
    const rowid = try key_codec.decode(key, descending[0..k], values[0..k], state.payload.items);
    const slots = run.frame.slots[source.slot_base .. source.slot_base + source.width];
    assert(slots.len == table.columns.len + 1);
    @memset(slots, .null);
    for (index.columns, values[0..k]) |index_column, v| slots[index_column.column] = v;
    if (table.rowid_alias) |alias| slots[alias] = .{ .integer = rowid };
    slots[table.columns.len] = .{ .integer = rowid };
    return true;
}

/// Decodes a stored row into `slots` (table width + 1): missing trailing columns are NULL, the
/// rowid alias column and the last slot hold the rowid.
pub fn decodeRow(payload: []const u8, table: *const schema.Table, rowid: i64, slots: []Value) Error!void {
    return decodeColumns(payload, table, rowid, slots, std.math.maxInt(u64), std.math.maxInt(u32));
}

/// decodeRow for the columns in `needed` (bit i = column i; columns from 64 on always) below
/// `count`; other slots are NULL. The record header is walked only as far as `count`, each
/// column checked against the record's bounds (so a bad record is Corrupt, never a bad read).
fn decodeColumns(payload: []const u8, table: *const schema.Table, rowid: i64, slots: []Value, needed: u64, count: u32) Error!void {
    const n = table.columns.len;
    assert(slots.len == n + 1);
    const header = try record.readVarint(payload);
    if (header.value < header.size_bytes or header.value > payload.len) return error.Corrupt;
    const header_end: usize = @intCast(header.value);
    var header_at: usize = header.size_bytes;
    var body_at: usize = header_end;
    const last = @min(n, count);
    var i: usize = 0;
    while (i < last and header_at < header_end) : (i += 1) {
        var serial: u64 = payload[header_at];
        if (serial < 0x80) {
            header_at += 1;
        } else {
            const varint = try record.readVarint(payload[header_at..header_end]);
            serial = varint.value;
            header_at += varint.size_bytes;
        }
        const size = try record.bodySizeBytes(serial);
        if (size > payload.len - body_at) return error.Corrupt;
        const body = payload[body_at..][0..@intCast(size)];
        body_at += @intCast(size);
        const read = i >= 64 or needed & (@as(u64, 1) << @intCast(i)) != 0;
        decodeInto(&slots[i], if (read) serial else 0, body);
    }
    // Columns the row lacks (added later) read as their default; unread ones stay NULL.
    while (i < last) : (i += 1) slots[i] = table.columns[i].missing_value;
    while (i < n) : (i += 1) slots[i] = .null;
    if (table.rowid_alias) |alias| slots[alias] = .{ .integer = rowid };
    slots[n] = .{ .integer = rowid };
}

/// record.decodeBody, storing straight into the slot: building the union in a temporary and
/// copying it stalled on store forwarding (a fifth of the 8-way join's time in profiles).
/// Serial types 10 and 11 never get here (bodySizeBytes rejects them).
inline fn decodeInto(slot: *Value, serial: u64, body: []const u8) void {
    switch (serial) {
        0 => slot.* = .null,
        8 => slot.* = .{ .integer = 0 },
        9 => slot.* = .{ .integer = 1 },
        1...6 => slot.* = .{ .integer = record.decodeInteger(body) },
        7 => slot.* = .{ .real = @bitCast(std.mem.readInt(u64, body[0..8], .little)) },
        10, 11 => unreachable,
        else => if (serial & 1 == 0) {
            slot.* = .{ .blob = body };
        } else {
            slot.* = .{ .text = body };
        },
    }
}

fn emit(run: *CoreRun) Error!void {
    if (run.groups) |groups| return groups.step(run.rt, &run.frame, run.scratch());
    const row = try evalResult(run, &run.frame);
    try output(run, row);
}

fn evalResult(run: *CoreRun, frame: *const Frame) Error![]Value {
    const out = if (run.top_n) |top| top.arena.allocator() else run.out.allocator;
    const row = try out.alloc(Value, run.core.result.len);
    for (run.core.result, 0..) |e, i| {
        row[i] = try value_mod.dupe(out, try eval(run.rt, frame, e, run.scratch()));
    }
    return row;
}

fn output(run: *CoreRun, row: []Value) Error!void {
    if (run.distinct) |*seen| {
        const k = try rowKey(run.out.allocator, row[0..run.core.output_count]);
        const entry = try seen.getOrPut(k);
        if (entry.found_existing) return;
    }
    try run.out.append(row);
    if (run.limit) |limit| {
        if (run.out.items.len >= limit) run.done = true;
    }
    if (run.top_n) |top| {
        if (run.out.items.len >= 2 * top.keep + top_n_slack) try compactTopN(run.rt, top, run.out);
    }
}

fn finishGroups(run: *CoreRun, groups: *aggregate.Groups) Error!void {
    if (groups.count() == 0 and run.core.group_by.len == 0) try groups.addEmpty(run.frame.slots.len);
    var i: usize = 0;
    while (i < groups.count()) : (i += 1) {
        const frame = Frame{
            .slots = groups.representative(i),
            .aggregates = try groups.finalize(run.rt, i, run.scratch()),
            .parent = run.frame.parent,
        };
        if (run.core.having) |having| {
            if (!try isTrue(run.rt, &frame, having, run.scratch())) continue;
        }
        try output(run, try evalResult(run, &frame));
        _ = run.row_arena.reset(.retain_capacity);
    }
}

// ---------------------------------------------------------------------------------------------
// Streaming: a query read row by row.

/// A query whose rows come straight from the cursors, one per `next`, in O(1) memory: one
/// core without grouping, aggregates, DISTINCT or a sort (an ORDER BY an index satisfies was
/// dropped by the planner). LIMIT stops the scan; OFFSET skips rows as they come. A row is
/// valid until the next call (its values may point into pinned pages).
pub const Stream = struct {
    run: CoreRun,
    row: []Value,
    offset: u64,
    remaining: ?u64,
    open: bool,
    /// The result is the core's first slots in order (SELECT of a table's leading columns, as
    /// written): rows are those slots themselves, not copies. Copying each value out of the
    /// slots decodeColumns just wrote cost a store-forwarding stall per column.
    direct: bool,

    pub fn supports(query: *const ir.Query) bool {
        if (query.cores.len != 1 or query.order_by.len > 0) return false;
        const core = query.cores[0];
        return core.values == null and !core.aggregate and !core.distinct;
    }

    /// Memory comes from `rt.arena`; the cursors read `rt.txn`, which must outlive the stream.
    pub fn start(stream: *Stream, rt: *Runtime, query: *const ir.Query) Error!void {
        assert(supports(query));
        const core = query.cores[0];
        stream.open = false;
        try initRun(&stream.run, rt, core, null, rt.arena, rt.arena);
        stream.open = true;
        stream.row = try rt.arena.alloc(Value, query.column_count);
        stream.direct = resultIsLeadingSlots(core, query.column_count);
        stream.offset = 0;
        stream.remaining = null;
        const frame = Frame{ .slots = &.{} };
        if (query.limit) |e| {
            const limit = try limitValue(rt, try eval(rt, &frame, e, rt.arena));
            if (limit >= 0) stream.remaining = @intCast(limit);
        }
        if (query.offset) |e| {
            const offset = try limitValue(rt, try eval(rt, &frame, e, rt.arena));
            if (offset > 0) stream.offset = @intCast(offset);
        }
        if (stream.remaining == 0 or !try preFiltersPass(&stream.run)) stream.run.done = true;
    }

    pub fn next(stream: *Stream) Error!?[]Value {
        assert(stream.open);
        const run = &stream.run;
        if (stream.remaining) |left| if (left == 0) return null;
        // Bounded by the rows the core visits (rows_visited_max).
        while (try nextJoinRow(run)) {
            if (stream.offset > 0) {
                stream.offset -= 1;
                continue;
            }
            if (stream.remaining) |*left| left.* -= 1;
            if (stream.direct) return run.frame.slots[0..stream.row.len];
            for (stream.row, run.core.result[0..stream.row.len]) |*v, e| v.* = try evalQuick(run, e);
            return stream.row;
        }
        return null;
    }

    /// Whether result column i is slot i of this core for every output column.
    fn resultIsLeadingSlots(core: *const ir.Core, column_count: u32) bool {
        assert(core.result.len >= column_count);
        if (column_count > core.slot_count) return false;
        for (core.result[0..column_count], 0..) |e, i| {
            if (e.data != .column) return false;
            const c = e.data.column;
            if (c.up != 0 or c.slot != i) return false;
        }
        return true;
    }

    /// Releases the cursors (their pinned pages); idempotent.
    pub fn close(stream: *Stream) void {
        if (!stream.open) return;
        closeLevels(&stream.run);
        stream.open = false;
    }
};
