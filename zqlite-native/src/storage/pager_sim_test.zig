//! Simulation tests of the pager: power loss, concurrency, and corrupt files.
//!
//! Power loss: random transactions (writes, allocations, frees, nested savepoints, commits,
//! rollbacks, checkpoints) run on SimFiles sharing a PowerCut that kills both files after a random
//! number of I/O operations; the files then lose, keep or garble each unsynced write, and the
//! database is reopened. Every commit that returned (FULL) must be there, an interrupted commit
//! must be all there or not at all, and every page's checksum and the free-list accounting must
//! be valid. `power_loss_seeds` seeds run in the unit tests; raise it for longer runs. A failure
//! prints its seed.
const std = @import("std");
const testing = std.testing;
const assert = std.debug.assert;
const pager = @import("pager.zig");
const io = @import("io.zig");
const header = @import("header.zig");
const wal = @import("wal.zig");
const t = @import("pager_test.zig");
const Database = pager.Database;

/// Seeds of the power-loss test in `zig build test` (each runs a few crash/recover cycles).
const power_loss_seeds: u64 = 200;
const power_loss_cycles: u32 = 3;
const transactions_per_cycle: u32 = 12;

const Model = std.AutoArrayHashMap(u32, u32);

const Sim = struct {
    allocator: std.mem.Allocator,
    random: std.Random,
    db_sim: *io.SimFile,
    wal_sim: *io.SimFile,
    power_cut: io.PowerCut = .{ .ops_left = 0 },
    /// State after the last commit that returned.
    committed: Model,
    /// State the in-flight commit would make (valid while `in_flight`).
    pending: Model,
    in_flight: bool = false,
    next_tag: u32 = 1,
    durability: pager.Durability,
    /// Small budgets (17 slots) make transactions spill dirty pages to the WAL.
    cache_size_bytes_max: u64,
    /// NORMAL only: every state committed since the cycle began (the start state first); a
    /// crash may go back to any of them, but never to a partial transaction.
    history: std.ArrayList(Model),

    fn options(sim: *const Sim) pager.Options {
        return .{
            .durability = sim.durability,
            .page_size_bytes = 512,
            .cache_size_bytes_max = sim.cache_size_bytes_max,
            .auto_checkpoint_frames = 40,
            .wal_size_bytes_keep_max = 0, // Truncate at most resets: crash-test the truncation.
            .busy_timeout_ms = 10,
        };
    }

    fn open(sim: *Sim) !*Database {
        return Database.openFiles(sim.allocator, sim.db_sim.file(), sim.wal_sim.file(), sim.options());
    }

    /// One life of the process: transactions until the power cut (or the end), then crash.
    fn cycle(sim: *Sim) !void {
        const db = try sim.open();
        sim.clearHistory();
        try sim.history.append(try sim.committed.clone());
        sim.power_cut = .{ .ops_left = sim.random.uintLessThan(u64, 400) };
        sim.db_sim.power_cut = &sim.power_cut;
        sim.wal_sim.power_cut = &sim.power_cut;
        var i: u32 = 0;
        while (i < transactions_per_cycle) : (i += 1) {
            sim.transaction(db) catch |err| switch (err) {
                error.IoError => break, // The power went out.
                else => return err,
            };
            if (sim.random.uintLessThan(u8, 5) == 0) {
                db.checkpoint() catch |err| switch (err) {
                    error.IoError => break,
                    else => return err,
                };
            }
        }
        db.close();
        try sim.db_sim.crash(sim.random);
        try sim.wal_sim.crash(sim.random);
    }

    fn transaction(sim: *Sim, db: *Database) !void {
        var w = try db.beginWrite();
        var working = try sim.committed.clone();
        defer working.deinit();
        var savepoints = std.ArrayList(struct { id: u32, model: Model }).init(sim.allocator);
        defer {
            for (savepoints.items) |*sp| sp.model.deinit();
            savepoints.deinit();
        }
        const ops = 1 + sim.random.uintLessThan(u32, 30);
        var op: u32 = 0;
        while (op < ops) : (op += 1) {
            sim.step(&w, &working, &savepoints) catch |err| {
                w.rollback();
                return err;
            };
        }
        if (sim.random.uintLessThan(u8, 5) == 0) {
            w.rollback();
            return;
        }
        sim.pending.deinit();
        sim.pending = try working.clone();
        sim.in_flight = true;
        try w.commit();
        sim.in_flight = false;
        sim.committed.deinit();
        sim.committed = try working.clone();
        if (sim.durability == .normal) try sim.history.append(try working.clone());
    }

    fn clearHistory(sim: *Sim) void {
        for (sim.history.items) |*model| model.deinit();
        sim.history.clearRetainingCapacity();
    }

    fn step(sim: *Sim, w: *pager.WriteTxn, working: *Model, savepoints: anytype) !void {
        const choice = sim.random.uintLessThan(u8, 20);
        const live = working.keys();
        if (choice < 6 or live.len == 0) {
            const ref = try w.allocate();
            defer w.release(ref);
            if (working.contains(ref.page_no)) return error.AllocatedLivePage;
            t.fill(ref.bytes, ref.page_no, sim.next_tag);
            try working.put(ref.page_no, sim.next_tag);
            sim.next_tag += 1;
        } else if (choice < 12) {
            const page_no = live[sim.random.uintLessThan(usize, live.len)];
            const ref = try w.getMut(page_no);
            defer w.release(ref);
            t.fill(ref.bytes, page_no, sim.next_tag);
            try working.put(page_no, sim.next_tag);
            sim.next_tag += 1;
        } else if (choice < 15) {
            const page_no = live[sim.random.uintLessThan(usize, live.len)];
            const ref = try w.get(page_no);
            defer w.release(ref);
            if (t.tagOf(ref.bytes, page_no) != working.get(page_no).?) return error.WrongContent;
        } else if (choice < 17) {
            const page_no = live[sim.random.uintLessThan(usize, live.len)];
            try w.free(page_no);
            _ = working.swapRemove(page_no);
        } else {
            try sim.savepointStep(w, working, savepoints);
        }
    }

    fn savepointStep(sim: *Sim, w: *pager.WriteTxn, working: *Model, savepoints: anytype) !void {
        const choice = sim.random.uintLessThan(u8, 3);
        if (choice == 0 or savepoints.items.len == 0) {
            const id = try w.savepoint();
            try savepoints.append(.{ .id = id, .model = try working.clone() });
            return;
        }
        const index = sim.random.uintLessThan(usize, savepoints.items.len);
        const id = savepoints.items[index].id;
        if (choice == 1) {
            try w.rollbackTo(id);
            working.deinit();
            working.* = try savepoints.items[index].model.clone();
            while (savepoints.items.len > index + 1) {
                var sp = savepoints.pop();
                sp.model.deinit();
            }
        } else {
            try w.releaseSavepoint(id);
            while (savepoints.items.len > index) {
                var sp = savepoints.pop();
                sp.model.deinit();
            }
        }
    }

    /// After recovery: the state is `committed`, or `pending` when a commit was interrupted.
    fn verify(sim: *Sim) !void {
        const db = try sim.open();
        defer db.close();
        var r = try db.beginRead();
        defer r.end();
        // Every page's checksum and the free list, whatever the state.
        try r.checkIntegrity(sim.allocator, null);
        const matched = try sim.recoveredState(&r);
        if (matched != &sim.committed) {
            const copy = try matched.clone();
            sim.committed.deinit();
            sim.committed = copy;
        }
        sim.in_flight = false;
    }

    /// Which allowed state the recovered database equals.
    fn recoveredState(sim: *Sim, r: *pager.ReadTxn) !*Model {
        if (try matches(r, &sim.committed)) return &sim.committed;
        if (sim.in_flight and try matches(r, &sim.pending)) return &sim.pending;
        if (sim.durability == .normal) {
            var i = sim.history.items.len;
            while (i > 0) : (i -= 1) {
                if (try matches(r, &sim.history.items[i - 1])) return &sim.history.items[i - 1];
            }
        }
        return error.LostOrPartialCommit;
    }

    /// The database equals `model`: its pages hold the model's contents and every other page
    /// is on the free list (a state with fewer pages must not match a newer one).
    fn matches(r: *pager.ReadTxn, model: *Model) !bool {
        var it = model.iterator();
        while (it.next()) |kv| {
            if (kv.key_ptr.* > r.pageCount()) return false;
            const ref = try r.get(kv.key_ptr.*);
            defer r.release(ref);
            if (t.tagOf(ref.bytes, kv.key_ptr.*) != kv.value_ptr.*) return false;
        }
        const allocator = testing.allocator;
        var tree_pages = try std.DynamicBitSetUnmanaged.initEmpty(allocator, r.pageCount() + 1);
        defer tree_pages.deinit(allocator);
        for (model.keys()) |page_no| tree_pages.set(page_no);
        r.checkIntegrity(allocator, &tree_pages) catch |err| switch (err) {
            error.Corrupt => return false, // Some page is used by neither or both.
            else => return err,
        };
        return true;
    }
};

