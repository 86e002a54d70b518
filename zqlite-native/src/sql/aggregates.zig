//! Aggregates: the functions count(*), count(x), sum, total, avg, min, max and group_concat,
//! each optionally DISTINCT, as SQLite 3.40 computes them (func.c), and the grouping the executor
//! runs them in (`Groups`). This is the only implementation of both.
//!
//! Functions: `Aggregate.init(allocator, kind, options)` per group, `step(args)` per row,
//! `finalize()` once. All state (copied min/max values, the group_concat text, the DISTINCT set)
//! lives in the allocator given to init, typically a per-statement arena; `deinit` releases it
//! for allocators that free.
//!
//! Semantics: NULL arguments are skipped (count(*) counts rows). sum keeps an exact i64 while
//! every input is an integer and fails with IntegerOverflow if that overflows (unless a real
//! has been seen); any real (or non-numeric text/blob, read as a real) makes it a real sum;
//! NULL if no non-NULL input. total is always a real (0.0 for none); avg is sum/count as a real.
//! Reals are added one by one in plain double arithmetic, in the order rows arrive: 3.40 has no
//! Kahan-Babuska-Neumaier compensation (that came in 3.43), so the last digits of a REAL sum
//! depend on the row order a plan produces. Text that looks numeric counts as that number ('12'
//! is integer 12, '1.0' the real 1.0, as sqlite3_value_numeric_type reads it). min/max use the
//! total order of compare.zig and the first of equal values wins. group_concat joins the text
//! forms with ',' or the separator given on each row after the first.
//!
//! DISTINCT: a value already stepped (equal by the aggregate's collation, so 1 and 1.0 are the
//! same, '1' and 1 are not) is ignored. The set is a hash map whose hash agrees with
//! compare.compareValues equality: integral reals hash as the integer they equal.
//!
//! Grouping: groups are found by the order-preserving key encoding of their GROUP BY values
//! (executor.rowKey), so 1 and 1.0 fall in one group. Bare columns (columns outside any
//! aggregate) follow SQLite's updateAccumulator: they come from the group's first row, unless
//! the query calls min() or max(); then from the row where the last min()/max() call in the
//! select list last took a new extreme (or saw NULL before any value). Memory grows with the
//! number of groups, not rows (DISTINCT aggregates also keep each distinct value).
const std = @import("std");
const assert = std.debug.assert;
const value_mod = @import("value.zig");
const numeric = @import("numeric.zig");
const compare = @import("compare.zig");
const ir = @import("ir.zig");
const executor = @import("executor.zig");

const Value = value_mod.Value;
const Error = value_mod.Error;
const Diagnostic = value_mod.Diagnostic;

pub const Kind = enum { count_star, count, sum, total, avg, min, max, group_concat };

/// The aggregate for a call `name(args)` with `arg_count` arguments, or null if `name` is not an
/// aggregate at that arity (scalar min/max take two or more). A known name with a wrong count
/// sets the diagnostic and fails with WrongArgumentCount.
pub fn lookup(name: []const u8, arg_count: usize, diagnostic: *Diagnostic) Error!?Kind {
    const Entry = struct { name: []const u8, kind: Kind, arity_min: u8, arity_max: u8 };
    const entries = [_]Entry{
        .{ .name = "count", .kind = .count, .arity_min = 0, .arity_max = 1 },
        .{ .name = "sum", .kind = .sum, .arity_min = 1, .arity_max = 1 },
        .{ .name = "total", .kind = .total, .arity_min = 1, .arity_max = 1 },
        .{ .name = "avg", .kind = .avg, .arity_min = 1, .arity_max = 1 },
        .{ .name = "group_concat", .kind = .group_concat, .arity_min = 1, .arity_max = 2 },
    };
    if (std.ascii.eqlIgnoreCase(name, "min") or std.ascii.eqlIgnoreCase(name, "max")) {
        if (arg_count != 1) return null;
        return if (std.ascii.eqlIgnoreCase(name, "min")) .min else .max;
    }
    for (entries) |entry| {
        if (!std.ascii.eqlIgnoreCase(name, entry.name)) continue;
        if (arg_count < entry.arity_min or arg_count > entry.arity_max) {
            diagnostic.function_name = name;
            return error.WrongArgumentCount;
        }
        if (entry.kind == .count and arg_count == 0) return .count_star;
        return entry.kind;
    }
    return null;
}

/// What a row means for the bare columns of its group, as min() and max() decide in SQLite
/// (minmaxStep calls sqlite3SkipAccumulatorLoad when the row is not the new extreme).
pub const BareRow = enum {
    /// Not a min()/max() step (or a DISTINCT duplicate): the decision is left as it was.
    unaffected,
    /// The row is the new extreme, or a NULL before any value: take its bare columns.
    take,
    /// The row did not beat the extreme: keep the bare columns taken before.
    keep,
};

pub const Options = struct {
    distinct: bool = false,
    /// The collation min, max and DISTINCT compare text with.
    collation: compare.Collation = .binary,
};

/// SumCtx: shared by sum, total and avg.
const Sum = struct {
    real_sum: f64 = 0.0,
    integer_sum: i64 = 0,
    count: i64 = 0,
    overflow: bool = false,
    approximate: bool = false,
};

