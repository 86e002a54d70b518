//! The built-in scalar SQL functions, with SQLite 3.40's results, NULL handling and arity errors.
//!
//! The executor resolves a name once (`lookup`, case-insensitive), checks the argument count
//! (`checkArity`, which fills the diagnostic so the message reads "wrong number of arguments to
//! function substr()"), and then calls `Function.implementation` per row with a `Context`.
//! `call` does all three for convenience.
//!
//! Context: results that need new bytes are allocated in `Context.allocator` (an arena per row
//! or statement); random() and randomblob() draw from `Context.random`; date and time functions
//! read 'now' from `Context.now_unix_ms`, which the executor fixes once per statement as
//! SQLite does. There is no global state.
//!
//! One-argument min() and max() are the aggregates (aggregates.zig); the scalar forms here take
//! two or more arguments, as in SQLite. Text is read as SQLite's C API reads it: functions that
//! walk characters (length, substr, trim's character set, unicode, printf's %s) stop at a NUL
//! byte, while byte-wise ones (replace, upper, lower, hex of a blob) use every byte.
const std = @import("std");
const assert = std.debug.assert;
const value_mod = @import("value.zig");
const numeric = @import("numeric.zig");
const compare = @import("compare.zig");
const printf = @import("printf.zig");
const like_mod = @import("like.zig");
const datetime = @import("datetime.zig");

const Value = value_mod.Value;
const Error = value_mod.Error;
const Diagnostic = value_mod.Diagnostic;

pub const Context = struct {
    allocator: std.mem.Allocator,
    /// For random() and randomblob(). Seed it per connection; tests pass a fixed seed.
    random: std.Random,
    /// The statement's 'now', in milliseconds since 1970-01-01 UTC.
    now_unix_ms: i64,
    /// PRAGMA case_sensitive_like.
    case_sensitive_like: bool = false,
    diagnostic: Diagnostic = .{},
};

pub const Implementation = *const fn (context: *Context, args: []const Value) Error!Value;

/// Marks a function that takes any number of arguments from `arity_min` up.
pub const arity_variadic: u8 = 255;

pub const Function = struct {
    name: []const u8,
    arity_min: u8,
    arity_max: u8,
    /// Same arguments, same result (false for random(), 'now'-dependent date functions).
    deterministic: bool = true,
    implementation: Implementation,
};

const functions = [_]Function{
    .{ .name = "abs", .arity_min = 1, .arity_max = 1, .implementation = abs },
    .{ .name = "char", .arity_min = 0, .arity_max = arity_variadic, .implementation = char },
    .{ .name = "coalesce", .arity_min = 2, .arity_max = arity_variadic, .implementation = coalesce },
    .{ .name = "format", .arity_min = 0, .arity_max = arity_variadic, .implementation = printfFunction },
    .{ .name = "glob", .arity_min = 2, .arity_max = 2, .implementation = glob },
    .{ .name = "hex", .arity_min = 1, .arity_max = 1, .implementation = hex },
    .{ .name = "ifnull", .arity_min = 2, .arity_max = 2, .implementation = coalesce },
    .{ .name = "iif", .arity_min = 3, .arity_max = 3, .implementation = iif },
    .{ .name = "instr", .arity_min = 2, .arity_max = 2, .implementation = instr },
    .{ .name = "length", .arity_min = 1, .arity_max = 1, .implementation = length },
    .{ .name = "like", .arity_min = 2, .arity_max = 3, .implementation = like },
    .{ .name = "likelihood", .arity_min = 2, .arity_max = 2, .implementation = first },
    .{ .name = "likely", .arity_min = 1, .arity_max = 1, .implementation = first },
    .{ .name = "lower", .arity_min = 1, .arity_max = 1, .implementation = lower },
    .{ .name = "ltrim", .arity_min = 1, .arity_max = 2, .implementation = ltrim },
    .{ .name = "max", .arity_min = 2, .arity_max = arity_variadic, .implementation = max },
    .{ .name = "min", .arity_min = 2, .arity_max = arity_variadic, .implementation = min },
    .{ .name = "nullif", .arity_min = 2, .arity_max = 2, .implementation = nullif },
    .{ .name = "printf", .arity_min = 0, .arity_max = arity_variadic, .implementation = printfFunction },
    .{ .name = "quote", .arity_min = 1, .arity_max = 1, .implementation = quote },
    .{ .name = "random", .arity_min = 0, .arity_max = 0, .deterministic = false, .implementation = random },
    .{ .name = "randomblob", .arity_min = 1, .arity_max = 1, .deterministic = false, .implementation = randomblob },
    .{ .name = "replace", .arity_min = 3, .arity_max = 3, .implementation = replace },
    .{ .name = "round", .arity_min = 1, .arity_max = 2, .implementation = round },
    .{ .name = "rtrim", .arity_min = 1, .arity_max = 2, .implementation = rtrim },
    .{ .name = "sign", .arity_min = 1, .arity_max = 1, .implementation = sign },
    .{ .name = "substr", .arity_min = 2, .arity_max = 3, .implementation = substr },
    .{ .name = "substring", .arity_min = 2, .arity_max = 3, .implementation = substr },
    .{ .name = "trim", .arity_min = 1, .arity_max = 2, .implementation = trim },
    .{ .name = "typeof", .arity_min = 1, .arity_max = 1, .implementation = typeof },
    .{ .name = "unicode", .arity_min = 1, .arity_max = 1, .implementation = unicode },
    .{ .name = "unlikely", .arity_min = 1, .arity_max = 1, .implementation = first },
    .{ .name = "upper", .arity_min = 1, .arity_max = 1, .implementation = upper },
    .{ .name = "zeroblob", .arity_min = 1, .arity_max = 1, .implementation = zeroblob },
} ++ datetime.functions;

