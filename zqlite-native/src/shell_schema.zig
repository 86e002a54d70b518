//! The text of the shell's `.schema`, byte for byte as sqlite3 3.40's shell prints it.
//!
//! sqlite3 selects `sql` from sqlite_schema in rowid order (only objects whose tbl_name matches
//! the optional pattern: LIKE, or GLOB when it holds `*`, `?` or `[`), passes each through
//! shell_add_schema, and prints it with printSchemaLine. shell_add_schema appends to a view a
//! comment naming its columns, `/* v(a,b) */`, built from PRAGMA table_info and quoted as the
//! shell quotes names (quoteChar: anything but a plain, non-keyword identifier goes in double
//! quotes). printSchemaLine closes a trailing comment so the `;` it appends ends the statement,
//! and rewrites `CREATE TABLE "x"...` (a quoted name) as `CREATE TABLE IF NOT EXISTS "x"...`.
//!
//! This file holds those text rules; shell.zig runs the queries.
const std = @import("std");
const assert = std.debug.assert;
const parser = @import("sql/parser.zig");
const tokenizer = @import("sql/tokenizer.zig");

/// The query listing the `sql` of every object `.schema [pattern]` prints, in its order. The
/// pattern is lower-cased (tbl_name is compared lower-cased) and quoted into the text.
pub fn query(allocator: std.mem.Allocator, column: []const u8, pattern: ?[]const u8) ![]u8 {
    var text = std.ArrayList(u8).init(allocator);
    errdefer text.deinit();
    const w = text.writer();
    try w.print("SELECT {s} FROM sqlite_schema WHERE ", .{column});
    if (pattern) |p| {
        const glob = std.mem.indexOfAny(u8, p, "*?[") != null;
        try w.writeAll(if (glob) "lower(tbl_name) GLOB '" else "lower(tbl_name) LIKE '");
        for (p) |byte| {
            if (byte == '\'') try w.writeByte('\'');
            try w.writeByte(byte);
        }
        try w.writeAll(if (glob) "' AND " else "' ESCAPE '\\' AND ");
    }
    try w.writeAll("name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY rowid");
    return text.toOwnedSlice();
}

/// Whether `sql` is a CREATE VIEW, as shell_add_schema recognizes one.
pub fn isView(sql: []const u8) bool {
    if (sql.len < "CREATE VIEW ".len) return false;
    return std.ascii.eqlIgnoreCase(sql[0..7], "CREATE ") and std.ascii.eqlIgnoreCase(sql[7..11], "VIEW") and sql[11] == ' ';
}

/// shellFakeSchema: `name(col,col)`, each name quoted as quoteChar says; null without columns.
pub fn fakeSchema(allocator: std.mem.Allocator, name: []const u8, columns: []const []const u8) !?[]u8 {
    if (columns.len == 0) return null;
    var text = std.ArrayList(u8).init(allocator);
    errdefer text.deinit();
    try appendName(&text, name);
    for (columns, 0..) |column, i| {
        try text.append(if (i == 0) '(' else ',');
        try appendName(&text, column);
    }
    try text.append(')');
    return try text.toOwnedSlice();
}

/// appendText with quoteChar: a name other than a plain non-keyword identifier goes in double
/// quotes, its own double quotes doubled.
fn appendName(text: *std.ArrayList(u8), name: []const u8) !void {
    if (!needsQuotes(name)) return text.appendSlice(name);
    try text.append('"');
    for (name) |byte| {
        if (byte == '"') try text.append('"');
        try text.append(byte);
    }
    try text.append('"');
}

fn needsQuotes(name: []const u8) bool {
    if (name.len == 0) return true;
    if (!std.ascii.isAlphabetic(name[0]) and name[0] != '_') return true;
    for (name) |byte| {
        if (!std.ascii.isAlphanumeric(byte) and byte != '_') return true;
    }
    return tokenizer.keyword(name) != null;
}

/// printSchemaLine(z, ";\n"), with shell_add_schema's view comment already in `sql`.
pub fn writeLine(allocator: std.mem.Allocator, writer: anytype, sql: []const u8) !void {
    var closed: ?[]u8 = null;
    defer if (closed) |text| allocator.free(text);
    var line = sql;
    if (std.mem.indexOf(u8, sql, "/*") != null or std.mem.indexOf(u8, sql, "--") != null) {
        // The first of these endings after which `;` completes the statement is kept.
        for ([_][]const u8{ "", "*/", "\n" }) |ending| {
            const candidate = try std.mem.concat(allocator, u8, &.{ sql, ending, ";" });
            if (parser.isComplete(candidate)) {
                closed = candidate;
                line = candidate[0 .. candidate.len - 1];
                break;
            }
            allocator.free(candidate);
        }
    }
    const prefix = "CREATE TABLE ";
    if (line.len > prefix.len and std.mem.startsWith(u8, line, prefix) and (line[prefix.len] == '"' or line[prefix.len] == '\'')) {
        try writer.print("CREATE TABLE IF NOT EXISTS {s};\n", .{line[prefix.len..]});
    } else {
        try writer.print("{s};\n", .{line});
    }
}

const testing = std.testing;

test "shell .schema: view comments, quoting and sqlite3's line rules" {
    const a = testing.allocator;
    const fake = (try fakeSchema(a, "v 3", &.{ "a+1", "'x'", "b", "select", "_ok1" })).?;
    defer a.free(fake);
    try testing.expectEqualStrings("\"v 3\"(\"a+1\",\"'x'\",b,\"select\",_ok1)", fake);
    try testing.expectEqual(@as(?[]u8, null), try fakeSchema(a, "v", &.{}));
    try testing.expect(isView("CREATE VIEW v AS SELECT 1"));
    try testing.expect(!isView("CREATE TABLE v(a)"));

    var out = std.ArrayList(u8).init(a);
    defer out.deinit();
    try writeLine(a, out.writer(), "CREATE TABLE \"u v\"(x)");
    try writeLine(a, out.writer(), "CREATE TABLE t(x)");
    try writeLine(a, out.writer(), "CREATE VIEW v AS SELECT 1\n/* v(\"1\") */");
    try writeLine(a, out.writer(), "CREATE TABLE c(x) -- note");
    try testing.expectEqualStrings(
        "CREATE TABLE IF NOT EXISTS \"u v\"(x);\nCREATE TABLE t(x);\n" ++
            "CREATE VIEW v AS SELECT 1\n/* v(\"1\") */;\nCREATE TABLE c(x) -- note\n;\n",
        out.items,
    );

    const plain = try query(a, "sql", null);
    defer a.free(plain);
    try testing.expectEqualStrings("SELECT sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY rowid", plain);
    const glob = try query(a, "name", "t*'");
    defer a.free(glob);
    try testing.expectEqualStrings("SELECT name FROM sqlite_schema WHERE lower(tbl_name) GLOB 't*''' AND name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY rowid", glob);
}
