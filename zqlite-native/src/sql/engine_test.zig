//! Tests of the SQL engine through its public API (engine.zig): exact results, exact error
//! codes and messages (expected values are SQLite 3.40's), transactions and the planner's
//! EXPLAIN QUERY PLAN wording.
const std = @import("std");
const engine = @import("engine.zig");
const Value = engine.Value;
const testing = std.testing;

/// A database file in a fresh temporary directory; `path` lives as long as the value.
pub const TempDb = struct {
    tmp: std.testing.TmpDir,
    path_buffer: [std.fs.max_path_bytes]u8 = undefined,
    path_len: usize = 0,

    pub fn init() !TempDb {
        var t: TempDb = .{ .tmp = std.testing.tmpDir(.{}) };
        var dir_buffer: [std.fs.max_path_bytes]u8 = undefined;
        const dir = try t.tmp.dir.realpath(".", &dir_buffer);
        const full = try std.fmt.bufPrint(&t.path_buffer, "{s}/t.db", .{dir});
        t.path_len = full.len;
        return t;
    }

    pub fn path(t: *const TempDb) []const u8 {
        return t.path_buffer[0..t.path_len];
    }

    pub fn walSizeBytes(t: *const TempDb) !u64 {
        const stat = try t.tmp.dir.statFile("t.db-wal");
        return stat.size;
    }

    pub fn deinit(t: *TempDb) void {
        t.tmp.cleanup();
    }
};

pub fn openMemory() !*engine.Connection {
    return engine.Connection.open(testing.allocator, ":memory:", .{ .durability = .off });
}

/// Runs a query and renders its rows as "v|v\n" lines (NULL as "NULL").
pub fn queryText(conn: *engine.Connection, sql: []const u8, out: *std.ArrayList(u8)) !void {
    var tail: u32 = 0;
    const stmt = try conn.prepare(sql, &tail);
    defer stmt.finalize();
    var rows: u32 = 0;
    while (try stmt.step() == .row) : (rows += 1) {
        try std.testing.expect(rows < 100_000);
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
}

pub fn expectQuery(conn: *engine.Connection, sql: []const u8, expected: []const u8) !void {
    var out = std.ArrayList(u8).init(testing.allocator);
    defer out.deinit();
    try queryText(conn, sql, &out);
    try testing.expectEqualStrings(expected, out.items);
}

pub fn expectError(conn: *engine.Connection, sql: []const u8, code: engine.ErrorCode, message: []const u8) !void {
    try testing.expectError(error.Sql, conn.exec(sql));
    const info = conn.lastError();
    try testing.expectEqualStrings(message, info.message);
    try testing.expectEqual(code, info.code);
}

test "engine: create, insert, select with where, order, limit" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t1(a INTEGER PRIMARY KEY, b TEXT, c REAL DEFAULT 1.5);" ++
        "INSERT INTO t1(b) VALUES('x'),('y'),(NULL);INSERT INTO t1 VALUES(10,'z',2)");
    try testing.expectEqual(@as(i64, 10), conn.lastInsertRowid());
    try expectQuery(conn, "SELECT a, b, c FROM t1 WHERE a > 1 ORDER BY b DESC LIMIT 2",
        \\10|z|2
        \\2|y|1.5
        \\
    );
    try expectQuery(conn, "SELECT b FROM t1 ORDER BY b", "NULL\nx\ny\nz\n");
    try expectQuery(conn, "SELECT count(*), sum(a), avg(c), group_concat(b) FROM t1", "4|16|1.625|x,y,z\n");
}

