//! Order-preserving index keys: (key columns..., rowid) encoded so that `std.mem.order` on two
//! encoded keys gives SQLite's ordering. Format: docs/zqlite-file-format.md section 7.
//!
//! A key is `column* trailer rowid`:
//! - column: a tag byte then a body, every byte inverted (x ^ 0xFF) when the column is DESC.
//!   NULL 0x05 (no body) < numbers 0x10..0x14 < TEXT 0x20 < BLOB 0x30.
//!   Numbers, INTEGER and REAL alike, are one canonical form so 1 and 1.0 encode identically and
//!   i64 vs f64 compare exactly: 0x10 -inf, 0x11 negative, 0x12 zero (also -0.0), 0x13 positive,
//!   0x14 +inf. A finite non-zero value is |v| = 1.f * 2^e, written as u16 big-endian (e + 1100)
//!   then the 64 fraction bits f after the leading 1, big-endian (i64 needs 63 of them, f64 52);
//!   for negatives those 10 bytes are inverted, so larger magnitudes sort first.
//!   TEXT and BLOB: the bytes with 0x00 escaped as 0x00 0xFF, then the terminator 0x00 0x01, so
//!   binary (memcmp) order holds, including embedded zeros and prefixes, and no column encoding is
//!   a prefix of another (which is what makes the DESC inversion order-reversing).
//! - trailer: one bit per numeric column, most significant bit first, 1 = REAL, padded with zero
//!   bits to whole bytes (no bytes when the key has no numeric column). It lets `decode` give back
//!   1.0 as REAL; it only breaks ties between keys whose columns are equal, before the rowid.
//! - rowid: 8 bytes big-endian of (rowid XOR 1 << 63), so signed order is byte order.
//! A NaN is encoded as NULL (SQLite stores NaN as NULL).
//!
//! Prefix keys (`encode` with rowid null) have neither trailer nor rowid: they are the search
//! targets for prefix seeks, since every full key with those column values starts with them.
//! Decoding is a pure function of the bytes: malformed keys are error.Corrupt, never a crash.
const std = @import("std");
const builtin = @import("builtin");
const assert = std.debug.assert;
const errors = @import("errors.zig");
const Value = @import("record.zig").Value;

pub const tag_null: u8 = 0x05;
pub const tag_negative_infinity: u8 = 0x10;
pub const tag_negative: u8 = 0x11;
pub const tag_zero: u8 = 0x12;
pub const tag_positive: u8 = 0x13;
pub const tag_positive_infinity: u8 = 0x14;
pub const tag_text: u8 = 0x20;
pub const tag_blob: u8 = 0x30;

pub const rowid_size_bytes: u32 = 8;
pub const number_body_size_bytes: u32 = 10;
const exponent_bias: i32 = 1100;
const exponent_min: i32 = -1074; // Smallest f64 subnormal.
const exponent_max: i32 = 1023;
/// Index keys have at most this many columns (plus the rowid).
pub const column_count_max: u32 = 64;

comptime {
    std.debug.assert(exponent_min + exponent_bias > 0);
    std.debug.assert(exponent_max + exponent_bias < std.math.maxInt(u16));
    std.debug.assert(tag_null < tag_negative_infinity and tag_positive_infinity < tag_text);
    std.debug.assert(tag_text < tag_blob);
}

/// A finite non-zero number as sign, binary exponent and the fraction bits after the leading 1.
const Number = struct { negative: bool, exponent: i32, fraction: u64 };

fn numberFromInteger(integer: i64) Number {
    std.debug.assert(integer != 0);
    const magnitude: u64 = @abs(integer);
    const exponent: u6 = @intCast(63 - @clz(magnitude));
    const fraction: u64 = if (exponent == 0) 0 else magnitude << @intCast(@as(u7, 64) - exponent);
    return .{ .negative = integer < 0, .exponent = exponent, .fraction = fraction };
}

