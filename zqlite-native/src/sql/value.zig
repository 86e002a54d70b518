//! SQL values as the executor sees them: storage classes, type affinity, conversions (CAST,
//! column affinity, the numeric reading of text), truthiness, STRICT column checks, and the error
//! set shared by every file under src/sql/ that computes on values, with SQLite's wording.
//!
//! `Value` is the storage layer's record value (storage/record.zig), re-exported so that one type
//! crosses the storage/SQL boundary. Text and blob slices are borrowed: a function that produces
//! new bytes writes them into the allocator its caller passes (an arena per row or statement),
//! never into global state.
//!
//! Rules follow SQLite 3.40 (vdbemem.c, vdbe.c applyAffinity, sqlite3AffinityType); where ZQLite
//! differs it says so: the largest text or blob is record.value_size_bytes_max (16 MiB) rather than
//! SQLite's 1 GB, and a result larger than that is error.TooBig.
//!
//! STRICT rule (checkStrict): the column's affinity is applied first, exactly as SQLite does, and
//! the value is accepted only if its storage class is then the column's: INT/INTEGER take integers
//! (text '12' and real 1.0 convert; 1.5 and 'abc' are rejected), REAL takes reals (integers and
//! numeric text convert), TEXT takes text (numbers are rendered as text), BLOB takes only blobs,
//! ANY takes everything unchanged. NULL is always accepted (NOT NULL is the executor's check).
const std = @import("std");
const assert = std.debug.assert;
const record = @import("../storage/record.zig");
const unpainted = @import("../storage/unpainted.zig");
const numeric = @import("numeric.zig");

pub const Value = record.Value;

/// The most bytes a produced text or blob may hold.
pub const value_size_bytes_max: u32 = record.value_size_bytes_max;

/// The five storage classes, in SQLite's sort order (NULL < numbers < TEXT < BLOB).
pub const StorageClass = enum(u8) {
    null,
    integer,
    real,
    text,
    blob,

    /// What typeof() returns.
    pub fn typeofName(class: StorageClass) []const u8 {
        return @tagName(class);
    }

    /// The name STRICT error messages use ("INT", not "INTEGER").
    pub fn strictName(class: StorageClass) []const u8 {
        return switch (class) {
            .null => "NULL",
            .integer => "INT",
            .real => "REAL",
            .text => "TEXT",
            .blob => "BLOB",
        };
    }
};

pub fn storageClass(value: Value) StorageClass {
    return switch (value) {
        .null => .null,
        .integer => .integer,
        .real => .real,
        .text => .text,
        .blob => .blob,
    };
}

/// Column affinity. `blob` is also "no affinity" (SQLite's BLOB/NONE).
pub const Affinity = enum(u8) {
    blob,
    text,
    numeric,
    integer,
    real,

    pub fn isNumeric(affinity: Affinity) bool {
        return @intFromEnum(affinity) >= @intFromEnum(Affinity.numeric);
    }
};

/// sqlite3AffinityType: the affinity of a declared column type, by the first matching rule
/// scanning for substrings (case-insensitive): INT -> INTEGER; CHAR, CLOB or TEXT -> TEXT;
/// BLOB or an empty name -> BLOB; REAL, FLOA or DOUB -> REAL; otherwise NUMERIC. The scan is
/// SQLite's: a rolling 4-byte window, so "CHARINT" is INTEGER and "FLOATING POINT" is INTEGER.
pub fn affinityFromTypeName(type_name: []const u8) Affinity {
    var affinity: Affinity = .numeric;
    var window: u32 = 0;
    var seen_blob_or_text = false;
    for (type_name) |byte| {
        window = (window << 8) + std.ascii.toLower(byte);
        if (window == tag4("char")) {
            affinity = .text;
            seen_blob_or_text = true;
        } else if (window == tag4("clob") or window == tag4("text")) {
            affinity = .text;
            seen_blob_or_text = true;
        } else if (window == tag4("blob") and (affinity == .numeric or affinity == .real)) {
            affinity = .blob;
        } else if ((window == tag4("real") or window == tag4("floa") or window == tag4("doub")) and
            affinity == .numeric)
        {
            affinity = .real;
        } else if ((window & 0x00ffffff) == tag3("int")) {
            return .integer;
        }
    }
    if (type_name.len == 0) return .blob;
    assert(!seen_blob_or_text or affinity == .text);
    return affinity;
}