test "engine: constraint errors have SQLite's codes and messages" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t1(a INTEGER PRIMARY KEY, b INT NOT NULL, c UNIQUE, CHECK (b > 0))");
    try conn.exec("INSERT INTO t1 VALUES(1, 1, 'u')");
    try expectError(conn, "INSERT INTO t1 VALUES(2, NULL, 'v')", .constraint_notnull, "NOT NULL constraint failed: t1.b");
    try expectError(conn, "INSERT INTO t1 VALUES(2, 5, 'u')", .constraint_unique, "UNIQUE constraint failed: t1.c");
    try expectError(conn, "INSERT INTO t1 VALUES(1, 5, 'w')", .constraint_primarykey, "UNIQUE constraint failed: t1.a");
    try expectError(conn, "INSERT INTO t1 VALUES(3, -1, 'w')", .constraint_check, "CHECK constraint failed: b > 0");
    try expectError(conn, "SELECT x FROM t1", .@"error", "no such column: x");
    try expectError(conn, "SELECT * FROM nope", .@"error", "no such table: nope");
    try expectError(conn, "CREATE TABLE t1(x)", .@"error", "table t1 already exists");
    try expectError(conn, "SELEC 1", .@"error", "near \"SELEC\": syntax error");
    try testing.expectEqual(@as(?u32, 0), conn.lastError().offset);
    // OR IGNORE / OR REPLACE.
    try conn.exec("INSERT OR IGNORE INTO t1 VALUES(5, 5, 'u')");
    try expectQuery(conn, "SELECT count(*) FROM t1", "1\n");
    try conn.exec("INSERT OR REPLACE INTO t1 VALUES(5, 5, 'u')");
    try expectQuery(conn, "SELECT a, c FROM t1", "5|u\n");
}

test "engine: a failing statement rolls back alone inside a transaction" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(a UNIQUE); BEGIN; INSERT INTO t VALUES(1)");
    try testing.expectError(error.Sql, conn.exec("INSERT INTO t VALUES(2),(1)"));
    try conn.exec("INSERT INTO t VALUES(3); COMMIT");
    try expectQuery(conn, "SELECT a FROM t ORDER BY a", "1\n3\n");
    try conn.exec("BEGIN; DELETE FROM t; ROLLBACK");
    try expectQuery(conn, "SELECT count(*) FROM t", "2\n");
    try conn.exec("SAVEPOINT s1; INSERT INTO t VALUES(9); ROLLBACK TO s1; RELEASE s1");
    try expectQuery(conn, "SELECT count(*) FROM t", "2\n");
    try conn.exec("UPDATE t SET a = a + 10");
    try testing.expectEqual(@as(i64, 2), conn.changes());
    try expectQuery(conn, "SELECT a FROM t ORDER BY 1", "11\n13\n");
}

test "engine: joins, subqueries, compound selects, views" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE a(x, y); CREATE TABLE b(x, z);" ++
        "INSERT INTO a VALUES(1,'a1'),(2,'a2'),(3,'a3'); INSERT INTO b VALUES(1,'b1'),(3,'b3'),(3,'b33')");
    try expectQuery(conn, "SELECT y, z FROM a LEFT JOIN b USING (x) ORDER BY y, z", "a1|b1\na2|NULL\na3|b3\na3|b33\n");
    try expectQuery(conn, "SELECT y FROM a WHERE x IN (SELECT x FROM b) ORDER BY 1", "a1\na3\n");
    try expectQuery(conn, "SELECT y, (SELECT count(*) FROM b WHERE b.x = a.x) FROM a ORDER BY 1", "a1|1\na2|0\na3|2\n");
    try expectQuery(conn, "SELECT x FROM a UNION SELECT x FROM b ORDER BY 1 DESC", "3\n2\n1\n");
    try expectQuery(conn, "SELECT x FROM a EXCEPT SELECT x FROM b", "2\n");
    try expectQuery(conn, "SELECT x, count(*) FROM b GROUP BY x HAVING count(*) > 1", "3|2\n");
    try conn.exec("CREATE VIEW v AS SELECT x * 10 AS t FROM a WHERE x > 1");
    try expectQuery(conn, "SELECT t FROM v ORDER BY t", "20\n30\n");
    try expectQuery(conn, "WITH c(n) AS (SELECT 5) SELECT n + 1 FROM c", "6\n");
    try expectQuery(conn, "SELECT DISTINCT x FROM b ORDER BY x", "1\n3\n");
}

