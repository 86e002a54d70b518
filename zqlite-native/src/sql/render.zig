//! Renders an AST back to canonical SQL text. Canonical means: keywords upper case, every
//! operator application parenthesized (so precedence never needs re-deriving), names quoted
//! only when they must be, reals in shortest round-trip scientific form, negative numbers in
//! parentheses (so `a - -1` cannot become the comment `a --1`).
//!
//! The property tests rely on: parse(render(parse(s))) renders identically to parse(s), i.e.
//! rendering is a fixed point after one round. `expectRoundTrip` checks it.
const std = @import("std");
const assert = std.debug.assert;

const ast = @import("ast.zig");
const tokenizer = @import("tokenizer.zig");
const parser = @import("parser.zig");

pub fn renderAlloc(allocator: std.mem.Allocator, s: *const ast.Statement) ![]u8 {
    var buffer = std.ArrayList(u8).init(allocator);
    errdefer buffer.deinit();
    try statement(buffer.writer(), s);
    return buffer.toOwnedSlice();
}

/// Checks that `statement` (parsed from `source`) renders to text that parses and renders to
/// the same text again.
pub fn expectRoundTrip(allocator: std.mem.Allocator, first: *const ast.Statement, source: []const u8) !void {
    const rendered = try renderAlloc(allocator, first);
    var diagnostic: parser.Diagnostic = .{};
    const second = parser.parseOne(allocator, rendered, &diagnostic) catch |err| {
        std.debug.print("rendered text does not parse: {s}\n  source:   {s}\n  rendered: {s}\n", .{
            diagnostic.message(), source, rendered,
        });
        return err;
    };
    const again = try renderAlloc(allocator, second);
    if (!std.mem.eql(u8, rendered, again)) {
        std.debug.print("render is not a fixed point\n  source: {s}\n  first:  {s}\n  second: {s}\n", .{
            source, rendered, again,
        });
        return error.TestUnexpectedResult;
    }
}

pub fn statement(w: anytype, s: *const ast.Statement) anyerror!void {
    switch (s.explain) {
        .none => {},
        .explain => try w.writeAll("EXPLAIN "),
        .query_plan => try w.writeAll("EXPLAIN QUERY PLAN "),
    }
    switch (s.data) {
        .select => |select| try selectStatement(w, select),
        .insert => |insert| try insertStatement(w, insert),
        .update => |update| try updateStatement(w, update),
        .delete => |delete| try deleteStatement(w, delete),
        .create_table => |create| try createTable(w, create),
        .create_index => |create| try createIndex(w, create),
        .create_view => |create| try createView(w, create),
        .drop => |drop| try dropStatement(w, drop),
        .alter_table => |alter| try alterTable(w, alter),
        .begin => |mode| try w.print("BEGIN {s}", .{switch (mode) {
            .deferred => "DEFERRED",
            .immediate => "IMMEDIATE",
            .exclusive => "EXCLUSIVE",
        }}),
        .commit => try w.writeAll("COMMIT"),
        .rollback => |savepoint| {
            try w.writeAll("ROLLBACK");
            if (savepoint) |n| try prefixed(w, " TO SAVEPOINT ", n);
        },
        .savepoint => |n| try prefixed(w, "SAVEPOINT ", n),
        .release => |n| try prefixed(w, "RELEASE SAVEPOINT ", n),
        .pragma => |pragma| {
            try w.writeAll("PRAGMA ");
            try qualifiedName(w, pragma.name);
            if (pragma.value) |value| try pragmaValue(w, value);
        },
        .vacuum => |n| {
            try w.writeAll("VACUUM");
            if (n) |schema| try prefixed(w, " ", schema);
        },
        .create_trigger => |trigger| try createTrigger(w, trigger),
        .attach => |attach| {
            try w.writeAll("ATTACH DATABASE ");
            try expr(w, attach.file);
            try w.writeAll(" AS ");
            try expr(w, attach.schema);
        },
        .detach => |schema| {
            try w.writeAll("DETACH DATABASE ");
            try expr(w, schema);
        },
        .analyze, .reindex => |n| {
            try w.writeAll(if (s.data == .analyze) "ANALYZE" else "REINDEX");
            if (n) |target| {
                try w.writeAll(" ");
                try qualifiedName(w, target);
            }
        },
    }
}

