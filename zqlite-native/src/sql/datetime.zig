//! Date and time functions: date(), time(), datetime(), julianday(), unixepoch(), strftime(),
//! ported from SQLite 3.40's date.c so that results match byte for byte.
//!
//! A time value is held as SQLite holds it: a Julian day number in milliseconds (`jd_ms`),
//! and/or broken-down Y-M-D and h:m:s fields, each with a validity flag; conversions between the
//! two happen lazily (computeJd, computeYmd, computeHms) exactly where SQLite does them, because
//! some outputs depend on which form was current (time('12:00:00.9996') is '12:00:00').
//!
//! Accepted time values: 'YYYY-MM-DD', optionally followed by ' ' or 'T' and a time;
//! 'HH:MM[:SS[.SSS]]' (date 2000-01-01); either with a zone suffix '[+-]HH:MM' or 'Z'; 'now'
//! (Context.now_unix_ms); a number (a Julian day, or with the 'unixepoch' / 'auto' modifiers,
//! seconds since 1970). Modifiers: '[+-]N days|hours|minutes|seconds|months|years',
//! '[+-]HH:MM[:SS[.SSS]]', 'start of day|month|year', 'weekday N', 'unixepoch', 'julianday',
//! 'auto', and 'localtime' / 'utc', which ZQLite treats as UTC (the local zone is UTC; no
//! offset is applied). strftime conversions: %d %f %H %j %J %m %M %s %S %w %W %Y %%; any other
//! makes the result NULL, as in 3.40. Every malformed input gives NULL, never an error.
const std = @import("std");
const assert = std.debug.assert;
const value_mod = @import("value.zig");
const numeric = @import("numeric.zig");
const printf = @import("printf.zig");
const functions_mod = @import("functions.zig");

const Value = value_mod.Value;
const Error = value_mod.Error;
const Context = functions_mod.Context;
const Function = functions_mod.Function;
const variadic = functions_mod.arity_variadic;

pub const functions = [_]Function{
    .{ .name = "date", .arity_min = 0, .arity_max = variadic, .deterministic = false, .implementation = date },
    .{ .name = "datetime", .arity_min = 0, .arity_max = variadic, .deterministic = false, .implementation = datetime },
    .{ .name = "julianday", .arity_min = 0, .arity_max = variadic, .deterministic = false, .implementation = julianday },
    .{ .name = "strftime", .arity_min = 1, .arity_max = variadic, .deterministic = false, .implementation = strftime },
    .{ .name = "time", .arity_min = 0, .arity_max = variadic, .deterministic = false, .implementation = time },
    .{ .name = "unixepoch", .arity_min = 0, .arity_max = variadic, .deterministic = false, .implementation = unixepoch },
};

/// The Julian day of 1970-01-01 00:00:00, in milliseconds.
const unix_epoch_jd_ms: i64 = 210866760000000;
const day_ms: i64 = 86400000;
/// The largest valid jd_ms: 9999-12-31 23:59:59.999.
const jd_ms_max: i64 = 464269060799999;

const DateTime = struct {
    jd_ms: i64 = 0,
    year: i32 = 0,
    month: i32 = 0,
    day: i32 = 0,
    hour: i32 = 0,
    minute: i32 = 0,
    seconds: f64 = 0.0,
    /// Minutes east of UTC from a zone suffix.
    tz_minutes: i32 = 0,
    valid_jd: bool = false,
    /// `seconds` holds a raw number not yet interpreted (Julian day or Unix time).
    raw_seconds: bool = false,
    valid_ymd: bool = false,
    valid_hms: bool = false,
    valid_tz: bool = false,
    tz_set: bool = false,
    is_error: bool = false,
};

fn validJulianDay(jd_ms: i64) bool {
    return jd_ms >= 0 and jd_ms <= jd_ms_max;
}