test "engine: EXPLAIN QUERY PLAN names rowid and index seeks" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t1(id INTEGER PRIMARY KEY, a, b); CREATE INDEX i1 ON t1(a);" ++
        "INSERT INTO t1 VALUES(1, 10, 'x'), (2, 20, 'y'), (3, 10, 'z')");
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT * FROM t1", "2|0|0|SCAN t1\n");
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT * FROM t1 WHERE id = 2", "2|0|0|SEARCH t1 USING INTEGER PRIMARY KEY (rowid=?)\n");
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT * FROM t1 WHERE a = 10", "2|0|0|SEARCH t1 USING INDEX i1 (a=?)\n");
    try expectQuery(conn, "SELECT b FROM t1 WHERE a = 10 ORDER BY b", "x\nz\n");
    try expectQuery(conn, "SELECT b FROM t1 WHERE id = 2", "y\n");
    try expectQuery(conn, "SELECT b FROM t1 WHERE id >= 2 ORDER BY id", "y\nz\n");
    try conn.exec("UPDATE t1 SET a = 30 WHERE id = 1");
    try expectQuery(conn, "SELECT id FROM t1 WHERE a = 10", "3\n");
    try expectQuery(conn, "SELECT id FROM t1 WHERE a = 30", "1\n");
}

test "engine: prepared statements bind, reset and re-run without re-parsing" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(a, b)");
    var tail: u32 = 0;
    const insert = try conn.prepare("INSERT INTO t VALUES(?1, :name)", &tail);
    defer insert.finalize();
    try testing.expectEqual(@as(u32, 2), insert.parameterCount());
    try testing.expectEqual(@as(?u32, 2), insert.parameterIndex(":name"));
    for (0..3) |i| {
        try insert.bindValue(1, .{ .integer = @intCast(i) });
        try insert.bindValue(2, .{ .text = "v" });
        try testing.expectEqual(engine.StepResult.done, try insert.step());
        insert.reset();
    }
    try testing.expectError(error.Sql, insert.bindValue(3, .null));
    try testing.expectEqual(engine.ErrorCode.range, conn.lastError().code);
    try expectQuery(conn, "SELECT sum(a), count(b) FROM t", "3|3\n");
    const cached = try conn.prepareCached("SELECT count(*) FROM t");
    cached.finalize();
    const again = try conn.prepareCached("SELECT count(*) FROM t");
    defer again.finalize();
    try testing.expectEqual(cached, again);
    try testing.expectEqual(engine.StepResult.row, try again.step());
    try testing.expectEqual(@as(i64, 3), again.columnValue(0).integer);
}

test "engine: joins are ordered so the inner side is a seek (greedy, cost-based)" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t1(id INTEGER PRIMARY KEY, a, b); CREATE INDEX i1 ON t1(a);" ++
        "CREATE TABLE t2(x, y); INSERT INTO t1 VALUES(1, 7, 'one'), (2, 8, 'two'); INSERT INTO t2 VALUES(2, 8), (1, 9)");
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT * FROM t1, t2 WHERE t1.id = t2.x",
        \\2|0|0|SCAN t2
        \\3|0|0|SEARCH t1 USING INTEGER PRIMARY KEY (rowid=?)
        \\
    );
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT * FROM t1 AS z, t2 WHERE z.a = t2.y",
        \\2|0|0|SCAN t2
        \\3|0|0|SEARCH z USING INDEX i1 (a=?)
        \\
    );
    try expectQuery(conn, "SELECT t1.b, t2.y FROM t1, t2 WHERE t1.id = t2.x ORDER BY 1", "one|9\ntwo|8\n");
    try expectQuery(conn, "SELECT t1.b FROM t1, t2 WHERE t1.a = t2.y", "two\n");
}

test "engine: PRAGMA table_info, index_list, user_version, integrity_check" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x', u UNIQUE);" ++
        "CREATE INDEX tn ON t(name); INSERT INTO t VALUES(1, 'a', 2), (2, 'b', 3)");
    try expectQuery(conn, "PRAGMA table_info(t)",
        \\0|id|INTEGER|0|NULL|1
        \\1|name|TEXT|1|'x'|0
        \\2|u||0|NULL|0
        \\
    );
    try expectQuery(conn, "PRAGMA index_list(t)", "0|tn|0|c|0\n1|sqlite_autoindex_t_1|1|u|0\n");
    try expectQuery(conn, "PRAGMA index_info(tn)", "0|1|name\n");
    try expectQuery(conn, "PRAGMA user_version", "0\n");
    try conn.exec("PRAGMA user_version = 7");
    try expectQuery(conn, "PRAGMA user_version", "7\n");
    try expectQuery(conn, "PRAGMA integrity_check", "ok\n");
}

