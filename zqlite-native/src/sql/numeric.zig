//! Text <-> number conversions with SQLite 3.40's exact arithmetic: the parts of util.c
//! (sqlite3Atoi64, sqlite3AtoF) and printf.c (the floating-point digit generator) that decide what
//! a user sees, so that '12abc' + 0, CAST('1e3' AS INTEGER) and the text of 0.1 match byte for
//! byte.
//!
//! SQLite computes with `long double`, the x87 80-bit format on x86-64 Linux, and its results
//! depend on that rounding (printf('%.20f', 0.3) is "0.29999999999999990000"; '4623497292905810709e192'
//! reads as 4.6234972929058104e+210, one ulp from the correctly rounded value, because 3.40
//! scales by sqlite3Pow10's square-and-multiply). Zig's f80 is the
//! same format, so the algorithms are ported step for step onto f80. Constants that are `double`
//! in C are written `dbl(x)` here: a Zig float literal coerced straight to f80 would round to the
//! nearest f80, not to the nearest f64 as C does.
//!
//! Invariants: every function is total over arbitrary bytes (no UTF-8 or NUL assumptions), does
//! not allocate, and every loop is bounded by the input length or by a constant.
const std = @import("std");
const assert = std.debug.assert;

pub const largest_int64: i64 = std.math.maxInt(i64);
pub const smallest_int64: i64 = std.math.minInt(i64);

/// A C `double` constant promoted to `long double`, as C does.
inline fn dbl(comptime x: f64) f80 {
    return @as(f80, x);
}

/// sqlite3Isspace: the six ASCII white-space bytes.
pub fn isSpace(byte: u8) bool {
    return byte == ' ' or (byte >= '\t' and byte <= '\r');
}

fn isDigit(byte: u8) bool {
    return byte >= '0' and byte <= '9';
}

/// sqlite3Atoi64's verdict on a text.
pub const Atoi = enum {
    /// The whole text (besides surrounding spaces) is an integer that fits in i64.
    exact,
    /// A valid prefix was followed by other text (the prefix's value is returned).
    trailing_text,
    /// Too large for i64 (the value saturates), or malformed.
    overflow,
    /// Exactly "9223372036854775808": fits only as a negative number.
    overflow_by_one,
    /// No digits at all (the value is 0).
    no_digits,
};

pub const AtoiResult = struct { value: i64, verdict: Atoi };

/// sqlite3Atoi64: the integer prefix of `text`, saturating at the i64 bounds.
pub fn atoi64(text: []const u8) AtoiResult {
    var index: usize = 0;
    while (index < text.len and isSpace(text[index])) index += 1;
    var negative = false;
    if (index < text.len and (text[index] == '-' or text[index] == '+')) {
        negative = text[index] == '-';
        index += 1;
    }
    const start = index;
    while (index < text.len and text[index] == '0') index += 1;
    const digits_start = index;
    var magnitude: u64 = 0;
    while (index < text.len and isDigit(text[index])) : (index += 1) {
        magnitude = magnitude *% 10 +% (text[index] - '0');
    }
    const digit_count = index - digits_start;
    assert(index <= text.len);
    var value: i64 = if (magnitude > largest_int64)
        (if (negative) smallest_int64 else largest_int64)
    else if (negative) -@as(i64, @intCast(magnitude)) else @as(i64, @intCast(magnitude));

    var verdict: Atoi = .exact;
    if (digit_count == 0 and start == index) {
        verdict = .no_digits;
    } else if (!allSpace(text[index..])) {
        verdict = .trailing_text;
    }
    if (digit_count < 19) return .{ .value = value, .verdict = verdict };
    const order: std.math.Order = if (digit_count > 19)
        .gt
    else
        std.mem.order(u8, text[digits_start..index], "9223372036854775808");
    if (order == .lt) return .{ .value = value, .verdict = verdict };
    value = if (negative) smallest_int64 else largest_int64;
    if (order == .gt) return .{ .value = value, .verdict = .overflow };
    return .{ .value = value, .verdict = if (negative) verdict else .overflow_by_one };
}

fn allSpace(text: []const u8) bool {
    for (text) |byte| {
        if (!isSpace(byte)) return false;
    }
    return true;
}

