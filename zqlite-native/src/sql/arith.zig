//! Arithmetic, bit and string operators on values, as SQLite's OP_Add ... OP_Concat do.
//!
//! Operands are first read numerically (value.arithmeticOperand: '12abc' is 12, 'abc' is 0,
//! '1.5x' is 1.5, blobs like text). Integer + - * stay integers unless they overflow, in which
//! case the operation is redone in reals; integer / truncates toward zero; x / 0 and x % 0 are
//! NULL; a real result that is NaN (Inf - Inf) is NULL. % on reals works on the operands' integer
//! parts and yields a real. Unary minus is `0 - x` (so -(-9223372036854775808) is a real, and
//! -0.0 is 0.0). Any NULL operand gives NULL. Bit operators read operands as integers
//! (sqlite3VdbeIntValue) and never overflow; shifts by 64 or more (either way) give 0 or -1.
const std = @import("std");
const assert = std.debug.assert;
const value_mod = @import("value.zig");
const numeric = @import("numeric.zig");

const Value = value_mod.Value;
const Error = value_mod.Error;

pub const ArithmeticOp = enum { add, subtract, multiply, divide, remainder };

/// `left <op> right` for + - * / %.
pub fn arithmetic(op: ArithmeticOp, left: Value, right: Value) Value {
    const l = value_mod.arithmeticOperand(left);
    const r = value_mod.arithmeticOperand(right);
    if (l == .null or r == .null) return .null;
    assert(l != .text and l != .blob and r != .text and r != .blob);
    if (l == .integer and r == .integer) {
        if (integerArithmetic(op, l.integer, r.integer)) |result| return result;
    }
    return realArithmetic(op, l, r, left, right);
}

/// The integer case; null means "overflowed: redo in reals".
fn integerArithmetic(op: ArithmeticOp, l: i64, r: i64) ?Value {
    switch (op) {
        .add => {
            const sum, const overflow = @addWithOverflow(l, r);
            return if (overflow == 0) .{ .integer = sum } else null;
        },
        .subtract => {
            const difference, const overflow = @subWithOverflow(l, r);
            return if (overflow == 0) .{ .integer = difference } else null;
        },
        .multiply => {
            const product, const overflow = @mulWithOverflow(l, r);
            return if (overflow == 0) .{ .integer = product } else null;
        },
        .divide => {
            if (r == 0) return .null;
            if (r == -1 and l == numeric.smallest_int64) return null;
            return .{ .integer = @divTrunc(l, r) };
        },
        .remainder => {
            if (r == 0) return .null;
            const divisor = if (r == -1) 1 else r;
            return .{ .integer = @rem(l, divisor) };
        },
    }
}

/// `l` and `r` are the numeric readings; % reads the original operands as integers again, as
/// SQLite does (so '1e3' % 7 is 1 % 7: the text's integer prefix, not 1000).
fn realArithmetic(op: ArithmeticOp, l: Value, r: Value, left: Value, right: Value) Value {
    const a = value_mod.toReal(l);
    const b = value_mod.toReal(r);
    const result: f64 = switch (op) {
        .add => a + b,
        .subtract => a - b,
        .multiply => a * b,
        .divide => if (b == 0.0) return .null else a / b,
        .remainder => remainder: {
            const dividend = value_mod.toInt64(left);
            const divisor = value_mod.toInt64(right);
            if (divisor == 0) return .null;
            const safe_divisor = if (divisor == -1) 1 else divisor;
            break :remainder @floatFromInt(@rem(dividend, safe_divisor));
        },
    };
    if (std.math.isNan(result)) return .null;
    assert(!std.math.isNan(result));
    return .{ .real = result };
}

/// Unary minus: `0 - operand`.
pub fn negate(operand: Value) Value {
    return arithmetic(.subtract, .{ .integer = 0 }, operand);
}

/// Unary plus is the identity in SQLite (no numeric conversion).
pub fn plus(operand: Value) Value {
    return operand;
}

pub const BitOp = enum { bit_and, bit_or, shift_left, shift_right };

/// `left & right`, `|`, `<<`, `>>`. A negative shift shifts the other way.
pub fn bitwise(op: BitOp, left: Value, right: Value) Value {
    if (left == .null or right == .null) return .null;
    const a = value_mod.toInt64(left);
    const b = value_mod.toInt64(right);
    return .{ .integer = switch (op) {
        .bit_and => a & b,
        .bit_or => a | b,
        .shift_left => shift(a, b, true),
        .shift_right => shift(a, b, false),
    } };
}

fn shift(a: i64, amount_in: i64, left_in: bool) i64 {
    if (amount_in == 0) return a;
    var left = left_in;
    var amount = amount_in;
    if (amount < 0) {
        left = !left;
        amount = if (amount > -64) -amount else 64;
    }
    assert(amount > 0);
    if (amount >= 64) return if (a >= 0 or left) 0 else -1;
    const count: u6 = @intCast(amount);
    if (left) return @bitCast(@as(u64, @bitCast(a)) << count);
    return a >> count;
}

