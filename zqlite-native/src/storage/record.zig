//! Records (one table row as bytes) and the varint codec shared by records and B+tree cells.
//! Format: docs/zqlite-file-format.md section 6, kept byte for byte in step with this file.
//!
//! Varint: unsigned LEB128. Seven value bits per byte, least significant group first, high bit set
//! on every byte but the last; at most 10 bytes for a u64. Decoding is strict: a truncated varint,
//! an 11th byte, bits beyond 64, or a non-minimal encoding (a last byte of 0 after the first) are
//! error.Corrupt, so every value has exactly one encoding.
//!
//! Record: `header_size_bytes` (varint, counting itself), one serial type per column (varint), then
//! the column bodies in order. Serial types follow SQLite's:
//!   0 NULL | 1..6 signed integer of 1, 2, 3, 4, 6, 8 bytes | 7 f64 | 8 integer 0 | 9 integer 1 |
//!   10, 11 reserved (Corrupt) | N >= 12 even: BLOB of (N-12)/2 bytes | N >= 13 odd: TEXT (N-13)/2.
//! Integer and f64 bodies are little-endian (two's complement, IEEE-754 bits). A NaN is stored as
//! NULL (as SQLite does). Small integers take one byte of header and 0 or 1 byte of body.
//!
//! Invariants, checked by `Record.parse` before any column is read: the header size lies within
//! the record, every serial type is valid, and the bodies add up to exactly the rest of the record.
//! Decoding is a pure function of the bytes; malformed input is error.Corrupt, never a crash.
const std = @import("std");
const errors = @import("errors.zig");

pub const Value = union(enum) {
    null,
    integer: i64,
    real: f64,
    text: []const u8,
    blob: []const u8,
};

pub const varint_size_bytes_max: u32 = 10;
pub const column_count_max: u32 = 2000;
/// The largest TEXT or BLOB value: 16 MiB. Bigger is error.TooBig.
pub const value_size_bytes_max: u32 = 16 * 1024 * 1024;
/// The largest record: a few maximal values plus headers; also the B+tree's payload limit.
pub const record_size_bytes_max: u32 = 64 * 1024 * 1024;

comptime {
    std.debug.assert(record_size_bytes_max >= 2 * value_size_bytes_max);
    std.debug.assert(column_count_max * varint_size_bytes_max < record_size_bytes_max);
}

pub fn varintSizeBytes(value: u64) u32 {
    if (value == 0) return 1;
    const bits: u32 = 64 - @as(u32, @clz(value));
    const size = (bits + 6) / 7;
    std.debug.assert(size >= 1 and size <= varint_size_bytes_max);
    return size;
}

/// Writes `value` at the start of `buffer`; returns the bytes written.
pub fn writeVarint(buffer: []u8, value: u64) u32 {
    const size = varintSizeBytes(value);
    std.debug.assert(buffer.len >= size);
    var rest = value;
    for (0..size) |index| {
        const group: u8 = @intCast(rest & 0x7f);
        rest >>= 7;
        buffer[index] = if (index + 1 < size) group | 0x80 else group;
    }
    std.debug.assert(rest == 0);
    return size;
}

pub const Varint = struct { value: u64, size_bytes: u32 };

/// Reads a varint at the start of `bytes`. Pure; Corrupt on any malformed encoding.
/// Inline for the one-byte case (cell headers, serial types, key sizes), which is most calls
/// on the read path; longer varints take a call.
pub inline fn readVarint(bytes: []const u8) errors.Error!Varint {
    if (bytes.len > 0 and bytes[0] < 0x80) return .{ .value = bytes[0], .size_bytes = 1 };
    return readVarintLong(bytes);
}