pub const Aggregate = struct {
    allocator: std.mem.Allocator,
    kind: Kind,
    options: Options,
    distinct: ?DistinctSet,
    count: i64 = 0,
    sum: Sum = .{},
    /// min/max: the best value so far (its bytes owned by `allocator`).
    best: ?Value = null,
    /// group_concat: the text so far, or null before the first non-NULL value.
    text: ?std.ArrayList(u8) = null,

    pub fn init(allocator: std.mem.Allocator, kind: Kind, options: Options) Aggregate {
        assert(!(options.distinct and kind == .count_star));
        return .{
            .allocator = allocator,
            .kind = kind,
            .options = options,
            .distinct = if (options.distinct) DistinctSet.init(allocator, options.collation) else null,
        };
    }

    pub fn deinit(aggregate: *Aggregate) void {
        if (aggregate.distinct) |*set| set.deinit();
        if (aggregate.text) |*text| text.deinit();
        if (aggregate.best) |best| freeValue(aggregate.allocator, best);
        aggregate.* = undefined;
    }

    /// Feeds one row, and says what it means for the group's bare columns.
    pub fn step(aggregate: *Aggregate, args: []const Value) Error!BareRow {
        if (aggregate.kind == .count_star) {
            assert(args.len == 0);
            aggregate.count += 1;
            return .unaffected;
        }
        assert(args.len >= 1);
        const extreme = aggregate.kind == .min or aggregate.kind == .max;
        if (args[0] == .null) {
            if (!extreme) return .unaffected;
            return if (aggregate.best == null) .take else .keep;
        }
        if (aggregate.distinct) |*set| {
            if (!try set.insert(args[0])) return .unaffected;
        }
        switch (aggregate.kind) {
            .count_star => unreachable,
            .count => aggregate.count += 1,
            .sum, .total, .avg => stepSum(&aggregate.sum, args[0]),
            .min, .max => return aggregate.stepExtreme(args[0]),
            .group_concat => try aggregate.stepConcat(args),
        }
        return .unaffected;
    }

    fn stepExtreme(aggregate: *Aggregate, arg: Value) Error!BareRow {
        if (aggregate.best) |best| {
            const order = compare.compareValues(best, arg, aggregate.options.collation);
            const better = if (aggregate.kind == .max) order == .lt else order == .gt;
            if (!better) return .keep;
            freeValue(aggregate.allocator, best);
        }
        aggregate.best = try value_mod.dupe(aggregate.allocator, arg);
        assert(aggregate.best.? != .null);
        return .take;
    }

    fn stepConcat(aggregate: *Aggregate, args: []const Value) Error!void {
        var buffer: value_mod.TextBuffer = undefined;
        const first_term = aggregate.text == null;
        if (first_term) aggregate.text = std.ArrayList(u8).init(aggregate.allocator);
        const text = &aggregate.text.?;
        if (!first_term) {
            const separator: ?[]const u8 = if (args.len == 1) "," else value_mod.textOf(args[1], &buffer);
            if (separator) |bytes| try text.appendSlice(bytes);
        }
        try text.appendSlice(value_mod.textOf(args[0], &buffer).?);
        try value_mod.checkSize(text.items.len);
    }

    /// The aggregate's result. The returned bytes live in the aggregate's allocator.
    pub fn finalize(aggregate: *Aggregate) Error!Value {
        return switch (aggregate.kind) {
            .count_star, .count => .{ .integer = aggregate.count },
            .sum => finalizeSum(aggregate.sum),
            .total => .{ .real = aggregate.sum.real_sum },
            .avg => if (aggregate.sum.count == 0)
                .null
            else
                .{ .real = aggregate.sum.real_sum / @as(f64, @floatFromInt(aggregate.sum.count)) },
            .min, .max => aggregate.best orelse .null,
            .group_concat => if (aggregate.text) |text| .{ .text = text.items } else .null,
        };
    }
};

fn freeValue(allocator: std.mem.Allocator, value: Value) void {
    switch (value) {
        .text, .blob => |bytes| allocator.free(bytes),
        else => {},
    }
}

/// sumStep: the argument's numeric type decides integer or real accumulation.
fn stepSum(sum: *Sum, arg: Value) void {
    assert(arg != .null);
    const number: Value = switch (arg) {
        .text => |bytes| value_mod.numericAffinityOfText(bytes, false) orelse arg,
        else => arg,
    };
    sum.count += 1;
    switch (number) {
        .integer => |integer| {
            sum.real_sum += @floatFromInt(integer);
            if (!sum.approximate and !sum.overflow) {
                const result, const overflowed = @addWithOverflow(sum.integer_sum, integer);
                if (overflowed != 0) {
                    sum.approximate = true;
                    sum.overflow = true;
                } else {
                    sum.integer_sum = result;
                }
            }
        },
        else => {
            sum.real_sum += value_mod.toReal(number);
            sum.approximate = true;
        },
    }
}

fn finalizeSum(sum: Sum) Error!Value {
    assert(sum.count >= 0);
    if (sum.count == 0) return .null;
    assert(!sum.overflow or sum.approximate);
    if (sum.overflow) return error.IntegerOverflow;
    if (sum.approximate) return .{ .real = sum.real_sum };
    return .{ .integer = sum.integer_sum };
}

// ---------------------------------------------------------------------------------------------
// DISTINCT.

/// A set of values under compare.compareValues equality for one collation.
pub const DistinctSet = struct {
    map: Map,
    allocator: std.mem.Allocator,
    collation: compare.Collation,

    const HashContext = struct {
        collation: compare.Collation,

        pub fn hash(context: HashContext, key: Value) u64 {
            return hashValue(key, context.collation);
        }

        pub fn eql(context: HashContext, a: Value, b: Value) bool {
            return compare.compareValues(a, b, context.collation) == .eq;
        }
    };

    const Map = std.HashMapUnmanaged(Value, void, HashContext, std.hash_map.default_max_load_percentage);

    pub fn init(allocator: std.mem.Allocator, collation: compare.Collation) DistinctSet {
        return .{ .map = .{}, .allocator = allocator, .collation = collation };
    }

    pub fn deinit(set: *DistinctSet) void {
        var iterator = set.map.keyIterator();
        while (iterator.next()) |key| freeValue(set.allocator, key.*);
        set.map.deinit(set.allocator);
    }

    /// True if the value was not yet in the set (and is now, copied into the allocator).
    pub fn insert(set: *DistinctSet, value: Value) Error!bool {
        const hash_context: HashContext = .{ .collation = set.collation };
        const entry = try set.map.getOrPutContext(set.allocator, value, hash_context);
        if (entry.found_existing) return false;
        errdefer set.map.removeByPtr(entry.key_ptr);
        entry.key_ptr.* = try value_mod.dupe(set.allocator, value);
        assert(set.map.count() > 0);
        return true;
    }

    pub fn count(set: *const DistinctSet) u32 {
        return set.map.count();
    }
};

