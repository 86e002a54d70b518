//! Tests of the pager as a whole: transactions and snapshots, free list, savepoints, cache budget
//! and spilling, checkpoints, registry and file locks. The power-loss simulation, concurrency and
//! corruption-fuzz tests live in pager_sim_test.zig.
const std = @import("std");
const testing = std.testing;
const pager = @import("pager.zig");
const io = @import("io.zig");
const header = @import("header.zig");
const Database = pager.Database;
const PageRef = @import("page_ref.zig").PageRef;

pub const small_page_options: pager.Options = .{
    .page_size_bytes = 512,
    .cache_size_bytes_max = 64 * 1024,
    .busy_timeout_ms = 50,
};

/// Fills a page with a pattern derived from (page_no, tag) so a reader can check it.
pub fn fill(bytes: []u8, page_no: u32, tag: u32) void {
    var prng = std.Random.DefaultPrng.init((@as(u64, page_no) << 32) | tag);
    prng.random().bytes(bytes);
    std.mem.writeInt(u32, bytes[0..4], page_no, .little);
    std.mem.writeInt(u32, bytes[4..8], tag, .little);
}

/// The tag written by `fill`, after checking the whole pattern; null when it does not match.
pub fn tagOf(bytes: []const u8, page_no: u32) ?u32 {
    if (std.mem.readInt(u32, bytes[0..4], .little) != page_no) return null;
    const tag = std.mem.readInt(u32, bytes[4..8], .little);
    var expected: [65536]u8 = undefined;
    fill(expected[0..bytes.len], page_no, tag);
    if (!std.mem.eql(u8, expected[0..bytes.len], bytes)) return null;
    return tag;
}

fn writePage(w: *pager.WriteTxn, page_no: u32, tag: u32) !void {
    const ref = try w.getMut(page_no);
    defer w.release(ref);
    fill(ref.bytes, page_no, tag);
}

fn readTag(txn: anytype, page_no: u32) !?u32 {
    const ref = try txn.get(page_no);
    defer txn.release(ref);
    return tagOf(ref.bytes, page_no);
}

test "pager: commit, read back, header fields, rollback" {
    const db = try Database.openMemory(testing.allocator, small_page_options);
    defer db.close();
    var w = try db.beginWrite();
    const a = try w.allocate();
    try testing.expectEqual(@as(u32, 2), a.page_no);
    try testing.expectEqual(@as(usize, 504), a.bytes.len);
    try testing.expect(std.mem.allEqual(u8, a.bytes, 0));
    fill(a.bytes, a.page_no, 1);
    w.release(a);
    try w.setSchemaRoot(2);
    w.setUserVersion(7);
    try w.commit();

    var r = try db.beginRead();
    try testing.expectEqual(@as(?u32, 1), try readTag(&r, 2));
    try testing.expectEqual(@as(u32, 2), try r.schemaRoot());
    try testing.expectEqual(@as(u32, 7), try r.userVersion());
    try testing.expectEqual(@as(u32, 2), (try r.headerFields()).page_count);
    try testing.expectError(error.Corrupt, r.get(1));
    try testing.expectError(error.Corrupt, r.get(3));
    try testing.expectError(error.Corrupt, r.get(0));
    r.end();

    var w2 = try db.beginWrite();
    try writePage(&w2, 2, 99);
    w2.setUserVersion(8);
    w2.rollback();
    var r2 = try db.beginRead();
    defer r2.end();
    try testing.expectEqual(@as(?u32, 1), try readTag(&r2, 2));
    try testing.expectEqual(@as(u32, 7), try r2.userVersion());
    try r2.checkIntegrity(testing.allocator, null);
}

test "pager: data survives close and reopen, with and without a checkpoint" {
    const db_sim = try io.SimFile.create(testing.allocator, false);
    defer db_sim.destroy();
    const wal_sim = try io.SimFile.create(testing.allocator, false);
    defer wal_sim.destroy();
    var options = small_page_options;
    options.auto_checkpoint_frames = 0;
    {
        const db = try Database.openFiles(testing.allocator, db_sim.file(), wal_sim.file(), options);
        defer db.close();
        var w = try db.beginWrite();
        var i: u32 = 0;
        while (i < 10) : (i += 1) w.release(try w.allocate());
        i = 2;
        while (i <= 11) : (i += 1) try writePage(&w, i, i * 3);
        try w.commit();
    }
    var round: u32 = 0;
    while (round < 2) : (round += 1) {
        const db = try Database.openFiles(testing.allocator, db_sim.file(), wal_sim.file(), options);
        defer db.close();
        var r = try db.beginRead();
        defer r.end();
        try testing.expectEqual(@as(u32, 11), r.pageCount());
        var i: u32 = 2;
        while (i <= 11) : (i += 1) try testing.expectEqual(@as(?u32, i * 3), try readTag(&r, i));
    }
}

