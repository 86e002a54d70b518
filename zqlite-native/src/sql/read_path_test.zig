//! Tests of the read path through the public API (engine.zig): streaming (rows come from the
//! cursors step by step, on a snapshot the statement holds), index range seeks and their
//! EXPLAIN QUERY PLAN wording. Expected rows and plans are SQLite 3.40's for the same SQL.
const std = @import("std");
const engine = @import("engine.zig");
const testing = std.testing;

fn openMemory() !*engine.Connection {
    return engine.Connection.open(testing.allocator, ":memory:", .{ .durability = .off });
}

/// Runs a query and renders its rows as "v|v\n" lines (NULL as "NULL").
fn expectQuery(conn: *engine.Connection, sql: []const u8, expected: []const u8) !void {
    var out = std.ArrayList(u8).init(testing.allocator);
    defer out.deinit();
    var tail: u32 = 0;
    const stmt = try conn.prepare(sql, &tail);
    defer stmt.finalize();
    var rows: u32 = 0;
    while (try stmt.step() == .row) : (rows += 1) {
        try testing.expect(rows < 10_000);
        for (0..stmt.columnCount()) |i| {
            if (i > 0) try out.append('|');
            switch (stmt.columnValue(@intCast(i))) {
                .null => try out.appendSlice("NULL"),
                .integer => |v| try out.writer().print("{d}", .{v}),
                .real => |v| try out.writer().print("{d}", .{v}),
                .text, .blob => |v| try out.appendSlice(v),
            }
        }
        try out.append('\n');
    }
    try testing.expectEqualStrings(expected, out.items);
}

fn expectRow(stmt: *engine.Statement, value: i64) !void {
    try testing.expectEqual(engine.StepResult.row, try stmt.step());
    try testing.expectEqual(value, stmt.columnValue(0).integer);
}

test "read path: rows stream, so a row that fails comes after the rows before it (as in SQLite)" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(a INTEGER); INSERT INTO t VALUES(1), (-2), (-9223372036854775808), (4)");
    var tail: u32 = 0;
    const stmt = try conn.prepare("SELECT abs(a) FROM t", &tail);
    defer stmt.finalize();
    try expectRow(stmt, 1);
    try expectRow(stmt, 2);
    try testing.expectError(error.Sql, stmt.step());
    try testing.expectEqualStrings("integer overflow", conn.lastError().message);
    // LIMIT stops the scan before the failing row; OFFSET skips rows as they come.
    try expectQuery(conn, "SELECT abs(a) FROM t LIMIT 2", "1\n2\n");
    try expectQuery(conn, "SELECT abs(a) FROM t LIMIT 1 OFFSET 1", "2\n");
    try expectQuery(conn, "SELECT abs(a) FROM t LIMIT 0", "");
}

test "read path: a streaming statement keeps its snapshot while its connection writes" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT)");
    try conn.exec("INSERT INTO t VALUES(1, 'one'), (2, 'two'), (3, 'three')");
    var tail: u32 = 0;
    const stmt = try conn.prepare("SELECT a, b FROM t", &tail);
    defer stmt.finalize();
    try expectRow(stmt, 1);
    // Autocommit writes from the same connection commit while the statement reads on.
    try conn.exec("DELETE FROM t WHERE a = 2; UPDATE t SET b = 'THREE' WHERE a = 3; INSERT INTO t VALUES(4, 'four')");
    try expectRow(stmt, 2);
    try expectRow(stmt, 3);
    try testing.expectEqualStrings("three", stmt.columnValue(1).text);
    try testing.expectEqual(engine.StepResult.done, try stmt.step());
    // The next run reads the new commit.
    try expectRow(stmt, 1);
    try expectRow(stmt, 3);
    try testing.expectEqualStrings("THREE", stmt.columnValue(1).text);
    try expectRow(stmt, 4);
    stmt.reset();
    // Many commits (and checkpoints) while a statement holds its snapshot.
    try expectRow(stmt, 1);
    var i: i64 = 10;
    while (i < 400) : (i += 1) {
        var buffer: [80]u8 = undefined;
        try conn.exec(try std.fmt.bufPrint(&buffer, "INSERT INTO t VALUES({d}, printf('%0500d', {d}))", .{ i, i }));
    }
    try expectRow(stmt, 3);
    try expectRow(stmt, 4);
    try testing.expectEqual(engine.StepResult.done, try stmt.step());
    try expectQuery(conn, "SELECT count(*), sum(length(b)) FROM t", "393|195012\n");
}

