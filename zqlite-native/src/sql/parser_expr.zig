//! Expression parsing by precedence climbing, with SQLite's precedence (parse.y, lowest first):
//!
//!   OR < AND < NOT (prefix) < IS MATCH LIKE GLOB REGEXP BETWEEN IN ISNULL NOTNULL = == != <>
//!   < `<` `<=` `>` `>=` < ESCAPE < & | << >> < + - < * / % < || -> ->> < COLLATE < unary - + ~
//!
//! All binary levels are left-associative. `NOT` binds looser than comparisons (`NOT a = b` is
//! `NOT (a = b)`), unary minus tighter than everything (`-a || b` is `(-a) || b`).
//!
//! Quirks of SQLite's LALR parser kept on purpose: NOT after an operand always starts NOT
//! BETWEEN/IN/LIKE/NULL (so `a NOT b` fails at `b`); the low bound of BETWEEN takes every
//! operator but AND (`a BETWEEN b = c AND d`); CAST and RAISE are keywords where an expression
//! starts; `'t'.c` is a column; unary minus folds into numeric literals (`-9223372036854775808`
//! is the smallest integer).
//!
//! Invariants: every recursive call into `parseExprBp` passes `Parser.enter`, so the recursion is
//! bounded by `parser.recursion_depth_max`; every node is built by `Parser.newExpr`, which keeps
//! the tree height within `parser.depth_max` whatever the input.
const std = @import("std");
const assert = std.debug.assert;

const ast = @import("ast.zig");
const parser = @import("parser.zig");
const select_parser = @import("parser_select.zig");
const ddl_parser = @import("parser_ddl.zig");
const Parser = parser.Parser;
const Error = parser.Error;
const Kind = parser.Kind;
const Expr = ast.Expr;

/// Binding powers; a larger number binds tighter.
const Power = enum(u8) {
    lowest = 0,
    @"or" = 1,
    @"and" = 2,
    not = 3,
    equality = 4,
    comparison = 5,
    escape = 6,
    bitwise = 7,
    additive = 8,
    multiplicative = 9,
    concat = 10,
    collate = 11,
    unary = 12,

    fn next(power: Power) Power {
        assert(power != .unary);
        return @enumFromInt(@intFromEnum(power) + 1);
    }
};

pub fn parseExpr(p: *Parser) Error!*Expr {
    return parseExprBp(p, .lowest);
}

/// Expressions that bind at least as tightly as `min_power`.
fn parseExprBp(p: *Parser, min_power: Power) Error!*Expr {
    try p.enter();
    defer p.leave();
    const start = p.token.start;
    var left = try parsePrefix(p);
    for (0..p.loop_bound) |_| {
        const power = infixPower(p) orelse break;
        if (@intFromEnum(power) < @intFromEnum(min_power)) break;
        left = try parseInfix(p, start, left, power);
    } else unreachable;
    assert(left.span.end <= p.previous_end);
    return left;
}

/// The binding power of the infix or postfix operator at the current token, if it is one.
fn infixPower(p: *const Parser) ?Power {
    return switch (p.token.kind) {
        .kw_or => .@"or",
        .kw_and => .@"and",
        .kw_is, .kw_match, .kw_like, .kw_glob, .kw_regexp, .kw_between, .kw_in => .equality,
        .kw_isnull, .kw_notnull, .eq, .ne => .equality,
        // As in SQLite's LALR parser, NOT after an operand is always taken as the start of
        // NOT BETWEEN/IN/LIKE/NULL..., so `a NOT b` fails at `b`, not at NOT.
        .kw_not => .equality,
        .lt, .le, .gt, .ge => .comparison,
        .bit_and, .bit_or, .shl, .shr => .bitwise,
        .plus, .minus => .additive,
        .star, .slash, .percent => .multiplicative,
        .concat, .ptr => .concat,
        .kw_collate => .collate,
        else => null,
    };
}