test "pager: snapshots stay stable across commits and checkpoints; WAL resets" {
    var options = small_page_options;
    options.auto_checkpoint_frames = 0;
    const db = try Database.openMemory(testing.allocator, options);
    defer db.close();
    var w = try db.beginWrite();
    w.release(try w.allocate());
    try writePage(&w, 2, 1);
    try w.commit();

    var old = try db.beginRead();
    var w2 = try db.beginWrite();
    try writePage(&w2, 2, 2);
    try w2.commit();
    try db.checkpoint(); // Must not copy frame of tag 2 past `old`'s snapshot.
    try testing.expectEqual(@as(?u32, 1), try readTag(&old, 2));
    var new = try db.beginRead();
    try testing.expectEqual(@as(?u32, 2), try readTag(&new, 2));
    old.end();
    new.end();
    try db.checkpoint();
    var w3 = try db.beginWrite(); // Everything backfilled: this writer resets the WAL.
    try testing.expectEqual(@as(u64, 0), db.stats().wal_frames);
    try writePage(&w3, 2, 3);
    try w3.commit();
    var r = try db.beginRead();
    defer r.end();
    try testing.expectEqual(@as(?u32, 3), try readTag(&r, 2));
    try testing.expect(db.stats().checkpoints >= 2);
}

test "pager: a reader from before a WAL reset reads the database file" {
    var options = small_page_options;
    options.auto_checkpoint_frames = 0;
    const db = try Database.openMemory(testing.allocator, options);
    defer db.close();
    var w = try db.beginWrite();
    w.release(try w.allocate());
    try writePage(&w, 2, 1);
    try w.commit();
    try db.checkpoint();
    var old = try db.beginRead(); // Snapshot at the last frame, all backfilled.
    defer old.end();
    var w2 = try db.beginWrite(); // Resets the WAL: `old` becomes an old-epoch reader.
    try testing.expectEqual(@as(u32, 2), db.epoch.load(.monotonic));
    try writePage(&w2, 2, 2);
    try w2.commit();
    try db.checkpoint(); // Copies nothing: `old` counts as frame 0.
    try testing.expectEqual(@as(?u32, 1), try readTag(&old, 2));
}

test "pager: freed pages are reused before the file grows; integrity accounting" {
    const db = try Database.openMemory(testing.allocator, small_page_options);
    defer db.close();
    var round: u32 = 0;
    while (round < 5) : (round += 1) {
        var w = try db.beginWrite();
        var pages: [300]u32 = undefined;
        for (&pages, 0..) |*p, i| {
            const ref = try w.allocate();
            p.* = ref.page_no;
            fill(ref.bytes, ref.page_no, @intCast(i));
            w.release(ref);
        }
        for (pages) |p| try w.free(p);
        try w.commit();
    }
    var r = try db.beginRead();
    defer r.end();
    // 300 pages + trunk overhead at most: the file did not grow by 5 x 300.
    try testing.expect(r.pageCount() <= 302);
    var tree_pages = try std.DynamicBitSetUnmanaged.initEmpty(testing.allocator, r.pageCount() + 1);
    defer tree_pages.deinit(testing.allocator);
    try r.checkIntegrity(testing.allocator, &tree_pages);
    tree_pages.set(2); // Page 2 is free, so claiming it for a tree is a double use.
    try testing.expectError(error.Corrupt, r.checkIntegrity(testing.allocator, &tree_pages));
}

test "pager: nested savepoints roll back alone" {
    const db = try Database.openMemory(testing.allocator, small_page_options);
    defer db.close();
    var w = try db.beginWrite();
    w.release(try w.allocate());
    try writePage(&w, 2, 1);
    const outer = try w.savepoint();
    try writePage(&w, 2, 2);
    const a = try w.allocate();
    const a_no = a.page_no;
    w.release(a);
    const inner = try w.savepoint();
    try writePage(&w, 2, 3);
    w.setUserVersion(5);
    try w.rollbackTo(inner);
    try testing.expectEqual(@as(?u32, 2), try readTag(&w, 2));
    try testing.expectEqual(@as(u32, 0), w.userVersion());
    try writePage(&w, 2, 4);
    try w.releaseSavepoint(inner);
    try w.rollbackTo(outer); // Undoes tag 2, tag 4 and the allocation.
    try testing.expectEqual(@as(?u32, 1), try readTag(&w, 2));
    try testing.expectEqual(@as(u32, 2), w.pageCount());
    try testing.expectError(error.Corrupt, w.get(a_no));
    try w.releaseSavepoint(outer);
    try testing.expectError(error.Misuse, w.rollbackTo(outer));
    try w.commit();
    var r = try db.beginRead();
    defer r.end();
    try testing.expectEqual(@as(?u32, 1), try readTag(&r, 2));
    try r.checkIntegrity(testing.allocator, null);
}

