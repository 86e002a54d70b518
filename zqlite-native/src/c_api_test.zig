//! Tests of C ABI calls that go beyond one statement's data:
//!
//! - zqlite_interrupt from another thread: a query that would visit a billion rows is stopped
//!   with ZQLITE_INTERRUPT, and the connection answers the next statement normally. The
//!   interrupting thread repeats its call until the query has returned (bounded), because an
//!   interrupt that lands before the statement starts is lost by design, as in SQLite (the flag
//!   is cleared when a statement starts). No timing is asserted: only the outcome.
//! - zqlite_column_decltype: declared types of table columns, through joins, views and
//!   compounds, before the first step; NULL for expressions.
const std = @import("std");
const assert = std.debug.assert;
const c_api = @import("c_api.zig");

const interrupt_code: c_int = 9;
const interrupt_attempts_max: u32 = 60_000;

const Run = struct {
    stmt: *c_api.Stmt,
    code: c_int = 0,
    finished: std.atomic.Value(bool) = std.atomic.Value(bool).init(false),

    fn step(run: *Run) void {
        run.code = c_api.zqlite_step(run.stmt);
        run.finished.store(true, .release);
    }
};

fn exec(db: *c_api.Db, sql: [*:0]const u8) !void {
    try std.testing.expectEqual(c_api.ok, c_api.zqlite_exec(db, sql));
}

test "interrupt: a long query is stopped from another thread; the connection stays usable" {
    var db_out: ?*c_api.Db = null;
    try std.testing.expectEqual(c_api.ok, c_api.zqlite_open(":memory:", &db_out, c_api.open_readwrite | c_api.open_create));
    const db = db_out.?;
    defer _ = c_api.zqlite_close(db);
    try exec(db, "CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
    try exec(db, "CREATE TABLE u(x INTEGER); INSERT INTO u SELECT a.x FROM t a, t b, t c");

    var stmt_out: ?*c_api.Stmt = null;
    const sql = "SELECT count(*) FROM u a, u b, u c";
    try std.testing.expectEqual(c_api.ok, c_api.zqlite_prepare(db, sql, -1, &stmt_out, null));
    var run = Run{ .stmt = stmt_out.? };
    const thread = try std.Thread.spawn(.{}, Run.step, .{&run});
    var attempts: u32 = 0;
    while (!run.finished.load(.acquire)) : (attempts += 1) {
        assert(attempts < interrupt_attempts_max);
        try std.testing.expectEqual(c_api.ok, c_api.zqlite_interrupt(db));
        std.time.sleep(1 * std.time.ns_per_ms);
    }
    thread.join();
    try std.testing.expectEqual(interrupt_code, run.code);
    try std.testing.expectEqual(interrupt_code, c_api.zqlite_errcode(db));
    try std.testing.expectEqualStrings("interrupted", std.mem.span(c_api.zqlite_errmsg(db)));

    // The same statement and the connection work again.
    try std.testing.expectEqual(c_api.ok, c_api.zqlite_finalize(run.stmt));
    try std.testing.expectEqual(c_api.ok, c_api.zqlite_prepare(db, "SELECT count(*) FROM u", -1, &stmt_out, null));
    try std.testing.expectEqual(c_api.row, c_api.zqlite_step(stmt_out.?));
    try std.testing.expectEqual(@as(i64, 1000), c_api.zqlite_column_int64(stmt_out.?, 0));
    try std.testing.expectEqual(c_api.ok, c_api.zqlite_finalize(stmt_out.?));
    // An interrupt while nothing runs is lost: the next statement runs to its end.
    try std.testing.expectEqual(c_api.ok, c_api.zqlite_interrupt(db));
    try exec(db, "INSERT INTO t VALUES (10)");
}

test "interrupt: NULL and closed handles are MISUSE" {
    try std.testing.expectEqual(c_api.misuse, c_api.zqlite_interrupt(null));
    var db_out: ?*c_api.Db = null;
    try std.testing.expectEqual(c_api.ok, c_api.zqlite_open(":memory:", &db_out, c_api.open_readwrite | c_api.open_create));
    try std.testing.expectEqual(c_api.ok, c_api.zqlite_close(db_out.?));
    try std.testing.expectEqual(c_api.misuse, c_api.zqlite_interrupt(db_out.?));
}

fn expectDecltype(stmt: *c_api.Stmt, i: c_int, expected: ?[]const u8) !void {
    const got = c_api.zqlite_column_decltype(stmt, i);
    if (expected) |e| {
        try std.testing.expectEqualStrings(e, std.mem.span(got orelse return error.TestExpectedDecltype));
    } else {
        try std.testing.expect(got == null);
    }
}

test "decltype: table columns have their declared type before the first step; expressions none" {
    var db_out: ?*c_api.Db = null;
    try std.testing.expectEqual(c_api.ok, c_api.zqlite_open(":memory:", &db_out, c_api.open_readwrite | c_api.open_create));
    const db = db_out.?;
    defer _ = c_api.zqlite_close(db);
    try exec(db, "CREATE TABLE p(id INTEGER PRIMARY KEY, name VARCHAR(20), seen TIMESTAMP, raw)");
    try exec(db, "CREATE TABLE q(pid INTEGER, score REAL); CREATE VIEW v AS SELECT name AS n, score FROM p, q");

    var stmt_out: ?*c_api.Stmt = null;
    const sql = "SELECT p.*, score, rowid, 1 + id, upper(name), (SELECT 1) FROM p JOIN q ON pid = id";
    try std.testing.expectEqual(c_api.ok, c_api.zqlite_prepare(db, sql, -1, &stmt_out, null));
    const stmt = stmt_out.?;
    defer _ = c_api.zqlite_finalize(stmt);
    try expectDecltype(stmt, 0, "INTEGER");
    // As written, size included; a column declared without a type has none (sqlite3 3.40.1).
    try expectDecltype(stmt, 1, "VARCHAR(20)");
    try expectDecltype(stmt, 2, "TIMESTAMP");
    try expectDecltype(stmt, 3, null);
    try expectDecltype(stmt, 4, "REAL");
    try expectDecltype(stmt, 5, "INTEGER");
    try expectDecltype(stmt, 6, null);
    try expectDecltype(stmt, 7, null);
    try expectDecltype(stmt, 8, null);
    try expectDecltype(stmt, 9, null);
    try expectDecltype(stmt, -1, null);
    try expectDecltype(stmt, 10, null);

    var view_out: ?*c_api.Stmt = null;
    try std.testing.expectEqual(c_api.ok, c_api.zqlite_prepare(db, "SELECT n, score FROM v UNION SELECT 'x', 2", -1, &view_out, null));
    defer _ = c_api.zqlite_finalize(view_out.?);
    try expectDecltype(view_out.?, 0, "VARCHAR(20)");
    try expectDecltype(view_out.?, 1, "REAL");

    var insert_out: ?*c_api.Stmt = null;
    try std.testing.expectEqual(c_api.ok, c_api.zqlite_prepare(db, "INSERT INTO q VALUES (1, 2) RETURNING score", -1, &insert_out, null));
    defer _ = c_api.zqlite_finalize(insert_out.?);
    try expectDecltype(insert_out.?, 0, null);
}
