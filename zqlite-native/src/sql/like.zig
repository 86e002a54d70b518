//! LIKE and GLOB pattern matching with SQLite 3.40's semantics (func.c patternCompare), on
//! UTF-8 characters rather than bytes.
//!
//! LIKE: `%` matches any run, `_` one character, case folding is ASCII-only ('é' does not match
//! 'É'), an ESCAPE character makes the next pattern character literal. If the escape character
//! is `%` or `_`, that wildcard is disabled (as SQLite does). GLOB: `*`, `?`, and sets `[...]`
//! with ranges `a-z`, negation `[^...]` and a leading `]` taken literally; case-sensitive.
//! Like C strings in SQLite, both texts end at their first NUL byte.
//!
//! SQLite matches recursively at each wildcard; here the same language is matched iteratively
//! with one backtrack point (the last `%`/`*`), which is equivalent because every other pattern
//! element matches exactly one character. Time is O(pattern * text) and there is no recursion,
//! so any input terminates; patterns longer than `pattern_bytes_max` are rejected as SQLite
//! rejects them ("LIKE or GLOB pattern too complex").
const std = @import("std");
const assert = std.debug.assert;

/// SQLITE_MAX_LIKE_PATTERN_LENGTH.
pub const pattern_bytes_max: u32 = 50000;

/// Reads UTF-8 as sqlite3Utf8Read does: lenient, overlong or surrogate forms become U+FFFD,
/// and 0 means "end" (end of slice or a NUL byte).
const Reader = struct {
    bytes: []const u8,
    index: usize = 0,

    fn atEnd(reader: *const Reader) bool {
        return reader.index >= reader.bytes.len or reader.bytes[reader.index] == 0;
    }

    fn next(reader: *Reader) u32 {
        if (reader.atEnd()) return 0;
        var c: u32 = reader.bytes[reader.index];
        reader.index += 1;
        if (c < 0xc0) return c;
        c = lead_bits[c - 0xc0];
        while (reader.index < reader.bytes.len and (reader.bytes[reader.index] & 0xc0) == 0x80) {
            c = (c << 6) +% (reader.bytes[reader.index] & 0x3f);
            reader.index += 1;
        }
        if (c < 0x80 or (c & 0xFFFFF800) == 0xD800 or (c & 0xFFFFFFFE) == 0xFFFE) return 0xFFFD;
        return c;
    }

    /// sqlite3Utf8Trans1.
    const lead_bits = [64]u8{
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
        0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x00, 0x01, 0x02, 0x03, 0x00, 0x01, 0x00, 0x00,
    };
};

/// The dialect: which characters are wildcards. 0 disables one.
const Dialect = struct {
    match_all: u32,
    match_one: u32,
    /// LIKE's escape character, or '[' for GLOB (which then starts a set).
    match_other: u32,
    is_glob: bool,
    no_case: bool,
};

/// One pattern element.
const Token = union(enum) {
    end,
    /// A run of `%` / `*` (with any `_` / `?` inside it: `min_chars` of them).
    any_run: u32,
    one,
    literal: u32,
    /// A GLOB set: the pattern bytes between '[' and ']', exclusive.
    set: []const u8,
    /// A pattern that can never match from here (dangling escape, unterminated set).
    invalid,
};

fn readToken(dialect: Dialect, pattern: *Reader) Token {
    const c = pattern.next();
    if (c == 0) return .end;
    if (c == dialect.match_all) {
        var min_chars: u32 = 0;
        while (true) {
            const save = pattern.index;
            const following = pattern.next();
            if (following != 0 and following == dialect.match_all) continue;
            if (following != 0 and following == dialect.match_one) {
                min_chars += 1;
                continue;
            }
            pattern.index = save;
            break;
        }
        return .{ .any_run = min_chars };
    }
    if (c == dialect.match_other) {
        if (!dialect.is_glob) {
            const escaped = pattern.next();
            return if (escaped == 0) .invalid else .{ .literal = escaped };
        }
        return readSet(pattern);
    }
    if (c == dialect.match_one) return .one;
    return .{ .literal = c };
}

/// Finds the end of a `[...]` set: a `]` right after `[` or `[^` is a member, not the end.
fn readSet(pattern: *Reader) Token {
    const start = pattern.index;
    var probe: Reader = .{ .bytes = pattern.bytes, .index = start };
    var c = probe.next();
    if (c == '^') c = probe.next();
    if (c == ']') c = probe.next();
    while (c != 0 and c != ']') c = probe.next();
    if (c == 0) return .invalid;
    pattern.index = probe.index;
    return .{ .set = pattern.bytes[start .. probe.index - 1] };
}

