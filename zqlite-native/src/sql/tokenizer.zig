//! The SQL tokenizer: a pure function from (source, offset) to the next token, as SQLite's
//! `sqlite3GetToken` in tokenize.c. It never allocates, never fails and never reads past the end:
//! every byte sequence (invalid UTF-8, NUL bytes, unterminated strings) becomes some token, the
//! bad ones being `.illegal`, whose text the parser reports as `unrecognized token: "..."`.
//!
//! Invariants:
//! - Every token is non-empty except `.eof`, which sits at `source.len`; so a loop that calls
//!   `next` from the previous token's end advances by at least one byte and is bounded by the
//!   source length.
//! - Token boundaries are byte offsets (u32). Sources longer than `source_len_max` are rejected
//!   by the parser before tokenizing, so offsets always fit.
//! - Keywords are case-insensitive; the keyword set is SQLite's (147 words), so a word that is a
//!   keyword in SQLite is one here. Whether a keyword may serve as a name is the parser's business
//!   (see `fallsBackToId`), following SQLite's `%fallback ID` list in parse.y.
//! - Bytes >= 0x80 are identifier characters, as in SQLite, so UTF-8 names (valid or not) are one
//!   identifier token.
const std = @import("std");
const assert = std.debug.assert;

/// SQLite's SQLITE_MAX_SQL_LENGTH default: longer statements are refused ("string or blob too
/// big"), which also keeps every offset within u32.
pub const source_len_max: u32 = 1_000_000_000;

