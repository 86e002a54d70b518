//! Engine tests for issue 4's conformance items that have no other home: FOREIGN KEY actions on
//! every path that changes a parent or child (INSERT/UPDATE child, DELETE/UPDATE parent, INSERT
//! OR REPLACE on a parent, upsert, DROP TABLE), the order upsert checks constraints in, and PRAGMA
//! table_info on views. Expected results are sqlite3 3.40.1's for the same statements (run with
//! `PRAGMA foreign_keys = ON` where keys are involved).
const std = @import("std");
const engine_test = @import("engine_test.zig");
const testing = std.testing;

const expectQuery = engine_test.expectQuery;
const expectError = engine_test.expectError;

const fk_schema =
    "PRAGMA foreign_keys = ON;" ++
    "CREATE TABLE p(id INTEGER PRIMARY KEY, name TEXT UNIQUE);" ++
    "CREATE TABLE c_r(x INTEGER REFERENCES p(id) ON UPDATE RESTRICT ON DELETE RESTRICT);" ++
    "CREATE TABLE c_n(x INTEGER REFERENCES p(id));" ++
    "CREATE TABLE c_c(x INTEGER REFERENCES p(id) ON UPDATE CASCADE ON DELETE CASCADE);" ++
    "CREATE TABLE c_s(x TEXT REFERENCES p(name) ON UPDATE SET NULL ON DELETE SET NULL);" ++
    "INSERT INTO p VALUES(1,'a'),(2,'b'),(3,'c'),(4,'d');" ++
    "INSERT INTO c_r VALUES(1); INSERT INTO c_n VALUES(2); INSERT INTO c_c VALUES(3),(3);" ++
    "INSERT INTO c_s VALUES('d')";

test "conformance: changing a referenced parent key follows ON UPDATE" {
    const conn = try engine_test.openMemory();
    defer conn.close();
    try conn.exec(fk_schema);
    const failed = "FOREIGN KEY constraint failed";
    // RESTRICT and NO ACTION refuse, and the statement leaves nothing behind.
    try expectError(conn, "UPDATE p SET id = 10 WHERE id = 1", .constraint_foreignkey, failed);
    try expectError(conn, "UPDATE p SET id = 20 WHERE id = 2", .constraint_foreignkey, failed);
    try expectQuery(conn, "SELECT id FROM p ORDER BY id", "1\n2\n3\n4\n");
    // CASCADE carries the children along; SET NULL lets go of them.
    try conn.exec("UPDATE p SET id = 30 WHERE id = 3");
    try expectQuery(conn, "SELECT x FROM c_c", "30\n30\n");
    try conn.exec("UPDATE p SET name = 'dd' WHERE id = 4");
    try expectQuery(conn, "SELECT quote(x) FROM c_s", "NULL\n");
    // A key that does not change, or a column no key uses, touches no child.
    try conn.exec("UPDATE p SET name = 'aa' WHERE id = 1");
    try conn.exec("UPDATE p SET id = 1 WHERE id = 1");
    // Upsert DO UPDATE is an UPDATE of the parent too.
    try expectError(conn, "INSERT INTO p VALUES(12, 'aa') ON CONFLICT(name) DO UPDATE SET id = 11", .constraint_foreignkey, failed);
    try conn.exec("INSERT INTO p VALUES(5, 'y') ON CONFLICT(id) DO NOTHING");
    try conn.exec("INSERT INTO p VALUES(99, 'c') ON CONFLICT(name) DO UPDATE SET id = 31");
    try expectQuery(conn, "SELECT x FROM c_c", "31\n31\n");
    // Setting the INTEGER PRIMARY KEY moves the row; to NULL is a datatype mismatch.
    try expectQuery(conn, "SELECT rowid, id FROM p WHERE name = 'c'", "31|31\n");
    try expectError(conn, "UPDATE p SET id = NULL WHERE id = 5", .mismatch, "datatype mismatch");
    try expectError(conn, "INSERT INTO p VALUES(6, 'y') ON CONFLICT(name) DO UPDATE SET id = NULL", .mismatch, "datatype mismatch");
    // A child row's new key must exist.
    try expectError(conn, "UPDATE c_n SET x = 77", .constraint_foreignkey, failed);
    try expectError(conn, "INSERT INTO c_n VALUES(77)", .constraint_foreignkey, failed);
    try conn.exec("UPDATE c_n SET x = 1; UPDATE c_n SET x = NULL");
}

