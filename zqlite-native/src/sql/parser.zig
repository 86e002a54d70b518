//! The SQL parser: source text to `ast.Statement`, one statement at a time, by recursive descent
//! over the tokens of tokenizer.zig. This file owns the parser state, error reporting, names,
//! literals and the statement dispatch; expressions are in parser_expr.zig, queries in
//! parser_select.zig, DDL in parser_ddl.zig and the other statements in parser_stmt.zig.
//!
//! Errors are worded like SQLite's (`near "FROM": syntax error`, `unrecognized token: "'abc"`,
//! `incomplete input`) and carry the byte offset, line and column of the offending token in a
//! caller-provided `Diagnostic`; `Diagnostic.format` renders them with a caret line. Which text
//! is accepted, and at which token an error is reported, follows SQLite 3.40's LALR grammar
//! (checked against sqlite3 on ~25k generated statements; the known differences are listed in
//! parser_test.zig). Errors SQLite raises in grammar actions rather than as syntax errors are
//! either raised where SQLite would reduce (`failAt`) or deferred to the end (`deferError`).
//!
//! Statement boundaries follow sqlite3_complete() (`Splitter`): a `;` inside CREATE TRIGGER ...
//! BEGIN ... END does not end the statement. `isComplete` and `Diagnostic.next_offset` use it.
//!
//! Invariants:
//! - `p.token` is always the current significant token; every consumed token has `end > start`,
//!   so every loop that consumes a token per iteration is bounded by the source length
//!   (`p.loop_bound`).
//! - Recursion (expressions, subqueries, nested joins) goes through `enter`/`leave`, which bound
//!   its depth by `recursion_depth_max`, so hostile nesting is an error, not a stack overflow;
//!   and no expression tree is taller than `depth_max` (checked as each node is built).
//! - Nothing is allocated except through the caller's arena; on error the arena holds garbage the
//!   caller frees with it.
//! - Parameters are numbered as SQLite numbers them: `?` takes max+1, `?NNN` sets NNN (raising the
//!   max), a named parameter takes max+1 on first use and its old index on reuse.
const std = @import("std");
const assert = std.debug.assert;
const Allocator = std.mem.Allocator;

const tokenizer = @import("tokenizer.zig");
const ast = @import("ast.zig");
const expr_parser = @import("parser_expr.zig");
const select_parser = @import("parser_select.zig");
const ddl_parser = @import("parser_ddl.zig");
const stmt_parser = @import("parser_stmt.zig");

pub const Token = tokenizer.Token;
pub const Kind = tokenizer.Kind;

/// SQLite's SQLITE_MAX_EXPR_DEPTH: the greatest height of an expression tree (`1+1+...+1` with
/// 1000 terms is too tall), so later passes recursing over a tree are bounded too.
pub const depth_max: u32 = 1000;
/// The deepest recursion of the parser itself (parentheses, subqueries, nested joins, prefix
/// operators). Each level costs up to ~4 KiB of stack in Debug builds (~2 KiB optimized), so
/// 200 levels fit the 1 MiB stack of a JVM thread; deeper text is "parser stack overflow", as in
/// SQLite, whose parser stack is bounded too. Real SQL stays far below.
pub const recursion_depth_max: u32 = 200;
/// SQLite's SQLITE_MAX_VARIABLE_NUMBER.
pub const parameter_index_max: u32 = 32766;

pub const Error = error{ SyntaxError, OutOfMemory };