fn tag4(comptime word: *const [4]u8) u32 {
    return std.mem.readInt(u32, word, .big);
}

fn tag3(comptime word: *const [3]u8) u32 {
    return (@as(u32, word[0]) << 16) | (@as(u32, word[1]) << 8) | word[2];
}

// ---------------------------------------------------------------------------------------------
// Errors.

/// Every error the value layer raises. Messages: `Diagnostic.message`.
pub const Error = error{
    /// A value's storage class does not fit a STRICT column.
    TypeMismatch,
    /// abs(-9223372036854775808), or sum() of integers beyond i64.
    IntegerOverflow,
    /// A function was called with an argument count it does not take.
    WrongArgumentCount,
    /// No function of that name exists.
    UnknownFunction,
    /// A produced text or blob would exceed value_size_bytes_max.
    TooBig,
    /// A LIKE or GLOB pattern longer than like.pattern_bytes_max.
    PatternTooComplex,
    /// LIKE's ESCAPE argument is not exactly one character.
    InvalidEscape,
    OutOfMemory,
};

/// What an error was about, filled in by the code that raised it, for the message.
pub const Diagnostic = struct {
    /// The function whose call failed (WrongArgumentCount, UnknownFunction).
    function_name: []const u8 = "",
    /// The STRICT column's declared type and the value's storage class (TypeMismatch).
    expected_type: []const u8 = "",
    actual_class: StorageClass = .null,
    /// Optional "table.column" for TypeMismatch, set by the executor.
    column_name: []const u8 = "",

    /// The message SQLite gives for the same failure. Truncated to `buffer`'s length.
    pub fn message(diagnostic: *const Diagnostic, err: Error, buffer: []u8) []const u8 {
        assert(buffer.len >= 32);
        const result = switch (err) {
            error.TypeMismatch => if (diagnostic.column_name.len > 0)
                std.fmt.bufPrint(buffer, "cannot store {s} value in {s} column {s}", .{
                    diagnostic.actual_class.strictName(),
                    diagnostic.expected_type,
                    diagnostic.column_name,
                })
            else
                std.fmt.bufPrint(buffer, "cannot store {s} value in {s} column", .{
                    diagnostic.actual_class.strictName(), diagnostic.expected_type,
                }),
            error.IntegerOverflow => std.fmt.bufPrint(buffer, "integer overflow", .{}),
            error.WrongArgumentCount => std.fmt.bufPrint(
                buffer,
                "wrong number of arguments to function {s}()",
                .{diagnostic.function_name},
            ),
            error.UnknownFunction => std.fmt.bufPrint(
                buffer,
                "no such function: {s}",
                .{diagnostic.function_name},
            ),
            error.TooBig => std.fmt.bufPrint(buffer, "string or blob too big", .{}),
            error.PatternTooComplex => std.fmt.bufPrint(buffer, "LIKE or GLOB pattern too complex", .{}),
            error.InvalidEscape => std.fmt.bufPrint(
                buffer,
                "ESCAPE expression must be a single character",
                .{},
            ),
            error.OutOfMemory => std.fmt.bufPrint(buffer, "out of memory", .{}),
        };
        return result catch buffer;
    }
};

// ---------------------------------------------------------------------------------------------
// Reading values as numbers and text.

/// sqlite3VdbeIntValue: NULL is 0, reals truncate and saturate, text/blob take their integer
/// prefix ('1e3' is 1, 'abc' is 0).
pub fn toInt64(value: Value) i64 {
    return switch (value) {
        .null => 0,
        .integer => |integer| integer,
        .real => |real| numeric.realToInt64(real),
        .text, .blob => |bytes| numeric.atoi64(bytes).value,
    };
}

/// sqlite3_value_int: the low 32 bits of toInt64, as C's (int) conversion keeps them.
pub fn toInt32(value: Value) i32 {
    return @truncate(toInt64(value));
}