fn binaryOp(p: *const Parser) ?Expr.BinaryOp {
    return switch (p.token.kind) {
        .kw_or => .@"or",
        .kw_and => .@"and",
        .eq => .equal,
        .ne => .not_equal,
        .lt => .less,
        .le => .less_equal,
        .gt => .greater,
        .ge => .greater_equal,
        .bit_and => .bit_and,
        .bit_or => .bit_or,
        .shl => .shift_left,
        .shr => .shift_right,
        .plus => .add,
        .minus => .subtract,
        .star => .multiply,
        .slash => .divide,
        .percent => .remainder,
        .concat => .concat,
        .ptr => if (p.token.end - p.token.start == 3) .json_ptr2 else .json_ptr,
        else => null,
    };
}

fn parseInfix(p: *Parser, start: u32, left: *Expr, power: Power) Error!*Expr {
    if (binaryOp(p)) |op| {
        p.advance();
        const right = try parseExprBp(p, power.next());
        return p.newExpr(start, .{ .binary = .{ .op = op, .left = left, .right = right } });
    }
    switch (p.token.kind) {
        .kw_collate => {
            p.advance();
            const collation = try parser.parseIds(p);
            return p.newExpr(start, .{ .collate = .{ .operand = left, .collation = collation } });
        },
        .kw_isnull, .kw_notnull => {
            const not_null = p.token.kind == .kw_notnull;
            p.advance();
            return p.newExpr(start, .{ .null_test = .{ .operand = left, .not_null = not_null } });
        },
        .kw_is => return parseIs(p, start, left),
        else => {},
    }
    const negated = p.accept(.kw_not);
    switch (p.token.kind) {
        .kw_null => {
            assert(negated);
            p.advance();
            return p.newExpr(start, .{ .null_test = .{ .operand = left, .not_null = true } });
        },
        .kw_between => return parseBetween(p, start, left, negated),
        .kw_in => return parseIn(p, start, left, negated),
        .kw_like, .kw_glob, .kw_regexp, .kw_match => return parseLike(p, start, left, negated),
        else => return p.fail(),
    }
}

/// `IS [NOT] [DISTINCT FROM] expr`.
noinline fn parseIs(p: *Parser, start: u32, left: *Expr) Error!*Expr {
    assert(p.at(.kw_is));
    p.advance();
    var negated = p.accept(.kw_not);
    if (p.accept(.kw_distinct)) {
        _ = try p.expect(.kw_from);
        negated = !negated;
    }
    const right = try parseExprBp(p, Power.equality.next());
    const op: Expr.BinaryOp = if (negated) .is_not else .is;
    return p.newExpr(start, .{ .binary = .{ .op = op, .left = left, .right = right } });
}

noinline fn parseBetween(p: *Parser, start: u32, left: *Expr, negated: bool) Error!*Expr {
    assert(p.at(.kw_between));
    p.advance();
    const low = try parseBetweenLow(p);
    _ = try p.expect(.kw_and);
    const high = try parseExprBp(p, Power.equality.next());
    return p.newExpr(start, .{ .between = .{
        .operand = left,
        .low = low,
        .high = high,
        .negated = negated,
    } });
}

/// The low bound of BETWEEN as SQLite's LALR grammar reads it: every operator at BETWEEN's
/// level and above (`a BETWEEN b = c AND d` has low bound `b = c`) and OR, whose right side
/// then takes AND too; only an AND at this level ends the bound.
fn parseBetweenLow(p: *Parser) Error!*Expr {
    try p.enter();
    defer p.leave();
    const start = p.token.start;
    var low = try parseExprBp(p, .equality);
    for (0..p.loop_bound) |_| {
        if (!p.at(.kw_or)) break;
        p.advance();
        const right = try parseExprBp(p, .@"and");
        low = try p.newExpr(start, .{ .binary = .{ .op = .@"or", .left = low, .right = right } });
    } else unreachable;
    return low;
}

noinline fn parseLike(p: *Parser, start: u32, left: *Expr, negated: bool) Error!*Expr {
    const op: Expr.LikeOp = switch (p.token.kind) {
        .kw_like => .like,
        .kw_glob => .glob,
        .kw_regexp => .regexp,
        .kw_match => .match,
        else => unreachable,
    };
    p.advance();
    const right = try parseExprBp(p, Power.equality.next());
    var escape: ?*Expr = null;
    if (p.accept(.kw_escape)) escape = try parseExprBp(p, Power.equality.next());
    return p.newExpr(start, .{ .like = .{
        .op = op,
        .negated = negated,
        .left = left,
        .right = right,
        .escape = escape,
    } });
}