/// Pragma values take no parentheses: negative numbers are written bare.
fn pragmaValue(w: anytype, value: *const ast.Expr) !void {
    switch (value.data) {
        .integer => |number| try w.print(" = {d}", .{number}),
        .float => |number| try w.print(" = {e}", .{number}),
        else => {
            try w.writeAll(" = ");
            try expr(w, value);
        },
    }
}

fn prefixed(w: anytype, prefix: []const u8, n: ast.Name) !void {
    try w.writeAll(prefix);
    try name(w, n);
}

/// A name bare when it is a plain word that is no keyword (nor TRUE/FALSE), else double-quoted.
pub fn name(w: anytype, n: ast.Name) !void {
    if (isPlainWord(n.text)) return w.writeAll(n.text);
    try w.writeByte('"');
    for (n.text) |c| {
        if (c == '"') try w.writeByte('"');
        try w.writeByte(c);
    }
    try w.writeByte('"');
}

fn isPlainWord(text: []const u8) bool {
    if (text.len == 0 or std.ascii.isDigit(text[0])) return false;
    for (text) |c| {
        if (!std.ascii.isAlphanumeric(c) and c != '_') return false;
    }
    if (tokenizer.keyword(text) != null) return false;
    return !std.ascii.eqlIgnoreCase(text, "true") and !std.ascii.eqlIgnoreCase(text, "false");
}

fn qualifiedName(w: anytype, q: ast.QualifiedName) !void {
    if (q.schema) |schema| {
        try name(w, schema);
        try w.writeByte('.');
    }
    try name(w, q.name);
}

fn nameList(w: anytype, names: []const ast.Name) !void {
    assert(names.len >= 1);
    try w.writeByte('(');
    for (names, 0..) |n, i| {
        if (i > 0) try w.writeAll(", ");
        try name(w, n);
    }
    try w.writeByte(')');
}

fn exprList(w: anytype, list: []const *ast.Expr) !void {
    for (list, 0..) |e, i| {
        if (i > 0) try w.writeAll(", ");
        try expr(w, e);
    }
}

fn stringLiteral(w: anytype, text: []const u8) !void {
    try w.writeByte('\'');
    for (text) |c| {
        if (c == '\'') try w.writeByte('\'');
        try w.writeByte(c);
    }
    try w.writeByte('\'');
}

fn float(w: anytype, value: f64) !void {
    if (std.math.isInf(value)) return w.writeAll(if (value > 0) "1e999" else "(-1e999)");
    if (std.math.signbit(value)) return w.print("(-{e})", .{-value});
    try w.print("{e}", .{value});
}

pub fn expr(w: anytype, e: *const ast.Expr) anyerror!void {
    switch (e.data) {
        .null_literal => try w.writeAll("NULL"),
        .integer => |value| if (value < 0) try w.print("({d})", .{value}) else try w.print("{d}", .{value}),
        .float => |value| try float(w, value),
        .string => |text| try stringLiteral(w, text),
        .blob => |bytes| try w.print("X'{s}'", .{std.fmt.fmtSliceHexUpper(bytes)}),
        .boolean => |value| try w.writeAll(if (value) "TRUE" else "FALSE"),
        .current => |which| try w.print("CURRENT_{s}", .{switch (which) {
            .time => "TIME",
            .date => "DATE",
            .timestamp => "TIMESTAMP",
        }}),
        .parameter => |param| try w.writeAll(param.name orelse "?"),
        .column => |column| {
            if (column.schema) |schema| try prefixedDot(w, schema);
            if (column.table) |table| try prefixedDot(w, table);
            try name(w, column.column);
        },
        .unary => |unary| try unaryExpr(w, unary),
        .binary => |binary| {
            try w.writeByte('(');
            try expr(w, binary.left);
            try w.print(" {s} ", .{binaryOpText(binary.op)});
            try expr(w, binary.right);
            try w.writeByte(')');
        },
        .null_test => |test_| {
            try w.writeByte('(');
            try expr(w, test_.operand);
            try w.writeAll(if (test_.not_null) " NOTNULL)" else " ISNULL)");
        },
        .like => |like| try likeExpr(w, like),
        .between => |between| try betweenExpr(w, between),
        .in_list, .in_select, .in_table => try inExpr(w, e),
        .exists => |select| {
            try w.writeAll("EXISTS (");
            try selectStatement(w, select);
            try w.writeByte(')');
        },
        .subquery => |select| {
            try w.writeByte('(');
            try selectStatement(w, select);
            try w.writeByte(')');
        },
        .function => |function| try functionExpr(w, function),
        .case => |case| try caseExpr(w, case),
        .cast => |cast| try castExpr(w, cast),
        .collate => |collate| {
            try w.writeByte('(');
            try expr(w, collate.operand);
            try prefixed(w, " COLLATE ", collate.collation);
            try w.writeByte(')');
        },
        .row => |members| {
            assert(members.len >= 2); // A one-member list is the member itself.
            try w.writeByte('(');
            try exprList(w, members);
            try w.writeByte(')');
        },
        .raise => |raise| try raiseExpr(w, raise),
    }
}

