//! Query parsing: WITH, SELECT cores, VALUES, compounds, FROM lists with joins, ORDER BY, LIMIT.
//!
//! Shape (SQLite's `select` rule): `[WITH ...] core (compound-op core)* [ORDER BY ...] [LIMIT ...]`
//! where ORDER BY and LIMIT belong to the whole compound. A core followed by ORDER BY or LIMIT
//! and then by a compound operator is SQLite's "ORDER BY clause should come after UNION not
//! before" error, reproduced here.
//!
//! Also window definitions (OVER (...), WINDOW name AS (...), frames) and SQLite's parse-time
//! limits: 500 compound terms, "unknown join type", "a JOIN clause is required before ON".
//!
//! Invariant: `parseSelect` passes `Parser.enter`, so subquery nesting counts towards the same
//! recursion bound as expressions.
const std = @import("std");
const assert = std.debug.assert;

const ast = @import("ast.zig");
const parser = @import("parser.zig");
const expr_parser = @import("parser_expr.zig");
const Parser = parser.Parser;
const Error = parser.Error;
const Kind = parser.Kind;

/// SQLite's SQLITE_MAX_COMPOUND_SELECT default.
pub const compound_terms_max = 500;

/// True if the current token starts a query (SELECT, VALUES or WITH).
pub fn atSelectStart(p: *const Parser) bool {
    return p.at(.kw_select) or p.at(.kw_values) or p.at(.kw_with);
}

pub fn parseSelect(p: *Parser) Error!*ast.Select {
    try p.enter();
    defer p.leave();
    const start = p.token.start;
    var with: ?*ast.With = null;
    if (p.at(.kw_with)) with = try parseWith(p);
    const select = try parseSelectBody(p, start);
    select.with = with;
    return select;
}

/// A query after its WITH clause (also used by INSERT, whose WITH comes first).
pub fn parseSelectBody(p: *Parser, start: u32) Error!*ast.Select {
    const first = try parseCore(p);
    var compounds: std.ArrayListUnmanaged(ast.Select.Compound) = .{};
    for (0..p.loop_bound) |_| {
        const op_token = p.token;
        const op = compoundOp(p) orelse break;
        try compounds.append(p.arena, .{ .op = op, .core = try parseCore(p) });
        if (compounds.items.len + 1 > compound_terms_max) {
            return p.failAt(op_token, "too many terms in compound SELECT", .{});
        }
    } else unreachable;
    const select = try p.create(ast.Select, .{
        .span = undefined,
        .first = first,
        .compounds = compounds.items,
    });
    if (p.accept(.kw_order)) {
        _ = try p.expect(.kw_by);
        select.order_by = try parseOrderingTerms(p);
    }
    if (p.accept(.kw_limit)) try parseLimit(p, select);
    if (p.at(.kw_union) or p.at(.kw_intersect) or p.at(.kw_except)) {
        // SQLite reports this when it reduces the compound, so a syntax error in the next
        // SELECT comes first.
        const op = p.token;
        _ = compoundOp(p);
        _ = try parseCore(p);
        const clause = if (select.limit != null) "LIMIT" else "ORDER BY";
        return p.failAt(op, "{s} clause should come after {s} not before", .{ clause, p.text(op) });
    }
    select.span = p.spanFrom(start);
    p.assertSpan(select.span);
    assert(select.offset == null or select.limit != null);
    return select;
}

/// Consumes a compound operator if one is at the current token.
fn compoundOp(p: *Parser) ?ast.Select.CompoundOp {
    const op: ast.Select.CompoundOp = switch (p.token.kind) {
        .kw_union => if (p.peek(1) == .kw_all) .union_all else .union_distinct,
        .kw_intersect => .intersect,
        .kw_except => .except,
        else => return null,
    };
    p.advance();
    if (op == .union_all) p.advance();
    return op;
}

/// `LIMIT n [OFFSET m]` or `LIMIT m, n` (after LIMIT).
fn parseLimit(p: *Parser, select: *ast.Select) Error!void {
    const limit, const offset = try parseLimitOffset(p);
    select.limit = limit;
    select.offset = offset;
}

