//! Grouping and the aggregate functions count, sum, total, avg, min, max and group_concat (with
//! DISTINCT), as SQLite 3.40 computes them. (No shared aggregates.zig existed when this was
//! written, so the executor carries its own minimal set here.)
//!
//! Groups are found by an order-preserving encoding of the GROUP BY values (key.zig), so 1 and
//! 1.0 fall in one group as in SQLite. Each group keeps a copy of the first row's slots as the
//! representative for bare columns, and one `State` per aggregate call. Everything lives in the
//! allocator given to `init` (the core run's arena): memory grows with the number of groups, not
//! with the number of rows (DISTINCT aggregates also keep each distinct value).
//!
//! sum(): integers add exactly and overflow is an error; any real or non-numeric text makes the
//! result real. avg() and total() are real. Text is read as SQLite's numeric_type reads it.
const std = @import("std");
const assert = std.debug.assert;
const ir = @import("ir.zig");
const value_mod = @import("value.zig");
const compare = @import("compare.zig");
const executor = @import("executor.zig");

const Allocator = std.mem.Allocator;
const Value = ir.Value;
const Error = executor.Error;

const State = struct {
    count: i64 = 0,
    int_sum: i64 = 0,
    real_sum: f64 = 0,
    all_int: bool = true,
    overflow: bool = false,
    best: Value = .null,
    text: std.ArrayListUnmanaged(u8) = .{},
    seen: std.StringHashMapUnmanaged(void) = .{},
};

pub const Groups = struct {
    allocator: Allocator,
    core: *const ir.Core,
    map: std.StringHashMapUnmanaged(u32) = .{},
    representatives: std.ArrayListUnmanaged([]Value) = .{},
    states: std.ArrayListUnmanaged([]State) = .{},

    pub fn init(allocator: Allocator, core: *const ir.Core) Groups {
        assert(core.aggregate);
        return .{ .allocator = allocator, .core = core };
    }

    pub fn count(groups: *const Groups) usize {
        return groups.representatives.items.len;
    }

    pub fn representative(groups: *const Groups, i: usize) []Value {
        return groups.representatives.items[i];
    }

    /// The single group of an aggregate query without GROUP BY over no rows.
    pub fn addEmpty(groups: *Groups, slot_count: usize) Error!void {
        const slots = try groups.allocator.alloc(Value, slot_count);
        @memset(slots, .null);
        try groups.addGroup(slots);
    }

    fn addGroup(groups: *Groups, slots: []Value) Error!void {
        const states = try groups.allocator.alloc(State, groups.core.aggregates.len);
        for (states) |*s| s.* = .{};
        try groups.representatives.append(groups.allocator, slots);
        try groups.states.append(groups.allocator, states);
    }

    /// Adds the frame's current row to its group.
    pub fn step(groups: *Groups, rt: *executor.Runtime, frame: *const executor.Frame, scratch: Allocator) Error!void {
        const index = try groups.findGroup(rt, frame, scratch);
        const states = groups.states.items[index];
        for (groups.core.aggregates, states) |call, *state| {
            var args: [2]Value = .{ .null, .null };
            for (call.args, 0..) |arg, i| args[i] = try executor.eval(rt, frame, arg, scratch);
            try groups.stepOne(rt, call, state, args[0..call.args.len]);
        }
    }

    fn findGroup(groups: *Groups, rt: *executor.Runtime, frame: *const executor.Frame, scratch: Allocator) Error!usize {
        const group_by = groups.core.group_by;
        if (group_by.len == 0 and groups.count() == 1) return 0;
        const values = try scratch.alloc(Value, group_by.len);
        for (group_by, 0..) |e, i| values[i] = try executor.eval(rt, frame, e, scratch);
        const key = try executor.rowKey(scratch, values);
        if (groups.map.get(key)) |found| return found;
        const slots = try groups.allocator.alloc(Value, frame.slots.len);
        for (frame.slots, 0..) |v, i| slots[i] = try value_mod.dupe(groups.allocator, v);
        const index: u32 = @intCast(groups.count());
        try groups.addGroup(slots);
        try groups.map.put(groups.allocator, try groups.allocator.dupe(u8, key), index);
        return index;
    }

    fn stepOne(groups: *Groups, rt: *executor.Runtime, call: ir.AggCall, state: *State, args: []const Value) Error!void {
        _ = rt;
        if (call.kind == .count_star) {
            state.count += 1;
            return;
        }
        const v = args[0];
        if (v == .null) return;
        if (call.distinct) {
            const key = try executor.rowKey(groups.allocator, args[0..1]);
            const entry = try state.seen.getOrPut(groups.allocator, key);
            if (entry.found_existing) return;
        }
        state.count += 1;
        switch (call.kind) {
            .count_star, .count => {},
            .sum, .total, .avg => addNumber(state, v),
            .min => if (state.count == 1 or compare.compareValues(v, state.best, .binary) == .lt) {
                state.best = try value_mod.dupe(groups.allocator, v);
            },
            .max => if (state.count == 1 or compare.compareValues(v, state.best, .binary) == .gt) {
                state.best = try value_mod.dupe(groups.allocator, v);
            },
            .group_concat => {
                if (state.count > 1) {
                    const separator: Value = if (args.len > 1) args[1] else .{ .text = "," };
                    if (try value_mod.toTextAlloc(groups.allocator, separator)) |text| try state.text.appendSlice(groups.allocator, text);
                }
                const text = (try value_mod.toTextAlloc(groups.allocator, v)).?;
                try state.text.appendSlice(groups.allocator, text);
            },
        }
    }

    /// The aggregate values of group `i`, in call order.
    pub fn finalize(groups: *Groups, rt: *executor.Runtime, i: usize, scratch: Allocator) Error![]Value {
        const calls = groups.core.aggregates;
        const out = try scratch.alloc(Value, calls.len);
        for (calls, groups.states.items[i], 0..) |call, *state, j| {
            out[j] = switch (call.kind) {
                .count_star, .count => .{ .integer = state.count },
                .sum => blk: {
                    if (state.count == 0) break :blk .null;
                    if (!state.all_int) break :blk .{ .real = state.real_sum };
                    if (state.overflow) return rt.fail("integer overflow", .{});
                    break :blk .{ .integer = state.int_sum };
                },
                .total => .{ .real = state.real_sum },
                .avg => if (state.count == 0) .null else .{ .real = state.real_sum / @as(f64, @floatFromInt(state.count)) },
                .min, .max => state.best,
                .group_concat => if (state.count == 0) .null else .{ .text = state.text.items },
            };
        }
        return out;
    }
};

fn addNumber(state: *State, v: Value) void {
    const n: Value = switch (v) {
        .text => |t| value_mod.numericAffinityOfText(t, true) orelse v,
        else => v,
    };
    switch (n) {
        .integer => |i| {
            state.real_sum += @floatFromInt(i);
            const sum, const overflowed = @addWithOverflow(state.int_sum, i);
            state.int_sum = sum;
            if (overflowed != 0) state.overflow = true;
        },
        else => {
            state.all_int = false;
            state.real_sum += value_mod.toReal(n);
        },
    }
}
