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

    fn options() pager.Options {
        return .{
            .page_size_bytes = 512,
            .cache_size_bytes_max = 40 * 1024,
            .auto_checkpoint_frames = 40,
            .busy_timeout_ms = 10,
        };
    }

    fn open(sim: *Sim) !*Database {
        return Database.openFiles(sim.allocator, sim.db_sim.file(), sim.wal_sim.file(), options());
    }

    /// One life of the process: transactions until the power cut (or the end), then crash.
    fn cycle(sim: *Sim) !void {
        const db = try sim.open();
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
        var matched = &sim.committed;
        if (!try matches(&r, &sim.committed)) {
            if (!sim.in_flight or !try matches(&r, &sim.pending)) return error.LostOrPartialCommit;
            matched = &sim.pending;
        }
        var tree_pages = try std.DynamicBitSetUnmanaged.initEmpty(sim.allocator, r.pageCount() + 1);
        defer tree_pages.deinit(sim.allocator);
        for (matched.keys()) |page_no| tree_pages.set(page_no);
        try r.checkIntegrity(sim.allocator, &tree_pages);
        if (matched == &sim.pending) {
            sim.committed.deinit();
            sim.committed = try sim.pending.clone();
        }
        sim.in_flight = false;
    }

    fn matches(r: *pager.ReadTxn, model: *Model) !bool {
        var it = model.iterator();
        while (it.next()) |kv| {
            if (kv.key_ptr.* > r.pageCount()) return false;
            const ref = try r.get(kv.key_ptr.*);
            defer r.release(ref);
            if (t.tagOf(ref.bytes, kv.key_ptr.*) != kv.value_ptr.*) return false;
        }
        return true;
    }
};

fn runPowerLossSeed(seed: u64) !void {
    var prng = std.Random.DefaultPrng.init(seed);
    var sim: Sim = .{
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
        runPowerLossSeed(seed) catch |err| {
            std.debug.print("power-loss seed {d} failed: {s}\n", .{ seed, @errorName(err) });
            return err;
        };
    }
}