/// `IN (list)`, `IN (select)`, `IN ()`, `IN table`, `IN table_function(args)`.
noinline fn parseIn(p: *Parser, start: u32, left: *Expr, negated: bool) Error!*Expr {
    assert(p.at(.kw_in));
    p.advance();
    if (p.accept(.lparen)) {
        if (select_parser.atSelectStart(p)) {
            const select = try select_parser.parseSelect(p);
            _ = try p.expect(.rparen);
            return p.newExpr(start, .{ .in_select = .{
                .operand = left,
                .select = select,
                .negated = negated,
            } });
        }
        var list: []*Expr = &.{};
        if (!p.at(.rparen)) list = try parseExprList(p);
        _ = try p.expect(.rparen);
        return p.newExpr(start, .{ .in_list = .{ .operand = left, .list = list, .negated = negated } });
    }
    const table = try parser.parseQualifiedName(p);
    var args: []*Expr = &.{};
    if (p.accept(.lparen)) {
        if (!p.at(.rparen)) args = try parseExprList(p);
        _ = try p.expect(.rparen);
    }
    return p.newExpr(start, .{ .in_table = .{
        .operand = left,
        .table = table,
        .args = args,
        .negated = negated,
    } });
}

/// `expr, expr, ...` (at least one).
pub fn parseExprList(p: *Parser) Error![]*Expr {
    var list: std.ArrayListUnmanaged(*Expr) = .{};
    for (0..p.loop_bound) |_| {
        try list.append(p.arena, try parseExpr(p));
        if (!p.accept(.comma)) break;
    } else unreachable;
    assert(list.items.len >= 1);
    return list.items;
}

fn parsePrefix(p: *Parser) Error!*Expr {
    const start = p.token.start;
    const op: Expr.UnaryOp = switch (p.token.kind) {
        .minus => .negate,
        .plus => .plus,
        .bit_not => .bit_not,
        .kw_not => .not,
        else => return parsePrimary(p),
    };
    p.advance();
    const operand = try parseExprBp(p, if (op == .not) .not else .unary);
    if (op == .negate) {
        if (foldNegation(p, operand)) |folded| return p.newExpr(start, folded);
    }
    return p.newExpr(start, .{ .unary = .{ .op = op, .operand = operand } });
}

/// `-5` is the integer -5, not a negation node, and `-9223372036854775808` is the smallest
/// integer although its magnitude alone does not fit (SQLite does the same in code generation).
noinline fn foldNegation(p: *const Parser, operand: *const Expr) ?Expr.Data {
    switch (operand.data) {
        .integer => |value| {
            if (value == std.math.minInt(i64)) return null;
            return .{ .integer = -value };
        },
        .float => |value| {
            const digits = operand.span.text(p.source);
            if (std.mem.eql(u8, digits, "9223372036854775808")) return .{ .integer = std.math.minInt(i64) };
            return .{ .float = -value };
        },
        else => return null,
    }
}

fn parsePrimary(p: *Parser) Error!*Expr {
    const start = p.token.start;
    const token = p.token;
    // `'t'.c` is a column of table t: SQLite's `nm` includes strings.
    if (token.kind == .string and p.peek(1) == .dot) return parseNameExpr(p);
    switch (token.kind) {
        .integer, .float, .string, .blob => return parseLiteral(p),
        .kw_null => {
            p.advance();
            return p.newExpr(start, .null_literal);
        },
        .kw_current_time, .kw_current_date, .kw_current_timestamp => return parseCurrent(p),
        .variable => {
            p.advance();
            return p.newExpr(start, .{ .parameter = try p.parameter(token) });
        },
        .lparen => return parseParenthesized(p),
        .kw_exists => {
            p.advance();
            _ = try p.expect(.lparen);
            const select = try select_parser.parseSelect(p);
            _ = try p.expect(.rparen);
            return p.newExpr(start, .{ .exists = select });
        },
        .kw_case => return parseCase(p),
        // Where an expression starts, CAST and RAISE are always keywords (SQLite falls back to
        // an identifier only where the keyword cannot be shifted).
        .kw_cast => return parseCast(p),
        .kw_raise => return parseRaise(p),
        else => {},
    }
    if (parser.isNameKind(token.kind) and token.kind != .string) return parseNameExpr(p);
    return p.fail();
}

