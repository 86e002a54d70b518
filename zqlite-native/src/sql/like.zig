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

/// The first character's code point, read as sqlite3Utf8Read does (0 for an empty text).
pub fn firstCodePoint(bytes: []const u8) u32 {
    var reader: Reader = .{ .bytes = bytes };
    return reader.next();
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

test "400 random LIKE / GLOB / LIKE ESCAPE '\\' cases agree with sqlite3" {
    // Generated offline: random texts over {a b A é É - ] x % _} and patterns derived from them
    // (wildcards, sets, escapes, case changes, junk), each answered by sqlite3 3.40.1.
    const Kind = enum { like, glob, esc };
    const Case = struct { kind: Kind, text: []const u8, pattern: []const u8, want: bool };
    const cases = [_]Case{
        .{ .kind = .glob, .text = "]a", .pattern = "][a]", .want = true },
        .{ .kind = .like, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "%", .pattern = "%é", .want = false },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "", .pattern = "*", .want = false },
        .{ .kind = .like, .text = "_", .pattern = "_]", .want = false },
        .{ .kind = .esc, .text = "-b%", .pattern = "-b%", .want = true },
        .{ .kind = .glob, .text = "_x-ÉéAé", .pattern = "[_b]x-?é*É", .want = false },
        .{ .kind = .like, .text = "]ab%_--", .pattern = "]aB%_---", .want = false },
        .{ .kind = .glob, .text = "É]-ax-A", .pattern = "É??aX-A*", .want = false },
        .{ .kind = .esc, .text = "A]%É", .pattern = "A]\\%_A", .want = false },
        .{ .kind = .like, .text = "ax_", .pattern = "_%_", .want = true },
        .{ .kind = .glob, .text = "%_", .pattern = "%_", .want = true },
        .{ .kind = .esc, .text = "]]]bx]", .pattern = "%__\\b%%b", .want = false },
        .{ .kind = .glob, .text = "", .pattern = "*", .want = true },
        .{ .kind = .like, .text = "-_-x", .pattern = "-_-Xb", .want = false },
        .{ .kind = .esc, .text = "ÉxA%a", .pattern = "É\\xA%a^", .want = false },
        .{ .kind = .like, .text = "%-A-", .pattern = "[x[_", .want = false },
        .{ .kind = .esc, .text = "_éé", .pattern = "xéé[?", .want = false },
        .{ .kind = .glob, .text = "", .pattern = "%?%é-]", .want = false },
        .{ .kind = .glob, .text = "--bébéx", .pattern = "?-béBéx^", .want = false },
        .{ .kind = .like, .text = "éxA]-b", .pattern = "*?*-b", .want = false },
        .{ .kind = .esc, .text = "AA", .pattern = "AA", .want = true },
        .{ .kind = .esc, .text = "-A%%Aaa", .pattern = "^b[-A", .want = false },
        .{ .kind = .glob, .text = "éaÉ", .pattern = "éa[É-z]", .want = true },
        .{ .kind = .like, .text = "", .pattern = "?^", .want = false },
        .{ .kind = .esc, .text = "%A%A%%", .pattern = "%_%A_%", .want = true },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .esc, .text = "b%aééÉa", .pattern = "?[ax", .want = false },
        .{ .kind = .like, .text = "-_%_%éÉ", .pattern = "-_%_%é_", .want = true },
        .{ .kind = .like, .text = "A]b]x-b", .pattern = "A_B%x-b", .want = true },
        .{ .kind = .glob, .text = "xé", .pattern = "*é^", .want = false },
        .{ .kind = .like, .text = "]%", .pattern = "]%_", .want = true },
        .{ .kind = .like, .text = "%xxa]", .pattern = "%x%a]", .want = true },
        .{ .kind = .like, .text = "É", .pattern = "Éx", .want = false },
        .{ .kind = .like, .text = "É]A%%_", .pattern = "É_A_%_b", .want = false },
        .{ .kind = .glob, .text = "_", .pattern = "", .want = false },
        .{ .kind = .glob, .text = "x", .pattern = "x", .want = true },
        .{ .kind = .glob, .text = "a%", .pattern = "a%A", .want = false },
        .{ .kind = .like, .text = "É%éÉ", .pattern = "É_éÉa", .want = false },
        .{ .kind = .esc, .text = "%xé", .pattern = "", .want = false },
        .{ .kind = .esc, .text = "x%]%Éé", .pattern = "é\\", .want = false },
        .{ .kind = .esc, .text = "]-", .pattern = "Aab^-%", .want = false },
        .{ .kind = .glob, .text = "ab", .pattern = "Ab", .want = false },
        .{ .kind = .esc, .text = "Éax", .pattern = "_%\\x", .want = true },
        .{ .kind = .esc, .text = "éaÉé-", .pattern = "\\é%_é_", .want = true },
        .{ .kind = .like, .text = "bA]_", .pattern = "%A__", .want = true },
        .{ .kind = .like, .text = "-xAÉ_A", .pattern = "-xAÉ_%", .want = true },
        .{ .kind = .esc, .text = "", .pattern = "x-^-", .want = false },
        .{ .kind = .esc, .text = "baa", .pattern = "\\b%a", .want = true },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .glob, .text = "axb%", .pattern = "", .want = false },
        .{ .kind = .esc, .text = "x", .pattern = "%-", .want = false },
        .{ .kind = .like, .text = "xx]", .pattern = "x_%", .want = true },
        .{ .kind = .like, .text = "_", .pattern = "_", .want = true },
        .{ .kind = .glob, .text = "ax", .pattern = "?x", .want = true },
        .{ .kind = .esc, .text = "É%Éxxxb", .pattern = "é%b?", .want = false },
        .{ .kind = .like, .text = "xb%x", .pattern = "ééb", .want = false },
        .{ .kind = .esc, .text = "A", .pattern = "_", .want = true },
        .{ .kind = .esc, .text = "b-éx", .pattern = "*aA", .want = false },
        .{ .kind = .like, .text = "x]ÉA]-]", .pattern = "x%ÉA%-]", .want = true },
        .{ .kind = .glob, .text = "-b]]", .pattern = "b_*x", .want = false },
        .{ .kind = .glob, .text = "", .pattern = "^", .want = false },
        .{ .kind = .glob, .text = "éÉ", .pattern = "[éb]É", .want = true },
        .{ .kind = .like, .text = "%%éba]", .pattern = "%%_%a%", .want = true },
        .{ .kind = .glob, .text = "ÉÉÉ]", .pattern = "[É-z]É*][", .want = false },
        .{ .kind = .glob, .text = "x-x", .pattern = "x??", .want = true },
        .{ .kind = .glob, .text = "-É_", .pattern = "*É_", .want = true },
        .{ .kind = .like, .text = "É-axÉ_", .pattern = "^", .want = false },
        .{ .kind = .esc, .text = "bÉé", .pattern = "bÉ\\é", .want = true },
        .{ .kind = .like, .text = "a]", .pattern = "a]", .want = true },
        .{ .kind = .like, .text = "]", .pattern = "[\\??éx", .want = false },
        .{ .kind = .like, .text = "AA%", .pattern = "", .want = false },
        .{ .kind = .esc, .text = "b%aaAé_", .pattern = "-%A^%", .want = false },
        .{ .kind = .esc, .text = "bbbÉ%_", .pattern = "_b%É%_", .want = true },
        .{ .kind = .like, .text = "%é%éa]É", .pattern = "_é%%_]É", .want = true },
        .{ .kind = .esc, .text = "]-]éa", .pattern = "\\[bé?", .want = false },
        .{ .kind = .like, .text = "ééxé", .pattern = "é%xé", .want = true },
        .{ .kind = .glob, .text = "a_A]aé", .pattern = "a_A?Aé", .want = false },
        .{ .kind = .like, .text = "A", .pattern = "_", .want = true },
        .{ .kind = .esc, .text = "aÉ]--xA", .pattern = "%%\\]--x\\A", .want = true },
        .{ .kind = .glob, .text = "baxé-%", .pattern = "_", .want = false },
        .{ .kind = .glob, .text = "a]é]a]a", .pattern = "a*?*a[]b]a", .want = true },
        .{ .kind = .glob, .text = "ÉÉa_b", .pattern = "?Éa_B*", .want = false },
        .{ .kind = .glob, .text = "xA", .pattern = "x[A-z]", .want = true },
        .{ .kind = .esc, .text = "--x", .pattern = "-%_", .want = true },
        .{ .kind = .like, .text = "bax%%-", .pattern = "B%%%_-", .want = true },
        .{ .kind = .glob, .text = "éA", .pattern = "éA", .want = true },
        .{ .kind = .esc, .text = "É", .pattern = "É", .want = true },
        .{ .kind = .esc, .text = "éxéA", .pattern = "_xé\\A", .want = true },
        .{ .kind = .like, .text = "bxa", .pattern = "Bxa", .want = true },
        .{ .kind = .like, .text = "ébaé", .pattern = "é_%é]", .want = false },
        .{ .kind = .glob, .text = "", .pattern = "", .want = true },
        .{ .kind = .esc, .text = "éa--A", .pattern = "é%--A", .want = true },
        .{ .kind = .glob, .text = "A_Ébé", .pattern = "A_Ébé[", .want = false },
        .{ .kind = .like, .text = "]É", .pattern = "_É", .want = true },
        .{ .kind = .glob, .text = "]]a-é", .pattern = "]]A?*]", .want = false },
        .{ .kind = .glob, .text = "AAaa%A]", .pattern = "A[A-z]?[a]%A*", .want = true },
        .{ .kind = .like, .text = "Aax-", .pattern = "AAx-", .want = true },
        .{ .kind = .like, .text = "_]_", .pattern = "?A]éa*", .want = false },
        .{ .kind = .esc, .text = "]-", .pattern = "_-", .want = true },
        .{ .kind = .like, .text = "", .pattern = "", .want = true },
        .{ .kind = .glob, .text = "%É]É_é]", .pattern = "[%-z]É*É_?]", .want = true },
        .{ .kind = .glob, .text = "x]", .pattern = "*]?", .want = false },
        .{ .kind = .esc, .text = "", .pattern = "-", .want = false },
        .{ .kind = .glob, .text = "a", .pattern = "^xA", .want = false },
        .{ .kind = .like, .text = "_", .pattern = "_?", .want = false },
        .{ .kind = .glob, .text = "éb", .pattern = "x%A_", .want = false },
        .{ .kind = .esc, .text = "xAÉ%", .pattern = "é]%", .want = false },
        .{ .kind = .esc, .text = "--a", .pattern = "\\--_", .want = true },
        .{ .kind = .glob, .text = "Éb", .pattern = "", .want = false },
        .{ .kind = .esc, .text = "x%%_b", .pattern = "x%%\\_\\b", .want = true },
        .{ .kind = .like, .text = "-bxéA", .pattern = "-_xÉA", .want = false },
        .{ .kind = .esc, .text = "aaéAÉ", .pattern = "Aaé%_", .want = true },
        .{ .kind = .like, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "%é]_É", .pattern = "_é]%ÉA", .want = false },
        .{ .kind = .glob, .text = "b", .pattern = "b", .want = true },
        .{ .kind = .glob, .text = "aa%-", .pattern = "aa%-a", .want = false },
        .{ .kind = .like, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "ab", .pattern = "abé", .want = false },
        .{ .kind = .esc, .text = "_A%ÉbÉ", .pattern = "_A%É\\bÉ", .want = true },
        .{ .kind = .like, .text = "AébÉéab", .pattern = "AébÉ_aB", .want = true },
        .{ .kind = .esc, .text = "Ééb%", .pattern = "__b%", .want = true },
        .{ .kind = .glob, .text = "]-_", .pattern = "]-_", .want = true },
        .{ .kind = .esc, .text = "x%aa]é_", .pattern = "é*]]b]", .want = false },
        .{ .kind = .like, .text = "aa", .pattern = "a_", .want = true },
        .{ .kind = .esc, .text = "", .pattern = "^", .want = false },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "é%b]b", .pattern = "_%b]bx", .want = false },
        .{ .kind = .esc, .text = "xbAb", .pattern = "é%__*", .want = false },
        .{ .kind = .glob, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "-_%xÉ", .pattern = "%_%xÉ", .want = true },
        .{ .kind = .esc, .text = "b_É", .pattern = "%_É", .want = true },
        .{ .kind = .like, .text = "xbxAx", .pattern = "xbx_x", .want = true },
        .{ .kind = .like, .text = "Abbx%b-", .pattern = "ABb%%%_[", .want = false },
        .{ .kind = .esc, .text = "]é", .pattern = "[", .want = false },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "%-AxxÉ_", .pattern = "%-Ax_É_", .want = true },
        .{ .kind = .esc, .text = "é-", .pattern = "\\é_", .want = true },
        .{ .kind = .glob, .text = "A", .pattern = "", .want = false },
        .{ .kind = .like, .text = "AAÉÉ]É", .pattern = "A%_É%É", .want = true },
        .{ .kind = .esc, .text = "%Éx", .pattern = "_É%\\", .want = false },
        .{ .kind = .glob, .text = "é_éAbx", .pattern = "?_é?Bx\\", .want = false },
        .{ .kind = .glob, .text = "xa_]%A-", .pattern = "\\?b", .want = false },
        .{ .kind = .like, .text = "%éAé", .pattern = "%éAé", .want = true },
        .{ .kind = .esc, .text = "%-]xé", .pattern = "*", .want = false },
        .{ .kind = .esc, .text = "_", .pattern = "%*", .want = false },
        .{ .kind = .like, .text = "", .pattern = "", .want = true },
        .{ .kind = .esc, .text = "_ÉbéÉ", .pattern = "_É_é\\ÉA", .want = false },
        .{ .kind = .like, .text = "x%é", .pattern = "_", .want = false },
        .{ .kind = .esc, .text = "xÉ%Ax-", .pattern = "%", .want = true },
        .{ .kind = .esc, .text = "É]AxaÉ", .pattern = "É\\]Ax%É%", .want = true },
        .{ .kind = .glob, .text = "", .pattern = "", .want = true },
        .{ .kind = .glob, .text = "%-", .pattern = "**", .want = true },
        .{ .kind = .esc, .text = "É_b_", .pattern = "__\\b_", .want = true },
        .{ .kind = .esc, .text = "__", .pattern = "", .want = false },
        .{ .kind = .esc, .text = "éxé%", .pattern = "éx%%", .want = true },
        .{ .kind = .like, .text = "x%axxAx", .pattern = "_%a_XAX?", .want = false },
        .{ .kind = .glob, .text = "]bA-aa", .pattern = "]b[A]-Aa-", .want = false },
        .{ .kind = .glob, .text = "-b", .pattern = "_?", .want = false },
        .{ .kind = .esc, .text = "É]-", .pattern = "É]_", .want = true },
        .{ .kind = .glob, .text = "%É%-é", .pattern = "%[Éb]%*éa", .want = false },
        .{ .kind = .glob, .text = "%_a]Éb", .pattern = "?_a]Éb", .want = true },
        .{ .kind = .esc, .text = "_b", .pattern = "_B", .want = true },
        .{ .kind = .like, .text = "a]", .pattern = "a_\\\\A", .want = false },
        .{ .kind = .glob, .text = "ÉA]a", .pattern = "ÉA]*", .want = true },
        .{ .kind = .like, .text = "]", .pattern = "]", .want = true },
        .{ .kind = .like, .text = "__Ax]%", .pattern = "___%%%\\", .want = false },
        .{ .kind = .like, .text = "bAx", .pattern = "b_xa", .want = false },
        .{ .kind = .glob, .text = "bÉ", .pattern = "bÉ", .want = true },
        .{ .kind = .glob, .text = "", .pattern = "a", .want = false },
        .{ .kind = .esc, .text = "]", .pattern = "]\\", .want = false },
        .{ .kind = .glob, .text = "", .pattern = "", .want = true },
        .{ .kind = .esc, .text = "xAAb-A]", .pattern = "xA_b\\-_]", .want = true },
        .{ .kind = .esc, .text = "_aA_É", .pattern = "__\\A\\_É?", .want = false },
        .{ .kind = .glob, .text = "", .pattern = "A", .want = false },
        .{ .kind = .esc, .text = "", .pattern = "\\", .want = false },
        .{ .kind = .esc, .text = "É%", .pattern = "É\\%[", .want = false },
        .{ .kind = .glob, .text = "ééÉ_a]", .pattern = "??É_A*", .want = false },
        .{ .kind = .like, .text = "]_%", .pattern = "[_?[]é", .want = false },
        .{ .kind = .like, .text = "ébA", .pattern = "_]", .want = false },
        .{ .kind = .esc, .text = "]%Aéa", .pattern = "_\\b", .want = false },
        .{ .kind = .glob, .text = "bA-_a-É", .pattern = "**-_A-?", .want = false },
        .{ .kind = .glob, .text = "x", .pattern = "]A%\\a_", .want = false },
        .{ .kind = .like, .text = "]b", .pattern = "%B", .want = true },
        .{ .kind = .glob, .text = "_", .pattern = "_", .want = true },
        .{ .kind = .like, .text = "-_éb", .pattern = "[*A?\\", .want = false },
        .{ .kind = .like, .text = "ééAaÉ", .pattern = "", .want = false },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .glob, .text = "abA-aéÉ", .pattern = "AbA[-b]*É?A", .want = false },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "éb", .pattern = "_-Ax?b", .want = false },
        .{ .kind = .glob, .text = "", .pattern = "", .want = true },
        .{ .kind = .glob, .text = "éxb-A", .pattern = "é?B-A*", .want = false },
        .{ .kind = .glob, .text = "AaÉ", .pattern = "?a??", .want = false },
        .{ .kind = .glob, .text = "A", .pattern = "", .want = false },
        .{ .kind = .esc, .text = "%xÉ", .pattern = "%xÉé", .want = false },
        .{ .kind = .like, .text = "]", .pattern = "]-", .want = false },
        .{ .kind = .glob, .text = "ax", .pattern = "[A", .want = false },
        .{ .kind = .glob, .text = "", .pattern = "%A_*", .want = false },
        .{ .kind = .like, .text = "éÉ_AAA", .pattern = "___AAA", .want = true },
        .{ .kind = .like, .text = "A_é", .pattern = "_%é", .want = true },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .glob, .text = "ba]xAÉé", .pattern = "b[a]]xA[Éb]é_", .want = false },
        .{ .kind = .esc, .text = "-]_", .pattern = "", .want = false },
        .{ .kind = .glob, .text = "x", .pattern = "*", .want = true },
        .{ .kind = .like, .text = "", .pattern = "]", .want = false },
        .{ .kind = .like, .text = "bÉ", .pattern = "b%-", .want = false },
        .{ .kind = .esc, .text = "Éa_", .pattern = "É__", .want = true },
        .{ .kind = .like, .text = "aÉ", .pattern = "AÉb", .want = false },
        .{ .kind = .like, .text = "A%_ééA", .pattern = "A%_%éA", .want = true },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .glob, .text = "]é-]_", .pattern = "\\*", .want = false },
        .{ .kind = .esc, .text = "", .pattern = "^", .want = false },
        .{ .kind = .glob, .text = "]a-", .pattern = "?[a]-A", .want = false },
        .{ .kind = .glob, .text = "xaaa_É", .pattern = "%^[x", .want = false },
        .{ .kind = .like, .text = "É", .pattern = "%a", .want = false },
        .{ .kind = .glob, .text = "É", .pattern = "?[", .want = false },
        .{ .kind = .glob, .text = "x", .pattern = "x", .want = true },
        .{ .kind = .esc, .text = "É]", .pattern = "_]", .want = true },
        .{ .kind = .glob, .text = "__é]é%-", .pattern = "__É[]][é]%-", .want = false },
        .{ .kind = .like, .text = "Aé-%-", .pattern = "_é_%_\\", .want = false },
        .{ .kind = .glob, .text = "a%]x-b%", .pattern = "a%?[xb]*?%\\", .want = false },
        .{ .kind = .esc, .text = "x", .pattern = "x", .want = true },
        .{ .kind = .esc, .text = "]b", .pattern = "]b", .want = true },
        .{ .kind = .esc, .text = "]É", .pattern = "b*\\?", .want = false },
        .{ .kind = .esc, .text = "É-É-]%%", .pattern = "É%É-\\]\\%%", .want = true },
        .{ .kind = .glob, .text = "_éb--_", .pattern = "é*", .want = false },
        .{ .kind = .like, .text = "", .pattern = "", .want = true },
        .{ .kind = .glob, .text = "%É%_", .pattern = "\\[-^", .want = false },
        .{ .kind = .glob, .text = "x-a_-x", .pattern = "b[éb*", .want = false },
        .{ .kind = .glob, .text = "%_Aé]x", .pattern = "%_Aé]*", .want = true },
        .{ .kind = .glob, .text = "É", .pattern = "*", .want = true },
        .{ .kind = .esc, .text = "%]A%É", .pattern = "[", .want = false },
        .{ .kind = .like, .text = "Aa__b-", .pattern = "Aa_%%-", .want = true },
        .{ .kind = .glob, .text = "b_aaéA", .pattern = "b?aaéA", .want = true },
        .{ .kind = .like, .text = "A%", .pattern = "", .want = false },
        .{ .kind = .like, .text = "b", .pattern = "b", .want = true },
        .{ .kind = .esc, .text = "aa_-Aé", .pattern = "__%-A\\é", .want = true },
        .{ .kind = .glob, .text = "", .pattern = "", .want = true },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "aA_", .pattern = "a\\", .want = false },
        .{ .kind = .glob, .text = "]_Éx", .pattern = "", .want = false },
        .{ .kind = .like, .text = "_é]É]x", .pattern = "_%_É%x", .want = true },
        .{ .kind = .glob, .text = "-", .pattern = "-", .want = true },
        .{ .kind = .like, .text = "]", .pattern = "[é", .want = false },
        .{ .kind = .glob, .text = "xÉ-", .pattern = "*É[-]A", .want = false },
        .{ .kind = .like, .text = "É%A", .pattern = "É%_", .want = true },
        .{ .kind = .like, .text = "]_éÉx%", .pattern = "]_éÉx%", .want = true },
        .{ .kind = .esc, .text = "]_%", .pattern = "]%%", .want = true },
        .{ .kind = .glob, .text = "a_AÉa]", .pattern = "a_??a*", .want = true },
        .{ .kind = .esc, .text = "ébÉb", .pattern = "%b_\\b", .want = true },
        .{ .kind = .esc, .text = "ÉA", .pattern = "ÉA", .want = true },
        .{ .kind = .glob, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "-bAÉbÉ", .pattern = "é-^a*", .want = false },
        .{ .kind = .like, .text = "]é", .pattern = "*", .want = false },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "_x%", .pattern = "_x%\\", .want = false },
        .{ .kind = .esc, .text = "a__a", .pattern = "bax_é", .want = false },
        .{ .kind = .glob, .text = "]", .pattern = "]", .want = true },
        .{ .kind = .like, .text = "%b-]", .pattern = "%b-]", .want = true },
        .{ .kind = .esc, .text = "", .pattern = "^", .want = false },
        .{ .kind = .esc, .text = "xé", .pattern = "xé[", .want = false },
        .{ .kind = .like, .text = "%Éé", .pattern = "_", .want = false },
        .{ .kind = .glob, .text = "béÉAAx", .pattern = "??ÉAA[xb]-", .want = false },
        .{ .kind = .like, .text = "-b%", .pattern = "-b_", .want = true },
        .{ .kind = .glob, .text = "bÉa", .pattern = "?*?-", .want = false },
        .{ .kind = .glob, .text = "bA-xx_-", .pattern = "b*-xX_[--z]", .want = false },
        .{ .kind = .like, .text = "]xé%-a-", .pattern = "%^]-^", .want = false },
        .{ .kind = .esc, .text = "ébAa", .pattern = "\\é%\\Aa", .want = true },
        .{ .kind = .esc, .text = "bÉ", .pattern = "\\b_", .want = true },
        .{ .kind = .glob, .text = "-A%", .pattern = "\\%éaab", .want = false },
        .{ .kind = .esc, .text = "aéx]xA", .pattern = "]^bA", .want = false },
        .{ .kind = .esc, .text = "AAx", .pattern = "\\AAx", .want = true },
        .{ .kind = .like, .text = "aa_%]", .pattern = "%%_%%\\", .want = false },
        .{ .kind = .like, .text = "]É", .pattern = "]É", .want = true },
        .{ .kind = .glob, .text = "%", .pattern = "%", .want = true },
        .{ .kind = .esc, .text = "]_", .pattern = "]%", .want = true },
        .{ .kind = .esc, .text = "__]-", .pattern = "__\\]-é", .want = false },
        .{ .kind = .like, .text = "bA_-%_]", .pattern = "_A__%_]\\", .want = false },
        .{ .kind = .glob, .text = "é", .pattern = "?", .want = true },
        .{ .kind = .esc, .text = "é%_b%__", .pattern = "\\é%_b%__-", .want = false },
        .{ .kind = .esc, .text = "x", .pattern = "[Aé", .want = false },
        .{ .kind = .esc, .text = "bA-_a]é", .pattern = "%A-_%%é\\", .want = false },
        .{ .kind = .like, .text = "-", .pattern = "-", .want = true },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "%%-xa", .pattern = "b_", .want = false },
        .{ .kind = .esc, .text = "_baéÉ", .pattern = "_%aÉÉ", .want = false },
        .{ .kind = .like, .text = "AA%É", .pattern = "*\\A]%", .want = false },
        .{ .kind = .esc, .text = "xaa-", .pattern = "[?\\", .want = false },
        .{ .kind = .like, .text = "", .pattern = "", .want = true },
        .{ .kind = .esc, .text = "xAx]é_", .pattern = "\\xA\\x%é_", .want = true },
        .{ .kind = .esc, .text = "-_x]--a", .pattern = "-__]--a*", .want = false },
        .{ .kind = .glob, .text = "%", .pattern = "]]", .want = false },
        .{ .kind = .esc, .text = "a%", .pattern = "", .want = false },
        .{ .kind = .like, .text = "_b-ÉéA", .pattern = "_b-ÉéA", .want = true },
        .{ .kind = .glob, .text = "a--x%", .pattern = "??[-]?%", .want = true },
        .{ .kind = .glob, .text = "]_ÉA_bA", .pattern = "[]-z]_ÉA*?A", .want = true },
        .{ .kind = .glob, .text = "x-]bx", .pattern = "?-]bxa", .want = false },
        .{ .kind = .like, .text = "", .pattern = "]", .want = false },
        .{ .kind = .glob, .text = "é", .pattern = "*a", .want = false },
        .{ .kind = .like, .text = "_", .pattern = "%[", .want = false },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "-ax]_", .pattern = "-%X%_", .want = true },
        .{ .kind = .glob, .text = "Éxaa-_", .pattern = "[Éb]xa[a]*?", .want = true },
        .{ .kind = .like, .text = "-]-%_", .pattern = "^", .want = false },
        .{ .kind = .esc, .text = "é_Éxa", .pattern = "^x", .want = false },
        .{ .kind = .esc, .text = "%É-%%ÉA", .pattern = "%%-%_É\\A", .want = true },
        .{ .kind = .like, .text = "ba", .pattern = "_a]", .want = false },
        .{ .kind = .glob, .text = "AA", .pattern = "[A-z]?", .want = true },
        .{ .kind = .glob, .text = "-]x", .pattern = "-*xx", .want = false },
        .{ .kind = .esc, .text = "-aé_]]", .pattern = "^^\\", .want = false },
        .{ .kind = .like, .text = "", .pattern = "*", .want = false },
        .{ .kind = .like, .text = "-é-", .pattern = "%%?é]", .want = false },
        .{ .kind = .like, .text = "ÉAÉÉb-a", .pattern = "É_ÉÉB-a-", .want = false },
        .{ .kind = .glob, .text = "", .pattern = "?A*\\A%", .want = false },
        .{ .kind = .esc, .text = "", .pattern = "a", .want = false },
        .{ .kind = .like, .text = "A%-b", .pattern = "^*b", .want = false },
        .{ .kind = .glob, .text = "]-a_é", .pattern = "]**_é", .want = true },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "b", .pattern = "[", .want = false },
        .{ .kind = .glob, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "%", .pattern = "%", .want = true },
        .{ .kind = .glob, .text = "ébÉ", .pattern = "*?Éa", .want = false },
        .{ .kind = .glob, .text = "Éa-ax", .pattern = "Éa-ax", .want = true },
        .{ .kind = .glob, .text = "]A]]]A", .pattern = "aé][%", .want = false },
        .{ .kind = .esc, .text = "éébb_a", .pattern = "", .want = false },
        .{ .kind = .glob, .text = "x%-x_", .pattern = "x%-x_^", .want = false },
        .{ .kind = .esc, .text = "-b]%É_", .pattern = "-%]%É_\\", .want = false },
        .{ .kind = .glob, .text = "%_x_é", .pattern = "", .want = false },
        .{ .kind = .esc, .text = "%é%A-", .pattern = "_é%A-", .want = true },
        .{ .kind = .like, .text = "]-]b]", .pattern = "_%]b]", .want = true },
        .{ .kind = .like, .text = "]Éxb", .pattern = "]Éx%", .want = true },
        .{ .kind = .glob, .text = "%é_-%-]", .pattern = "%*?-[%-z]?[]]?", .want = false },
        .{ .kind = .like, .text = "béA]É_-", .pattern = "?*_a-", .want = false },
        .{ .kind = .glob, .text = "]_É-é]", .pattern = "]", .want = false },
        .{ .kind = .like, .text = "bé-bb", .pattern = "*[*", .want = false },
        .{ .kind = .glob, .text = "", .pattern = "", .want = true },
        .{ .kind = .glob, .text = "]xAbx]", .pattern = "]xAbX*", .want = false },
        .{ .kind = .esc, .text = "]xbbé", .pattern = "\\ab?", .want = false },
        .{ .kind = .like, .text = "_xa", .pattern = "-", .want = false },
        .{ .kind = .glob, .text = "a%]_A]a", .pattern = "_", .want = false },
        .{ .kind = .glob, .text = "%aA", .pattern = "[%", .want = false },
        .{ .kind = .like, .text = "]ÉÉ%]", .pattern = "]%É%]", .want = true },
        .{ .kind = .glob, .text = "éAaé", .pattern = "[éb]Aa*", .want = true },
        .{ .kind = .glob, .text = "x%a", .pattern = "**a", .want = true },
        .{ .kind = .like, .text = "éxÉé", .pattern = "éxÉé", .want = true },
        .{ .kind = .like, .text = "", .pattern = "", .want = true },
        .{ .kind = .like, .text = "", .pattern = "", .want = true },
        .{ .kind = .esc, .text = "Aa%AxéÉ", .pattern = "\\AAx", .want = false },
        .{ .kind = .esc, .text = "%bx", .pattern = "%b\\x", .want = true },
        .{ .kind = .glob, .text = "]AaAaAx", .pattern = "?A[a-z]A[ab][A]?", .want = true },
        .{ .kind = .like, .text = "a-]AÉé", .pattern = "a_%_ÉÉ_", .want = false },
        .{ .kind = .like, .text = "%%b", .pattern = "%%B", .want = true },
        .{ .kind = .like, .text = "xÉÉ", .pattern = "x%%x", .want = false },
        .{ .kind = .like, .text = "a__b", .pattern = "éA", .want = false },
        .{ .kind = .esc, .text = "aA--", .pattern = "_A_-b", .want = false },
        .{ .kind = .esc, .text = "b%bA_]x", .pattern = "%%\\bA\\_]%", .want = true },
        .{ .kind = .esc, .text = "-A", .pattern = "%%", .want = true },
        .{ .kind = .glob, .text = "AÉbb", .pattern = "", .want = false },
        .{ .kind = .like, .text = "É%%b-xé", .pattern = "É%%_-_%\\", .want = false },
        .{ .kind = .esc, .text = "bab", .pattern = "xx-", .want = false },
        .{ .kind = .esc, .text = "ébA", .pattern = "_%\\A", .want = true },
        .{ .kind = .glob, .text = "b", .pattern = "?x", .want = false },
        .{ .kind = .esc, .text = "", .pattern = "", .want = true },
        .{ .kind = .esc, .text = "baé_A", .pattern = "bx", .want = false },
        .{ .kind = .glob, .text = "a-", .pattern = "x*a", .want = false },
        .{ .kind = .like, .text = "A%A", .pattern = "A%__", .want = true },
        .{ .kind = .esc, .text = "a", .pattern = "a?[", .want = false },
        .{ .kind = .glob, .text = "_", .pattern = "?", .want = true },
        .{ .kind = .glob, .text = "b-_Axx", .pattern = "b-_Axx", .want = true },
        .{ .kind = .glob, .text = "%É_%bb", .pattern = "x%x\\\\é", .want = false },
        .{ .kind = .like, .text = "_x%", .pattern = "_x%", .want = true },
        .{ .kind = .glob, .text = "-]]bé-", .pattern = "-][]b]B**", .want = false },
        .{ .kind = .glob, .text = "_ÉxA-%", .pattern = "[_b]É?*?%", .want = true },
        .{ .kind = .esc, .text = "béa", .pattern = "b\\é\\aA", .want = false },
        .{ .kind = .like, .text = "_]Éx-", .pattern = "x]é\\", .want = false },
        .{ .kind = .like, .text = "%aaAbé", .pattern = "%_A%bé", .want = true },
        .{ .kind = .glob, .text = "É]", .pattern = "É]", .want = true },
        .{ .kind = .glob, .text = "]%ax", .pattern = "]*ax*", .want = true },
        .{ .kind = .glob, .text = "%A_x", .pattern = "[%]*_?]", .want = false },
        .{ .kind = .esc, .text = "", .pattern = "-", .want = false },
        .{ .kind = .esc, .text = "éÉ%a", .pattern = "éÉ%a", .want = true },
        .{ .kind = .esc, .text = "É-A_x", .pattern = "[_Aé[x", .want = false },
        .{ .kind = .like, .text = "É%", .pattern = "É%*", .want = false },
        .{ .kind = .glob, .text = "ÉÉ", .pattern = "é]_", .want = false },
        .{ .kind = .glob, .text = "bÉ-]-]", .pattern = "%bé", .want = false },
        .{ .kind = .esc, .text = "%]A-aAÉ", .pattern = "^[\\", .want = false },
        .{ .kind = .esc, .text = "bÉ]-]%", .pattern = "^b%?xa", .want = false },
        .{ .kind = .like, .text = "-_-É", .pattern = "", .want = false },
        .{ .kind = .esc, .text = "_", .pattern = "\\_", .want = true },
        .{ .kind = .like, .text = "AAb]", .pattern = "AAB]", .want = true },
        .{ .kind = .glob, .text = "A%", .pattern = "A%é", .want = false },
        .{ .kind = .glob, .text = "]", .pattern = "*", .want = true },
        .{ .kind = .like, .text = "]é_ÉAA", .pattern = "]_%_%A", .want = true },
        .{ .kind = .glob, .text = "A]_É", .pattern = "A]_É", .want = true },
        .{ .kind = .glob, .text = "-", .pattern = "-", .want = true },
        .{ .kind = .glob, .text = "", .pattern = "\\", .want = false },
        .{ .kind = .glob, .text = "axA", .pattern = "axA", .want = true },
        .{ .kind = .like, .text = "", .pattern = "", .want = true },
    };
    for (cases, 0..) |case, index| {
        const got = switch (case.kind) {
            .like => like(case.pattern, case.text, .{}),
            .glob => glob(case.pattern, case.text),
            .esc => like(case.pattern, case.text, .{ .escape = '\\' }),
        };
        testing.expectEqual(case.want, got) catch |err| {
            std.debug.print("case {d}: '{s}' {s} '{s}'\n", .{ index, case.text, @tagName(case.kind), case.pattern });
            return err;
        };
    }
}