/// A hash consistent with compareValues equality under `collation`.
pub fn hashValue(value: Value, collation: compare.Collation) u64 {
    var hasher = std.hash.Wyhash.init(0);
    switch (value) {
        .null => hasher.update("n"),
        .integer => |integer| hashInteger(&hasher, integer),
        .real => |real| {
            const integer = numeric.realToInt64(real);
            if (@as(f64, @floatFromInt(integer)) == real and numeric.compareIntReal(integer, real) == .eq) {
                hashInteger(&hasher, integer);
            } else {
                hasher.update("r");
                hasher.update(std.mem.asBytes(&real));
            }
        },
        .text => |bytes| {
            hasher.update("t");
            hashText(&hasher, bytes, collation);
        },
        .blob => |bytes| {
            hasher.update("b");
            hasher.update(bytes);
        },
    }
    return hasher.final();
}

fn hashInteger(hasher: *std.hash.Wyhash, integer: i64) void {
    hasher.update("i");
    hasher.update(std.mem.asBytes(&integer));
}

fn hashText(hasher: *std.hash.Wyhash, bytes: []const u8, collation: compare.Collation) void {
    switch (collation) {
        .binary => hasher.update(bytes),
        .rtrim => hasher.update(std.mem.trimRight(u8, bytes, " ")),
        .nocase => for (bytes) |byte| hasher.update(&.{std.ascii.toLower(byte)}),
    }
}

// ---------------------------------------------------------------------------------------------
// Grouping, for the executor.

/// One group: its aggregates, and the slot values its bare columns read.
const Group = struct {
    /// A copy of the frame's slots at the row the bare columns come from.
    row: []Value,
    /// The text and blob bytes `row` points into, reused each time a row is taken.
    row_bytes: std.ArrayListUnmanaged(u8) = .{},
    aggregates: []Aggregate,
};

pub const Groups = struct {
    allocator: std.mem.Allocator,
    core: *const ir.Core,
    map: std.StringHashMapUnmanaged(u32) = .{},
    groups: std.ArrayListUnmanaged(Group) = .{},
    /// Whether any call is min() or max(), which then choose the bare columns' row.
    extremes: bool,
    /// SQLite's regHit register: the last min()/max() step's verdict. It lives across rows and
    /// groups, as the register does, because a DISTINCT duplicate leaves it untouched.
    bare_row: BareRow = .unaffected,

    /// All memory comes from `allocator` (the core run's arena) and is never freed one by one.
    pub fn init(allocator: std.mem.Allocator, core: *const ir.Core) Groups {
        assert(core.aggregate);
        var extremes = false;
        for (core.aggregates) |call| extremes = extremes or call.kind == .min or call.kind == .max;
        return .{ .allocator = allocator, .core = core, .extremes = extremes };
    }

    pub fn count(groups: *const Groups) usize {
        return groups.groups.items.len;
    }

    /// The slot values group `i`'s bare columns read.
    pub fn representative(groups: *const Groups, i: usize) []Value {
        return groups.groups.items[i].row;
    }

    /// The single group of an aggregate query without GROUP BY over no rows: NULL bare columns.
    pub fn addEmpty(groups: *Groups, slot_count: usize) Error!void {
        assert(groups.count() == 0);
        const group = try groups.addGroup(slot_count);
        @memset(group.row, .null);
    }

    fn addGroup(groups: *Groups, slot_count: usize) Error!*Group {
        const calls = groups.core.aggregates;
        const aggregates = try groups.allocator.alloc(Aggregate, calls.len);
        for (calls, aggregates) |call, *aggregate| {
            const collation = if (call.args.len > 0) call.args[0].collation orelse .binary else .binary;
            aggregate.* = Aggregate.init(groups.allocator, call.kind, .{ .distinct = call.distinct, .collation = collation });
        }
        const row = try groups.allocator.alloc(Value, slot_count);
        try groups.groups.append(groups.allocator, .{ .row = row, .aggregates = aggregates });
        return &groups.groups.items[groups.count() - 1];
    }

    /// Adds the frame's current row to its group.
    pub fn step(groups: *Groups, rt: *executor.Runtime, frame: *const executor.Frame, scratch: std.mem.Allocator) executor.Error!void {
        const found = try groups.findGroup(rt, frame, scratch);
        const group = &groups.groups.items[found.index];
        for (groups.core.aggregates, group.aggregates) |call, *aggregate| {
            var args: [2]Value = .{ .null, .null };
            assert(call.args.len <= args.len);
            for (call.args, 0..) |arg, i| args[i] = try executor.eval(rt, frame, arg, scratch);
            const bare_row = aggregate.step(args[0..call.args.len]) catch |err| return rt.valueError(err, &.{});
            if (bare_row != .unaffected) groups.bare_row = bare_row;
        }
        const take = if (groups.extremes) groups.bare_row != .keep else found.new;
        if (take) try takeRow(groups.allocator, group, frame.slots);
    }

    const Found = struct { index: usize, new: bool };

    fn findGroup(groups: *Groups, rt: *executor.Runtime, frame: *const executor.Frame, scratch: std.mem.Allocator) executor.Error!Found {
        const group_by = groups.core.group_by;
        if (group_by.len == 0 and groups.count() == 1) return .{ .index = 0, .new = false };
        const values = try scratch.alloc(Value, group_by.len);
        for (group_by, 0..) |e, i| values[i] = try executor.eval(rt, frame, e, scratch);
        const key = try executor.rowKey(scratch, values);
        if (groups.map.get(key)) |found| return .{ .index = found, .new = false };
        const index: u32 = @intCast(groups.count());
        _ = try groups.addGroup(frame.slots.len);
        try groups.map.put(groups.allocator, try groups.allocator.dupe(u8, key), index);
        assert(groups.map.count() == groups.count());
        return .{ .index = index, .new = true };
    }

    /// The aggregate values of group `i`, in call order.
    pub fn finalize(groups: *Groups, rt: *executor.Runtime, i: usize, scratch: std.mem.Allocator) executor.Error![]Value {
        const aggregates = groups.groups.items[i].aggregates;
        const out = try scratch.alloc(Value, aggregates.len);
        for (aggregates, out) |*aggregate, *value| {
            value.* = aggregate.finalize() catch |err| return rt.valueError(err, &.{});
        }
        return out;
    }
};