fn runPowerLossSeed(seed: u64, durability: pager.Durability) !void {
    var prng = std.Random.DefaultPrng.init(seed);
    var sim: Sim = .{
        .durability = durability,
        .cache_size_bytes_max = if (prng.random().boolean()) 18 * 1024 else 40 * 1024,
        .history = std.ArrayList(Model).init(testing.allocator),
        .allocator = testing.allocator,
        .random = prng.random(),
        .db_sim = try io.SimFile.create(testing.allocator, false),
        .wal_sim = try io.SimFile.create(testing.allocator, false),
        .committed = Model.init(testing.allocator),
        .pending = Model.init(testing.allocator),
    };
    defer {
        sim.db_sim.destroy();
        sim.wal_sim.destroy();
        sim.committed.deinit();
        sim.pending.deinit();
        sim.clearHistory();
        sim.history.deinit();
    }
    var cycle: u32 = 0;
    while (cycle < power_loss_cycles) : (cycle += 1) {
        try sim.cycle();
        try sim.verify();
    }
}

test "power loss: committed transactions survive, partial ones vanish, pages stay valid" {
    var seed: u64 = 0;
    while (seed < power_loss_seeds) : (seed += 1) {
        runPowerLossSeed(seed, .full) catch |err| {
            std.debug.print("power-loss seed {d} (FULL) failed: {s}\n", .{ seed, @errorName(err) });
            return err;
        };
    }
}

