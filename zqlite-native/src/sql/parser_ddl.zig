//! DDL parsing: CREATE TABLE (columns, type names, column and table constraints, table options),
//! CREATE INDEX, CREATE VIEW, CREATE TRIGGER, DROP, ALTER TABLE. CREATE VIRTUAL TABLE is refused
//! ("CREATE VIRTUAL is not supported").
//!
//! DEFAULT takes what SQLite's grammar takes: a literal, a signed number, (expr), CURRENT_*, or a
//! bare name (the string 'name', or TRUE/FALSE) — never an operator expression, so
//! `DEFAULT 0 NOT NULL` keeps its NOT NULL constraint.
//!
//! Type names follow SQLite's `typetoken`: one or more name words (`DOUBLE PRECISION`,
//! `UNSIGNED BIG INT`) then optionally one or two signed numbers in parentheses. The words are
//! kept joined by single spaces, which is what SQLite's affinity rules read.
//!
//! Invariant: every loop consumes at least one token per iteration and is bounded by
//! `Parser.loop_bound`.
const std = @import("std");
const assert = std.debug.assert;

const ast = @import("ast.zig");
const parser = @import("parser.zig");
const expr_parser = @import("parser_expr.zig");
const select_parser = @import("parser_select.zig");
const stmt_parser = @import("parser_stmt.zig");
const Parser = parser.Parser;
const Error = parser.Error;
const Kind = parser.Kind;

/// SQLite's SQLITE_MAX_COLUMN default.
pub const column_count_max = 2000;

/// After CREATE: the temp flag and the object keyword decide which statement follows.
pub fn parseCreate(p: *Parser, start: u32) Error!ast.Statement.Data {
    assert(p.at(.kw_create));
    p.advance();
    const temp = p.accept(.kw_temp) or p.accept(.kw_temporary);
    switch (p.token.kind) {
        .kw_table => return .{ .create_table = try parseCreateTable(p, temp) },
        .kw_view => return .{ .create_view = try parseCreateView(p, temp) },
        .kw_unique, .kw_index => if (!temp) return .{ .create_index = try parseCreateIndex(p) },
        .kw_trigger => return .{ .create_trigger = try parseCreateTrigger(p, temp) },
        .kw_virtual => {
            const words = p.source[start..p.token.end];
            return p.failMessage(start, p.token.end - start, "{s} is not supported", .{words});
        },
        else => {},
    }
    return p.fail();
}

fn parseCreateTable(p: *Parser, temp: bool) Error!*ast.CreateTable {
    assert(p.at(.kw_table));
    p.advance();
    const if_not_exists = try parser.parseIfNotExists(p);
    const name = try parser.parseQualifiedName(p);
    if (p.accept(.kw_as)) {
        const select = try select_parser.parseSelect(p);
        return p.create(ast.CreateTable, .{
            .temp = temp,
            .if_not_exists = if_not_exists,
            .name = name,
            .body = .{ .as_select = select },
        });
    }
    _ = try p.expect(.lparen);
    var definition = try parseTableElements(p, name.name.text);
    _ = try p.expect(.rparen);
    try parseTableOptions(p, &definition);
    return p.create(ast.CreateTable, .{
        .temp = temp,
        .if_not_exists = if_not_exists,
        .name = name,
        .body = .{ .definition = definition },
    });
}

/// Columns, then table constraints (SQLite lets the commas between constraints be omitted).
fn parseTableElements(p: *Parser, table: []const u8) Error!ast.CreateTable.Definition {
    var columns: std.ArrayListUnmanaged(ast.ColumnDef) = .{};
    var constraints: std.ArrayListUnmanaged(ast.TableConstraint) = .{};
    for (0..p.loop_bound) |_| {
        if (atTableConstraint(p)) break;
        try columns.append(p.arena, try parseColumnDef(p));
        if (!p.accept(.comma)) break;
    } else unreachable;
    if (columns.items.len == 0) return p.fail();
    if (columns.items.len > column_count_max) {
        const extra = columns.items[column_count_max].span;
        return p.failMessage(extra.start, extra.end - extra.start, "too many columns on {s}", .{table});
    }
    for (0..p.loop_bound) |_| {
        if (!atTableConstraint(p)) break;
        try constraints.append(p.arena, try parseTableConstraint(p));
        _ = p.accept(.comma);
    } else unreachable;
    return .{ .columns = columns.items, .constraints = constraints.items };
}