/// Every scalar function, for the planner and for tests.
pub fn all() []const Function {
    return &functions;
}

/// The function of that name (case-insensitive), or null.
pub fn lookup(name: []const u8) ?*const Function {
    for (&functions) |*function| {
        if (std.ascii.eqlIgnoreCase(function.name, name)) return function;
    }
    return null;
}

/// WrongArgumentCount (naming the function as the user wrote it) unless `count` fits.
pub fn checkArity(function: *const Function, name_as_written: []const u8, count: usize, diagnostic: *Diagnostic) Error!void {
    const fits = count >= function.arity_min and
        (function.arity_max == arity_variadic or count <= function.arity_max);
    if (fits) return;
    diagnostic.function_name = name_as_written;
    return error.WrongArgumentCount;
}

/// lookup + checkArity + the call.
pub fn call(context: *Context, name: []const u8, args: []const Value) Error!Value {
    const function = lookup(name) orelse {
        context.diagnostic.function_name = name;
        return error.UnknownFunction;
    };
    try checkArity(function, name, args.len, &context.diagnostic);
    return function.implementation(context, args);
}

// ---------------------------------------------------------------------------------------------
// Helpers.

/// A text as SQLite's C API sees it when walking characters: up to the first NUL.
fn cText(bytes: []const u8) []const u8 {
    return like_mod.cString(bytes);
}

/// Byte length of the UTF-8 character starting at `index` (SQLITE_SKIP_UTF8).
fn skipUtf8(bytes: []const u8, index: usize) usize {
    var next = index + 1;
    if (bytes[index] >= 0xc0) {
        while (next < bytes.len and (bytes[next] & 0xc0) == 0x80) next += 1;
    }
    assert(next <= bytes.len);
    return next;
}

fn countChars(bytes: []const u8) usize {
    var count: usize = 0;
    for (bytes) |byte| {
        if ((byte & 0xc0) != 0x80) count += 1;
    }
    return count;
}

fn textResult(context: *Context, bytes: []const u8) Error!Value {
    try value_mod.checkSize(bytes.len);
    return .{ .text = try context.allocator.dupe(u8, bytes) };
}

// ---------------------------------------------------------------------------------------------
// NULL handling and choice.

fn coalesce(_: *Context, args: []const Value) Error!Value {
    assert(args.len >= 2);
    for (args) |arg| {
        if (arg != .null) return arg;
    }
    return .null;
}

fn nullif(_: *Context, args: []const Value) Error!Value {
    assert(args.len == 2);
    if (compare.compareValues(args[0], args[1], .binary) != .eq) return args[0];
    return .null;
}

fn iif(_: *Context, args: []const Value) Error!Value {
    assert(args.len == 3);
    return if (value_mod.truthy(args[0]) == true) args[1] else args[2];
}

