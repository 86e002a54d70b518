//! The kill test (`zig build kill-test`; also part of `zig build test`): proves that a process
//! killed at any moment (SIGKILL: no cleanup, no close, no checkpoint) loses no acknowledged
//! transaction and leaves no partial one.
//!
//! Usage: `kill-test TORTURE_PATH [--canary] [--cycles N] [--seed S] [--dir DIR]` (also
//! ZQLITE_SEED=S), or `kill-test --verify DBPATH` to check a database a run left behind. `--canary` makes the child ack before committing, a deliberate bug the test
//! must catch: it then exits 0 only if some cycle failed (proof that the checks can fail).
//! Each cycle starts `zqlite-torture DBPATH START_ID` (torture.zig) on one database in a temp
//! directory, reads its acks, and sends SIGKILL after a random delay of 0..50 ms or right after
//! a random number of acks, whichever comes first. Then it opens the database in this process
//! (recovering the WAL) and verifies:
//!   - checkDatabase is clean (checksums, trees, free list, page accounting, index = table);
//!   - transactions 1..L are each fully present (all rowCount(t) rows, exact values) and nothing
//!     beyond L is (no partial transaction), where L is the counter row's last id, whose total
//!     row count matches the rows found;
//!   - every acknowledged id is <= L (acked means durable), acks came in order from START_ID,
//!     and L >= START_ID - 1 (ids continue; the next cycle starts at L + 1).
//! It prints `kill-test: N passed, N failed`; a failure prints the seed and the cycle, and later
//! cycles are not run (the database may then be damaged). Exit code 0 only when all passed.
const std = @import("std");
const storage = @import("zqlite_storage");
const torture = @import("torture.zig");
const pager = storage.pager;
const btree = storage.btree;

const assert = std.debug.assert;
const ReadTree = btree.BTreeType(pager.ReadTxn);

pub const cycles_default: u32 = 200;
const kill_delay_ms_max: u32 = 50;
const kill_after_acks_max: u32 = 12;
/// A child that has not been killed after this long is stuck: fail rather than hang.
const cycle_timeout_ms: i64 = 20_000;

const Config = struct {
    torture_path: []const u8,
    cycles: u32 = cycles_default,
    seed: u64,
    dir: ?[]const u8 = null,
    /// Run the child with the deliberate bug (ack before commit) and expect a failure.
    canary: bool = false,
};

const Acks = struct {
    first: u64 = 0,
    last: u64 = 0,
    count: u64 = 0,
    pending: [64]u8 = undefined,
    pending_len: usize = 0,

    /// Consumes bytes from the child's stdout; every complete line must be the next ack.
    fn feed(acks: *Acks, bytes: []const u8, start_id: u64) !void {
        for (bytes) |byte| {
            if (byte != '\n') {
                if (acks.pending_len == acks.pending.len) return error.AckLineTooLong;
                acks.pending[acks.pending_len] = byte;
                acks.pending_len += 1;
                continue;
            }
            const line = acks.pending[0..acks.pending_len];
            acks.pending_len = 0;
            if (!std.mem.startsWith(u8, line, "ack ")) return error.BadAckLine;
            const id = try std.fmt.parseInt(u64, line[4..], 10);
            if (id != start_id + acks.count) return error.AckOutOfOrder;
            if (acks.count == 0) acks.first = id;
            acks.last = id;
            acks.count += 1;
        }
    }
};