fn numberFromReal(real: f64) Number {
    std.debug.assert(real != 0 and std.math.isFinite(real));
    const bits: u64 = @bitCast(real);
    const exponent_field: i32 = @intCast((bits >> 52) & 0x7ff);
    const mantissa: u64 = bits & ((1 << 52) - 1);
    if (exponent_field != 0) {
        return .{ .negative = real < 0, .exponent = exponent_field - 1023, .fraction = mantissa << 12 };
    }
    const leading_zeros: u6 = @intCast(@clz(mantissa));
    const exponent: i32 = (63 - @as(i32, leading_zeros)) - 1074;
    return .{ .negative = real < 0, .exponent = exponent, .fraction = (mantissa << leading_zeros) << 1 };
}

fn isNumber(value: Value) bool {
    return switch (value) {
        .integer => true,
        .real => |real| !std.math.isNan(real),
        else => false,
    };
}

pub fn columnSizeBytes(value: Value) u32 {
    return switch (value) {
        .null => 1,
        .integer => |integer| if (integer == 0) 1 else 1 + number_body_size_bytes,
        .real => |real| if (std.math.isNan(real) or real == 0 or std.math.isInf(real))
            1
        else
            1 + number_body_size_bytes,
        .text, .blob => |bytes| 1 + @as(u32, @intCast(bytes.len + zeroCount(bytes))) + 2,
    };
}

/// Zero bytes in `bytes` (each is escaped as 0x00 0xff), 32 at a time: sizing a 64-byte text
/// key byte by byte was about 2% of a JDBC batch insert.
fn zeroCount(bytes: []const u8) usize {
    const lanes = 32;
    const Chunk = @Vector(lanes, u8);
    var zeros: usize = 0;
    var at: usize = 0;
    while (at + lanes <= bytes.len) : (at += lanes) {
        const chunk: Chunk = bytes[at..][0..lanes].*;
        const is_zero = chunk == @as(Chunk, @splat(0));
        zeros += @popCount(@as(u32, @bitCast(is_zero)));
    }
    for (bytes[at..]) |byte| zeros += @intFromBool(byte == 0);
    assert(zeros <= bytes.len);
    return zeros;
}

fn trailerSizeBytes(values: []const Value) u32 {
    var numbers: u32 = 0;
    for (values) |value| numbers += @intFromBool(isNumber(value));
    return (numbers + 7) / 8;
}

/// Bytes a full key has after its columns (the trailer and the rowid): a full key's prefix key
/// is its first `key.len - suffixSizeBytes(values)` bytes.
pub fn suffixSizeBytes(values: []const Value) u32 {
    return trailerSizeBytes(values) + rowid_size_bytes;
}

/// Size of the encoded key: a full key when `with_rowid`, else a prefix key.
pub fn encodedSizeBytes(values: []const Value, with_rowid: bool) u32 {
    std.debug.assert(values.len <= column_count_max);
    var size: u32 = 0;
    for (values) |value| size += columnSizeBytes(value);
    if (with_rowid) size += trailerSizeBytes(values) + rowid_size_bytes;
    return size;
}

/// Encodes a full key (rowid given) or a prefix key (rowid null) into `buffer`; returns its size.
/// `descending[i]` inverts column i's order; it must be as long as `values`.
pub fn encode(values: []const Value, descending: []const bool, rowid: ?i64, buffer: []u8) u32 {
    std.debug.assert(values.len == descending.len);
    // Callers size `buffer` with encodedSizeBytes, which walks every text value: checking that
    // again here cost as much as the encoding, so only Debug builds (the tests) do. Elsewhere
    // the slicing below is still bounds-checked in safe builds.
    if (builtin.mode == .Debug) std.debug.assert(buffer.len >= encodedSizeBytes(values, rowid != null));
    var at: u32 = 0;
    for (values, descending) |value, desc| {
        const size = encodeColumn(value, buffer[at..]);
        if (desc) invert(buffer[at .. at + size]);
        at += size;
    }
    if (rowid) |id| {
        at += encodeTrailer(values, buffer[at..]);
        std.mem.writeInt(u64, buffer[at..][0..8], @as(u64, @bitCast(id)) ^ (1 << 63), .big);
        at += rowid_size_bytes;
    }
    std.debug.assert(at <= buffer.len);
    return at;
}

