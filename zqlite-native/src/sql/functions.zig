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

/// Characters as SQLite counts them: SQLITE_SKIP_UTF8 steps, so a stray continuation byte is
/// a character of its own.
fn countChars(bytes: []const u8) usize {
    var count: usize = 0;
    var index: usize = 0;
    while (index < bytes.len) : (count += 1) index = skipUtf8(bytes, index);
    assert(count <= bytes.len);
    return count;
}

fn textResult(context: *Context, bytes: []const u8) Error!Value {
    try value_mod.checkSize(bytes.len);
    assert(bytes.len <= value_mod.value_size_bytes_max);
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

/// round(x [, digits]): always a real; half away from zero, through printf("%.*f") (16
/// significant digits) and back for digits > 0, as SQLite 3.40 does.
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
        return .{ .real = @floatFromInt(numeric.cTruncate(shifted)) };
    }
    var buffer: [numeric.floatCapacityBytes(30)]u8 = undefined;
    const rendered_len = numeric.formatFloat(&buffer, real, .{
        .style = .fixed,
        .precision = @intCast(digits),
    });
    return .{ .real = numeric.atof(buffer[0..rendered_len]).value };
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
    assert(from <= to and to <= bytes.len);
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
/// 0 when absent; an empty needle is found at 1. Mixed blob/text compares the text forms.
fn instr(_: *Context, args: []const Value) Error!Value {
    if (args[0] == .null or args[1] == .null) return .null;
    var buffers: [2]value_mod.TextBuffer = undefined;
    const haystack = value_mod.textOf(args[0], &buffers[0]).?;
    const needle = value_mod.textOf(args[1], &buffers[1]).?;
    if (needle.len == 0) return .{ .integer = 1 };
    const as_text = !(args[0] == .blob and args[1] == .blob);
    return .{ .integer = instrPosition(haystack, needle, as_text) };
}

/// SQLite's scan: try each start position, stepping one byte and then (for text) over
/// continuation bytes; the position counts those steps.
fn instrPosition(haystack: []const u8, needle: []const u8, as_text: bool) i64 {
    assert(needle.len > 0);
    var position: i64 = 1;
    var index: usize = 0;
    while (index + needle.len <= haystack.len) : (position += 1) {
        if (std.mem.eql(u8, haystack[index .. index + needle.len], needle)) return position;
        index += 1;
        while (as_text and index < haystack.len and (haystack[index] & 0xc0) == 0x80) index += 1;
    }
    return 0;
}

