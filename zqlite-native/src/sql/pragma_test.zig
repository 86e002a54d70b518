//! Tests of the pragmas that act on the connection and its pager (pragma.runSetting) through
//! the engine on real database files: PRAGMA synchronous changes what a commit syncs (the
//! pager's fsync counter), cache_size resizes the shared page cache (its slot count and miss
//! counter), wal_checkpoint copies frames and answers SQLite's (busy, log, checkpointed), and
//! pragma names compile correctly from many threads at once. Expected rows are what sqlite3
//! 3.40.1 prints for the same steps, except where the comments say why ours differ.
const std = @import("std");
const testing = std.testing;
const engine = @import("engine.zig");
const pragma = @import("pragma.zig");
const ast = @import("ast.zig");
const pager = @import("../storage/pager.zig");
const engine_test = @import("engine_test.zig");

const expectQuery = engine_test.expectQuery;
const expectError = engine_test.expectError;

const TempDb = engine_test.TempDb;

test "pragma synchronous: round trip, per connection, and what commits fsync" {
    var t = try TempDb.init();
    defer t.deinit();
    const conn = try engine.Connection.open(testing.allocator, t.path(), .{});
    defer conn.close();
    const other = try engine.Connection.open(testing.allocator, t.path(), .{ .durability = .normal });
    defer other.close();
    try expectQuery(conn, "PRAGMA synchronous", "2\n");
    try expectQuery(other, "PRAGMA synchronous", "1\n");
    try conn.exec("CREATE TABLE t(x)");
    const db = conn.db;
    try testing.expect(db == other.db); // One pager Database per file; durability is not in it.

    // FULL: every commit waits for an fsync of the WAL.
    var before = db.stats().fsyncs;
    try conn.exec("INSERT INTO t VALUES(1); INSERT INTO t VALUES(2)");
    try testing.expectEqual(before + 2, db.stats().fsyncs);

    // OFF on this connection: its commits sync nothing, and the other connection's setting
    // is its own.
    try conn.exec("PRAGMA synchronous = off");
    try expectQuery(conn, "PRAGMA synchronous", "0\n");
    try expectQuery(other, "PRAGMA synchronous", "1\n");
    before = db.stats().fsyncs;
    try conn.exec("INSERT INTO t VALUES(3); INSERT INTO t VALUES(4); INSERT INTO t VALUES(5)");
    try testing.expectEqual(before, db.stats().fsyncs);

    // NORMAL: no fsync at commit either; the checkpoint syncs the WAL, then the database file.
    try conn.exec("PRAGMA synchronous = 1");
    try expectQuery(conn, "PRAGMA synchronous", "1\n");
    try conn.exec("INSERT INTO t VALUES(6)");
    try testing.expectEqual(before, db.stats().fsyncs);
    // CREATE TABLE's three frames (ours: schema tree, table root, page 1) and six commits.
    try expectQuery(conn, "PRAGMA wal_checkpoint", "0|9|9\n");
    try testing.expectEqual(before + 2, db.stats().fsyncs);

    // EXTRA runs as FULL and reads back what is in force.
    try conn.exec("PRAGMA synchronous = EXTRA");
    try expectQuery(conn, "PRAGMA synchronous", "2\n");
    before = db.stats().fsyncs;
    try conn.exec("INSERT INTO t VALUES(7)");
    // The first write after a complete checkpoint resets the WAL, syncing its new header before
    // any frame overwrites the old ones: that sync, then the commit's.
    try testing.expectEqual(before + 2, db.stats().fsyncs);
    before = db.stats().fsyncs;
    try conn.exec("INSERT INTO t VALUES(0)");
    try testing.expectEqual(before + 1, db.stats().fsyncs);

    // The other connection commits as NORMAL while this one is FULL.
    before = db.stats().fsyncs;
    try other.exec("INSERT INTO t VALUES(8)");
    try testing.expectEqual(before, db.stats().fsyncs);
    try expectQuery(conn, "SELECT count(*), sum(x) FROM t", "9|36\n");

    // Not inside a transaction, as in SQLite; reading is fine.
    try conn.exec("BEGIN");
    try expectQuery(conn, "PRAGMA synchronous", "2\n");
    try expectError(conn, "PRAGMA synchronous = OFF", .@"error", "Safety level may not be changed inside a transaction");
    try conn.exec("COMMIT");
    try expectQuery(conn, "PRAGMA synchronous", "2\n");
}