test "power loss under NORMAL: recent commits may go, but never consistency" {
    var seed: u64 = 0;
    while (seed < power_loss_seeds / 4) : (seed += 1) {
        runPowerLossSeed(seed, .normal) catch |err| {
            std.debug.print("power-loss seed {d} (NORMAL) failed: {s}\n", .{ seed, @errorName(err) });
            return err;
        };
    }
}

// ---- Concurrency -----------------------------------------------------------------------------

const pages_per_commit: u32 = 8;

const Shared = struct {
    path: []const u8,
    options: pager.Options,
    done: std.atomic.Value(bool) = std.atomic.Value(bool).init(false),
    failures: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    snapshots_checked: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),

    fn fail(shared: *Shared, comptime what: []const u8, err: anyerror) void {
        std.debug.print("concurrency failure: " ++ what ++ ": {s}\n", .{@errorName(err)});
        _ = shared.failures.fetchAdd(1, .monotonic);
    }
};

fn writerThread(shared: *Shared, commits: u32) void {
    defer shared.done.store(true, .release);
    const db = Database.open(testing.allocator, shared.path, shared.options) catch |err| {
        return shared.fail("writer open", err);
    };
    defer db.close();
    var tag: u32 = 2;
    while (tag < 2 + commits) : (tag += 1) {
        writeAll(db, tag) catch |err| return shared.fail("writer commit", err);
    }
}

/// One transaction writing `tag` into every page 2..pages_per_commit+1.
fn writeAll(db: *Database, tag: u32) !void {
    var w = try db.beginWrite();
    errdefer w.rollback();
    var page_no: u32 = 2;
    while (page_no < 2 + pages_per_commit) : (page_no += 1) {
        const ref = if (page_no > w.pageCount()) try w.allocate() else try w.getMut(page_no);
        defer w.release(ref);
        t.fill(ref.bytes, page_no, tag);
    }
    try w.commit();
}