/// sqlite3VdbeRealValue: NULL is 0.0, text/blob take their numeric prefix ('1.5x' is 1.5).
pub fn toReal(value: Value) f64 {
    return switch (value) {
        .null => 0.0,
        .integer => |integer| @floatFromInt(integer),
        .real => |real| real,
        .text, .blob => |bytes| numeric.atof(bytes).value,
    };
}

/// Scratch space for rendering a number as text without allocating.
pub const TextBuffer = [numeric.floatCapacityBytes(15)]u8;

/// sqlite3_value_text without allocating: numbers are rendered into `buffer`, text and blob
/// bytes are returned as they are, NULL is null.
pub fn textOf(value: Value, buffer: *TextBuffer) ?[]const u8 {
    return switch (value) {
        .null => null,
        .integer => |integer| numeric.intToText(buffer[0..20], integer),
        .real => |real| numeric.realToText(buffer, real),
        .text, .blob => |bytes| bytes,
    };
}

/// Like textOf, but the rendering of a number is copied into `allocator`.
pub fn toTextAlloc(allocator: std.mem.Allocator, value: Value) Error!?[]const u8 {
    var buffer: TextBuffer = undefined;
    const text = textOf(value, &buffer) orelse return null;
    assert(value != .null);
    return switch (value) {
        .integer, .real => try allocator.dupe(u8, text),
        else => text,
    };
}

/// sqlite3VdbeBooleanValue (WHERE, AND, OR, NOT, CASE WHEN): null for NULL, else whether the
/// numeric value is non-zero; text by its numeric prefix ('0.5x' is true, 'abc' is false).
pub fn truthy(value: Value) ?bool {
    return switch (value) {
        .null => null,
        .integer => |integer| integer != 0,
        .real => |real| real != 0.0,
        .text, .blob => |bytes| numeric.atof(bytes).value != 0.0,
    };
}

/// numericType (vdbe.c): how arithmetic reads an operand. NULL stays NULL; text and blob become
/// the integer or real their prefix spells ('12abc' is 12, '1.5x' is 1.5, 'abc' is 0).
pub fn arithmeticOperand(value: Value) Value {
    return switch (value) {
        .null, .integer, .real => value,
        .text, .blob => |bytes| numericOfText(bytes),
    };
}

fn numericOfText(bytes: []const u8) Value {
    const parsed = numeric.atof(bytes);
    switch (parsed.kind) {
        .not_a_number => {
            const integer = numeric.atoi64(bytes);
            if (integer.verdict == .exact or integer.verdict == .trailing_text or
                integer.verdict == .no_digits)
            {
                return .{ .integer = integer.value };
            }
            return .{ .real = parsed.value };
        },
        .integer => {
            const integer = numeric.atoi64(bytes);
            if (integer.verdict == .exact) return .{ .integer = integer.value };
            return .{ .real = parsed.value };
        },
        .real, .real_prefix => return .{ .real = parsed.value },
    }
}

// ---------------------------------------------------------------------------------------------
// Affinity and CAST.

/// applyNumericAffinity: a text that is entirely a number (spaces aside) becomes that number;
/// otherwise it stays text. `try_for_int` turns an integral real into an integer (column
/// affinity does; comparison affinity does not).
pub fn numericAffinityOfText(bytes: []const u8, try_for_int: bool) ?Value {
    const parsed = numeric.atof(bytes);
    if (parsed.kind != .integer and parsed.kind != .real) return null;
    if (parsed.kind == .integer) {
        const as_int = numeric.realToInt64(parsed.value);
        if (numeric.realSameAsInt(parsed.value, as_int)) return .{ .integer = as_int };
        const integer = numeric.atoi64(bytes);
        if (integer.verdict == .exact) return .{ .integer = integer.value };
    }
    if (try_for_int) return integerAffinity(parsed.value);
    return .{ .real = parsed.value };
}

/// sqlite3VdbeIntegerAffinity: a real that is exactly an integer strictly inside the i64
/// range becomes that integer.
fn integerAffinity(real: f64) Value {
    const integer = numeric.realToInt64(real);
    const exact = @as(f64, @floatFromInt(integer)) == real;
    if (exact and integer > numeric.smallest_int64 and integer < numeric.largest_int64) {
        return .{ .integer = integer };
    }
    return .{ .real = real };
}

