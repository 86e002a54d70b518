//! ALTER TABLE's edits of the schema text, made the way SQLite 3.40 makes them (alter.c): the
//! stored CREATE statements keep their author's text and only the affected tokens change, so
//! `.schema` and sqlite_schema.sql read as they do in sqlite3.
//!
//! - ADD COLUMN inserts ", <column text>" before the table constraints, or before the closing
//!   parenthesis (sqlite3AlterFinishAddColumn at addColOffset).
//! - RENAME TO replaces every reference to the table with the new name in double quotes: the
//!   table's own name, `ON t` of its indexes, `REFERENCES t` of other tables, and in views the
//!   table after FROM/JOIN and before a `.` (renameTableFunc always quotes).
//! - RENAME COLUMN replaces the column's name in its table (definition and constraints), in the
//!   column lists of its indexes and of `REFERENCES t(...)` elsewhere, and in the views that read
//!   the table; bare when both the old token and the new name were unquoted, else in quotes
//!   (renameEditSql).
//!
//! SQLite resolves every reference through the parser; here a token is matched by its name and
//! its neighbours, which covers the statements ZQLite stores. Functions return null when the
//! text needs no change. Results live in the arena.
const std = @import("std");
const assert = std.debug.assert;
const tokenizer = @import("tokenizer.zig");

const Token = tokenizer.Token;
const Allocator = std.mem.Allocator;

pub const Object = enum { table, index, view };

/// The significant tokens of `sql`, then one eof token.
fn significantTokens(arena: Allocator, sql: []const u8) ![]Token {
    assert(sql.len <= tokenizer.source_len_max);
    var list = std.ArrayList(Token).init(arena);
    var token = tokenizer.nextSignificant(sql, 0);
    // Bounded: every token but eof advances at least one byte.
    while (list.items.len <= sql.len) : (token = tokenizer.nextSignificant(sql, token.end)) {
        try list.append(token);
        if (token.kind == .eof) break;
    }
    assert(list.items[list.items.len - 1].kind == .eof);
    return list.items;
}

/// Whether the token is an identifier (bare or quoted) spelling `name`, ignoring ASCII case.
fn names(sql: []const u8, token: Token, name: []const u8) bool {
    const text = token.text(sql);
    switch (token.kind) {
        .id => return std.ascii.eqlIgnoreCase(text, name),
        .quoted_id, .string => {
            if (text.len < 2) return false;
            const close: u8 = if (text[0] == '[') ']' else text[0];
            // Walk the quoted body, a doubled closing quote standing for one.
            var i: usize = 1;
            var j: usize = 0;
            while (i < text.len - 1) : (i += 1) {
                if (text[i] == close) i += 1;
                if (j >= name.len or std.ascii.toLower(text[i]) != std.ascii.toLower(name[j])) return false;
                j += 1;
            }
            return j == name.len;
        },
        else => return false,
    }
}

fn quoted(arena: Allocator, name: []const u8) ![]const u8 {
    var text = std.ArrayList(u8).init(arena);
    try text.append('"');
    for (name) |byte| {
        if (byte == '"') try text.append('"');
        try text.append(byte);
    }
    try text.append('"');
    return text.items;
}

const Edit = struct { token: Token, replacement: []const u8 };

/// `sql` with each edit's token replaced; edits are in text order.
fn apply(arena: Allocator, sql: []const u8, edits: []const Edit) !?[]const u8 {
    if (edits.len == 0) return null;
    var text = std.ArrayList(u8).init(arena);
    var position: u32 = 0;
    for (edits) |edit| {
        assert(edit.token.start >= position);
        try text.appendSlice(sql[position..edit.token.start]);
        try text.appendSlice(edit.replacement);
        position = edit.token.end;
    }
    try text.appendSlice(sql[position..]);
    return text.items;
}

/// ADD COLUMN: `table_sql` with `, column_text` where SQLite puts it.
pub fn addColumn(arena: Allocator, table_sql: []const u8, column_text: []const u8) ![]const u8 {
    const tokens = try significantTokens(arena, table_sql);
    var depth: u32 = 0;
    const at: u32 = for (tokens, 0..) |token, i| {
        switch (token.kind) {
            .lparen => depth += 1,
            .rparen => {
                if (depth == 1) break token.start;
                depth -|= 1;
            },
            .comma => if (depth == 1) switch (tokens[i + 1].kind) {
                .kw_constraint, .kw_primary, .kw_unique, .kw_check, .kw_foreign => break token.start,
                else => {},
            },
            else => {},
        }
    } else @intCast(table_sql.len);
    return std.mem.concat(arena, u8, &.{ table_sql[0..at], ", ", column_text, table_sql[at..] });
}

/// RENAME TO: the references to table `old` in one stored statement, renamed to `"new"`.
pub fn renameTable(arena: Allocator, sql: []const u8, object: Object, old: []const u8, new: []const u8) !?[]const u8 {
    const tokens = try significantTokens(arena, sql);
    const replacement = try quoted(arena, new);
    var edits = std.ArrayList(Edit).init(arena);
    for (tokens, 0..) |token, i| {
        if (i == 0 or !names(sql, token, old)) continue;
        const before = tokens[i - 1].kind;
        const after = tokens[i + 1].kind;
        const reference = switch (object) {
            .table => before == .kw_table or before == .kw_exists or before == .kw_references or after == .dot,
            .index => before == .kw_on,
            .view => before == .kw_from or before == .kw_join or after == .dot,
        };
        if (reference) try edits.append(.{ .token = token, .replacement = replacement });
    }
    return apply(arena, sql, edits.items);
}