pub const Kind = enum(u8) {
    eof,
    /// Whitespace: spaces, tabs, newlines, form feeds, carriage returns.
    space,
    /// `-- ...` to end of line, or `/* ... */` (an unterminated block comment runs to the end).
    comment,
    /// A byte sequence SQLite's tokenizer rejects: unterminated string, bad blob, `1abc`, `^`.
    illegal,
    semicolon,
    lparen,
    rparen,
    comma,
    dot,
    plus,
    minus,
    star,
    slash,
    percent,
    concat,
    /// `->` and `->>`: JSON operators (parsed as binary operators).
    ptr,
    lt,
    le,
    gt,
    ge,
    /// `=` or `==`.
    eq,
    /// `!=` or `<>`.
    ne,
    shl,
    shr,
    bit_and,
    bit_or,
    bit_not,
    integer,
    float,
    string,
    blob,
    /// A bare identifier that is not a keyword.
    id,
    /// "double", [bracketed] or `backticked` identifier.
    quoted_id,
    /// `?`, `?NNN`, `:name`, `@name`, `$name`.
    variable,

    kw_abort,
    kw_action,
    kw_add,
    kw_after,
    kw_all,
    kw_alter,
    kw_always,
    kw_analyze,
    kw_and,
    kw_as,
    kw_asc,
    kw_attach,
    kw_autoincrement,
    kw_before,
    kw_begin,
    kw_between,
    kw_by,
    kw_cascade,
    kw_case,
    kw_cast,
    kw_check,
    kw_collate,
    kw_column,
    kw_commit,
    kw_conflict,
    kw_constraint,
    kw_create,
    kw_cross,
    kw_current,
    kw_current_date,
    kw_current_time,
    kw_current_timestamp,
    kw_database,
    kw_default,
    kw_deferrable,
    kw_deferred,
    kw_delete,
    kw_desc,
    kw_detach,
    kw_distinct,
    kw_do,
    kw_drop,
    kw_each,
    kw_else,
    kw_end,
    kw_escape,
    kw_except,
    kw_exclude,
    kw_exclusive,
    kw_exists,
    kw_explain,
    kw_fail,
    kw_filter,
    kw_first,
    kw_following,
    kw_for,
    kw_foreign,
    kw_from,
    kw_full,
    kw_generated,
    kw_glob,
    kw_group,
    kw_groups,
    kw_having,
    kw_if,
    kw_ignore,
    kw_immediate,
    kw_in,
    kw_index,
    kw_indexed,
    kw_initially,
    kw_inner,
    kw_insert,
    kw_instead,
    kw_intersect,
    kw_into,
    kw_is,
    kw_isnull,
    kw_join,
    kw_key,
    kw_last,
    kw_left,
    kw_like,
    kw_limit,
    kw_match,
    kw_materialized,
    kw_natural,
    kw_no,
    kw_not,
    kw_nothing,
    kw_notnull,
    kw_null,
    kw_nulls,
    kw_of,
    kw_offset,
    kw_on,
    kw_or,
    kw_order,
    kw_others,
    kw_outer,
    kw_over,
    kw_partition,
    kw_plan,
    kw_pragma,
    kw_preceding,
    kw_primary,
    kw_query,
    kw_raise,
    kw_range,
    kw_recursive,
    kw_references,
    kw_regexp,
    kw_reindex,
    kw_release,
    kw_rename,
    kw_replace,
    kw_restrict,
    kw_returning,
    kw_right,
    kw_rollback,
    kw_row,
    kw_rows,
    kw_savepoint,
    kw_select,
    kw_set,
    kw_table,
    kw_temp,
    kw_temporary,
    kw_then,
    kw_ties,
    kw_to,
    kw_transaction,
    kw_trigger,
    kw_unbounded,
    kw_union,
    kw_unique,
    kw_update,
    kw_using,
    kw_vacuum,
    kw_values,
    kw_view,
    kw_virtual,
    kw_when,
    kw_where,
    kw_window,
    kw_with,
    kw_without,

    pub fn isKeyword(kind: Kind) bool {
        return @intFromEnum(kind) >= @intFromEnum(Kind.kw_abort);
    }

    /// True for keywords that SQLite's grammar lets stand for an identifier (`%fallback ID` in
    /// parse.y), e.g. a column named `key`, `action` or `replace`.
    pub fn fallsBackToId(kind: Kind) bool {
        return switch (kind) {
            .kw_abort, .kw_action, .kw_after, .kw_analyze, .kw_asc, .kw_attach, .kw_before => true,
            .kw_begin, .kw_by, .kw_cascade, .kw_cast, .kw_column, .kw_conflict => true,
            .kw_database, .kw_deferred, .kw_desc, .kw_detach, .kw_do, .kw_each, .kw_end => true,
            .kw_exclusive, .kw_explain, .kw_fail, .kw_for, .kw_ignore, .kw_immediate => true,
            .kw_initially, .kw_instead, .kw_like, .kw_glob, .kw_regexp, .kw_match, .kw_no => true,
            .kw_plan, .kw_query, .kw_key, .kw_of, .kw_offset, .kw_pragma, .kw_raise => true,
            .kw_recursive, .kw_release, .kw_replace, .kw_restrict, .kw_row, .kw_rows => true,
            .kw_rollback, .kw_savepoint, .kw_temp, .kw_temporary, .kw_trigger => true,
            .kw_vacuum, .kw_view, .kw_virtual, .kw_with, .kw_without, .kw_nulls => true,
            .kw_first, .kw_last, .kw_current, .kw_following, .kw_partition => true,
            .kw_preceding, .kw_range, .kw_unbounded, .kw_exclude, .kw_groups => true,
            .kw_others, .kw_ties, .kw_generated, .kw_always, .kw_materialized => true,
            .kw_reindex, .kw_rename, .kw_current_date, .kw_current_time => true,
            .kw_current_timestamp, .kw_if, .kw_filter, .kw_over, .kw_window => true,
            else => false,
        };
    }

    /// SQLite's JOIN_KW class: usable as a table or column name (`nm` in parse.y) but not as an
    /// alias, since `FROM a LEFT JOIN b` must not read `LEFT` as the alias of `a`.
    pub fn isJoinKeyword(kind: Kind) bool {
        return switch (kind) {
            .kw_cross, .kw_full, .kw_inner, .kw_left, .kw_natural, .kw_outer, .kw_right => true,
            else => false,
        };
    }
};

pub const Token = struct {
    kind: Kind,
    start: u32,
    end: u32,

    pub fn text(token: Token, source: []const u8) []const u8 {
        assert(token.start <= token.end);
        assert(token.end <= source.len);
        return source[token.start..token.end];
    }
};

const keyword_len_max = 17; // "current_timestamp"

const keywords = keywords: {
    @setEvalBranchQuota(100_000);
    const fields = @typeInfo(Kind).@"enum".fields;
    var kvs: [fields.len]struct { []const u8, Kind } = undefined;
    var count: usize = 0;
    for (fields) |field| {
        if (std.mem.startsWith(u8, field.name, "kw_")) {
            kvs[count] = .{ field.name[3..], @as(Kind, @enumFromInt(field.value)) };
            assert(field.name.len - 3 <= keyword_len_max);
            count += 1;
        }
    }
    assert(count == 147);
    const final = kvs[0..count].*;
    break :keywords std.StaticStringMapWithEql(Kind, std.static_string_map.eqlAsciiIgnoreCase)
        .initComptime(final);
};