/// After LIMIT: `n [OFFSET m]` or `m, n`; returns (limit, offset).
pub fn parseLimitOffset(p: *Parser) Error!struct { *ast.Expr, ?*ast.Expr } {
    const first = try expr_parser.parseExpr(p);
    if (p.accept(.kw_offset)) return .{ first, try expr_parser.parseExpr(p) };
    if (p.accept(.comma)) {
        const second = try expr_parser.parseExpr(p);
        return .{ second, first };
    }
    return .{ first, null };
}

pub fn parseWith(p: *Parser) Error!*ast.With {
    assert(p.at(.kw_with));
    p.advance();
    const recursive = p.accept(.kw_recursive);
    var ctes: std.ArrayListUnmanaged(ast.Cte) = .{};
    for (0..p.loop_bound) |_| {
        try ctes.append(p.arena, try parseCte(p));
        if (!p.accept(.comma)) break;
    } else unreachable;
    return p.create(ast.With, .{ .recursive = recursive, .ctes = ctes.items });
}

fn parseCte(p: *Parser) Error!ast.Cte {
    const name = try parser.parseName(p);
    var columns: []ast.Name = &.{};
    if (p.at(.lparen)) columns = try parser.parseNameList(p);
    _ = try p.expect(.kw_as);
    var materialized: ast.Cte.Materialized = .default;
    if (p.accept(.kw_materialized)) {
        materialized = .materialized;
    } else if (p.at(.kw_not) and p.peek(1) == .kw_materialized) {
        p.advance();
        p.advance();
        materialized = .not_materialized;
    }
    _ = try p.expect(.lparen);
    const select = try parseSelect(p);
    _ = try p.expect(.rparen);
    return .{ .name = name, .columns = columns, .materialized = materialized, .select = select };
}

fn parseCore(p: *Parser) Error!*ast.SelectCore {
    const start = p.token.start;
    if (p.at(.kw_values)) {
        const rows = try parseValues(p);
        return p.create(ast.SelectCore, .{ .span = p.spanFrom(start), .data = .{ .values = rows } });
    }
    _ = try p.expect(.kw_select);
    var core: ast.SelectCore.Core = .{ .columns = &.{} };
    if (p.accept(.kw_distinct)) {
        core.distinct = true;
    } else {
        _ = p.accept(.kw_all);
    }
    core.columns = try parseResultColumns(p);
    if (p.accept(.kw_from)) core.from = try parseFrom(p);
    if (p.accept(.kw_where)) core.where = try expr_parser.parseExpr(p);
    if (p.at(.kw_group)) {
        p.advance();
        _ = try p.expect(.kw_by);
        core.group_by = try expr_parser.parseExprList(p);
    }
    if (p.accept(.kw_having)) core.having = try expr_parser.parseExpr(p);
    if (p.at(.kw_window) and parser.isNameKind(p.peek(1)) and p.peek(2) == .kw_as) {
        p.advance();
        core.windows = try parseWindowClause(p);
    }
    return p.create(ast.SelectCore, .{ .span = p.spanFrom(start), .data = .{ .select = core } });
}

/// `VALUES (row), (row), ...`: every row as wide as the first, else SQLite's error.
fn parseValues(p: *Parser) Error![][]*ast.Expr {
    assert(p.at(.kw_values));
    p.advance();
    var rows: std.ArrayListUnmanaged([]*ast.Expr) = .{};
    for (0..p.loop_bound) |_| {
        const row_start = p.token.start;
        _ = try p.expect(.lparen);
        const row = try expr_parser.parseExprList(p);
        _ = try p.expect(.rparen);
        if (rows.items.len > 0 and row.len != rows.items[0].len) {
            return p.failFrom(row_start, "all VALUES must have the same number of terms", .{});
        }
        try rows.append(p.arena, row);
        if (!p.accept(.comma)) break;
    } else unreachable;
    assert(rows.items.len >= 1);
    return rows.items;
}