fn readVarintLong(bytes: []const u8) errors.Error!Varint {
    // Two bytes (rowids and sizes below 16384): minimal when the second byte is not zero.
    if (bytes.len > 1 and bytes[1] < 0x80 and bytes[1] != 0) {
        return .{ .value = (bytes[0] & 0x7f) | @as(u64, bytes[1]) << 7, .size_bytes = 2 };
    }
    // Three bytes (rowids below 2^21: every rowid of a table up to two million rows), which
    // binary searches over table nodes read at every probe.
    if (bytes.len > 2 and bytes[1] >= 0x80 and bytes[2] < 0x80 and bytes[2] != 0) {
        const low: u64 = (bytes[0] & 0x7f) | @as(u64, bytes[1] & 0x7f) << 7;
        return .{ .value = low | @as(u64, bytes[2]) << 14, .size_bytes = 3 };
    }
    var value: u64 = 0;
    for (0..varint_size_bytes_max) |index| {
        if (index >= bytes.len) return errors.corrupt(@src(), "varint truncated at byte {d}", .{index});
        const byte = bytes[index];
        const group: u64 = byte & 0x7f;
        if (index == 9 and byte > 1) return errors.corrupt(@src(), "varint exceeds 64 bits", .{});
        value |= group << @intCast(7 * index);
        if (byte & 0x80 == 0) {
            if (byte == 0 and index > 0) return errors.corrupt(@src(), "varint not minimal", .{});
            return .{ .value = value, .size_bytes = @intCast(index + 1) };
        }
    }
    return errors.corrupt(@src(), "varint longer than {d} bytes", .{varint_size_bytes_max});
}

pub fn serialType(value: Value) u64 {
    return switch (value) {
        .null => 0,
        .integer => |integer| integerSerialType(integer),
        .real => |real| if (std.math.isNan(real)) 0 else 7,
        .text => |text| 13 + 2 * @as(u64, text.len),
        .blob => |blob| 12 + 2 * @as(u64, blob.len),
    };
}

fn integerSerialType(integer: i64) u64 {
    if (integer == 0) return 8;
    if (integer == 1) return 9;
    if (integer >= std.math.minInt(i8) and integer <= std.math.maxInt(i8)) return 1;
    if (integer >= std.math.minInt(i16) and integer <= std.math.maxInt(i16)) return 2;
    if (integer >= std.math.minInt(i24) and integer <= std.math.maxInt(i24)) return 3;
    if (integer >= std.math.minInt(i32) and integer <= std.math.maxInt(i32)) return 4;
    if (integer >= std.math.minInt(i48) and integer <= std.math.maxInt(i48)) return 5;
    return 6;
}

/// Body size of a serial type, or Corrupt for the reserved types 10 and 11.
/// Inline: called once per column of every decoded row; the error path stays out of line.
pub inline fn bodySizeBytes(serial_type: u64) errors.Error!u64 {
    return switch (serial_type) {
        0, 8, 9 => 0,
        1, 2, 3, 4 => serial_type,
        5 => 6,
        6, 7 => 8,
        10, 11 => reservedSerialType(serial_type),
        else => (serial_type - 12) / 2,
    };
}

fn reservedSerialType(serial_type: u64) errors.Error {
    @branchHint(.cold);
    return errors.corrupt(@src(), "reserved serial type {d}", .{serial_type});
}

/// The exact encoded size of a record, or TooBig beyond the documented limits.
pub fn encodedSizeBytes(values: []const Value) errors.Error!u32 {
    if (values.len > column_count_max) return error.TooBig;
    var header_body_bytes: u64 = 0;
    var body_bytes: u64 = 0;
    for (values) |value| {
        switch (value) {
            .text, .blob => |bytes| if (bytes.len > value_size_bytes_max) return error.TooBig,
            else => {},
        }
        const serial_type = serialType(value);
        header_body_bytes += varintSizeBytes(serial_type);
        body_bytes += bodySizeBytes(serial_type) catch unreachable;
    }
    const header_bytes = headerSizeBytes(header_body_bytes);
    const total = header_bytes + body_bytes;
    if (total > record_size_bytes_max) return error.TooBig;
    return @intCast(total);
}