fn invert(bytes: []u8) void {
    for (bytes) |*byte| byte.* ^= 0xff;
}

fn encodeColumn(value: Value, buffer: []u8) u32 {
    switch (value) {
        .null => {
            buffer[0] = tag_null;
            return 1;
        },
        .integer => |integer| {
            if (integer == 0) return encodeTag(buffer, tag_zero);
            return encodeNumber(numberFromInteger(integer), buffer);
        },
        .real => |real| {
            if (std.math.isNan(real)) return encodeTag(buffer, tag_null);
            if (real == 0) return encodeTag(buffer, tag_zero);
            if (std.math.isInf(real)) {
                return encodeTag(buffer, if (real < 0) tag_negative_infinity else tag_positive_infinity);
            }
            return encodeNumber(numberFromReal(real), buffer);
        },
        .text => |text| return encodeBytes(tag_text, text, buffer),
        .blob => |blob| return encodeBytes(tag_blob, blob, buffer),
    }
}

fn encodeTag(buffer: []u8, tag: u8) u32 {
    buffer[0] = tag;
    return 1;
}

fn encodeNumber(number: Number, buffer: []u8) u32 {
    std.debug.assert(number.exponent >= exponent_min and number.exponent <= 63 + 960);
    buffer[0] = if (number.negative) tag_negative else tag_positive;
    const biased: u16 = @intCast(number.exponent + exponent_bias);
    std.mem.writeInt(u16, buffer[1..3], biased, .big);
    std.mem.writeInt(u64, buffer[3..11], number.fraction, .big);
    if (number.negative) invert(buffer[1..11]);
    return 1 + number_body_size_bytes;
}

fn encodeBytes(tag: u8, bytes: []const u8, buffer: []u8) u32 {
    buffer[0] = tag;
    var at: u32 = 1;
    var start: usize = 0;
    // Copies the runs between zero bytes whole (text rarely has any), escaping each zero.
    while (start < bytes.len) {
        const end = std.mem.indexOfScalarPos(u8, bytes, start, 0) orelse bytes.len;
        const run: u32 = @intCast(end - start);
        @memcpy(buffer[at..][0..run], bytes[start..end]);
        at += run;
        if (end < bytes.len) {
            buffer[at] = 0x00;
            buffer[at + 1] = 0xff;
            at += 2;
        }
        start = end + 1;
    }
    buffer[at] = 0x00;
    buffer[at + 1] = 0x01;
    return at + 2;
}

fn encodeTrailer(values: []const Value, buffer: []u8) u32 {
    const size = trailerSizeBytes(values);
    @memset(buffer[0..size], 0);
    var number_index: u32 = 0;
    for (values) |value| {
        if (!isNumber(value)) continue;
        if (value == .real) buffer[number_index / 8] |= @as(u8, 0x80) >> @intCast(number_index % 8);
        number_index += 1;
    }
    return size;
}

/// The rowid of a full key: its last 8 bytes.
pub fn rowidOf(key: []const u8) errors.Error!i64 {
    if (key.len < rowid_size_bytes) return errors.corrupt(@src(), "key of {d} bytes", .{key.len});
    const bits = std.mem.readInt(u64, key[key.len - rowid_size_bytes ..][0..8], .big) ^ (1 << 63);
    return @bitCast(bits);
}