/// sqlite3AtoF's verdict: how much of the text is a number.
pub const AtofKind = enum {
    /// Not a number (empty, no digits, or a bare integer prefix followed by other text).
    not_a_number,
    /// A prefix with '.' or an exponent is a number, but other text follows.
    real_prefix,
    /// The whole text is an integer (no '.', no exponent).
    integer,
    /// The whole text is a number with a '.' or an exponent.
    real,
};

pub const AtofResult = struct { value: f64, kind: AtofKind };

/// The pieces sqlite3AtoF gathers before it computes: sign * significand * 10^exponent.
const Decimal = struct {
    negative: bool = false,
    significand: i64 = 0,
    exponent_shift: i32 = 0,
    exponent: i32 = 0,
    exponent_negative: bool = false,
    exponent_valid: bool = true,
    digit_count: u32 = 0,
    /// 1: pure integer, 2: has '.', or exponent, 3: both.
    kind_rank: u8 = 1,
    consumed_all: bool = false,
};

/// sqlite3AtoF: the numeric value of the longest numeric prefix of `text`, and whether the
/// whole text is numeric. Results are bit-identical to SQLite 3.40 on x86-64.
pub fn atof(text: []const u8) AtofResult {
    var index: usize = 0;
    while (index < text.len and isSpace(text[index])) index += 1;
    if (index >= text.len) return .{ .value = 0.0, .kind = .not_a_number };
    var decimal: Decimal = .{};
    index = atofScan(text, index, &decimal);
    decimal.consumed_all = index == text.len;
    assert(index <= text.len);
    const value = atofCompute(decimal);
    const kind: AtofKind = kind: {
        if (decimal.consumed_all and decimal.digit_count > 0 and decimal.exponent_valid) {
            break :kind if (decimal.kind_rank == 1) .integer else .real;
        }
        const has_real_part = decimal.kind_rank >= 2 and
            (decimal.kind_rank == 3 or decimal.exponent_valid);
        if (has_real_part and decimal.digit_count > 0) break :kind .real_prefix;
        break :kind .not_a_number;
    };
    return .{ .value = value, .kind = kind };
}

/// Reads sign, digits, fraction and exponent into `decimal`; returns the index after them
/// (and after trailing spaces). Mirrors sqlite3AtoF's scanning, including its early exits.
fn atofScan(text: []const u8, start: usize, decimal: *Decimal) usize {
    const significand_limit: i64 = @divTrunc(largest_int64 - 9, 10);
    var index = start;
    if (text[index] == '-' or text[index] == '+') {
        decimal.negative = text[index] == '-';
        index += 1;
    }
    while (index < text.len and isDigit(text[index])) {
        decimal.significand = decimal.significand * 10 + (text[index] - '0');
        index += 1;
        decimal.digit_count += 1;
        if (decimal.significand >= significand_limit) {
            while (index < text.len and isDigit(text[index])) : (index += 1) {
                decimal.exponent_shift +|= 1;
            }
        }
    }
    if (index >= text.len) return index;
    if (text[index] == '.') {
        index += 1;
        decimal.kind_rank += 1;
        while (index < text.len and isDigit(text[index])) : (index += 1) {
            if (decimal.significand < significand_limit) {
                decimal.significand = decimal.significand * 10 + (text[index] - '0');
                decimal.exponent_shift -|= 1;
                decimal.digit_count += 1;
            }
        }
    }
    if (index >= text.len) return index;
    if (text[index] == 'e' or text[index] == 'E') {
        index += 1;
        decimal.exponent_valid = false;
        decimal.kind_rank += 1;
        if (index >= text.len) return index;
        if (text[index] == '-' or text[index] == '+') {
            decimal.exponent_negative = text[index] == '-';
            index += 1;
        }
        while (index < text.len and isDigit(text[index])) : (index += 1) {
            const digit: i32 = text[index] - '0';
            decimal.exponent = if (decimal.exponent < 10000) decimal.exponent * 10 + digit else 10000;
            decimal.exponent_valid = true;
        }
    }
    while (index < text.len and isSpace(text[index])) index += 1;
    return index;
}