/// `~operand`.
pub fn bitNot(operand: Value) Value {
    if (operand == .null) return .null;
    return .{ .integer = ~value_mod.toInt64(operand) };
}

/// `left || right`: both rendered as text (blob bytes as they are), NULL if either is NULL.
pub fn concat(allocator: std.mem.Allocator, left: Value, right: Value) Error!Value {
    var left_buffer: value_mod.TextBuffer = undefined;
    var right_buffer: value_mod.TextBuffer = undefined;
    const l = value_mod.textOf(left, &left_buffer) orelse return .null;
    const r = value_mod.textOf(right, &right_buffer) orelse return .null;
    try value_mod.checkSize(@as(u64, l.len) + r.len);
    const joined = try std.mem.concat(allocator, u8, &.{ l, r });
    assert(joined.len == l.len + r.len);
    return .{ .text = joined };
}

// ---------------------------------------------------------------------------------------------
// Tests. Expected values come from `sqlite3` 3.40.1 (the query is quoted above each table).

const testing = std.testing;
const expectValue = value_mod.expectValue;
const min64 = numeric.smallest_int64;
const max64 = numeric.largest_int64;

test "arithmetic matches sqlite3" {
    // select 5.5 % 2, 5 % 2.5, -7 % 3, 7 % -3, -9223372036854775808 % -1,
    //   -9223372036854775808 / -1, 1/0, 1%0, 1.0/0, 'abc'+1, '12abc'*2, x'3132'+1,
    //   9223372036854775807+1, 5 % 0.5, 7/2, -7/2, 7.0/2, '1e3'+0, ' 5 '+0, x''+1, 5 % 2.7,
    //   1e308*10, 9223372036854775807*2, '9223372036854775808'+0, '9223372036854775807'+0,
    //   1 % -1, 1e308*10 - 1e308*10
    const Case = struct { op: ArithmeticOp, l: Value, r: Value, out: Value };
    const cases = [_]Case{
        .{ .op = .remainder, .l = .{ .real = 5.5 }, .r = .{ .integer = 2 }, .out = .{ .real = 1.0 } },
        .{ .op = .remainder, .l = .{ .integer = 5 }, .r = .{ .real = 2.5 }, .out = .{ .real = 1.0 } },
        .{ .op = .remainder, .l = .{ .integer = -7 }, .r = .{ .integer = 3 }, .out = .{ .integer = -1 } },
        .{ .op = .remainder, .l = .{ .integer = 7 }, .r = .{ .integer = -3 }, .out = .{ .integer = 1 } },
        .{ .op = .remainder, .l = .{ .integer = min64 }, .r = .{ .integer = -1 }, .out = .{ .integer = 0 } },
        .{ .op = .divide, .l = .{ .integer = min64 }, .r = .{ .integer = -1 }, .out = .{ .real = 9223372036854775808.0 } },
        .{ .op = .divide, .l = .{ .integer = 1 }, .r = .{ .integer = 0 }, .out = .null },
        .{ .op = .remainder, .l = .{ .integer = 1 }, .r = .{ .integer = 0 }, .out = .null },
        .{ .op = .divide, .l = .{ .real = 1.0 }, .r = .{ .integer = 0 }, .out = .null },
        .{ .op = .add, .l = .{ .text = "abc" }, .r = .{ .integer = 1 }, .out = .{ .integer = 1 } },
        .{ .op = .multiply, .l = .{ .text = "12abc" }, .r = .{ .integer = 2 }, .out = .{ .integer = 24 } },
        .{ .op = .add, .l = .{ .blob = "12" }, .r = .{ .integer = 1 }, .out = .{ .integer = 13 } },
        .{ .op = .add, .l = .{ .integer = max64 }, .r = .{ .integer = 1 }, .out = .{ .real = 9223372036854775808.0 } },
        .{ .op = .remainder, .l = .{ .integer = 5 }, .r = .{ .real = 0.5 }, .out = .null },
        .{ .op = .divide, .l = .{ .integer = 7 }, .r = .{ .integer = 2 }, .out = .{ .integer = 3 } },
        .{ .op = .divide, .l = .{ .integer = -7 }, .r = .{ .integer = 2 }, .out = .{ .integer = -3 } },
        .{ .op = .divide, .l = .{ .real = 7.0 }, .r = .{ .integer = 2 }, .out = .{ .real = 3.5 } },
        .{ .op = .add, .l = .{ .text = "1e3" }, .r = .{ .integer = 0 }, .out = .{ .real = 1000.0 } },
        .{ .op = .add, .l = .{ .text = " 5 " }, .r = .{ .integer = 0 }, .out = .{ .integer = 5 } },
        .{ .op = .add, .l = .{ .blob = "" }, .r = .{ .integer = 1 }, .out = .{ .integer = 1 } },
        .{ .op = .remainder, .l = .{ .integer = 5 }, .r = .{ .real = 2.7 }, .out = .{ .real = 1.0 } },
        .{ .op = .multiply, .l = .{ .real = 1e308 }, .r = .{ .integer = 10 }, .out = .{ .real = std.math.inf(f64) } },
        .{ .op = .multiply, .l = .{ .integer = max64 }, .r = .{ .integer = 2 }, .out = .{ .real = 18446744073709551614.0 } },
        .{ .op = .add, .l = .{ .text = "9223372036854775808" }, .r = .{ .integer = 0 }, .out = .{ .real = 9223372036854775808.0 } },
        .{ .op = .add, .l = .{ .text = "9223372036854775807" }, .r = .{ .integer = 0 }, .out = .{ .integer = max64 } },
        .{ .op = .remainder, .l = .{ .integer = 1 }, .r = .{ .integer = -1 }, .out = .{ .integer = 0 } },
        .{ .op = .subtract, .l = .{ .real = std.math.inf(f64) }, .r = .{ .real = std.math.inf(f64) }, .out = .null },
        .{ .op = .subtract, .l = .{ .integer = -9223372036854775807 }, .r = .{ .integer = 1 }, .out = .{ .integer = min64 } },
        .{ .op = .add, .l = .null, .r = .{ .integer = 1 }, .out = .null },
        .{ .op = .divide, .l = .{ .integer = 0 }, .r = .null, .out = .null },
    };
    for (cases, 0..) |case, index| {
        expectValue(case.out, arithmetic(case.op, case.l, case.r)) catch |err| {
            std.debug.print("case {d}\n", .{index});
            return err;
        };
    }
}