test "read path: inside BEGIN a query's rows are computed at its first step" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(a INTEGER PRIMARY KEY); INSERT INTO t VALUES(1), (2), (3)");
    try conn.exec("BEGIN");
    var tail: u32 = 0;
    const stmt = try conn.prepare("SELECT a FROM t", &tail);
    defer stmt.finalize();
    try expectRow(stmt, 1);
    try conn.exec("DELETE FROM t WHERE a = 2; INSERT INTO t VALUES(0), (9)");
    try expectRow(stmt, 2);
    try expectRow(stmt, 3);
    try testing.expectEqual(engine.StepResult.done, try stmt.step());
    try conn.exec("COMMIT");
    try expectQuery(conn, "SELECT a FROM t", "0\n1\n3\n9\n");
}

const range_schema =
    \\CREATE TABLE r(a INTEGER, b TEXT, c REAL, d INTEGER);
    \\CREATE INDEX rab ON r(a, b);
    \\CREATE INDEX rc ON r(c DESC);
    \\INSERT INTO r VALUES (1,'x',1.5,1),(1,'y',2.5,2),(1,NULL,NULL,3),(2,'a',-1.0,4),(2,'b',3.0,5),
    \\  (NULL,'z',0.0,6),(3,'10',10.0,7),(3,'9',9.0,8),(4,'5',4.25,9),(2,'m',2.5,10);
;

test "read path: index range seeks agree with SQLite on bounds of every type and NULL" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec(range_schema);
    try expectQuery(conn, "SELECT d FROM r WHERE a = 1 AND b > 'x'", "2\n");
    try expectQuery(conn, "SELECT d FROM r WHERE a > 1 AND a <= 3 ORDER BY d", "4\n5\n7\n8\n10\n");
    try expectQuery(conn, "SELECT d FROM r WHERE a > '1' AND a < 2.5 ORDER BY d", "4\n5\n10\n");
    try expectQuery(conn, "SELECT d FROM r WHERE a >= NULL", "");
    try expectQuery(conn, "SELECT d FROM r WHERE a < 2 ORDER BY d", "1\n2\n3\n");
    try expectQuery(conn, "SELECT d FROM r WHERE c BETWEEN 1 AND '3' ORDER BY d", "1\n2\n5\n10\n");
    try expectQuery(conn, "SELECT d FROM r WHERE c > 2.5 ORDER BY d", "5\n7\n8\n9\n");
    try expectQuery(conn, "SELECT d FROM r WHERE a = 3 AND b > 5 ORDER BY d", "8\n");
    try expectQuery(conn, "SELECT d FROM r WHERE a = 3 AND b < 5 ORDER BY d", "7\n");
    try expectQuery(conn, "SELECT d FROM r WHERE 2 < a ORDER BY d", "7\n8\n9\n");
    try expectQuery(conn, "SELECT d FROM r WHERE a = '2' AND b >= 'b' ORDER BY d", "5\n10\n");
    // A descending index read between its ends, in index order (c from high to low).
    try expectQuery(conn, "SELECT d FROM r WHERE c >= 2.5 AND c < 10", "8\n9\n5\n2\n10\n");
}

test "read path: EXPLAIN QUERY PLAN shows index and rowid ranges as SQLite does" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec(range_schema);
    const cases = [_][2][]const u8{
        .{ "SELECT d FROM r WHERE a = 1 AND b > 'x'", "SEARCH r USING INDEX rab (a=? AND b>?)" },
        .{ "SELECT d FROM r WHERE a > 1 AND a <= 3", "SEARCH r USING INDEX rab (a>? AND a<?)" },
        .{ "SELECT d FROM r WHERE a >= 2", "SEARCH r USING INDEX rab (a>?)" },
        .{ "SELECT d FROM r WHERE a < 2", "SEARCH r USING INDEX rab (a<?)" },
        .{ "SELECT d FROM r WHERE c BETWEEN 1 AND 3", "SEARCH r USING INDEX rc (c>? AND c<?)" },
        .{ "SELECT d FROM r WHERE a = 3 AND b BETWEEN '1' AND '9'", "SEARCH r USING INDEX rab (a=? AND b>? AND b<?)" },
        .{ "SELECT d FROM r WHERE rowid > 3 AND rowid < 8", "SEARCH r USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)" },
    };
    for (cases) |case| {
        var buffer: [200]u8 = undefined;
        var expected: [200]u8 = undefined;
        const sql = try std.fmt.bufPrint(&buffer, "EXPLAIN QUERY PLAN {s}", .{case[0]});
        try expectQuery(conn, sql, try std.fmt.bufPrint(&expected, "2|0|0|{s}\n", .{case[1]}));
    }
}