fn computeJd(p: *DateTime) void {
    if (p.valid_jd) return;
    var year: i32 = 2000;
    var month: i32 = 1;
    var day: i32 = 1;
    if (p.valid_ymd) {
        year = p.year;
        month = p.month;
        day = p.day;
    }
    if (year < -4713 or year > 9999 or p.raw_seconds) {
        p.* = .{ .is_error = true };
        return;
    }
    if (month <= 2) {
        year -= 1;
        month += 12;
    }
    const a = @divTrunc(year, 100);
    const b = 2 - a + @divTrunc(a, 4);
    const x1 = @divTrunc(36525 * (year + 4716), 100);
    const x2 = @divTrunc(306001 * (month + 1), 10000);
    const days: f64 = @as(f64, @floatFromInt(x1 + x2 + day + b)) - 1524.5;
    p.jd_ms = @intFromFloat(days * 86400000.0);
    p.valid_jd = true;
    assert(month >= 3 and month <= 14);
    if (p.valid_hms) {
        p.jd_ms += @as(i64, p.hour) * 3600000 + @as(i64, p.minute) * 60000 +
            @as(i64, @intFromFloat(p.seconds * 1000.0 + 0.5));
        if (p.valid_tz) {
            p.jd_ms -= @as(i64, p.tz_minutes) * 60000;
            p.valid_ymd = false;
            p.valid_hms = false;
            p.valid_tz = false;
        }
    }
}

fn computeYmd(p: *DateTime) void {
    if (p.valid_ymd) return;
    if (!p.valid_jd) {
        p.year = 2000;
        p.month = 1;
        p.day = 1;
    } else if (!validJulianDay(p.jd_ms)) {
        p.* = .{ .is_error = true };
        return;
    } else {
        const z: i32 = @intCast(@divTrunc(p.jd_ms + 43200000, day_ms));
        var a: i32 = @intFromFloat((@as(f64, @floatFromInt(z)) - 1867216.25) / 36524.25);
        a = z + 1 + a - @divTrunc(a, 4);
        const b = a + 1524;
        const c: i32 = @intFromFloat((@as(f64, @floatFromInt(b)) - 122.1) / 365.25);
        const d = @divTrunc(36525 * (c & 32767), 100);
        const e: i32 = @intFromFloat(@as(f64, @floatFromInt(b - d)) / 30.6001);
        const x1: i32 = @intFromFloat(30.6001 * @as(f64, @floatFromInt(e)));
        p.day = b - d - x1;
        p.month = if (e < 14) e - 1 else e - 13;
        p.year = if (p.month > 2) c - 4716 else c - 4715;
        assert(p.month >= 1 and p.month <= 12);
        assert(p.day >= 1 and p.day <= 31);
    }
    p.valid_ymd = true;
}

fn computeHms(p: *DateTime) void {
    if (p.valid_hms) return;
    computeJd(p);
    var s: i32 = @intCast(@rem(p.jd_ms + 43200000, day_ms));
    p.seconds = @as(f64, @floatFromInt(s)) / 1000.0;
    s = @intFromFloat(p.seconds);
    p.seconds -= @floatFromInt(s);
    p.hour = @divTrunc(s, 3600);
    s -= p.hour * 3600;
    p.minute = @divTrunc(s, 60);
    p.seconds += @floatFromInt(s - p.minute * 60);
    assert(p.hour >= 0 and p.hour < 24 and p.minute >= 0 and p.minute < 60);
    p.raw_seconds = false;
    p.valid_hms = true;
}

fn computeYmdHms(p: *DateTime) void {
    computeYmd(p);
    computeHms(p);
}

fn clearYmdHmsTz(p: *DateTime) void {
    p.valid_ymd = false;
    p.valid_hms = false;
    p.valid_tz = false;
}

// ---------------------------------------------------------------------------------------------
// Parsing.

/// A cursor over a C-string view of the input: reading past the end yields 0.
const Cursor = struct {
    bytes: []const u8,
    index: usize = 0,

    fn peek(cursor: Cursor, offset: usize) u8 {
        const at = cursor.index + offset;
        return if (at < cursor.bytes.len) cursor.bytes[at] else 0;
    }

    fn rest(cursor: Cursor) []const u8 {
        return cursor.bytes[@min(cursor.index, cursor.bytes.len)..];
    }
};

const DigitField = struct { width: u8, min: u16, max: u16, separator: u8 };

/// getDigits: fixed-width fields with ranges and separators; returns how many were read.
fn getDigits(cursor_in: Cursor, fields: []const DigitField, out: []i32) usize {
    assert(out.len >= fields.len);
    var cursor = cursor_in;
    for (fields, 0..) |field, count| {
        var val: i32 = 0;
        var digit: u8 = 0;
        while (digit < field.width) : (digit += 1) {
            const c = cursor.peek(0);
            if (!std.ascii.isDigit(c)) return count;
            val = val * 10 + (c - '0');
            cursor.index += 1;
        }
        if (val < field.min or val > field.max) return count;
        if (field.separator != 0 and field.separator != cursor.peek(0)) return count;
        out[count] = val;
        cursor.index += 1;
    }
    return fields.len;
}