pub const ColumnRename = struct {
    table: []const u8,
    old: []const u8,
    new: []const u8,
    /// Whether the ALTER statement wrote the new name in quotes.
    new_quoted: bool,
};

/// RENAME COLUMN: the references to `rename.table`'s column in one stored statement.
/// `owner`: this is the renamed column's own CREATE TABLE (or an index on that table).
pub fn renameColumn(arena: Allocator, sql: []const u8, object: Object, owner: bool, rename: ColumnRename) !?[]const u8 {
    const tokens = try significantTokens(arena, sql);
    const quoted_new = try quoted(arena, rename.new);
    var edits = std.ArrayList(Edit).init(arena);
    const reads_table = for (tokens) |token| {
        if (names(sql, token, rename.table)) break true;
    } else false;
    if (object == .view and !reads_table) return null;
    // Inside `REFERENCES parent(...)`: whether that parent is the renamed column's table.
    var in_references: ?bool = null;
    var depth: u32 = 0;
    for (tokens, 0..) |token, i| {
        if (token.kind == .kw_references) {
            in_references = names(sql, tokens[i + 1], rename.table);
            depth = 0;
            continue;
        }
        if (in_references != null) switch (token.kind) {
            .lparen => depth += 1,
            .rparen => {
                depth -|= 1;
                if (depth == 0) in_references = null;
            },
            else => if (depth == 0 and i > 0 and tokens[i - 1].kind != .kw_references) {
                in_references = null;
            },
        };
        if (i == 0 or !names(sql, token, rename.old)) continue;
        const before = tokens[i - 1].kind;
        if (before == .kw_table or before == .kw_references or before == .kw_as or tokens[i + 1].kind == .dot) continue;
        const wanted = if (in_references) |parent_is_table| parent_is_table and depth > 0 else switch (object) {
            .table, .index => owner,
            .view => true,
        };
        if (!wanted) continue;
        const bare = token.kind == .id and !rename.new_quoted;
        try edits.append(.{ .token = token, .replacement = if (bare) rename.new else quoted_new });
    }
    return apply(arena, sql, edits.items);
}

const testing = std.testing;

test "schema_edit: ALTER TABLE edits the text as sqlite3 3.40.1 does" {
    var arena_state = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena_state.deinit();
    const a = arena_state.allocator();
    // Expected texts are sqlite3's sqlite_schema.sql after the same ALTER statements.
    try testing.expectEqualStrings("CREATE TABLE w(z, k text default 'x')", try addColumn(a, "CREATE TABLE w(z)", "k text default 'x'"));
    try testing.expectEqualStrings("CREATE TABLE t(a int , k, PRIMARY KEY(a))", try addColumn(a, "CREATE TABLE t(a int , PRIMARY KEY(a))", "k"));
    try testing.expectEqualStrings("CREATE TABLE t(a CHECK(a IN (1,2)), k)", try addColumn(a, "CREATE TABLE t(a CHECK(a IN (1,2)))", "k"));

    try testing.expectEqualStrings("CREATE TABLE \"n\"(a, b)", (try renameTable(a, "CREATE TABLE t(a, b)", .table, "t", "n")).?);
    try testing.expectEqualStrings("CREATE INDEX i on \"n\"(b)", (try renameTable(a, "CREATE INDEX i on t(b)", .index, "t", "n")).?);
    try testing.expectEqualStrings("CREATE TABLE c(x references \"n\"(a))", (try renameTable(a, "CREATE TABLE c(x references t(a))", .table, "t", "n")).?);
    try testing.expectEqualStrings("CREATE VIEW v as select \"n\".a, b from \"n\"", (try renameTable(a, "CREATE VIEW v as select t.a, b from t", .view, "t", "n")).?);
    try testing.expectEqual(@as(?[]const u8, null), try renameTable(a, "CREATE TABLE c(t)", .table, "t", "n"));

    const to_quoted: ColumnRename = .{ .table = "n", .old = "b", .new = "b b", .new_quoted = true };
    try testing.expectEqualStrings("CREATE TABLE \"n\"(a, \"b b\")", (try renameColumn(a, "CREATE TABLE \"n\"(a, b)", .table, true, to_quoted)).?);
    try testing.expectEqualStrings("CREATE INDEX i on \"n\"(\"b b\")", (try renameColumn(a, "CREATE INDEX i on \"n\"(b)", .index, true, to_quoted)).?);
    try testing.expectEqualStrings("CREATE VIEW v as select \"n\".a, \"b b\" from \"n\"", (try renameColumn(a, "CREATE VIEW v as select \"n\".a, b from \"n\"", .view, false, to_quoted)).?);
    const to_bare: ColumnRename = .{ .table = "n", .old = "a", .new = "q", .new_quoted = false };
    try testing.expectEqualStrings("CREATE TABLE c(x references \"n\"(q))", (try renameColumn(a, "CREATE TABLE c(x references \"n\"(a))", .table, false, to_bare)).?);
    try testing.expectEqualStrings("CREATE VIEW v as select \"n\".q, \"b b\" from \"n\"", (try renameColumn(a, "CREATE VIEW v as select \"n\".a, \"b b\" from \"n\"", .view, false, to_bare)).?);
    // A column of another table, and a parent column of another parent, stay.
    try testing.expectEqual(@as(?[]const u8, null), try renameColumn(a, "CREATE TABLE c(a, x references p(a))", .table, false, to_bare));
    try testing.expectEqualStrings("CREATE TABLE n(q PRIMARY KEY, x references p(a), CHECK(q > 0))", (try renameColumn(a, "CREATE TABLE n(a PRIMARY KEY, x references p(a), CHECK(a > 0))", .table, true, to_bare)).?);
}