test "conformance: INSERT OR REPLACE of a parent deletes the old row with its ON DELETE action" {
    const conn = try engine_test.openMemory();
    defer conn.close();
    try conn.exec(fk_schema);
    try expectError(conn, "INSERT OR REPLACE INTO p VALUES(1, 'z')", .constraint_foreignkey, "FOREIGN KEY constraint failed");
    try conn.exec("INSERT OR REPLACE INTO p VALUES(3, 'y')");
    try expectQuery(conn, "SELECT count(*) FROM c_c", "0\n");
    try expectQuery(conn, "SELECT id, name FROM p ORDER BY id", "1|a\n2|b\n3|y\n4|d\n");
}

test "conformance: DROP TABLE of a parent deletes its rows first, as DELETE would" {
    const conn = try engine_test.openMemory();
    defer conn.close();
    try conn.exec(fk_schema);
    try expectError(conn, "DROP TABLE p", .constraint_foreignkey, "FOREIGN KEY constraint failed");
    try expectQuery(conn, "SELECT count(*) FROM p", "4\n");
    try conn.exec("DROP TABLE c_r; DELETE FROM c_n; DROP TABLE p");
    try expectQuery(conn, "SELECT count(*) FROM c_c", "0\n");
    try expectQuery(conn, "SELECT quote(x) FROM c_s", "NULL\n");
    try expectError(conn, "INSERT INTO c_n VALUES(1)", .@"error", "no such table: main.p");
    // With enforcement off the drop just drops.
    try conn.exec("PRAGMA foreign_keys = OFF; CREATE TABLE q(id INTEGER PRIMARY KEY);" ++
        "CREATE TABLE d(x REFERENCES q); INSERT INTO q VALUES(1); INSERT INTO d VALUES(1); DROP TABLE q");
    try expectQuery(conn, "SELECT x FROM d", "1\n");
}

test "conformance: ON DELETE and ON UPDATE SET DEFAULT write the child column's DEFAULT" {
    const conn = try engine_test.openMemory();
    defer conn.close();
    try conn.exec("PRAGMA foreign_keys = ON; CREATE TABLE p(id INTEGER PRIMARY KEY, name TEXT UNIQUE);" ++
        "CREATE TABLE c(x INTEGER DEFAULT 0 REFERENCES p(id) ON DELETE SET DEFAULT ON UPDATE SET DEFAULT," ++
        " y TEXT DEFAULT ('z' || 'z') REFERENCES p(name) ON UPDATE SET DEFAULT ON DELETE SET DEFAULT," ++
        " w INTEGER REFERENCES p(id) ON DELETE SET DEFAULT);" ++
        "INSERT INTO p VALUES(0,'zz'),(1,'a'),(2,'b'),(3,'c');" ++
        "INSERT INTO c VALUES(1,'a',NULL),(2,'b',NULL),(2,NULL,3)");
    const rows = "SELECT x, quote(y), quote(w) FROM c";
    // Every key of a row that referenced the deleted parent takes its default (an expression
    // default is evaluated); a column without DEFAULT becomes NULL.
    try conn.exec("DELETE FROM p WHERE id = 2");
    try expectQuery(conn, rows, "1|'a'|NULL\n0|'zz'|NULL\n0|NULL|3\n");
    try conn.exec("UPDATE p SET id = 10 WHERE id = 1");
    try expectQuery(conn, rows, "0|'a'|NULL\n0|'zz'|NULL\n0|NULL|3\n");
    try conn.exec("UPDATE p SET name = 'aa' WHERE id = 10");
    try expectQuery(conn, rows, "0|'zz'|NULL\n0|'zz'|NULL\n0|NULL|3\n");
    try conn.exec("DELETE FROM p WHERE id = 3");
    try expectQuery(conn, rows, "0|'zz'|NULL\n0|'zz'|NULL\n0|NULL|NULL\n");
    // The default must itself reference a parent row: not the one being deleted, nor a missing
    // one; the failed statement leaves everything as it was.
    const failed = "FOREIGN KEY constraint failed";
    try expectError(conn, "DELETE FROM p WHERE id = 0", .constraint_foreignkey, failed);
    try expectError(conn, "UPDATE p SET name = 'q' WHERE id = 0", .constraint_foreignkey, failed);
    try expectQuery(conn, "SELECT id, name FROM p ORDER BY id", "0|zz\n10|aa\n");
    try expectQuery(conn, rows, "0|'zz'|NULL\n0|'zz'|NULL\n0|NULL|NULL\n");
}