/// Reads snapshots until the writer is done: every page of a snapshot carries the same tag, tags
/// never go backwards, and a page re-read at the end of the snapshot is unchanged.
fn readerThread(shared: *Shared, reopen: bool) void {
    var db = Database.open(testing.allocator, shared.path, shared.options) catch |err| {
        return shared.fail("reader open", err);
    };
    defer db.close();
    var last_tag: u32 = 0;
    var rounds: u32 = 0;
    while (!shared.done.load(.acquire) and rounds < 100_000) : (rounds += 1) {
        if (reopen) { // Connections come and go while others work.
            db.close();
            db = Database.open(testing.allocator, shared.path, shared.options) catch |err| {
                db = Database.openMemory(testing.allocator, shared.options) catch unreachable;
                return shared.fail("reader reopen", err);
            };
        }
        last_tag = checkSnapshot(db, last_tag) catch |err| return shared.fail("reader snapshot", err);
        _ = shared.snapshots_checked.fetchAdd(1, .monotonic);
    }
}

fn checkSnapshot(db: *Database, last_tag: u32) !u32 {
    var r = try db.beginRead();
    defer r.end();
    const first = try tagAt(&r, 2);
    if (first < last_tag) return error.SnapshotWentBackwards;
    var page_no: u32 = 3;
    while (page_no < 2 + pages_per_commit) : (page_no += 1) {
        if (try tagAt(&r, page_no) != first) return error.TornSnapshot;
        std.Thread.yield() catch {};
    }
    if (try tagAt(&r, 2) != first) return error.SnapshotChanged;
    return first;
}

fn tagAt(r: *pager.ReadTxn, page_no: u32) !u32 {
    const ref = try r.get(page_no);
    defer r.release(ref);
    return t.tagOf(ref.bytes, page_no) orelse error.BadPageContent;
}

fn checkpointThread(shared: *Shared) void {
    const db = Database.open(testing.allocator, shared.path, shared.options) catch |err| {
        return shared.fail("checkpointer open", err);
    };
    defer db.close();
    var rounds: u32 = 0;
    while (!shared.done.load(.acquire) and rounds < 100_000) : (rounds += 1) {
        db.checkpoint() catch |err| return shared.fail("checkpoint", err);
        std.time.sleep(200 * std.time.ns_per_us);
    }
}

/// A writer, `readers` snapshot readers (the last one reopening its connection every round) and
/// a checkpointer on one file with a 64-slot cache, so pages are evicted and invalidated while
/// readers pin them without locks, snapshots begin from the lock-free view, and the WAL resets.
fn runConcurrency(durability: pager.Durability, readers: u32, commits: u32) !void {
    var tmp = testing.tmpDir(.{});
    defer tmp.cleanup();
    var path_buffer: [std.fs.max_path_bytes]u8 = undefined;
    const dir_path = try tmp.dir.realpath(".", &path_buffer);
    const path = try std.fs.path.join(testing.allocator, &.{ dir_path, "concurrent.db" });
    defer testing.allocator.free(path);
    var shared: Shared = .{ .path = path, .options = .{
        .page_size_bytes = 512,
        .cache_size_bytes_max = 32 * 1024,
        .durability = durability,
        .auto_checkpoint_frames = 24,
        .busy_timeout_ms = 2000,
    } };
    const keeper = try Database.open(testing.allocator, path, shared.options);
    defer keeper.close();
    try writeAll(keeper, 1);

    var threads: [8]std.Thread = undefined;
    assert(readers >= 1 and readers + 2 <= threads.len);
    threads[0] = try std.Thread.spawn(.{}, writerThread, .{ &shared, commits });
    threads[1] = try std.Thread.spawn(.{}, checkpointThread, .{&shared});
    for (threads[2..][0..readers], 0..) |*thread, i| {
        thread.* = try std.Thread.spawn(.{}, readerThread, .{ &shared, i + 1 == readers });
    }
    for (threads[0 .. 2 + readers]) |thread| thread.join();
    try testing.expectEqual(@as(u32, 0), shared.failures.load(.monotonic));
    try testing.expect(shared.snapshots_checked.load(.monotonic) > 0);
    try testing.expect(keeper.stats().checkpoints > 0);
    // ~9 frames a commit with a 96-frame drain limit: the WAL was reset many times despite
    // readers always overlapping (without draining it resets about once).
    try testing.expect(keeper.epoch.load(.monotonic) >= 3);
    try testing.expectEqual(commits + 1, try checkSnapshot(keeper, commits + 1));
}