test "pager: a transaction far larger than the cache spills, commits and rolls back" {
    const db = try Database.openMemory(testing.allocator, small_page_options);
    defer db.close();
    const pages: u32 = 2000; // 1 MB of pages through a 64 KiB budget.
    var w = try db.beginWrite();
    var i: u32 = 0;
    while (i < pages) : (i += 1) {
        const ref = try w.allocate();
        fill(ref.bytes, ref.page_no, 1);
        w.release(ref);
    }
    const sp = try w.savepoint();
    i = 2;
    while (i < 2 + pages) : (i += 7) try writePage(&w, i, 2);
    try w.rollbackTo(sp); // Pre-images of spilled pages come back from their frames.
    i = 2;
    while (i < 2 + pages) : (i += 13) try writePage(&w, i, 3);
    try w.commit();
    try testing.expect(db.stats().spilled_frames > 0);
    try testing.expect(db.cache.dirtyCount() == 0);

    var r = try db.beginRead();
    i = 2;
    while (i < 2 + pages) : (i += 1) {
        const expected: u32 = if ((i - 2) % 13 == 0) 3 else 1;
        try testing.expectEqual(@as(?u32, expected), try readTag(&r, i));
    }
    r.end();

    var w2 = try db.beginWrite();
    i = 2;
    while (i < 2 + pages) : (i += 1) try writePage(&w2, i, 9);
    w2.rollback();
    var r2 = try db.beginRead();
    defer r2.end();
    try testing.expectEqual(@as(?u32, 1), try readTag(&r2, 3));
    try r2.checkIntegrity(testing.allocator, null);
}

test "pager: a big transaction's dirty map is not kept for the small commits after it" {
    const db = try Database.openMemory(testing.allocator, small_page_options);
    defer db.close();
    var w = try db.beginWrite();
    var i: u32 = 0;
    while (i < 2000) : (i += 1) w.release(try w.allocate());
    try testing.expect(db.writer.dirty.capacity() > 1024);
    try w.commit();
    // Iterating a hash map walks its capacity: three walks a commit of what 2000 pages grew.
    try testing.expect(db.writer.dirty.capacity() <= 256);
    var small = try db.beginWrite();
    try writePage(&small, 2, 5);
    try small.commit();
    try testing.expect(db.writer.dirty.capacity() <= 256);
}

test "pager: a spill spares the pages a transaction keeps modifying" {
    // Hot pages modified between every two allocations, cold pages written once: a spill must
    // write the cold pages and keep the hot ones dirty. Spilling every dirty page whenever the
    // dirty cap was reached rewrote each hot page once per spill (~2,300 frames here).
    const db = try Database.openMemory(testing.allocator, small_page_options);
    defer db.close();
    const hot: u32 = 8;
    const cold: u32 = 2000;
    var w = try db.beginWrite();
    var i: u32 = 0;
    while (i < hot) : (i += 1) {
        const ref = try w.allocate();
        fill(ref.bytes, ref.page_no, 0);
        w.release(ref);
    }
    i = 0;
    while (i < cold) : (i += 1) {
        const ref = try w.allocate();
        fill(ref.bytes, ref.page_no, 1);
        w.release(ref);
        var h: u32 = 0;
        while (h < hot) : (h += 1) try writePage(&w, 2 + h, i + 1);
    }
    const spilled = db.stats().spilled_frames;
    try w.commit();
    try testing.expect(spilled >= cold - db.writer.dirty_cap);
    try testing.expect(spilled <= cold + cold / 20);

    var r = try db.beginRead();
    defer r.end();
    i = 0;
    while (i < hot) : (i += 1) try testing.expectEqual(@as(?u32, cold), try readTag(&r, 2 + i));
    i = 0;
    while (i < cold) : (i += 1) try testing.expectEqual(@as(?u32, 1), try readTag(&r, 2 + hot + i));
    try r.checkIntegrity(testing.allocator, null);
}