/// Decodes a full key into `out` (one value per `descending` flag) and returns the rowid.
/// TEXT/BLOB values are unescaped into `scratch` (at least key.len bytes) and point into it.
pub fn decode(key: []const u8, descending: []const bool, out: []Value, scratch: []u8) errors.Error!i64 {
    std.debug.assert(out.len >= descending.len and descending.len <= column_count_max);
    std.debug.assert(scratch.len >= key.len);
    var reader = Reader{ .key = key, .scratch = scratch };
    var numbers: [column_count_max]NumberColumn = undefined;
    var number_count: u32 = 0;
    for (descending, 0..) |desc, index| {
        reader.mask = if (desc) 0xff else 0x00;
        const tag = try reader.byte();
        switch (tag) {
            tag_null => out[index] = .null,
            tag_text => out[index] = .{ .text = try reader.bytes() },
            tag_blob => out[index] = .{ .blob = try reader.bytes() },
            tag_negative_infinity...tag_positive_infinity => {
                const number = try reader.number(tag);
                numbers[number_count] = .{ .index = @intCast(index), .tag = tag, .number = number };
                number_count += 1;
            },
            else => return errors.corrupt(@src(), "key tag 0x{x} at {d}", .{ tag, reader.at - 1 }),
        }
    }
    try reader.trailer(numbers[0..number_count], out);
    if (key.len - reader.at != rowid_size_bytes) {
        return errors.corrupt(@src(), "key has {d} bytes after its columns", .{key.len - reader.at});
    }
    return rowidOf(key);
}

/// A number column read before its REAL/INTEGER flag (in the trailer) is known.
const NumberColumn = struct { index: u32, tag: u8, number: Number };

const Reader = struct {
    key: []const u8,
    scratch: []u8,
    at: u32 = 0,
    scratch_at: u32 = 0,
    mask: u8 = 0,

    fn byte(self: *Reader) errors.Error!u8 {
        if (self.at >= self.key.len) return errors.corrupt(@src(), "key truncated at {d}", .{self.at});
        self.at += 1;
        return self.key[self.at - 1] ^ self.mask;
    }

    /// The body of a finite non-zero number; zero and infinities have none.
    fn number(self: *Reader, tag: u8) errors.Error!Number {
        if (tag != tag_negative and tag != tag_positive) return .{ .negative = false, .exponent = 0, .fraction = 0 };
        if (self.at + number_body_size_bytes > self.key.len) {
            return errors.corrupt(@src(), "key number truncated at {d}", .{self.at});
        }
        var body: [number_body_size_bytes]u8 = undefined;
        for (&body, self.key[self.at..][0..number_body_size_bytes]) |*out, in| out.* = in ^ self.mask;
        if (tag == tag_negative) invert(&body);
        self.at += number_body_size_bytes;
        return .{
            .negative = tag == tag_negative,
            .exponent = @as(i32, std.mem.readInt(u16, body[0..2], .big)) - exponent_bias,
            .fraction = std.mem.readInt(u64, body[2..10], .big),
        };
    }

    fn bytes(self: *Reader) errors.Error![]const u8 {
        const start = self.scratch_at;
        var steps: u32 = 0;
        while (steps < self.key.len) : (steps += 1) {
            const value = try self.byte();
            if (value != 0) {
                self.scratch[self.scratch_at] = value;
                self.scratch_at += 1;
                continue;
            }
            const escape = try self.byte();
            if (escape == 0x01) return self.scratch[start..self.scratch_at];
            if (escape != 0xff) return errors.corrupt(@src(), "key escape 0x{x} at {d}", .{ escape, self.at });
            self.scratch[self.scratch_at] = 0;
            self.scratch_at += 1;
        }
        return errors.corrupt(@src(), "key string unterminated", .{});
    }

    /// Reads the REAL/INTEGER flags and turns each number column into its exact value.
    fn trailer(self: *Reader, numbers: []const NumberColumn, out: []Value) errors.Error!void {
        const count: u32 = @intCast(numbers.len);
        const size = (count + 7) / 8;
        if (self.at + size > self.key.len) return errors.corrupt(@src(), "key trailer truncated", .{});
        const flags = self.key[self.at..][0..size];
        self.at += size;
        if (count % 8 != 0 and flags[size - 1] & (@as(u8, 0xff) >> @intCast(count % 8)) != 0) {
            return errors.corrupt(@src(), "key trailer padding bits set", .{});
        }
        for (numbers, 0..) |column, number_index| {
            const is_real = flags[number_index / 8] & (@as(u8, 0x80) >> @intCast(number_index % 8)) != 0;
            out[column.index] = try exactNumber(column.tag, column.number, is_real);
        }
    }
};