test "engine: sqlite_master lists tables, indexes and views" {
    const conn = try openMemory();
    defer conn.close();
    try expectQuery(conn, "SELECT count(*) FROM sqlite_master", "0\n");
    try conn.exec("CREATE TABLE t(a UNIQUE); CREATE INDEX ta ON t(a); CREATE VIEW v AS SELECT a FROM t");
    try expectQuery(conn, "SELECT type, name, tbl_name, sql IS NULL FROM sqlite_schema ORDER BY name",
        \\index|sqlite_autoindex_t_1|t|1
        \\table|t|t|0
        \\index|ta|t|0
        \\view|v|v|0
        \\
    );
}

test "engine: upsert DO NOTHING / DO UPDATE with excluded, and RETURNING" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE kv(k TEXT PRIMARY KEY, v INT, n INT DEFAULT 0)");
    try expectQuery(conn, "INSERT INTO kv(k, v) VALUES('a', 1), ('b', 2) RETURNING k, v * 10", "a|10\nb|20\n");
    try conn.exec("INSERT INTO kv(k, v) VALUES('a', 5) ON CONFLICT DO NOTHING");
    try expectQuery(conn, "SELECT v FROM kv WHERE k = 'a'", "1\n");
    try conn.exec("INSERT INTO kv(k, v) VALUES('a', 5) ON CONFLICT(k) DO UPDATE SET v = v + excluded.v, n = n + 1");
    try expectQuery(conn, "SELECT k, v, n FROM kv ORDER BY k", "a|6|1\nb|2|0\n");
    try conn.exec("INSERT INTO kv(k, v) VALUES('b', 9) ON CONFLICT(k) DO UPDATE SET v = excluded.v WHERE excluded.v < 5");
    try expectQuery(conn, "SELECT v FROM kv WHERE k = 'b'", "2\n");
    try expectQuery(conn, "UPDATE kv SET v = 0 WHERE k = 'b' RETURNING *", "b|0|0\n");
    try expectQuery(conn, "DELETE FROM kv WHERE k = 'a' RETURNING v", "6\n");
    try expectQuery(conn, "SELECT count(*) FROM kv", "1\n");
}

test "engine: statements in a transaction fail alone, with and without a statement savepoint" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(a INTEGER PRIMARY KEY, b UNIQUE); BEGIN; INSERT INTO t VALUES(1, 1)");
    // One-row insert (no savepoint needed): fails before writing anything.
    try expectError(conn, "INSERT INTO t VALUES(2, 1)", .constraint_unique, "UNIQUE constraint failed: t.b");
    // Multi-row insert (savepoint): the first row is undone with the statement.
    try expectError(conn, "INSERT INTO t VALUES(3, 3), (4, 1)", .constraint_unique, "UNIQUE constraint failed: t.b");
    try conn.exec("COMMIT");
    try expectQuery(conn, "SELECT a, b FROM t", "1|1\n");
}

test "engine: IN lists seek the rowid or an index, once per distinct value" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b INT); CREATE INDEX tab ON t(a, b);" ++
        "INSERT INTO t VALUES(1, 'x', 1), (2, 'y', 2), (3, 'x', 3), (4, 'z', 1)");
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT * FROM t WHERE id IN (1, 3)", "2|0|0|SEARCH t USING INTEGER PRIMARY KEY (rowid=?)\n");
    try expectQuery(conn, "SELECT a FROM t WHERE id IN (3, 1, 3, '4', 9) ORDER BY id", "x\nx\nz\n");
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT * FROM t WHERE a = 'x' AND b IN (1, 3)", "2|0|0|SEARCH t USING COVERING INDEX tab (a=? AND b=?)\n");
    try expectQuery(conn, "SELECT id FROM t WHERE a = 'x' AND b IN (3, 1, 1) ORDER BY id", "1\n3\n");
    try expectQuery(conn, "SELECT id FROM t WHERE a IN ('z', 'y', 'z') ORDER BY id", "2\n4\n");
}