fn atTableConstraint(p: *const Parser) bool {
    return switch (p.token.kind) {
        .kw_constraint, .kw_primary, .kw_unique, .kw_check, .kw_foreign => true,
        else => false,
    };
}

/// `WITHOUT ROWID` and `STRICT`, comma-separated, after the closing parenthesis.
fn parseTableOptions(p: *Parser, definition: *ast.CreateTable.Definition) Error!void {
    if (!p.at(.kw_without) and !parser.atName(p)) return;
    for (0..p.loop_bound) |_| {
        const start = p.token.start;
        const without = p.accept(.kw_without);
        const option = try parser.parseName(p);
        // SQLite judges the option when it reduces it: a token that cannot follow fails first.
        if (!p.at(.comma) and !p.at(.semicolon) and !p.at(.eof)) return p.fail();
        const expected = if (without) "rowid" else "strict";
        if (!std.ascii.eqlIgnoreCase(option.text, expected)) {
            return p.failFrom(start, "unknown table option: {s}", .{option.text});
        }
        if (without) definition.without_rowid = true else definition.strict = true;
        if (!p.accept(.comma)) break;
    } else unreachable;
}

pub fn parseColumnDef(p: *Parser) Error!ast.ColumnDef {
    const start = p.token.start;
    const name = try parser.parseName(p);
    const type_name = try parseTypeName(p);
    var constraints: std.ArrayListUnmanaged(ast.ColumnConstraint) = .{};
    for (0..p.loop_bound) |_| {
        const constraint = try parseColumnConstraint(p) orelse break;
        try constraints.append(p.arena, constraint);
    } else unreachable;
    const span = p.spanFrom(start);
    p.assertSpan(span);
    assert(span.start == name.span.start);
    return .{ .span = span, .name = name, .type_name = type_name, .constraints = constraints.items };
}

fn atTypeWord(p: *const Parser) bool {
    const kind = p.token.kind;
    if (kind == .kw_generated and p.peek(1) == .kw_always) return false;
    return kind == .id or kind == .quoted_id or kind == .string or kind.fallsBackToId();
}

/// A type name, or null when none is written.
pub fn parseTypeName(p: *Parser) Error!?ast.TypeName {
    if (!atTypeWord(p)) return null;
    const start = p.token.start;
    var name: std.ArrayListUnmanaged(u8) = .{};
    var words: std.ArrayListUnmanaged([]const u8) = .{};
    for (0..p.loop_bound) |_| {
        if (!atTypeWord(p)) break;
        const word = try parser.parseName(p);
        if (words.items.len > 0) try name.append(p.arena, ' ');
        try name.appendSlice(p.arena, word.text);
        try words.append(p.arena, word.text);
    } else unreachable;
    var args: std.ArrayListUnmanaged([]const u8) = .{};
    if (p.accept(.lparen)) {
        try args.append(p.arena, try parseSignedNumber(p));
        if (p.accept(.comma)) try args.append(p.arena, try parseSignedNumber(p));
        _ = try p.expect(.rparen);
    }
    assert(words.items.len > 0);
    return .{ .name = name.items, .words = words.items, .args = args.items, .span = p.spanFrom(start) };
}

/// `[+|-] number`, returned as written.
fn parseSignedNumber(p: *Parser) Error![]const u8 {
    const start = p.token.start;
    if (!p.accept(.plus)) _ = p.accept(.minus);
    if (!p.at(.integer) and !p.at(.float)) return p.fail();
    p.advance();
    return p.source[start..p.previous_end];
}

/// `ON CONFLICT action`, or null.
fn parseOnConflict(p: *Parser) Error!?ast.ConflictAction {
    if (!p.at(.kw_on)) return null;
    p.advance();
    _ = try p.expect(.kw_conflict);
    return try parser.parseConflictAction(p);
}