/// A number column as REAL or INTEGER per its trailer flag; Corrupt when not representable.
fn exactNumber(tag: u8, number: Number, is_real: bool) errors.Error!Value {
    switch (tag) {
        tag_zero => return if (is_real) .{ .real = 0 } else .{ .integer = 0 },
        tag_negative_infinity, tag_positive_infinity => {
            if (!is_real) return errors.corrupt(@src(), "key infinity flagged INTEGER", .{});
            const infinity = std.math.inf(f64);
            return .{ .real = if (tag == tag_negative_infinity) -infinity else infinity };
        },
        else => {},
    }
    std.debug.assert(tag == tag_negative or tag == tag_positive);
    if (is_real) return .{ .real = try realFromNumber(number) };
    return .{ .integer = try integerFromNumber(number) };
}

fn integerFromNumber(number: Number) errors.Error!i64 {
    if (number.exponent < 0 or number.exponent > 63) {
        return errors.corrupt(@src(), "key integer exponent {d}", .{number.exponent});
    }
    const exponent: u6 = @intCast(number.exponent);
    if (exponent == 0 and number.fraction != 0) return errors.corrupt(@src(), "key integer fraction", .{});
    if (exponent != 0 and number.fraction << exponent != 0) {
        return errors.corrupt(@src(), "key integer has fraction bits", .{});
    }
    const high: u64 = if (exponent == 0) 0 else number.fraction >> @intCast(@as(u7, 64) - exponent);
    const magnitude: u64 = (@as(u64, 1) << exponent) | high;
    if (number.negative) {
        if (magnitude > 1 << 63) return errors.corrupt(@src(), "key integer below i64", .{});
        return @bitCast(0 -% magnitude);
    }
    if (magnitude > std.math.maxInt(i64)) return errors.corrupt(@src(), "key integer above i64", .{});
    return @intCast(magnitude);
}

fn realFromNumber(number: Number) errors.Error!f64 {
    if (number.exponent < exponent_min or number.exponent > exponent_max) {
        return errors.corrupt(@src(), "key real exponent {d}", .{number.exponent});
    }
    if (number.fraction & 0xfff != 0) return errors.corrupt(@src(), "key real too precise", .{});
    const mantissa: u64 = (1 << 52) | (number.fraction >> 12);
    var bits: u64 = 0;
    if (number.exponent >= -1022) {
        const exponent_field: u64 = @intCast(number.exponent + 1023);
        bits = (exponent_field << 52) | (mantissa & ((1 << 52) - 1));
    } else {
        const shift: u6 = @intCast(-1022 - number.exponent);
        if (mantissa & ((@as(u64, 1) << shift) - 1) != 0) {
            return errors.corrupt(@src(), "key subnormal too precise", .{});
        }
        bits = mantissa >> shift;
    }
    if (number.negative) bits |= 1 << 63;
    return @bitCast(bits);
}

// ---------------------------------------------------------------------------------------------
// Tests

const testing = std.testing;
const record = @import("record.zig");

/// SQLite's ordering of two values: NULL < numbers < TEXT < BLOB, numbers exactly.
pub fn compareValues(a: Value, b: Value) std.math.Order {
    const rank_a = rank(a);
    const rank_b = rank(b);
    if (rank_a != rank_b) return std.math.order(rank_a, rank_b);
    return switch (rank_a) {
        0 => .eq,
        1 => compareNumbers(a, b),
        2 => std.mem.order(u8, a.text, b.text),
        else => std.mem.order(u8, a.blob, b.blob),
    };
}