/// The keyword kind for `word`, or null when it is an ordinary identifier.
pub fn keyword(word: []const u8) ?Kind {
    if (word.len < 2 or word.len > keyword_len_max) return null;
    return keywords.get(word);
}

/// SQLite's IdChar: letters, digits, `_`, `$` and every byte >= 0x80.
pub fn isIdChar(byte: u8) bool {
    return std.ascii.isAlphanumeric(byte) or byte == '_' or byte == '$' or byte >= 0x80;
}

fn isIdStart(byte: u8) bool {
    return std.ascii.isAlphabetic(byte) or byte == '_' or byte >= 0x80;
}

fn isSpace(byte: u8) bool {
    return byte == ' ' or byte == '\t' or byte == '\n' or byte == '\r' or byte == 0x0c;
}

/// The token that starts at `offset`. `offset == source.len` gives `.eof`.
pub fn next(source: []const u8, offset: u32) Token {
    assert(offset <= source.len);
    assert(source.len <= source_len_max);
    if (offset == source.len) return .{ .kind = .eof, .start = offset, .end = offset };
    const result = scan(source, offset);
    assert(result.end > offset);
    assert(result.end <= source.len);
    return .{ .kind = result.kind, .start = offset, .end = result.end };
}

/// The next token that is not whitespace or a comment.
pub fn nextSignificant(source: []const u8, offset: u32) Token {
    var position = offset;
    // Bounded: every non-eof token advances at least one byte.
    while (position <= source.len) {
        const token = next(source, position);
        if (token.kind != .space and token.kind != .comment) return token;
        position = token.end;
    }
    unreachable;
}

const Scan = struct { kind: Kind, end: u32 };

fn scan(source: []const u8, offset: u32) Scan {
    const c = source[offset];
    if (isSpace(c)) return .{ .kind = .space, .end = skipWhile(source, offset, isSpace) };
    if (std.ascii.isDigit(c)) return scanNumber(source, offset);
    if (isIdStart(c)) return scanWord(source, offset);
    return switch (c) {
        '\'' => scanString(source, offset),
        '"', '`' => scanQuoted(source, offset, c),
        '[' => scanBracketed(source, offset),
        '.' => if (offset + 1 < source.len and std.ascii.isDigit(source[offset + 1]))
            scanNumber(source, offset)
        else
            .{ .kind = .dot, .end = offset + 1 },
        '?', ':', '@', '$', '#' => scanVariable(source, offset),
        else => scanPunctuation(source, offset),
    };
}

fn skipWhile(source: []const u8, offset: u32, comptime predicate: fn (u8) bool) u32 {
    var end = offset;
    while (end < source.len and predicate(source[end])) end += 1;
    return end;
}

fn peek(source: []const u8, offset: u32) u8 {
    return if (offset < source.len) source[offset] else 0;
}

fn scanPunctuation(source: []const u8, offset: u32) Scan {
    const c = source[offset];
    const c1 = peek(source, offset + 1);
    const one: u32 = offset + 1;
    const two: u32 = offset + 2;
    return switch (c) {
        ';' => .{ .kind = .semicolon, .end = one },
        '(' => .{ .kind = .lparen, .end = one },
        ')' => .{ .kind = .rparen, .end = one },
        ',' => .{ .kind = .comma, .end = one },
        '+' => .{ .kind = .plus, .end = one },
        '*' => .{ .kind = .star, .end = one },
        '%' => .{ .kind = .percent, .end = one },
        '&' => .{ .kind = .bit_and, .end = one },
        '~' => .{ .kind = .bit_not, .end = one },
        '-' => scanMinus(source, offset),
        '/' => scanSlash(source, offset),
        '|' => if (c1 == '|') .{ .kind = .concat, .end = two } else .{ .kind = .bit_or, .end = one },
        '=' => .{ .kind = .eq, .end = if (c1 == '=') two else one },
        '!' => if (c1 == '=') .{ .kind = .ne, .end = two } else .{ .kind = .illegal, .end = one },
        '<' => switch (c1) {
            '=' => .{ .kind = .le, .end = two },
            '>' => .{ .kind = .ne, .end = two },
            '<' => .{ .kind = .shl, .end = two },
            else => .{ .kind = .lt, .end = one },
        },
        '>' => switch (c1) {
            '=' => .{ .kind = .ge, .end = two },
            '>' => .{ .kind = .shr, .end = two },
            else => .{ .kind = .gt, .end = one },
        },
        else => .{ .kind = .illegal, .end = one },
    };
}