test "concurrency: readers keep consistent snapshots while a writer commits and checkpoints run" {
    try runConcurrency(.normal, 3, 300);
}

test "concurrency: durable commits (group fsync publishes the view) under 5 readers" {
    try runConcurrency(.full, 5, 120);
}

const GroupCommit = struct {
    db: *Database,
    failures: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),

    fn run(gc: *GroupCommit, page_no: u32, commits: u32) void {
        var tag: u32 = 1;
        while (tag <= commits) : (tag += 1) {
            gc.commitOne(page_no, tag) catch |err| {
                std.debug.print("group commit thread failed: {s}\n", .{@errorName(err)});
                _ = gc.failures.fetchAdd(1, .monotonic);
                return;
            };
        }
    }

    /// A failed commit has already rolled back, so only `getMut` is covered by a rollback.
    fn commitOne(gc: *GroupCommit, page_no: u32, tag: u32) !void {
        var w = try gc.db.beginWrite();
        const ref = w.getMut(page_no) catch |err| {
            w.rollback();
            return err;
        };
        t.fill(ref.bytes, page_no, tag);
        w.release(ref);
        try w.commit();
    }
};

test "group commit: concurrent durable commits share fsyncs and all survive a crash" {
    const thread_count: u32 = 8;
    const commits_per_thread: u32 = 20;
    const db_sim = try io.SimFile.create(testing.allocator, false);
    defer db_sim.destroy();
    const wal_sim = try io.SimFile.create(testing.allocator, false);
    defer wal_sim.destroy();
    wal_sim.sync_delay_us = 500; // A disk whose flush takes time, as real ones do.
    const options: pager.Options = .{
        .page_size_bytes = 512,
        .cache_size_bytes_max = 64 * 1024,
        .auto_checkpoint_frames = 0,
        .busy_timeout_ms = 10_000,
    };
    const db = try Database.openFiles(testing.allocator, db_sim.file(), wal_sim.file(), options);
    {
        var w = try db.beginWrite();
        var i: u32 = 0;
        while (i < thread_count) : (i += 1) w.release(try w.allocate());
        try w.commit();
    }
    const before = db.stats();
    var gc: GroupCommit = .{ .db = db };
    var threads: [thread_count]std.Thread = undefined;
    for (&threads, 0..) |*thread, i| {
        thread.* = try std.Thread.spawn(.{}, GroupCommit.run, .{ &gc, @as(u32, @intCast(i)) + 2, commits_per_thread });
    }
    for (threads) |thread| thread.join();
    const after = db.stats();
    try testing.expectEqual(@as(u32, 0), gc.failures.load(.monotonic));
    const commits = after.commits - before.commits;
    const fsyncs = after.fsyncs - before.fsyncs;
    try testing.expectEqual(@as(u64, thread_count * commits_per_thread), commits);
    try testing.expect(fsyncs < commits);
    // Lose everything unsynced (no close: no checkpoint), then every commit must be there.
    var prng = std.Random.DefaultPrng.init(7);
    db_sim.fail_after_ops = 0;
    wal_sim.fail_after_ops = 0;
    db.close();
    try db_sim.crash(prng.random());
    try wal_sim.crash(prng.random());
    const reopened = try Database.openFiles(testing.allocator, db_sim.file(), wal_sim.file(), options);
    defer reopened.close();
    var r = try reopened.beginRead();
    defer r.end();
    var page_no: u32 = 2;
    while (page_no < 2 + thread_count) : (page_no += 1) {
        try testing.expectEqual(commits_per_thread, try tagAt(&r, page_no));
    }
}