fn castExpr(w: anytype, cast: ast.Expr.Cast) !void {
    try w.writeAll("CAST(");
    try expr(w, cast.operand);
    try w.writeAll(" AS ");
    try typeName(w, cast.type_name);
    try w.writeByte(')');
}

fn raiseExpr(w: anytype, raise: ast.Expr.Raise) !void {
    try w.print("RAISE({s}", .{switch (raise.kind) {
        .ignore => "IGNORE",
        .rollback => "ROLLBACK",
        .abort => "ABORT",
        .fail => "FAIL",
    }});
    if (raise.message) |message| {
        try w.writeAll(", ");
        try expr(w, message);
    }
    try w.writeByte(')');
}

fn prefixedDot(w: anytype, n: ast.Name) !void {
    try name(w, n);
    try w.writeByte('.');
}

fn unaryExpr(w: anytype, unary: ast.Expr.Unary) !void {
    try w.writeAll(switch (unary.op) {
        .negate => "(- ",
        .plus => "(+ ",
        .bit_not => "(~ ",
        .not => "(NOT ",
    });
    try expr(w, unary.operand);
    try w.writeByte(')');
}

fn binaryOpText(op: ast.Expr.BinaryOp) []const u8 {
    return switch (op) {
        .concat => "||",
        .json_ptr => "->",
        .json_ptr2 => "->>",
        .multiply => "*",
        .divide => "/",
        .remainder => "%",
        .add => "+",
        .subtract => "-",
        .shift_left => "<<",
        .shift_right => ">>",
        .bit_and => "&",
        .bit_or => "|",
        .less => "<",
        .less_equal => "<=",
        .greater => ">",
        .greater_equal => ">=",
        .equal => "=",
        .not_equal => "<>",
        .is => "IS",
        .is_not => "IS NOT",
        .@"and" => "AND",
        .@"or" => "OR",
    };
}

fn likeExpr(w: anytype, like: ast.Expr.Like) !void {
    try w.writeByte('(');
    try expr(w, like.left);
    try w.writeAll(if (like.negated) " NOT " else " ");
    try w.writeAll(switch (like.op) {
        .like => "LIKE ",
        .glob => "GLOB ",
        .match => "MATCH ",
        .regexp => "REGEXP ",
    });
    try expr(w, like.right);
    if (like.escape) |escape| {
        try w.writeAll(" ESCAPE ");
        try expr(w, escape);
    }
    try w.writeByte(')');
}

fn betweenExpr(w: anytype, between: ast.Expr.Between) !void {
    try w.writeByte('(');
    try expr(w, between.operand);
    try w.writeAll(if (between.negated) " NOT BETWEEN " else " BETWEEN ");
    try expr(w, between.low);
    try w.writeAll(" AND ");
    try expr(w, between.high);
    try w.writeByte(')');
}

fn inExpr(w: anytype, e: *const ast.Expr) !void {
    try w.writeByte('(');
    switch (e.data) {
        .in_list => |in| {
            try expr(w, in.operand);
            try w.writeAll(if (in.negated) " NOT IN (" else " IN (");
            try exprList(w, in.list);
            try w.writeAll(")");
        },
        .in_select => |in| {
            try expr(w, in.operand);
            try w.writeAll(if (in.negated) " NOT IN (" else " IN (");
            try selectStatement(w, in.select);
            try w.writeAll(")");
        },
        .in_table => |in| {
            try expr(w, in.operand);
            try w.writeAll(if (in.negated) " NOT IN " else " IN ");
            try qualifiedName(w, in.table);
            if (in.args.len > 0) {
                try w.writeByte('(');
                try exprList(w, in.args);
                try w.writeByte(')');
            }
        },
        else => unreachable,
    }
    try w.writeByte(')');
}