/// One column constraint, or null when the current token starts none.
fn parseColumnConstraint(p: *Parser) Error!?ast.ColumnConstraint {
    const start = p.token.start;
    var name: ?ast.Name = null;
    if (p.accept(.kw_constraint)) name = try parser.parseName(p);
    const data: ast.ColumnConstraint.Data = switch (p.token.kind) {
        .kw_primary => try parseColumnPrimaryKey(p),
        .kw_not => data: {
            p.advance();
            _ = try p.expect(.kw_null);
            break :data .{ .not_null = try parseOnConflict(p) };
        },
        .kw_null => data: {
            p.advance();
            _ = try parseOnConflict(p);
            break :data .null;
        },
        .kw_unique => data: {
            p.advance();
            break :data .{ .unique = try parseOnConflict(p) };
        },
        .kw_check => .{ .check = try parseCheck(p) },
        .kw_default => .{ .default = try parseDefault(p) },
        .kw_collate => data: {
            p.advance();
            break :data .{ .collate = try parser.parseIds(p) };
        },
        .kw_references => .{ .references = try parseForeignKeyClause(p) },
        .kw_generated, .kw_as => try parseGenerated(p),
        else => {
            if (name != null) return p.fail();
            return null;
        },
    };
    const span = p.spanFrom(start);
    p.assertSpan(span);
    return .{ .span = span, .name = name, .data = data };
}

fn parseColumnPrimaryKey(p: *Parser) Error!ast.ColumnConstraint.Data {
    assert(p.at(.kw_primary));
    p.advance();
    _ = try p.expect(.kw_key);
    const order = select_parser.parseSortOrder(p);
    const conflict = try parseOnConflict(p);
    const autoincrement = p.accept(.kw_autoincrement);
    return .{ .primary_key = .{ .order = order, .conflict = conflict, .autoincrement = autoincrement } };
}

fn parseCheck(p: *Parser) Error!*ast.Expr {
    assert(p.at(.kw_check));
    p.advance();
    _ = try p.expect(.lparen);
    const expr = try expr_parser.parseExpr(p);
    _ = try p.expect(.rparen);
    return expr;
}

/// `DEFAULT` then a literal, a signed number, `(expr)`, CURRENT_* or a bare name (a string, or
/// TRUE/FALSE), as SQLite's `ccons ::= DEFAULT ...` rules.
fn parseDefault(p: *Parser) Error!*ast.Expr {
    assert(p.at(.kw_default));
    p.advance();
    const start = p.token.start;
    switch (p.token.kind) {
        .lparen => {
            p.advance();
            const expr = try expr_parser.parseExpr(p);
            _ = try p.expect(.rparen);
            return expr;
        },
        .plus, .minus => {
            const negative = p.at(.minus);
            p.advance();
            const operand = try parseDefaultTerm(p);
            if (!negative) return operand;
            return negateLiteral(p, start, operand);
        },
        .kw_current_date, .kw_current_time, .kw_current_timestamp => {},
        else => if (p.at(.quoted_id) or isDefaultId(p)) {
            // `DEFAULT name` is the string 'name' (SQLite's `DEFAULT scantok id`).
            const name = try parser.parseName(p);
            return p.newExpr(start, .{ .string = name.text });
        },
    }
    return parseDefaultTerm(p);
}

fn isDefaultId(p: *const Parser) bool {
    if (p.at(.id)) return !isBoolean(p.text(p.token));
    return p.token.kind.fallsBackToId();
}

fn isBoolean(word: []const u8) bool {
    return std.ascii.eqlIgnoreCase(word, "true") or std.ascii.eqlIgnoreCase(word, "false");
}

/// A single literal token: never an operator expression, so `DEFAULT 0 NOT NULL` and
/// `DEFAULT 'x' COLLATE nocase` keep their constraints.
fn parseDefaultTerm(p: *Parser) Error!*ast.Expr {
    const start = p.token.start;
    const data: ast.Expr.Data = switch (p.token.kind) {
        .integer, .float, .string, .blob => return expr_parser.parseLiteral(p),
        .kw_null => .null_literal,
        .kw_current_date => .{ .current = .date },
        .kw_current_time => .{ .current = .time },
        .kw_current_timestamp => .{ .current = .timestamp },
        .id => if (isBoolean(p.text(p.token)))
            .{ .boolean = std.ascii.eqlIgnoreCase(p.text(p.token), "true") }
        else
            return p.fail(),
        else => return p.fail(),
    };
    p.advance();
    return p.newExpr(start, data);
}

