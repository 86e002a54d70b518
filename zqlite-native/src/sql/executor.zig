//! Runs compiled queries (ir.zig): nested-loop joins over B+tree cursors and materialized
//! derived tables, per-level filters, grouping and aggregation, DISTINCT, sorting, compounds,
//! LIMIT/OFFSET; and evaluates compiled expressions against frames of slots.
//!
//! Memory: a statement execution has a `Runtime` whose `arena` holds what lives for the whole
//! execution (result rows, subquery caches, materialized tables). Each core run has its own
//! arena for frames, cursors and per-row temporaries; it is reset after each row candidate, so a
//! scan allocates nothing that grows with the table. Values read from pages are copied only when
//! they must outlive the cursor position (result rows, group representatives).
//!
//! Result rows are collected, then sorted/limited, then returned as a slice: the caller streams
//! them out one per step. (Streaming straight from cursors without ORDER BY is future work.)
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
const pager = @import("../storage/pager.zig");
const storage_errors = @import("../storage/errors.zig");

const Allocator = std.mem.Allocator;
const Expr = ir.Expr;
const Value = ir.Value;
const BTree = schema.BTree;

pub const Error = storage_errors.Error || value_mod.Error || error{ Runtime, Constraint, Mismatch };

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
// One core: the nested loop.

const Level = struct {
    tree: ?BTree.Tree = null,
    cursor: ?*BTree.Cursor = null,
    index_tree: ?BTree.Tree = null,
    index_cursor: ?*BTree.Cursor = null,
    payload: std.ArrayListUnmanaged(u8) = .{},
    key: std.ArrayListUnmanaged(u8) = .{},
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

    fn scratch(run: *CoreRun) Allocator {
        return run.row_arena.allocator();
    }
};

pub fn runCore(rt: *Runtime, core: *const ir.Core, parent: ?*const Frame, limit: ?u64, out: *std.ArrayList([]Value)) Error!void {
    return runCoreTop(rt, core, parent, limit, null, out);
}

fn runCoreTop(rt: *Runtime, core: *const ir.Core, parent: ?*const Frame, limit: ?u64, top_n: ?TopN, out: *std.ArrayList([]Value)) Error!void {
    if (core.values) |rows| return runValues(rt, rows, parent, out);
    var local = std.heap.ArenaAllocator.init(rt.gpa);
    defer local.deinit();
    const la = local.allocator();
    const slots = try la.alloc(Value, core.slot_count);
    @memset(slots, .null);
    var run = CoreRun{
        .rt = rt,
        .core = core,
        .local = la,
        .frame = .{ .slots = slots, .parent = parent },
        .levels = try la.alloc(Level, core.sources.len),
        .row_arena = std.heap.ArenaAllocator.init(rt.gpa),
        .out = out,
        .limit = if (core.aggregate) null else limit,
        .distinct = if (core.distinct) std.StringHashMap(void).init(la) else null,
        .groups = null,
        .top_n = top_n,
    };
    defer run.row_arena.deinit();
    for (run.levels) |*level| level.* = .{};
    defer closeLevels(&run);
    var groups: aggregate.Groups = undefined;
    if (core.aggregate) {
        groups = aggregate.Groups.init(la, core);
        run.groups = &groups;
    }
    if (try preFiltersPass(&run)) try scanLevel(&run, 0);
    if (core.aggregate) try finishGroups(&run, &groups);
}