test "pager: a second writer gets Busy after the busy timeout" {
    const db = try Database.openMemory(testing.allocator, small_page_options);
    defer db.close();
    var w = try db.beginWrite();
    defer w.rollback();
    const Other = struct {
        fn run(d: *Database, result: *?anyerror) void {
            var w2 = d.beginWrite() catch |err| {
                result.* = err;
                return;
            };
            w2.rollback();
            result.* = null;
        }
    };
    var result: ?anyerror = null;
    const thread = try std.Thread.spawn(.{}, Other.run, .{ db, &result });
    thread.join();
    try testing.expectEqual(@as(?anyerror, error.Busy), result);
}

test "pager: registry shares one instance per path; another open file description is Locked" {
    var tmp = testing.tmpDir(.{});
    defer tmp.cleanup();
    var path_buffer: [std.fs.max_path_bytes]u8 = undefined;
    const dir_path = try tmp.dir.realpath(".", &path_buffer);
    const path = try std.fs.path.join(testing.allocator, &.{ dir_path, "shared.db" });
    defer testing.allocator.free(path);

    const a = try Database.open(testing.allocator, path, small_page_options);
    defer a.close();
    const b = try Database.open(testing.allocator, path, small_page_options);
    defer b.close();
    try testing.expectEqual(a, b);

    const other = try io.OsFile.open(testing.allocator, path, .{});
    defer other.close();
    try testing.expectError(error.Locked, other.lock());

    // A second process gets Locked too.
    const pid = try std.posix.fork();
    if (pid == 0) {
        const code: u8 = if (childOpen(path)) |_| 1 else |err| if (err == error.Locked) 0 else 2;
        std.posix.exit(code);
    }
    const status = std.posix.waitpid(pid, 0).status;
    try testing.expect(std.posix.W.IFEXITED(status));
    try testing.expectEqual(@as(u32, 0), std.posix.W.EXITSTATUS(status));
}

fn childOpen(path: []const u8) !void {
    const f = try io.OsFile.open(std.heap.page_allocator, path, .{});
    try f.lock();
}

test "pager: memory databases are distinct; garbage files are errors" {
    const a = try Database.openMemory(testing.allocator, small_page_options);
    defer a.close();
    const b = try Database.open(testing.allocator, ":memory:", small_page_options);
    defer b.close();
    try testing.expect(a != b);

    const db_sim = try io.SimFile.create(testing.allocator, false);
    defer db_sim.destroy();
    const wal_sim = try io.SimFile.create(testing.allocator, false);
    defer wal_sim.destroy();
    try db_sim.file().writeAt("this is not a database file at all, just text" ** 20, 0);
    try testing.expectError(
        error.NotADatabase,
        Database.openFiles(testing.allocator, db_sim.file(), wal_sim.file(), small_page_options),
    );
}

test "pager: a read-only open reads but refuses writes and checkpoints" {
    var tmp = testing.tmpDir(.{});
    defer tmp.cleanup();
    var path_buffer: [std.fs.max_path_bytes]u8 = undefined;
    const dir_path = try tmp.dir.realpath(".", &path_buffer);
    const path = try std.fs.path.join(testing.allocator, &.{ dir_path, "ro.db" });
    defer testing.allocator.free(path);
    var options = small_page_options;
    options.auto_checkpoint_frames = 0;
    {
        const db = try Database.open(testing.allocator, path, options);
        defer db.close();
        var w = try db.beginWrite();
        w.release(try w.allocate());
        try writePage(&w, 2, 5);
        try w.commit();
    }
    options.read_only = true;
    const db = try Database.open(testing.allocator, path, options);
    defer db.close();
    try testing.expectError(error.ReadOnly, db.beginWrite());
    try testing.expectError(error.ReadOnly, db.checkpoint());
    var r = try db.beginRead();
    defer r.end();
    try testing.expectEqual(@as(?u32, 5), try readTag(&r, 2));
    var missing_options = options;
    missing_options.read_only = true;
    const missing = try std.fs.path.join(testing.allocator, &.{ dir_path, "missing.db" });
    defer testing.allocator.free(missing);
    try testing.expectError(error.IoError, Database.open(testing.allocator, missing, missing_options));
}

test "pager: a WAL-only commit is recovered by a read-only open" {
    const db_sim = try io.SimFile.create(testing.allocator, false);
    defer db_sim.destroy();
    const wal_sim = try io.SimFile.create(testing.allocator, false);
    defer wal_sim.destroy();
    var options = small_page_options;
    options.auto_checkpoint_frames = 0;
    {
        const db = try Database.openFiles(testing.allocator, db_sim.file(), wal_sim.file(), options);
        var w = try db.beginWrite();
        w.release(try w.allocate());
        try writePage(&w, 2, 6);
        try w.commit();
        db.broken.store(true, .monotonic); // Skip the checkpoint at close: the commit stays in the WAL only.
        db.close();
    }
    options.read_only = true;
    const db = try Database.openFiles(testing.allocator, db_sim.file(), wal_sim.file(), options);
    defer db.close();
    var r = try db.beginRead();
    defer r.end();
    try testing.expectEqual(@as(u32, 2), r.pageCount());
    try testing.expectEqual(@as(?u32, 6), try readTag(&r, 2));
}