/// unicode(x): the code point of the first character; NULL for NULL or empty.
fn unicode(_: *Context, args: []const Value) Error!Value {
    var buffer: value_mod.TextBuffer = undefined;
    const text = cText(value_mod.textOf(args[0], &buffer) orelse return .null);
    if (text.len == 0) return .null;
    return .{ .integer = like_mod.firstCodePoint(text) };
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

// ---------------------------------------------------------------------------------------------
// Tests. Expected values come from `sqlite3` 3.40.1.

const testing = std.testing;

/// Test helper: an SQL literal as a Value. Forms: NULL, 'text' ('' escapes), x'hex' (blob),
/// t'hex' (text from hex, for texts with NULs), and numbers (real if they hold . e or E).
pub fn literalValue(allocator: std.mem.Allocator, literal: []const u8) !Value {
    if (std.mem.eql(u8, literal, "NULL")) return .null;
    if (literal.len >= 3 and (literal[0] == 'x' or literal[0] == 't') and literal[1] == '\'') {
        const digits = literal[2 .. literal.len - 1];
        const bytes = try allocator.alloc(u8, digits.len / 2);
        _ = try std.fmt.hexToBytes(bytes, digits);
        return if (literal[0] == 'x') .{ .blob = bytes } else .{ .text = bytes };
    }
    if (literal[0] == '\'') {
        const size = std.mem.replacementSize(u8, literal[1 .. literal.len - 1], "''", "'");
        const text = try allocator.alloc(u8, size);
        _ = std.mem.replace(u8, literal[1 .. literal.len - 1], "''", "'", text);
        return .{ .text = text };
    }
    if (std.mem.indexOfAny(u8, literal, ".eE") != null) return .{ .real = numeric.atof(literal).value };
    return .{ .integer = numeric.atoi64(literal).value };
}

/// Test helper: compares with an expected (storage class, rendering) pair as the generator
/// printed them: integers in decimal, reals as printf('%!.20e'), text and blobs in hex.
pub fn expectRendered(class: value_mod.StorageClass, want: []const u8, got: Value) !void {
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    const a = arena.allocator();
    try testing.expectEqual(class, value_mod.storageClass(got));
    switch (got) {
        .null => {},
        .integer => |integer| try testing.expectEqual(numeric.atoi64(want).value, integer),
        .real => {
            const rendered = try printf.format(a, "%!.20e", &.{got});
            try testing.expectEqualStrings(want, rendered);
        },
        .text, .blob => |bytes| {
            const expected = try a.alloc(u8, want.len / 2);
            _ = try std.fmt.hexToBytes(expected, want);
            try testing.expectEqualSlices(u8, expected, bytes);
        },
    }
}

fn testContext(allocator: std.mem.Allocator, prng: *std.Random.DefaultPrng) Context {
    return .{ .allocator = allocator, .random = prng.random(), .now_unix_ms = 1700000000000 };
}

test "scalar functions agree with sqlite3 (580 calls)" {
    // Generated offline: for each row, sqlite3 3.40.1 ran `select typeof(F(ARGS)), <rendering>`.
    const Class = value_mod.StorageClass;
    const Case = struct { f: []const u8, args: []const []const u8, class: Class, want: []const u8 };
    const cases = [_]Case{
        .{ .f = "abs", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "abs", .args = &.{"0"}, .class = .integer, .want = "0" },
        .{ .f = "abs", .args = &.{"-5"}, .class = .integer, .want = "5" },
        .{ .f = "abs", .args = &.{"9223372036854775807"}, .class = .integer, .want = "9223372036854775807" },
        .{ .f = "abs", .args = &.{"-9223372036854775807"}, .class = .integer, .want = "9223372036854775807" },
        .{ .f = "abs", .args = &.{"1.5"}, .class = .real, .want = "1.5e+00" },
        .{ .f = "abs", .args = &.{"-2.5"}, .class = .real, .want = "2.5e+00" },
        .{ .f = "abs", .args = &.{"-0.0"}, .class = .real, .want = "0.0e+00" },
        .{ .f = "abs", .args = &.{"'-5'"}, .class = .real, .want = "5.0e+00" },
        .{ .f = "abs", .args = &.{"'abc'"}, .class = .real, .want = "0.0e+00" },
        .{ .f = "abs", .args = &.{"x'01'"}, .class = .real, .want = "0.0e+00" },
        .{ .f = "abs", .args = &.{"''"}, .class = .real, .want = "0.0e+00" },
        .{ .f = "abs", .args = &.{"'12abc'"}, .class = .real, .want = "1.20000000000000000004e+01" },
        .{ .f = "length", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "length", .args = &.{"'hello'"}, .class = .integer, .want = "5" },
        .{ .f = "length", .args = &.{"'héllo'"}, .class = .integer, .want = "5" },
        .{ .f = "length", .args = &.{"12345"}, .class = .integer, .want = "5" },
        .{ .f = "length", .args = &.{"1.5"}, .class = .integer, .want = "3" },
        .{ .f = "length", .args = &.{"1e20"}, .class = .integer, .want = "7" },
        .{ .f = "length", .args = &.{"x'000102'"}, .class = .integer, .want = "3" },
        .{ .f = "length", .args = &.{"''"}, .class = .integer, .want = "0" },
        .{ .f = "length", .args = &.{"t'610062'"}, .class = .integer, .want = "1" },
        .{ .f = "length", .args = &.{"-0.0"}, .class = .integer, .want = "3" },
        .{ .f = "lower", .args = &.{"'Hello É'"}, .class = .text, .want = "68656C6C6F20C389" },
        .{ .f = "upper", .args = &.{"'Hello É'"}, .class = .text, .want = "48454C4C4F20C389" },
        .{ .f = "lower", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "upper", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "lower", .args = &.{"123"}, .class = .text, .want = "313233" },
        .{ .f = "upper", .args = &.{"123"}, .class = .text, .want = "313233" },
        .{ .f = "lower", .args = &.{"x'616263'"}, .class = .text, .want = "616263" },
        .{ .f = "upper", .args = &.{"x'616263'"}, .class = .text, .want = "414243" },
        .{ .f = "lower", .args = &.{"1.5"}, .class = .text, .want = "312E35" },
        .{ .f = "upper", .args = &.{"1.5"}, .class = .text, .want = "312E35" },
        .{ .f = "substr", .args = &.{ "'hello'", "-3" }, .class = .text, .want = "6C6C6F" },
        .{ .f = "substr", .args = &.{ "'hello'", "-3", "2" }, .class = .text, .want = "6C6C" },
        .{ .f = "substr", .args = &.{ "'hello'", "0" }, .class = .text, .want = "68656C6C6F" },
        .{ .f = "substr", .args = &.{ "'hello'", "0", "2" }, .class = .text, .want = "68" },
        .{ .f = "substr", .args = &.{ "'hello'", "2", "-1" }, .class = .text, .want = "68" },
        .{ .f = "substr", .args = &.{ "'hello'", "3", "-5" }, .class = .text, .want = "6865" },
        .{ .f = "substr", .args = &.{ "'hello'", "-10", "7" }, .class = .text, .want = "6865" },
        .{ .f = "substr", .args = &.{ "x'0102030405'", "2", "2" }, .class = .blob, .want = "0203" },
        .{ .f = "substr", .args = &.{ "x'0102030405'", "-2" }, .class = .blob, .want = "0405" },
        .{ .f = "substr", .args = &.{ "x'0102030405'", "4", "10" }, .class = .blob, .want = "0405" },
        .{ .f = "substr", .args = &.{ "12345", "2", "3" }, .class = .text, .want = "323334" },
        .{ .f = "substr", .args = &.{ "'héllo'", "2", "2" }, .class = .text, .want = "C3A96C" },
        .{ .f = "substr", .args = &.{ "'hello'", "4294967298", "2" }, .class = .text, .want = "656C" },
        .{ .f = "substr", .args = &.{ "'hello'", "NULL" }, .class = .null, .want = "" },
        .{ .f = "substr", .args = &.{ "NULL", "1" }, .class = .null, .want = "" },
        .{ .f = "substr", .args = &.{ "'hello'", "1", "NULL" }, .class = .null, .want = "" },
        .{ .f = "substr", .args = &.{ "'hello'", "6" }, .class = .text, .want = "" },
        .{ .f = "substr", .args = &.{ "'hello'", "-1", "-2" }, .class = .text, .want = "6C6C" },
        .{ .f = "substr", .args = &.{ "'hello'", "0", "-1" }, .class = .text, .want = "" },
        .{ .f = "substr", .args = &.{ "'hello'", "2", "0" }, .class = .text, .want = "" },
        .{ .f = "substr", .args = &.{ "'hello'", "'2'", "'2x'" }, .class = .text, .want = "656C" },
        .{ .f = "substr", .args = &.{ "1.5", "2" }, .class = .text, .want = "2E35" },
        .{ .f = "substr", .args = &.{ "'héllo wörld'", "-5", "3" }, .class = .text, .want = "77C3B672" },
        .{ .f = "substr", .args = &.{ "x'0102'", "0", "1" }, .class = .blob, .want = "" },
        .{ .f = "substr", .args = &.{ "'abc'", "-9223372036854775808" }, .class = .text, .want = "616263" },
        .{ .f = "substring", .args = &.{ "'hello'", "2", "3" }, .class = .text, .want = "656C6C" },
        .{ .f = "trim", .args = &.{"'  a  '"}, .class = .text, .want = "61" },
        .{ .f = "ltrim", .args = &.{"'  a  '"}, .class = .text, .want = "612020" },
        .{ .f = "rtrim", .args = &.{"'  a  '"}, .class = .text, .want = "202061" },
        .{ .f = "trim", .args = &.{ "'xxaxx'", "'x'" }, .class = .text, .want = "61" },
        .{ .f = "ltrim", .args = &.{ "'xxaxx'", "'x'" }, .class = .text, .want = "617878" },
        .{ .f = "rtrim", .args = &.{ "'xxaxx'", "'x'" }, .class = .text, .want = "787861" },
        .{ .f = "trim", .args = &.{ "'éaé'", "'é'" }, .class = .text, .want = "61" },
        .{ .f = "ltrim", .args = &.{ "'éaé'", "'é'" }, .class = .text, .want = "61C3A9" },
        .{ .f = "rtrim", .args = &.{ "'éaé'", "'é'" }, .class = .text, .want = "C3A961" },
        .{ .f = "trim", .args = &.{ "'abc'", "''" }, .class = .text, .want = "616263" },
        .{ .f = "ltrim", .args = &.{ "'abc'", "''" }, .class = .text, .want = "616263" },
        .{ .f = "rtrim", .args = &.{ "'abc'", "''" }, .class = .text, .want = "616263" },
        .{ .f = "trim", .args = &.{ "'abc'", "NULL" }, .class = .null, .want = "" },
        .{ .f = "ltrim", .args = &.{ "'abc'", "NULL" }, .class = .null, .want = "" },
        .{ .f = "rtrim", .args = &.{ "'abc'", "NULL" }, .class = .null, .want = "" },
        .{ .f = "trim", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "ltrim", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "rtrim", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "trim", .args = &.{ "123", "'1'" }, .class = .text, .want = "3233" },
        .{ .f = "ltrim", .args = &.{ "123", "'1'" }, .class = .text, .want = "3233" },
        .{ .f = "rtrim", .args = &.{ "123", "'1'" }, .class = .text, .want = "313233" },
        .{ .f = "trim", .args = &.{"'  '"}, .class = .text, .want = "" },
        .{ .f = "ltrim", .args = &.{"'  '"}, .class = .text, .want = "" },
        .{ .f = "rtrim", .args = &.{"'  '"}, .class = .text, .want = "" },
        .{ .f = "trim", .args = &.{"x'2020612020'"}, .class = .text, .want = "61" },
        .{ .f = "ltrim", .args = &.{"x'2020612020'"}, .class = .text, .want = "612020" },
        .{ .f = "rtrim", .args = &.{"x'2020612020'"}, .class = .text, .want = "202061" },
        .{ .f = "trim", .args = &.{ "'abcba'", "'ab'" }, .class = .text, .want = "63" },
        .{ .f = "ltrim", .args = &.{ "'abcba'", "'ab'" }, .class = .text, .want = "636261" },
        .{ .f = "rtrim", .args = &.{ "'abcba'", "'ab'" }, .class = .text, .want = "616263" },
        .{ .f = "trim", .args = &.{ "'aéb'", "'bé'" }, .class = .text, .want = "61" },
        .{ .f = "ltrim", .args = &.{ "'aéb'", "'bé'" }, .class = .text, .want = "61C3A962" },
        .{ .f = "rtrim", .args = &.{ "'aéb'", "'bé'" }, .class = .text, .want = "61" },
        .{ .f = "replace", .args = &.{ "'aaa'", "'a'", "'bb'" }, .class = .text, .want = "626262626262" },
        .{ .f = "replace", .args = &.{ "5", "''", "'x'" }, .class = .integer, .want = "5" },
        .{ .f = "replace", .args = &.{ "'abc'", "NULL", "'x'" }, .class = .null, .want = "" },
        .{ .f = "replace", .args = &.{ "'abc'", "'b'", "NULL" }, .class = .null, .want = "" },
        .{ .f = "replace", .args = &.{ "NULL", "'a'", "'b'" }, .class = .null, .want = "" },
        .{ .f = "replace", .args = &.{ "'abcabc'", "'bc'", "''" }, .class = .text, .want = "6161" },
        .{ .f = "replace", .args = &.{ "123123", "2", "9" }, .class = .text, .want = "313933313933" },
        .{ .f = "replace", .args = &.{ "'aaaa'", "'aa'", "'a'" }, .class = .text, .want = "6161" },
        .{ .f = "replace", .args = &.{ "1.5", "'.'", "','" }, .class = .text, .want = "312C35" },
        .{ .f = "replace", .args = &.{ "x'616263'", "'b'", "'X'" }, .class = .text, .want = "615863" },
        .{ .f = "instr", .args = &.{ "'héllo'", "'l'" }, .class = .integer, .want = "3" },
        .{ .f = "instr", .args = &.{ "x'0102'", "x'02'" }, .class = .integer, .want = "2" },
        .{ .f = "instr", .args = &.{ "'abc'", "''" }, .class = .integer, .want = "1" },
        .{ .f = "instr", .args = &.{ "'abc'", "NULL" }, .class = .null, .want = "" },
        .{ .f = "instr", .args = &.{ "12345", "34" }, .class = .integer, .want = "3" },
        .{ .f = "instr", .args = &.{ "'abc'", "'d'" }, .class = .integer, .want = "0" },
        .{ .f = "instr", .args = &.{ "x'0102'", "'a'" }, .class = .integer, .want = "0" },
        .{ .f = "instr", .args = &.{ "'ééa'", "'a'" }, .class = .integer, .want = "3" },
        .{ .f = "instr", .args = &.{ "''", "''" }, .class = .integer, .want = "1" },
        .{ .f = "instr", .args = &.{ "1.5", "'.'" }, .class = .integer, .want = "2" },
        .{ .f = "round", .args = &.{"2.5"}, .class = .real, .want = "3.0e+00" },
        .{ .f = "round", .args = &.{"-2.5"}, .class = .real, .want = "-3.0e+00" },
        .{ .f = "round", .args = &.{"0.5"}, .class = .real, .want = "1.0e+00" },
        .{ .f = "round", .args = &.{ "1.005", "2" }, .class = .real, .want = "1.01000000000000000888e+00" },
        .{ .f = "round", .args = &.{ "2.675", "2" }, .class = .real, .want = "2.68000000000000015987e+00" },
        .{ .f = "round", .args = &.{ "1234.5678", "-2" }, .class = .real, .want = "1.23500000000000000001e+03" },
        .{ .f = "round", .args = &.{"'3.7'"}, .class = .real, .want = "4.0e+00" },
        .{ .f = "round", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "round", .args = &.{ "1", "NULL" }, .class = .null, .want = "" },
        .{ .f = "round", .args = &.{"9223372036854775807"}, .class = .real, .want = "9.2233720368547758078e+18" },
        .{ .f = "round", .args = &.{ "1e20", "2" }, .class = .real, .want = "1.0e+20" },
        .{ .f = "round", .args = &.{ "0.1234567890123456789", "31" }, .class = .real, .want = "1.23456789012345594103e-01" },
        .{ .f = "round", .args = &.{"5"}, .class = .real, .want = "5.0e+00" },
        .{ .f = "round", .args = &.{"-0.5"}, .class = .real, .want = "-1.0e+00" },
        .{ .f = "round", .args = &.{"0.49999999999999994"}, .class = .real, .want = "1.0e+00" },
        .{ .f = "round", .args = &.{ "1.25", "1" }, .class = .real, .want = "1.3000000000000000444e+00" },
        .{ .f = "round", .args = &.{ "1.35", "1" }, .class = .real, .want = "1.39999999999999991118e+00" },
        .{ .f = "round", .args = &.{ "-1.45", "1" }, .class = .real, .want = "-1.5e+00" },
        .{ .f = "round", .args = &.{ "123.456", "2" }, .class = .real, .want = "1.23459999999999993748e+02" },
        .{ .f = "round", .args = &.{ "1e-10", "5" }, .class = .real, .want = "0.0e+00" },
        .{ .f = "round", .args = &.{"4503599627370497.0"}, .class = .real, .want = "4.50359962737049700004e+15" },
        .{ .f = "round", .args = &.{"'abc'"}, .class = .real, .want = "0.0e+00" },
        .{ .f = "round", .args = &.{"x'01'"}, .class = .real, .want = "0.0e+00" },
        .{ .f = "round", .args = &.{ "3.14159", "'2'" }, .class = .real, .want = "3.14000000000000012434e+00" },
        .{ .f = "min", .args = &.{ "1", "2" }, .class = .integer, .want = "1" },
        .{ .f = "max", .args = &.{ "1", "2" }, .class = .integer, .want = "2" },
        .{ .f = "min", .args = &.{ "1", "1.0" }, .class = .real, .want = "1.0e+00" },
        .{ .f = "max", .args = &.{ "1", "1.0" }, .class = .integer, .want = "1" },
        .{ .f = "min", .args = &.{ "1.0", "1" }, .class = .integer, .want = "1" },
        .{ .f = "max", .args = &.{ "1.0", "1" }, .class = .real, .want = "1.0e+00" },
        .{ .f = "min", .args = &.{ "'a'", "1" }, .class = .integer, .want = "1" },
        .{ .f = "max", .args = &.{ "'a'", "1" }, .class = .text, .want = "61" },
        .{ .f = "min", .args = &.{ "NULL", "1" }, .class = .null, .want = "" },
        .{ .f = "max", .args = &.{ "NULL", "1" }, .class = .null, .want = "" },
        .{ .f = "min", .args = &.{ "1", "x'00'", "'z'" }, .class = .integer, .want = "1" },
        .{ .f = "max", .args = &.{ "1", "x'00'", "'z'" }, .class = .blob, .want = "00" },
        .{ .f = "min", .args = &.{ "3", "2", "1" }, .class = .integer, .want = "1" },
        .{ .f = "max", .args = &.{ "3", "2", "1" }, .class = .integer, .want = "3" },
        .{ .f = "min", .args = &.{ "'b'", "'a'", "'B'" }, .class = .text, .want = "42" },
        .{ .f = "max", .args = &.{ "'b'", "'a'", "'B'" }, .class = .text, .want = "62" },
        .{ .f = "typeof", .args = &.{"NULL"}, .class = .text, .want = "6E756C6C" },
        .{ .f = "typeof", .args = &.{"1"}, .class = .text, .want = "696E7465676572" },
        .{ .f = "typeof", .args = &.{"1.5"}, .class = .text, .want = "7265616C" },
        .{ .f = "typeof", .args = &.{"'a'"}, .class = .text, .want = "74657874" },
        .{ .f = "typeof", .args = &.{"x'01'"}, .class = .text, .want = "626C6F62" },
        .{ .f = "hex", .args = &.{"NULL"}, .class = .text, .want = "" },
        .{ .f = "hex", .args = &.{"'abc'"}, .class = .text, .want = "363136323633" },
        .{ .f = "hex", .args = &.{"x'00ff'"}, .class = .text, .want = "30304646" },
        .{ .f = "hex", .args = &.{"12"}, .class = .text, .want = "33313332" },
        .{ .f = "hex", .args = &.{"-1.5"}, .class = .text, .want = "3244333132453335" },
        .{ .f = "hex", .args = &.{"1e20"}, .class = .text, .want = "3331324533303635324233323330" },
        .{ .f = "hex", .args = &.{"''"}, .class = .text, .want = "" },
        .{ .f = "quote", .args = &.{"NULL"}, .class = .text, .want = "4E554C4C" },
        .{ .f = "quote", .args = &.{"1"}, .class = .text, .want = "31" },
        .{ .f = "quote", .args = &.{"-9223372036854775808"}, .class = .text, .want = "2D39323233333732303336383534373735383038" },
        .{ .f = "quote", .args = &.{"1.5"}, .class = .text, .want = "312E35" },
        .{ .f = "quote", .args = &.{"0.1"}, .class = .text, .want = "302E31" },
        .{ .f = "quote", .args = &.{"1e300"}, .class = .text, .want = "312E30652B333030" },
        .{ .f = "quote", .args = &.{"-0.0"}, .class = .text, .want = "302E30" },
        .{ .f = "quote", .args = &.{"x'00ff'"}, .class = .text, .want = "58273030464627" },
        .{ .f = "quote", .args = &.{"'a''b'"}, .class = .text, .want = "276127276227" },
        .{ .f = "quote", .args = &.{"1e-320"}, .class = .text, .want = "392E3939393838383637313832363833652D333231" },
        .{ .f = "quote", .args = &.{"100.0"}, .class = .text, .want = "3130302E30" },
        .{ .f = "quote", .args = &.{"0.30000000000000004"}, .class = .text, .want = "332E3030303030303030303030303030303434343038652D3031" },
        .{ .f = "quote", .args = &.{"t'610062'"}, .class = .text, .want = "276127" },
        .{ .f = "quote", .args = &.{"1.7976931348623157e308"}, .class = .text, .want = "312E3739373639333133343836323331353632323334652B333038" },
        .{ .f = "quote", .args = &.{"123456789.123456789"}, .class = .text, .want = "312E3233343536373839313233343536373931303339652B3038" },
        .{ .f = "coalesce", .args = &.{ "1", "2" }, .class = .integer, .want = "1" },
        .{ .f = "coalesce", .args = &.{ "NULL", "2" }, .class = .integer, .want = "2" },
        .{ .f = "coalesce", .args = &.{ "NULL", "NULL" }, .class = .null, .want = "" },
        .{ .f = "coalesce", .args = &.{ "NULL", "NULL", "3" }, .class = .integer, .want = "3" },
        .{ .f = "coalesce", .args = &.{ "'a'", "2" }, .class = .text, .want = "61" },
        .{ .f = "ifnull", .args = &.{ "NULL", "'x'" }, .class = .text, .want = "78" },
        .{ .f = "ifnull", .args = &.{ "1", "'x'" }, .class = .integer, .want = "1" },
        .{ .f = "nullif", .args = &.{ "1", "1.0" }, .class = .null, .want = "" },
        .{ .f = "nullif", .args = &.{ "1", "2" }, .class = .integer, .want = "1" },
        .{ .f = "nullif", .args = &.{ "'a'", "'A'" }, .class = .text, .want = "61" },
        .{ .f = "nullif", .args = &.{ "NULL", "1" }, .class = .null, .want = "" },
        .{ .f = "nullif", .args = &.{ "1", "NULL" }, .class = .integer, .want = "1" },
        .{ .f = "nullif", .args = &.{ "'1'", "1" }, .class = .text, .want = "31" },
        .{ .f = "iif", .args = &.{ "1", "'y'", "'n'" }, .class = .text, .want = "79" },
        .{ .f = "iif", .args = &.{ "0", "'y'", "'n'" }, .class = .text, .want = "6E" },
        .{ .f = "iif", .args = &.{ "NULL", "'y'", "'n'" }, .class = .text, .want = "6E" },
        .{ .f = "iif", .args = &.{ "'0.5'", "'y'", "'n'" }, .class = .text, .want = "79" },
        .{ .f = "iif", .args = &.{ "'abc'", "'y'", "'n'" }, .class = .text, .want = "6E" },
        .{ .f = "iif", .args = &.{ "0.0", "1", "2" }, .class = .integer, .want = "2" },
        .{ .f = "sign", .args = &.{"'12'"}, .class = .integer, .want = "1" },
        .{ .f = "sign", .args = &.{"' -1.5 '"}, .class = .integer, .want = "-1" },
        .{ .f = "sign", .args = &.{"'abc'"}, .class = .null, .want = "" },
        .{ .f = "sign", .args = &.{"x'01'"}, .class = .null, .want = "" },
        .{ .f = "sign", .args = &.{"-0.0"}, .class = .integer, .want = "0" },
        .{ .f = "sign", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "sign", .args = &.{"5"}, .class = .integer, .want = "1" },
        .{ .f = "sign", .args = &.{"-3"}, .class = .integer, .want = "-1" },
        .{ .f = "sign", .args = &.{"0"}, .class = .integer, .want = "0" },
        .{ .f = "sign", .args = &.{"'1e3'"}, .class = .integer, .want = "1" },
        .{ .f = "sign", .args = &.{"'12abc'"}, .class = .null, .want = "" },
        .{ .f = "sign", .args = &.{"1e-300"}, .class = .integer, .want = "1" },
        .{ .f = "unicode", .args = &.{"''"}, .class = .null, .want = "" },
        .{ .f = "unicode", .args = &.{"'é'"}, .class = .integer, .want = "233" },
        .{ .f = "unicode", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "unicode", .args = &.{"'abc'"}, .class = .integer, .want = "97" },
        .{ .f = "unicode", .args = &.{"65"}, .class = .integer, .want = "54" },
        .{ .f = "unicode", .args = &.{"x'f09f9880'"}, .class = .integer, .want = "128512" },
        .{ .f = "unicode", .args = &.{"x'c0'"}, .class = .integer, .want = "65533" },
        .{ .f = "unicode", .args = &.{"x'ff'"}, .class = .integer, .want = "65533" },
        .{ .f = "char", .args = &.{}, .class = .text, .want = "" },
        .{ .f = "char", .args = &.{ "233", "-1", "1114112", "1114111", "55296" }, .class = .text, .want = "C3A9EFBFBDEFBFBDF48FBFBFEDA080" },
        .{ .f = "char", .args = &.{ "72", "105" }, .class = .text, .want = "4869" },
        .{ .f = "char", .args = &.{ "NULL", "65" }, .class = .text, .want = "0041" },
        .{ .f = "char", .args = &.{ "'66'", "67.9" }, .class = .text, .want = "4243" },
        .{ .f = "printf", .args = &.{ "'%d-%s'", "5", "'x'" }, .class = .text, .want = "352D78" },
        .{ .f = "printf", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "printf", .args = &.{ "'%5.2f|'", "3.14159" }, .class = .text, .want = "20332E31347C" },
        .{ .f = "printf", .args = &.{ "'%c'", "'hello'" }, .class = .text, .want = "68" },
        .{ .f = "printf", .args = &.{ "'%q'", "'it''s'" }, .class = .text, .want = "6974272773" },
        .{ .f = "printf", .args = &.{"'abc'"}, .class = .text, .want = "616263" },
        .{ .f = "printf", .args = &.{ "'%.3s'", "'abcdef'" }, .class = .text, .want = "616263" },
        .{ .f = "printf", .args = &.{"'%d'"}, .class = .text, .want = "30" },
        .{ .f = "printf", .args = &.{ "123", "4" }, .class = .text, .want = "313233" },
        .{ .f = "format", .args = &.{ "'%05d'", "42" }, .class = .text, .want = "3030303432" },
        .{ .f = "like", .args = &.{ "'a%'", "'ABC'" }, .class = .integer, .want = "1" },
        .{ .f = "like", .args = &.{ "'a_c'", "'abc'" }, .class = .integer, .want = "1" },
        .{ .f = "like", .args = &.{ "NULL", "'a'" }, .class = .null, .want = "" },
        .{ .f = "like", .args = &.{ "'a'", "NULL" }, .class = .null, .want = "" },
        .{ .f = "like", .args = &.{ "'a\\%'", "'a%'", "'\\'" }, .class = .integer, .want = "1" },
        .{ .f = "like", .args = &.{ "'é'", "'É'" }, .class = .integer, .want = "0" },
        .{ .f = "like", .args = &.{ "'%'", "''" }, .class = .integer, .want = "1" },
        .{ .f = "like", .args = &.{ "'abc'", "'abc'", "NULL" }, .class = .null, .want = "" },
        .{ .f = "glob", .args = &.{ "'a*'", "'abc'" }, .class = .integer, .want = "1" },
        .{ .f = "glob", .args = &.{ "'A*'", "'abc'" }, .class = .integer, .want = "0" },
        .{ .f = "glob", .args = &.{ "'[a-c]?'", "'bx'" }, .class = .integer, .want = "1" },
        .{ .f = "glob", .args = &.{ "NULL", "'a'" }, .class = .null, .want = "" },
        .{ .f = "glob", .args = &.{ "'*é'", "'aé'" }, .class = .integer, .want = "1" },
        .{ .f = "zeroblob", .args = &.{"0"}, .class = .blob, .want = "" },
        .{ .f = "zeroblob", .args = &.{"-5"}, .class = .blob, .want = "" },
        .{ .f = "zeroblob", .args = &.{"3"}, .class = .blob, .want = "000000" },
        .{ .f = "zeroblob", .args = &.{"NULL"}, .class = .blob, .want = "" },
        .{ .f = "zeroblob", .args = &.{"'2'"}, .class = .blob, .want = "0000" },
        .{ .f = "likely", .args = &.{"5"}, .class = .integer, .want = "5" },
        .{ .f = "unlikely", .args = &.{"'x'"}, .class = .text, .want = "78" },
        .{ .f = "likelihood", .args = &.{ "1.5", "0.5" }, .class = .real, .want = "1.5e+00" },
        .{ .f = "date", .args = &.{"'2000-01-01'"}, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{"'2000-01-01'"}, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{"'2000-01-01'"}, .class = .text, .want = "323030302D30312D30312030303A30303A3030" },
        .{ .f = "julianday", .args = &.{"'2000-01-01'"}, .class = .real, .want = "2.4515444999999999999e+06" },
        .{ .f = "unixepoch", .args = &.{"'2000-01-01'"}, .class = .integer, .want = "946684800" },
        .{ .f = "date", .args = &.{"'2000-01-01 12:34:56'"}, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{"'2000-01-01 12:34:56'"}, .class = .text, .want = "31323A33343A3536" },
        .{ .f = "datetime", .args = &.{"'2000-01-01 12:34:56'"}, .class = .text, .want = "323030302D30312D30312031323A33343A3536" },
        .{ .f = "julianday", .args = &.{"'2000-01-01 12:34:56'"}, .class = .real, .want = "2.45154502425925945865e+06" },
        .{ .f = "unixepoch", .args = &.{"'2000-01-01 12:34:56'"}, .class = .integer, .want = "946730096" },
        .{ .f = "date", .args = &.{"'2000-01-01T12:34'"}, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{"'2000-01-01T12:34'"}, .class = .text, .want = "31323A33343A3030" },
        .{ .f = "datetime", .args = &.{"'2000-01-01T12:34'"}, .class = .text, .want = "323030302D30312D30312031323A33343A3030" },
        .{ .f = "julianday", .args = &.{"'2000-01-01T12:34'"}, .class = .real, .want = "2.45154502361111110075e+06" },
        .{ .f = "unixepoch", .args = &.{"'2000-01-01T12:34'"}, .class = .integer, .want = "946730040" },
        .{ .f = "date", .args = &.{"'2000-01-01 12:34:56Z'"}, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{"'2000-01-01 12:34:56Z'"}, .class = .text, .want = "31323A33343A3536" },
        .{ .f = "datetime", .args = &.{"'2000-01-01 12:34:56Z'"}, .class = .text, .want = "323030302D30312D30312031323A33343A3536" },
        .{ .f = "julianday", .args = &.{"'2000-01-01 12:34:56Z'"}, .class = .real, .want = "2.45154502425925945865e+06" },
        .{ .f = "unixepoch", .args = &.{"'2000-01-01 12:34:56Z'"}, .class = .integer, .want = "946730096" },
        .{ .f = "date", .args = &.{"'2000-01-01 12:34:56+02:30'"}, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{"'2000-01-01 12:34:56+02:30'"}, .class = .text, .want = "31303A30343A3536" },
        .{ .f = "datetime", .args = &.{"'2000-01-01 12:34:56+02:30'"}, .class = .text, .want = "323030302D30312D30312031303A30343A3536" },
        .{ .f = "julianday", .args = &.{"'2000-01-01 12:34:56+02:30'"}, .class = .real, .want = "2.45154492009259248144e+06" },
        .{ .f = "unixepoch", .args = &.{"'2000-01-01 12:34:56+02:30'"}, .class = .integer, .want = "946721096" },
        .{ .f = "date", .args = &.{"'2000-01-01 12:34:56 -0230'"}, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{"'2000-01-01 12:34:56 -0230'"}, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{"'2000-01-01 12:34:56 -0230'"}, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{"'2000-01-01 12:34:56 -0230'"}, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{"'2000-01-01 12:34:56 -0230'"}, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{"'12:34'"}, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{"'12:34'"}, .class = .text, .want = "31323A33343A3030" },
        .{ .f = "datetime", .args = &.{"'12:34'"}, .class = .text, .want = "323030302D30312D30312031323A33343A3030" },
        .{ .f = "julianday", .args = &.{"'12:34'"}, .class = .real, .want = "2.45154502361111110075e+06" },
        .{ .f = "unixepoch", .args = &.{"'12:34'"}, .class = .integer, .want = "946730040" },
        .{ .f = "date", .args = &.{"'12:34:56.789'"}, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{"'12:34:56.789'"}, .class = .text, .want = "31323A33343A3536" },
        .{ .f = "datetime", .args = &.{"'12:34:56.789'"}, .class = .text, .want = "323030302D30312D30312031323A33343A3536" },
        .{ .f = "julianday", .args = &.{"'12:34:56.789'"}, .class = .real, .want = "2.45154502426839107642e+06" },
        .{ .f = "unixepoch", .args = &.{"'12:34:56.789'"}, .class = .integer, .want = "946730096" },
        .{ .f = "date", .args = &.{"0"}, .class = .text, .want = "2D343731332D31312D3234" },
        .{ .f = "time", .args = &.{"0"}, .class = .text, .want = "31323A30303A3030" },
        .{ .f = "datetime", .args = &.{"0"}, .class = .text, .want = "2D343731332D31312D32342031323A30303A3030" },
        .{ .f = "julianday", .args = &.{"0"}, .class = .real, .want = "0.0e+00" },
        .{ .f = "unixepoch", .args = &.{"0"}, .class = .integer, .want = "-210866760000" },
        .{ .f = "date", .args = &.{"-1"}, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{"-1"}, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{"-1"}, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{"-1"}, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{"-1"}, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{"2451545"}, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{"2451545"}, .class = .text, .want = "31323A30303A3030" },
        .{ .f = "datetime", .args = &.{"2451545"}, .class = .text, .want = "323030302D30312D30312031323A30303A3030" },
        .{ .f = "julianday", .args = &.{"2451545"}, .class = .real, .want = "2.45154499999999999997e+06" },
        .{ .f = "unixepoch", .args = &.{"2451545"}, .class = .integer, .want = "946728000" },
        .{ .f = "date", .args = &.{"2451545.5"}, .class = .text, .want = "323030302D30312D3032" },
        .{ .f = "time", .args = &.{"2451545.5"}, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{"2451545.5"}, .class = .text, .want = "323030302D30312D30322030303A30303A3030" },
        .{ .f = "julianday", .args = &.{"2451545.5"}, .class = .real, .want = "2.45154550000000000004e+06" },
        .{ .f = "unixepoch", .args = &.{"2451545.5"}, .class = .integer, .want = "946771200" },
        .{ .f = "date", .args = &.{"'2451545'"}, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{"'2451545'"}, .class = .text, .want = "31323A30303A3030" },
        .{ .f = "datetime", .args = &.{"'2451545'"}, .class = .text, .want = "323030302D30312D30312031323A30303A3030" },
        .{ .f = "julianday", .args = &.{"'2451545'"}, .class = .real, .want = "2.45154499999999999997e+06" },
        .{ .f = "unixepoch", .args = &.{"'2451545'"}, .class = .integer, .want = "946728000" },
        .{ .f = "date", .args = &.{"1700000000"}, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{"1700000000"}, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{"1700000000"}, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{"1700000000"}, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{"1700000000"}, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{ "1700000000", "'unixepoch'" }, .class = .text, .want = "323032332D31312D3134" },
        .{ .f = "time", .args = &.{ "1700000000", "'unixepoch'" }, .class = .text, .want = "32323A31333A3230" },
        .{ .f = "datetime", .args = &.{ "1700000000", "'unixepoch'" }, .class = .text, .want = "323032332D31312D31342032323A31333A3230" },
        .{ .f = "julianday", .args = &.{ "1700000000", "'unixepoch'" }, .class = .real, .want = "2.46026342592592583979e+06" },
        .{ .f = "unixepoch", .args = &.{ "1700000000", "'unixepoch'" }, .class = .integer, .want = "1700000000" },
        .{ .f = "date", .args = &.{ "1700000000.5", "'unixepoch'" }, .class = .text, .want = "323032332D31312D3134" },
        .{ .f = "time", .args = &.{ "1700000000.5", "'unixepoch'" }, .class = .text, .want = "32323A31333A3230" },
        .{ .f = "datetime", .args = &.{ "1700000000.5", "'unixepoch'" }, .class = .text, .want = "323032332D31312D31342032323A31333A3230" },
        .{ .f = "julianday", .args = &.{ "1700000000.5", "'unixepoch'" }, .class = .real, .want = "2.4602634259317130781e+06" },
        .{ .f = "unixepoch", .args = &.{ "1700000000.5", "'unixepoch'" }, .class = .integer, .want = "1700000000" },
        .{ .f = "date", .args = &.{"'-0001-01-01'"}, .class = .text, .want = "2D303030312D30312D3031" },
        .{ .f = "time", .args = &.{"'-0001-01-01'"}, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{"'-0001-01-01'"}, .class = .text, .want = "2D303030312D30312D30312030303A30303A3030" },
        .{ .f = "julianday", .args = &.{"'-0001-01-01'"}, .class = .real, .want = "1.72069450000000000004e+06" },
        .{ .f = "unixepoch", .args = &.{"'-0001-01-01'"}, .class = .integer, .want = "-62198755200" },
        .{ .f = "date", .args = &.{"'2000-02-30'"}, .class = .text, .want = "323030302D30322D3330" },
        .{ .f = "time", .args = &.{"'2000-02-30'"}, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{"'2000-02-30'"}, .class = .text, .want = "323030302D30322D33302030303A30303A3030" },
        .{ .f = "julianday", .args = &.{"'2000-02-30'"}, .class = .real, .want = "2.45160450000000000006e+06" },
        .{ .f = "unixepoch", .args = &.{"'2000-02-30'"}, .class = .integer, .want = "951868800" },
        .{ .f = "date", .args = &.{"'2000-13-01'"}, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{"'2000-13-01'"}, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{"'2000-13-01'"}, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{"'2000-13-01'"}, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{"'2000-13-01'"}, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'+1 day'" }, .class = .text, .want = "323030302D30312D3032" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'+1 day'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'+1 day'" }, .class = .text, .want = "323030302D30312D30322030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'+1 day'" }, .class = .real, .want = "2.45154550000000000004e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'+1 day'" }, .class = .integer, .want = "946771200" },
        .{ .f = "date", .args = &.{ "'2000-01-31'", "'+1 month'" }, .class = .text, .want = "323030302D30332D3032" },
        .{ .f = "time", .args = &.{ "'2000-01-31'", "'+1 month'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-01-31'", "'+1 month'" }, .class = .text, .want = "323030302D30332D30322030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-01-31'", "'+1 month'" }, .class = .real, .want = "2.45160549999999999998e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-31'", "'+1 month'" }, .class = .integer, .want = "951955200" },
        .{ .f = "date", .args = &.{ "'2000-01-31'", "'-1 month'" }, .class = .text, .want = "313939392D31322D3331" },
        .{ .f = "time", .args = &.{ "'2000-01-31'", "'-1 month'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-01-31'", "'-1 month'" }, .class = .text, .want = "313939392D31322D33312030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-01-31'", "'-1 month'" }, .class = .real, .want = "2.45154349999999999999e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-31'", "'-1 month'" }, .class = .integer, .want = "946598400" },
        .{ .f = "date", .args = &.{ "'2000-02-29'", "'+1 year'" }, .class = .text, .want = "323030312D30332D3031" },
        .{ .f = "time", .args = &.{ "'2000-02-29'", "'+1 year'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-02-29'", "'+1 year'" }, .class = .text, .want = "323030312D30332D30312030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-02-29'", "'+1 year'" }, .class = .real, .want = "2.45196949999999999993e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-02-29'", "'+1 year'" }, .class = .integer, .want = "983404800" },
        .{ .f = "date", .args = &.{ "'2000-01-01 00:00:00'", "'-1 second'" }, .class = .text, .want = "313939392D31322D3331" },
        .{ .f = "time", .args = &.{ "'2000-01-01 00:00:00'", "'-1 second'" }, .class = .text, .want = "32333A35393A3539" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01 00:00:00'", "'-1 second'" }, .class = .text, .want = "313939392D31322D33312032333A35393A3539" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01 00:00:00'", "'-1 second'" }, .class = .real, .want = "2.45154449998842598862e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01 00:00:00'", "'-1 second'" }, .class = .integer, .want = "946684799" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'+1.5 days'" }, .class = .text, .want = "323030302D30312D3032" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'+1.5 days'" }, .class = .text, .want = "31323A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'+1.5 days'" }, .class = .text, .want = "323030302D30312D30322031323A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'+1.5 days'" }, .class = .real, .want = "2.45154599999999999989e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'+1.5 days'" }, .class = .integer, .want = "946814400" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'+36 hours'" }, .class = .text, .want = "323030302D30312D3032" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'+36 hours'" }, .class = .text, .want = "31323A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'+36 hours'" }, .class = .text, .want = "323030302D30312D30322031323A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'+36 hours'" }, .class = .real, .want = "2.45154599999999999989e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'+36 hours'" }, .class = .integer, .want = "946814400" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'+90 minutes'" }, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'+90 minutes'" }, .class = .text, .want = "30313A33303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'+90 minutes'" }, .class = .text, .want = "323030302D30312D30312030313A33303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'+90 minutes'" }, .class = .real, .want = "2.45154456249999999997e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'+90 minutes'" }, .class = .integer, .want = "946690200" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'+10:30'" }, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'+10:30'" }, .class = .text, .want = "31303A33303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'+10:30'" }, .class = .text, .want = "323030302D30312D30312031303A33303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'+10:30'" }, .class = .real, .want = "2.45154493749999999991e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'+10:30'" }, .class = .integer, .want = "946722600" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'-01:30:15.5'" }, .class = .text, .want = "313939392D31322D3331" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'-01:30:15.5'" }, .class = .text, .want = "32323A32393A3434" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'-01:30:15.5'" }, .class = .text, .want = "313939392D31322D33312032323A32393A3434" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'-01:30:15.5'" }, .class = .real, .want = "2.45154443732060166078e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'-01:30:15.5'" }, .class = .integer, .want = "946679384" },
        .{ .f = "date", .args = &.{ "'2000-03-15 10:20:30'", "'start of month'" }, .class = .text, .want = "323030302D30332D3031" },
        .{ .f = "time", .args = &.{ "'2000-03-15 10:20:30'", "'start of month'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-03-15 10:20:30'", "'start of month'" }, .class = .text, .want = "323030302D30332D30312030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-03-15 10:20:30'", "'start of month'" }, .class = .real, .want = "2.45160450000000000006e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-03-15 10:20:30'", "'start of month'" }, .class = .integer, .want = "951868800" },
        .{ .f = "date", .args = &.{ "'2000-03-15 10:20:30'", "'start of year'" }, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{ "'2000-03-15 10:20:30'", "'start of year'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-03-15 10:20:30'", "'start of year'" }, .class = .text, .want = "323030302D30312D30312030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-03-15 10:20:30'", "'start of year'" }, .class = .real, .want = "2.4515444999999999999e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-03-15 10:20:30'", "'start of year'" }, .class = .integer, .want = "946684800" },
        .{ .f = "date", .args = &.{ "'2000-03-15 10:20:30'", "'start of day'" }, .class = .text, .want = "323030302D30332D3135" },
        .{ .f = "time", .args = &.{ "'2000-03-15 10:20:30'", "'start of day'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-03-15 10:20:30'", "'start of day'" }, .class = .text, .want = "323030302D30332D31352030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-03-15 10:20:30'", "'start of day'" }, .class = .real, .want = "2.45161849999999999997e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-03-15 10:20:30'", "'start of day'" }, .class = .integer, .want = "953078400" },
        .{ .f = "date", .args = &.{ "'2000-03-15'", "'weekday 0'" }, .class = .text, .want = "323030302D30332D3139" },
        .{ .f = "time", .args = &.{ "'2000-03-15'", "'weekday 0'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-03-15'", "'weekday 0'" }, .class = .text, .want = "323030302D30332D31392030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-03-15'", "'weekday 0'" }, .class = .real, .want = "2.45162250000000000007e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-03-15'", "'weekday 0'" }, .class = .integer, .want = "953424000" },
        .{ .f = "date", .args = &.{ "'2000-03-15'", "'weekday 3'" }, .class = .text, .want = "323030302D30332D3135" },
        .{ .f = "time", .args = &.{ "'2000-03-15'", "'weekday 3'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-03-15'", "'weekday 3'" }, .class = .text, .want = "323030302D30332D31352030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-03-15'", "'weekday 3'" }, .class = .real, .want = "2.45161849999999999997e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-03-15'", "'weekday 3'" }, .class = .integer, .want = "953078400" },
        .{ .f = "date", .args = &.{ "'2000-03-15'", "'weekday 7'" }, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{ "'2000-03-15'", "'weekday 7'" }, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{ "'2000-03-15'", "'weekday 7'" }, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{ "'2000-03-15'", "'weekday 7'" }, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{ "'2000-03-15'", "'weekday 7'" }, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'localtime'" }, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'localtime'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'localtime'" }, .class = .text, .want = "323030302D30312D30312030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'localtime'" }, .class = .real, .want = "2.4515444999999999999e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'localtime'" }, .class = .integer, .want = "946684800" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'utc'" }, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'utc'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'utc'" }, .class = .text, .want = "323030302D30312D30312030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'utc'" }, .class = .real, .want = "2.4515444999999999999e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'utc'" }, .class = .integer, .want = "946684800" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'bogus'" }, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'bogus'" }, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'bogus'" }, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'bogus'" }, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'bogus'" }, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{ "1700000000", "'auto'" }, .class = .text, .want = "323032332D31312D3134" },
        .{ .f = "time", .args = &.{ "1700000000", "'auto'" }, .class = .text, .want = "32323A31333A3230" },
        .{ .f = "datetime", .args = &.{ "1700000000", "'auto'" }, .class = .text, .want = "323032332D31312D31342032323A31333A3230" },
        .{ .f = "julianday", .args = &.{ "1700000000", "'auto'" }, .class = .real, .want = "2.46026342592592583979e+06" },
        .{ .f = "unixepoch", .args = &.{ "1700000000", "'auto'" }, .class = .integer, .want = "1700000000" },
        .{ .f = "date", .args = &.{ "2451545", "'auto'" }, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{ "2451545", "'auto'" }, .class = .text, .want = "31323A30303A3030" },
        .{ .f = "datetime", .args = &.{ "2451545", "'auto'" }, .class = .text, .want = "323030302D30312D30312031323A30303A3030" },
        .{ .f = "julianday", .args = &.{ "2451545", "'auto'" }, .class = .real, .want = "2.45154499999999999997e+06" },
        .{ .f = "unixepoch", .args = &.{ "2451545", "'auto'" }, .class = .integer, .want = "946728000" },
        .{ .f = "date", .args = &.{ "2451545", "'julianday'" }, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{ "2451545", "'julianday'" }, .class = .text, .want = "31323A30303A3030" },
        .{ .f = "datetime", .args = &.{ "2451545", "'julianday'" }, .class = .text, .want = "323030302D30312D30312031323A30303A3030" },
        .{ .f = "julianday", .args = &.{ "2451545", "'julianday'" }, .class = .real, .want = "2.45154499999999999997e+06" },
        .{ .f = "unixepoch", .args = &.{ "2451545", "'julianday'" }, .class = .integer, .want = "946728000" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'unixepoch'" }, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'unixepoch'" }, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'unixepoch'" }, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'unixepoch'" }, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'unixepoch'" }, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{ "1e20", "'unixepoch'" }, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{ "1e20", "'unixepoch'" }, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{ "1e20", "'unixepoch'" }, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{ "1e20", "'unixepoch'" }, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{ "1e20", "'unixepoch'" }, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'+1 fortnight'" }, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'+1 fortnight'" }, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'+1 fortnight'" }, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'+1 fortnight'" }, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'+1 fortnight'" }, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'+1.5 months'" }, .class = .text, .want = "323030302D30322D3136" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'+1.5 months'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'+1.5 months'" }, .class = .text, .want = "323030302D30322D31362030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'+1.5 months'" }, .class = .real, .want = "2.45159049999999999994e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'+1.5 months'" }, .class = .integer, .want = "950659200" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'+14713 years'" }, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'+14713 years'" }, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'+14713 years'" }, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'+14713 years'" }, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'+14713 years'" }, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{ "'9999-12-31'", "'+1 day'" }, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{ "'9999-12-31'", "'+1 day'" }, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{ "'9999-12-31'", "'+1 day'" }, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{ "'9999-12-31'", "'+1 day'" }, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{ "'9999-12-31'", "'+1 day'" }, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'start of month'", "'+1 month'", "'-1 day'" }, .class = .text, .want = "323030302D30312D3331" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'start of month'", "'+1 month'", "'-1 day'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'start of month'", "'+1 month'", "'-1 day'" }, .class = .text, .want = "323030302D30312D33312030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'start of month'", "'+1 month'", "'-1 day'" }, .class = .real, .want = "2.45157449999999999998e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'start of month'", "'+1 month'", "'-1 day'" }, .class = .integer, .want = "949276800" },
        .{ .f = "date", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{"NULL"}, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{ "'now'", "NULL" }, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{ "'now'", "NULL" }, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{ "'now'", "NULL" }, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{ "'now'", "NULL" }, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{ "'now'", "NULL" }, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{"x'323030302d30312d3031'"}, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{"x'323030302d30312d3031'"}, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{"x'323030302d30312d3031'"}, .class = .text, .want = "323030302D30312D30312030303A30303A3030" },
        .{ .f = "julianday", .args = &.{"x'323030302d30312d3031'"}, .class = .real, .want = "2.4515444999999999999e+06" },
        .{ .f = "unixepoch", .args = &.{"x'323030302d30312d3031'"}, .class = .integer, .want = "946684800" },
        .{ .f = "date", .args = &.{"'2000-01-01 24:00'"}, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{"'2000-01-01 24:00'"}, .class = .text, .want = "32343A30303A3030" },
        .{ .f = "datetime", .args = &.{"'2000-01-01 24:00'"}, .class = .text, .want = "323030302D30312D30312032343A30303A3030" },
        .{ .f = "julianday", .args = &.{"'2000-01-01 24:00'"}, .class = .real, .want = "2.45154550000000000004e+06" },
        .{ .f = "unixepoch", .args = &.{"'2000-01-01 24:00'"}, .class = .integer, .want = "946771200" },
        .{ .f = "date", .args = &.{"'2000-01-01 23:59:60'"}, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{"'2000-01-01 23:59:60'"}, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{"'2000-01-01 23:59:60'"}, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{"'2000-01-01 23:59:60'"}, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{"'2000-01-01 23:59:60'"}, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{"' 2000-01-01'"}, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{"' 2000-01-01'"}, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{"' 2000-01-01'"}, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{"' 2000-01-01'"}, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{"' 2000-01-01'"}, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{"'2000-01-01   12:00'"}, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{"'2000-01-01   12:00'"}, .class = .text, .want = "31323A30303A3030" },
        .{ .f = "datetime", .args = &.{"'2000-01-01   12:00'"}, .class = .text, .want = "323030302D30312D30312031323A30303A3030" },
        .{ .f = "julianday", .args = &.{"'2000-01-01   12:00'"}, .class = .real, .want = "2.45154499999999999997e+06" },
        .{ .f = "unixepoch", .args = &.{"'2000-01-01   12:00'"}, .class = .integer, .want = "946728000" },
        .{ .f = "date", .args = &.{"'2000-01-01 12:00:00.9996'"}, .class = .text, .want = "323030302D30312D3031" },
        .{ .f = "time", .args = &.{"'2000-01-01 12:00:00.9996'"}, .class = .text, .want = "31323A30303A3030" },
        .{ .f = "datetime", .args = &.{"'2000-01-01 12:00:00.9996'"}, .class = .text, .want = "323030302D30312D30312031323A30303A3030" },
        .{ .f = "julianday", .args = &.{"'2000-01-01 12:00:00.9996'"}, .class = .real, .want = "2.45154500001157401125e+06" },
        .{ .f = "unixepoch", .args = &.{"'2000-01-01 12:00:00.9996'"}, .class = .integer, .want = "946728001" },
        .{ .f = "date", .args = &.{"'2000-01-01 12:00 +14:00'"}, .class = .text, .want = "313939392D31322D3331" },
        .{ .f = "time", .args = &.{"'2000-01-01 12:00 +14:00'"}, .class = .text, .want = "32323A30303A3030" },
        .{ .f = "datetime", .args = &.{"'2000-01-01 12:00 +14:00'"}, .class = .text, .want = "313939392D31322D33312032323A30303A3030" },
        .{ .f = "julianday", .args = &.{"'2000-01-01 12:00 +14:00'"}, .class = .real, .want = "2.45154441666666651137e+06" },
        .{ .f = "unixepoch", .args = &.{"'2000-01-01 12:00 +14:00'"}, .class = .integer, .want = "946677600" },
        .{ .f = "date", .args = &.{"'2000-01-01 12:00 +15:00'"}, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{"'2000-01-01 12:00 +15:00'"}, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{"'2000-01-01 12:00 +15:00'"}, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{"'2000-01-01 12:00 +15:00'"}, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{"'2000-01-01 12:00 +15:00'"}, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{ "'1999-12-31'", "'+0.000001 seconds'" }, .class = .text, .want = "313939392D31322D3331" },
        .{ .f = "time", .args = &.{ "'1999-12-31'", "'+0.000001 seconds'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'1999-12-31'", "'+0.000001 seconds'" }, .class = .text, .want = "313939392D31322D33312030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'1999-12-31'", "'+0.000001 seconds'" }, .class = .real, .want = "2.45154349999999999999e+06" },
        .{ .f = "unixepoch", .args = &.{ "'1999-12-31'", "'+0.000001 seconds'" }, .class = .integer, .want = "946598400" },
        .{ .f = "date", .args = &.{ "'2024-02-29'", "'-1 years'" }, .class = .text, .want = "323032332D30332D3031" },
        .{ .f = "time", .args = &.{ "'2024-02-29'", "'-1 years'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2024-02-29'", "'-1 years'" }, .class = .text, .want = "323032332D30332D30312030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2024-02-29'", "'-1 years'" }, .class = .real, .want = "2.46000449999999999998e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2024-02-29'", "'-1 years'" }, .class = .integer, .want = "1677628800" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'+ 1 day'" }, .class = .null, .want = "" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'+ 1 day'" }, .class = .null, .want = "" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'+ 1 day'" }, .class = .null, .want = "" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'+ 1 day'" }, .class = .null, .want = "" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'+ 1 day'" }, .class = .null, .want = "" },
        .{ .f = "date", .args = &.{ "'2000-01-01'", "'1 day'" }, .class = .text, .want = "323030302D30312D3032" },
        .{ .f = "time", .args = &.{ "'2000-01-01'", "'1 day'" }, .class = .text, .want = "30303A30303A3030" },
        .{ .f = "datetime", .args = &.{ "'2000-01-01'", "'1 day'" }, .class = .text, .want = "323030302D30312D30322030303A30303A3030" },
        .{ .f = "julianday", .args = &.{ "'2000-01-01'", "'1 day'" }, .class = .real, .want = "2.45154550000000000004e+06" },
        .{ .f = "unixepoch", .args = &.{ "'2000-01-01'", "'1 day'" }, .class = .integer, .want = "946771200" },
        .{ .f = "strftime", .args = &.{ "'%Y-%m-%d %H:%M:%S %w %W %j %s %%'", "'2024-02-29 23:59:59'" }, .class = .text, .want = "323032342D30322D32392032333A35393A353920342030392030363020313730393235313139392025" },
        .{ .f = "strftime", .args = &.{ "'%f'", "'2000-01-01 12:00:00.0005'" }, .class = .text, .want = "30302E303031" },
        .{ .f = "strftime", .args = &.{ "'%f'", "'2000-01-01 12:00:59.9999'" }, .class = .text, .want = "35392E393939" },
        .{ .f = "strftime", .args = &.{ "'%J'", "'2000-01-01'" }, .class = .text, .want = "323435313534342E35" },
        .{ .f = "strftime", .args = &.{ "'%J'", "'2000-01-01 12:34:56.789'" }, .class = .text, .want = "323435313534352E303234323638333931" },
        .{ .f = "strftime", .args = &.{ "'%Y'", "'-0010-01-01'" }, .class = .text, .want = "2D303130" },
        .{ .f = "strftime", .args = &.{ "'%'", "'2000-01-01'" }, .class = .null, .want = "" },
        .{ .f = "strftime", .args = &.{ "'%e'", "'2000-01-01'" }, .class = .null, .want = "" },
        .{ .f = "strftime", .args = &.{ "'%W %j'", "'2000-01-01'" }, .class = .text, .want = "303020303031" },
        .{ .f = "strftime", .args = &.{ "'%W %j'", "'2000-12-31'" }, .class = .text, .want = "353220333636" },
        .{ .f = "strftime", .args = &.{ "'%W'", "'2001-01-07'" }, .class = .text, .want = "3031" },
        .{ .f = "strftime", .args = &.{ "'%W'", "'2001-01-08'" }, .class = .text, .want = "3032" },
        .{ .f = "strftime", .args = &.{ "NULL", "'2000-01-01'" }, .class = .null, .want = "" },
        .{ .f = "strftime", .args = &.{ "'x%%y'", "'2000-01-01'" }, .class = .text, .want = "782579" },
        .{ .f = "strftime", .args = &.{ "'%s'", "'1960-01-01'" }, .class = .text, .want = "2D333135363139323030" },
        .{ .f = "strftime", .args = &.{ "'%S'", "'2000-01-01 00:00:07.9'" }, .class = .text, .want = "3037" },
    };
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    var prng = std.Random.DefaultPrng.init(1);
    var failures: u32 = 0;
    for (cases, 0..) |case, index| {
        var context = testContext(arena.allocator(), &prng);
        var args: [8]Value = undefined;
        for (case.args, 0..) |literal, arg_index| args[arg_index] = try literalValue(arena.allocator(), literal);
        const got = call(&context, case.f, args[0..case.args.len]) catch |err| {
            std.debug.print("case {d} {s}{s}: error {s}\n", .{ index, case.f, case.args, @errorName(err) });
            failures += 1;
            continue;
        };
        expectRendered(case.class, case.want, got) catch {
            std.debug.print("case {d} {s}{s}: want {s} {s}, got {any}\n", .{ index, case.f, case.args, @tagName(case.class), case.want, got });
            failures += 1;
        };
    }
    try testing.expectEqual(@as(u32, 0), failures);
}