test "conformance: a parent among many tables finds its one referencing key from the catalog" {
    const conn = try engine_test.openMemory();
    defer conn.close();
    var sql = std.ArrayList(u8).init(testing.allocator);
    defer sql.deinit();
    // 40 tables chained by ON DELETE CASCADE keys, and one child `c` of `p` among them.
    try sql.appendSlice("PRAGMA foreign_keys = ON; CREATE TABLE p(id INTEGER PRIMARY KEY);");
    for (0..40) |i| {
        try sql.writer().print("CREATE TABLE t{d}(id INTEGER PRIMARY KEY, up INTEGER", .{i});
        if (i > 0) try sql.writer().print(" REFERENCES t{d}(id) ON DELETE CASCADE", .{i - 1});
        try sql.writer().print(", note TEXT); INSERT INTO t{d} VALUES(1, {s}, 'n');", .{ i, if (i == 0) "NULL" else "1" });
    }
    try sql.appendSlice("CREATE TABLE c(pid INTEGER REFERENCES p ON DELETE CASCADE, v TEXT);" ++
        "INSERT INTO p VALUES(1),(2); INSERT INTO c VALUES(1,'a'),(2,'b'),(1,'c')");
    try conn.exec(sql.items);
    // The catalog lists exactly the keys referencing each table, found once when it loaded.
    const p = conn.catalog.findTable("p").?;
    try testing.expectEqual(@as(usize, 1), p.referenced_by.len);
    try testing.expectEqualStrings("c", p.referenced_by[0].child.name);
    try testing.expectEqual(@as(usize, 0), conn.catalog.findTable("c").?.referenced_by.len);
    try testing.expectEqual(@as(usize, 0), conn.catalog.findTable("t39").?.referenced_by.len);
    try testing.expectEqualStrings("t1", conn.catalog.findTable("t0").?.referenced_by[0].child.name);
    // Results as sqlite3 3.40.1 gives them: the cascade reaches c only, and a delete at the
    // head of the chain cascades through all 40 tables.
    try conn.exec("DELETE FROM p WHERE id = 1");
    try expectQuery(conn, "SELECT group_concat(pid || v, ',') FROM c", "2b\n");
    try expectQuery(conn, "SELECT (SELECT count(*) FROM t0) + (SELECT count(*) FROM t39)", "2\n");
    try conn.exec("DELETE FROM t0");
    try expectQuery(conn, "SELECT (SELECT count(*) FROM t39), (SELECT count(*) FROM c)", "0|1\n");
    // DDL loads a new catalog, whose lists include a key added since.
    try conn.exec("CREATE TABLE d(pid INTEGER REFERENCES p)");
    try testing.expectEqual(@as(usize, 2), conn.catalog.findTable("p").?.referenced_by.len);
}