test "pager: a WAL grown by a big transaction is truncated when it resets" {
    const db_sim = try io.SimFile.create(testing.allocator, true);
    defer db_sim.destroy();
    const wal_sim = try io.SimFile.create(testing.allocator, true);
    defer wal_sim.destroy();
    var options = small_page_options;
    options.auto_checkpoint_frames = 0;
    const db = try Database.openFiles(testing.allocator, db_sim.file(), wal_sim.file(), options);
    defer db.close();
    var w = try db.beginWrite();
    var i: u32 = 0;
    while (i < 3000) : (i += 1) w.release(try w.allocate());
    try w.commit();
    try testing.expect(wal_sim.current.items.len > 1 << 20);
    try db.checkpoint(); // Backfills everything, then resets and truncates the WAL.
    // Cut back to the kept size (1 MiB here), not to the header: frames overwrite it next.
    try testing.expectEqual(pager.walKeepBytes(options, 512), wal_sim.current.items.len);
    try testing.expect(wal_sim.current.items.len <= options.wal_size_bytes_keep_max);
    var w2 = try db.beginWrite();
    try writePage(&w2, 3000, 4);
    try w2.commit();
    var r = try db.beginRead();
    defer r.end();
    try testing.expectEqual(@as(?u32, 4), try readTag(&r, 3000));
    try r.checkIntegrity(testing.allocator, null);
}

test "pager: a reader is not blocked by an open write transaction or its spills" {
    const db = try Database.openMemory(testing.allocator, small_page_options);
    defer db.close();
    var w0 = try db.beginWrite();
    w0.release(try w0.allocate());
    try writePage(&w0, 2, 1);
    try w0.commit();

    var w = try db.beginWrite(); // Holds the writer lock until the reader below is done.
    try writePage(&w, 2, 2);
    var i: u32 = 0;
    while (i < 300) : (i += 1) w.release(try w.allocate()); // Spills past the dirty cap.
    const Reader = struct {
        fn run(d: *Database, seen: *?u32) void {
            var r = d.beginRead() catch return;
            defer r.end();
            seen.* = readTag(&r, 2) catch null;
        }
    };
    var seen: ?u32 = null;
    const thread = try std.Thread.spawn(.{}, Reader.run, .{ db, &seen });
    thread.join(); // Would hang if readers waited for the writer.
    try testing.expectEqual(@as(?u32, 1), seen);
    try w.commit();
}

test "pager: a TRUNCATE checkpoint empties the WAL file; the next commit puts its header back" {
    const seed: u64 = 0x7A0C;
    std.debug.print("truncate crash seed {d}\n", .{seed});
    var prng = std.Random.DefaultPrng.init(seed);
    const db_sim = try io.SimFile.create(testing.allocator, false);
    defer db_sim.destroy();
    const wal_sim = try io.SimFile.create(testing.allocator, false);
    defer wal_sim.destroy();
    var options = small_page_options;
    options.auto_checkpoint_frames = 0;
    {
        const db = try Database.openFiles(testing.allocator, db_sim.file(), wal_sim.file(), options);
        var w = try db.beginWrite();
        w.release(try w.allocate());
        try writePage(&w, 2, 5);
        try w.commit();
        const log_frames = db.stats().wal_frames;
        try testing.expect(log_frames >= 1);
        const passive = try db.checkpointMode(.passive, .full);
        try testing.expectEqual(Database.CheckpointResult{ .busy = false, .log_frames = @intCast(log_frames), .checkpointed_frames = @intCast(log_frames) }, passive);
        try testing.expect(wal_sim.current.items.len > 0);
        const truncated = try db.checkpointMode(.truncate, .full);
        try testing.expectEqual(Database.CheckpointResult{ .busy = false, .log_frames = 0, .checkpointed_frames = 0 }, truncated);
        try testing.expectEqual(@as(usize, 0), wal_sim.current.items.len);
        var w2 = try db.beginWrite();
        try writePage(&w2, 2, 9);
        try w2.commit(); // FULL: synced before it returns, header first.
        db.broken.store(true, .monotonic); // Skip the checkpoint at close: the commit stays in the WAL only.
        db.close();
    }
    // Power loss: whatever was not synced may be lost or garbled.
    try db_sim.crash(prng.random());
    try wal_sim.crash(prng.random());
    options.read_only = true;
    const db = try Database.openFiles(testing.allocator, db_sim.file(), wal_sim.file(), options);
    defer db.close();
    var r = try db.beginRead();
    defer r.end();
    try testing.expectEqual(@as(?u32, 9), try readTag(&r, 2));
}