pub const Diagnostic = struct {
    /// SQLite's result code family: every parse error is SQLITE_ERROR except a statement longer
    /// than SQLITE_MAX_SQL_LENGTH, which is SQLITE_TOOBIG.
    code: Code = .@"error",
    message_buffer: [message_len_max]u8 = undefined,
    message_len: u32 = 0,
    /// Byte offset of the offending token (the source length for `incomplete input`).
    offset: u32 = 0,
    /// Length in bytes of the offending token (0 at the end of input).
    length: u32 = 0,
    /// 1-based line and byte column of `offset`.
    line: u32 = 1,
    column: u32 = 1,
    /// Where parsing may resume: just after the next `;` at or after the error (or the end).
    next_offset: u32 = 0,

    pub const message_len_max = 256;

    pub const Code = enum(u8) { @"error", too_big };

    pub fn message(diagnostic: *const Diagnostic) []const u8 {
        assert(diagnostic.message_len <= message_len_max);
        return diagnostic.message_buffer[0..diagnostic.message_len];
    }

    /// Renders the error for humans, as the sqlite3 shell does:
    /// ```
    /// Parse error near line 1, column 10: near "FROM": syntax error
    ///   SELECT * FROM FROM t
    ///                 ^--- error here
    /// ```
    pub fn format(diagnostic: *const Diagnostic, source: []const u8, writer: anytype) !void {
        try writer.print("Parse error near line {d}, column {d}: {s}\n", .{
            diagnostic.line, diagnostic.column, diagnostic.message(),
        });
        const line = lineAround(source, diagnostic.offset);
        try writer.writeAll("  ");
        try writeSnippet(writer, line.text);
        try writer.writeAll("\n  ");
        try writeCaretIndent(writer, line.text[0..line.caret]);
        try writer.writeAll("^--- error here\n");
    }
};

const snippet_len_max = 120;

const Line = struct { text: []const u8, caret: usize };

/// The line holding `offset`, clipped to a window of `snippet_len_max` bytes around it.
fn lineAround(source: []const u8, offset: u32) Line {
    assert(offset <= source.len);
    var start: usize = offset;
    while (start > 0 and source[start - 1] != '\n' and offset - (start - 1) <= snippet_len_max / 2) {
        start -= 1;
    }
    var end: usize = offset;
    while (end < source.len and source[end] != '\n' and end - start < snippet_len_max) end += 1;
    assert(start <= offset and offset <= end);
    return .{ .text = source[start..end], .caret = offset - start };
}

/// Control bytes and bytes >= 0x80 are shown as `?` so the caret stays aligned (one column per
/// byte) and terminals see no escape sequences.
fn writeSnippet(writer: anytype, text: []const u8) !void {
    for (text) |byte| {
        const shown: u8 = if (byte == '\t') ' ' else if (byte < 0x20 or byte >= 0x7f) '?' else byte;
        try writer.writeByte(shown);
    }
}

fn writeCaretIndent(writer: anytype, text: []const u8) !void {
    for (text) |_| try writer.writeByte(' ');
}

/// The result of parsing one statement.
pub const Parsed = struct {
    /// Null when only whitespace, comments and `;` remained.
    statement: ?*ast.Statement,
    /// Where the next statement begins (after this statement's `;`, or the source length).
    next_offset: u32,
    /// Parameter names by index - 1 (null for `?` and for unused numbers); its length is the
    /// statement's parameter count.
    parameters: []const ?[]const u8,
};

/// Dialect switches, all off by default to match a stock SQLite build.
pub const Options = struct {
    /// SQLITE_ENABLE_UPDATE_DELETE_LIMIT: `ORDER BY ... LIMIT ...` on UPDATE and DELETE. Off, such
    /// text is a syntax error at ORDER/LIMIT, as in the stock amalgamation; turn it on only where
    /// the executor honours `Update.limit` / `Delete.limit`.
    update_delete_limit: bool = false,
};

/// Parses the statement that begins at or after `offset`. Leading empty statements are skipped.
/// On `error.SyntaxError` the diagnostic says what and where.
pub fn parseStatement(
    arena: Allocator,
    source: []const u8,
    offset: u32,
    diagnostic: *Diagnostic,
) Error!Parsed {
    return parseStatementWithOptions(arena, source, offset, .{}, diagnostic);
}