pub noinline fn parseLiteral(p: *Parser) Error!*Expr {
    const start = p.token.start;
    const token = p.token;
    const raw = p.text(token);
    const data: Expr.Data = switch (token.kind) {
        .integer => try integerValue(p, token),
        .float => .{ .float = std.fmt.parseFloat(f64, raw) catch return p.fail() },
        .string => .{ .string = try parser.dequote(p, raw) },
        .blob => .{ .blob = try decodeBlob(p, raw) },
        else => return p.fail(),
    };
    p.advance();
    return p.newExpr(start, data);
}

/// A decimal integer too large for i64 is a real (as in SQLite); hex is the 64-bit pattern.
noinline fn integerValue(p: *Parser, token: parser.Token) Error!Expr.Data {
    const raw = p.text(token);
    assert(raw.len >= 1);
    if (raw.len > 2 and raw[0] == '0' and (raw[1] == 'x' or raw[1] == 'X')) {
        const value = std.fmt.parseInt(u64, raw[2..], 16) catch
            return p.failAt(token, "hex literal too big: {s}", .{raw[0..@min(raw.len, 80)]});
        return .{ .integer = @bitCast(value) };
    }
    if (std.fmt.parseInt(i64, raw, 10)) |value| {
        return .{ .integer = value };
    } else |_| {
        return .{ .float = std.fmt.parseFloat(f64, raw) catch return p.fail() };
    }
}

noinline fn decodeBlob(p: *Parser, raw: []const u8) Error![]const u8 {
    assert(raw.len >= 3);
    const hex = raw[2 .. raw.len - 1];
    assert(hex.len % 2 == 0);
    const bytes = try p.arena.alloc(u8, hex.len / 2);
    _ = std.fmt.hexToBytes(bytes, hex) catch unreachable; // The tokenizer checked the digits.
    return bytes;
}

noinline fn parseCurrent(p: *Parser) Error!*Expr {
    const start = p.token.start;
    const which: Expr.CurrentTime = switch (p.token.kind) {
        .kw_current_time => .time,
        .kw_current_date => .date,
        .kw_current_timestamp => .timestamp,
        else => unreachable,
    };
    p.advance();
    return p.newExpr(start, .{ .current = which });
}

/// `( expr )`, `( expr, expr, ... )` (a row value) or `( select )`.
fn parseParenthesized(p: *Parser) Error!*Expr {
    const start = p.token.start;
    assert(p.at(.lparen));
    p.advance();
    if (select_parser.atSelectStart(p)) {
        const select = try select_parser.parseSelect(p);
        _ = try p.expect(.rparen);
        return p.newExpr(start, .{ .subquery = select });
    }
    const list = try parseExprList(p);
    _ = try p.expect(.rparen);
    if (list.len == 1) return list[0];
    return p.newExpr(start, .{ .row = list });
}

noinline fn parseCase(p: *Parser) Error!*Expr {
    const start = p.token.start;
    assert(p.at(.kw_case));
    p.advance();
    var operand: ?*Expr = null;
    if (!p.at(.kw_when)) operand = try parseExpr(p);
    var whens: std.ArrayListUnmanaged(Expr.WhenThen) = .{};
    for (0..p.loop_bound) |_| {
        _ = try p.expect(.kw_when);
        const when = try parseExpr(p);
        _ = try p.expect(.kw_then);
        const then = try parseExpr(p);
        try whens.append(p.arena, .{ .when = when, .then = then });
        if (!p.at(.kw_when)) break;
    } else unreachable;
    var else_expr: ?*Expr = null;
    if (p.accept(.kw_else)) else_expr = try parseExpr(p);
    _ = try p.expect(.kw_end);
    return p.newExpr(start, .{ .case = .{
        .operand = operand,
        .whens = whens.items,
        .else_expr = else_expr,
    } });
}

