//! Statement dispatch (`parseCommand`) and the statements that are neither queries nor DDL:
//! INSERT/REPLACE with upsert and RETURNING, UPDATE, DELETE, transactions and savepoints,
//! PRAGMA, VACUUM, ANALYZE, REINDEX, ATTACH, DETACH, and the EXPLAIN [QUERY PLAN] prefix; also
//! the restricted statements of trigger bodies (`parseTriggerCommand`: no schema-qualified
//! targets, no RETURNING) and, behind `Options.update_delete_limit`, ORDER BY/LIMIT on UPDATE
//! and DELETE.
const std = @import("std");
const assert = std.debug.assert;

const ast = @import("ast.zig");
const parser = @import("parser.zig");
const expr_parser = @import("parser_expr.zig");
const select_parser = @import("parser_select.zig");
const ddl_parser = @import("parser_ddl.zig");
const Parser = parser.Parser;
const Error = parser.Error;

/// One statement (without its `;`), EXPLAIN prefix included.
pub fn parseCommand(p: *Parser) Error!*ast.Statement {
    const start = p.token.start;
    var explain: ast.Statement.Explain = .none;
    if (p.accept(.kw_explain)) {
        explain = .explain;
        if (p.at(.kw_query)) {
            p.advance();
            _ = try p.expect(.kw_plan);
            explain = .query_plan;
        }
    }
    const data = try parseCommandData(p);
    assert(p.previous_end > start);
    assert(p.depth == 0);
    return p.create(ast.Statement, .{ .span = p.spanFrom(start), .explain = explain, .data = data });
}

fn parseCommandData(p: *Parser) Error!ast.Statement.Data {
    const start = p.token.start;
    return switch (p.token.kind) {
        .kw_select, .kw_values => .{ .select = try select_parser.parseSelect(p) },
        .kw_with => parseWithStatement(p),
        .kw_insert, .kw_replace => .{ .insert = try parseInsert(p, null) },
        .kw_update => .{ .update = try parseUpdate(p, null) },
        .kw_delete => .{ .delete = try parseDelete(p, null) },
        .kw_create => ddl_parser.parseCreate(p, start),
        .kw_drop => ddl_parser.parseDrop(p),
        .kw_alter => ddl_parser.parseAlterTable(p),
        .kw_begin => parseBegin(p),
        .kw_commit, .kw_end => parseCommit(p),
        .kw_rollback => parseRollback(p),
        .kw_savepoint => data: {
            p.advance();
            break :data .{ .savepoint = try parser.parseName(p) };
        },
        .kw_release => data: {
            p.advance();
            _ = p.accept(.kw_savepoint);
            break :data .{ .release = try parser.parseName(p) };
        },
        .kw_pragma => parsePragma(p),
        .kw_vacuum, .kw_analyze, .kw_reindex => parseMaintenance(p),
        .kw_attach => parseAttach(p),
        .kw_detach => data: {
            p.advance();
            _ = p.accept(.kw_database);
            break :data .{ .detach = try expr_parser.parseExpr(p) };
        },
        else => p.fail(),
    };
}

/// `ATTACH [DATABASE] expr AS expr`.
fn parseAttach(p: *Parser) Error!ast.Statement.Data {
    assert(p.at(.kw_attach));
    p.advance();
    _ = p.accept(.kw_database);
    const file = try expr_parser.parseExpr(p);
    _ = try p.expect(.kw_as);
    const schema = try expr_parser.parseExpr(p);
    return .{ .attach = .{ .file = file, .schema = schema } };
}

/// A statement of a trigger body: INSERT, UPDATE, DELETE or SELECT, whose target table may not
/// be schema-qualified (SQLite's rule, checked as it parses).
pub fn parseTriggerCommand(p: *Parser) Error!ast.Statement.Data {
    const start = p.token.start;
    const data: ast.Statement.Data = switch (p.token.kind) {
        .kw_select, .kw_values, .kw_with => .{ .select = try select_parser.parseSelect(p) },
        .kw_insert, .kw_replace => .{ .insert = try parseInsert(p, null) },
        .kw_update => .{ .update = try parseUpdate(p, null) },
        .kw_delete => .{ .delete = try parseDelete(p, null) },
        else => return p.fail(),
    };
    const target: ?ast.QualifiedName = switch (data) {
        .insert => |insert| insert.table,
        .update => |update| update.table,
        .delete => |delete| delete.table,
        else => null,
    };
    if (target != null and target.?.schema != null) {
        return p.failFrom(start, "qualified table names are not allowed on INSERT, UPDATE, " ++
            "and DELETE statements within triggers", .{});
    }
    return data;
}