/// The do_atof_calc half of sqlite3AtoF.
fn atofCompute(decimal: Decimal) f64 {
    var exponent: i32 = (if (decimal.exponent_negative) -decimal.exponent else decimal.exponent) +|
        decimal.exponent_shift;
    const exponent_negative = exponent < 0;
    if (exponent_negative) exponent = -exponent;
    var significand = decimal.significand;
    assert(significand >= 0);
    if (significand == 0) return if (decimal.negative) -0.0 else 0.0;
    while (exponent > 0) : (exponent -= 1) {
        if (!exponent_negative) {
            if (significand >= @divTrunc(largest_int64, 10)) break;
            significand *= 10;
        } else {
            if (@rem(significand, 10) != 0) break;
            significand = @divTrunc(significand, 10);
        }
    }
    if (decimal.negative) significand = -significand;
    if (exponent == 0) return @floatFromInt(significand);
    const s: f80 = @floatFromInt(significand);
    if (exponent > 307) {
        if (exponent >= 342) {
            const sign_real: f64 = if (significand < 0) -1.0 else 1.0;
            return if (exponent_negative) 0.0 * sign_real else std.math.inf(f64) * sign_real;
        }
        const scale = pow10(@intCast(exponent - 308));
        if (exponent_negative) {
            const partial: f64 = @floatCast(s / scale);
            return partial / 1.0e+308;
        }
        const partial: f64 = @floatCast(s * scale);
        return partial * 1.0e+308;
    }
    const scale = pow10(@intCast(exponent));
    return @floatCast(if (exponent_negative) s / scale else s * scale);
}

/// sqlite3Pow10: 10^e by square-and-multiply in long double, rounding as SQLite's does
/// (0 <= e <= 341). The rounding of this product decides the last bit of many conversions.
fn pow10(e: u32) f80 {
    assert(e <= 341);
    var x: f80 = 10.0;
    var r: f80 = 1.0;
    var rest = e;
    while (true) {
        if (rest & 1 != 0) r *= x;
        rest >>= 1;
        if (rest == 0) break;
        x *= x;
    }
    return r;
}

/// doubleToInt64 (vdbemem.c): truncation toward zero, saturating; NaN gives the minimum.
pub fn realToInt64(real: f64) i64 {
    if (std.math.isNan(real)) return smallest_int64;
    if (real <= @as(f64, @floatFromInt(smallest_int64))) return smallest_int64;
    if (real >= @as(f64, @floatFromInt(largest_int64))) return largest_int64;
    return @intFromFloat(real);
}

/// C's (i64)double as x86-64 computes it (cvttsd2si): out-of-range and NaN give the minimum.
/// SQLite relies on this in a few places where the C standard leaves it undefined.
pub fn cTruncate(real: f64) i64 {
    if (std.math.isNan(real)) return smallest_int64;
    if (real >= 9223372036854775808.0 or real < -9223372036854775808.0) return smallest_int64;
    return @intFromFloat(real);
}

/// sqlite3RealSameAsInt: `real` is exactly `integer` and small enough that the integer form
/// loses nothing (|i| < 2^51), or both are zero.
pub fn realSameAsInt(real: f64, integer: i64) bool {
    if (real == 0.0) return true;
    const back: f64 = @floatFromInt(integer);
    const same_bits = @as(u64, @bitCast(real)) == @as(u64, @bitCast(back));
    return same_bits and integer >= -2251799813685248 and integer < 2251799813685248;
}

/// sqlite3IntFloatCompare: exact comparison of an i64 with an f64 (through f80, which holds
/// every i64 exactly). NaN compares as smaller, matching SQLite's x87 behaviour.
pub fn compareIntReal(integer: i64, real: f64) std.math.Order {
    const x: f80 = @floatFromInt(integer);
    const r: f80 = real;
    if (x < r) return .lt;
    if (x > r) return .gt;
    if (x == r) return .eq;
    return .gt;
}

// ---------------------------------------------------------------------------------------------
// Floating-point rendering (printf.c's etFLOAT / etEXP / etGENERIC).

pub const FloatStyle = enum { fixed, exponent, generic };

pub const FloatOptions = struct {
    style: FloatStyle,
    /// Digits after the point (fixed, exponent) or significant digits (generic); 0 or more.
    precision: u32,
    /// '#': keep the point and trailing zeros.
    alternate: bool = false,
    /// '!': 26 significant digits instead of 16, and "1.0" rather than "1".
    alternate2: bool = false,
    /// 0, '+' or ' ' in front of non-negative numbers.
    sign_prefix: u8 = 0,
    /// 'e' or 'E'.
    exponent_char: u8 = 'e',
};

/// An upper bound on the bytes `formatFloat` writes for this precision.
pub fn floatCapacityBytes(precision: u32) usize {
    return @as(usize, precision) + 360 + 15;
}