/// Result columns of a SELECT or a RETURNING clause.
pub fn parseResultColumns(p: *Parser) Error![]ast.ResultColumn {
    var columns: std.ArrayListUnmanaged(ast.ResultColumn) = .{};
    for (0..p.loop_bound) |_| {
        try columns.append(p.arena, try parseResultColumn(p));
        if (!p.accept(.comma)) break;
    } else unreachable;
    assert(columns.items.len >= 1);
    return columns.items;
}

fn parseResultColumn(p: *Parser) Error!ast.ResultColumn {
    const start = p.token.start;
    if (p.accept(.star)) return .{ .span = p.spanFrom(start), .data = .star };
    if (parser.atName(p) and p.peek(1) == .dot and p.peek(2) == .star) {
        const table = try parser.parseName(p);
        p.advance();
        p.advance();
        return .{ .span = p.spanFrom(start), .data = .{ .table_star = table } };
    }
    const expr = try expr_parser.parseExpr(p);
    const alias = try parseAlias(p);
    const span = p.spanFrom(start);
    p.assertSpan(span);
    assert(span.start <= expr.span.start);
    return .{ .span = span, .data = .{ .expr = .{ .expr = expr, .alias = alias } } };
}

/// `[AS] name` (without AS, a join keyword is not taken as an alias).
fn parseAlias(p: *Parser) Error!?ast.Name {
    if (p.accept(.kw_as)) return try parser.parseName(p);
    if (parser.atAliasWithoutAs(p)) return try parser.parseName(p);
    return null;
}

pub fn parseOrderingTerms(p: *Parser) Error![]ast.OrderingTerm {
    var terms: std.ArrayListUnmanaged(ast.OrderingTerm) = .{};
    for (0..p.loop_bound) |_| {
        var term: ast.OrderingTerm = .{ .expr = try expr_parser.parseExpr(p) };
        term.order = parseSortOrder(p);
        if (p.accept(.kw_nulls)) {
            term.nulls = switch (p.token.kind) {
                .kw_first => .first,
                .kw_last => .last,
                else => return p.fail(),
            };
            p.advance();
        }
        try terms.append(p.arena, term);
        if (!p.accept(.comma)) break;
    } else unreachable;
    return terms.items;
}

pub fn parseSortOrder(p: *Parser) ?ast.SortOrder {
    if (p.accept(.kw_asc)) return .asc;
    if (p.accept(.kw_desc)) return .desc;
    return null;
}

/// The FROM list: items joined by commas or JOIN operators.
pub fn parseFrom(p: *Parser) Error![]ast.FromItem {
    var items: std.ArrayListUnmanaged(ast.FromItem) = .{};
    var join: ast.JoinOp = .{ .kind = .comma };
    for (0..p.loop_bound) |_| {
        var item = try parseFromItem(p, join);
        const constraint_token = p.token;
        try parseJoinConstraint(p, &item);
        if (items.items.len == 0 and item.constraint != .none) {
            // Reported once the statement parses: a later syntax error takes precedence, as in
            // SQLite, where the last message set wins.
            const word = p.text(constraint_token);
            p.deferError(constraint_token, "a JOIN clause is required before {s}", .{word});
        }
        item.span.end = p.previous_end;
        try items.append(p.arena, item);
        join = try parseJoinOp(p) orelse break;
    } else unreachable;
    assert(items.items.len >= 1);
    return items.items;
}

fn parseJoinConstraint(p: *Parser, item: *ast.FromItem) Error!void {
    if (p.accept(.kw_on)) {
        item.constraint = .{ .on = try expr_parser.parseExpr(p) };
    } else if (p.at(.kw_using)) {
        p.advance();
        item.constraint = .{ .using = try parser.parseNameList(p) };
    }
}