test "engine: ORDER BY follows an index or the rowid instead of sorting" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, a INT, b TEXT); CREATE INDEX ta ON t(a);" ++
        "INSERT INTO t VALUES(1, 30, 'p'), (2, NULL, 'q'), (3, 10, 'r'), (4, 20, 's')");
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT b FROM t ORDER BY a DESC LIMIT 2", "2|0|0|SCAN t USING INDEX ta\n");
    try expectQuery(conn, "SELECT b FROM t ORDER BY a DESC LIMIT 2", "p\ns\n");
    try expectQuery(conn, "SELECT b FROM t ORDER BY a", "q\nr\ns\np\n");
    try expectQuery(conn, "SELECT b FROM t ORDER BY id DESC LIMIT 3", "s\nr\nq\n");
    try expectQuery(conn, "SELECT b FROM t ORDER BY a NULLS LAST", "r\ns\np\nq\n");
}

test "engine: ALTER TABLE RENAME TO, ADD COLUMN (old rows read the default), RENAME COLUMN" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(a INTEGER PRIMARY KEY, b UNIQUE); CREATE INDEX tb ON t(b); INSERT INTO t VALUES(1, 'x')");
    try conn.exec("ALTER TABLE t RENAME TO u");
    try expectError(conn, "SELECT * FROM t", .@"error", "no such table: t");
    try conn.exec("ALTER TABLE u ADD COLUMN c INT DEFAULT 7");
    try conn.exec("INSERT INTO u(a, b) VALUES(2, 'y'); INSERT INTO u VALUES(3, 'z', NULL)");
    try expectQuery(conn, "SELECT a, b, c FROM u ORDER BY a", "1|x|7\n2|y|7\n3|z|NULL\n");
    try conn.exec("ALTER TABLE u RENAME COLUMN b TO bee");
    try expectQuery(conn, "SELECT a FROM u WHERE bee = 'y'", "2\n");
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT a FROM u WHERE bee = 'y'", "2|0|0|SEARCH u USING COVERING INDEX sqlite_autoindex_u_1 (bee=?)\n");
    try expectError(conn, "INSERT INTO u VALUES(4, 'y', 1)", .constraint_unique, "UNIQUE constraint failed: u.bee");
    try expectError(conn, "ALTER TABLE u ADD COLUMN d NOT NULL", .@"error", "Cannot add a NOT NULL column with default value NULL");
    try expectQuery(conn, "PRAGMA integrity_check", "ok\n");
}

test "engine: a second connection to a file sees the first one's tables and rows" {
    var db_file = try TempDb.init();
    defer db_file.deinit();
    const path = db_file.path();
    const a = try engine.Connection.open(testing.allocator, path, .{ .durability = .off });
    defer a.close();
    const b = try engine.Connection.open(testing.allocator, path, .{ .durability = .off });
    defer b.close();
    try a.exec("CREATE TABLE t(x); INSERT INTO t VALUES(42)");
    try expectQuery(b, "SELECT x FROM t", "42\n");
    try b.exec("CREATE INDEX tx ON t(x); INSERT INTO t VALUES(43)");
    try expectQuery(a, "SELECT count(*) FROM t WHERE x > 0", "2\n");
    try expectQuery(a, "EXPLAIN QUERY PLAN SELECT * FROM t WHERE x = 43", "2|0|0|SEARCH t USING COVERING INDEX tx (x=?)\n");
}

test "engine: step after done runs the statement again; runtime errors carry SQLite's message" {
    const conn = try openMemory();
    defer conn.close();
    var tail: u32 = 0;
    const stmt = try conn.prepare("SELECT 1; SELECT 2", &tail);
    defer stmt.finalize();
    try testing.expectEqual(@as(u32, 9), tail);
    try testing.expectEqualStrings("SELECT 1", stmt.sql());
    try testing.expectEqual(engine.StepResult.row, try stmt.step());
    try testing.expectEqual(engine.StepResult.done, try stmt.step());
    try testing.expectEqual(engine.StepResult.row, try stmt.step());
    try testing.expectEqual(@as(i64, 1), stmt.columnValue(0).integer);
    try expectError(conn, "SELECT abs(-9223372036854775808)", .@"error", "integer overflow");
    try expectError(conn, "SELECT nosuch(1)", .@"error", "no such function: nosuch");
}