/// likely(x), unlikely(x), likelihood(x, p): x itself (they are planner hints).
fn first(_: *Context, args: []const Value) Error!Value {
    assert(args.len >= 1);
    return args[0];
}

/// min(a, b, ...): NULL if any argument is NULL; among equals the last wins (SQLite's loop).
fn min(_: *Context, args: []const Value) Error!Value {
    return pickExtreme(args, .lt);
}

/// max(a, b, ...): NULL if any argument is NULL; among equals the first wins.
fn max(_: *Context, args: []const Value) Error!Value {
    return pickExtreme(args, .gt);
}

fn pickExtreme(args: []const Value, want: std.math.Order) Value {
    assert(args.len >= 2);
    var best: usize = 0;
    for (args, 0..) |arg, index| {
        if (arg == .null) return .null;
        if (index == 0) continue;
        const order = compare.compareValues(args[best], arg, .binary);
        const replace_best = if (want == .lt) order != .lt else order == .lt;
        if (replace_best) best = index;
    }
    return args[best];
}

// ---------------------------------------------------------------------------------------------
// Numbers.

fn abs(_: *Context, args: []const Value) Error!Value {
    return switch (args[0]) {
        .null => .null,
        .integer => |integer| if (integer == numeric.smallest_int64)
            error.IntegerOverflow
        else
            .{ .integer = if (integer < 0) -integer else integer },
        else => .{ .real = @abs(value_mod.toReal(args[0])) },
    };
}

/// sign(x): -1, 0 or 1 for numbers and numeric text; NULL otherwise.
fn sign(_: *Context, args: []const Value) Error!Value {
    const number: Value = switch (args[0]) {
        .integer, .real => args[0],
        .text => |bytes| value_mod.numericAffinityOfText(bytes, false) orelse return .null,
        .null, .blob => return .null,
    };
    const real = value_mod.toReal(number);
    return .{ .integer = if (real < 0.0) -1 else if (real > 0.0) 1 else 0 };
}

/// round(x [, digits]): always a real; half away from zero, through printf for digits > 0.
fn round(_: *Context, args: []const Value) Error!Value {
    var digits: i32 = 0;
    if (args.len == 2) {
        if (args[1] == .null) return .null;
        digits = std.math.clamp(value_mod.toInt32(args[1]), 0, 30);
    }
    if (args[0] == .null) return .null;
    const real = value_mod.toReal(args[0]);
    if (real < -4503599627370496.0 or real > 4503599627370496.0) return .{ .real = real };
    if (digits == 0) {
        const shifted = real + (if (real < 0.0) @as(f64, -0.5) else 0.5);
        return .{ .real = @floatFromInt(@as(i64, @intFromFloat(shifted))) };
    }
    var buffer: [numeric.floatCapacityBytes(30)]u8 = undefined;
    const length = numeric.formatFloat(&buffer, real, .{
        .style = .fixed,
        .precision = @intCast(digits),
        .alternate2 = true,
    });
    return .{ .real = numeric.atof(buffer[0..length]).value };
}

fn random(context: *Context, args: []const Value) Error!Value {
    assert(args.len == 0);
    var r = context.random.int(i64);
    // As SQLite: never return the minimum, so abs(random()) cannot overflow.
    if (r < 0) r = -(r & numeric.largest_int64);
    assert(r != numeric.smallest_int64);
    return .{ .integer = r };
}

fn randomblob(context: *Context, args: []const Value) Error!Value {
    const size_bytes: i64 = @max(1, value_mod.toInt64(args[0]));
    try value_mod.checkSize(@intCast(size_bytes));
    const bytes = try context.allocator.alloc(u8, @intCast(size_bytes));
    context.random.bytes(bytes);
    return .{ .blob = bytes };
}

fn zeroblob(context: *Context, args: []const Value) Error!Value {
    const size_bytes: i64 = @max(0, value_mod.toInt64(args[0]));
    try value_mod.checkSize(@intCast(size_bytes));
    const bytes = try context.allocator.alloc(u8, @intCast(size_bytes));
    @memset(bytes, 0);
    return .{ .blob = bytes };
}

// ---------------------------------------------------------------------------------------------
// Text.

fn typeof(_: *Context, args: []const Value) Error!Value {
    return .{ .text = value_mod.storageClass(args[0]).typeofName() };
}

