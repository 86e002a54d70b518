//! Tests that queries run on a read snapshot (pager.WriteTxn.beginSnapshot): a reader is never
//! blocked by a writer holding the writer lock, sees the last commit rather than the writer's
//! uncommitted changes, and never blocks the writer. Storage-level and SQL-level checks.
const std = @import("std");
const assert = std.debug.assert;
const pager = @import("../storage/pager.zig");
const engine = @import("engine.zig");
const engine_test = @import("engine_test.zig");

test "snapshot txn: reads the last commit while the writer lock is held" {
    const db = try pager.Database.openMemory(std.testing.allocator, .{ .busy_timeout_ms = 0 });
    defer db.close();
    var w = try db.beginWrite();
    const root = try w.allocate();
    const root_page_no = root.page_no;
    root.bytes[100] = 1;
    w.release(root);
    try w.setSchemaRoot(root_page_no);
    try w.commit();

    var w2 = try db.beginWrite(); // holds the writer lock from here on
    const page = try w2.getMut(root_page_no);
    page.bytes[100] = 2;
    w2.release(page);
    // With busy_timeout 0 a second beginWrite fails at once: the snapshot must not need it.
    try std.testing.expectError(error.Busy, db.beginWrite());
    var s = try pager.WriteTxn.beginSnapshot(db);
    try std.testing.expectEqual(root_page_no, s.schemaRoot());
    const old = try s.get(root_page_no);
    try std.testing.expectEqual(@as(u8, 1), old.bytes[100]);
    s.release(old);
    s.rollback();
    try w2.commit();

    var s2 = try pager.WriteTxn.beginSnapshot(db);
    const new = try s2.get(root_page_no);
    try std.testing.expectEqual(@as(u8, 2), new.bytes[100]);
    s2.release(new);
    try s2.commit(); // ends the snapshot, as rollback does
    var w3 = try db.beginWrite(); // the writer lock is free
    w3.rollback();
}

test "snapshot txn: an autocommit SELECT is not blocked by an open write transaction" {
    var db_file = try engine_test.TempDb.init();
    defer db_file.deinit();
    const path = db_file.path();
    const writer = try engine.Connection.open(std.testing.allocator, path, .{ .busy_timeout_ms = 0 });
    defer writer.close();
    try writer.exec("CREATE TABLE t(a INTEGER PRIMARY KEY, b TEXT); INSERT INTO t VALUES(1, 'x')");
    const reader = try engine.Connection.open(std.testing.allocator, path, .{ .busy_timeout_ms = 0 });
    defer reader.close();
    try writer.exec("BEGIN; INSERT INTO t VALUES(2, 'y')");
    var tail: u32 = 0;
    const stmt = try reader.prepare("SELECT count(*), max(b) FROM t", &tail);
    defer stmt.finalize();
    try std.testing.expectEqual(engine.StepResult.row, try stmt.step());
    try std.testing.expectEqual(@as(i64, 1), stmt.columnValue(0).integer);
    try std.testing.expectEqualStrings("x", stmt.columnValue(1).text);
    try std.testing.expectEqual(engine.StepResult.done, try stmt.step());
    // A write from the reader's connection still needs the writer lock: BUSY at once.
    try std.testing.expectError(error.Sql, reader.exec("INSERT INTO t VALUES(3, 'z')"));
    try std.testing.expectEqual(engine.ErrorCode.busy, reader.lastError().code);
    try writer.exec("COMMIT");
    stmt.reset();
    try std.testing.expectEqual(engine.StepResult.row, try stmt.step());
    try std.testing.expectEqual(@as(i64, 2), stmt.columnValue(0).integer);
}

test "snapshot txn: prepare sees another connection's committed DDL while a third holds the writer lock" {
    var db_file = try engine_test.TempDb.init();
    defer db_file.deinit();
    const path = db_file.path();
    const reader = try engine.Connection.open(std.testing.allocator, path, .{ .busy_timeout_ms = 0 });
    defer reader.close();
    const ddl = try engine.Connection.open(std.testing.allocator, path, .{ .busy_timeout_ms = 0 });
    defer ddl.close();
    try ddl.exec("CREATE TABLE t2(x); INSERT INTO t2 VALUES(7)");
    const writer = try engine.Connection.open(std.testing.allocator, path, .{ .busy_timeout_ms = 0 });
    defer writer.close();
    try writer.exec("BEGIN IMMEDIATE");
    // The reader's catalog predates t2. Reading the schema needs no writer lock: compiling
    // against the last commit finds the table (it used to say "no such table" here, having
    // skipped the schema check because the lock was taken).
    var tail: u32 = 0;
    const stmt = try reader.prepare("SELECT x FROM t2", &tail);
    defer stmt.finalize();
    try std.testing.expectEqual(engine.StepResult.row, try stmt.step());
    try std.testing.expectEqual(@as(i64, 7), stmt.columnValue(0).integer);
    try writer.exec("COMMIT");
}