test "pager: checkpoint modes: an old reader leaves FULL busy and partial, a held writer too" {
    var options = small_page_options;
    options.auto_checkpoint_frames = 0;
    const db = try Database.openMemory(testing.allocator, options);
    defer db.close();
    var w = try db.beginWrite();
    w.release(try w.allocate());
    try writePage(&w, 2, 1);
    try w.commit();
    _ = try db.checkpointMode(.truncate, .full);
    var w1 = try db.beginWrite();
    try writePage(&w1, 2, 2);
    try w1.commit();
    var r = try db.beginRead(); // Its snapshot ends at frame 1.
    var i: u32 = 3;
    while (i <= 4) : (i += 1) {
        var wi = try db.beginWrite();
        try writePage(&wi, 2, i);
        try wi.commit();
    }
    const Result = Database.CheckpointResult;
    try testing.expectEqual(Result{ .busy = false, .log_frames = 3, .checkpointed_frames = 1 }, try db.checkpointMode(.passive, .full));
    try testing.expectEqual(Result{ .busy = true, .log_frames = 3, .checkpointed_frames = 1 }, try db.checkpointMode(.full, .full));
    try testing.expectEqual(@as(?u32, 2), try readTag(&r, 2)); // Still its own version.
    r.end();
    try testing.expectEqual(Result{ .busy = false, .log_frames = 3, .checkpointed_frames = 3 }, try db.checkpointMode(.restart, .full));
    // The next writer restarts the fully copied WAL: its commit is frame 1.
    var w5 = try db.beginWrite();
    try writePage(&w5, 2, 5);
    try w5.commit();
    // A writer holding its lock: FULL waits busy_timeout_ms, copies what it may, answers busy.
    var held = try db.beginWrite();
    try writePage(&held, 2, 7);
    try testing.expectEqual(Result{ .busy = true, .log_frames = 1, .checkpointed_frames = 1 }, try db.checkpointMode(.full, .full));
    try testing.expectEqual(Result{ .busy = false, .log_frames = 1, .checkpointed_frames = 1 }, try db.checkpointMode(.passive, .full));
    held.rollback();
}

test "pager: each write transaction syncs as its own durability says" {
    var options = small_page_options;
    options.auto_checkpoint_frames = 0;
    const db = try Database.openMemory(testing.allocator, options);
    defer db.close();
    var w = try db.beginWrite();
    w.release(try w.allocate());
    try w.commit();
    var fsyncs = db.stats().fsyncs;
    const Case = struct { durability: pager.Durability, commit_fsyncs: u64 };
    for ([_]Case{ .{ .durability = .off, .commit_fsyncs = 0 }, .{ .durability = .normal, .commit_fsyncs = 0 }, .{ .durability = .full, .commit_fsyncs = 1 } }) |case| {
        var wi = try db.beginWriteDurable(case.durability);
        try writePage(&wi, 2, @intFromEnum(case.durability));
        try wi.commit();
        try testing.expectEqual(fsyncs + case.commit_fsyncs, db.stats().fsyncs);
        fsyncs = db.stats().fsyncs;
    }
    // A NORMAL commit after the FULL one: its frame was never synced, so even a checkpoint
    // running as FULL syncs the WAL before copying it, then the database file.
    var wn = try db.beginWriteDurable(.normal);
    try writePage(&wn, 2, 11);
    try wn.commit();
    try testing.expectEqual(fsyncs, db.stats().fsyncs);
    _ = try db.checkpointMode(.passive, .full);
    try testing.expectEqual(fsyncs + 2, db.stats().fsyncs);
    // OFF checkpoints never sync.
    var wo = try db.beginWriteDurable(.off);
    try writePage(&wo, 2, 12);
    try wo.commit();
    _ = try db.checkpointMode(.passive, .off);
    try testing.expectEqual(fsyncs + 2, db.stats().fsyncs);
}