/// `DEFAULT -term`: numbers fold to negative literals; anything else keeps a negation node.
fn negateLiteral(p: *Parser, start: u32, operand: *ast.Expr) Error!*ast.Expr {
    switch (operand.data) {
        .integer => |value| if (value != std.math.minInt(i64)) {
            return p.newExpr(start, .{ .integer = -value });
        },
        .float => |value| {
            if (std.mem.eql(u8, operand.span.text(p.source), "9223372036854775808")) {
                return p.newExpr(start, .{ .integer = std.math.minInt(i64) });
            }
            return p.newExpr(start, .{ .float = -value });
        },
        else => {},
    }
    return p.newExpr(start, .{ .unary = .{ .op = .negate, .operand = operand } });
}

/// `[GENERATED ALWAYS] AS (expr) [STORED|VIRTUAL]`.
fn parseGenerated(p: *Parser) Error!ast.ColumnConstraint.Data {
    if (p.accept(.kw_generated)) _ = try p.expect(.kw_always);
    _ = try p.expect(.kw_as);
    _ = try p.expect(.lparen);
    const expr = try expr_parser.parseExpr(p);
    _ = try p.expect(.rparen);
    var stored = false;
    if (p.at(.id) and std.ascii.eqlIgnoreCase(p.text(p.token), "stored")) {
        p.advance();
        stored = true;
    } else {
        _ = p.accept(.kw_virtual);
    }
    return .{ .generated = .{ .expr = expr, .stored = stored } };
}

/// `REFERENCES table [(columns)] [ON DELETE|UPDATE action] [MATCH name] [[NOT] DEFERRABLE ...]`.
fn parseForeignKeyClause(p: *Parser) Error!ast.ForeignKey {
    assert(p.at(.kw_references));
    p.advance();
    var key: ast.ForeignKey = .{ .table = try parser.parseName(p), .columns = &.{} };
    if (p.at(.lparen)) key.columns = try parser.parseNameList(p);
    for (0..p.loop_bound) |_| {
        if (p.at(.kw_on) and p.peek(1) != .kw_conflict) {
            p.advance();
            const which = p.token.kind;
            if (which != .kw_delete and which != .kw_update and which != .kw_insert) return p.fail();
            p.advance();
            const action = try parseForeignKeyAction(p);
            if (which == .kw_delete) key.on_delete = action;
            if (which == .kw_update) key.on_update = action;
        } else if (p.accept(.kw_match)) {
            _ = try parser.parseName(p);
        } else if (p.at(.kw_deferrable) or (p.at(.kw_not) and p.peek(1) == .kw_deferrable)) {
            key.deferred = try parseDeferrable(p);
        } else break;
    } else unreachable;
    return key;
}

fn parseForeignKeyAction(p: *Parser) Error!ast.ForeignKeyAction {
    switch (p.token.kind) {
        .kw_set => {
            p.advance();
            if (p.accept(.kw_null)) return .set_null;
            _ = try p.expect(.kw_default);
            return .set_default;
        },
        .kw_cascade => {
            p.advance();
            return .cascade;
        },
        .kw_restrict => {
            p.advance();
            return .restrict;
        },
        .kw_no => {
            p.advance();
            _ = try p.expect(.kw_action);
            return .no_action;
        },
        else => return p.fail(),
    }
}

/// `[NOT] DEFERRABLE [INITIALLY DEFERRED|IMMEDIATE]`: true when checks are deferred.
fn parseDeferrable(p: *Parser) Error!bool {
    const negated = p.accept(.kw_not);
    _ = try p.expect(.kw_deferrable);
    var deferred = false;
    if (p.accept(.kw_initially)) {
        if (p.accept(.kw_deferred)) {
            deferred = true;
        } else {
            _ = try p.expect(.kw_immediate);
        }
    }
    return deferred and !negated;
}