pub fn parseStatementWithOptions(
    arena: Allocator,
    source: []const u8,
    offset: u32,
    options: Options,
    diagnostic: *Diagnostic,
) Error!Parsed {
    assert(offset <= source.len);
    diagnostic.* = .{};
    if (source.len > tokenizer.source_len_max) {
        var p = Parser.init(arena, source[0..0], 0, diagnostic);
        const err = p.failMessage(0, 0, "string or blob too big", .{});
        diagnostic.code = .too_big;
        return err;
    }
    var p = Parser.init(arena, source, offset, diagnostic);
    p.options = options;
    // Bounded by the source length: each `;` consumed advances.
    while (p.token.kind == .semicolon) p.advance();
    if (p.token.kind == .eof) {
        return .{ .statement = null, .next_offset = @intCast(source.len), .parameters = &.{} };
    }
    p.statement_start = p.token.start;
    const statement = try stmt_parser.parseCommand(&p);
    if (p.token.kind != .eof and p.token.kind != .semicolon) return p.fail();
    if (p.deferred) |deferred| {
        diagnostic.* = deferred;
        return error.SyntaxError;
    }
    const next_offset = p.token.end;
    assert(p.depth == 0);
    return .{
        .statement = statement,
        .next_offset = next_offset,
        .parameters = p.parameters.items,
    };
}

/// True when `source` ends with a complete statement, as sqlite3_complete() decides: its last
/// significant token is a `;` that ends a statement (inside CREATE TRIGGER ... BEGIN ... END,
/// only the `;` after END does). The shell's cue to run what it has read rather than read on.
pub fn isComplete(source: []const u8) bool {
    if (source.len > tokenizer.source_len_max) return true;
    var splitter: Splitter = .{};
    var position: u32 = 0;
    while (position < source.len) {
        const token = tokenizer.next(source, position);
        splitter.feed(token.kind);
        position = token.end;
    }
    return splitter.state == .start;
}

/// sqlite3_complete()'s state machine (complete.c): which `;` ends a statement.
const Splitter = struct {
    state: State = .invalid,

    const State = enum(u8) { invalid, start, normal, explain, create, trigger, semi, end };
    const Input = enum(u8) { semi, space, other, explain, create, temp, trigger, end };

    // Rows: state; columns: input, in the order of `Input`.
    const transitions = [8][8]State{
        .{ .start, .invalid, .normal, .explain, .create, .normal, .normal, .normal },
        .{ .start, .start, .normal, .explain, .create, .normal, .normal, .normal },
        .{ .start, .normal, .normal, .normal, .normal, .normal, .normal, .normal },
        .{ .start, .explain, .explain, .normal, .create, .normal, .normal, .normal },
        .{ .start, .create, .normal, .normal, .normal, .create, .trigger, .normal },
        .{ .semi, .trigger, .trigger, .trigger, .trigger, .trigger, .trigger, .trigger },
        .{ .semi, .semi, .trigger, .trigger, .trigger, .trigger, .trigger, .end },
        .{ .start, .end, .trigger, .trigger, .trigger, .trigger, .trigger, .trigger },
    };

    fn feed(splitter: *Splitter, kind: Kind) void {
        const input: Input = switch (kind) {
            .semicolon => .semi,
            .space, .comment => .space,
            .kw_explain => .explain,
            .kw_create => .create,
            .kw_temp, .kw_temporary => .temp,
            .kw_trigger => .trigger,
            .kw_end => .end,
            else => .other,
        };
        splitter.state = transitions[@intFromEnum(splitter.state)][@intFromEnum(input)];
    }
};