test "errors: arity, unknown function, integer overflow, too big, bad ESCAPE" {
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    var prng = std.Random.DefaultPrng.init(2);
    var context = testContext(arena.allocator(), &prng);
    var buffer: [128]u8 = undefined;
    // select SUBSTR('a') -> wrong number of arguments to function SUBSTR()
    try testing.expectError(error.WrongArgumentCount, call(&context, "SUBSTR", &.{.{ .text = "a" }}));
    try testing.expectEqualStrings(
        "wrong number of arguments to function SUBSTR()",
        context.diagnostic.message(error.WrongArgumentCount, &buffer),
    );
    try testing.expectError(error.WrongArgumentCount, call(&context, "coalesce", &.{.null}));
    try testing.expectError(error.WrongArgumentCount, call(&context, "min", &.{}));
    try testing.expectError(error.WrongArgumentCount, call(&context, "random", &.{.null}));
    try testing.expectError(error.WrongArgumentCount, call(&context, "strftime", &.{}));
    try testing.expectError(error.UnknownFunction, call(&context, "nosuch", &.{}));
    try testing.expectEqualStrings("no such function: nosuch", context.diagnostic.message(error.UnknownFunction, &buffer));
    // select abs(-9223372036854775808) -> integer overflow
    try testing.expectError(error.IntegerOverflow, call(&context, "abs", &.{.{ .integer = numeric.smallest_int64 }}));
    try testing.expectError(error.TooBig, call(&context, "zeroblob", &.{.{ .integer = 1 << 40 }}));
    try testing.expectError(error.TooBig, call(&context, "randomblob", &.{.{ .integer = numeric.largest_int64 }}));
    // select like('a', 'a', 'ab') -> ESCAPE expression must be a single character
    try testing.expectError(error.InvalidEscape, call(&context, "like", &.{ .{ .text = "a" }, .{ .text = "a" }, .{ .text = "ab" } }));
    try testing.expect(lookup("Upper") != null);
    try testing.expect(!lookup("random").?.deterministic);
}