/// The header size including its own varint prefix (which may grow the prefix by a byte).
fn headerSizeBytes(types_bytes: u64) u64 {
    var header_bytes = types_bytes + 1;
    if (varintSizeBytes(header_bytes) > 1) header_bytes = types_bytes + varintSizeBytes(types_bytes + 2);
    std.debug.assert(header_bytes == types_bytes + varintSizeBytes(header_bytes));
    return header_bytes;
}

/// Encodes `values` into `buffer` (at least `encodedSizeBytes(values)` long); returns the size.
pub fn encode(values: []const Value, buffer: []u8) u32 {
    std.debug.assert(values.len <= column_count_max);
    var types_bytes: u64 = 0;
    for (values) |value| types_bytes += varintSizeBytes(serialType(value));
    const header_bytes = headerSizeBytes(types_bytes);
    var header_at: u32 = writeVarint(buffer, header_bytes);
    var body_at: u32 = @intCast(header_bytes);
    for (values) |value| {
        header_at += writeVarint(buffer[header_at..], serialType(value));
        body_at += encodeBody(value, buffer[body_at..]);
    }
    std.debug.assert(header_at == header_bytes);
    return body_at;
}

fn encodeBody(value: Value, buffer: []u8) u32 {
    switch (value) {
        .null => return 0,
        .integer => |integer| {
            const size: u32 = @intCast(bodySizeBytes(integerSerialType(integer)) catch unreachable);
            const bits: u64 = @bitCast(integer);
            for (0..size) |index| buffer[index] = @truncate(bits >> @intCast(8 * index));
            return size;
        },
        .real => |real| {
            if (std.math.isNan(real)) return 0;
            std.mem.writeInt(u64, buffer[0..8], @bitCast(real), .little);
            return 8;
        },
        .text, .blob => |bytes| {
            @memcpy(buffer[0..bytes.len], bytes);
            return @intCast(bytes.len);
        },
    }
}

/// A validated record. Column reads are lazy: `column(i)` walks the header to column i only.
pub const Record = struct {
    bytes: []const u8,
    header_size_bytes: u32,
    column_count: u32,

    /// Validates the header against the record size; Corrupt on any inconsistency.
    pub fn parse(bytes: []const u8) errors.Error!Record {
        if (bytes.len > record_size_bytes_max) return errors.corrupt(@src(), "record too big", .{});
        const header = try readVarint(bytes);
        if (header.value < header.size_bytes or header.value > bytes.len) {
            return errors.corrupt(@src(), "record header size {d} out of range", .{header.value});
        }
        const header_size: u32 = @intCast(header.value);
        var at: u32 = header.size_bytes;
        var body_bytes: u64 = 0;
        var column_count: u32 = 0;
        while (at < header_size) : (column_count += 1) {
            if (column_count >= column_count_max) return errors.corrupt(@src(), "too many columns", .{});
            const serial = try readVarint(bytes[at..header_size]);
            at += serial.size_bytes;
            body_bytes += try bodySizeBytes(serial.value);
            if (body_bytes > bytes.len) return errors.corrupt(@src(), "record body overruns", .{});
        }
        if (header_size + body_bytes != bytes.len) {
            return errors.corrupt(@src(), "record body {d} + header {d} != size {d}", .{
                body_bytes, header_size, bytes.len,
            });
        }
        return .{ .bytes = bytes, .header_size_bytes = header_size, .column_count = column_count };
    }

    /// Column `index`; columns past the end read as NULL (rows written before a column was added).
    pub fn column(self: Record, index: u32) errors.Error!Value {
        if (index >= self.column_count) return .null;
        var iterator = self.iterate();
        var column_index: u32 = 0;
        while (column_index < index) : (column_index += 1) _ = try iterator.skip();
        return (try iterator.next()).?;
    }

    pub fn iterate(self: Record) Iterator {
        const header = readVarint(self.bytes) catch unreachable; // Checked by parse.
        return .{ .record = self, .header_at = header.size_bytes, .body_at = self.header_size_bytes };
    }

    /// Decodes every column into `out` (at least column_count long); returns the count.
    pub fn decodeAll(self: Record, out: []Value) errors.Error!u32 {
        std.debug.assert(out.len >= self.column_count);
        var iterator = self.iterate();
        var count: u32 = 0;
        while (try iterator.next()) |value| : (count += 1) out[count] = value;
        std.debug.assert(count == self.column_count);
        return count;
    }
};