/// `WITH ...` then SELECT, INSERT, UPDATE or DELETE.
fn parseWithStatement(p: *Parser) Error!ast.Statement.Data {
    const start = p.token.start;
    try p.enter();
    defer p.leave();
    const with = try select_parser.parseWith(p);
    switch (p.token.kind) {
        .kw_select, .kw_values => {
            const select = try select_parser.parseSelectBody(p, start);
            select.with = with;
            return .{ .select = select };
        },
        .kw_insert, .kw_replace => return .{ .insert = try parseInsert(p, with) },
        .kw_update => return .{ .update = try parseUpdate(p, with) },
        .kw_delete => return .{ .delete = try parseDelete(p, with) },
        else => return p.fail(),
    }
}

/// `INSERT [OR action] | REPLACE` `INTO t [AS alias] [(cols)] source [upsert...] [RETURNING ...]`.
fn parseInsert(p: *Parser, with: ?*ast.With) Error!*ast.Insert {
    var conflict: ?ast.ConflictAction = null;
    if (p.accept(.kw_replace)) {
        conflict = .replace;
    } else {
        _ = try p.expect(.kw_insert);
        if (p.accept(.kw_or)) conflict = try parser.parseConflictAction(p);
    }
    _ = try p.expect(.kw_into);
    const insert = try p.create(ast.Insert, .{
        .with = with,
        .conflict = conflict,
        .table = try parser.parseQualifiedName(p),
        .source = null,
    });
    if (p.accept(.kw_as)) insert.alias = try parser.parseName(p);
    if (p.at(.lparen)) insert.columns = try parser.parseNameList(p);
    if (p.accept(.kw_default)) {
        // SQLite's grammar allows no upsert after DEFAULT VALUES.
        _ = try p.expect(.kw_values);
    } else {
        if (!select_parser.atSelectStart(p)) return p.fail();
        insert.source = try select_parser.parseSelect(p);
        insert.upserts = try parseUpserts(p);
    }
    insert.returning = try parseReturning(p);
    return insert;
}

/// SQLite's grammar (upsert ::= ON CONFLICT DO ...) ends the list at a clause without a target,
/// so an ON after it is a syntax error there, as in sqlite3.
fn parseUpserts(p: *Parser) Error![]ast.Upsert {
    var upserts: std.ArrayListUnmanaged(ast.Upsert) = .{};
    for (0..p.loop_bound) |_| {
        if (!p.at(.kw_on)) break;
        const upsert = try parseUpsert(p);
        try upserts.append(p.arena, upsert);
        if (upsert.target.len == 0) break;
    } else unreachable;
    return upserts.items;
}

/// `ON CONFLICT [(target) [WHERE e]] DO NOTHING | DO UPDATE SET ... [WHERE e]`.
fn parseUpsert(p: *Parser) Error!ast.Upsert {
    const start = p.token.start;
    assert(p.at(.kw_on));
    p.advance();
    _ = try p.expect(.kw_conflict);
    var upsert: ast.Upsert = .{ .span = undefined, .action = .nothing };
    if (p.at(.lparen)) {
        upsert.target = try ddl_parser.parseIndexedColumns(p);
        if (p.accept(.kw_where)) upsert.target_where = try expr_parser.parseExpr(p);
    }
    _ = try p.expect(.kw_do);
    if (!p.accept(.kw_nothing)) {
        _ = try p.expect(.kw_update);
        _ = try p.expect(.kw_set);
        const sets = try parseSetClauses(p);
        var where: ?*ast.Expr = null;
        if (p.accept(.kw_where)) where = try expr_parser.parseExpr(p);
        upsert.action = .{ .update = .{ .sets = sets, .where = where } };
    }
    upsert.span = p.spanFrom(start);
    p.assertSpan(upsert.span);
    return upsert;
}

/// `RETURNING ...`; not within a trigger body, where SQLite's grammar has none (so the
/// RETURNING token is then the syntax error).
fn parseReturning(p: *Parser) Error!ast.Returning {
    if (p.in_trigger) return &.{};
    if (!p.accept(.kw_returning)) return &.{};
    return select_parser.parseResultColumns(p);
}