/// rounder = arRound[precision % 10] * 1e-10^(precision / 10), in double arithmetic as in C.
fn rounderFor(precision: u32) f64 {
    const table = [_]f64{ 5.0e-01, 5.0e-02, 5.0e-03, 5.0e-04, 5.0e-05, 5.0e-06, 5.0e-07, 5.0e-08, 5.0e-09, 5.0e-10 };
    var index: u32 = precision & 0xfff;
    var rounder: f64 = table[index % 10];
    while (index >= 10) : (index -= 10) rounder *= 1.0e-10;
    return rounder;
}

/// et_getdigit: the next decimal digit of `value`, at most `count` significant ones.
fn nextDigit(value: *f80, count: *u32) u8 {
    if (count.* == 0) return '0';
    count.* -= 1;
    const digit: i32 = @intFromFloat(value.*);
    value.* = (value.* - @as(f80, @floatFromInt(digit))) * dbl(10.0);
    assert(digit >= 0 and digit <= 9);
    return @intCast('0' + digit);
}

const Normalized = struct { value: f80, exponent: i32, infinite: bool };

/// Scales a positive value into [1, 10) and counts the powers of ten, as printf.c does.
fn normalize(value_in: f80) Normalized {
    var value = value_in;
    var exponent: i32 = 0;
    if (!(value > 0.0)) return .{ .value = value, .exponent = 0, .infinite = false };
    var scale: f80 = 1.0;
    while (value >= dbl(1e100) * scale and exponent <= 350) {
        scale *= dbl(1e100);
        exponent += 100;
    }
    while (value >= dbl(1e10) * scale and exponent <= 350) {
        scale *= dbl(1e10);
        exponent += 10;
    }
    while (value >= dbl(10.0) * scale and exponent <= 350) {
        scale *= dbl(10.0);
        exponent += 1;
    }
    value /= scale;
    while (value < dbl(1e-8)) {
        value *= dbl(1e8);
        exponent -= 8;
    }
    while (value < dbl(1.0)) {
        value *= dbl(10.0);
        exponent -= 1;
    }
    return .{ .value = value, .exponent = exponent, .infinite = exponent > 350 };
}

/// Writes `real` as SQLite's printf would for %f, %e, %g (and their flags), without width
/// padding. `buffer` must hold `floatCapacityBytes(options.precision)`. Returns the length.
pub fn formatFloat(buffer: []u8, real: f64, options: FloatOptions) usize {
    assert(buffer.len >= floatCapacityBytes(options.precision));
    if (std.math.isNan(real)) {
        @memcpy(buffer[0..3], "NaN");
        return 3;
    }
    var prefix: u8 = options.sign_prefix;
    var value: f80 = real;
    if (real < 0.0) {
        value = -value;
        prefix = '-';
    }
    var precision: u32 = options.precision;
    var style = options.style;
    if (style == .generic and precision > 0) precision -= 1;
    var rounder: f64 = rounderFor(precision);
    if (style == .fixed) {
        const bits: u64 = @bitCast(@as(f64, @floatCast(value)));
        const binary_exponent: i32 = -1023 + @as(i32, @intCast((bits >> 52) & 0x7ff));
        if (@as(i64, precision) + @divTrunc(binary_exponent, 3) < 15) {
            rounder = @floatCast(@as(f80, rounder) + value * dbl(3e-16));
        }
        value += rounder;
    }
    const normalized = normalize(value);
    if (normalized.infinite) return writeInfinity(buffer, prefix);
    value = normalized.value;
    var exponent = normalized.exponent;
    if (style != .fixed) {
        value += rounder;
        if (value >= dbl(10.0)) {
            value *= dbl(0.1);
            exponent += 1;
        }
    }
    var trim_zeros = options.alternate2;
    if (style == .generic) {
        trim_zeros = !options.alternate;
        if (exponent < -4 or exponent > @as(i32, @intCast(precision))) {
            style = .exponent;
        } else {
            precision = @intCast(@as(i32, @intCast(precision)) - exponent);
            style = .fixed;
        }
    }
    return writeDigits(buffer, .{
        .value = value,
        .exponent = exponent,
        .precision = precision,
        .style = style,
        .prefix = prefix,
        .trim_zeros = trim_zeros,
        .options = options,
    });
}

fn writeInfinity(buffer: []u8, prefix: u8) usize {
    var length: usize = 0;
    if (prefix != 0) {
        buffer[0] = prefix;
        length = 1;
    }
    @memcpy(buffer[length .. length + 3], "Inf");
    return length + 3;
}