fn functionExpr(w: anytype, function: ast.Expr.Function) !void {
    try name(w, function.name);
    try w.writeByte('(');
    if (function.star) try w.writeByte('*');
    if (function.distinct) try w.writeAll("DISTINCT ");
    try exprList(w, function.args);
    try w.writeByte(')');
    if (function.filter) |filter| {
        try w.writeAll(" FILTER (WHERE ");
        try expr(w, filter);
        try w.writeByte(')');
    }
    if (function.over) |over| switch (over) {
        .name => |n| try prefixed(w, " OVER ", n),
        .window => |window| {
            try w.writeAll(" OVER ");
            try windowDef(w, window);
        },
    };
}

fn windowDef(w: anytype, window: *const ast.WindowDef) anyerror!void {
    try w.writeByte('(');
    var separator: []const u8 = "";
    if (window.base) |base| {
        try name(w, base);
        separator = " ";
    }
    if (window.partition_by.len > 0) {
        try w.print("{s}PARTITION BY ", .{separator});
        try exprList(w, window.partition_by);
        separator = " ";
    }
    if (window.order_by.len > 0) {
        try w.print("{s}ORDER BY ", .{separator});
        try orderingTerms(w, window.order_by);
        separator = " ";
    }
    if (window.frame) |frame| {
        try w.writeAll(separator);
        try frameClause(w, frame);
    }
    try w.writeByte(')');
}

fn frameClause(w: anytype, frame: ast.Frame) !void {
    try w.writeAll(switch (frame.unit) {
        .rows => "ROWS ",
        .range => "RANGE ",
        .groups => "GROUPS ",
    });
    if (frame.end) |end| {
        try w.writeAll("BETWEEN ");
        try frameBound(w, frame.start);
        try w.writeAll(" AND ");
        try frameBound(w, end);
    } else {
        try frameBound(w, frame.start);
    }
    try w.writeAll(switch (frame.exclude) {
        .no_others => "",
        .current_row => " EXCLUDE CURRENT ROW",
        .group => " EXCLUDE GROUP",
        .ties => " EXCLUDE TIES",
    });
}

fn frameBound(w: anytype, bound: ast.FrameBound) !void {
    switch (bound.kind) {
        .unbounded_preceding => try w.writeAll("UNBOUNDED PRECEDING"),
        .unbounded_following => try w.writeAll("UNBOUNDED FOLLOWING"),
        .current_row => try w.writeAll("CURRENT ROW"),
        .preceding, .following => {
            try expr(w, bound.offset.?);
            try w.writeAll(if (bound.kind == .preceding) " PRECEDING" else " FOLLOWING");
        },
    }
}

fn caseExpr(w: anytype, case: ast.Expr.Case) !void {
    assert(case.whens.len >= 1);
    try w.writeAll("CASE");
    if (case.operand) |operand| {
        try w.writeByte(' ');
        try expr(w, operand);
    }
    for (case.whens) |when| {
        try w.writeAll(" WHEN ");
        try expr(w, when.when);
        try w.writeAll(" THEN ");
        try expr(w, when.then);
    }
    if (case.else_expr) |else_expr| {
        try w.writeAll(" ELSE ");
        try expr(w, else_expr);
    }
    try w.writeAll(" END");
}

fn typeName(w: anytype, t: ast.TypeName) !void {
    // Each word is written as a name so that keywords among them stay parseable.
    for (t.words, 0..) |word, i| {
        if (i > 0) try w.writeByte(' ');
        try name(w, .{ .text = word, .span = t.span });
    }
    if (t.args.len == 0) return;
    try w.writeByte('(');
    for (t.args, 0..) |arg, i| {
        if (i > 0) try w.writeAll(", ");
        try w.writeAll(arg);
    }
    try w.writeByte(')');
}

// ---------------------------------------------------------------------------------------------
// Queries.

pub fn selectStatement(w: anytype, select: *const ast.Select) anyerror!void {
    if (select.with) |with| try withClause(w, with);
    try selectCore(w, select.first);
    for (select.compounds) |compound| {
        try w.writeAll(switch (compound.op) {
            .union_distinct => " UNION ",
            .union_all => " UNION ALL ",
            .intersect => " INTERSECT ",
            .except => " EXCEPT ",
        });
        try selectCore(w, compound.core);
    }
    if (select.order_by.len > 0) {
        try w.writeAll(" ORDER BY ");
        try orderingTerms(w, select.order_by);
    }
    if (select.limit) |limit| {
        try w.writeAll(" LIMIT ");
        try expr(w, limit);
        if (select.offset) |offset| {
            try w.writeAll(" OFFSET ");
            try expr(w, offset);
        }
    }
}