test "random, randomblob and 'now' read the caller's sources" {
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    var prng = std.Random.DefaultPrng.init(3);
    var context = testContext(arena.allocator(), &prng);
    var distinct = std.AutoHashMap(i64, void).init(testing.allocator);
    defer distinct.deinit();
    var round_index: u32 = 0;
    while (round_index < 200) : (round_index += 1) {
        const r = try call(&context, "random", &.{});
        try testing.expect(r.integer != numeric.smallest_int64);
        try distinct.put(r.integer, {});
    }
    try testing.expect(distinct.count() > 190);
    const blob = try call(&context, "randomblob", &.{.{ .integer = 0 }});
    try testing.expectEqual(@as(usize, 1), blob.blob.len);
    // 1700000000000 ms is 2023-11-14 22:13:20 UTC.
    try expectRendered(.text, "323032332D31312D31342032323A31333A3230", try call(&context, "datetime", &.{}));
    try expectRendered(.text, "323032332D31312D3134", try call(&context, "date", &.{.{ .text = "NOW" }}));
    try expectRendered(.integer, "1700000000", try call(&context, "unixepoch", &.{}));
    try expectRendered(.text, "31373030303030303030", try call(&context, "strftime", &.{.{ .text = "%s" }}));
}

test "invalid UTF-8 is walked as SQLite walks it" {
    // select length(cast(x'80806162' as text)), instr(cast(x'80806162' as text), 'a'),
    //   instr(cast(x'61c3a9a962' as text), 'b'), instr(cast(x'61c3a9a962' as text),
    //   cast(x'a9' as text)), substr(cast(x'8080616263' as text), 3, 1),
    //   length(cast(x'c3' as text)), instr(x'8080', x'80')  -> 4|2|3|0|a|1|1
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    var prng = std.Random.DefaultPrng.init(4);
    var context = testContext(arena.allocator(), &prng);
    const stray: Value = .{ .text = "\x80\x80ab" };
    const accented: Value = .{ .text = "a\xc3\xa9\xa9b" };
    try value_mod.expectValue(.{ .integer = 4 }, try call(&context, "length", &.{stray}));
    try value_mod.expectValue(.{ .integer = 2 }, try call(&context, "instr", &.{ stray, .{ .text = "a" } }));
    try value_mod.expectValue(.{ .integer = 3 }, try call(&context, "instr", &.{ accented, .{ .text = "b" } }));
    try value_mod.expectValue(.{ .integer = 0 }, try call(&context, "instr", &.{ accented, .{ .text = "\xa9" } }));
    try value_mod.expectValue(.{ .text = "a" }, try call(&context, "substr", &.{ .{ .text = "\x80\x80abc" }, .{ .integer = 3 }, .{ .integer = 1 } }));
    try value_mod.expectValue(.{ .integer = 1 }, try call(&context, "length", &.{.{ .text = "\xc3" }}));
    try value_mod.expectValue(.{ .integer = 1 }, try call(&context, "instr", &.{ .{ .blob = "\x80\x80" }, .{ .blob = "\x80" } }));
}