const Cycle = struct {
    allocator: std.mem.Allocator,
    config: *const Config,
    db_path: []const u8,
    random: std.Random,
    start_id: u64,
    acks: Acks = .{},

    /// Runs the child until killed; returns after it is reaped, with its acks read.
    fn runChild(cycle: *Cycle) !void {
        var start_buffer: [24]u8 = undefined;
        const start = try std.fmt.bufPrint(&start_buffer, "{d}", .{cycle.start_id});
        var child = std.process.Child.init(&.{ cycle.config.torture_path, cycle.db_path, start }, cycle.allocator);
        child.stdout_behavior = .Pipe;
        child.stdin_behavior = .Ignore;
        var env = try std.process.getEnvMap(cycle.allocator);
        defer env.deinit();
        if (cycle.config.canary) try env.put(torture.ack_early_env, "1");
        child.env_map = &env;
        try child.spawn();
        const delay_ms = cycle.random.uintAtMost(u32, kill_delay_ms_max);
        const after_acks = 1 + cycle.random.uintLessThan(u32, kill_after_acks_max);
        try cycle.readUntilKill(&child, delay_ms, after_acks);
        std.posix.kill(child.id, std.posix.SIG.KILL) catch {};
        try cycle.drain(child.stdout.?);
        const term = try child.wait();
        if (term != .Signal or term.Signal != std.posix.SIG.KILL) {
            std.debug.print("kill-test: child ended by itself: {any}\n", .{term});
            return error.ChildDiedByItself;
        }
    }

    /// Reads acks until `delay_ms` passed or `after_acks` acks arrived.
    fn readUntilKill(cycle: *Cycle, child: *std.process.Child, delay_ms: u32, after_acks: u32) !void {
        const started_ms = std.time.milliTimestamp();
        var fds = [_]std.posix.pollfd{.{ .fd = child.stdout.?.handle, .events = std.posix.POLL.IN, .revents = 0 }};
        var rounds: u32 = 0;
        while (rounds < 100_000) : (rounds += 1) {
            const elapsed_ms = std.time.milliTimestamp() - started_ms;
            if (elapsed_ms >= delay_ms or cycle.acks.count >= after_acks) return;
            if (elapsed_ms > cycle_timeout_ms) return error.ChildStuck;
            const ready = try std.posix.poll(&fds, @intCast(@as(i64, delay_ms) - elapsed_ms));
            if (ready == 0) continue;
            var buffer: [4096]u8 = undefined;
            const n = try std.posix.read(fds[0].fd, &buffer);
            if (n == 0) return error.ChildClosedStdout;
            try cycle.acks.feed(buffer[0..n], cycle.start_id);
        }
        return error.ChildStuck;
    }

    /// Reads the acks the child wrote before it died (they are promises too).
    fn drain(cycle: *Cycle, stdout: std.fs.File) !void {
        var buffer: [4096]u8 = undefined;
        var reads: u32 = 0;
        while (reads < 1_000_000) : (reads += 1) {
            const n = try stdout.read(&buffer);
            if (n == 0) return;
            try cycle.acks.feed(buffer[0..n], cycle.start_id);
        }
        return error.ChildStuck;
    }
};

/// What the database holds after recovery.
const Found = struct {
    last_txn_id: u64 = 0,
    rows: u64 = 0,
};

/// Opens the database, checks its integrity and contents; returns the last transaction id.
fn verifyDatabase(allocator: std.mem.Allocator, db_path: []const u8) !Found {
    const db = try pager.Database.open(allocator, db_path, torture.options);
    defer db.close();
    var read = try db.beginRead();
    defer read.end();
    const catalog_root = try read.schemaRoot();
    if (catalog_root == 0) {
        if (read.pageCount() != 1) return error.PagesWithoutCatalog;
        return .{};
    }
    const roots = try torture.readRoots(pager.ReadTxn, &read, allocator, catalog_root);
    const trees = [_]storage.TreeDescriptor{
        .{ .table = .{ .root_page_no = roots.catalog } },
        .{ .table = .{ .root_page_no = roots.table } },
        .{ .index = .{ .root_page_no = roots.index, .table_root_page_no = roots.table, .columns = &torture.index_columns } },
    };
    var report = try storage.checkDatabase(&read, allocator, &trees);
    defer report.deinit();
    if (!report.ok()) {
        std.debug.print("kill-test: integrity check failed:\n", .{});
        report.write(std.io.getStdErr().writer()) catch {};
        return error.IntegrityCheckFailed;
    }
    return verifyRows(allocator, &read, roots);
}