test "engine: foreign keys (PRAGMA foreign_keys = ON): parent must exist; ON DELETE CASCADE, SET NULL, RESTRICT" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE p(id INTEGER PRIMARY KEY, code TEXT UNIQUE);" ++
        "CREATE TABLE c1(x REFERENCES p ON DELETE CASCADE); CREATE TABLE c2(y REFERENCES p(code) ON DELETE SET NULL);" ++
        "CREATE TABLE c3(z REFERENCES p(id)); INSERT INTO p VALUES(1, 'a'), (2, 'b'), (3, 'c')");
    try conn.exec("INSERT INTO c1 VALUES(9)"); // not enforced while off
    try conn.exec("DELETE FROM c1; PRAGMA foreign_keys = ON");
    try expectQuery(conn, "PRAGMA foreign_keys", "1\n");
    try expectError(conn, "INSERT INTO c1 VALUES(9)", .constraint_foreignkey, "FOREIGN KEY constraint failed");
    try conn.exec("INSERT INTO c1 VALUES(1), (2), (NULL); INSERT INTO c2 VALUES('a'), ('b'); INSERT INTO c3 VALUES(3)");
    try conn.exec("DELETE FROM p WHERE id = 1");
    try expectQuery(conn, "SELECT x FROM c1 ORDER BY x", "NULL\n2\n");
    try expectQuery(conn, "SELECT y FROM c2 ORDER BY y", "NULL\nb\n");
    try expectError(conn, "DELETE FROM p WHERE id = 3", .constraint_foreignkey, "FOREIGN KEY constraint failed");
    try expectQuery(conn, "SELECT count(*) FROM p", "2\n");
}

test "engine: a prepared query recompiles when another connection changed the schema" {
    var db_file = try TempDb.init();
    defer db_file.deinit();
    const path = db_file.path();
    const a = try engine.Connection.open(testing.allocator, path, .{ .durability = .off });
    defer a.close();
    const b = try engine.Connection.open(testing.allocator, path, .{ .durability = .off });
    defer b.close();
    try a.exec("CREATE TABLE t(x); INSERT INTO t VALUES(1)");
    var tail: u32 = 0;
    const stmt = try b.prepare("SELECT * FROM t", &tail);
    defer stmt.finalize();
    try testing.expectEqual(@as(u32, 1), stmt.columnCount());
    try a.exec("ALTER TABLE t ADD COLUMN y DEFAULT 5");
    try testing.expectEqual(engine.StepResult.row, try stmt.step());
    try testing.expectEqual(@as(u32, 2), stmt.columnCount());
    try testing.expectEqual(@as(i64, 5), stmt.columnValue(1).integer);
}

test "engine: re-binding a statement in a loop does not grow its memory" {
    const conn = try engine.Connection.open(std.testing.allocator, ":memory:", .{});
    defer conn.close();
    try conn.exec("CREATE TABLE t(a TEXT)");
    var tail: u32 = 0;
    const stmt = try conn.prepare("SELECT length(?1)", &tail);
    defer stmt.finalize();
    const text = [_]u8{'x'} ** 10_000;
    var round: u32 = 0;
    while (round < 2_000) : (round += 1) {
        try stmt.bindValue(1, .{ .text = &text });
        try std.testing.expectEqual(engine.StepResult.row, try stmt.step());
        try std.testing.expectEqual(@as(i64, 10_000), stmt.columnValue(0).integer);
        stmt.reset();
    }
    // 2,000 bindings of 10 KB would be 20 MB without compaction.
    try std.testing.expect(stmt.binding_arena.queryCapacity() < 1024 * 1024);
}