pub const Parser = struct {
    arena: Allocator,
    source: []const u8,
    token: Token,
    /// End of the last consumed token: the end of the span of the node just parsed.
    previous_end: u32,
    /// Where the statement being parsed begins (after leading `;`s).
    statement_start: u32,
    /// Kind of the last consumed token: OVER and FILTER are keywords only right after `)`.
    previous_kind: Kind = .eof,
    depth: u32 = 0,
    /// Inside CREATE TRIGGER ... BEGIN ... END, where statements take no RETURNING.
    in_trigger: bool = false,
    options: Options = .{},
    loop_bound: u32,
    diagnostic: *Diagnostic,
    parameters: std.ArrayListUnmanaged(?[]const u8) = .{},
    /// An error SQLite raises in a grammar action rather than as a syntax error: reported only
    /// if the statement otherwise parses (see `deferError`).
    deferred: ?Diagnostic = null,

    pub fn init(arena: Allocator, source: []const u8, offset: u32, diagnostic: *Diagnostic) Parser {
        return .{
            .arena = arena,
            .source = source,
            .token = tokenizer.nextSignificant(source, offset),
            .previous_end = offset,
            .statement_start = offset,
            .loop_bound = @as(u32, @intCast(source.len)) + 2,
            .diagnostic = diagnostic,
        };
    }

    pub fn advance(p: *Parser) void {
        assert(p.token.kind != .eof);
        p.previous_kind = p.token.kind;
        p.previous_end = p.token.end;
        p.token = tokenizer.nextSignificant(p.source, p.token.end);
        assert(p.token.start >= p.previous_end);
    }

    /// The kind of the significant token `ahead` tokens after the current one (1 = the next).
    pub fn peek(p: *const Parser, ahead: u32) Kind {
        assert(ahead >= 1 and ahead <= 3);
        var token = p.token;
        var count: u32 = 0;
        while (count < ahead and token.kind != .eof) : (count += 1) {
            token = tokenizer.nextSignificant(p.source, token.end);
        }
        return token.kind;
    }

    pub fn at(p: *const Parser, kind: Kind) bool {
        return p.token.kind == kind;
    }

    pub fn accept(p: *Parser, kind: Kind) bool {
        if (p.token.kind != kind) return false;
        p.advance();
        return true;
    }

    pub fn expect(p: *Parser, kind: Kind) Error!Token {
        if (p.token.kind != kind) return p.fail();
        const token = p.token;
        p.advance();
        return token;
    }

    pub fn text(p: *const Parser, token: Token) []const u8 {
        return token.text(p.source);
    }

    /// Postcondition of parse functions: the node covers at least one consumed token.
    pub fn assertSpan(p: *const Parser, span: ast.Span) void {
        assert(span.start < span.end);
        assert(span.end <= p.previous_end);
    }

    pub fn spanFrom(p: *const Parser, start: u32) ast.Span {
        assert(start <= p.previous_end);
        return .{ .start = start, .end = p.previous_end };
    }

    /// Bounds recursion: every recursive descent through expressions or queries passes here.
    pub fn enter(p: *Parser) Error!void {
        if (p.depth >= recursion_depth_max) {
            return p.failAt(p.token, "parser stack overflow", .{});
        }
        p.depth += 1;
    }

    pub fn leave(p: *Parser) void {
        assert(p.depth > 0);
        p.depth -= 1;
    }

    /// A syntax error at the current token, worded as SQLite words it.
    pub fn fail(p: *Parser) Error {
        const token = p.token;
        return switch (token.kind) {
            .eof => p.failMessage(token.start, 0, "incomplete input", .{}),
            .illegal => p.failAt(token, "unrecognized token: \"{s}\"", .{clip(p.text(token))}),
            else => p.failAt(token, "near \"{s}\": syntax error", .{clip(p.text(token))}),
        };
    }

    /// An error with a custom message at `token`.
    pub fn failAt(p: *Parser, token: Token, comptime fmt: []const u8, args: anytype) Error {
        return p.failMessage(token.start, token.end - token.start, fmt, args);
    }

    /// An error with a custom message over the text from `start` to the last consumed token.
    pub fn failFrom(p: *Parser, start: u32, comptime fmt: []const u8, args: anytype) Error {
        assert(start <= p.previous_end);
        return p.failMessage(start, p.previous_end - start, fmt, args);
    }

    /// An error with a custom message at [offset, offset + length).
    pub fn failMessage(p: *Parser, offset: u32, length: u32, comptime fmt: []const u8, args: anytype) Error {
        p.describe(p.diagnostic, offset, length, fmt, args);
        return error.SyntaxError;
    }

    fn describe(
        p: *const Parser,
        diagnostic: *Diagnostic,
        offset: u32,
        length: u32,
        comptime fmt: []const u8,
        args: anytype,
    ) void {
        assert(offset <= p.source.len);
        assert(offset + length <= p.source.len);
        const written = std.fmt.bufPrint(&diagnostic.message_buffer, fmt, args) catch
            diagnostic.message_buffer[0..Diagnostic.message_len_max];
        diagnostic.message_len = @intCast(written.len);
        diagnostic.offset = offset;
        diagnostic.length = length;
        const position = lineColumn(p.source, offset);
        diagnostic.line = position.line;
        diagnostic.column = position.column;
        diagnostic.next_offset = resumeOffset(p.source, @min(p.statement_start, offset), offset);
    }

    /// Records an error to report once the whole statement has parsed, unless a syntax error
    /// comes first (SQLite sets such messages in reduce actions, and a later one replaces them).
    pub fn deferError(p: *Parser, token: Token, comptime fmt: []const u8, args: anytype) void {
        if (p.deferred != null) return;
        var deferred: Diagnostic = .{};
        p.describe(&deferred, token.start, token.end - token.start, fmt, args);
        p.deferred = deferred;
    }

    pub fn create(p: *Parser, comptime T: type, value: T) Error!*T {
        const node = try p.arena.create(T);
        node.* = value;
        return node;
    }

    pub fn newExpr(p: *Parser, start: u32, data: ast.Expr.Data) Error!*ast.Expr {
        const height = 1 + operandHeight(data);
        if (height > depth_max) {
            return p.failFrom(start, "Expression tree is too large (maximum depth {d})", .{depth_max});
        }
        const span = p.spanFrom(start);
        p.assertSpan(span);
        return p.create(ast.Expr, .{ .span = span, .height = @intCast(height), .data = data });
    }

    /// Registers a parameter token and returns its index, numbering as SQLite does.
    pub fn parameter(p: *Parser, token: Token) Error!ast.Expr.Parameter {
        const name = p.text(token);
        assert(name.len >= 1);
        if (name[0] == '?') {
            if (name.len == 1) {
                try p.parameters.append(p.arena, null);
                return p.checkedParameter(token, null);
            }
            const number = std.fmt.parseInt(u32, name[1..], 10) catch parameter_index_max + 1;
            if (number < 1 or number > parameter_index_max) {
                return p.failAt(token, "variable number must be between ?1 and ?{d}", .{parameter_index_max});
            }
            while (p.parameters.items.len < number) try p.parameters.append(p.arena, null);
            if (p.parameters.items[number - 1] == null) p.parameters.items[number - 1] = name;
            return .{ .index = number, .name = name };
        }
        for (p.parameters.items, 1..) |existing, index| {
            if (existing != null and std.mem.eql(u8, existing.?, name)) {
                return .{ .index = @intCast(index), .name = name };
            }
        }
        try p.parameters.append(p.arena, name);
        return p.checkedParameter(token, name);
    }

    fn checkedParameter(p: *Parser, token: Token, name: ?[]const u8) Error!ast.Expr.Parameter {
        if (p.parameters.items.len > parameter_index_max) {
            return p.failAt(token, "too many SQL variables", .{});
        }
        return .{ .index = @intCast(p.parameters.items.len), .name = name };
    }
};