/// `col = expr` or `(a, b) = expr`, comma-separated.
fn parseSetClauses(p: *Parser) Error![]ast.SetClause {
    var sets: std.ArrayListUnmanaged(ast.SetClause) = .{};
    for (0..p.loop_bound) |_| {
        var columns: []ast.Name = undefined;
        if (p.at(.lparen)) {
            columns = try parser.parseNameList(p);
        } else {
            columns = try p.arena.alloc(ast.Name, 1);
            columns[0] = try parser.parseName(p);
        }
        _ = try p.expect(.eq);
        const value = try expr_parser.parseExpr(p);
        try checkSetWidth(p, columns.len, value);
        try sets.append(p.arena, .{ .columns = columns, .value = value });
        if (!p.accept(.comma)) break;
    } else unreachable;
    return sets.items;
}

/// `(a, b) = value` needs a row value of the same width (or a subquery, checked later); SQLite
/// reports this while parsing.
fn checkSetWidth(p: *Parser, columns: usize, value: *const ast.Expr) Error!void {
    if (columns == 1) return;
    // SQLite checks when it reduces the assignment, so a token that cannot follow it is the
    // error reported.
    switch (p.token.kind) {
        .comma, .kw_where, .kw_from, .kw_returning, .kw_on, .kw_order, .kw_limit => {},
        .semicolon, .eof => {},
        else => return p.fail(),
    }
    const values: usize = switch (value.data) {
        .row => |members| members.len,
        .subquery => return,
        else => 1,
    };
    if (values == columns) return;
    const length = value.span.end - value.span.start;
    return p.failMessage(value.span.start, length, "{d} columns assigned {d} values", .{ columns, values });
}

/// `nm [. nm] [AS alias]` for UPDATE and DELETE (SQLite's xfullname: no alias without AS).
fn parseTargetTable(p: *Parser) Error!struct { ast.QualifiedName, ?ast.Name } {
    const table = try parser.parseQualifiedName(p);
    var alias: ?ast.Name = null;
    if (p.accept(.kw_as)) alias = try parser.parseName(p);
    return .{ table, alias };
}

fn parseUpdate(p: *Parser, with: ?*ast.With) Error!*ast.Update {
    assert(p.at(.kw_update));
    p.advance();
    var conflict: ?ast.ConflictAction = null;
    if (p.accept(.kw_or)) conflict = try parser.parseConflictAction(p);
    const table, const alias = try parseTargetTable(p);
    const indexed = try select_parser.parseIndexed(p);
    _ = try p.expect(.kw_set);
    const update = try p.create(ast.Update, .{
        .with = with,
        .conflict = conflict,
        .table = table,
        .alias = alias,
        .indexed = indexed,
        .sets = try parseSetClauses(p),
    });
    if (p.accept(.kw_from)) update.from = try select_parser.parseFrom(p);
    if (p.accept(.kw_where)) update.where = try expr_parser.parseExpr(p);
    update.returning = try parseReturning(p);
    update.limit = try parseRowLimit(p, "UPDATE");
    return update;
}

fn parseDelete(p: *Parser, with: ?*ast.With) Error!*ast.Delete {
    assert(p.at(.kw_delete));
    p.advance();
    _ = try p.expect(.kw_from);
    const table, const alias = try parseTargetTable(p);
    const delete = try p.create(ast.Delete, .{
        .with = with,
        .table = table,
        .alias = alias,
        .indexed = try select_parser.parseIndexed(p),
    });
    if (p.accept(.kw_where)) delete.where = try expr_parser.parseExpr(p);
    delete.returning = try parseReturning(p);
    delete.limit = try parseRowLimit(p, "DELETE");
    return delete;
}

/// `[ORDER BY ...] [LIMIT ...]` after UPDATE or DELETE, as builds with
/// SQLITE_ENABLE_UPDATE_DELETE_LIMIT accept (Debian's, for one); not within triggers.
fn parseRowLimit(p: *Parser, comptime statement: []const u8) Error!ast.RowLimit {
    var row_limit: ast.RowLimit = .{};
    if (p.in_trigger or !p.options.update_delete_limit) return row_limit;
    const start = p.token.start;
    if (p.accept(.kw_order)) {
        _ = try p.expect(.kw_by);
        row_limit.order_by = try select_parser.parseOrderingTerms(p);
    }
    if (p.accept(.kw_limit)) {
        row_limit.limit, row_limit.offset = try select_parser.parseLimitOffset(p);
    } else if (row_limit.order_by.len > 0) {
        return p.failFrom(start, "ORDER BY without LIMIT on " ++ statement, .{});
    }
    assert(row_limit.order_by.len == 0 or row_limit.limit != null);
    return row_limit;
}