test "pragma synchronous: arguments read as SQLite's getSafetyLevel reads them" {
    const conn = try engine_test.openMemory();
    defer conn.close();
    const cases = [_]struct { []const u8, []const u8 }{
        .{ "OFF", "0\n" },         .{ "no", "0\n" },     .{ "False", "0\n" }, .{ "normal", "1\n" },
        .{ "FULL", "2\n" },        .{ "'full'", "2\n" }, .{ "yes", "1\n" },   .{ "on", "1\n" },
        .{ "bogus", "1\n" },       .{ "0", "0\n" },      .{ "1", "1\n" },     .{ "2", "2\n" },
        .{ "3", "2\n" },           .{ "7", "0\n" },      .{ "-1", "1\n" },    .{ "2.7", "2\n" },
        .{ "99999999999", "0\n" }, .{ "255", "0\n" },    .{ "256", "0\n" },   .{ "extra", "2\n" },
    };
    var sql_buffer: [64]u8 = undefined;
    for (cases) |case| {
        try conn.exec("PRAGMA synchronous = FULL");
        try conn.exec(try std.fmt.bufPrint(&sql_buffer, "PRAGMA synchronous = {s}", .{case[0]}));
        try expectQuery(conn, "PRAGMA synchronous", case[1]);
    }
}

/// Cache misses while `sql` runs.
fn missesOf(conn: *engine.Connection, sql: []const u8, expected: []const u8) !u64 {
    const before = conn.db.stats().cache_misses;
    try expectQuery(conn, sql, expected);
    return conn.db.stats().cache_misses - before;
}

test "pragma cache_size: round trip and a cache that really changes size" {
    var t = try TempDb.init();
    defer t.deinit();
    const conn = try engine.Connection.open(testing.allocator, t.path(), .{ .cache_size_bytes_max = 4 * 1024 * 1024 });
    defer conn.close();
    try expectQuery(conn, "PRAGMA cache_size", "-4096\n"); // The open option, as SQLite's -KiB.
    // About 300 pages of rows.
    try conn.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, b TEXT)");
    try conn.exec("BEGIN");
    var tail: u32 = 0;
    const insert = try conn.prepare("INSERT INTO t(b) VALUES(printf('%0400d', ?))", &tail);
    var i: i64 = 1;
    while (i <= 3000) : (i += 1) {
        insert.reset();
        try insert.bindValue(1, .{ .integer = i });
        try testing.expectEqual(engine.StepResult.done, try insert.step());
    }
    insert.finalize();
    try conn.exec("COMMIT");
    const scan = "SELECT count(*), sum(length(b)), sum(id) FROM t";
    const rows = "3000|1200000|4501500\n";

    try conn.exec("PRAGMA cache_size = 2000");
    try expectQuery(conn, "PRAGMA cache_size", "2000\n");
    try testing.expectEqual(@as(u32, 2000), conn.db.cacheSlotCount());
    _ = try missesOf(conn, scan, rows); // Loads the table into the emptied cache.
    try testing.expectEqual(@as(u64, 0), try missesOf(conn, scan, rows));

    // The least cache: the same scan still answers right, and misses on every round.
    try conn.exec("PRAGMA cache_size = 0");
    try expectQuery(conn, "PRAGMA cache_size", "0\n");
    try testing.expectEqual(pager.Database.cache_slots_pragma_min, conn.db.cacheSlotCount());
    _ = try missesOf(conn, scan, rows);
    try testing.expect(try missesOf(conn, scan, rows) > 200);
    // A write of more pages than the cache holds spills, commits, and reads back.
    try conn.exec("UPDATE t SET b = printf('%0400d', id + 1)");
    try expectQuery(conn, scan, "3000|1200000|4501500\n");
    try expectQuery(conn, "SELECT b FROM t WHERE id = 2999", "000" ++ ("0" ** 393) ++ "3000\n");
    try expectQuery(conn, "PRAGMA integrity_check", "ok\n");

    // Negative: KiB. Out-of-range numbers read as sqlite3Atoi does and never crash.
    try conn.exec("PRAGMA cache_size = -1024");
    try expectQuery(conn, "PRAGMA cache_size", "-1024\n");
    try testing.expectEqual(@as(u32, 1024 * 1024 / 4096), conn.db.cacheSlotCount());
    try conn.exec("PRAGMA cache_size = 99999999999");
    try expectQuery(conn, "PRAGMA cache_size", "0\n");
    try testing.expectEqual(pager.Database.cache_slots_pragma_min, conn.db.cacheSlotCount());
    try conn.exec("PRAGMA cache_size = 'abc'");
    try expectQuery(conn, "PRAGMA cache_size", "0\n");
    try conn.exec("PRAGMA cache_size(-3)");
    try expectQuery(conn, "PRAGMA cache_size", "-3\n");
    try testing.expectEqual(pager.Database.cache_slots_pragma_min, conn.db.cacheSlotCount());
    try expectQuery(conn, scan, rows);
}