/// Copies `slots` into the group's row, its bytes into the group's reused buffer (sized first, so
/// the slices taken stay valid), so memory stays bounded however often min()/max() move.
fn takeRow(allocator: std.mem.Allocator, group: *Group, slots: []const Value) Error!void {
    assert(group.row.len == slots.len);
    var bytes_total: usize = 0;
    for (slots) |slot| bytes_total += switch (slot) {
        .text, .blob => |bytes| bytes.len,
        else => 0,
    };
    group.row_bytes.clearRetainingCapacity();
    try group.row_bytes.ensureTotalCapacity(allocator, bytes_total);
    for (slots, group.row) |slot, *copy| {
        copy.* = switch (slot) {
            .text => |bytes| .{ .text = appendBytes(&group.row_bytes, bytes) },
            .blob => |bytes| .{ .blob = appendBytes(&group.row_bytes, bytes) },
            else => slot,
        };
    }
    assert(group.row_bytes.items.len == bytes_total);
}

fn appendBytes(buffer: *std.ArrayListUnmanaged(u8), bytes: []const u8) []const u8 {
    const start = buffer.items.len;
    buffer.appendSliceAssumeCapacity(bytes);
    return buffer.items[start..];
}

// ---------------------------------------------------------------------------------------------
// Tests. Expected values come from `sqlite3` 3.40.1.

const testing = std.testing;
const functions = @import("functions.zig");