/// length(x): characters of text (up to a NUL), bytes of a blob, characters of a number's text.
fn length(_: *Context, args: []const Value) Error!Value {
    var buffer: value_mod.TextBuffer = undefined;
    return switch (args[0]) {
        .null => .null,
        .blob => |bytes| .{ .integer = @intCast(bytes.len) },
        .text => |bytes| .{ .integer = @intCast(countChars(cText(bytes))) },
        .integer, .real => .{ .integer = @intCast(value_mod.textOf(args[0], &buffer).?.len) },
    };
}

fn lower(context: *Context, args: []const Value) Error!Value {
    return changeCase(context, args[0], std.ascii.toLower);
}

fn upper(context: *Context, args: []const Value) Error!Value {
    return changeCase(context, args[0], std.ascii.toUpper);
}

fn changeCase(context: *Context, arg: Value, comptime convert: fn (u8) u8) Error!Value {
    var buffer: value_mod.TextBuffer = undefined;
    const text = value_mod.textOf(arg, &buffer) orelse return .null;
    const out = try context.allocator.alloc(u8, text.len);
    for (text, out) |byte, *target| target.* = convert(byte);
    return .{ .text = out };
}

fn hex(context: *Context, args: []const Value) Error!Value {
    var buffer: value_mod.TextBuffer = undefined;
    const bytes = value_mod.textOf(args[0], &buffer) orelse "";
    try value_mod.checkSize(2 * @as(u64, bytes.len));
    const out = try context.allocator.alloc(u8, 2 * bytes.len);
    const digits = "0123456789ABCDEF";
    for (bytes, 0..) |byte, index| {
        out[2 * index] = digits[byte >> 4];
        out[2 * index + 1] = digits[byte & 0x0f];
    }
    return .{ .text = out };
}

/// quote(x): an SQL literal for x.
fn quote(context: *Context, args: []const Value) Error!Value {
    switch (args[0]) {
        .null => return .{ .text = "NULL" },
        .integer => return .{ .text = (try value_mod.toTextAlloc(context.allocator, args[0])).? },
        .real => |real| {
            var buffer: value_mod.TextBuffer = undefined;
            const text = value_mod.textOf(args[0], &buffer).?;
            if (numeric.atof(text).value == real) return textResult(context, text);
            const exact = try printf.format(context.allocator, "%!.20e", &.{args[0]});
            return .{ .text = exact };
        },
        .text => return .{ .text = try printf.format(context.allocator, "%Q", &.{args[0]}) },
        .blob => |bytes| {
            const digits = (try hex(context, &.{.{ .blob = bytes }})).text;
            return .{ .text = try std.mem.concat(context.allocator, u8, &.{ "X'", digits, "'" }) };
        },
    }
}

/// substr(x, start [, count]): 1-based; a negative start counts from the end; a negative
/// count takes characters before start. Characters for text, bytes for blobs. Start and count
/// are read as 32-bit integers, as sqlite3_value_int does.
fn substr(context: *Context, args: []const Value) Error!Value {
    if (args[1] == .null or (args.len == 3 and args[2] == .null)) return .null;
    var buffer: value_mod.TextBuffer = undefined;
    const is_blob = args[0] == .blob;
    const whole = value_mod.textOf(args[0], &buffer) orelse return .null;
    const bytes = if (is_blob) whole else cText(whole);
    var start: i64 = value_mod.toInt32(args[1]);
    const total: i64 = @intCast(if (is_blob) bytes.len else countChars(bytes));
    var count: i64 = if (args.len == 3) value_mod.toInt32(args[2]) else 1_000_000_000;
    const count_negative = count < 0;
    if (count_negative) count = -count;
    if (start < 0) {
        start += total;
        if (start < 0) {
            count = @max(0, count + start);
            start = 0;
        }
    } else if (start > 0) {
        start -= 1;
    } else if (count > 0) {
        count -= 1;
    }
    if (count_negative) {
        start -= count;
        if (start < 0) {
            count += start;
            start = 0;
        }
    }
    assert(start >= 0 and count >= 0);
    if (is_blob) {
        const from: usize = @intCast(@min(start, total));
        const to: usize = @intCast(@min(start + count, total));
        return .{ .blob = try context.allocator.dupe(u8, bytes[from..@max(from, to)]) };
    }
    const from = skipChars(bytes, 0, start);
    const to = skipChars(bytes, from, count);
    return textResult(context, bytes[from..to]);
}