fn parseTimezone(cursor_in: Cursor, p: *DateTime) bool {
    var cursor = cursor_in;
    while (numeric.isSpace(cursor.peek(0))) cursor.index += 1;
    p.tz_minutes = 0;
    const c = cursor.peek(0);
    if (c == 'Z' or c == 'z') {
        cursor.index += 1;
    } else if (c == '-' or c == '+') {
        cursor.index += 1;
        var out: [2]i32 = undefined;
        const fields = [_]DigitField{
            .{ .width = 2, .min = 0, .max = 14, .separator = ':' },
            .{ .width = 2, .min = 0, .max = 59, .separator = 0 },
        };
        if (getDigits(cursor, &fields, &out) != 2) return false;
        cursor.index += 5;
        const sign: i32 = if (c == '-') -1 else 1;
        p.tz_minutes = sign * (out[1] + out[0] * 60);
    } else {
        return c == 0;
    }
    while (numeric.isSpace(cursor.peek(0))) cursor.index += 1;
    p.tz_set = true;
    return cursor.peek(0) == 0;
}

/// 'HH:MM[:SS[.SSS]]' plus an optional zone. True on success.
fn parseHhMmSs(cursor_in: Cursor, p: *DateTime) bool {
    var cursor = cursor_in;
    var out: [2]i32 = undefined;
    const hm = [_]DigitField{
        .{ .width = 2, .min = 0, .max = 24, .separator = ':' },
        .{ .width = 2, .min = 0, .max = 59, .separator = 0 },
    };
    if (getDigits(cursor, &hm, &out) != 2) return false;
    cursor.index += 5;
    var whole_seconds: i32 = 0;
    var fraction: f64 = 0.0;
    if (cursor.peek(0) == ':') {
        cursor.index += 1;
        var s: [1]i32 = undefined;
        const sf = [_]DigitField{.{ .width = 2, .min = 0, .max = 59, .separator = 0 }};
        if (getDigits(cursor, &sf, &s) != 1) return false;
        whole_seconds = s[0];
        cursor.index += 2;
        if (cursor.peek(0) == '.' and std.ascii.isDigit(cursor.peek(1))) {
            cursor.index += 1;
            var scale: f64 = 1.0;
            while (std.ascii.isDigit(cursor.peek(0))) : (cursor.index += 1) {
                fraction = fraction * 10.0 + @as(f64, @floatFromInt(cursor.peek(0) - '0'));
                scale *= 10.0;
            }
            fraction /= scale;
        }
    }
    p.valid_jd = false;
    p.raw_seconds = false;
    p.valid_hms = true;
    p.hour = out[0];
    p.minute = out[1];
    p.seconds = @as(f64, @floatFromInt(whole_seconds)) + fraction;
    if (!parseTimezone(cursor, p)) return false;
    p.valid_tz = p.tz_minutes != 0;
    return true;
}

/// '[-]YYYY-MM-DD' then optional spaces/'T' and a time. True on success.
fn parseYyyyMmDd(cursor_in: Cursor, p: *DateTime) bool {
    var cursor = cursor_in;
    const negative = cursor.peek(0) == '-';
    if (negative) cursor.index += 1;
    var out: [3]i32 = undefined;
    const fields = [_]DigitField{
        .{ .width = 4, .min = 0, .max = 14712, .separator = '-' },
        .{ .width = 2, .min = 1, .max = 12, .separator = '-' },
        .{ .width = 2, .min = 1, .max = 31, .separator = 0 },
    };
    if (getDigits(cursor, &fields, &out) != 3) return false;
    cursor.index += 10;
    while (numeric.isSpace(cursor.peek(0)) or cursor.peek(0) == 'T') cursor.index += 1;
    if (parseHhMmSs(cursor, p)) {
        // Date and time.
    } else if (cursor.peek(0) == 0) {
        p.valid_hms = false;
    } else {
        return false;
    }
    p.valid_jd = false;
    p.valid_ymd = true;
    p.year = if (negative) -out[0] else out[0];
    p.month = out[1];
    p.day = out[2];
    if (p.valid_tz) computeJd(p);
    return true;
}