pub const Iterator = struct {
    record: Record,
    header_at: u32,
    body_at: u32,

    pub fn next(self: *Iterator) errors.Error!?Value {
        const serial_type = (try self.step()) orelse return null;
        const size: u32 = @intCast(try bodySizeBytes(serial_type));
        return try decodeBody(serial_type, self.record.bytes[self.body_at - size .. self.body_at]);
    }

    /// Advances past one column without decoding it; false at the end.
    pub fn skip(self: *Iterator) errors.Error!bool {
        return (try self.step()) != null;
    }

    fn step(self: *Iterator) errors.Error!?u64 {
        if (self.header_at >= self.record.header_size_bytes) return null;
        const serial = try readVarint(self.record.bytes[self.header_at..self.record.header_size_bytes]);
        const size = try bodySizeBytes(serial.value);
        if (self.body_at + size > self.record.bytes.len) {
            return errors.corrupt(@src(), "column body overruns record", .{});
        }
        self.header_at += serial.size_bytes;
        self.body_at += @intCast(size);
        return serial.value;
    }
};

/// The value of one column from its serial type and body bytes (bodySizeBytes long).
pub fn decodeBody(serial_type: u64, body: []const u8) errors.Error!Value {
    return switch (serial_type) {
        0 => .null,
        8 => .{ .integer = 0 },
        9 => .{ .integer = 1 },
        1...6 => .{ .integer = decodeInteger(body) },
        7 => .{ .real = @bitCast(std.mem.readInt(u64, body[0..8], .little)) },
        10, 11 => errors.corrupt(@src(), "reserved serial type", .{}),
        else => if (serial_type & 1 == 0) .{ .blob = body } else .{ .text = body },
    };
}

/// Little-endian two's complement of 1..8 bytes, sign-extended.
pub fn decodeInteger(body: []const u8) i64 {
    std.debug.assert(body.len >= 1 and body.len <= 8);
    var bits: u64 = 0;
    for (body, 0..) |byte, index| bits |= @as(u64, byte) << @intCast(8 * index);
    const unused_bits: u6 = @intCast(64 - 8 * body.len);
    const signed: i64 = @bitCast(bits << unused_bits);
    return signed >> unused_bits;
}

/// Pure decoder entry point for fuzzing: parses and reads every column; only errors on bad input.
pub fn decodeForFuzz(bytes: []const u8, out: []Value) errors.Error!u32 {
    const parsed = try Record.parse(bytes);
    if (parsed.column_count > out.len) return error.TooBig;
    return parsed.decodeAll(out);
}

// ---------------------------------------------------------------------------------------------
// Tests

const testing = std.testing;

fn expectValueEqual(expected: Value, actual: Value) !void {
    try testing.expectEqual(std.meta.activeTag(expected), std.meta.activeTag(actual));
    switch (expected) {
        .null => {},
        .integer => |integer| try testing.expectEqual(integer, actual.integer),
        .real => |real| try testing.expectEqual(@as(u64, @bitCast(real)), @as(u64, @bitCast(actual.real))),
        .text => |text| try testing.expectEqualSlices(u8, text, actual.text),
        .blob => |blob| try testing.expectEqualSlices(u8, blob, actual.blob),
    }
}