test "pragma cache_size: applied when no connection of the file has a transaction open" {
    var t = try TempDb.init();
    defer t.deinit();
    const conn = try engine.Connection.open(testing.allocator, t.path(), .{});
    defer conn.close();
    const reader = try engine.Connection.open(testing.allocator, t.path(), .{});
    defer reader.close();
    try conn.exec("CREATE TABLE t(x); INSERT INTO t VALUES(1), (2), (3)");
    const slots_before = conn.db.cacheSlotCount();
    // A streaming query of the other connection holds its snapshot between steps.
    var tail: u32 = 0;
    const stream = try reader.prepare("SELECT x FROM t", &tail);
    try testing.expectEqual(engine.StepResult.row, try stream.step());
    try conn.exec("PRAGMA cache_size = 300");
    try expectQuery(conn, "PRAGMA cache_size", "300\n"); // Reads what was set...
    try testing.expectEqual(slots_before, conn.db.cacheSlotCount()); // ...not applied yet.
    try testing.expectEqual(engine.StepResult.row, try stream.step());
    stream.finalize();
    try conn.exec("INSERT INTO t VALUES(4)"); // The next write transaction finds it unused.
    try testing.expectEqual(@as(u32, 300), conn.db.cacheSlotCount());
    try expectQuery(reader, "PRAGMA cache_size", "300\n"); // One cache for the file.

    // Inside this connection's own transaction: applied after it.
    try conn.exec("BEGIN; PRAGMA cache_size = 400");
    try testing.expectEqual(@as(u32, 300), conn.db.cacheSlotCount());
    try expectQuery(conn, "PRAGMA cache_size", "400\n");
    try conn.exec("INSERT INTO t VALUES(5); COMMIT");
    try conn.exec("INSERT INTO t VALUES(6)");
    try testing.expectEqual(@as(u32, 400), conn.db.cacheSlotCount());
    try expectQuery(reader, "SELECT sum(x) FROM t", "21\n");
}

test "pragma wal_checkpoint: real frame counts, TRUNCATE empties the WAL file" {
    var t = try TempDb.init();
    defer t.deinit();
    {
        const conn = try engine.Connection.open(testing.allocator, t.path(), .{});
        defer conn.close();
        try conn.exec("CREATE TABLE t(x)");
        try expectQuery(conn, "PRAGMA wal_checkpoint(TRUNCATE)", "0|0|0\n");
        try testing.expectEqual(@as(u64, 0), try t.walSizeBytes());
        try conn.exec("INSERT INTO t VALUES(1); INSERT INTO t VALUES(2); INSERT INTO t VALUES(3)");
        // Three commits of one page each, nobody else reading: sqlite3 prints 0|3|3 too.
        try expectQuery(conn, "PRAGMA wal_checkpoint", "0|3|3\n");
        try testing.expect(try t.walSizeBytes() > 3 * 4096);
        try conn.exec("INSERT INTO t VALUES(4)");
        try expectQuery(conn, "PRAGMA wal_checkpoint(full)", "0|1|1\n");
        try conn.exec("INSERT INTO t VALUES(5)");
        try expectQuery(conn, "PRAGMA wal_checkpoint('RESTART')", "0|1|1\n");
        try conn.exec("INSERT INTO t VALUES(6); INSERT INTO t VALUES(7)");
        try expectQuery(conn, "PRAGMA wal_checkpoint = truncate", "0|0|0\n");
        try testing.expectEqual(@as(u64, 0), try t.walSizeBytes());
        // The next commit writes the WAL header back before its frame.
        try conn.exec("INSERT INTO t VALUES(8)");
        try testing.expectEqual(@as(u64, 32 + 24 + 4096), try t.walSizeBytes());
        try expectQuery(conn, "PRAGMA wal_checkpoint(bogus)", "0|1|1\n"); // Any other word: PASSIVE.
        // Inside a transaction, which holds our writer lock: SQLite's error there.
        try conn.exec("BEGIN; INSERT INTO t VALUES(9)");
        try expectError(conn, "PRAGMA wal_checkpoint", .locked, "database table is locked");
        try conn.exec("COMMIT");
    }
    const again = try engine.Connection.open(testing.allocator, t.path(), .{});
    defer again.close();
    try expectQuery(again, "SELECT count(*), sum(x) FROM t", "9|45\n");
    try expectQuery(again, "PRAGMA integrity_check", "ok\n");
}