fn withClause(w: anytype, with: *const ast.With) !void {
    try w.writeAll(if (with.recursive) "WITH RECURSIVE " else "WITH ");
    for (with.ctes, 0..) |cte, i| {
        if (i > 0) try w.writeAll(", ");
        try name(w, cte.name);
        if (cte.columns.len > 0) try nameList(w, cte.columns);
        try w.writeAll(switch (cte.materialized) {
            .default => " AS (",
            .materialized => " AS MATERIALIZED (",
            .not_materialized => " AS NOT MATERIALIZED (",
        });
        try selectStatement(w, cte.select);
        try w.writeByte(')');
    }
    try w.writeByte(' ');
}

fn orderingTerms(w: anytype, terms: []const ast.OrderingTerm) !void {
    for (terms, 0..) |term, i| {
        if (i > 0) try w.writeAll(", ");
        try expr(w, term.expr);
        if (term.order) |order| try w.writeAll(if (order == .asc) " ASC" else " DESC");
        if (term.nulls) |nulls| try w.writeAll(if (nulls == .first) " NULLS FIRST" else " NULLS LAST");
    }
}

fn selectCore(w: anytype, core: *const ast.SelectCore) !void {
    switch (core.data) {
        .values => |rows| {
            assert(rows.len >= 1);
            try w.writeAll("VALUES ");
            for (rows, 0..) |row, i| {
                if (i > 0) try w.writeAll(", ");
                try w.writeByte('(');
                try exprList(w, row);
                try w.writeByte(')');
            }
        },
        .select => |select| {
            assert(select.columns.len >= 1);
            try w.writeAll(if (select.distinct) "SELECT DISTINCT " else "SELECT ");
            try resultColumns(w, select.columns);
            if (select.from.len > 0) {
                try w.writeAll(" FROM ");
                try fromItems(w, select.from);
            }
            try optionalExpr(w, " WHERE ", select.where);
            if (select.group_by.len > 0) {
                try w.writeAll(" GROUP BY ");
                try exprList(w, select.group_by);
            }
            try optionalExpr(w, " HAVING ", select.having);
            for (select.windows, 0..) |window, i| {
                try w.writeAll(if (i == 0) " WINDOW " else ", ");
                try name(w, window.name);
                try w.writeAll(" AS ");
                try windowDef(w, window.window);
            }
        },
    }
}

fn optionalExpr(w: anytype, prefix: []const u8, e: ?*const ast.Expr) !void {
    const present = e orelse return;
    try w.writeAll(prefix);
    try expr(w, present);
}

fn resultColumns(w: anytype, columns: []const ast.ResultColumn) !void {
    for (columns, 0..) |column, i| {
        if (i > 0) try w.writeAll(", ");
        switch (column.data) {
            .star => try w.writeByte('*'),
            .table_star => |table| {
                try prefixedDot(w, table);
                try w.writeByte('*');
            },
            .expr => |e| {
                try expr(w, e.expr);
                if (e.alias) |alias| try prefixed(w, " AS ", alias);
            },
        }
    }
}

fn fromItems(w: anytype, items: []const ast.FromItem) anyerror!void {
    assert(items.len >= 1);
    for (items, 0..) |item, i| {
        if (i > 0) try joinOp(w, item.join);
        try fromItem(w, item);
    }
}

fn joinOp(w: anytype, op: ast.JoinOp) !void {
    if (op.kind == .comma) return w.writeAll(", ");
    try w.writeAll(if (op.natural) " NATURAL " else " ");
    try w.writeAll(switch (op.kind) {
        .comma => unreachable,
        .inner => "JOIN ",
        .left => "LEFT JOIN ",
        .right => "RIGHT JOIN ",
        .full => "FULL JOIN ",
        .cross => "CROSS JOIN ",
    });
}