/// The height of the tallest operand of a node about to be built (0 for leaves).
fn operandHeight(data: ast.Expr.Data) u32 {
    return switch (data) {
        .null_literal, .integer, .float, .string, .blob, .boolean, .current, .parameter => 0,
        .column, .exists, .subquery => 0,
        .unary => |unary| unary.operand.height,
        .binary => |binary| @max(binary.left.height, binary.right.height),
        .null_test => |test_| test_.operand.height,
        .like => |like| @max(like.left.height, like.right.height, if (like.escape) |e| e.height else 0),
        .between => |between| @max(between.operand.height, between.low.height, between.high.height),
        .in_list => |in| @max(in.operand.height, listHeight(in.list)),
        .in_select => |in| in.operand.height,
        .in_table => |in| @max(in.operand.height, listHeight(in.args)),
        .function => |function| @max(listHeight(function.args), if (function.filter) |f| f.height else 0),
        .case => |case| caseHeight(case),
        .cast => |cast| cast.operand.height,
        .collate => |collate| collate.operand.height,
        .row => |members| listHeight(members),
        .raise => |raise| if (raise.message) |m| m.height else 0,
    };
}

fn listHeight(list: []const *ast.Expr) u32 {
    var height: u32 = 0;
    for (list) |e| height = @max(height, e.height);
    return height;
}