fn rank(value: Value) u8 {
    return switch (value) {
        .null => 0,
        .integer => 1,
        .real => |real| if (std.math.isNan(real)) 0 else 1,
        .text => 2,
        .blob => 3,
    };
}

fn compareNumbers(a: Value, b: Value) std.math.Order {
    if (a == .integer and b == .integer) return std.math.order(a.integer, b.integer);
    if (a == .real and b == .real) return std.math.order(a.real, b.real);
    if (a == .integer) return compareIntegerReal(a.integer, b.real);
    return compareIntegerReal(b.integer, a.real).invert();
}

/// Exact comparison of an i64 with a (non-NaN) f64, without rounding the integer.
fn compareIntegerReal(integer: i64, real: f64) std.math.Order {
    if (real < -0x1p63) return .gt;
    if (real >= 0x1p63) return .lt;
    const floor = @floor(real);
    const floor_integer: i64 = @intFromFloat(floor);
    if (integer != floor_integer) return std.math.order(integer, floor_integer);
    return if (real > floor) .lt else .eq;
}

fn expectSameValue(expected: Value, actual: Value) !void {
    try testing.expectEqual(std.meta.activeTag(expected), std.meta.activeTag(actual));
    try testing.expectEqual(std.math.Order.eq, compareValues(expected, actual));
}

test "key: integer and real compare exactly and equal values encode equally" {
    var a: [64]u8 = undefined;
    var b: [64]u8 = undefined;
    const cases = [_]struct { Value, Value, std.math.Order }{
        .{ .{ .integer = 1 }, .{ .real = 1.0 }, .eq },
        .{ .{ .integer = 9007199254740993 }, .{ .real = 9007199254740992.0 }, .gt },
        .{ .{ .integer = std.math.maxInt(i64) }, .{ .real = 0x1p63 }, .lt },
        .{ .{ .integer = std.math.minInt(i64) }, .{ .real = -0x1p63 }, .eq },
        .{ .{ .real = -0.0 }, .{ .integer = 0 }, .eq },
        .{ .{ .real = -std.math.inf(f64) }, .{ .integer = std.math.minInt(i64) }, .lt },
        .{ .null, .{ .real = -std.math.inf(f64) }, .lt },
        .{ .{ .real = std.math.inf(f64) }, .{ .text = "" }, .lt },
        .{ .{ .text = "\xff" }, .{ .blob = "" }, .lt },
        .{ .{ .text = "a" }, .{ .text = "a\x00" }, .lt },
        .{ .{ .real = 2.5 }, .{ .integer = 2 }, .gt },
        .{ .{ .real = -2.5 }, .{ .integer = -2 }, .lt },
    };
    for (cases) |case| {
        try testing.expectEqual(case[2], compareValues(case[0], case[1]));
        const size_a = encode(&.{case[0]}, &.{false}, null, &a);
        const size_b = encode(&.{case[1]}, &.{false}, null, &b);
        try testing.expectEqual(case[2], std.mem.order(u8, a[0..size_a], b[0..size_b]));
    }
}

test "key: decode gives back values, types and rowid" {
    const values = [_]Value{
        .{ .integer = std.math.minInt(i64) }, .{ .real = 1.0 },      .{ .text = "a\x00b" },
        .{ .blob = &.{ 0, 0, 0xff } },        .null,                 .{ .real = 5e-324 },
        .{ .integer = 9007199254740993 },     .{ .real = -1.5e300 }, .{ .real = -std.math.inf(f64) },
        .{ .integer = 0 },
    };
    const descending = [_]bool{ false, true, true, false, true, false, true, false, true, false };
    var buffer: [256]u8 = undefined;
    const size = encode(&values, &descending, -42, &buffer);
    var out: [values.len]Value = undefined;
    var scratch: [256]u8 = undefined;
    try testing.expectEqual(@as(i64, -42), try decode(buffer[0..size], &descending, &out, &scratch));
    for (values, out) |expected, actual| try expectSameValue(expected, actual);
    try testing.expectEqual(@as(i64, -42), try rowidOf(buffer[0..size]));
}