test "varint: boundaries round-trip with minimal sizes" {
    const cases = [_]u64{ 0, 1, 127, 128, 16383, 16384, 54321, (1 << 21) - 1, 1 << 21, (1 << 56) - 1, 1 << 63, std.math.maxInt(u64) };
    const sizes = [_]u32{ 1, 1, 1, 2, 2, 3, 3, 3, 4, 8, 10, 10 };
    var buffer: [varint_size_bytes_max]u8 = undefined;
    for (cases, sizes) |value, size| {
        try testing.expectEqual(size, writeVarint(&buffer, value));
        const read = try readVarint(buffer[0..size]);
        try testing.expectEqual(value, read.value);
        try testing.expectEqual(size, read.size_bytes);
        if (size > 1) try testing.expectError(error.Corrupt, readVarint(buffer[0 .. size - 1]));
    }
}

test "varint: malformed encodings are Corrupt" {
    try testing.expectError(error.Corrupt, readVarint(&.{}));
    try testing.expectError(error.Corrupt, readVarint(&.{ 0x80, 0x00 })); // Not minimal.
    try testing.expectError(error.Corrupt, readVarint(&.{ 0x80, 0x80, 0x00 }));
    try testing.expectError(error.Corrupt, readVarint(&.{ 0xff, 0xff }));
    try testing.expectError(error.Corrupt, readVarint(&([_]u8{0xff} ** 9 ++ [_]u8{0x02})));
    try testing.expectError(error.Corrupt, readVarint(&([_]u8{0xff} ** 11)));
}

test "record: round-trip of every serial type, lazy column access, sizes" {
    const values = [_]Value{
        .null,                                .{ .integer = 0 },          .{ .integer = 1 },
        .{ .integer = -1 },                   .{ .integer = 300 },        .{ .integer = -8388608 },
        .{ .integer = 2147483647 },           .{ .integer = -(1 << 47) }, .{ .integer = std.math.minInt(i64) },
        .{ .integer = std.math.maxInt(i64) }, .{ .real = -0.0 },          .{ .real = std.math.inf(f64) },
        .{ .text = "hello" },                 .{ .blob = &.{ 0, 1, 2 } }, .{ .text = "" },
    };
    var buffer: [256]u8 = undefined;
    const size = try encodedSizeBytes(&values);
    try testing.expectEqual(size, encode(&values, &buffer));
    const parsed = try Record.parse(buffer[0..size]);
    try testing.expectEqual(@as(u32, values.len), parsed.column_count);
    for (values, 0..) |value, index| try expectValueEqual(value, try parsed.column(@intCast(index)));
    try expectValueEqual(.null, try parsed.column(values.len + 3));
    // Small integers are compact: header byte + body byte for 1, header byte alone for 0/1.
    const small = [_]Value{ .{ .integer = 0 }, .{ .integer = 1 }, .{ .integer = 5 } };
    try testing.expectEqual(@as(u32, 1 + 3 + 1), try encodedSizeBytes(&small));
}

test "record: NaN is stored as NULL; oversized values are TooBig" {
    var buffer: [16]u8 = undefined;
    const size = encode(&.{.{ .real = std.math.nan(f64) }}, &buffer);
    try expectValueEqual(.null, try (try Record.parse(buffer[0..size])).column(0));
    const big = try testing.allocator.alloc(u8, value_size_bytes_max + 1);
    defer testing.allocator.free(big);
    try testing.expectError(error.TooBig, encodedSizeBytes(&.{.{ .blob = big }}));
    try testing.expectEqual(@as(u32, value_size_bytes_max + 5), try encodedSizeBytes(&.{.{ .blob = big[0..value_size_bytes_max] }}));
}

test "record: header size varint growing to two bytes" {
    var values: [130]Value = undefined;
    for (&values) |*value| value.* = .null;
    var buffer: [256]u8 = undefined;
    const size = encode(&values, &buffer);
    try testing.expectEqual(try encodedSizeBytes(&values), size);
    try testing.expectEqual(@as(u32, 132), size);
    const parsed = try Record.parse(buffer[0..size]);
    try testing.expectEqual(@as(u32, 130), parsed.column_count);
}