test "conformance: upsert checks its targets, then the rowid, then other UNIQUE indexes newest first" {
    const conn = try engine_test.openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT UNIQUE, b TEXT UNIQUE, n INT);" ++
        "INSERT INTO t VALUES(1,'x','p',0),(2,'y','q',0)");
    const rows = "SELECT group_concat(id || a || b || n, ' ') FROM t";
    // Colliding with the target (row 2) and the PRIMARY KEY (row 1): the target is checked
    // first, so its DO UPDATE runs.
    try conn.exec("INSERT INTO t VALUES(1,'y','r',5) ON CONFLICT(a) DO UPDATE SET n = n + 100");
    try expectQuery(conn, rows, "1xp0 2yq100\n");
    // Colliding only with a constraint the target does not name is that constraint's error,
    // with DO UPDATE or DO NOTHING alike.
    const pk = "UNIQUE constraint failed: t.id";
    try expectError(conn, "INSERT INTO t VALUES(1,'z','s',5) ON CONFLICT(a) DO UPDATE SET n = 1", .constraint_primarykey, pk);
    try expectError(conn, "INSERT INTO t VALUES(1,'z','s',5) ON CONFLICT(a) DO NOTHING", .constraint_primarykey, pk);
    const b = "UNIQUE constraint failed: t.b";
    try expectError(conn, "INSERT INTO t VALUES(3,'w','p',5) ON CONFLICT(a) DO UPDATE SET n = 1", .constraint_unique, b);
    // Without a target: the rowid first, then the newest index (b) before a.
    try expectError(conn, "INSERT INTO t VALUES(3,'y','p',5)", .constraint_unique, b);
    try expectError(conn, "INSERT INTO t VALUES(1,'y','p',5)", .constraint_primarykey, pk);
    // Several targets: in clause order (b's row 1 before a's row 2).
    try conn.exec("INSERT INTO t VALUES(3,'y','p',5) ON CONFLICT(b) DO UPDATE SET n = 1 ON CONFLICT(a) DO UPDATE SET n = 2");
    try expectQuery(conn, rows, "1xp1 2yq100\n");
    // A last clause without a target takes the first other conflict: the rowid (row 2) before
    // index b (row 1); and index b (row 1) before index a (row 2).
    try conn.exec("INSERT INTO t VALUES(2,'new','p',5) ON CONFLICT(a) DO UPDATE SET n = 5 ON CONFLICT DO UPDATE SET n = 6");
    try expectQuery(conn, rows, "1xp1 2yq6\n");
    try conn.exec("INSERT INTO t VALUES(3,'y','p',5) ON CONFLICT DO UPDATE SET n = n + 10");
    try expectQuery(conn, rows, "1xp11 2yq6\n");
    // A rowid name targets the rowid; OR REPLACE resolves what the target does not name.
    try conn.exec("INSERT INTO t VALUES(1,'y','zz',5) ON CONFLICT(rowid) DO UPDATE SET n = n + 40");
    try expectQuery(conn, rows, "1xp51 2yq6\n");
    try conn.exec("INSERT OR REPLACE INTO t VALUES(3,'y','zz',5) ON CONFLICT(b) DO NOTHING");
    try expectQuery(conn, rows, "1xp51 3yzz5\n");
    // A target must name the rowid or a UNIQUE index's exact columns, when compiled.
    const no_match = "ON CONFLICT clause does not match any PRIMARY KEY or UNIQUE constraint";
    try expectError(conn, "INSERT INTO t VALUES(9,'x','q',0) ON CONFLICT(n) DO NOTHING", .@"error", no_match);
    try expectError(conn, "INSERT INTO t VALUES(9,'x','q',0) ON CONFLICT(a, b) DO NOTHING", .@"error", no_match);
    try expectError(conn, "INSERT INTO t VALUES(9,'x','q',0) ON CONFLICT(a || 'x') DO NOTHING", .@"error", no_match);
    try expectQuery(conn, rows, "1xp51 3yzz5\n");
}