fn setRawNumber(p: *DateTime, real: f64) void {
    p.seconds = real;
    p.raw_seconds = true;
    if (real >= 0.0 and real < 5373484.5) {
        p.jd_ms = @intFromFloat(real * 86400000.0 + 0.5);
        p.valid_jd = true;
    }
}

fn setNow(context: *const Context, p: *DateTime) void {
    p.jd_ms = context.now_unix_ms +| unix_epoch_jd_ms;
    p.valid_jd = true;
}

/// parseDateOrTime. True on success.
fn parseTimeValue(context: *const Context, text: []const u8, p: *DateTime) bool {
    const cursor: Cursor = .{ .bytes = text };
    if (parseYyyyMmDd(cursor, p)) return true;
    if (parseHhMmSs(cursor, p)) return true;
    if (std.ascii.eqlIgnoreCase(text, "now")) {
        setNow(context, p);
        return true;
    }
    const parsed = numeric.atof(text);
    if (parsed.kind == .integer or parsed.kind == .real) {
        setRawNumber(p, parsed.value);
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Modifiers.

const Transform = struct { name: []const u8, limit: f32, ms_per_unit: f32 };

/// aXformType, with its `float` limits kept as f32 as in C.
const transforms = [_]Transform{
    .{ .name = "second", .limit = 4.6427e+14, .ms_per_unit = 1.0 },
    .{ .name = "minute", .limit = 7.7379e+12, .ms_per_unit = 60.0 },
    .{ .name = "hour", .limit = 1.2897e+11, .ms_per_unit = 3600.0 },
    .{ .name = "day", .limit = 5373485.0, .ms_per_unit = 86400.0 },
    .{ .name = "month", .limit = 176546.0, .ms_per_unit = 2592000.0 },
    .{ .name = "year", .limit = 14713.0, .ms_per_unit = 31536000.0 },
};

/// Applies one modifier. `position` is the argument index (1 for the first modifier). True on
/// success; false makes the whole result NULL.
fn applyModifier(text_in: []const u8, p: *DateTime, position: usize) bool {
    const text = cText(text_in);
    if (text.len == 0) return false;
    return switch (std.ascii.toLower(text[0])) {
        'a' => modifierAuto(text, p, position),
        'j' => modifierJulianday(text, p, position),
        'l' => modifierLocaltime(text, p),
        'u' => modifierUnixepochOrUtc(text, p, position),
        'w' => modifierWeekday(text, p),
        's' => modifierStartOf(text, p),
        '+', '-', '0'...'9' => modifierOffset(text, p),
        else => false,
    };
}

fn cText(bytes: []const u8) []const u8 {
    const end = std.mem.indexOfScalar(u8, bytes, 0) orelse bytes.len;
    return bytes[0..end];
}

fn modifierAuto(text: []const u8, p: *DateTime, position: usize) bool {
    if (!std.ascii.eqlIgnoreCase(text, "auto")) return false;
    if (position > 1) return false;
    if (!p.raw_seconds or p.valid_jd) {
        p.raw_seconds = false;
        return true;
    }
    if (p.seconds >= -210866760000 and p.seconds <= 253402300799) {
        const r = p.seconds * 1000.0 + 210866760000000.0;
        clearYmdHmsTz(p);
        p.jd_ms = @intFromFloat(r + 0.5);
        p.valid_jd = true;
        p.raw_seconds = false;
        return true;
    }
    return false;
}

fn modifierJulianday(text: []const u8, p: *DateTime, position: usize) bool {
    if (!std.ascii.eqlIgnoreCase(text, "julianday")) return false;
    if (position > 1) return false;
    if (p.valid_jd and p.raw_seconds) {
        p.raw_seconds = false;
        return true;
    }
    return false;
}

/// 'localtime': the local zone is UTC, so only the broken-down fields are recomputed.
fn modifierLocaltime(text: []const u8, p: *DateTime) bool {
    if (!std.ascii.eqlIgnoreCase(text, "localtime")) return false;
    computeJd(p);
    clearYmdHmsTz(p);
    return true;
}

fn modifierUnixepochOrUtc(text: []const u8, p: *DateTime, position: usize) bool {
    if (std.ascii.eqlIgnoreCase(text, "unixepoch") and p.raw_seconds) {
        if (position > 1) return false;
        const r = p.seconds * 1000.0 + 210866760000000.0;
        if (r >= 0.0 and r < 464269060800000.0) {
            clearYmdHmsTz(p);
            p.jd_ms = @intFromFloat(r + 0.5);
            p.valid_jd = true;
            p.raw_seconds = false;
            return true;
        }
        return false;
    }
    if (std.ascii.eqlIgnoreCase(text, "utc")) {
        if (!p.tz_set) {
            // Local time is UTC: the value is already UTC.
            computeJd(p);
            const jd_ms = p.jd_ms;
            const failed = p.is_error;
            p.* = .{ .jd_ms = jd_ms, .valid_jd = true, .tz_set = true, .is_error = failed };
        }
        return true;
    }
    return false;
}

fn modifierWeekday(text: []const u8, p: *DateTime) bool {
    if (text.len < 8 or !std.ascii.eqlIgnoreCase(text[0..8], "weekday ")) return false;
    const parsed = numeric.atof(text[8..]);
    if (parsed.kind != .integer and parsed.kind != .real) return false;
    const r = parsed.value;
    if (!(r >= 0 and r < 7)) return false;
    const n: i64 = @intFromFloat(r);
    if (@as(f64, @floatFromInt(n)) != r) return false;
    computeYmdHms(p);
    p.valid_tz = false;
    p.valid_jd = false;
    computeJd(p);
    var z = @rem(@divTrunc(p.jd_ms + 129600000, day_ms), 7);
    if (z > n) z -= 7;
    p.jd_ms += (n - z) * day_ms;
    clearYmdHmsTz(p);
    return true;
}

fn modifierStartOf(text: []const u8, p: *DateTime) bool {
    if (text.len < 9 or !std.ascii.eqlIgnoreCase(text[0..9], "start of ")) return false;
    if (!p.valid_jd and !p.valid_ymd and !p.valid_hms) return false;
    const unit = text[9..];
    computeYmd(p);
    p.valid_hms = true;
    p.hour = 0;
    p.minute = 0;
    p.seconds = 0.0;
    p.raw_seconds = false;
    p.valid_tz = false;
    p.valid_jd = false;
    if (std.ascii.eqlIgnoreCase(unit, "month")) {
        p.day = 1;
        return true;
    }
    if (std.ascii.eqlIgnoreCase(unit, "year")) {
        p.month = 1;
        p.day = 1;
        return true;
    }
    return std.ascii.eqlIgnoreCase(unit, "day");
}

/// '+N units' or '+HH:MM[:SS[.SSS]]'.
fn modifierOffset(text: []const u8, p: *DateTime) bool {
    var n: usize = 1;
    while (n < text.len and text[n] != ':' and !numeric.isSpace(text[n])) n += 1;
    const parsed = numeric.atof(text[0..n]);
    if (parsed.kind != .integer and parsed.kind != .real) return false;
    if (n < text.len and text[n] == ':') return offsetByTime(text, p);
    var unit = text[n..];
    while (unit.len > 0 and numeric.isSpace(unit[0])) unit = unit[1..];
    if (unit.len > 10 or unit.len < 3) return false;
    if (std.ascii.toLower(unit[unit.len - 1]) == 's') unit = unit[0 .. unit.len - 1];
    computeJd(p);
    const ok = offsetByUnits(parsed.value, unit, p);
    clearYmdHmsTz(p);
    return ok;
}

fn offsetByTime(text: []const u8, p: *DateTime) bool {
    const start: usize = if (std.ascii.isDigit(text[0])) 0 else 1;
    var tx: DateTime = .{};
    if (!parseHhMmSs(.{ .bytes = text[start..] }, &tx)) return false;
    computeJd(&tx);
    tx.jd_ms -= 43200000;
    const days = @divTrunc(tx.jd_ms, day_ms);
    tx.jd_ms -= days * day_ms;
    if (text[0] == '-') tx.jd_ms = -tx.jd_ms;
    computeJd(p);
    clearYmdHmsTz(p);
    p.jd_ms += tx.jd_ms;
    return true;
}

fn offsetByUnits(amount: f64, unit: []const u8, p: *DateTime) bool {
    var r = amount;
    const rounder: f64 = if (r < 0) -0.5 else 0.5;
    for (transforms, 0..) |transform, index| {
        const limit: f64 = transform.limit;
        if (unit.len != transform.name.len or !std.ascii.eqlIgnoreCase(unit, transform.name)) continue;
        if (!(r > -limit and r < limit)) continue;
        if (index == 4) {
            computeYmdHms(p);
            p.month += @as(i32, @intFromFloat(r));
            const x = if (p.month > 0) @divTrunc(p.month - 1, 12) else @divTrunc(p.month - 12, 12);
            p.year += x;
            p.month -= x * 12;
            p.valid_jd = false;
            r -= @trunc(r);
        } else if (index == 5) {
            computeYmdHms(p);
            p.year += @as(i32, @intFromFloat(r));
            p.valid_jd = false;
            r -= @trunc(r);
        }
        computeJd(p);
        const delta = r * 1000.0 * @as(f64, transform.ms_per_unit) + rounder;
        p.jd_ms +%= @intFromFloat(delta);
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// The SQL functions.

/// isDate: the time value and modifiers of args; null means the result is NULL.
fn evaluate(context: *const Context, args: []const Value) ?DateTime {
    var p: DateTime = .{};
    if (args.len == 0) {
        setNow(context, &p);
    } else switch (args[0]) {
        .integer, .real => setRawNumber(&p, value_mod.toReal(args[0])),
        .null => return null,
        .text, .blob => |bytes| if (!parseTimeValue(context, cText(bytes), &p)) return null,
    }
    var buffer: value_mod.TextBuffer = undefined;
    for (args[@min(1, args.len)..], 1..) |modifier, position| {
        const text = value_mod.textOf(modifier, &buffer) orelse return null;
        if (!applyModifier(text, &p, position)) return null;
        if (p.is_error) return null;
    }
    computeJd(&p);
    if (p.is_error or !validJulianDay(p.jd_ms)) return null;
    assert(p.valid_jd);
    return p;
}

fn julianday(context: *Context, args: []const Value) Error!Value {
    const p = evaluate(context, args) orelse return .null;
    return .{ .real = @as(f64, @floatFromInt(p.jd_ms)) / 86400000.0 };
}

fn unixepoch(context: *Context, args: []const Value) Error!Value {
    const p = evaluate(context, args) orelse return .null;
    return .{ .integer = @divTrunc(p.jd_ms, 1000) - 210866760000 };
}

fn datetime(context: *Context, args: []const Value) Error!Value {
    var p = evaluate(context, args) orelse return .null;
    computeYmdHms(&p);
    if (p.is_error) return .null;
    var buffer: [32]u8 = undefined;
    var length = writeDate(&buffer, p);
    buffer[length] = ' ';
    length += 1;
    length += writeTime(buffer[length..], p);
    return .{ .text = try context.allocator.dupe(u8, buffer[0..length]) };
}

fn date(context: *Context, args: []const Value) Error!Value {
    var p = evaluate(context, args) orelse return .null;
    computeYmd(&p);
    if (p.is_error) return .null;
    var buffer: [16]u8 = undefined;
    const length = writeDate(&buffer, p);
    return .{ .text = try context.allocator.dupe(u8, buffer[0..length]) };
}

fn time(context: *Context, args: []const Value) Error!Value {
    var p = evaluate(context, args) orelse return .null;
    computeHms(&p);
    var buffer: [16]u8 = undefined;
    const length = writeTime(&buffer, p);
    return .{ .text = try context.allocator.dupe(u8, buffer[0..length]) };
}

/// 'YYYY-MM-DD', with a '-' before negative years.
fn writeDate(buffer: []u8, p: DateTime) usize {
    const sign: []const u8 = if (p.year < 0) "-" else "";
    const text = std.fmt.bufPrint(buffer, "{s}{d:0>4}-{d:0>2}-{d:0>2}", .{
        sign, @abs(p.year), @as(u32, @intCast(p.month)), @as(u32, @intCast(p.day)),
    }) catch unreachable;
    return text.len;
}

fn writeTime(buffer: []u8, p: DateTime) usize {
    const whole_seconds: u32 = @intFromFloat(p.seconds);
    const text = std.fmt.bufPrint(buffer, "{d:0>2}:{d:0>2}:{d:0>2}", .{
        @as(u32, @intCast(p.hour)), @as(u32, @intCast(p.minute)), whole_seconds,
    }) catch unreachable;
    return text.len;
}

fn strftime(context: *Context, args: []const Value) Error!Value {
    assert(args.len >= 1);
    var buffer: value_mod.TextBuffer = undefined;
    const format_text = cText(value_mod.textOf(args[0], &buffer) orelse return .null);
    if (!strftimeFormatValid(format_text)) return .null;
    var p = evaluate(context, args[1..]) orelse return .null;
    computeJd(&p);
    computeYmdHms(&p);
    if (p.is_error) return .null;
    var out = std.ArrayList(u8).init(context.allocator);
    var index: usize = 0;
    while (index < format_text.len) : (index += 1) {
        if (format_text[index] != '%') {
            try out.append(format_text[index]);
            continue;
        }
        index += 1;
        try strftimeConversion(&out, format_text[index], p);
        try value_mod.checkSize(out.items.len);
    }
    return .{ .text = try out.toOwnedSlice() };
}

fn strftimeFormatValid(format_text: []const u8) bool {
    var index: usize = 0;
    while (index < format_text.len) : (index += 1) {
        if (format_text[index] != '%') continue;
        if (index + 1 >= format_text.len) return false;
        index += 1;
        switch (format_text[index]) {
            'd', 'H', 'm', 'M', 'S', 'W', 'w', '%', 'f', 'j', 'Y', 's', 'J' => {},
            else => return false,
        }
    }
    return true;
}

fn strftimeConversion(out: *std.ArrayList(u8), conversion: u8, p: DateTime) Error!void {
    const writer = out.writer();
    switch (conversion) {
        'd' => try writer.print("{d:0>2}", .{@as(u32, @intCast(p.day))}),
        'H' => try writer.print("{d:0>2}", .{@as(u32, @intCast(p.hour))}),
        'm' => try writer.print("{d:0>2}", .{@as(u32, @intCast(p.month))}),
        'M' => try writer.print("{d:0>2}", .{@as(u32, @intCast(p.minute))}),
        'S' => try writer.print("{d:0>2}", .{@as(u32, @intFromFloat(p.seconds))}),
        'f' => {
            const seconds = @min(p.seconds, 59.999);
            const text = try printf.format(out.allocator, "%06.3f", &.{.{ .real = seconds }});
            defer out.allocator.free(text);
            try out.appendSlice(text);
        },
        'j', 'W' => try strftimeDayOfYear(out, conversion, p),
        'J' => {
            const jd: f64 = @as(f64, @floatFromInt(p.jd_ms)) / 86400000.0;
            const text = try printf.format(out.allocator, "%.16g", &.{.{ .real = jd }});
            defer out.allocator.free(text);
            try out.appendSlice(text);
        },
        's' => try writer.print("{d}", .{@divTrunc(p.jd_ms, 1000) - 210866760000}),
        'w' => try out.append(@intCast('0' + @rem(@divTrunc(p.jd_ms + 129600000, day_ms), 7))),
        'Y' => {
            // snprintf(5, "%04d"): at most four characters ("-010" for year -10).
            var buffer: [16]u8 = undefined;
            const text = if (p.year < 0)
                std.fmt.bufPrint(&buffer, "-{d:0>3}", .{@abs(p.year)}) catch unreachable
            else
                std.fmt.bufPrint(&buffer, "{d:0>4}", .{@as(u32, @intCast(p.year))}) catch unreachable;
            try out.appendSlice(text[0..@min(4, text.len)]);
        },
        else => try out.append('%'),
    }
}

fn strftimeDayOfYear(out: *std.ArrayList(u8), conversion: u8, p: DateTime) Error!void {
    var y = p;
    y.valid_jd = false;
    y.month = 1;
    y.day = 1;
    computeJd(&y);
    const day_of_year: i64 = @divTrunc(p.jd_ms - y.jd_ms + 43200000, day_ms);
    if (conversion == 'W') {
        const weekday = @rem(@divTrunc(p.jd_ms + 43200000, day_ms), 7);
        const week: u32 = @intCast(@divTrunc(day_of_year + 7 - weekday, 7));
        try out.writer().print("{d:0>2}", .{week});
    } else {
        try out.writer().print("{d:0>3}", .{@as(u32, @intCast(day_of_year + 1))});
    }
}