fn fromItem(w: anytype, item: ast.FromItem) !void {
    switch (item.source) {
        .table => |table| try qualifiedName(w, table),
        .function => |function| {
            try qualifiedName(w, function.name);
            try w.writeByte('(');
            try exprList(w, function.args);
            try w.writeByte(')');
        },
        .subquery => |select| {
            try w.writeByte('(');
            try selectStatement(w, select);
            try w.writeByte(')');
        },
        .nested => |items| {
            try w.writeByte('(');
            try fromItems(w, items);
            try w.writeByte(')');
        },
    }
    if (item.alias) |alias| try prefixed(w, " AS ", alias);
    try indexed(w, item.indexed);
    switch (item.constraint) {
        .none => {},
        .on => |on| try optionalExpr(w, " ON ", on),
        .using => |names| {
            try w.writeAll(" USING ");
            try nameList(w, names);
        },
    }
}

fn indexed(w: anytype, value: ast.FromItem.Indexed) !void {
    switch (value) {
        .none => {},
        .not_indexed => try w.writeAll(" NOT INDEXED"),
        .by => |index| try prefixed(w, " INDEXED BY ", index),
    }
}

// ---------------------------------------------------------------------------------------------
// DML.

fn conflictText(action: ast.ConflictAction) []const u8 {
    return switch (action) {
        .rollback => "ROLLBACK",
        .abort => "ABORT",
        .fail => "FAIL",
        .ignore => "IGNORE",
        .replace => "REPLACE",
    };
}

fn insertStatement(w: anytype, insert: *const ast.Insert) !void {
    if (insert.with) |with| try withClause(w, with);
    try w.writeAll("INSERT ");
    if (insert.conflict) |conflict| try w.print("OR {s} ", .{conflictText(conflict)});
    try w.writeAll("INTO ");
    try qualifiedName(w, insert.table);
    if (insert.alias) |alias| try prefixed(w, " AS ", alias);
    if (insert.columns.len > 0) {
        try w.writeByte(' ');
        try nameList(w, insert.columns);
    }
    if (insert.source) |source| {
        try w.writeByte(' ');
        try selectStatement(w, source);
    } else {
        try w.writeAll(" DEFAULT VALUES");
    }
    for (insert.upserts) |upsert| try upsertClause(w, upsert);
    try returning(w, insert.returning);
}

fn upsertClause(w: anytype, upsert: ast.Upsert) !void {
    try w.writeAll(" ON CONFLICT");
    if (upsert.target.len > 0) {
        try w.writeByte(' ');
        try indexedColumns(w, upsert.target);
        try optionalExpr(w, " WHERE ", upsert.target_where);
    }
    switch (upsert.action) {
        .nothing => try w.writeAll(" DO NOTHING"),
        .update => |update| {
            try w.writeAll(" DO UPDATE SET ");
            try setClauses(w, update.sets);
            try optionalExpr(w, " WHERE ", update.where);
        },
    }
}

fn returning(w: anytype, columns: ast.Returning) !void {
    if (columns.len == 0) return;
    try w.writeAll(" RETURNING ");
    try resultColumns(w, columns);
}

fn setClauses(w: anytype, sets: []const ast.SetClause) !void {
    assert(sets.len >= 1);
    for (sets, 0..) |set, i| {
        assert(set.columns.len >= 1);
        if (i > 0) try w.writeAll(", ");
        if (set.columns.len == 1) try name(w, set.columns[0]) else try nameList(w, set.columns);
        try w.writeAll(" = ");
        try expr(w, set.value);
    }
}

fn updateStatement(w: anytype, update: *const ast.Update) !void {
    if (update.with) |with| try withClause(w, with);
    try w.writeAll("UPDATE ");
    if (update.conflict) |conflict| try w.print("OR {s} ", .{conflictText(conflict)});
    try qualifiedName(w, update.table);
    if (update.alias) |alias| try prefixed(w, " AS ", alias);
    try indexed(w, update.indexed);
    try w.writeAll(" SET ");
    try setClauses(w, update.sets);
    if (update.from.len > 0) {
        try w.writeAll(" FROM ");
        try fromItems(w, update.from);
    }
    try optionalExpr(w, " WHERE ", update.where);
    try returning(w, update.returning);
    try rowLimit(w, update.limit);
}

fn deleteStatement(w: anytype, delete: *const ast.Delete) !void {
    if (delete.with) |with| try withClause(w, with);
    try w.writeAll("DELETE FROM ");
    try qualifiedName(w, delete.table);
    if (delete.alias) |alias| try prefixed(w, " AS ", alias);
    try indexed(w, delete.indexed);
    try optionalExpr(w, " WHERE ", delete.where);
    try returning(w, delete.returning);
    try rowLimit(w, delete.limit);
}