fn parseTableConstraint(p: *Parser) Error!ast.TableConstraint {
    const start = p.token.start;
    var name: ?ast.Name = null;
    if (p.accept(.kw_constraint)) name = try parser.parseName(p);
    const data: ast.TableConstraint.Data = switch (p.token.kind) {
        .kw_primary => data: {
            p.advance();
            _ = try p.expect(.kw_key);
            const columns = try parseIndexedColumns(p);
            const autoincrement = p.accept(.kw_autoincrement);
            const conflict = try parseOnConflict(p);
            break :data .{ .primary_key = .{
                .columns = columns,
                .conflict = conflict,
                .autoincrement = autoincrement,
            } };
        },
        .kw_unique => data: {
            p.advance();
            const columns = try parseIndexedColumns(p);
            break :data .{ .unique = .{ .columns = columns, .conflict = try parseOnConflict(p) } };
        },
        .kw_check => data: {
            const expr = try parseCheck(p);
            _ = try parseOnConflict(p);
            break :data .{ .check = expr };
        },
        .kw_foreign => data: {
            p.advance();
            _ = try p.expect(.kw_key);
            const columns = try parser.parseNameList(p);
            if (!p.at(.kw_references)) return p.fail();
            break :data .{ .foreign_key = .{
                .columns = columns,
                .references = try parseForeignKeyClause(p),
            } };
        },
        else => return p.fail(),
    };
    return .{ .span = p.spanFrom(start), .name = name, .data = data };
}

/// `( expr [COLLATE c] [ASC|DESC], ... )` for indexes, keys and upsert targets.
pub fn parseIndexedColumns(p: *Parser) Error![]ast.IndexedColumn {
    _ = try p.expect(.lparen);
    var columns: std.ArrayListUnmanaged(ast.IndexedColumn) = .{};
    for (0..p.loop_bound) |_| {
        const expr = try expr_parser.parseExpr(p);
        try columns.append(p.arena, .{ .expr = expr, .order = select_parser.parseSortOrder(p) });
        if (p.at(.kw_nulls)) {
            // Parsed (SQLite's sortlist has it) but refused once the statement is read.
            const nulls = p.token;
            p.advance();
            if (!p.at(.kw_first) and !p.at(.kw_last)) return p.fail();
            const which: []const u8 = if (p.at(.kw_first)) "FIRST" else "LAST";
            p.advance();
            p.deferError(nulls, "unsupported use of NULLS {s}", .{which});
        }
        if (!p.accept(.comma)) break;
    } else unreachable;
    _ = try p.expect(.rparen);
    assert(columns.items.len >= 1);
    return columns.items;
}

fn parseCreateIndex(p: *Parser) Error!*ast.CreateIndex {
    const unique = p.accept(.kw_unique);
    _ = try p.expect(.kw_index);
    const if_not_exists = try parser.parseIfNotExists(p);
    const name = try parser.parseQualifiedName(p);
    _ = try p.expect(.kw_on);
    const table = try parser.parseName(p);
    const columns = try parseIndexedColumns(p);
    var where: ?*ast.Expr = null;
    if (p.accept(.kw_where)) where = try expr_parser.parseExpr(p);
    return p.create(ast.CreateIndex, .{
        .unique = unique,
        .if_not_exists = if_not_exists,
        .name = name,
        .table = table,
        .columns = columns,
        .where = where,
    });
}

fn parseCreateView(p: *Parser, temp: bool) Error!*ast.CreateView {
    assert(p.at(.kw_view));
    p.advance();
    const if_not_exists = try parser.parseIfNotExists(p);
    const name = try parser.parseQualifiedName(p);
    var columns: []ast.Name = &.{};
    if (p.at(.lparen)) columns = try parser.parseNameList(p);
    _ = try p.expect(.kw_as);
    const select = try select_parser.parseSelect(p);
    return p.create(ast.CreateView, .{
        .temp = temp,
        .if_not_exists = if_not_exists,
        .name = name,
        .columns = columns,
        .select = select,
    });
}

pub fn parseDrop(p: *Parser) Error!ast.Statement.Data {
    assert(p.at(.kw_drop));
    p.advance();
    const kind: ast.Drop.Kind = switch (p.token.kind) {
        .kw_table => .table,
        .kw_index => .index,
        .kw_view => .view,
        .kw_trigger => .trigger,
        else => return p.fail(),
    };
    p.advance();
    const if_exists = try parser.parseIfExists(p);
    const name = try parser.parseQualifiedName(p);
    return .{ .drop = .{ .kind = kind, .if_exists = if_exists, .name = name } };
}