test "conformance: PRAGMA table_info lists a view's columns with the types SQLite gives them" {
    const conn = try engine_test.openMemory();
    defer conn.close();
    // Several statements in one input: the view's spans must index its own text.
    try conn.exec("CREATE TABLE t(a varchar(10), b int, c real, d blob, e, f numeric);" ++
        "CREATE VIEW v AS SELECT a, b, c, d, e, f, a||'', b+1, (SELECT a FROM t), 1 FROM t;" ++
        "CREATE VIEW w AS SELECT * FROM v; CREATE VIEW u AS SELECT t.a, x.b FROM t, t AS x UNION SELECT 1, 2;" ++
        "CREATE VIEW d(p, q) AS SELECT s.a, s.b FROM (SELECT a, b FROM t) AS s;" ++
        "CREATE VIEW r AS SELECT rowid, a, count(*) FROM t");
    const v_columns =
        \\0|a|varchar(10)|0|NULL|0
        \\1|b|INT|0|NULL|0
        \\2|c|REAL|0|NULL|0
        \\3|d|BLOB|0|NULL|0
        \\4|e||0|NULL|0
        \\5|f|numeric|0|NULL|0
        \\6|a||''||0|NULL|0
        \\7|b+1||0|NULL|0
        \\8|(SELECT a FROM t)|varchar(10)|0|NULL|0
        \\9|1||0|NULL|0
        \\
    ;
    try expectQuery(conn, "PRAGMA table_info(v)", v_columns);
    try expectQuery(conn, "PRAGMA table_info(w)", v_columns);
    try expectQuery(conn, "PRAGMA table_info(u)", "0|a|varchar(10)|0|NULL|0\n1|b|INT|0|NULL|0\n");
    try expectQuery(conn, "PRAGMA table_info(d)", "0|p|varchar(10)|0|NULL|0\n1|q|INT|0|NULL|0\n");
    try expectQuery(conn, "PRAGMA table_info(r)", "0|rowid|INTEGER|0|NULL|0\n1|a|varchar(10)|0|NULL|0\n2|count(*)||0|NULL|0\n");
    try expectQuery(conn, "PRAGMA table_info(nosuch)", "");
}

test "conformance: sqlite_schema.sql holds CREATE statements as SQLite stores them" {
    const conn = try engine_test.openMemory();
    defer conn.close();
    try conn.exec("create table if not exists t(a integer primary key, b text);" ++
        "create  table main.\"u v\" ( x int ,y);" ++
        "create unique index if not exists iu on t(b); Create Index ib on t(b desc, a);" ++
        "create view v as select a, b as bee from t");
    try expectQuery(conn, "SELECT name, sql FROM sqlite_schema ORDER BY rowid",
        \\t|CREATE TABLE t(a integer primary key, b text)
        \\u v|CREATE TABLE "u v" ( x int ,y)
        \\iu|CREATE UNIQUE INDEX iu on t(b)
        \\ib|CREATE INDEX ib on t(b desc, a)
        \\v|CREATE VIEW v as select a, b as bee from t
        \\
    );
}

test "conformance: every parameter form binds by index and name; PRAGMA page_count grows" {
    const conn = try engine_test.openMemory();
    defer conn.close();
    var tail: u32 = 0;
    const stmt = try conn.prepare("SELECT ?, ?5, :a, @b, $c, :a, ?", &tail);
    defer stmt.finalize();
    // SQLite numbering: ? is 1, ?5 is 5, then :a 6, @b 7, $c 8 (:a again reuses 6), ? is 9.
    try testing.expectEqual(@as(?u32, 6), stmt.parameterIndex(":a"));
    try testing.expectEqual(@as(?u32, 7), stmt.parameterIndex("@b"));
    try testing.expectEqual(@as(?u32, 8), stmt.parameterIndex("$c"));
    try testing.expectEqual(@as(?u32, null), stmt.parameterIndex(":zz"));
    for ([_]u32{ 1, 5, 6, 7, 8, 9 }, 0..) |index, i| try stmt.bindValue(index, .{ .integer = @intCast(i * 10) });
    try testing.expect(try stmt.step() == .row);
    const want = [_]i64{ 0, 10, 20, 30, 40, 20, 50 };
    for (want, 0..) |value, column| try testing.expectEqual(value, stmt.columnValue(@intCast(column)).integer);

    // ZQLite's file differs from SQLite's here: page 1 exists from the start and the schema is a
    // tree of its own (sqlite3 says 0, then 3). Each new tree takes one page.
    try expectQuery(conn, "PRAGMA page_count", "1\n");
    try conn.exec("CREATE TABLE t(a); CREATE INDEX ta ON t(a)");
    try expectQuery(conn, "PRAGMA page_count", "4\n");
}