fn scanMinus(source: []const u8, offset: u32) Scan {
    assert(source[offset] == '-');
    const c1 = peek(source, offset + 1);
    if (c1 == '-') {
        var end = offset + 2;
        while (end < source.len and source[end] != '\n') end += 1;
        return .{ .kind = .comment, .end = end };
    }
    if (c1 == '>') {
        const long = peek(source, offset + 2) == '>';
        return .{ .kind = .ptr, .end = offset + @as(u32, if (long) 3 else 2) };
    }
    return .{ .kind = .minus, .end = offset + 1 };
}

fn scanSlash(source: []const u8, offset: u32) Scan {
    assert(source[offset] == '/');
    if (peek(source, offset + 1) != '*') return .{ .kind = .slash, .end = offset + 1 };
    var end = offset + 2;
    while (end < source.len) : (end += 1) {
        if (source[end] == '*' and peek(source, end + 1) == '/') return .{ .kind = .comment, .end = end + 2 };
    }
    // SQLite accepts an unterminated block comment as running to the end of input.
    return .{ .kind = .comment, .end = end };
}

fn scanWord(source: []const u8, offset: u32) Scan {
    const c = source[offset];
    if ((c == 'x' or c == 'X') and peek(source, offset + 1) == '\'') return scanBlob(source, offset);
    const end = skipWhile(source, offset, isIdChar);
    const kind = keyword(source[offset..end]) orelse .id;
    return .{ .kind = kind, .end = end };
}

/// `'...'` with `''` as an escaped quote. Unterminated: illegal to the end of input.
fn scanString(source: []const u8, offset: u32) Scan {
    assert(source[offset] == '\'');
    var end = offset + 1;
    while (end < source.len) : (end += 1) {
        if (source[end] != '\'') continue;
        if (peek(source, end + 1) == '\'') {
            end += 1;
            continue;
        }
        return .{ .kind = .string, .end = end + 1 };
    }
    return .{ .kind = .illegal, .end = end };
}

/// `"..."` or `` `...` `` with a doubled quote as an escape. Unterminated: illegal.
fn scanQuoted(source: []const u8, offset: u32, quote: u8) Scan {
    assert(source[offset] == quote);
    var end = offset + 1;
    while (end < source.len) : (end += 1) {
        if (source[end] != quote) continue;
        if (peek(source, end + 1) == quote) {
            end += 1;
            continue;
        }
        return .{ .kind = .quoted_id, .end = end + 1 };
    }
    return .{ .kind = .illegal, .end = end };
}

/// `[...]`: no escapes, ends at the first `]`.
fn scanBracketed(source: []const u8, offset: u32) Scan {
    assert(source[offset] == '[');
    const close = std.mem.indexOfScalarPos(u8, source, offset + 1, ']') orelse
        return .{ .kind = .illegal, .end = @intCast(source.len) };
    return .{ .kind = .quoted_id, .end = @intCast(close + 1) };
}

/// `X'hex'`: an even number of hex digits, else the whole thing is illegal (as in SQLite).
fn scanBlob(source: []const u8, offset: u32) Scan {
    assert(source[offset + 1] == '\'');
    var end = offset + 2;
    while (end < source.len and std.ascii.isHex(source[end])) end += 1;
    const digits = end - (offset + 2);
    if (end < source.len and source[end] == '\'' and digits % 2 == 0) {
        return .{ .kind = .blob, .end = end + 1 };
    }
    // As sqlite3GetToken: swallow to the closing quote (or the end) and report it all.
    while (end < source.len and source[end] != '\'') end += 1;
    if (end < source.len) end += 1;
    return .{ .kind = .illegal, .end = end };
}

fn scanNumber(source: []const u8, offset: u32) Scan {
    const c1 = peek(source, offset + 1);
    if (source[offset] == '0' and (c1 == 'x' or c1 == 'X') and std.ascii.isHex(peek(source, offset + 2))) {
        const end = skipWhile(source, offset + 2, std.ascii.isHex);
        return trailingIdChars(source, .integer, end);
    }
    var kind: Kind = .integer;
    var end = skipWhile(source, offset, std.ascii.isDigit);
    if (peek(source, end) == '.') {
        kind = .float;
        end = skipWhile(source, end + 1, std.ascii.isDigit);
    }
    const e = peek(source, end);
    if (e == 'e' or e == 'E') {
        const sign = peek(source, end + 1);
        const has_sign = sign == '+' or sign == '-';
        const digit_at = end + 1 + @as(u32, @intFromBool(has_sign));
        if (std.ascii.isDigit(peek(source, digit_at))) {
            kind = .float;
            end = skipWhile(source, digit_at, std.ascii.isDigit);
        }
    }
    return trailingIdChars(source, kind, end);
}