test "record: malformed records are Corrupt" {
    try testing.expectError(error.Corrupt, Record.parse(&.{}));
    try testing.expectError(error.Corrupt, Record.parse(&.{ 5, 0 })); // Header past the end.
    try testing.expectError(error.Corrupt, Record.parse(&.{ 2, 10 })); // Reserved type.
    try testing.expectError(error.Corrupt, Record.parse(&.{ 2, 6, 1 })); // Body too short.
    try testing.expectError(error.Corrupt, Record.parse(&.{ 2, 0, 1 })); // Trailing bytes.
    try testing.expectError(error.Corrupt, Record.parse(&.{0})); // Header smaller than itself.
}

test "record fuzz: random and mutated bytes only ever error" {
    const seed: u64 = 0x5eed_0001;
    var prng = std.Random.DefaultPrng.init(seed);
    const random = prng.random();
    var buffer: [512]u8 = undefined;
    var out: [column_count_max]Value = undefined;
    var iterations: u32 = 0;
    while (iterations < fuzz_iterations) : (iterations += 1) {
        var values: [8]Value = undefined;
        const count = random.uintLessThan(u32, values.len);
        var text: [32]u8 = undefined;
        random.bytes(&text);
        for (values[0..count]) |*value| value.* = randomValue(random, &text);
        var size = encode(values[0..count], &buffer);
        try testing.expectEqual(count, decodeForFuzz(buffer[0..size], &out) catch unreachable);
        mutate(random, buffer[0..], &size);
        _ = decodeForFuzz(buffer[0..size], &out) catch |err| {
            testing.expect(err == error.Corrupt) catch |e| {
                std.debug.print("record fuzz seed {x} iteration {d}\n", .{ seed, iterations });
                return e;
            };
        };
    }
}

/// Iterations of each seeded fuzz loop in `zig build test`; scale up for longer runs.
pub const fuzz_iterations: u32 = 20_000;

fn randomValue(random: std.Random, text: []const u8) Value {
    return switch (random.uintLessThan(u8, 5)) {
        0 => .null,
        1 => .{ .integer = @as(i64, @bitCast(random.int(u64))) >> random.int(u6) },
        2 => .{ .real = @bitCast(random.int(u64)) },
        3 => .{ .text = text[0..random.uintAtMost(usize, text.len)] },
        else => .{ .blob = text[0..random.uintAtMost(usize, text.len)] },
    };
}

/// Flips, overwrites, truncates or extends bytes in place (`size` may change, within buffer).
pub fn mutate(random: std.Random, buffer: []u8, size: *u32) void {
    const mutations = 1 + random.uintLessThan(u32, 4);
    for (0..mutations) |_| {
        switch (random.uintLessThan(u8, 4)) {
            0 => if (size.* > 0) {
                buffer[random.uintLessThan(u32, size.*)] ^= @as(u8, 1) << random.int(u3);
            },
            1 => if (size.* > 0) {
                buffer[random.uintLessThan(u32, size.*)] = random.int(u8);
            },
            2 => size.* = random.uintAtMost(u32, size.*),
            else => if (size.* < buffer.len) {
                buffer[size.*] = random.int(u8);
                size.* += 1;
            },
        }
    }
}

test "record: the example of docs/zqlite-file-format.md section 6, byte for byte" {
    var buffer: [16]u8 = undefined;
    const values = [_]Value{ .null, .{ .integer = 1 }, .{ .integer = 300 }, .{ .text = "hi" } };
    const size = encode(&values, &buffer);
    const expected = [_]u8{ 0x05, 0x00, 0x09, 0x02, 0x11, 0x2C, 0x01, 0x68, 0x69 };
    try testing.expectEqualSlices(u8, &expected, buffer[0..size]);
}