fn rowLimit(w: anytype, row_limit: ast.RowLimit) !void {
    if (row_limit.order_by.len > 0) {
        try w.writeAll(" ORDER BY ");
        try orderingTerms(w, row_limit.order_by);
    }
    const limit = row_limit.limit orelse return;
    try w.writeAll(" LIMIT ");
    try expr(w, limit);
    if (row_limit.offset) |offset| {
        try w.writeAll(" OFFSET ");
        try expr(w, offset);
    }
}

// ---------------------------------------------------------------------------------------------
// DDL.

fn createTable(w: anytype, create: *const ast.CreateTable) !void {
    try w.writeAll(if (create.temp) "CREATE TEMP TABLE " else "CREATE TABLE ");
    if (create.if_not_exists) try w.writeAll("IF NOT EXISTS ");
    try qualifiedName(w, create.name);
    switch (create.body) {
        .as_select => |select| {
            try w.writeAll(" AS ");
            try selectStatement(w, select);
        },
        .definition => |definition| {
            try w.writeAll(" (");
            for (definition.columns, 0..) |column, i| {
                if (i > 0) try w.writeAll(", ");
                try columnDef(w, column);
            }
            for (definition.constraints) |constraint| try tableConstraint(w, constraint);
            try w.writeByte(')');
            if (definition.without_rowid) try w.writeAll(" WITHOUT ROWID");
            if (definition.without_rowid and definition.strict) try w.writeByte(',');
            if (definition.strict) try w.writeAll(" STRICT");
        },
    }
}

fn columnDef(w: anytype, column: ast.ColumnDef) !void {
    try name(w, column.name);
    if (column.type_name) |t| {
        try w.writeByte(' ');
        try typeName(w, t);
    }
    for (column.constraints) |constraint| try columnConstraint(w, constraint);
}

fn constraintName(w: anytype, n: ?ast.Name) !void {
    if (n) |present| try prefixed(w, " CONSTRAINT ", present);
}

fn onConflict(w: anytype, conflict: ?ast.ConflictAction) !void {
    if (conflict) |action| try w.print(" ON CONFLICT {s}", .{conflictText(action)});
}

fn columnConstraint(w: anytype, constraint: ast.ColumnConstraint) !void {
    try constraintName(w, constraint.name);
    switch (constraint.data) {
        .primary_key => |key| {
            try w.writeAll(" PRIMARY KEY");
            if (key.order) |order| try w.writeAll(if (order == .asc) " ASC" else " DESC");
            try onConflict(w, key.conflict);
            if (key.autoincrement) try w.writeAll(" AUTOINCREMENT");
        },
        .not_null => |conflict| {
            try w.writeAll(" NOT NULL");
            try onConflict(w, conflict);
        },
        .null => try w.writeAll(" NULL"),
        .unique => |conflict| {
            try w.writeAll(" UNIQUE");
            try onConflict(w, conflict);
        },
        .check => |check| {
            try w.writeAll(" CHECK (");
            try expr(w, check);
            try w.writeByte(')');
        },
        .default => |default| {
            try w.writeAll(" DEFAULT (");
            try expr(w, default);
            try w.writeByte(')');
        },
        .collate => |collation| try prefixed(w, " COLLATE ", collation),
        .references => |key| try foreignKey(w, key),
        .generated => |generated| {
            try w.writeAll(" GENERATED ALWAYS AS (");
            try expr(w, generated.expr);
            try w.writeAll(if (generated.stored) ") STORED" else ") VIRTUAL");
        },
    }
}

fn foreignKeyAction(action: ast.ForeignKeyAction) []const u8 {
    return switch (action) {
        .set_null => "SET NULL",
        .set_default => "SET DEFAULT",
        .cascade => "CASCADE",
        .restrict => "RESTRICT",
        .no_action => "NO ACTION",
    };
}

fn foreignKey(w: anytype, key: ast.ForeignKey) !void {
    try prefixed(w, " REFERENCES ", key.table);
    if (key.columns.len > 0) try nameList(w, key.columns);
    if (key.on_delete) |action| try w.print(" ON DELETE {s}", .{foreignKeyAction(action)});
    if (key.on_update) |action| try w.print(" ON UPDATE {s}", .{foreignKeyAction(action)});
    if (key.deferred) try w.writeAll(" DEFERRABLE INITIALLY DEFERRED");
}