test "conformance: FOREIGN KEY actions check the child's CHECK and NOT NULL, rolling back the statement" {
    // SQLite runs SET NULL, SET DEFAULT and ON UPDATE CASCADE as UPDATEs of the child (sqlite3
    // 3.40.1 gives these errors), whatever OR clause the parent's statement carries.
    const conn = try engine_test.openMemory();
    defer conn.close();
    try conn.exec("PRAGMA foreign_keys = ON;" ++
        "CREATE TABLE p(id INTEGER PRIMARY KEY, k INT UNIQUE);" ++
        "CREATE TABLE cn(x INT REFERENCES p(id) ON DELETE SET NULL, tag TEXT, CHECK (x IS NOT NULL OR tag = 'free'));" ++
        "CREATE TABLE cd(x INT DEFAULT 7 REFERENCES p(id) ON DELETE SET DEFAULT CHECK (x <> 7));" ++
        "CREATE TABLE cc(x INT REFERENCES p(k) ON UPDATE CASCADE CHECK (x < 10));" ++
        "CREATE TABLE cnu(x INT NOT NULL REFERENCES p(k) ON UPDATE SET NULL);" ++
        "CREATE TABLE cnd(y INT NOT NULL REFERENCES p(id) ON DELETE SET NULL);" ++
        "INSERT INTO p VALUES(1,1),(2,2),(3,3),(4,4),(7,7);" ++
        "INSERT INTO cn VALUES(1,'free'),(2,'held'); INSERT INTO cd VALUES(3); INSERT INTO cc VALUES(3);" ++
        "INSERT INTO cnu VALUES(4); INSERT INTO cnd VALUES(7)");
    // Parent 1's child passes, parent 2's fails: the whole DELETE is undone, parent 1 included.
    try expectError(conn, "DELETE FROM p WHERE id IN (1, 2)", .constraint_check, "CHECK constraint failed: x IS NOT NULL OR tag = 'free'");
    try expectQuery(conn, "SELECT id FROM p ORDER BY id", "1\n2\n3\n4\n7\n");
    try expectQuery(conn, "SELECT quote(x), tag FROM cn ORDER BY tag", "1|free\n2|held\n");
    try conn.exec("DELETE FROM p WHERE id = 1");
    try expectQuery(conn, "SELECT quote(x), tag FROM cn ORDER BY tag", "NULL|free\n2|held\n");
    try expectError(conn, "DELETE FROM p WHERE id = 3", .constraint_check, "CHECK constraint failed: x <> 7");
    const cascade_failed = "CHECK constraint failed: x < 10";
    try expectError(conn, "UPDATE p SET k = 20 WHERE k = 3", .constraint_check, cascade_failed);
    try expectError(conn, "UPDATE OR IGNORE p SET k = 20 WHERE k = 3", .constraint_check, cascade_failed);
    try expectError(conn, "UPDATE OR REPLACE p SET k = 20 WHERE k = 3", .constraint_check, cascade_failed);
    try expectError(conn, "INSERT INTO p VALUES(3, 0) ON CONFLICT(id) DO UPDATE SET k = 30", .constraint_check, cascade_failed);
    try expectQuery(conn, "SELECT id, k FROM p ORDER BY id", "2|2\n3|3\n4|4\n7|7\n");
    try expectQuery(conn, "SELECT x FROM cd", "3\n");
    try conn.exec("UPDATE p SET k = 5 WHERE k = 3");
    try expectQuery(conn, "SELECT x FROM cc", "5\n");
    try expectError(conn, "UPDATE p SET k = 40 WHERE id = 4", .constraint_notnull, "NOT NULL constraint failed: cnu.x");
    try expectError(conn, "DELETE FROM p WHERE id = 7", .constraint_notnull, "NOT NULL constraint failed: cnd.y");
    try expectQuery(conn, "SELECT id, k FROM p ORDER BY id", "2|2\n3|5\n4|4\n7|7\n");
    try expectQuery(conn, "SELECT x FROM cnu", "4\n");
    try expectQuery(conn, "SELECT y FROM cnd", "7\n");
}