/// One thread of the failing group commit test: commits until the first error, then stops.
const FailingCommitter = struct {
    gc: *GroupCommit,
    page_no: u32,
    /// The last tag whose commit returned success (0: none).
    last_ok: u32 = 0,
    failure: ?anyerror = null,

    fn run(fc: *FailingCommitter, commits: u32) void {
        var tag: u32 = 1;
        while (tag <= commits) : (tag += 1) {
            fc.gc.commitOne(fc.page_no, tag) catch |err| {
                fc.failure = err;
                return;
            };
            fc.last_ok = tag;
        }
    }
};

test "group commit: the WAL dies mid-run: every waiter fails, none hangs, returned commits last" {
    const thread_count: u32 = 8;
    const commits_per_thread: u32 = 30;
    const db_sim = try io.SimFile.create(testing.allocator, false);
    defer db_sim.destroy();
    const wal_sim = try io.SimFile.create(testing.allocator, false);
    defer wal_sim.destroy();
    wal_sim.sync_delay_us = 300;
    const options: pager.Options = .{
        .page_size_bytes = 512,
        .cache_size_bytes_max = 64 * 1024,
        .auto_checkpoint_frames = 0,
        .busy_timeout_ms = 10_000,
    };
    const db = try Database.openFiles(testing.allocator, db_sim.file(), wal_sim.file(), options);
    {
        var w = try db.beginWrite();
        var i: u32 = 0;
        while (i < thread_count) : (i += 1) w.release(try w.allocate());
        try w.commit();
    }
    // Set before any committer starts: the WAL file dies during the run (a write or a group
    // fsync fails), with leaders and sleeping waiters in flight.
    wal_sim.fail_after_ops = 60;
    var gc: GroupCommit = .{ .db = db };
    var committers: [thread_count]FailingCommitter = undefined;
    var threads: [thread_count]std.Thread = undefined;
    for (&committers, &threads, 0..) |*fc, *thread, i| {
        fc.* = .{ .gc = &gc, .page_no = @as(u32, @intCast(i)) + 2 };
        thread.* = try std.Thread.spawn(.{}, FailingCommitter.run, .{ fc, commits_per_thread });
    }
    for (threads) |thread| thread.join(); // A lost wake-up would hang here.
    for (committers) |fc| try testing.expectEqual(@as(?anyerror, error.IoError), fc.failure);
    var prng = std.Random.DefaultPrng.init(11);
    db.close();
    try db_sim.crash(prng.random());
    try wal_sim.crash(prng.random());
    const reopened = try Database.openFiles(
        testing.allocator,
        db_sim.file(),
        wal_sim.file(),
        options,
    );
    defer reopened.close();
    var r = try reopened.beginRead();
    defer r.end();
    // A commit that returned is durable; the one that failed may or may not be there.
    for (committers) |fc| {
        const tag = if (fc.last_ok == 0) 0 else try tagAt(&r, fc.page_no);
        try testing.expect(tag >= fc.last_ok and tag <= fc.last_ok + 1);
    }
}

// ---- Corrupt files ---------------------------------------------------------------------------

/// Iterations of the corrupt-file fuzz test in `zig build test`.
const fuzz_iterations: u32 = 300;

fn buildValidFiles(db_sim: *io.SimFile, wal_sim: *io.SimFile) !void {
    const options: pager.Options = .{ .page_size_bytes = 512, .cache_size_bytes_max = 64 * 1024, .auto_checkpoint_frames = 0 };
    const db = try Database.openFiles(testing.allocator, db_sim.file(), wal_sim.file(), options);
    defer db.close(); // Checkpoints, but leaves the WAL's frames in place.
    var tag: u32 = 1;
    while (tag < 8) : (tag += 1) {
        var w = try db.beginWrite();
        var i: u32 = 0;
        while (i < 6) : (i += 1) {
            const ref = try w.allocate();
            t.fill(ref.bytes, ref.page_no, tag);
            w.release(ref);
        }
        try w.free(2 + tag);
        try w.setSchemaRoot(2);
        try w.commit();
        if (tag == 4) try db.checkpoint();
    }
}