fn indexedColumns(w: anytype, columns: []const ast.IndexedColumn) !void {
    try w.writeByte('(');
    for (columns, 0..) |column, i| {
        if (i > 0) try w.writeAll(", ");
        try expr(w, column.expr);
        if (column.order) |order| try w.writeAll(if (order == .asc) " ASC" else " DESC");
    }
    try w.writeByte(')');
}

fn tableConstraint(w: anytype, constraint: ast.TableConstraint) !void {
    try w.writeByte(',');
    try constraintName(w, constraint.name);
    switch (constraint.data) {
        .primary_key => |key| {
            try w.writeAll(" PRIMARY KEY ");
            try indexedColumns(w, key.columns);
            if (key.autoincrement) try w.writeAll(" AUTOINCREMENT");
            try onConflict(w, key.conflict);
        },
        .unique => |unique| {
            try w.writeAll(" UNIQUE ");
            try indexedColumns(w, unique.columns);
            try onConflict(w, unique.conflict);
        },
        .check => |check| {
            try w.writeAll(" CHECK (");
            try expr(w, check);
            try w.writeByte(')');
        },
        .foreign_key => |key| {
            try w.writeAll(" FOREIGN KEY ");
            try nameList(w, key.columns);
            try foreignKey(w, key.references);
        },
    }
}

fn createIndex(w: anytype, create: *const ast.CreateIndex) !void {
    try w.writeAll(if (create.unique) "CREATE UNIQUE INDEX " else "CREATE INDEX ");
    if (create.if_not_exists) try w.writeAll("IF NOT EXISTS ");
    try qualifiedName(w, create.name);
    try prefixed(w, " ON ", create.table);
    try w.writeByte(' ');
    try indexedColumns(w, create.columns);
    try optionalExpr(w, " WHERE ", create.where);
}

fn createTrigger(w: anytype, trigger: *const ast.CreateTrigger) !void {
    assert(trigger.body.len >= 1);
    try w.writeAll(if (trigger.temp) "CREATE TEMP TRIGGER " else "CREATE TRIGGER ");
    if (trigger.if_not_exists) try w.writeAll("IF NOT EXISTS ");
    try qualifiedName(w, trigger.name);
    try w.writeAll(switch (trigger.timing) {
        .before => " BEFORE ",
        .after => " AFTER ",
        .instead_of => " INSTEAD OF ",
    });
    switch (trigger.event) {
        .delete => try w.writeAll("DELETE"),
        .insert => try w.writeAll("INSERT"),
        .update => |columns| {
            try w.writeAll("UPDATE");
            for (columns, 0..) |column, i| try prefixed(w, if (i == 0) " OF " else ", ", column);
        },
    }
    try prefixed(w, " ON ", trigger.table);
    if (trigger.for_each_row) try w.writeAll(" FOR EACH ROW");
    try optionalExpr(w, " WHEN ", trigger.when);
    try w.writeAll(" BEGIN ");
    for (trigger.body) |body_statement| {
        try statement(w, body_statement);
        try w.writeAll("; ");
    }
    try w.writeAll("END");
}

fn createView(w: anytype, create: *const ast.CreateView) !void {
    try w.writeAll(if (create.temp) "CREATE TEMP VIEW " else "CREATE VIEW ");
    if (create.if_not_exists) try w.writeAll("IF NOT EXISTS ");
    try qualifiedName(w, create.name);
    if (create.columns.len > 0) try nameList(w, create.columns);
    try w.writeAll(" AS ");
    try selectStatement(w, create.select);
}

fn dropStatement(w: anytype, drop: ast.Drop) !void {
    try w.print("DROP {s} ", .{switch (drop.kind) {
        .table => "TABLE",
        .index => "INDEX",
        .view => "VIEW",
        .trigger => "TRIGGER",
    }});
    if (drop.if_exists) try w.writeAll("IF EXISTS ");
    try qualifiedName(w, drop.name);
}

fn alterTable(w: anytype, alter: *const ast.AlterTable) !void {
    try w.writeAll("ALTER TABLE ");
    try qualifiedName(w, alter.table);
    switch (alter.action) {
        .rename_table => |n| try prefixed(w, " RENAME TO ", n),
        .rename_column => |rename| {
            try prefixed(w, " RENAME COLUMN ", rename.old);
            try prefixed(w, " TO ", rename.new);
        },
        .add_column => |column| {
            try w.writeAll(" ADD COLUMN ");
            try columnDef(w, column);
        },
        .drop_column => |n| try prefixed(w, " DROP COLUMN ", n),
    }
}