fn skipChars(bytes: []const u8, start: usize, count: i64) usize {
    var index = start;
    var left = count;
    while (left > 0 and index < bytes.len) : (left -= 1) index = skipUtf8(bytes, index);
    return index;
}

fn trim(context: *Context, args: []const Value) Error!Value {
    return trimSides(context, args, true, true);
}

fn ltrim(context: *Context, args: []const Value) Error!Value {
    return trimSides(context, args, true, false);
}

fn rtrim(context: *Context, args: []const Value) Error!Value {
    return trimSides(context, args, false, true);
}

/// Removes characters of the set (default: space) from the chosen ends. Whole characters of
/// the set are matched bytewise, as SQLite does.
fn trimSides(context: *Context, args: []const Value, left: bool, right: bool) Error!Value {
    var buffer: value_mod.TextBuffer = undefined;
    var set_buffer: value_mod.TextBuffer = undefined;
    var text = value_mod.textOf(args[0], &buffer) orelse return .null;
    const set: []const u8 = if (args.len == 2)
        cText(value_mod.textOf(args[1], &set_buffer) orelse return .null)
    else
        " ";
    if (left) {
        while (text.len > 0) {
            const matched = matchSetChar(set, text, true) orelse break;
            text = text[matched..];
        }
    }
    if (right) {
        while (text.len > 0) {
            const matched = matchSetChar(set, text, false) orelse break;
            text = text[0 .. text.len - matched];
        }
    }
    return textResult(context, text);
}

/// The byte length of the first set character that `text` starts (or ends) with.
fn matchSetChar(set: []const u8, text: []const u8, at_start: bool) ?usize {
    var index: usize = 0;
    while (index < set.len) {
        const next = skipUtf8(set, index);
        const character = set[index..next];
        const matches = if (at_start)
            std.mem.startsWith(u8, text, character)
        else
            std.mem.endsWith(u8, text, character);
        if (matches) return character.len;
        index = next;
    }
    return null;
}

/// replace(x, from, to): every occurrence, left to right, bytewise. An empty `from` returns
/// x itself, unconverted.
fn replace(context: *Context, args: []const Value) Error!Value {
    var buffers: [3]value_mod.TextBuffer = undefined;
    const text = value_mod.textOf(args[0], &buffers[0]) orelse return .null;
    const pattern = value_mod.textOf(args[1], &buffers[1]) orelse return .null;
    if (pattern.len == 0 or pattern[0] == 0) return args[0];
    const replacement = value_mod.textOf(args[2], &buffers[2]) orelse return .null;
    var out = std.ArrayList(u8).init(context.allocator);
    var index: usize = 0;
    while (index < text.len) {
        if (std.mem.startsWith(u8, text[index..], pattern)) {
            try out.appendSlice(replacement);
            index += pattern.len;
        } else {
            try out.append(text[index]);
            index += 1;
        }
        try value_mod.checkSize(out.items.len);
    }
    return .{ .text = try out.toOwnedSlice() };
}

/// instr(haystack, needle): 1-based position in characters (bytes when both are blobs),
/// 0 when absent; an empty needle is found at 1.
fn instr(_: *Context, args: []const Value) Error!Value {
    if (args[0] == .null or args[1] == .null) return .null;
    var buffers: [2]value_mod.TextBuffer = undefined;
    const haystack = value_mod.textOf(args[0], &buffers[0]).?;
    const needle = value_mod.textOf(args[1], &buffers[1]).?;
    const as_bytes = args[0] == .blob and args[1] == .blob;
    if (needle.len == 0) return .{ .integer = 1 };
    const found = std.mem.indexOf(u8, haystack, needle) orelse return .{ .integer = 0 };
    if (as_bytes) return .{ .integer = @intCast(found + 1) };
    return .{ .integer = @intCast(countChars(haystack[0..found]) + 1) };
}

/// unicode(x): the code point of the first character; NULL for NULL or empty.
fn unicode(_: *Context, args: []const Value) Error!Value {
    var buffer: value_mod.TextBuffer = undefined;
    const text = cText(value_mod.textOf(args[0], &buffer) orelse return .null);
    if (text.len == 0) return .null;
    return .{ .integer = decodeUtf8(text) };
}