test "unary minus, bit operators, concatenation" {
    // select -(-9223372036854775808), 1<<64, 1<<-1, -8>>1, -8>>100, 5 & '3', ~'5x', 1 >> 64,
    //   -1 >> 64, 4 >> -1, 5.9 & 3, 3 | -1.5, ~null, ~1.9, -0.0, -'abc', 2 << 62, 1 << 63
    try expectValue(.{ .real = 9223372036854775808.0 }, negate(.{ .integer = min64 }));
    try expectValue(.{ .real = 0.0 }, negate(.{ .real = 0.0 }));
    try expectValue(.{ .integer = 0 }, negate(.{ .text = "abc" }));
    try expectValue(.null, negate(.null));
    const Case = struct { op: BitOp, l: i64, r: Value, out: i64 };
    const cases = [_]Case{
        .{ .op = .shift_left, .l = 1, .r = .{ .integer = 64 }, .out = 0 },
        .{ .op = .shift_left, .l = 1, .r = .{ .integer = -1 }, .out = 0 },
        .{ .op = .shift_right, .l = -8, .r = .{ .integer = 1 }, .out = -4 },
        .{ .op = .shift_right, .l = -8, .r = .{ .integer = 100 }, .out = -1 },
        .{ .op = .bit_and, .l = 5, .r = .{ .text = "3" }, .out = 1 },
        .{ .op = .shift_right, .l = 1, .r = .{ .integer = 64 }, .out = 0 },
        .{ .op = .shift_right, .l = -1, .r = .{ .integer = 64 }, .out = -1 },
        .{ .op = .shift_right, .l = 4, .r = .{ .integer = -1 }, .out = 8 },
        .{ .op = .bit_or, .l = 3, .r = .{ .real = -1.5 }, .out = -1 },
        .{ .op = .shift_left, .l = 2, .r = .{ .integer = 62 }, .out = min64 },
        .{ .op = .shift_left, .l = 1, .r = .{ .integer = 63 }, .out = min64 },
        .{ .op = .shift_left, .l = 3, .r = .{ .integer = min64 }, .out = 0 },
    };
    for (cases) |case| try expectValue(.{ .integer = case.out }, bitwise(case.op, .{ .integer = case.l }, case.r));
    try expectValue(.{ .integer = 1 }, bitwise(.bit_and, .{ .real = 5.9 }, .{ .integer = 3 }));
    try expectValue(.null, bitwise(.bit_or, .null, .{ .integer = 3 }));
    try expectValue(.{ .integer = -6 }, bitNot(.{ .text = "5x" }));
    try expectValue(.{ .integer = -2 }, bitNot(.{ .real = 1.9 }));
    try expectValue(.null, bitNot(.null));

    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    const a = arena.allocator();
    // select 1 || 2.0, null || 'a', 'a' || x'00' || 'b' (hex: 610062), 1e20 || ''
    try expectValue(.{ .text = "12.0" }, try concat(a, .{ .integer = 1 }, .{ .real = 2.0 }));
    try expectValue(.null, try concat(a, .null, .{ .text = "a" }));
    const ab = try concat(a, try concat(a, .{ .text = "a" }, .{ .blob = "\x00" }), .{ .text = "b" });
    try expectValue(.{ .text = "a\x00b" }, ab);
    try expectValue(.{ .text = "1.0e+20" }, try concat(a, .{ .real = 1e20 }, .{ .text = "" }));
}