fn setContains(set: []const u8, c: u32) bool {
    var reader: Reader = .{ .bytes = set };
    var invert = false;
    var seen = false;
    var prior: u32 = 0;
    var c2 = reader.next();
    if (c2 == '^') {
        invert = true;
        c2 = reader.next();
    }
    if (c2 == ']') {
        if (c == ']') seen = true;
        c2 = reader.next();
    }
    while (c2 != 0) : (c2 = reader.next()) {
        const has_next = !reader.atEnd();
        if (c2 == '-' and has_next and prior > 0) {
            const high = reader.next();
            if (c >= prior and c <= high) seen = true;
            prior = 0;
        } else {
            if (c == c2) seen = true;
            prior = c2;
        }
    }
    return seen != invert;
}

fn toLowerAscii(c: u32) u32 {
    return if (c >= 'A' and c <= 'Z') c + 32 else c;
}

/// Whether one single-character token matches the text character `c` (never 0).
fn matchesOne(dialect: Dialect, token: Token, c: u32) bool {
    assert(c != 0);
    return switch (token) {
        .one => true,
        .literal => |p| p == c or
            (dialect.no_case and p < 0x80 and c < 0x80 and toLowerAscii(p) == toLowerAscii(c)),
        .set => |set| setContains(set, c),
        .end, .any_run, .invalid => unreachable,
    };
}

fn matchPattern(dialect: Dialect, pattern_bytes: []const u8, text_bytes: []const u8) bool {
    var pattern: Reader = .{ .bytes = pattern_bytes };
    var text: Reader = .{ .bytes = text_bytes };
    // The backtrack point: pattern just after the last wildcard run, and where in the text that
    // run's match currently ends.
    var star_pattern: ?usize = null;
    var star_text: usize = 0;
    // Each step advances the text or the backtrack point, or ends: bounded by (t + 1)^2 + p.
    const steps_max: u64 = (@as(u64, text_bytes.len) + 2) * (@as(u64, pattern_bytes.len) + 2);
    var steps: u64 = 0;
    while (steps < steps_max) : (steps += 1) {
        const token = readToken(dialect, &pattern);
        switch (token) {
            .invalid => return false,
            .end => {
                if (text.atEnd()) return true;
            },
            .any_run => |min_chars| {
                if (!skipChars(&text, min_chars)) return false;
                star_pattern = pattern.index;
                star_text = text.index;
                if (pattern.atEnd()) return true;
                continue;
            },
            .one, .literal, .set => {
                const c = text.next();
                if (c != 0 and matchesOne(dialect, token, c)) continue;
            },
        }
        // Mismatch: let the last wildcard run swallow one more character.
        const resume_pattern = star_pattern orelse return false;
        text.index = star_text;
        if (text.next() == 0) return false;
        star_text = text.index;
        pattern.index = resume_pattern;
    }
    unreachable;
}

fn skipChars(text: *Reader, count: u32) bool {
    var left = count;
    while (left > 0) : (left -= 1) {
        if (text.next() == 0) return false;
    }
    return true;
}

pub const LikeOptions = struct {
    /// The ESCAPE character (a code point), if any.
    escape: ?u32 = null,
    /// PRAGMA case_sensitive_like.
    case_sensitive: bool = false,
};

/// `text LIKE pattern [ESCAPE e]`.
pub fn like(pattern: []const u8, text: []const u8, options: LikeOptions) bool {
    var dialect: Dialect = .{
        .match_all = '%',
        .match_one = '_',
        .match_other = options.escape orelse 0,
        .is_glob = false,
        .no_case = !options.case_sensitive,
    };
    if (options.escape) |escape| {
        assert(escape != 0);
        if (escape == '%') dialect.match_all = 0;
        if (escape == '_') dialect.match_one = 0;
    }
    return matchPattern(dialect, pattern, text);
}

/// `text GLOB pattern`.
pub fn glob(pattern: []const u8, text: []const u8) bool {
    const dialect: Dialect = .{
        .match_all = '*',
        .match_one = '?',
        .match_other = '[',
        .is_glob = true,
        .no_case = false,
    };
    return matchPattern(dialect, pattern, text);
}

/// The ESCAPE argument's one character, or null if it is not exactly one character.
pub fn escapeChar(escape_text: []const u8) ?u32 {
    var reader: Reader = .{ .bytes = escape_text };
    const c = reader.next();
    if (c == 0 or !reader.atEnd()) return null;
    return c;
}

/// Bytes up to the first NUL, which is where SQLite's C-string view of a text ends.
pub fn cString(bytes: []const u8) []const u8 {
    const end = std.mem.indexOfScalar(u8, bytes, 0) orelse bytes.len;
    return bytes[0..end];
}

// ---------------------------------------------------------------------------------------------
// Tests. Expected values come from `sqlite3` 3.40.1.

const testing = std.testing;