test "aggregates agree with sqlite3 (212 runs)" {
    // Generated offline: `select typeof(F([DISTINCT] column1 [, column2])), <rendering> from
    // (values ...)` in sqlite3 3.40.1; class null means sqlite3 failed with "integer overflow".
    const Case = struct {
        kind: Kind,
        distinct: bool,
        rows: []const []const []const u8,
        class: ?value_mod.StorageClass,
        want: []const u8,
    };
    const cases = [_]Case{
        .{ .kind = .count, .distinct = false, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .integer, .want = "3" },
        .{ .kind = .count, .distinct = true, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .integer, .want = "3" },
        .{ .kind = .sum, .distinct = false, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .integer, .want = "6" },
        .{ .kind = .sum, .distinct = true, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .integer, .want = "6" },
        .{ .kind = .total, .distinct = false, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .real, .want = "6.0e+00" },
        .{ .kind = .total, .distinct = true, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .real, .want = "6.0e+00" },
        .{ .kind = .avg, .distinct = false, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .real, .want = "2.0e+00" },
        .{ .kind = .avg, .distinct = true, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .real, .want = "2.0e+00" },
        .{ .kind = .min, .distinct = false, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .integer, .want = "1" },
        .{ .kind = .min, .distinct = true, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .integer, .want = "1" },
        .{ .kind = .max, .distinct = false, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .integer, .want = "3" },
        .{ .kind = .max, .distinct = true, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .integer, .want = "3" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .text, .want = "312C322C33" },
        .{ .kind = .group_concat, .distinct = true, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .text, .want = "312C322C33" },
        .{ .kind = .count_star, .distinct = false, .rows = &.{ &.{"1"}, &.{"2"}, &.{"3"} }, .class = .integer, .want = "3" },
        .{ .kind = .count, .distinct = false, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .integer, .want = "3" },
        .{ .kind = .count, .distinct = true, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .integer, .want = "3" },
        .{ .kind = .sum, .distinct = false, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .real, .want = "7.5e+00" },
        .{ .kind = .sum, .distinct = true, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .real, .want = "7.5e+00" },
        .{ .kind = .total, .distinct = false, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .real, .want = "7.5e+00" },
        .{ .kind = .total, .distinct = true, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .real, .want = "7.5e+00" },
        .{ .kind = .avg, .distinct = false, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .real, .want = "2.5e+00" },
        .{ .kind = .avg, .distinct = true, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .real, .want = "2.5e+00" },
        .{ .kind = .min, .distinct = false, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .integer, .want = "1" },
        .{ .kind = .min, .distinct = true, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .integer, .want = "1" },
        .{ .kind = .max, .distinct = false, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .text, .want = "34" },
        .{ .kind = .max, .distinct = true, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .text, .want = "34" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .text, .want = "312C322E352C34" },
        .{ .kind = .group_concat, .distinct = true, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .text, .want = "312C322E352C34" },
        .{ .kind = .count_star, .distinct = false, .rows = &.{ &.{"1"}, &.{"2.5"}, &.{"NULL"}, &.{"'4'"} }, .class = .integer, .want = "4" },
        .{ .kind = .count, .distinct = false, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .integer, .want = "2" },
        .{ .kind = .count, .distinct = true, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .integer, .want = "2" },
        .{ .kind = .sum, .distinct = false, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .real, .want = "1.20000000000000000004e+01" },
        .{ .kind = .sum, .distinct = true, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .real, .want = "1.20000000000000000004e+01" },
        .{ .kind = .total, .distinct = false, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .real, .want = "1.20000000000000000004e+01" },
        .{ .kind = .total, .distinct = true, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .real, .want = "1.20000000000000000004e+01" },
        .{ .kind = .avg, .distinct = false, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .real, .want = "6.0e+00" },
        .{ .kind = .avg, .distinct = true, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .real, .want = "6.0e+00" },
        .{ .kind = .min, .distinct = false, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .text, .want = "3132" },
        .{ .kind = .min, .distinct = true, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .text, .want = "3132" },
        .{ .kind = .max, .distinct = false, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .text, .want = "616263" },
        .{ .kind = .max, .distinct = true, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .text, .want = "616263" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .text, .want = "6162632C3132" },
        .{ .kind = .group_concat, .distinct = true, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .text, .want = "6162632C3132" },
        .{ .kind = .count_star, .distinct = false, .rows = &.{ &.{"'abc'"}, &.{"'12'"}, &.{"NULL"} }, .class = .integer, .want = "3" },
        .{ .kind = .count, .distinct = false, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .integer, .want = "0" },
        .{ .kind = .count, .distinct = true, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .integer, .want = "0" },
        .{ .kind = .sum, .distinct = false, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .null, .want = "" },
        .{ .kind = .sum, .distinct = true, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .null, .want = "" },
        .{ .kind = .total, .distinct = false, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .real, .want = "0.0e+00" },
        .{ .kind = .total, .distinct = true, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .real, .want = "0.0e+00" },
        .{ .kind = .avg, .distinct = false, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .null, .want = "" },
        .{ .kind = .avg, .distinct = true, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .null, .want = "" },
        .{ .kind = .min, .distinct = false, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .null, .want = "" },
        .{ .kind = .min, .distinct = true, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .null, .want = "" },
        .{ .kind = .max, .distinct = false, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .null, .want = "" },
        .{ .kind = .max, .distinct = true, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .null, .want = "" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .null, .want = "" },
        .{ .kind = .group_concat, .distinct = true, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .null, .want = "" },
        .{ .kind = .count_star, .distinct = false, .rows = &.{ &.{"NULL"}, &.{"NULL"} }, .class = .integer, .want = "2" },
        .{ .kind = .count, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = .integer, .want = "2" },
        .{ .kind = .count, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = .integer, .want = "2" },
        .{ .kind = .sum, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = null, .want = "" },
        .{ .kind = .sum, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = null, .want = "" },
        .{ .kind = .total, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = .real, .want = "9.2233720368547758078e+18" },
        .{ .kind = .total, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = .real, .want = "9.2233720368547758078e+18" },
        .{ .kind = .avg, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = .real, .want = "4.6116860184273879039e+18" },
        .{ .kind = .avg, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = .real, .want = "4.6116860184273879039e+18" },
        .{ .kind = .min, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = .integer, .want = "1" },
        .{ .kind = .min, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = .integer, .want = "1" },
        .{ .kind = .max, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = .integer, .want = "9223372036854775807" },
        .{ .kind = .max, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = .integer, .want = "9223372036854775807" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = .text, .want = "393232333337323033363835343737353830372C31" },
        .{ .kind = .group_concat, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = .text, .want = "393232333337323033363835343737353830372C31" },
        .{ .kind = .count_star, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"} }, .class = .integer, .want = "2" },
        .{ .kind = .count, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = .integer, .want = "3" },
        .{ .kind = .count, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = .integer, .want = "2" },
        .{ .kind = .sum, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = null, .want = "" },
        .{ .kind = .sum, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = null, .want = "" },
        .{ .kind = .total, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = .real, .want = "9.2233720368547758078e+18" },
        .{ .kind = .total, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = .real, .want = "9.2233720368547758078e+18" },
        .{ .kind = .avg, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = .real, .want = "3.07445734561825843194e+18" },
        .{ .kind = .avg, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = .real, .want = "4.6116860184273879039e+18" },
        .{ .kind = .min, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = .integer, .want = "1" },
        .{ .kind = .min, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = .integer, .want = "1" },
        .{ .kind = .max, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = .integer, .want = "9223372036854775807" },
        .{ .kind = .max, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = .integer, .want = "9223372036854775807" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = .text, .want = "393232333337323033363835343737353830372C312C312E30" },
        .{ .kind = .group_concat, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = .text, .want = "393232333337323033363835343737353830372C31" },
        .{ .kind = .count_star, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"1"}, &.{"1.0"} }, .class = .integer, .want = "3" },
        .{ .kind = .count, .distinct = false, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .integer, .want = "3" },
        .{ .kind = .count, .distinct = true, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .integer, .want = "2" },
        .{ .kind = .sum, .distinct = false, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .real, .want = "9.2233720368547758078e+18" },
        .{ .kind = .sum, .distinct = true, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .real, .want = "9.2233720368547758078e+18" },
        .{ .kind = .total, .distinct = false, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .real, .want = "9.2233720368547758078e+18" },
        .{ .kind = .total, .distinct = true, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .real, .want = "9.2233720368547758078e+18" },
        .{ .kind = .avg, .distinct = false, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .real, .want = "3.07445734561825843194e+18" },
        .{ .kind = .avg, .distinct = true, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .real, .want = "4.6116860184273879039e+18" },
        .{ .kind = .min, .distinct = false, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .real, .want = "1.0e+00" },
        .{ .kind = .min, .distinct = true, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .real, .want = "1.0e+00" },
        .{ .kind = .max, .distinct = false, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .integer, .want = "9223372036854775807" },
        .{ .kind = .max, .distinct = true, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .integer, .want = "9223372036854775807" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .text, .want = "312E302C393232333337323033363835343737353830372C31" },
        .{ .kind = .group_concat, .distinct = true, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .text, .want = "312E302C39323233333732303336383534373735383037" },
        .{ .kind = .count_star, .distinct = false, .rows = &.{ &.{"1.0"}, &.{"9223372036854775807"}, &.{"1"} }, .class = .integer, .want = "3" },
        .{ .kind = .count, .distinct = false, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = .integer, .want = "2" },
        .{ .kind = .count, .distinct = true, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = .integer, .want = "2" },
        .{ .kind = .sum, .distinct = false, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = null, .want = "" },
        .{ .kind = .sum, .distinct = true, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = null, .want = "" },
        .{ .kind = .total, .distinct = false, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = .real, .want = "-9.2233720368547758078e+18" },
        .{ .kind = .total, .distinct = true, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = .real, .want = "-9.2233720368547758078e+18" },
        .{ .kind = .avg, .distinct = false, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = .real, .want = "-4.6116860184273879039e+18" },
        .{ .kind = .avg, .distinct = true, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = .real, .want = "-4.6116860184273879039e+18" },
        .{ .kind = .min, .distinct = false, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = .integer, .want = "-9223372036854775808" },
        .{ .kind = .min, .distinct = true, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = .integer, .want = "-9223372036854775808" },
        .{ .kind = .max, .distinct = false, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = .integer, .want = "-1" },
        .{ .kind = .max, .distinct = true, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = .integer, .want = "-1" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = .text, .want = "2D393232333337323033363835343737353830382C2D31" },
        .{ .kind = .group_concat, .distinct = true, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = .text, .want = "2D393232333337323033363835343737353830382C2D31" },
        .{ .kind = .count_star, .distinct = false, .rows = &.{ &.{"-9223372036854775808"}, &.{"-1"} }, .class = .integer, .want = "2" },
        .{ .kind = .count, .distinct = false, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .integer, .want = "6" },
        .{ .kind = .count, .distinct = true, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .integer, .want = "4" },
        .{ .kind = .sum, .distinct = false, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .real, .want = "8.0e+00" },
        .{ .kind = .sum, .distinct = true, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .real, .want = "5.0e+00" },
        .{ .kind = .total, .distinct = false, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .real, .want = "8.0e+00" },
        .{ .kind = .total, .distinct = true, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .real, .want = "5.0e+00" },
        .{ .kind = .avg, .distinct = false, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .real, .want = "1.33333333333333325931e+00" },
        .{ .kind = .avg, .distinct = true, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .real, .want = "1.25e+00" },
        .{ .kind = .min, .distinct = false, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .integer, .want = "1" },
        .{ .kind = .min, .distinct = true, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .integer, .want = "1" },
        .{ .kind = .max, .distinct = false, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .blob, .want = "31" },
        .{ .kind = .max, .distinct = true, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .blob, .want = "31" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .text, .want = "312C312E302C312C312C322C32" },
        .{ .kind = .group_concat, .distinct = true, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .text, .want = "312C312C312C32" },
        .{ .kind = .count_star, .distinct = false, .rows = &.{ &.{"1"}, &.{"1.0"}, &.{"'1'"}, &.{"x'31'"}, &.{"2"}, &.{"NULL"}, &.{"2"} }, .class = .integer, .want = "7" },
        .{ .kind = .count, .distinct = false, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .integer, .want = "7" },
        .{ .kind = .count, .distinct = true, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .integer, .want = "6" },
        .{ .kind = .sum, .distinct = false, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .real, .want = "-3.0e+00" },
        .{ .kind = .sum, .distinct = true, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .real, .want = "-4.0e+00" },
        .{ .kind = .total, .distinct = false, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .real, .want = "-3.0e+00" },
        .{ .kind = .total, .distinct = true, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .real, .want = "-4.0e+00" },
        .{ .kind = .avg, .distinct = false, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .real, .want = "-4.28571428571428547638e-01" },
        .{ .kind = .avg, .distinct = true, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .real, .want = "-6.66666666666666629659e-01" },
        .{ .kind = .min, .distinct = false, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .integer, .want = "-5" },
        .{ .kind = .min, .distinct = true, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .integer, .want = "-5" },
        .{ .kind = .max, .distinct = false, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .blob, .want = "00" },
        .{ .kind = .max, .distinct = true, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .blob, .want = "00" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .text, .want = "622C612C002C312C312E302C2D352C42" },
        .{ .kind = .group_concat, .distinct = true, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .text, .want = "622C612C002C312C2D352C42" },
        .{ .kind = .count_star, .distinct = false, .rows = &.{ &.{"'b'"}, &.{"'a'"}, &.{"x'00'"}, &.{"1"}, &.{"1.0"}, &.{"NULL"}, &.{"-5"}, &.{"'B'"} }, .class = .integer, .want = "8" },
        .{ .kind = .count, .distinct = false, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .integer, .want = "3" },
        .{ .kind = .count, .distinct = true, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .integer, .want = "3" },
        .{ .kind = .sum, .distinct = false, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .real, .want = "6.00000000000000088817e-01" },
        .{ .kind = .sum, .distinct = true, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .real, .want = "6.00000000000000088817e-01" },
        .{ .kind = .total, .distinct = false, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .real, .want = "6.00000000000000088817e-01" },
        .{ .kind = .total, .distinct = true, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .real, .want = "6.00000000000000088817e-01" },
        .{ .kind = .avg, .distinct = false, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .real, .want = "2.00000000000000038857e-01" },
        .{ .kind = .avg, .distinct = true, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .real, .want = "2.00000000000000038857e-01" },
        .{ .kind = .min, .distinct = false, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .real, .want = "1.00000000000000005551e-01" },
        .{ .kind = .min, .distinct = true, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .real, .want = "1.00000000000000005551e-01" },
        .{ .kind = .max, .distinct = false, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .real, .want = "2.99999999999999988897e-01" },
        .{ .kind = .max, .distinct = true, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .real, .want = "2.99999999999999988897e-01" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .text, .want = "302E312C302E322C302E33" },
        .{ .kind = .group_concat, .distinct = true, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .text, .want = "302E312C302E322C302E33" },
        .{ .kind = .count_star, .distinct = false, .rows = &.{ &.{"0.1"}, &.{"0.2"}, &.{"0.3"} }, .class = .integer, .want = "3" },
        .{ .kind = .count, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = .integer, .want = "2" },
        .{ .kind = .count, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = .integer, .want = "1" },
        .{ .kind = .sum, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = null, .want = "" },
        .{ .kind = .sum, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = .integer, .want = "9223372036854775807" },
        .{ .kind = .total, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = .real, .want = "1.84467440737095516156e+19" },
        .{ .kind = .total, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = .real, .want = "9.2233720368547758078e+18" },
        .{ .kind = .avg, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = .real, .want = "9.2233720368547758078e+18" },
        .{ .kind = .avg, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = .real, .want = "9.2233720368547758078e+18" },
        .{ .kind = .min, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = .integer, .want = "9223372036854775807" },
        .{ .kind = .min, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = .integer, .want = "9223372036854775807" },
        .{ .kind = .max, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = .integer, .want = "9223372036854775807" },
        .{ .kind = .max, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = .integer, .want = "9223372036854775807" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = .text, .want = "393232333337323033363835343737353830372C39323233333732303336383534373735383037" },
        .{ .kind = .group_concat, .distinct = true, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = .text, .want = "39323233333732303336383534373735383037" },
        .{ .kind = .count_star, .distinct = false, .rows = &.{ &.{"9223372036854775807"}, &.{"9223372036854775807"} }, .class = .integer, .want = "2" },
        .{ .kind = .count, .distinct = false, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .integer, .want = "3" },
        .{ .kind = .count, .distinct = true, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .integer, .want = "2" },
        .{ .kind = .sum, .distinct = false, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .real, .want = "0.0e+00" },
        .{ .kind = .sum, .distinct = true, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .real, .want = "0.0e+00" },
        .{ .kind = .total, .distinct = false, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .real, .want = "0.0e+00" },
        .{ .kind = .total, .distinct = true, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .real, .want = "0.0e+00" },
        .{ .kind = .avg, .distinct = false, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .real, .want = "0.0e+00" },
        .{ .kind = .avg, .distinct = true, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .real, .want = "0.0e+00" },
        .{ .kind = .min, .distinct = false, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .text, .want = "" },
        .{ .kind = .min, .distinct = true, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .text, .want = "" },
        .{ .kind = .max, .distinct = false, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .text, .want = "61" },
        .{ .kind = .max, .distinct = true, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .text, .want = "61" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .text, .want = "2C612C" },
        .{ .kind = .group_concat, .distinct = true, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .text, .want = "2C61" },
        .{ .kind = .count_star, .distinct = false, .rows = &.{ &.{"''"}, &.{"'a'"}, &.{"''"} }, .class = .integer, .want = "3" },
        .{ .kind = .count, .distinct = false, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .integer, .want = "2" },
        .{ .kind = .count, .distinct = true, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .integer, .want = "2" },
        .{ .kind = .sum, .distinct = false, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .real, .want = "1.0e+00" },
        .{ .kind = .sum, .distinct = true, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .real, .want = "1.0e+00" },
        .{ .kind = .total, .distinct = false, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .real, .want = "1.0e+00" },
        .{ .kind = .total, .distinct = true, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .real, .want = "1.0e+00" },
        .{ .kind = .avg, .distinct = false, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .real, .want = "5.0e-01" },
        .{ .kind = .avg, .distinct = true, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .real, .want = "5.0e-01" },
        .{ .kind = .min, .distinct = false, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .blob, .want = "0102" },
        .{ .kind = .min, .distinct = true, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .blob, .want = "0102" },
        .{ .kind = .max, .distinct = false, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .blob, .want = "31" },
        .{ .kind = .max, .distinct = true, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .blob, .want = "31" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .text, .want = "01022C31" },
        .{ .kind = .group_concat, .distinct = true, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .text, .want = "01022C31" },
        .{ .kind = .count_star, .distinct = false, .rows = &.{ &.{"x'0102'"}, &.{"x'31'"} }, .class = .integer, .want = "2" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{ &.{ "'a'", "'-'" }, &.{ "'b'", "'+'" }, &.{ "NULL", "'*'" }, &.{ "1.5", "NULL" }, &.{ "2", "'|'" }, &.{ "''", "''" } }, .class = .text, .want = "612B62312E357C32" },
        .{ .kind = .group_concat, .distinct = false, .rows = &.{&.{ "'x'", "'-'" }}, .class = .text, .want = "78" },
    };
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    const a = arena.allocator();
    for (cases, 0..) |case, index| {
        errdefer std.debug.print("case {d}: {s} distinct={}\n", .{ index, @tagName(case.kind), case.distinct });
        var aggregate = Aggregate.init(testing.allocator, case.kind, .{ .distinct = case.distinct });
        defer aggregate.deinit();
        for (case.rows) |row| {
            var args: [2]Value = undefined;
            for (row, 0..) |literal, column| args[column] = try functions.literalValue(a, literal);
            const arg_count: usize = if (case.kind == .count_star) 0 else row.len;
            _ = try aggregate.step(args[0..arg_count]);
        }
        const class = case.class orelse {
            try testing.expectError(error.IntegerOverflow, aggregate.finalize());
            continue;
        };
        try functions.expectRendered(class, case.want, try aggregate.finalize());
    }
}