/// `,` or `[NATURAL] [LEFT|RIGHT|FULL [OUTER] | INNER | CROSS] JOIN`; null if neither follows.
fn parseJoinOp(p: *Parser) Error!?ast.JoinOp {
    if (p.accept(.comma)) return .{ .kind = .comma };
    if (!p.at(.kw_join) and !p.token.kind.isJoinKeyword()) return null;
    const start = p.token.start;
    // SQLite's `joinop ::= JOIN_KW [nm [nm]] JOIN`: any names are read, then judged.
    var words: [3]Kind = undefined;
    var count: u32 = 0;
    while (count < words.len and !p.at(.kw_join)) : (count += 1) {
        if (count > 0 and !parser.atName(p)) break;
        words[count] = p.token.kind;
        p.advance();
    }
    if (!p.at(.kw_join)) return p.fail();
    const words_end = p.previous_end;
    p.advance();
    // SQLite judges the words when it reduces the operator, once a table may follow.
    const op = joinType(words[0..count]) orelse {
        if (!parser.atName(p) and !p.at(.lparen)) return p.fail();
        const words_text = p.source[start..words_end];
        return p.failMessage(start, words_end - start, "unknown join type: {s}", .{words_text});
    };
    return op;
}

/// SQLite's sqlite3JoinType: NATURAL anywhere, at most one of the others (OUTER only after
/// LEFT, RIGHT or FULL).
fn joinType(words: []const Kind) ?ast.JoinOp {
    var op: ast.JoinOp = .{ .kind = .inner };
    var kind_seen = false;
    var outer = false;
    for (words) |word| {
        if (!word.isJoinKeyword()) return null;
        switch (word) {
            .kw_natural => {
                if (op.natural) return null;
                op.natural = true;
            },
            .kw_outer => {
                if (outer) return null;
                outer = true;
            },
            else => {
                if (kind_seen) return null;
                kind_seen = true;
                op.kind = switch (word) {
                    .kw_inner => .inner,
                    .kw_cross => .cross,
                    .kw_left => .left,
                    .kw_right => .right,
                    .kw_full => .full,
                    else => unreachable,
                };
            },
        }
    }
    if (outer and !(op.kind == .left or op.kind == .right or op.kind == .full)) return null;
    if (op.natural and op.kind == .cross) return null;
    return op;
}

fn parseFromItem(p: *Parser, join: ast.JoinOp) Error!ast.FromItem {
    const start = p.token.start;
    var item: ast.FromItem = .{ .span = undefined, .join = join, .source = undefined };
    if (p.accept(.lparen)) {
        try p.enter();
        defer p.leave();
        if (atSelectStart(p)) {
            item.source = .{ .subquery = try parseSelect(p) };
        } else {
            item.source = .{ .nested = try parseFrom(p) };
        }
        _ = try p.expect(.rparen);
        item.alias = try parseAlias(p);
    } else {
        const name = try parser.parseQualifiedName(p);
        item.source = .{ .table = name };
        if (p.accept(.lparen)) {
            var args: []*ast.Expr = &.{};
            if (!p.at(.rparen)) args = try expr_parser.parseExprList(p);
            _ = try p.expect(.rparen);
            item.source = .{ .function = .{ .name = name, .args = args } };
        }
        item.alias = try parseAlias(p);
        item.indexed = try parseIndexed(p);
    }
    item.span = p.spanFrom(start);
    p.assertSpan(item.span);
    return item;
}

/// `INDEXED BY name`, `NOT INDEXED`, or nothing.
pub fn parseIndexed(p: *Parser) Error!ast.FromItem.Indexed {
    if (p.accept(.kw_indexed)) {
        _ = try p.expect(.kw_by);
        return .{ .by = try parser.parseName(p) };
    }
    if (p.accept(.kw_not)) {
        _ = try p.expect(.kw_indexed);
        return .not_indexed;
    }
    return .none;
}

/// `name AS (definition), ...` after WINDOW.
fn parseWindowClause(p: *Parser) Error![]ast.NamedWindow {
    var windows: std.ArrayListUnmanaged(ast.NamedWindow) = .{};
    for (0..p.loop_bound) |_| {
        const name = try parser.parseName(p);
        _ = try p.expect(.kw_as);
        try windows.append(p.arena, .{ .name = name, .window = try parseWindowDefinition(p) });
        if (!p.accept(.comma)) break;
    } else unreachable;
    return windows.items;
}