/// Scans the data table in rowid order: the counter row, then transactions 1..L in full.
fn verifyRows(allocator: std.mem.Allocator, read: *pager.ReadTxn, roots: torture.Roots) !Found {
    var table = ReadTree.Tree.open(read, allocator, roots.table, .table);
    defer table.close();
    var cursor: ReadTree.Cursor = undefined;
    cursor.init(&table);
    defer cursor.deinit();
    const payload = try allocator.alloc(u8, torture.record_size_bytes_max);
    defer allocator.free(payload);
    const expected = try allocator.alloc(u8, torture.record_size_bytes_max);
    defer allocator.free(expected);
    const value = try allocator.alloc(u8, torture.value_size_bytes_max);
    defer allocator.free(value);
    if (!try cursor.first()) return .{};
    if (try cursor.rowid() != torture.counter_rowid) return error.CounterRowMissing;
    const counter_size = try cursor.payloadSizeBytes();
    if (counter_size > payload.len) return error.CounterRowTooBig;
    try cursor.readPayload(payload[0..counter_size]);
    const found = Found{
        .last_txn_id = @intCast(try torture.integerColumn(payload[0..counter_size], 0)),
        .rows = @intCast(try torture.integerColumn(payload[0..counter_size], 1)),
    };
    var rows: u64 = 0;
    var txn_id: u64 = 1;
    while (txn_id <= found.last_txn_id) : (txn_id += 1) {
        for (0..torture.rowCount(txn_id)) |i| {
            const row_index: u32 = @intCast(i);
            const rowid = torture.rowidOf(txn_id, row_index);
            if (!try cursor.next() or try cursor.rowid() != rowid) {
                std.debug.print("kill-test: transaction {d} lacks row {d}\n", .{ txn_id, row_index });
                return error.PartialTransaction;
            }
            const size = try cursor.payloadSizeBytes();
            const want_value = value[0..torture.valueSizeBytes(rowid)];
            torture.fillValue(rowid, want_value);
            const want_size = torture.encodeRow(txn_id, row_index, want_value, expected);
            if (size != want_size) return error.RowDiffers;
            try cursor.readPayload(payload[0..size]);
            if (!std.mem.eql(u8, payload[0..size], expected[0..size])) return error.RowDiffers;
            rows += 1;
        }
    }
    if (try cursor.next()) {
        std.debug.print("kill-test: row {d} beyond transaction {d}\n", .{ try cursor.rowid(), found.last_txn_id });
        return error.PartialTransaction;
    }
    if (rows != found.rows) return error.CounterRowCountDiffers;
    return found;
}

/// One cycle: run, kill, verify. Returns the last transaction id now in the database.
fn runCycle(allocator: std.mem.Allocator, config: *const Config, db_path: []const u8, random: std.Random, start_id: u64) !u64 {
    var cycle = Cycle{ .allocator = allocator, .config = config, .db_path = db_path, .random = random, .start_id = start_id };
    try cycle.runChild();
    const found = try verifyDatabase(allocator, db_path);
    if (found.last_txn_id + 1 < start_id) {
        std.debug.print("kill-test: last id {d}, but {d} was committed before\n", .{ found.last_txn_id, start_id - 1 });
        return error.TransactionLost;
    }
    if (cycle.acks.count > 0 and cycle.acks.last > found.last_txn_id) {
        std.debug.print("kill-test: transaction {d} acknowledged, database ends at {d}\n", .{ cycle.acks.last, found.last_txn_id });
        return error.AcknowledgedTransactionLost;
    }
    assert(found.last_txn_id + 1 >= start_id);
    return found.last_txn_id;
}