test "key: order preservation against the reference comparator (seeded)" {
    const seed: u64 = 0x6b65_7973;
    var prng = std.Random.DefaultPrng.init(seed);
    const random = prng.random();
    var iteration: u32 = 0;
    while (iteration < order_iterations) : (iteration += 1) {
        checkOrderOnce(random) catch |err| {
            std.debug.print("key order test failed: seed 0x{x} iteration {d}\n", .{ seed, iteration });
            return err;
        };
    }
}

/// Iterations of the key order test in `zig build test`.
pub const order_iterations: u32 = 30_000;

fn checkOrderOnce(random: std.Random) !void {
    const columns = 1 + random.uintLessThan(u32, 3);
    var descending: [3]bool = undefined;
    for (descending[0..columns]) |*desc| desc.* = random.boolean();
    var strings: [2][8]u8 = undefined;
    var values: [2][3]Value = undefined;
    var rowids: [2]i64 = undefined;
    for (&values, &rowids, &strings) |*key_values, *rowid, *string| {
        for (key_values[0..columns]) |*value| value.* = randomKeyValue(random, string);
        rowid.* = if (random.boolean()) random.intRangeAtMost(i64, -2, 2) else @bitCast(random.int(u64));
    }
    var encoded: [2][128]u8 = undefined;
    var sizes: [2]u32 = undefined;
    for (0..2) |k| sizes[k] = encode(values[k][0..columns], descending[0..columns], rowids[k], &encoded[k]);
    const expected = referenceOrder(values[0][0..columns], values[1][0..columns], descending[0..columns], rowids);
    try testing.expectEqual(expected, std.mem.order(u8, encoded[0][0..sizes[0]], encoded[1][0..sizes[1]]));
    var out: [3]Value = undefined;
    var scratch: [128]u8 = undefined;
    try testing.expectEqual(rowids[0], try decode(encoded[0][0..sizes[0]], descending[0..columns], &out, &scratch));
    for (values[0][0..columns], out[0..columns]) |value, decoded| {
        const canonical: Value = if (value == .real and std.math.isNan(value.real)) .null else value;
        try expectSameValue(canonical, decoded);
    }
}

/// Columns by SQLite order (inverted when DESC), then the REAL flags of numbers, then the rowid.
fn referenceOrder(a: []const Value, b: []const Value, descending: []const bool, rowids: [2]i64) std.math.Order {
    for (a, b, descending) |value_a, value_b, desc| {
        const order = compareValues(value_a, value_b);
        if (order != .eq) return if (desc) order.invert() else order;
    }
    for (a, b) |value_a, value_b| {
        if (!isNumber(value_a)) continue;
        const real_a = @intFromBool(value_a == .real);
        const real_b = @intFromBool(value_b == .real);
        if (real_a != real_b) return std.math.order(real_a, real_b);
    }
    return std.math.order(rowids[0], rowids[1]);
}

fn randomKeyValue(random: std.Random, string: *[8]u8) Value {
    const edge_integers = [_]i64{ 0, 1, -1, 2, std.math.maxInt(i64), std.math.minInt(i64), 1 << 53, (1 << 53) + 1, -(1 << 53) - 1 };
    const edge_reals = [_]f64{ 0.0, -0.0, 1.0, -1.0, 2.5, std.math.inf(f64), -std.math.inf(f64), 0x1p63, -0x1p63, 0x1p53, 5e-324, -5e-324, std.math.nan(f64), 0x1.fffffffffffffp1023 };
    const alphabet = [_]u8{ 0x00, 0x01, 'a', 0xff };
    switch (random.uintLessThan(u8, 7)) {
        0 => return .null,
        1 => return .{ .integer = edge_integers[random.uintLessThan(usize, edge_integers.len)] },
        2 => return .{ .integer = @as(i64, @bitCast(random.int(u64))) >> random.int(u6) },
        3 => return .{ .real = edge_reals[random.uintLessThan(usize, edge_reals.len)] },
        4 => {
            const real: f64 = @bitCast(random.int(u64));
            return .{ .real = if (std.math.isNan(real)) 3.0 else real };
        },
        else => |kind| {
            const length = random.uintAtMost(usize, 4);
            for (string[0..length]) |*byte| byte.* = alphabet[random.uintLessThan(usize, alphabet.len)];
            return if (kind == 5) .{ .text = string[0..length] } else .{ .blob = string[0..length] };
        },
    }
}