test "LIKE and GLOB agree with sqlite3" {
    // select 'abc' like 'A%', 'aé' like 'A_', 'é' like 'É', 'a%c' like 'a\%c' escape '\',
    //   'abc' like 'a\%c' escape '\', 'a' like 'a\' escape '\', 'abc' glob '*[b-c]',
    //   'abc' glob 'a[^b]c', 'a]c' glob 'a[]]c', 'a-c' glob 'a[a-]c', 'aéc' glob 'a?c',
    //   'aéc' glob 'a[à-ê]c', 'ABC' glob 'a*', 'abc' like 'ab', '' like '%', '' like '_',
    //   'a_c' like 'a__c', 'abc' like '%%_%c'  -> 1|1|0|1|0|0|1|0|1|1|1|1|0|0|1|0|0|1
    // select 'a%b' like 'a%%b' escape '%', 'a' like '%' escape '%', 'aXb' like 'a%b' escape '%',
    //   'ab' like 'a_' escape '_', 'a_' like 'a__' escape '_', 'a' like 'a__' escape '_',
    //   'abc' like 'a%_' escape '_'  -> 1|0|0|0|1|0|0
    const Case = struct { glob: bool, text: []const u8, pattern: []const u8, escape: ?u32 = null, want: bool };
    const cases = [_]Case{
        .{ .glob = false, .text = "abc", .pattern = "A%", .want = true },
        .{ .glob = false, .text = "aé", .pattern = "A_", .want = true },
        .{ .glob = false, .text = "é", .pattern = "É", .want = false },
        .{ .glob = false, .text = "a%c", .pattern = "a\\%c", .escape = '\\', .want = true },
        .{ .glob = false, .text = "abc", .pattern = "a\\%c", .escape = '\\', .want = false },
        .{ .glob = false, .text = "a", .pattern = "a\\", .escape = '\\', .want = false },
        .{ .glob = true, .text = "abc", .pattern = "*[b-c]", .want = true },
        .{ .glob = true, .text = "abc", .pattern = "a[^b]c", .want = false },
        .{ .glob = true, .text = "a]c", .pattern = "a[]]c", .want = true },
        .{ .glob = true, .text = "a-c", .pattern = "a[a-]c", .want = true },
        .{ .glob = true, .text = "aéc", .pattern = "a?c", .want = true },
        .{ .glob = true, .text = "aéc", .pattern = "a[à-ê]c", .want = true },
        .{ .glob = true, .text = "ABC", .pattern = "a*", .want = false },
        .{ .glob = false, .text = "abc", .pattern = "ab", .want = false },
        .{ .glob = false, .text = "", .pattern = "%", .want = true },
        .{ .glob = false, .text = "", .pattern = "_", .want = false },
        .{ .glob = false, .text = "a_c", .pattern = "a__c", .want = false },
        .{ .glob = false, .text = "abc", .pattern = "%%_%c", .want = true },
        .{ .glob = false, .text = "a%b", .pattern = "a%%b", .escape = '%', .want = true },
        .{ .glob = false, .text = "a", .pattern = "%", .escape = '%', .want = false },
        .{ .glob = false, .text = "aXb", .pattern = "a%b", .escape = '%', .want = false },
        .{ .glob = false, .text = "ab", .pattern = "a_", .escape = '_', .want = false },
        .{ .glob = false, .text = "a_", .pattern = "a__", .escape = '_', .want = true },
        .{ .glob = false, .text = "a", .pattern = "a__", .escape = '_', .want = false },
        .{ .glob = false, .text = "abc", .pattern = "a%_", .escape = '_', .want = false },
        .{ .glob = true, .text = "abcd", .pattern = "*[cd", .want = false },
        .{ .glob = false, .text = "mississippi", .pattern = "%iss%pi", .want = true },
        .{ .glob = false, .text = "mississippi", .pattern = "%iss%ppx", .want = false },
        .{ .glob = true, .text = "héllo wörld", .pattern = "h?llo*w[ö]rld", .want = true },
        .{ .glob = false, .text = "ab\x00cd", .pattern = "ab", .want = true },
    };
    for (cases, 0..) |case, index| {
        const got = if (case.glob)
            glob(case.pattern, case.text)
        else
            like(case.pattern, case.text, .{ .escape = case.escape });
        testing.expectEqual(case.want, got) catch |err| {
            std.debug.print("case {d}: '{s}' vs '{s}'\n", .{ index, case.text, case.pattern });
            return err;
        };
    }
    try testing.expectEqual(@as(?u32, 'é'), escapeChar("é"));
    try testing.expectEqual(@as(?u32, null), escapeChar("ab"));
    try testing.expectEqual(@as(?u32, null), escapeChar(""));
}

test "pathological patterns finish quickly" {
    const text = "a" ** 2000;
    const pattern = "%a" ** 200 ++ "b";
    try testing.expect(!like(pattern, text, .{}));
    try testing.expect(glob("*a*a*a*a*a*a*a*a*", text));
}