const DigitPlan = struct {
    value: f80,
    exponent: i32,
    precision: u32,
    style: FloatStyle,
    prefix: u8,
    trim_zeros: bool,
    options: FloatOptions,
};

/// The digit-emitting tail of printf.c's float case.
fn writeDigits(buffer: []u8, plan: DigitPlan) usize {
    assert(plan.style != .generic);
    var value = plan.value;
    var length: usize = 0;
    var significant_left: u32 = if (plan.options.alternate2) 26 else 16;
    var e2: i32 = if (plan.style == .exponent) 0 else plan.exponent;
    var precision: i64 = plan.precision;
    const show_point = precision > 0 or plan.options.alternate or plan.options.alternate2;
    if (plan.prefix != 0) {
        buffer[length] = plan.prefix;
        length += 1;
    }
    if (e2 < 0) {
        buffer[length] = '0';
        length += 1;
    } else {
        while (e2 >= 0) : (e2 -= 1) {
            buffer[length] = nextDigit(&value, &significant_left);
            length += 1;
        }
    }
    if (show_point) {
        buffer[length] = '.';
        length += 1;
    }
    e2 += 1;
    while (e2 < 0) : ({
        precision -= 1;
        e2 += 1;
    }) {
        buffer[length] = '0';
        length += 1;
    }
    while (precision > 0) : (precision -= 1) {
        buffer[length] = nextDigit(&value, &significant_left);
        length += 1;
    }
    if (plan.trim_zeros and show_point) {
        while (buffer[length - 1] == '0') length -= 1;
        if (buffer[length - 1] == '.') {
            if (plan.options.alternate2) {
                buffer[length] = '0';
                length += 1;
            } else {
                length -= 1;
            }
        }
    }
    if (plan.style == .exponent) length += writeExponent(buffer[length..], plan);
    return length;
}

fn writeExponent(buffer: []u8, plan: DigitPlan) usize {
    var exponent = plan.exponent;
    var length: usize = 0;
    buffer[0] = plan.options.exponent_char;
    buffer[1] = if (exponent < 0) '-' else '+';
    length = 2;
    if (exponent < 0) exponent = -exponent;
    assert(exponent < 1000);
    if (exponent >= 100) {
        buffer[length] = @intCast('0' + @divTrunc(exponent, 100));
        length += 1;
        exponent = @rem(exponent, 100);
    }
    buffer[length] = @intCast('0' + @divTrunc(exponent, 10));
    buffer[length + 1] = @intCast('0' + @rem(exponent, 10));
    return length + 2;
}

/// The longest text `realToText` produces ("-2.2250738585072e-308" is 21 bytes).
pub const real_text_bytes_max: usize = 32;

/// The text SQLite gives a REAL (sqlite3VdbeMemStringify: "%!.15g").
pub fn realToText(buffer: *[floatCapacityBytes(15)]u8, real: f64) []const u8 {
    const length = formatFloat(buffer, real, .{ .style = .generic, .precision = 15, .alternate2 = true });
    assert(length <= real_text_bytes_max);
    return buffer[0..length];
}

/// The text of an INTEGER ("%lld").
pub fn intToText(buffer: *[20]u8, integer: i64) []const u8 {
    const text = std.fmt.bufPrint(buffer, "{d}", .{integer}) catch unreachable;
    assert(text.len > 0);
    return text;
}

// ---------------------------------------------------------------------------------------------
// Tests. Expected values come from `sqlite3` 3.40.1 on x86-64.

const testing = std.testing;

test "atoi64 verdicts and saturation" {
    const Case = struct { text: []const u8, value: i64, verdict: Atoi };
    const cases = [_]Case{
        .{ .text = "12", .value = 12, .verdict = .exact },
        .{ .text = "  -12  ", .value = -12, .verdict = .exact },
        .{ .text = "12abc", .value = 12, .verdict = .trailing_text },
        .{ .text = "1e3", .value = 1, .verdict = .trailing_text },
        .{ .text = "", .value = 0, .verdict = .no_digits },
        .{ .text = "-", .value = 0, .verdict = .no_digits },
        .{ .text = "000", .value = 0, .verdict = .exact },
        .{ .text = "9223372036854775807", .value = largest_int64, .verdict = .exact },
        .{ .text = "9223372036854775808", .value = largest_int64, .verdict = .overflow_by_one },
        .{ .text = "-9223372036854775808", .value = smallest_int64, .verdict = .exact },
        .{ .text = "-9223372036854775809", .value = smallest_int64, .verdict = .overflow },
        .{ .text = "99999999999999999999999", .value = largest_int64, .verdict = .overflow },
        .{ .text = "0x10", .value = 0, .verdict = .trailing_text },
    };
    for (cases) |case| {
        const result = atoi64(case.text);
        testing.expectEqual(case.value, result.value) catch |err| {
            std.debug.print("atoi64({s})\n", .{case.text});
            return err;
        };
        try testing.expectEqual(case.verdict, result.verdict);
    }
}