test "pragma wal_checkpoint: a reader of an older snapshot leaves FULL busy, PASSIVE partial" {
    var t = try TempDb.init();
    defer t.deinit();
    const conn = try engine.Connection.open(testing.allocator, t.path(), .{ .busy_timeout_ms = 50 });
    defer conn.close();
    const reader = try engine.Connection.open(testing.allocator, t.path(), .{ .busy_timeout_ms = 50 });
    defer reader.close();
    try conn.exec("CREATE TABLE t(x); INSERT INTO t VALUES(0)");
    try expectQuery(conn, "PRAGMA wal_checkpoint(TRUNCATE)", "0|0|0\n");
    try conn.exec("INSERT INTO t VALUES(1)");
    var tail: u32 = 0;
    const stream = try reader.prepare("SELECT x FROM t", &tail);
    try testing.expectEqual(engine.StepResult.row, try stream.step()); // Its snapshot: frame 1.
    try conn.exec("INSERT INTO t VALUES(2); INSERT INTO t VALUES(3)");
    // sqlite3 3.40.1 answers the same three rows with a reader in a transaction there.
    try expectQuery(conn, "PRAGMA wal_checkpoint(PASSIVE)", "0|3|1\n");
    try expectQuery(conn, "PRAGMA wal_checkpoint(FULL)", "1|3|1\n");
    try expectQuery(conn, "PRAGMA wal_checkpoint(TRUNCATE)", "1|3|1\n");
    try testing.expect(try t.walSizeBytes() > 0);
    try testing.expectEqual(engine.StepResult.row, try stream.step());
    try testing.expectEqual(engine.StepResult.done, try stream.step());
    stream.finalize();
    try expectQuery(conn, "PRAGMA wal_checkpoint(FULL)", "0|3|3\n");

    // Another connection holding the writer lock: FULL copies what it may, answers busy.
    try conn.exec("INSERT INTO t VALUES(4)");
    try reader.exec("BEGIN; INSERT INTO t VALUES(5)");
    try expectQuery(conn, "PRAGMA wal_checkpoint(FULL)", "1|1|1\n");
    try expectQuery(conn, "PRAGMA wal_checkpoint", "0|1|1\n");
    try reader.exec("COMMIT");
    try expectQuery(conn, "SELECT sum(x) FROM t", "15\n");
}

test "pragma: names compile case-insensitively from many threads at once" {
    const names = [_][]const u8{ "SYNCHRONOUS", "cache_size", "Wal_Checkpoint", "table_info", "User_Version", "busy_timeout", "no_such_pragma" };
    const kinds = [_]pragma.Kind{ .synchronous, .cache_size, .wal_checkpoint, .table_info, .user_version, .busy_timeout, .unknown };
    const Worker = struct {
        fn run(offset: usize, wrong: *std.atomic.Value(u32)) void {
            var i: usize = 0;
            // Bounded; with the old shared lower-case buffer, threads read each other's names.
            while (i < 20_000) : (i += 1) {
                const k = (i + offset) % names.len;
                const p: ast.Pragma = .{ .name = .{ .name = .{ .text = names[k], .span = undefined } }, .value = null };
                if (pragma.compile(p).kind != kinds[k]) _ = wrong.fetchAdd(1, .monotonic);
            }
        }
    };
    var wrong = std.atomic.Value(u32).init(0);
    var threads: [4]std.Thread = undefined;
    for (&threads, 0..) |*thread, i| thread.* = try std.Thread.spawn(.{}, Worker.run, .{ i, &wrong });
    for (threads) |thread| thread.join();
    try testing.expectEqual(@as(u32, 0), wrong.load(.monotonic));
}