/// The value a column of this affinity stores (applyAffinity, then what a REAL column reads
/// back): INTEGER/NUMERIC make numeric text a number and integral reals integers; REAL makes
/// numbers reals; TEXT renders numbers as text; BLOB changes nothing.
pub fn applyColumnAffinity(allocator: std.mem.Allocator, value: Value, affinity: Affinity) Error!Value {
    switch (affinity) {
        .blob => return value,
        .text => return switch (value) {
            .integer, .real => .{ .text = (try toTextAlloc(allocator, value)).? },
            else => value,
        },
        .numeric, .integer, .real => {
            const converted: Value = switch (value) {
                .text => |bytes| numericAffinityOfText(bytes, true) orelse value,
                .real => |real| integerAffinity(real),
                else => value,
            };
            if (affinity != .real) return converted;
            return switch (converted) {
                .integer => |integer| .{ .real = @floatFromInt(integer) },
                else => converted,
            };
        },
    }
}

/// CAST(value AS <type>), where the target is given as an affinity (CAST uses the same
/// type-name rules: CAST(x AS VARCHAR) is TEXT, CAST(x AS FOO) is NUMERIC).
pub fn cast(allocator: std.mem.Allocator, value: Value, target: Affinity) Error!Value {
    if (value == .null) return .null;
    return switch (target) {
        .blob => switch (value) {
            .integer, .real => .{ .blob = (try toTextAlloc(allocator, value)).? },
            .text => |bytes| .{ .blob = bytes },
            else => value,
        },
        .text => switch (value) {
            .integer, .real => .{ .text = (try toTextAlloc(allocator, value)).? },
            .blob => |bytes| .{ .text = bytes },
            else => value,
        },
        .integer => .{ .integer = toInt64(value) },
        .real => .{ .real = toReal(value) },
        .numeric => switch (value) {
            .text, .blob => |bytes| castNumericOfText(bytes),
            else => value,
        },
    };
}

/// sqlite3VdbeMemNumerify: the numeric prefix, as an integer when it is one.
fn castNumericOfText(bytes: []const u8) Value {
    const parsed = numeric.atof(bytes);
    if (parsed.kind == .not_a_number or parsed.kind == .integer) {
        const integer = numeric.atoi64(bytes);
        if (integer.verdict == .exact or integer.verdict == .trailing_text or
            integer.verdict == .no_digits)
        {
            return .{ .integer = integer.value };
        }
    }
    const truncated = numeric.cTruncate(parsed.value);
    if (numeric.realSameAsInt(parsed.value, truncated)) return .{ .integer = truncated };
    return .{ .real = parsed.value };
}

// ---------------------------------------------------------------------------------------------
// STRICT columns.

/// The types a STRICT table allows.
pub const StrictType = enum {
    any,
    int,
    integer,
    real,
    text,
    blob,

    pub fn name(strict_type: StrictType) []const u8 {
        return switch (strict_type) {
            .any => "ANY",
            .int => "INT",
            .integer => "INTEGER",
            .real => "REAL",
            .text => "TEXT",
            .blob => "BLOB",
        };
    }

    pub fn affinity(strict_type: StrictType) Affinity {
        return switch (strict_type) {
            .any, .blob => .blob,
            .int, .integer => .integer,
            .real => .real,
            .text => .text,
        };
    }
};

/// The STRICT type a declared name spells exactly (case-insensitive), else null.
pub fn strictTypeFromName(type_name: []const u8) ?StrictType {
    inline for (@typeInfo(StrictType).@"enum".fields) |field| {
        if (std.ascii.eqlIgnoreCase(type_name, field.name)) return @enumFromInt(field.value);
    }
    return null;
}

/// "STRICT-like" typing for any declared name: exact STRICT names map to themselves, others by
/// affinity (VARCHAR -> TEXT, DOUBLE -> REAL, BIGINT -> INTEGER, no type -> ANY). NUMERIC
/// affinity has no STRICT counterpart and maps to ANY after applying NUMERIC affinity (the
/// caller applies it through applyColumnAffinity).
pub fn strictTypeFromDeclared(type_name: []const u8) StrictType {
    if (strictTypeFromName(type_name)) |strict_type| return strict_type;
    return switch (affinityFromTypeName(type_name)) {
        .integer => .integer,
        .real => .real,
        .text => .text,
        .blob => if (type_name.len == 0) .any else .blob,
        .numeric => .any,
    };
}