fn parseArgs(args: []const []const u8) !Config {
    if (args.len < 2) return error.Usage;
    var config = Config{ .torture_path = args[1], .seed = seedFromEnv() orelse seedFromTime() };
    var i: usize = 2;
    while (i < args.len and std.mem.eql(u8, args[i], "--canary")) : (i += 1) config.canary = true;
    while (i + 1 < args.len) : (i += 2) {
        if (std.mem.eql(u8, args[i], "--cycles")) {
            config.cycles = try std.fmt.parseInt(u32, args[i + 1], 10);
        } else if (std.mem.eql(u8, args[i], "--seed")) {
            config.seed = try std.fmt.parseInt(u64, args[i + 1], 0);
        } else if (std.mem.eql(u8, args[i], "--dir")) {
            config.dir = args[i + 1];
        } else return error.Usage;
    }
    if (i != args.len) return error.Usage;
    return config;
}

fn seedFromEnv() ?u64 {
    const text = std.posix.getenv("ZQLITE_SEED") orelse return null;
    return std.fmt.parseInt(u64, text, 0) catch null;
}

fn seedFromTime() u64 {
    return @truncate(@as(u128, @bitCast(std.time.nanoTimestamp())));
}

/// `kill-test --verify DBPATH`: the after-kill checks on a database left behind (for example by
/// a failed or interrupted run), without running anything. Work on a copy: it recovers the WAL.
fn verifyOnly(allocator: std.mem.Allocator, db_path: []const u8) !u8 {
    const found = verifyDatabase(allocator, db_path) catch |err| {
        std.debug.print("kill-test --verify: {s}: FAILED ({s})\n", .{ db_path, @errorName(err) });
        return 1;
    };
    std.debug.print("kill-test --verify: {s}: ok, transactions 1..{d} complete, {d} rows\n", .{
        db_path, found.last_txn_id, found.rows,
    });
    return 0;
}

pub fn main() !u8 {
    const allocator = std.heap.c_allocator;
    const args = try std.process.argsAlloc(allocator);
    defer std.process.argsFree(allocator, args);
    if (args.len == 3 and std.mem.eql(u8, args[1], "--verify")) return verifyOnly(allocator, args[2]);
    const config = parseArgs(args) catch {
        std.debug.print("usage: kill-test TORTURE_PATH [--canary] [--cycles N] [--seed S] [--dir DIR]\n", .{});
        return 2;
    };
    var dir_buffer: [std.fs.max_path_bytes]u8 = undefined;
    const dir = config.dir orelse try std.fmt.bufPrint(&dir_buffer, "/tmp/zqlite-kill-{x}-{d}", .{
        config.seed, std.os.linux.getpid(),
    });
    std.fs.cwd().deleteTree(dir) catch {};
    try std.fs.cwd().makePath(dir);
    const db_path = try std.fs.path.join(allocator, &.{ dir, "kill.db" });
    defer allocator.free(db_path);
    var prng = std.Random.DefaultPrng.init(config.seed);
    var passed: u32 = 0;
    var failed: u32 = 0;
    var last_id: u64 = 0;
    const started_ms = std.time.milliTimestamp();
    for (0..config.cycles) |cycle_index| {
        last_id = runCycle(allocator, &config, db_path, prng.random(), last_id + 1) catch |err| {
            std.debug.print("kill-test: FAILED at cycle {d} with seed 0x{x} ({s}); replay: " ++
                "ZQLITE_SEED=0x{x} zig build kill-test\n", .{ cycle_index, config.seed, @errorName(err), config.seed });
            failed += 1;
            break;
        };
        passed += 1;
    }
    const elapsed_ms = std.time.milliTimestamp() - started_ms;
    std.debug.print("kill-test: {d} transactions committed over the cycles, seed 0x{x}, {d} ms\n", .{
        last_id, config.seed, elapsed_ms,
    });
    std.debug.print("kill-test: {d} passed, {d} failed\n", .{ passed, failed });
    if (failed == 0) std.fs.cwd().deleteTree(dir) catch {};
    if (config.canary) {
        std.debug.print("kill-test canary: the deliberate bug was {s}\n", .{if (failed > 0) "caught" else "NOT caught"});
        return if (failed > 0) 0 else 1;
    }
    return if (failed == 0) 0 else 1;
}