test "pager: the cache is resized only while no transaction uses it" {
    const db = try Database.openMemory(testing.allocator, small_page_options);
    defer db.close();
    var w = try db.beginWrite();
    var i: u32 = 0;
    while (i < 200) : (i += 1) w.release(try w.allocate());
    i = 2;
    while (i <= 201) : (i += 1) try writePage(&w, i, i);
    try w.commit();
    try testing.expect(db.setCacheSize(100));
    try testing.expectEqual(@as(u32, 100), db.cacheSlotCount());
    try testing.expectEqual(@as(i64, 100), db.cacheSize());
    var r = try db.beginRead();
    // A reader is registered: the new size waits.
    try testing.expect(!db.setCacheSize(-64)); // 64 KiB of 512-byte pages: 128 slots.
    try testing.expectEqual(@as(u32, 100), db.cacheSlotCount());
    // More pages than slots pass through the small cache; every one reads back right.
    i = 2;
    while (i <= 201) : (i += 1) try testing.expectEqual(@as(?u32, i), try readTag(&r, i));
    r.end();
    var w2 = try db.beginWrite(); // Finds the cache unused: applies the pending size.
    w2.rollback();
    try testing.expectEqual(@as(u32, 128), db.cacheSlotCount());
    try testing.expectEqual(@as(i64, -64), db.cacheSize());
    try testing.expect(db.setCacheSize(0));
    try testing.expectEqual(Database.cache_slots_pragma_min, db.cacheSlotCount());
    // A writer of many more pages than the least cache spills and commits.
    var w3 = try db.beginWrite();
    i = 2;
    while (i <= 201) : (i += 1) try writePage(&w3, i, i + 1000);
    try w3.commit();
    var r2 = try db.beginRead();
    defer r2.end();
    i = 2;
    while (i <= 201) : (i += 1) try testing.expectEqual(@as(?u32, i + 1000), try readTag(&r2, i));
}

test "pager: PRAGMA cache_size numbers map to slot counts within the bounds" {
    const min = Database.cache_slots_pragma_min;
    const max = Database.cache_slots_pragma_max;
    try testing.expectEqual(@as(u32, 500), Database.cacheSlotsFor(500, 4096));
    try testing.expectEqual(@as(u32, 500), Database.cacheSlotsFor(-2000, 4096));
    try testing.expectEqual(min, Database.cacheSlotsFor(0, 4096));
    try testing.expectEqual(min, Database.cacheSlotsFor(5, 4096));
    try testing.expectEqual(max, Database.cacheSlotsFor(std.math.maxInt(i32), 4096));
    try testing.expectEqual(max, Database.cacheSlotsFor(std.math.minInt(i32), 512));
    try testing.expectEqual(max, Database.cacheSlotsFor(std.math.minInt(i64), 512));
}

const ResizeRace = struct {
    db: *Database,
    pages: u32,
    done: std.atomic.Value(bool) = std.atomic.Value(bool).init(false),
    wrong: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    reads: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    const rounds_max: u32 = 100_000;

    /// Snapshots that read pages, each checked against its own pattern, while resizes run.
    fn read(race: *ResizeRace, seed: u64) void {
        var prng = std.Random.DefaultPrng.init(seed);
        const random = prng.random();
        var rounds: u32 = 0;
        while (rounds < rounds_max and !race.done.load(.acquire)) : (rounds += 1) {
            var r = race.db.beginRead() catch {
                _ = race.wrong.fetchAdd(1, .monotonic);
                continue;
            };
            var n: u32 = 0;
            while (n < 16) : (n += 1) {
                const page_no = 2 + random.uintLessThan(u32, race.pages);
                const tag = readTag(&r, page_no) catch null;
                if (tag == null) _ = race.wrong.fetchAdd(1, .monotonic);
                _ = race.reads.fetchAdd(1, .monotonic);
            }
            // A page held pinned across a thread switch keeps its bytes.
            const held = r.get(2 + random.uintLessThan(u32, race.pages)) catch null;
            if (held) |ref| {
                const before = tagOf(ref.bytes, ref.page_no);
                std.Thread.yield() catch {};
                if (before == null or tagOf(ref.bytes, ref.page_no) != before) _ = race.wrong.fetchAdd(1, .monotonic);
                r.release(ref);
            } else _ = race.wrong.fetchAdd(1, .monotonic);
            r.end();
            // Leave gaps with no reader, so resizes also get applied.
            if (random.boolean()) std.Thread.yield() catch {};
        }
    }
};