/// `ALTER TABLE t RENAME TO n | RENAME [COLUMN] a TO b | ADD [COLUMN] def | DROP [COLUMN] c`.
pub fn parseAlterTable(p: *Parser) Error!ast.Statement.Data {
    assert(p.at(.kw_alter));
    p.advance();
    _ = try p.expect(.kw_table);
    const table = try parser.parseQualifiedName(p);
    const action: ast.AlterTable.Action = switch (p.token.kind) {
        .kw_rename => action: {
            p.advance();
            if (p.accept(.kw_to)) break :action .{ .rename_table = try parser.parseName(p) };
            _ = p.accept(.kw_column);
            const old = try parser.parseName(p);
            _ = try p.expect(.kw_to);
            break :action .{ .rename_column = .{ .old = old, .new = try parser.parseName(p) } };
        },
        .kw_add => action: {
            p.advance();
            _ = p.accept(.kw_column);
            break :action .{ .add_column = try parseColumnDef(p) };
        },
        .kw_drop => action: {
            p.advance();
            _ = p.accept(.kw_column);
            break :action .{ .drop_column = try parser.parseName(p) };
        },
        else => return p.fail(),
    };
    return .{ .alter_table = try p.create(ast.AlterTable, .{ .table = table, .action = action }) };
}

/// `CREATE [TEMP] TRIGGER [IF NOT EXISTS] name [BEFORE|AFTER|INSTEAD OF] event ON table
/// [FOR EACH ROW] [WHEN expr] BEGIN statement; ... END`.
fn parseCreateTrigger(p: *Parser, temp: bool) Error!*ast.CreateTrigger {
    assert(p.at(.kw_trigger));
    p.advance();
    const if_not_exists = try parser.parseIfNotExists(p);
    const name = try parser.parseQualifiedName(p);
    var timing: ast.CreateTrigger.Timing = .before;
    if (p.accept(.kw_before)) {
        timing = .before;
    } else if (p.accept(.kw_after)) {
        timing = .after;
    } else if (p.accept(.kw_instead)) {
        _ = try p.expect(.kw_of);
        timing = .instead_of;
    }
    const event = try parseTriggerEvent(p);
    _ = try p.expect(.kw_on);
    const table = try parser.parseName(p);
    var for_each_row = false;
    if (p.accept(.kw_for)) {
        _ = try p.expect(.kw_each);
        _ = try p.expect(.kw_row);
        for_each_row = true;
    }
    var when: ?*ast.Expr = null;
    if (p.accept(.kw_when)) when = try expr_parser.parseExpr(p);
    _ = try p.expect(.kw_begin);
    const body = try parseTriggerBody(p);
    return p.create(ast.CreateTrigger, .{
        .temp = temp,
        .if_not_exists = if_not_exists,
        .name = name,
        .timing = timing,
        .event = event,
        .table = table,
        .for_each_row = for_each_row,
        .when = when,
        .body = body,
    });
}

fn parseTriggerEvent(p: *Parser) Error!ast.CreateTrigger.Event {
    switch (p.token.kind) {
        .kw_delete => {
            p.advance();
            return .delete;
        },
        .kw_insert => {
            p.advance();
            return .insert;
        },
        .kw_update => {
            p.advance();
            if (!p.accept(.kw_of)) return .{ .update = &.{} };
            var columns: std.ArrayListUnmanaged(ast.Name) = .{};
            for (0..p.loop_bound) |_| {
                try columns.append(p.arena, try parser.parseName(p));
                if (!p.accept(.comma)) break;
            } else unreachable;
            return .{ .update = columns.items };
        },
        else => return p.fail(),
    }
}

/// Statements each ended by `;`, up to END.
fn parseTriggerBody(p: *Parser) Error![]*ast.Statement {
    try p.enter();
    defer p.leave();
    var body: std.ArrayListUnmanaged(*ast.Statement) = .{};
    assert(!p.in_trigger);
    p.in_trigger = true;
    defer p.in_trigger = false;
    for (0..p.loop_bound) |_| {
        const start = p.token.start;
        const data = try stmt_parser.parseTriggerCommand(p);
        try body.append(p.arena, try p.create(ast.Statement, .{ .span = p.spanFrom(start), .data = data }));
        _ = try p.expect(.semicolon);
        if (p.accept(.kw_end)) break;
    } else unreachable;
    assert(body.items.len >= 1);
    return body.items;
}