/// Applies the column's affinity and accepts the result only if it has the column's storage
/// class (see the file comment). On rejection fills `diagnostic` and returns TypeMismatch.
pub fn checkStrict(
    allocator: std.mem.Allocator,
    strict_type: StrictType,
    value: Value,
    diagnostic: *Diagnostic,
) Error!Value {
    if (value == .null or strict_type == .any) return value;
    const converted = try applyColumnAffinity(allocator, value, strict_type.affinity());
    const class = storageClass(converted);
    assert(class != .null);
    const fits = switch (strict_type) {
        .any => unreachable,
        .int, .integer => class == .integer,
        .real => class == .real,
        .text => class == .text,
        .blob => class == .blob,
    };
    if (fits) return converted;
    diagnostic.expected_type = strict_type.name();
    diagnostic.actual_class = class;
    return error.TypeMismatch;
}

/// Copies a value's bytes into `allocator` so it outlives its source (a page, a row arena).
pub fn dupe(allocator: std.mem.Allocator, value: Value) Error!Value {
    return switch (value) {
        .text => |bytes| .{ .text = try dupeBytes(allocator, bytes) },
        .blob => |bytes| .{ .blob = try dupeBytes(allocator, bytes) },
        else => value,
    };
}

/// A copy of `bytes`, unfilled (storage/unpainted.zig): binding a text value copies it per row.
fn dupeBytes(allocator: std.mem.Allocator, bytes: []const u8) error{OutOfMemory}![]u8 {
    const copy = try unpainted.alloc(u8, allocator, bytes.len);
    @memcpy(copy, bytes);
    return copy;
}

/// Fails with TooBig if a result of `size_bytes` would exceed the value limit.
pub fn checkSize(size_bytes: u64) Error!void {
    if (size_bytes > value_size_bytes_max) return error.TooBig;
}

// ---------------------------------------------------------------------------------------------
// Tests. Expected values come from `sqlite3` 3.40.1.

const testing = std.testing;

/// Test helper: values equal by class and content (reals bit for bit).
pub fn expectValue(expected: Value, actual: Value) !void {
    const equal = switch (expected) {
        .null => actual == .null,
        .integer => |integer| actual == .integer and actual.integer == integer,
        .real => |real| actual == .real and
            @as(u64, @bitCast(actual.real)) == @as(u64, @bitCast(real)),
        .text => |bytes| actual == .text and std.mem.eql(u8, bytes, actual.text),
        .blob => |bytes| actual == .blob and std.mem.eql(u8, bytes, actual.blob),
    };
    if (!equal) {
        std.debug.print("expected {any}, got {any}\n", .{ expected, actual });
        return error.TestExpectedEqual;
    }
}

test "affinity from type names" {
    const Case = struct { name: []const u8, affinity: Affinity };
    const cases = [_]Case{
        .{ .name = "INT", .affinity = .integer },            .{ .name = "integer", .affinity = .integer },
        .{ .name = "BIGINT", .affinity = .integer },         .{ .name = "VARCHAR(10)", .affinity = .text },
        .{ .name = "NCHAR", .affinity = .text },             .{ .name = "clob", .affinity = .text },
        .{ .name = "TEXT", .affinity = .text },              .{ .name = "BLOB", .affinity = .blob },
        .{ .name = "", .affinity = .blob },                  .{ .name = "REAL", .affinity = .real },
        .{ .name = "DOUBLE PRECISION", .affinity = .real },  .{ .name = "FLOAT", .affinity = .real },
        .{ .name = "NUMERIC", .affinity = .numeric },        .{ .name = "DECIMAL(10,5)", .affinity = .numeric },
        .{ .name = "BOOLEAN", .affinity = .numeric },        .{ .name = "DATETIME", .affinity = .numeric },
        .{ .name = "FLOATING POINT", .affinity = .integer }, .{ .name = "CHARINT", .affinity = .integer },
        .{ .name = "STRING", .affinity = .numeric },         .{ .name = "ANY", .affinity = .numeric },
        .{ .name = "BLOBTEXT", .affinity = .text },          .{ .name = "TEXTBLOB", .affinity = .text },
    };
    for (cases) |case| {
        testing.expectEqual(case.affinity, affinityFromTypeName(case.name)) catch |err| {
            std.debug.print("type name {s}\n", .{case.name});
            return err;
        };
    }
}