fn closeLevels(run: *CoreRun) void {
    for (run.levels) |*level| {
        level.payload.deinit(run.rt.gpa);
        level.key.deinit(run.rt.gpa);
        if (level.cursor) |cursor| cursor.deinit();
        if (level.index_cursor) |cursor| cursor.deinit();
        if (level.tree) |*tree| tree.close();
        if (level.index_tree) |*tree| tree.close();
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

fn scanLevel(run: *CoreRun, level: usize) Error!void {
    if (run.done) return;
    if (level == run.core.sources.len) return emit(run);
    const source = &run.core.sources[level];
    switch (source.data) {
        .query => |m| try scanMaterialized(run, level, m),
        .table => try scanTable(run, level),
    }
}

/// After binding a row at `level`: ON filters decide a LEFT JOIN match; WHERE filters gate.
fn rowAtLevel(run: *CoreRun, level: usize, matched: *bool) Error!void {
    // Nothing bound at this level or outside it lives in the row arena (see the file comment).
    _ = run.row_arena.reset(.retain_capacity);
    run.visited += 1;
    if (run.visited > rows_visited_max) return run.rt.fail("query visits too many rows", .{});
    const source = &run.core.sources[level];
    for (source.on_filters) |filter| {
        if (!try isTrue(run.rt, &run.frame, filter, run.scratch())) return;
    }
    matched.* = true;
    try filtersThenDescend(run, level);
}

fn filtersThenDescend(run: *CoreRun, level: usize) Error!void {
    for (run.core.filters[level]) |filter| {
        if (!try isTrue(run.rt, &run.frame, filter, run.scratch())) return;
    }
    try scanLevel(run, level + 1);
}

/// A LEFT JOIN source that matched no row contributes one row of NULLs.
fn nullRow(run: *CoreRun, level: usize) Error!void {
    const source = &run.core.sources[level];
    @memset(run.frame.slots[source.slot_base .. source.slot_base + source.width], .null);
    try filtersThenDescend(run, level);
}

fn scanMaterialized(run: *CoreRun, level: usize, m: *ir.Materialized) Error!void {
    const rt = run.rt;
    if (m.epoch != rt.epoch) {
        m.rows = try runQuery(rt, m.query, null, null, rt.arena);
        m.epoch = rt.epoch;
    }
    const source = &run.core.sources[level];
    var matched = false;
    for (m.rows) |row| {
        if (run.done) return;
        @memcpy(run.frame.slots[source.slot_base .. source.slot_base + source.width], row);
        try rowAtLevel(run, level, &matched);
    }
    if (source.left_join and !matched) try nullRow(run, level);
}

fn openLevel(run: *CoreRun, level: usize, table: *schema.Table) Error!?*Level {
    const state = &run.levels[level];
    if (state.tree == null) {
        const root = if (table.is_schema) run.rt.txn.schemaRoot() else table.root_page_no;
        if (root == 0) return null;
        state.tree = BTree.Tree.open(run.rt.txn, run.rt.gpa, root, .table);
        const cursor = try run.local.create(BTree.Cursor);
        cursor.init(&state.tree.?);
        state.cursor = cursor;
    }
    return state;
}

fn scanTable(run: *CoreRun, level: usize) Error!void {
    const source = &run.core.sources[level];
    const table = source.data.table;
    var matched = false;
    const state = (try openLevel(run, level, table)) orelse {
        if (source.left_join) try nullRow(run, level);
        return;
    };
    switch (source.access) {
        .scan => try scanRange(run, level, state, null, null, &matched),
        .rowid_eq => |probe| {
            const v = try eval(run.rt, &run.frame, probe, run.scratch());
            if (rowidProbe(v)) |rowid| {
                if (try state.cursor.?.seekRowid(rowid, .eq)) {
                    try bindTableRow(run, level, state);
                    try rowAtLevel(run, level, &matched);
                }
            } else if (!isNumericOrNull(v)) try scanRange(run, level, state, null, null, &matched);
        },
        .rowid_range => |r| {
            const low = if (r.low) |b| rangeBound(try eval(run.rt, &run.frame, b.expr, run.scratch()), true) else Bound.none;
            const high = if (r.high) |b| rangeBound(try eval(run.rt, &run.frame, b.expr, run.scratch()), false) else Bound.none;
            if (low == .empty or high == .empty) {} else {
                const lo: ?i64 = if (low == .at) low.at else null;
                const hi: ?i64 = if (high == .at) high.at else null;
                try scanRange(run, level, state, lo, hi, &matched);
            }
        },
        .rowid_in => |list| try scanRowidList(run, level, state, list, &matched),
        .ordered => |o| if (o.index) |index|
            try scanIndexOrder(run, level, state, index, o.reverse, &matched)
        else
            try scanRowidOrder(run, level, state, o.reverse, &matched),
        .index_eq => |ix| try scanIndex(run, level, state, table, ix.index, ix.values, ix.in_list, &matched),
    }
    if (source.left_join and !matched) try nullRow(run, level);
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

fn scanRange(run: *CoreRun, level: usize, state: *Level, low: ?i64, high: ?i64, matched: *bool) Error!void {
    const cursor = state.cursor.?;
    var more = if (low) |l| try cursor.seekRowid(l, .ge) else try cursor.first();
    while (more and !run.done) : (more = try cursor.next()) {
        if (high) |h| if (try cursor.rowid() > h) break;
        try bindTableRow(run, level, state);
        try rowAtLevel(run, level, matched);
    }
}

fn scanRowidOrder(run: *CoreRun, level: usize, state: *Level, reverse: bool, matched: *bool) Error!void {
    if (!reverse) return scanRange(run, level, state, null, null, matched);
    const cursor = state.cursor.?;
    var more = try cursor.last();
    while (more and !run.done) : (more = try cursor.prev()) {
        try bindTableRow(run, level, state);
        try rowAtLevel(run, level, matched);
    }
}

/// Every row, in the order of an index (backwards when `reverse`).
fn scanIndexOrder(run: *CoreRun, level: usize, state: *Level, index: *schema.Index, reverse: bool, matched: *bool) Error!void {
    if (state.index_tree == null) {
        state.index_tree = BTree.Tree.open(run.rt.txn, run.rt.gpa, index.root_page_no, .index);
        const cursor = try run.local.create(BTree.Cursor);
        cursor.init(&state.index_tree.?);
        state.index_cursor = cursor;
    }
    const icursor = state.index_cursor.?;
    var more = if (reverse) try icursor.last() else try icursor.first();
    while (more and !run.done) : (more = if (reverse) try icursor.prev() else try icursor.next()) {
        const rowid = try icursor.rowid();
        if (!try state.cursor.?.seekRowid(rowid, .eq)) return error.Corrupt;
        try bindTableRow(run, level, state);
        try rowAtLevel(run, level, matched);
    }
}

/// `rowid IN (list)`: each distinct integer the list can equal, in order, sought once.
fn scanRowidList(run: *CoreRun, level: usize, state: *Level, list: []*Expr, matched: *bool) Error!void {
    var rowids = std.ArrayList(i64).init(run.rt.gpa);
    defer rowids.deinit();
    for (list) |e| {
        if (rowidProbe(try eval(run.rt, &run.frame, e, run.scratch()))) |rowid| try rowids.append(rowid);
    }
    std.mem.sort(i64, rowids.items, {}, std.sort.asc(i64));
    var previous: ?i64 = null;
    for (rowids.items) |rowid| {
        if (run.done) return;
        if (previous == rowid) continue;
        previous = rowid;
        if (!try state.cursor.?.seekRowid(rowid, .eq)) continue;
        try bindTableRow(run, level, state);
        try rowAtLevel(run, level, matched);
    }
}

/// Index equality on a prefix (and IN on the next column): the prefixes are encoded into
/// memory this level owns before the first row is read, since rows reset the row arena.
fn scanIndex(run: *CoreRun, level: usize, state: *Level, table: *schema.Table, index: *schema.Index, probes: []*Expr, in_list: ?[]*Expr, matched: *bool) Error!void {
    var values: [key_codec.column_count_max]Value = undefined;
    var descending: [key_codec.column_count_max]bool = undefined;
    for (index.columns, 0..) |index_column, i| descending[i] = index_column.descending;
    for (probes, 0..) |probe, i| values[i] = try indexProbe(run, table, index, i, probe);
    var prefixes = std.ArrayList([]u8).init(run.rt.gpa);
    defer {
        for (prefixes.items) |prefix| run.rt.gpa.free(prefix);
        prefixes.deinit();
    }
    const n = probes.len;
    if (in_list) |list| {
        for (list) |item| {
            values[n] = try indexProbe(run, table, index, n, item);
            try prefixes.append(try encodePrefix(run.rt.gpa, values[0 .. n + 1], descending[0 .. n + 1]));
        }
        std.mem.sort([]u8, prefixes.items, {}, lessBytes);
    } else {
        try prefixes.append(try encodePrefix(run.rt.gpa, values[0..n], descending[0..n]));
    }
    if (state.index_tree == null) {
        state.index_tree = BTree.Tree.open(run.rt.txn, run.rt.gpa, index.root_page_no, .index);
        const cursor = try run.local.create(BTree.Cursor);
        cursor.init(&state.index_tree.?);
        state.index_cursor = cursor;
    }
    for (prefixes.items, 0..) |prefix, i| {
        if (i > 0 and std.mem.eql(u8, prefix, prefixes.items[i - 1])) continue;
        try scanPrefix(run, level, state, prefix, matched);
    }
}

fn indexProbe(run: *CoreRun, table: *schema.Table, index: *schema.Index, i: usize, probe: *Expr) Error!Value {
    const v = try eval(run.rt, &run.frame, probe, run.scratch());
    const affinity = table.columns[index.columns[i].column].affinity;
    return value_mod.applyColumnAffinity(run.scratch(), v, affinity) catch |err| run.rt.valueError(err, &.{});
}

fn encodePrefix(allocator: Allocator, values: []const Value, descending: []const bool) Error![]u8 {
    const buffer = try allocator.alloc(u8, key_codec.encodedSizeBytes(values, false));
    const size = key_codec.encode(values, descending, null, buffer);
    assert(size == buffer.len);
    return buffer;
}

fn lessBytes(_: void, a: []u8, b: []u8) bool {
    return std.mem.order(u8, a, b) == .lt;
}

fn scanPrefix(run: *CoreRun, level: usize, state: *Level, prefix: []const u8, matched: *bool) Error!void {
    const icursor = state.index_cursor.?;
    var more = try icursor.seekKey(prefix, .eq);
    while (more and !run.done) : (more = try icursor.next()) {
        const k = try icursor.key();
        if (@import("../storage/btree.zig").comparePrefix(k, prefix) != .eq) break;
        const rowid = try icursor.rowid();
        if (!try state.cursor.?.seekRowid(rowid, .eq)) return error.Corrupt;
        try bindTableRow(run, level, state);
        try rowAtLevel(run, level, matched);
    }
}

/// Decodes the cursor's row into the source's slots (columns, then rowid).
fn bindTableRow(run: *CoreRun, level: usize, state: *Level) Error!void {
    const source = &run.core.sources[level];
    const table = source.data.table;
    const cursor = state.cursor.?;
    const payload = (try cursor.payloadInPage()) orelse blk: {
        const size = try cursor.payloadSizeBytes();
        try state.payload.resize(run.rt.gpa, size);
        try cursor.readPayload(state.payload.items);
        break :blk state.payload.items;
    };
    const rowid = try cursor.rowid();
    const slots = run.frame.slots[source.slot_base .. source.slot_base + source.width];
    try decodeRow(payload, table, rowid, slots);
}

/// Decodes a stored row into `slots` (table width + 1): missing trailing columns are NULL, the
/// rowid alias column and the last slot hold the rowid.
pub fn decodeRow(payload: []const u8, table: *const schema.Table, rowid: i64, slots: []Value) Error!void {
    const n = table.columns.len;
    assert(slots.len == n + 1);
    const parsed = try record.Record.parse(payload);
    var iterator = parsed.iterate();
    var i: usize = 0;
    while (i < n) : (i += 1) {
        slots[i] = (try iterator.next()) orelse break;
    }
    while (i < n) : (i += 1) slots[i] = table.columns[i].missing_value;
    if (table.rowid_alias) |alias| slots[alias] = .{ .integer = rowid };
    slots[n] = .{ .integer = rowid };
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