test "pager: cache resizes race with readers on other threads and stay exact" {
    const seed: u64 = 0x5EC5;
    std.debug.print("cache resize race seed {d}\n", .{seed});
    var prng = std.Random.DefaultPrng.init(seed);
    const random = prng.random();
    var options = small_page_options;
    options.busy_timeout_ms = 2000;
    const db = try Database.openMemory(testing.allocator, options);
    defer db.close();
    const pages: u32 = 300;
    var w = try db.beginWrite();
    var i: u32 = 0;
    while (i < pages) : (i += 1) w.release(try w.allocate());
    i = 2;
    while (i < 2 + pages) : (i += 1) try writePage(&w, i, i);
    try w.commit();
    var race: ResizeRace = .{ .db = db, .pages = pages };
    var threads: [3]std.Thread = undefined;
    for (&threads, 0..) |*thread, t| thread.* = try std.Thread.spawn(.{}, ResizeRace.read, .{ &race, seed + t });
    // Bounded: the readers start within a few scheduler slices.
    var spins: u32 = 0;
    while (race.reads.load(.monotonic) == 0 and spins < 1_000_000) : (spins += 1) std.Thread.yield() catch {};
    var applied: u32 = 0;
    var applied_later: u32 = 0;
    var round: u32 = 0;
    // Bounded by rounds; runs on until the readers have overlapped with many resizes.
    while (round < 5000 and (round < 150 or race.reads.load(.monotonic) < 4000)) : (round += 1) {
        // From the least cache (fewer slots than pages read) to one holding every page.
        const n: i64 = random.intRangeAtMost(i64, -300, 400);
        if (db.setCacheSize(n)) applied += 1 else if (db.resizeCache()) applied_later += 1;
        var wi = try db.beginWrite(); // Also applies a pending size when it finds no reader.
        var k: u32 = 0;
        while (k < 4) : (k += 1) {
            const page_no = 2 + random.uintLessThan(u32, pages);
            try writePage(&wi, page_no, round * 1000 + k);
        }
        try wi.commit();
    }
    race.done.store(true, .release);
    for (threads) |thread| thread.join();
    std.debug.print("cache resize race: {d} rounds, {d} resizes applied at once, {d} soon after, {d} reads\n", .{ round, applied, applied_later, race.reads.load(.monotonic) });
    try testing.expectEqual(@as(u32, 0), race.wrong.load(.monotonic));
    try testing.expect(race.reads.load(.monotonic) > 0);
    // Quiet now: the last size is applied by the next writer at the latest.
    var last = try db.beginWrite();
    last.rollback();
    try testing.expectEqual(Database.cacheSlotsFor(db.cacheSize(), 512), db.cacheSlotCount());
    var r = try db.beginRead();
    defer r.end();
    try r.checkIntegrity(testing.allocator, null);
}

test "pager: FULL, NORMAL and OFF writers commit concurrently; only the sync leader raises synced_seq" {
    // With NORMAL commits storing their sequence as synced (as when durability was one per
    // database), a NORMAL commit during a group fsync broke leadSync's assertion, and a FULL
    // waiter could return before any fsync covered it.
    var options = small_page_options;
    options.busy_timeout_ms = 5000;
    // A real file: its fsyncs take long enough for commits to land during a group fsync.
    var tmp = std.testing.tmpDir(.{});
    defer tmp.cleanup();
    var dir_buffer: [std.fs.max_path_bytes]u8 = undefined;
    const dir = try tmp.dir.realpath(".", &dir_buffer);
    var path_buffer: [std.fs.max_path_bytes]u8 = undefined;
    const db = try Database.open(testing.allocator, try std.fmt.bufPrint(&path_buffer, "{s}/mixed.db", .{dir}), options);
    defer db.close();
    var w = try db.beginWrite();
    var i: u32 = 0;
    while (i < 8) : (i += 1) w.release(try w.allocate());
    try w.commit();
    const Writer = struct {
        fn run(d: *Database, durability: pager.Durability, page_no: u32, failures: *std.atomic.Value(u32)) void {
            var n: u32 = 1;
            // Bounded: 150 commits each.
            while (n <= 150) : (n += 1) {
                commitOne(d, durability, page_no, n) catch {
                    _ = failures.fetchAdd(1, .monotonic);
                };
            }
        }

        fn commitOne(d: *Database, durability: pager.Durability, page_no: u32, tag: u32) !void {
            var txn = try d.beginWriteDurable(durability);
            errdefer txn.rollback();
            try writePage(&txn, page_no, tag);
            try txn.commit();
        }
    };
    var failures = std.atomic.Value(u32).init(0);
    var threads: [4]std.Thread = undefined;
    const durabilities = [_]pager.Durability{ .full, .normal, .full, .off };
    for (&threads, durabilities, 0..) |*thread, durability, t| {
        thread.* = try std.Thread.spawn(.{}, Writer.run, .{ db, durability, @as(u32, @intCast(2 + t)), &failures });
    }
    for (threads) |thread| thread.join();
    try testing.expectEqual(@as(u32, 0), failures.load(.monotonic));
    var r = try db.beginRead();
    defer r.end();
    for (0..threads.len) |t| try testing.expectEqual(@as(?u32, 150), try readTag(&r, @intCast(2 + t)));
}