test "key: prefix keys bracket their full keys" {
    var prefix: [32]u8 = undefined;
    var full: [64]u8 = undefined;
    const prefix_size = encode(&.{.{ .text = "ab" }}, &.{false}, null, &prefix);
    const full_size = encode(&.{ .{ .text = "ab" }, .{ .integer = 7 } }, &.{ false, false }, 3, &full);
    try testing.expect(std.mem.startsWith(u8, full[0..full_size], prefix[0..prefix_size]));
    const other_size = encode(&.{.{ .text = "ab\x00" }}, &.{false}, 3, &full);
    try testing.expect(!std.mem.startsWith(u8, full[0..other_size], prefix[0..prefix_size]));
}

test "key fuzz: random and mutated keys only ever error" {
    const seed: u64 = 0xf022_0007;
    var prng = std.Random.DefaultPrng.init(seed);
    const random = prng.random();
    var buffer: [128]u8 = undefined;
    var scratch: [128]u8 = undefined;
    var out: [3]Value = undefined;
    var iteration: u32 = 0;
    while (iteration < record.fuzz_iterations) : (iteration += 1) {
        var strings: [3][8]u8 = undefined;
        var values: [3]Value = undefined;
        const descending = [3]bool{ random.boolean(), random.boolean(), random.boolean() };
        for (&values, &strings) |*value, *string| value.* = randomKeyValue(random, string);
        var size = encode(&values, &descending, random.int(i64), &buffer);
        record.mutate(random, &buffer, &size);
        if (random.uintLessThan(u8, 8) == 0) random.bytes(buffer[0..size]);
        _ = decode(buffer[0..size], &descending, &out, &scratch) catch |err| {
            testing.expect(err == error.Corrupt) catch |e| {
                std.debug.print("key fuzz seed 0x{x} iteration {d}\n", .{ seed, iteration });
                return e;
            };
        };
    }
}

test "key: the example of docs/zqlite-file-format.md section 7, byte for byte" {
    var buffer: [64]u8 = undefined;
    const size = encode(&.{ .{ .integer = 1 }, .{ .text = "a" } }, &.{ false, false }, 5, &buffer);
    const expected = [_]u8{ 0x13, 0x04, 0x4C } ++ [_]u8{0} ** 8 ++ [_]u8{ 0x20, 0x61, 0x00, 0x01, 0x00 } ++
        [_]u8{ 0x80, 0, 0, 0, 0, 0, 0, 0x05 };
    try testing.expectEqualSlices(u8, &expected, buffer[0..size]);
}

test "key: zeroCount counts zero bytes at every length and alignment" {
    var prng = std.Random.DefaultPrng.init(0x2e50);
    const random = prng.random();
    var bytes: [200]u8 = undefined;
    for (0..5_000) |_| {
        const start = random.uintAtMost(usize, 40);
        const len = random.uintAtMost(usize, bytes.len - start);
        for (bytes[start..][0..len]) |*b| b.* = if (random.uintLessThan(u8, 4) == 0) 0 else random.int(u8);
        var expected: usize = 0;
        for (bytes[start..][0..len]) |b| expected += @intFromBool(b == 0);
        try std.testing.expectEqual(expected, zeroCount(bytes[start..][0..len]));
    }
}