fn caseHeight(case: ast.Expr.Case) u32 {
    var height: u32 = if (case.operand) |o| o.height else 0;
    if (case.else_expr) |e| height = @max(height, e.height);
    for (case.whens) |when| height = @max(height, when.when.height, when.then.height);
    return height;
}

/// Token text in messages is clipped, as a runaway unterminated string can be megabytes long.
fn clip(text: []const u8) []const u8 {
    const clip_len_max = 160;
    return text[0..@min(text.len, clip_len_max)];
}

pub const LineColumn = struct { line: u32, column: u32 };

pub fn lineColumn(source: []const u8, offset: u32) LineColumn {
    assert(offset <= source.len);
    var line: u32 = 1;
    var line_start: u32 = 0;
    for (source[0..offset], 0..) |byte, index| {
        if (byte == '\n') {
            line += 1;
            line_start = @intCast(index + 1);
        }
    }
    return .{ .line = line, .column = offset - line_start + 1 };
}

/// After an error, where the next statement begins: just past the `;` that ends the failed
/// statement (found from its start with sqlite3_complete's rules, so a `;` inside a trigger
/// body does not count), at or after the error offset; the source length if none.
fn resumeOffset(source: []const u8, statement_start: u32, offset: u32) u32 {
    assert(statement_start <= offset);
    var splitter: Splitter = .{ .state = .start };
    var position = statement_start;
    while (position < source.len) {
        const token = tokenizer.next(source, position);
        splitter.feed(token.kind);
        position = token.end;
        if (token.kind == .semicolon and splitter.state == .start and token.start >= offset) return token.end;
    }
    return @intCast(source.len);
}

// ---------------------------------------------------------------------------------------------
// Names.

/// True if the current token can be a name (`nm` in SQLite's grammar): an identifier, a quoted
/// identifier, a string, a keyword that falls back to an identifier, or a join keyword.
pub fn atName(p: *const Parser) bool {
    return isNameKind(p.token.kind);
}

pub fn isNameKind(kind: Kind) bool {
    return kind == .id or kind == .quoted_id or kind == .string or kind.fallsBackToId() or
        kind.isJoinKeyword() or kind == .kw_indexed;
}

/// True if the current token can be an alias without AS: as a name, but not a join keyword,
/// nor the WINDOW of a `WINDOW name AS (...)` clause (SQLite's tokenizer makes the same call).
pub fn atAliasWithoutAs(p: *const Parser) bool {
    const kind = p.token.kind;
    if (kind == .kw_window and isNameKind(p.peek(1)) and p.peek(2) == .kw_as) return false;
    // SQLite's tokenizer makes OVER and FILTER keywords after `)` when a window follows.
    if (p.previous_kind == .rparen) {
        if (kind == .kw_filter and p.peek(1) == .lparen) return false;
        if (kind == .kw_over and (p.peek(1) == .lparen or isNameKind(p.peek(1)))) return false;
    }
    return kind == .id or kind == .quoted_id or kind == .string or kind.fallsBackToId();
}

/// SQLite's `ids` (ID or STRING, keywords falling back to ID): a name that may not be a join
/// keyword, as after COLLATE.
pub fn parseIds(p: *Parser) Error!ast.Name {
    const kind = p.token.kind;
    const ok = kind == .id or kind == .quoted_id or kind == .string or kind.fallsBackToId();
    if (!ok) return p.fail();
    return parseName(p);
}

pub fn parseName(p: *Parser) Error!ast.Name {
    if (!atName(p)) return p.fail();
    // SQLite's tokenizer makes WINDOW a keyword when `name AS` follows, wherever it stands.
    if (p.at(.kw_window) and isNameKind(p.peek(1)) and p.peek(2) == .kw_as) return p.fail();
    const token = p.token;
    p.advance();
    return try nameFromToken(p, token);
}