/// `( [base] [PARTITION BY exprs] [ORDER BY terms] [frame] )`.
pub fn parseWindowDefinition(p: *Parser) Error!*ast.WindowDef {
    try p.enter();
    defer p.leave();
    const start = p.token.start;
    _ = try p.expect(.lparen);
    var window: ast.WindowDef = .{ .span = undefined };
    const at_keyword = p.at(.kw_partition) or p.at(.kw_order) or atFrameUnit(p);
    if (!at_keyword and parser.atName(p)) window.base = try parser.parseName(p);
    if (p.accept(.kw_partition)) {
        _ = try p.expect(.kw_by);
        window.partition_by = try expr_parser.parseExprList(p);
    }
    if (p.accept(.kw_order)) {
        _ = try p.expect(.kw_by);
        window.order_by = try parseOrderingTerms(p);
    }
    if (atFrameUnit(p)) window.frame = try parseFrame(p);
    _ = try p.expect(.rparen);
    window.span = p.spanFrom(start);
    p.assertSpan(window.span);
    return p.create(ast.WindowDef, window);
}

fn atFrameUnit(p: *const Parser) bool {
    return p.at(.kw_rows) or p.at(.kw_range) or p.at(.kw_groups);
}

/// `ROWS|RANGE|GROUPS bound | BETWEEN bound AND bound` `[EXCLUDE NO OTHERS|CURRENT ROW|GROUP|TIES]`.
fn parseFrame(p: *Parser) Error!ast.Frame {
    const start = p.token.start;
    const unit: ast.Frame.Unit = switch (p.token.kind) {
        .kw_rows => .rows,
        .kw_range => .range,
        .kw_groups => .groups,
        else => unreachable,
    };
    p.advance();
    var frame: ast.Frame = .{ .unit = unit, .start = undefined, .end = null };
    if (p.accept(.kw_between)) {
        frame.start = try parseFrameBound(p, .start);
        _ = try p.expect(.kw_and);
        frame.end = try parseFrameBound(p, .end);
    } else {
        frame.start = try parseFrameBound(p, .start);
    }
    // As sqlite3WindowAlloc: a frame may not end before it starts.
    const end_kind = if (frame.end) |end| end.kind else .current_row;
    const start_kind = frame.start.kind;
    if ((start_kind == .current_row and end_kind == .preceding) or
        (start_kind == .following and (end_kind == .preceding or end_kind == .current_row)))
    {
        return p.failFrom(start, "unsupported frame specification", .{});
    }
    if (p.accept(.kw_exclude)) frame.exclude = try parseFrameExclude(p);
    assert(frame.start.kind != .unbounded_following);
    assert(frame.end == null or frame.end.?.kind != .unbounded_preceding);
    return frame;
}

/// A frame's start may be UNBOUNDED PRECEDING only, its end UNBOUNDED FOLLOWING only.
fn parseFrameBound(p: *Parser, which: enum { start, end }) Error!ast.FrameBound {
    if (p.accept(.kw_unbounded)) {
        if (which == .start) {
            _ = try p.expect(.kw_preceding);
            return .{ .kind = .unbounded_preceding };
        }
        _ = try p.expect(.kw_following);
        return .{ .kind = .unbounded_following };
    }
    if (p.accept(.kw_current)) {
        _ = try p.expect(.kw_row);
        return .{ .kind = .current_row };
    }
    // SQLite parses the offset as an expression that stops before PRECEDING/FOLLOWING.
    const offset = try expr_parser.parseExpr(p);
    if (p.accept(.kw_preceding)) return .{ .kind = .preceding, .offset = offset };
    _ = try p.expect(.kw_following);
    return .{ .kind = .following, .offset = offset };
}

fn parseFrameExclude(p: *Parser) Error!ast.Frame.Exclude {
    switch (p.token.kind) {
        .kw_no => {
            p.advance();
            _ = try p.expect(.kw_others);
            return .no_others;
        },
        .kw_current => {
            p.advance();
            _ = try p.expect(.kw_row);
            return .current_row;
        },
        .kw_group => {
            p.advance();
            return .group;
        },
        .kw_ties => {
            p.advance();
            return .ties;
        },
        else => return p.fail(),
    }
}