test "CAST follows sqlite3" {
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    const a = arena.allocator();
    const Case = struct { in: Value, to: Affinity, out: Value };
    const cases = [_]Case{
        .{ .in = .{ .real = 1.0 }, .to = .numeric, .out = .{ .real = 1.0 } },
        .{ .in = .{ .text = "abc" }, .to = .numeric, .out = .{ .integer = 0 } },
        .{ .in = .{ .text = "1e3" }, .to = .numeric, .out = .{ .integer = 1000 } },
        .{ .in = .{ .text = "1.5e1x" }, .to = .numeric, .out = .{ .integer = 15 } },
        .{ .in = .{ .text = "1e20" }, .to = .numeric, .out = .{ .real = 1e20 } },
        .{ .in = .{ .text = "9223372036854775808" }, .to = .numeric, .out = .{ .real = 9223372036854775808.0 } },
        .{ .in = .{ .text = " 12 " }, .to = .numeric, .out = .{ .integer = 12 } },
        .{ .in = .{ .text = "9223372036854775808" }, .to = .integer, .out = .{ .integer = numeric.largest_int64 } },
        .{ .in = .{ .text = "-9223372036854775809" }, .to = .integer, .out = .{ .integer = numeric.smallest_int64 } },
        .{ .in = .{ .text = "1e3" }, .to = .integer, .out = .{ .integer = 1 } },
        .{ .in = .{ .blob = "12" }, .to = .integer, .out = .{ .integer = 12 } },
        .{ .in = .{ .real = 1e19 }, .to = .integer, .out = .{ .integer = numeric.largest_int64 } },
        .{ .in = .{ .real = -3.7 }, .to = .integer, .out = .{ .integer = -3 } },
        .{ .in = .{ .text = "1.5x" }, .to = .real, .out = .{ .real = 1.5 } },
        .{ .in = .{ .integer = 12 }, .to = .blob, .out = .{ .blob = "12" } },
        .{ .in = .{ .real = 1e20 }, .to = .text, .out = .{ .text = "1.0e+20" } },
        .{ .in = .{ .blob = "ab" }, .to = .text, .out = .{ .text = "ab" } },
        .{ .in = .null, .to = .text, .out = .null },
    };
    for (cases) |case| try expectValue(case.out, try cast(a, case.in, case.to));
}

test "column affinity as stored by sqlite3" {
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    const a = arena.allocator();
    const Case = struct { in: Value, affinity: Affinity, out: Value };
    const cases = [_]Case{
        .{ .in = .{ .text = "12" }, .affinity = .integer, .out = .{ .integer = 12 } },
        .{ .in = .{ .text = "12" }, .affinity = .real, .out = .{ .real = 12.0 } },
        .{ .in = .{ .integer = 12 }, .affinity = .text, .out = .{ .text = "12" } },
        .{ .in = .{ .real = 1.0 }, .affinity = .integer, .out = .{ .integer = 1 } },
        .{ .in = .{ .integer = 1 }, .affinity = .real, .out = .{ .real = 1.0 } },
        .{ .in = .{ .real = 1.5 }, .affinity = .text, .out = .{ .text = "1.5" } },
        .{ .in = .{ .text = "1.0" }, .affinity = .numeric, .out = .{ .integer = 1 } },
        .{ .in = .{ .text = "1e3" }, .affinity = .integer, .out = .{ .integer = 1000 } },
        .{ .in = .{ .text = "x" }, .affinity = .real, .out = .{ .text = "x" } },
        .{ .in = .{ .text = " 12 " }, .affinity = .integer, .out = .{ .integer = 12 } },
        .{ .in = .{ .text = "1.5x" }, .affinity = .real, .out = .{ .text = "1.5x" } },
        .{ .in = .{ .real = 1e20 }, .affinity = .text, .out = .{ .text = "1.0e+20" } },
        .{ .in = .{ .text = "9223372036854775808" }, .affinity = .numeric, .out = .{ .real = 9223372036854775808.0 } },
        .{ .in = .{ .blob = "12" }, .affinity = .integer, .out = .{ .blob = "12" } },
    };
    for (cases) |case| try expectValue(case.out, try applyColumnAffinity(a, case.in, case.affinity));
}