test "aggregate lookup and arity" {
    var diagnostic: Diagnostic = .{};
    try testing.expectEqual(@as(?Kind, .count_star), try lookup("COUNT", 0, &diagnostic));
    try testing.expectEqual(@as(?Kind, .count), try lookup("count", 1, &diagnostic));
    try testing.expectEqual(@as(?Kind, .min), try lookup("min", 1, &diagnostic));
    try testing.expectEqual(@as(?Kind, null), try lookup("min", 2, &diagnostic));
    try testing.expectEqual(@as(?Kind, null), try lookup("upper", 1, &diagnostic));
    try testing.expectError(error.WrongArgumentCount, lookup("sum", 2, &diagnostic));
    var buffer: [128]u8 = undefined;
    try testing.expectEqualStrings(
        "wrong number of arguments to function sum()",
        diagnostic.message(error.WrongArgumentCount, &buffer),
    );
}

test "min/max report the row that became the extreme; DISTINCT honours NOCASE" {
    var aggregate = Aggregate.init(testing.allocator, .max, .{});
    defer aggregate.deinit();
    try testing.expectEqual(BareRow.take, try aggregate.step(&.{.null}));
    try testing.expectEqual(BareRow.take, try aggregate.step(&.{.{ .integer = 1 }}));
    try testing.expectEqual(BareRow.keep, try aggregate.step(&.{.{ .real = 1.0 }}));
    try testing.expectEqual(BareRow.take, try aggregate.step(&.{.{ .text = "a" }}));
    try testing.expectEqual(BareRow.keep, try aggregate.step(&.{.null}));
    try value_mod.expectValue(.{ .text = "a" }, try aggregate.finalize());

    var nocase = Aggregate.init(testing.allocator, .count, .{ .distinct = true, .collation = .nocase });
    defer nocase.deinit();
    for ([_][]const u8{ "abc", "ABC", "aBc", "abd" }) |text| _ = try nocase.step(&.{.{ .text = text }});
    try value_mod.expectValue(.{ .integer = 2 }, try nocase.finalize());
}