test "atof kinds and values" {
    const Case = struct { text: []const u8, value: f64, kind: AtofKind };
    const cases = [_]Case{
        .{ .text = "12", .value = 12, .kind = .integer },
        .{ .text = " 1.5 ", .value = 1.5, .kind = .real },
        .{ .text = "1e3", .value = 1000, .kind = .real },
        .{ .text = "1.5abc", .value = 1.5, .kind = .real_prefix },
        .{ .text = "12abc", .value = 12, .kind = .not_a_number },
        .{ .text = "1e", .value = 1, .kind = .not_a_number },
        .{ .text = "1.e", .value = 1, .kind = .real_prefix },
        .{ .text = ".", .value = 0, .kind = .not_a_number },
        .{ .text = ".5", .value = 0.5, .kind = .real },
        .{ .text = "5.", .value = 5, .kind = .real },
        .{ .text = "abc", .value = 0, .kind = .not_a_number },
        .{ .text = "-0.0", .value = -0.0, .kind = .real },
        .{ .text = "1e400", .value = std.math.inf(f64), .kind = .real },
        .{ .text = "1e-400", .value = 0.0, .kind = .real },
        .{ .text = "0.1", .value = 0.1, .kind = .real },
        .{ .text = "1.7976931348623157e308", .value = 1.7976931348623157e308, .kind = .real },
    };
    for (cases) |case| {
        const result = atof(case.text);
        testing.expectEqual(case.value, result.value) catch |err| {
            std.debug.print("atof({s})\n", .{case.text});
            return err;
        };
        try testing.expectEqual(case.kind, result.kind);
    }
}

test "realToInt64 saturates and truncates" {
    try testing.expectEqual(@as(i64, 3), realToInt64(3.9));
    try testing.expectEqual(@as(i64, -3), realToInt64(-3.9));
    try testing.expectEqual(largest_int64, realToInt64(1e19));
    try testing.expectEqual(smallest_int64, realToInt64(-1e19));
    try testing.expectEqual(largest_int64, realToInt64(std.math.inf(f64)));
}

test "compareIntReal is exact beyond 2^53" {
    try testing.expectEqual(std.math.Order.lt, compareIntReal(9007199254740992, 9007199254740993.0 + 2.0));
    try testing.expectEqual(std.math.Order.gt, compareIntReal(9007199254740993, 9007199254740992.0));
    try testing.expectEqual(std.math.Order.eq, compareIntReal(1, 1.0));
    try testing.expectEqual(std.math.Order.lt, compareIntReal(largest_int64, 9223372036854775808.0));
}

test "reals render byte for byte as sqlite3 does (211 literals, 6 formats)" {
    const reals = @import("testdata_reals.zig").reals;
    var buffer: [floatCapacityBytes(20)]u8 = undefined;
    var failures: u32 = 0;
    for (reals) |row| {
        const parsed = atof(row[0]);
        try testing.expect(parsed.kind == .real);
        const formats = [_]FloatOptions{
            .{ .style = .generic, .precision = 15, .alternate2 = true },
            .{ .style = .fixed, .precision = 20 },
            .{ .style = .generic, .precision = 20, .alternate2 = true },
            .{ .style = .exponent, .precision = 6 },
            .{ .style = .generic, .precision = 6 },
            .{ .style = .fixed, .precision = 3 },
        };
        for (formats, 1..) |options, column| {
            const length = formatFloat(&buffer, parsed.value, options);
            if (!std.mem.eql(u8, row[column], buffer[0..length])) {
                failures += 1;
                std.debug.print("{s} format {d}: want {s} got {s}\n", .{ row[0], column, row[column], buffer[0..length] });
            }
        }
    }
    try testing.expectEqual(@as(u32, 0), failures);
}