test "STRICT columns accept, convert or reject as sqlite3 does" {
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    const a = arena.allocator();
    var diagnostic: Diagnostic = .{};
    try expectValue(.{ .integer = 12 }, try checkStrict(a, .int, .{ .text = "12.0" }, &diagnostic));
    try expectValue(.{ .integer = 1000 }, try checkStrict(a, .int, .{ .text = "1e3" }, &diagnostic));
    try expectValue(.{ .real = 12.0 }, try checkStrict(a, .real, .{ .integer = 12 }, &diagnostic));
    try expectValue(.{ .text = "1.0e+20" }, try checkStrict(a, .text, .{ .real = 1e20 }, &diagnostic));
    try expectValue(.{ .text = "abc" }, try checkStrict(a, .any, .{ .text = "abc" }, &diagnostic));
    try expectValue(.null, try checkStrict(a, .blob, .null, &diagnostic));
    try testing.expectError(error.TypeMismatch, checkStrict(a, .int, .{ .text = "1.5" }, &diagnostic));
    var buffer: [128]u8 = undefined;
    try testing.expectEqualStrings(
        "cannot store REAL value in INT column",
        diagnostic.message(error.TypeMismatch, &buffer),
    );
    diagnostic.column_name = "t.d";
    try testing.expectError(error.TypeMismatch, checkStrict(a, .blob, .{ .integer = 12 }, &diagnostic));
    try testing.expectEqualStrings(
        "cannot store INT value in BLOB column t.d",
        diagnostic.message(error.TypeMismatch, &buffer),
    );
    try testing.expectError(error.TypeMismatch, checkStrict(a, .text, .{ .blob = "\x01" }, &diagnostic));
    try testing.expectError(error.TypeMismatch, checkStrict(a, .real, .{ .text = "abc" }, &diagnostic));
    try testing.expectEqual(StrictType.text, strictTypeFromDeclared("varchar(10)"));
    try testing.expectEqual(StrictType.any, strictTypeFromDeclared(""));
}

test "truthiness and arithmetic reading of text" {
    try testing.expectEqual(@as(?bool, true), truthy(.{ .text = "0.5abc" }));
    try testing.expectEqual(@as(?bool, false), truthy(.{ .text = "abc" }));
    try testing.expectEqual(@as(?bool, null), truthy(.null));
    try testing.expectEqual(@as(?bool, true), truthy(.{ .real = -0.1 }));
    try expectValue(.{ .integer = 12 }, arithmeticOperand(.{ .text = "12abc" }));
    try expectValue(.{ .real = 1.5 }, arithmeticOperand(.{ .text = "1.5x" }));
    try expectValue(.{ .integer = 0 }, arithmeticOperand(.{ .text = "abc" }));
    try expectValue(.{ .real = 1000.0 }, arithmeticOperand(.{ .text = "1e3" }));
    try expectValue(.{ .real = 9223372036854775808.0 }, arithmeticOperand(.{ .text = "9223372036854775808" }));
}

test "error messages use SQLite's words" {
    var buffer: [128]u8 = undefined;
    const diagnostic: Diagnostic = .{ .function_name = "substr" };
    try testing.expectEqualStrings(
        "wrong number of arguments to function substr()",
        diagnostic.message(error.WrongArgumentCount, &buffer),
    );
    try testing.expectEqualStrings("integer overflow", diagnostic.message(error.IntegerOverflow, &buffer));
    try testing.expectEqualStrings("string or blob too big", diagnostic.message(error.TooBig, &buffer));
    try testing.expectEqualStrings("no such function: substr", diagnostic.message(error.UnknownFunction, &buffer));
}