/// `123abc` is one illegal token in SQLite, not a number followed by a name.
fn trailingIdChars(source: []const u8, kind: Kind, end: u32) Scan {
    if (end < source.len and isIdChar(source[end])) {
        return .{ .kind = .illegal, .end = skipWhile(source, end, isIdChar) };
    }
    return .{ .kind = kind, .end = end };
}

fn scanVariable(source: []const u8, offset: u32) Scan {
    const c = source[offset];
    if (c == '?') return .{ .kind = .variable, .end = skipWhile(source, offset + 1, std.ascii.isDigit) };
    const end = skipWhile(source, offset + 1, isVariableNameChar);
    // A lone `:`, `@`, `$` or `#` names nothing; `#` is SQLite-internal only.
    if (end == offset + 1 or c == '#') return .{ .kind = .illegal, .end = end };
    return .{ .kind = .variable, .end = end };
}

fn isVariableNameChar(byte: u8) bool {
    return isIdChar(byte);
}

const testing = std.testing;

fn expectTokens(source: []const u8, expected: []const Kind) !void {
    var position: u32 = 0;
    for (expected) |kind| {
        const token = nextSignificant(source, position);
        try testing.expectEqual(kind, token.kind);
        position = token.end;
    }
    try testing.expectEqual(Kind.eof, nextSignificant(source, position).kind);
}

test "keywords are case-insensitive and words that are not keywords are ids" {
    try expectTokens("SeLeCt select SELECT selects", &.{ .kw_select, .kw_select, .kw_select, .id });
    try testing.expectEqual(@as(?Kind, .kw_current_timestamp), keyword("Current_Timestamp"));
    try testing.expectEqual(@as(?Kind, null), keyword("true"));
    try testing.expect(Kind.kw_key.fallsBackToId());
    try testing.expect(!Kind.kw_select.fallsBackToId());
}

test "numbers: integers, hex, reals, exponents, trailing letters" {
    try expectTokens("1 0x1F .5 5. 1e5 1.5E-3 2e", &.{
        .integer, .integer, .float, .float, .float, .float, .illegal,
    });
    try expectTokens("12abc", &.{.illegal});
    try expectTokens("0x", &.{.illegal});
    try expectTokens("1.2.3", &.{ .float, .float });
}

test "strings, blobs and quoted identifiers" {
    try expectTokens("'it''s' X'0aFF' x'' \"a\"\"b\" [x y] `q`", &.{
        .string, .blob, .blob, .quoted_id, .quoted_id, .quoted_id,
    });
    try expectTokens("X'0' ", &.{.illegal});
    try expectTokens("X'zz'", &.{.illegal});
    const unterminated = next("'abc", 0);
    try testing.expectEqual(Kind.illegal, unterminated.kind);
    try testing.expectEqual(@as(u32, 4), unterminated.end);
}

test "operators, comments and variables" {
    try expectTokens("a||b -- c\n<= >= <> != == << >> & | ~ /* x */ % ->>", &.{
        .id, .concat, .id, .le, .ge, .ne, .ne, .eq, .shl, .shr, .bit_and, .bit_or, .bit_not, .percent, .ptr,
    });
    try expectTokens("? ?12 :name @n $v", &.{ .variable, .variable, .variable, .variable, .variable });
    try expectTokens(": ^ \x00", &.{ .illegal, .illegal, .illegal });
    try expectTokens("/* unterminated", &.{});
}

test "every byte sequence tokenizes without overrun" {
    var prng = std.Random.DefaultPrng.init(0x5eed);
    const random = prng.random();
    var buffer: [64]u8 = undefined;
    for (0..2000) |_| {
        const len = random.uintLessThan(usize, buffer.len);
        random.bytes(buffer[0..len]);
        var position: u32 = 0;
        var steps: u32 = 0;
        while (true) : (steps += 1) {
            try testing.expect(steps <= len + 1);
            const token = next(buffer[0..len], position);
            if (token.kind == .eof) break;
            try testing.expect(token.end > token.start);
            position = token.end;
        }
    }
}