pub fn nameFromToken(p: *Parser, token: Token) Error!ast.Name {
    const raw = p.text(token);
    const span: ast.Span = .{ .start = token.start, .end = token.end };
    if (token.kind == .string) return .{ .text = try dequote(p, raw), .span = span, .quote = .single };
    if (token.kind != .quoted_id) return .{ .text = raw, .span = span, .quote = .none };
    const quote: ast.Name.Quote = switch (raw[0]) {
        '"' => .double,
        '[' => .bracket,
        '`' => .backtick,
        else => unreachable,
    };
    if (quote == .bracket) return .{ .text = raw[1 .. raw.len - 1], .span = span, .quote = quote };
    return .{ .text = try dequote(p, raw), .span = span, .quote = quote };
}

/// Strips the surrounding quotes and undoubles inner ones: `'it''s'` -> `it's`.
pub fn dequote(p: *Parser, raw: []const u8) Error![]const u8 {
    assert(raw.len >= 2);
    const quote = raw[0];
    assert(raw[raw.len - 1] == quote);
    const inner = raw[1 .. raw.len - 1];
    if (std.mem.indexOfScalar(u8, inner, quote) == null) return inner;
    const decoded = try p.arena.alloc(u8, inner.len);
    var len: usize = 0;
    var index: usize = 0;
    while (index < inner.len) : (index += 1) {
        decoded[len] = inner[index];
        len += 1;
        if (inner[index] == quote) index += 1; // The tokenizer guarantees quotes come in pairs.
    }
    assert(len < inner.len);
    return decoded[0..len];
}

/// `nm [. nm]`.
pub fn parseQualifiedName(p: *Parser) Error!ast.QualifiedName {
    const first = try parseName(p);
    if (!p.accept(.dot)) return .{ .name = first };
    const second = try parseName(p);
    return .{ .schema = first, .name = second };
}

/// `( nm, nm, ... )`; the current token must be `(`.
pub fn parseNameList(p: *Parser) Error![]ast.Name {
    _ = try p.expect(.lparen);
    var names: std.ArrayListUnmanaged(ast.Name) = .{};
    for (0..p.loop_bound) |_| {
        try names.append(p.arena, try parseName(p));
        if (!p.accept(.comma)) break;
    }
    _ = try p.expect(.rparen);
    assert(names.items.len >= 1);
    return names.items;
}

/// `IF NOT EXISTS` (true) or nothing (false).
pub fn parseIfNotExists(p: *Parser) Error!bool {
    if (!p.accept(.kw_if)) return false;
    _ = try p.expect(.kw_not);
    _ = try p.expect(.kw_exists);
    return true;
}

/// `IF EXISTS` (true) or nothing (false).
pub fn parseIfExists(p: *Parser) Error!bool {
    if (!p.accept(.kw_if)) return false;
    _ = try p.expect(.kw_exists);
    return true;
}

/// `ROLLBACK | ABORT | FAIL | IGNORE | REPLACE` at the current token.
pub fn parseConflictAction(p: *Parser) Error!ast.ConflictAction {
    const action: ast.ConflictAction = switch (p.token.kind) {
        .kw_rollback => .rollback,
        .kw_abort => .abort,
        .kw_fail => .fail,
        .kw_ignore => .ignore,
        .kw_replace => .replace,
        else => return p.fail(),
    };
    p.advance();
    return action;
}

// ---------------------------------------------------------------------------------------------
// Public helpers for tests and the shell.

/// Parses `source` expecting exactly one statement (trailing `;` allowed).
pub fn parseOne(arena: Allocator, source: []const u8, diagnostic: *Diagnostic) Error!*ast.Statement {
    const parsed = try parseStatement(arena, source, 0, diagnostic);
    var p = Parser.init(arena, source, parsed.next_offset, diagnostic);
    const statement = parsed.statement orelse return p.fail();
    while (p.token.kind == .semicolon) p.advance();
    if (p.token.kind != .eof) return p.fail();
    return statement;
}

comptime {
    _ = expr_parser;
    _ = select_parser;
    _ = ddl_parser;
}