test "bare columns and aggregates in queries follow sqlite3 3.40.1" {
    // Expected rows are sqlite3 3.40.1's output for the same statements (-nullvalue NULL).
    const engine_test = @import("engine_test.zig");
    const conn = try engine_test.openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(g INT, a TEXT, b INT, c TEXT COLLATE NOCASE);" ++
        "INSERT INTO t VALUES(1,'x',5,'b'),(1,'y',9,'B'),(1,'z',2,'a'),(2,'p',NULL,NULL)," ++
        "(2,'q',NULL,'c'),(3,'m',1,'A'),(3,'n',1,'a')");
    const Case = struct { sql: []const u8, want: []const u8 };
    const cases = [_]Case{
        // No min()/max(): the group's first row.
        .{ .sql = "SELECT a, count(*) FROM t", .want = "x|7\n" },
        .{ .sql = "SELECT g, a, count(*), sum(b) FROM t GROUP BY g ORDER BY g", .want = "1|x|3|16\n2|p|2|NULL\n3|m|2|2\n" },
        // One min() or max(): the row holding the extreme (the first of equals); an all-NULL
        // group takes its last row, since a NULL before any value does not hold the row.
        .{ .sql = "SELECT g, a, max(b) FROM t GROUP BY g ORDER BY g", .want = "1|y|9\n2|q|NULL\n3|m|1\n" },
        .{ .sql = "SELECT g, a, min(b) FROM t GROUP BY g ORDER BY g", .want = "1|z|2\n2|q|NULL\n3|m|1\n" },
        .{ .sql = "SELECT a, max(b) FROM t", .want = "y|9\n" },
        .{ .sql = "SELECT a, min(b) FROM t", .want = "m|1\n" },
        // Several: the last min()/max() call decides, HAVING's included.
        .{ .sql = "SELECT g, a, min(b), max(b) FROM t GROUP BY g ORDER BY g", .want = "1|y|2|9\n2|q|NULL|NULL\n3|m|1|1\n" },
        .{ .sql = "SELECT g, a, max(b), min(b) FROM t GROUP BY g ORDER BY g", .want = "1|z|9|2\n2|q|NULL|NULL\n3|m|1|1\n" },
        .{ .sql = "SELECT g, a FROM t GROUP BY g HAVING max(b) > 1 ORDER BY g", .want = "1|y\n" },
        // No rows: one group of NULL bare columns.
        .{ .sql = "SELECT a, count(*) FROM t WHERE 0", .want = "NULL|0\n" },
        .{ .sql = "SELECT a, max(b) FROM t WHERE 0", .want = "NULL|NULL\n" },
        // The column's collation orders min/max and decides DISTINCT.
        .{ .sql = "SELECT max(c), min(c), count(DISTINCT c), a FROM t", .want = "c|a|3|z\n" },
        // A DISTINCT duplicate leaves the previous row's verdict standing.
        .{ .sql = "SELECT g, max(DISTINCT b), a FROM t GROUP BY g ORDER BY g", .want = "1|9|y\n2|NULL|q\n3|1|n\n" },
        // Text is read as sqlite3_value_numeric_type reads it: '1.0' stays a real.
        .{ .sql = "SELECT typeof(sum('1.0')), typeof(sum('2')), typeof(total('x')), avg('4') FROM t WHERE g = 1", .want = "real|integer|real|4\n" },
    };
    for (cases) |case| {
        errdefer std.debug.print("query: {s}\n", .{case.sql});
        try engine_test.expectQuery(conn, case.sql, case.want);
    }
}