noinline fn parseCast(p: *Parser) Error!*Expr {
    const start = p.token.start;
    assert(p.at(.kw_cast));
    p.advance();
    _ = try p.expect(.lparen);
    const operand = try parseExpr(p);
    _ = try p.expect(.kw_as);
    // `CAST(x AS)` is accepted by SQLite: an empty type name (BLOB affinity).
    const empty: ast.Span = .{ .start = p.token.start, .end = p.token.start };
    const type_name = try ddl_parser.parseTypeName(p) orelse
        ast.TypeName{ .name = "", .words = &.{}, .args = &.{}, .span = empty };
    _ = try p.expect(.rparen);
    return p.newExpr(start, .{ .cast = .{ .operand = operand, .type_name = type_name } });
}

/// `RAISE(IGNORE)` or `RAISE(ROLLBACK|ABORT|FAIL, message)` (only meaningful in triggers).
noinline fn parseRaise(p: *Parser) Error!*Expr {
    const start = p.token.start;
    assert(p.at(.kw_raise));
    p.advance();
    _ = try p.expect(.lparen);
    const kind: Expr.RaiseKind = switch (p.token.kind) {
        .kw_ignore => .ignore,
        .kw_rollback => .rollback,
        .kw_abort => .abort,
        .kw_fail => .fail,
        else => return p.fail(),
    };
    p.advance();
    var message: ?*Expr = null;
    if (kind != .ignore) {
        _ = try p.expect(.comma);
        message = try parseExpr(p);
    }
    _ = try p.expect(.rparen);
    return p.newExpr(start, .{ .raise = .{ .kind = kind, .message = message } });
}

/// A column reference (`c`, `t.c`, `s.t.c`), a function call, or TRUE/FALSE.
noinline fn parseNameExpr(p: *Parser) Error!*Expr {
    const start = p.token.start;
    const first_token = p.token;
    const first = try parser.parseName(p);
    if (p.at(.lparen)) return parseFunction(p, start, first);
    if (!p.accept(.dot)) {
        if (first_token.kind == .id) {
            if (std.ascii.eqlIgnoreCase(first.text, "true")) return p.newExpr(start, .{ .boolean = true });
            if (std.ascii.eqlIgnoreCase(first.text, "false")) return p.newExpr(start, .{ .boolean = false });
        }
        return p.newExpr(start, .{ .column = .{ .column = first } });
    }
    const second = try parser.parseName(p);
    if (!p.accept(.dot)) return p.newExpr(start, .{ .column = .{ .table = first, .column = second } });
    const third = try parser.parseName(p);
    return p.newExpr(start, .{ .column = .{ .schema = first, .table = second, .column = third } });
}

/// `name ( [DISTINCT|ALL] args | * ) [FILTER (WHERE expr)]`.
noinline fn parseFunction(p: *Parser, start: u32, name: ast.Name) Error!*Expr {
    assert(p.at(.lparen));
    p.advance();
    var function: Expr.Function = .{ .name = name, .args = &.{} };
    if (p.accept(.star)) {
        function.star = true;
    } else if (!p.at(.rparen)) {
        if (p.accept(.kw_distinct)) {
            function.distinct = true;
        } else {
            _ = p.accept(.kw_all);
        }
        // `f(DISTINCT)` parses in SQLite too; the argument count is checked later.
        if (!p.at(.rparen)) function.args = try parseExprList(p);
    }
    _ = try p.expect(.rparen);
    if (p.at(.kw_filter) and p.peek(1) == .lparen) {
        p.advance();
        p.advance();
        _ = try p.expect(.kw_where);
        function.filter = try parseExpr(p);
        _ = try p.expect(.rparen);
    }
    if (p.at(.kw_over)) {
        const after = p.peek(1);
        if (after == .lparen) {
            p.advance();
            function.over = .{ .window = try select_parser.parseWindowDefinition(p) };
        } else if (parser.isNameKind(after)) {
            p.advance();
            function.over = .{ .name = try parser.parseName(p) };
        }
    }
    return p.newExpr(start, .{ .function = function });
}