/// sqlite3Utf8Read of the first character (lenient: bad forms are U+FFFD).
fn decodeUtf8(text: []const u8) i64 {
    assert(text.len > 0);
    var c: u32 = text[0];
    if (c < 0xc0) return c;
    const lead = [_]u8{ 0x1f, 0x0f, 0x07, 0x03, 0x01 };
    c &= if (c < 0xe0) lead[0] else if (c < 0xf0) lead[1] else if (c < 0xf8) lead[2] else if (c < 0xfc) lead[3] else lead[4];
    if (text[0] >= 0xf8) c = text[0] & 0x03;
    var index: usize = 1;
    while (index < text.len and (text[index] & 0xc0) == 0x80) : (index += 1) {
        c = (c << 6) +% (text[index] & 0x3f);
    }
    if (c < 0x80 or (c & 0xFFFFF800) == 0xD800 or (c & 0xFFFFFFFE) == 0xFFFE) return 0xFFFD;
    return c;
}

/// char(c1, c2, ...): the text of these code points; out-of-range ones become U+FFFD.
fn char(context: *Context, args: []const Value) Error!Value {
    var out = try std.ArrayList(u8).initCapacity(context.allocator, 4 * args.len);
    for (args) |arg| {
        var code = value_mod.toInt64(arg);
        if (code < 0 or code > 0x10ffff) code = 0xfffd;
        appendUtf8(&out, @intCast(code));
    }
    return .{ .text = try out.toOwnedSlice() };
}

/// Encodes like SQLite's char(): surrogates are written as three bytes, not rejected.
fn appendUtf8(out: *std.ArrayList(u8), code: u32) void {
    assert(code <= 0x10ffff);
    if (code < 0x80) {
        out.appendAssumeCapacity(@intCast(code));
    } else if (code < 0x800) {
        out.appendAssumeCapacity(@intCast(0xc0 | (code >> 6)));
        out.appendAssumeCapacity(@intCast(0x80 | (code & 0x3f)));
    } else if (code < 0x10000) {
        out.appendAssumeCapacity(@intCast(0xe0 | (code >> 12)));
        out.appendAssumeCapacity(@intCast(0x80 | ((code >> 6) & 0x3f)));
        out.appendAssumeCapacity(@intCast(0x80 | (code & 0x3f)));
    } else {
        out.appendAssumeCapacity(@intCast(0xf0 | (code >> 18)));
        out.appendAssumeCapacity(@intCast(0x80 | ((code >> 12) & 0x3f)));
        out.appendAssumeCapacity(@intCast(0x80 | ((code >> 6) & 0x3f)));
        out.appendAssumeCapacity(@intCast(0x80 | (code & 0x3f)));
    }
}

fn printfFunction(context: *Context, args: []const Value) Error!Value {
    if (args.len == 0) return .null;
    var buffer: value_mod.TextBuffer = undefined;
    const format_text = value_mod.textOf(args[0], &buffer) orelse return .null;
    return .{ .text = try printf.format(context.allocator, format_text, args[1..]) };
}

/// like(pattern, text [, escape]) — note the order: the pattern comes first.
fn like(context: *Context, args: []const Value) Error!Value {
    var buffers: [3]value_mod.TextBuffer = undefined;
    const pattern = value_mod.textOf(args[0], &buffers[0]);
    if (pattern) |bytes| {
        if (bytes.len > like_mod.pattern_bytes_max) return error.PatternTooComplex;
    }
    var options: like_mod.LikeOptions = .{ .case_sensitive = context.case_sensitive_like };
    if (args.len == 3) {
        const escape = value_mod.textOf(args[2], &buffers[2]) orelse return .null;
        options.escape = like_mod.escapeChar(cText(escape)) orelse return error.InvalidEscape;
    }
    const text = value_mod.textOf(args[1], &buffers[1]) orelse return .null;
    const p = pattern orelse return .null;
    return .{ .integer = @intFromBool(like_mod.like(p, text, options)) };
}

fn glob(_: *Context, args: []const Value) Error!Value {
    var buffers: [2]value_mod.TextBuffer = undefined;
    const pattern = value_mod.textOf(args[0], &buffers[0]);
    if (pattern) |bytes| {
        if (bytes.len > like_mod.pattern_bytes_max) return error.PatternTooComplex;
    }
    const text = value_mod.textOf(args[1], &buffers[1]) orelse return .null;
    const p = pattern orelse return .null;
    return .{ .integer = @intFromBool(like_mod.glob(p, text)) };
}