fn mutate(random: std.Random, bytes: *std.ArrayList(u8)) !void {
    switch (random.uintLessThan(u8, 5)) {
        0 => { // Flip a few bytes.
            if (bytes.items.len == 0) return;
            var n = 1 + random.uintLessThan(u32, 8);
            while (n > 0) : (n -= 1) bytes.items[random.uintLessThan(usize, bytes.items.len)] ^= random.int(u8) | 1;
        },
        1 => bytes.shrinkRetainingCapacity(random.uintAtMost(usize, bytes.items.len)),
        2 => { // Corrupt a page's contents but keep its checksum valid.
            const pages = bytes.items.len / 512;
            if (pages == 0) return;
            const page_no: u32 = @intCast(1 + random.uintLessThan(usize, pages));
            const page = bytes.items[(page_no - 1) * 512 ..][0..512];
            page[random.uintLessThan(usize, 64)] = random.int(u8);
            header.sealPage(page_no, page);
        },
        3 => { // Garbage of random length.
            try bytes.resize(random.uintLessThan(usize, 8192));
            random.bytes(bytes.items);
        },
        else => {}, // Unchanged.
    }
}

fn exercise(db: *Database, random: std.Random) void {
    var r = db.beginRead() catch return;
    var page_no: u32 = 0;
    while (page_no <= @min(r.pageCount() + 1, 300)) : (page_no += 1) {
        const ref = r.get(page_no) catch continue;
        r.release(ref);
    }
    r.checkIntegrity(testing.allocator, null) catch {};
    _ = r.schemaRoot() catch {};
    r.end();
    var w = db.beginWrite() catch return;
    var i: u32 = 0;
    while (i < 6) : (i += 1) {
        const target = random.uintAtMost(u32, w.pageCount() + 1);
        if (random.boolean()) {
            if (w.getMut(target)) |ref| w.release(ref) else |_| {}
        } else if (random.boolean()) {
            if (w.allocate()) |ref| w.release(ref) else |_| {}
        } else {
            w.free(target) catch {};
        }
    }
    w.commit() catch {};
}

test "fuzz: garbage and mutated database and WAL files give errors, never crashes or hangs" {
    const valid_db = try io.SimFile.create(testing.allocator, true);
    defer valid_db.destroy();
    const valid_wal = try io.SimFile.create(testing.allocator, true);
    defer valid_wal.destroy();
    try buildValidFiles(valid_db, valid_wal);
    var prng = std.Random.DefaultPrng.init(0xF022);
    const random = prng.random();
    var db_bytes = std.ArrayList(u8).init(testing.allocator);
    defer db_bytes.deinit();
    var wal_bytes = std.ArrayList(u8).init(testing.allocator);
    defer wal_bytes.deinit();
    var opened: u32 = 0;
    var iteration: u32 = 0;
    while (iteration < fuzz_iterations) : (iteration += 1) {
        try db_bytes.resize(0);
        try db_bytes.appendSlice(valid_db.current.items);
        try wal_bytes.resize(0);
        try wal_bytes.appendSlice(valid_wal.current.items);
        try mutate(random, if (random.boolean()) &db_bytes else &wal_bytes);
        if (random.uintLessThan(u8, 4) == 0) try mutate(random, &wal_bytes);
        const db_sim = try io.SimFile.create(testing.allocator, true);
        defer db_sim.destroy();
        const wal_sim = try io.SimFile.create(testing.allocator, true);
        defer wal_sim.destroy();
        try db_sim.file().writeAt(db_bytes.items, 0);
        try wal_sim.file().writeAt(wal_bytes.items, 0);
        const options: pager.Options = .{ .page_size_bytes = 512, .cache_size_bytes_max = 64 * 1024 };
        const db = Database.openFiles(testing.allocator, db_sim.file(), wal_sim.file(), options) catch continue;
        opened += 1;
        exercise(db, random);
        db.close();
    }
    try testing.expect(opened > 0);
}