/// `BEGIN [DEFERRED|IMMEDIATE|EXCLUSIVE] [TRANSACTION [name]]`.
fn parseBegin(p: *Parser) Error!ast.Statement.Data {
    assert(p.at(.kw_begin));
    p.advance();
    var mode: ast.Statement.TransactionMode = .deferred;
    switch (p.token.kind) {
        .kw_deferred => p.advance(),
        .kw_immediate => {
            p.advance();
            mode = .immediate;
        },
        .kw_exclusive => {
            p.advance();
            mode = .exclusive;
        },
        else => {},
    }
    try parseOptionalTransaction(p);
    return .{ .begin = mode };
}

/// `[TRANSACTION [name]]` (the name is ignored, as in SQLite).
fn parseOptionalTransaction(p: *Parser) Error!void {
    if (!p.accept(.kw_transaction)) return;
    if (parser.atName(p) and !p.at(.kw_to)) _ = try parser.parseName(p);
}

fn parseCommit(p: *Parser) Error!ast.Statement.Data {
    p.advance();
    try parseOptionalTransaction(p);
    return .commit;
}

/// `ROLLBACK [TRANSACTION] [TO [SAVEPOINT] name]`.
fn parseRollback(p: *Parser) Error!ast.Statement.Data {
    assert(p.at(.kw_rollback));
    p.advance();
    try parseOptionalTransaction(p);
    if (!p.accept(.kw_to)) return .{ .rollback = null };
    _ = p.accept(.kw_savepoint);
    return .{ .rollback = try parser.parseName(p) };
}

/// `PRAGMA [schema.]name [= value | (value)]`.
fn parsePragma(p: *Parser) Error!ast.Statement.Data {
    assert(p.at(.kw_pragma));
    p.advance();
    const name = try parser.parseQualifiedName(p);
    var value: ?*ast.Expr = null;
    if (p.accept(.eq)) {
        value = try parsePragmaValue(p);
    } else if (p.accept(.lparen)) {
        value = try parsePragmaValue(p);
        _ = try p.expect(.rparen);
    }
    return .{ .pragma = .{ .name = name, .value = value } };
}

/// A signed number, or a name/string/ON/DELETE/DEFAULT (kept as a string).
fn parsePragmaValue(p: *Parser) Error!*ast.Expr {
    const start = p.token.start;
    switch (p.token.kind) {
        .plus, .minus, .integer, .float => {
            const negative = p.at(.minus);
            if (p.at(.plus) or p.at(.minus)) p.advance();
            if (!p.at(.integer) and !p.at(.float)) return p.fail();
            const literal = try expr_parser.parseLiteral(p);
            if (!negative) return literal;
            return p.newExpr(start, switch (literal.data) {
                .integer => |v| if (v == std.math.minInt(i64))
                    .{ .float = -@as(f64, @floatFromInt(v)) }
                else
                    .{ .integer = -v },
                .float => |v| .{ .float = -v },
                else => unreachable,
            });
        },
        .kw_on, .kw_delete, .kw_default => {
            p.advance();
            return p.newExpr(start, .{ .string = p.source[start..p.previous_end] });
        },
        else => {
            const name = try parser.parseName(p);
            return p.newExpr(start, .{ .string = name.text });
        },
    }
}

/// `VACUUM [schema]`, `ANALYZE [name]`, `REINDEX [name]`.
fn parseMaintenance(p: *Parser) Error!ast.Statement.Data {
    const kind = p.token.kind;
    p.advance();
    const has_name = parser.atName(p);
    switch (kind) {
        .kw_vacuum => return .{ .vacuum = if (has_name) try parser.parseName(p) else null },
        .kw_analyze => return .{ .analyze = if (has_name) try parser.parseQualifiedName(p) else null },
        .kw_reindex => return .{ .reindex = if (has_name) try parser.parseQualifiedName(p) else null },
        else => unreachable,
    }
}