test "engine: the schema generation: another connection sees committed DDL, never rolled-back DDL" {
    var db_file = try TempDb.init();
    defer db_file.deinit();
    const path = db_file.path();
    const a = try engine.Connection.open(testing.allocator, path, .{ .durability = .off });
    defer a.close();
    const b = try engine.Connection.open(testing.allocator, path, .{ .durability = .off });
    defer b.close();
    try a.exec("CREATE TABLE t(x); INSERT INTO t VALUES(1)");
    // b checks the schema once here, then trusts it while the generation stays the same.
    try b.exec("INSERT INTO t VALUES(2)");
    var tail: u32 = 0;
    const copy = try b.prepare("INSERT INTO t SELECT * FROM t WHERE x = 1", &tail);
    defer copy.finalize();
    try a.exec("BEGIN; CREATE TABLE u(y); ROLLBACK");
    try expectError(a, "SELECT * FROM u", .@"error", "no such table: u");
    try expectError(b, "SELECT * FROM u", .@"error", "no such table: u");
    try a.exec("BEGIN; ALTER TABLE t ADD COLUMN z DEFAULT 7; COMMIT");
    // The prepared write recompiles against the new schema before it runs.
    try testing.expectEqual(engine.StepResult.done, try copy.step());
    try expectQuery(b, "SELECT x, z FROM t ORDER BY x, z", "1|7\n1|7\n2|7\n");
    try expectQuery(a, "SELECT count(*) FROM t WHERE z = 7", "3\n");
}

/// A 40-character key in pseudo-random order relative to `id`, so keys spread over many pages.
fn spreadKey(id: u64, buffer: *[40]u8) []const u8 {
    var z = id *% 0x9e3779b97f4a7c15;
    z = (z ^ (z >> 31)) *% 0xbf58476d1ce4e5b9;
    return std.fmt.bufPrint(buffer, "{x:0>16}-{d:0>23}", .{ z, id }) catch unreachable;
}

test "engine: UNIQUE checks find duplicates wherever they sit in a many-page index" {
    const conn = try openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE, v INTEGER)");
    var tail: u32 = 0;
    const insert = try conn.prepare("INSERT INTO t VALUES(?1, ?2, ?3)", &tail);
    defer insert.finalize();
    const rows: u64 = 3000;
    var buffer: [40]u8 = undefined;
    for (1..rows + 1) |id| {
        try insert.bindValue(1, .{ .integer = @intCast(id) });
        try insert.bindValue(2, .{ .text = spreadKey(id, &buffer) });
        try insert.bindValue(3, .{ .integer = 0 });
        try testing.expectEqual(engine.StepResult.done, try insert.step());
        insert.reset();
    }
    // Every key again under a new rowid: each must hit its twin, at a leaf edge or not.
    for (1..rows + 1) |id| {
        try insert.bindValue(1, .{ .integer = @intCast(id + 10_000) });
        try insert.bindValue(2, .{ .text = spreadKey(id, &buffer) });
        try testing.expectError(error.Sql, insert.step());
        try testing.expectEqualStrings("UNIQUE constraint failed: t.k", conn.lastError().message);
        insert.reset();
    }
    const replace = try conn.prepare("INSERT OR REPLACE INTO t VALUES(?1, ?2, 1)", &tail);
    defer replace.finalize();
    var id: u64 = 7;
    while (id <= rows) : (id += 7) {
        try replace.bindValue(1, .{ .integer = @intCast(id + 10_000) });
        try replace.bindValue(2, .{ .text = spreadKey(id, &buffer) });
        try testing.expectEqual(engine.StepResult.done, try replace.step());
        replace.reset();
    }
    try expectQuery(conn, "SELECT count(*), sum(id > 10000), sum(v) FROM t", "3000|428|428\n");
    // An UPDATE of an unindexed column keeps the index as it was; one of the key moves it.
    try conn.exec("UPDATE t SET v = v + 1 WHERE id % 2 = 0");
    try conn.exec("UPDATE t SET k = k || 'x' WHERE id % 3 = 0");
    try expectQuery(conn, "SELECT count(*) FROM t WHERE k LIKE '%x'", "1001\n");
    try expectQuery(conn, "SELECT count(*) FROM t INDEXED BY sqlite_autoindex_t_1 WHERE k > ''", "3000\n");
    try expectQuery(conn, "PRAGMA integrity_check", "ok\n");
}