test "read path: ORDER BY rowid over a rowid seek, IN list or range streams in rowid order" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, a INTEGER);" ++
        "INSERT INTO t VALUES(1, 1), (2, -2), (3, -9223372036854775808), (4, 4), (5, 5)");
    // Streaming (no sort): the rows before the failing one come out first, as in SQLite.
    var tail: u32 = 0;
    const stmt = try conn.prepare("SELECT abs(a) FROM t WHERE id >= ? ORDER BY id", &tail);
    defer stmt.finalize();
    try stmt.bindValue(1, .{ .integer = 1 });
    try expectRow(stmt, 1);
    try expectRow(stmt, 2);
    try testing.expectError(error.Sql, stmt.step());
    // Every rowid access reads ascending rowids; a descending order still sorts.
    try expectQuery(conn, "SELECT id FROM t WHERE id > 1 AND id < 5 ORDER BY id", "2\n3\n4\n");
    try expectQuery(conn, "SELECT id FROM t WHERE id >= '2' AND id < 4.5 ORDER BY id", "2\n3\n4\n");
    try expectQuery(conn, "SELECT id FROM t WHERE id IN (5, 2, 4, 2) ORDER BY id", "2\n4\n5\n");
    try expectQuery(conn, "SELECT id FROM t WHERE id = 3 ORDER BY rowid", "3\n");
    try expectQuery(conn, "SELECT id FROM t WHERE id > 1 AND id < 5 ORDER BY id DESC", "4\n3\n2\n");
    try expectQuery(conn, "SELECT id FROM t WHERE id IN (5, 2, 4) ORDER BY id DESC", "5\n4\n2\n");
    // A join repeats the outer rowid: later ORDER BY terms still sort the inner rows.
    try conn.exec("CREATE TABLE u(x INTEGER); INSERT INTO u VALUES(3), (1), (2)");
    try expectQuery(conn, "SELECT t.id, u.x FROM t, u WHERE t.id < 3 ORDER BY t.id, u.x", "1|1\n1|2\n1|3\n2|1\n2|2\n2|3\n");
    try expectQuery(conn, "SELECT t.id, u.x FROM t, u WHERE t.id <= 2 ORDER BY t.id, u.x DESC", "1|3\n1|2\n1|1\n2|3\n2|2\n2|1\n");
    try expectQuery(conn, "SELECT t.id, u.x FROM t, u ORDER BY t.id, u.x LIMIT 4", "1|1\n1|2\n1|3\n2|1\n");
}

test "read path: a result of the leading columns in order streams the row's own slots" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b INTEGER);" ++
        "INSERT INTO t VALUES(1, 'x', NULL), (2, NULL, 20), (3, 'zz', 30);" ++
        "CREATE TABLE u(k INTEGER, v TEXT); INSERT INTO u VALUES(2, 'two')");
    try expectQuery(conn, "SELECT id, a, b FROM t WHERE id >= 1 ORDER BY id", "1|x|NULL\n2|NULL|20\n3|zz|30\n");
    try expectQuery(conn, "SELECT * FROM t LIMIT 2 OFFSET 1", "2|NULL|20\n3|zz|30\n");
    try expectQuery(conn, "SELECT id, a FROM t", "1|x\n2|NULL\n3|zz\n");
    // Not the leading slots in order: values are copied as before.
    try expectQuery(conn, "SELECT b, id FROM t", "NULL|1\n20|2\n30|3\n");
    try expectQuery(conn, "SELECT id, id, a FROM t WHERE id = 3", "3|3|zz\n");
    try expectQuery(conn, "SELECT t.id, t.a, t.b, u.v FROM t LEFT JOIN u ON u.k = t.id", "1|x|NULL|NULL\n2|NULL|20|two\n3|zz|30|NULL\n");
    try expectQuery(conn, "SELECT t.id, t.a FROM t LEFT JOIN u ON u.k = t.id WHERE u.v IS NULL", "1|x\n3|zz\n");
}
