//! The storage benchmark: `zig build bench-storage -Doptimize=ReleaseFast [-- --rows N ...]`.
//!
//! Runs the storage layer (pager + B+trees, no SQL) on real files in a temp directory and prints
//! one line per workload: operations, ops/s, and p50/p99 latency of one operation in µs.
//! Workloads (N = --rows, default 1,000,000):
//!   - N sequential-rowid inserts in one transaction; N in transactions of `batch_rows`;
//!     N random-rowid inserts in transactions of `batch_rows` (an insert's latency excludes the
//!     commit; ops/s includes everything);
//!   - building a TEXT index over the N rows (one transaction);
//!   - random point lookups by rowid and by the TEXT index (index seek, then table seek);
//!   - 1,000-row range scans from random rowids;
//!   - durable (FULL) single-row commits from 1 thread and from 16 threads (group commit shares
//!     fsyncs: the fsyncs/commit column), and readers scanning while one writer commits.
//! No timing is asserted: this prints numbers for docs/benchmarks.md, nothing else.
const std = @import("std");
const storage = @import("zqlite_storage");
const pager = storage.pager;
const btree = storage.btree;
const record = storage.record;
const key_codec = storage.key_codec;
const bench_util = @import("bench_util.zig");
const Latencies = bench_util.Latencies;

const assert = std.debug.assert;
const WriteTree = btree.BTreeType(pager.WriteTxn);
const ReadTree = btree.BTreeType(pager.ReadTxn);

const batch_rows: u32 = 1000;
const scan_rows: u32 = 1000;
const payload_size_bytes: u32 = 100;
const thread_count_max: u32 = 16;
const reader_threads: u32 = 2;

const Config = struct {
    rows: u32 = 1_000_000,
    lookups: u32 = 1_000_000,
    scans: u32 = 2_000,
    commits: u32 = 1_000,
    dir: ?[]const u8 = null,
};

const options: pager.Options = .{
    .durability = .full,
    .cache_size_bytes_max = 64 * 1024 * 1024,
    .busy_timeout_ms = 60_000,
};

fn printHeader() void {
    std.debug.print("{s:<46} {s:>10} {s:>12} {s:>9} {s:>9}  {s}\n", .{ "workload", "operations", "ops/s", "p50 µs", "p99 µs", "notes" });
}

fn printLine(name: []const u8, ops: u64, elapsed_ns: u64, latencies: *Latencies, note: []const u8) void {
    const seconds = @as(f64, @floatFromInt(@max(elapsed_ns, 1))) / 1e9;
    const rate = @as(f64, @floatFromInt(ops)) / seconds;
    std.debug.print("{s:<46} {d:>10} {d:>12.0} {d:>9.1} {d:>9.1}  {s}\n", .{
        name, ops, rate, latencies.percentileUs(500), latencies.percentileUs(990), note,
    });
}

/// Row `rowid`: [rowid, name TEXT, payload BLOB].
const Row = struct {
    name: [32]u8 = undefined,
    payload: [payload_size_bytes]u8 = undefined,
    bytes: [payload_size_bytes + 64]u8 = undefined,

    fn nameOf(row: *Row, rowid: i64) []const u8 {
        const scrambled = @as(u64, @bitCast(rowid)) *% 0x9e3779b97f4a7c15;
        return std.fmt.bufPrint(&row.name, "name-{x:0>16}", .{scrambled}) catch unreachable;
    }

    fn encode(row: *Row, rowid: i64) []const u8 {
        @memset(&row.payload, @truncate(@as(u64, @bitCast(rowid))));
        const values = [_]record.Value{ .{ .integer = rowid }, .{ .text = row.nameOf(rowid) }, .{ .blob = &row.payload } };
        const size = record.encode(&values, &row.bytes);
        return row.bytes[0..size];
    }
};

const Bench = struct {
    allocator: std.mem.Allocator,
    config: Config,
    dir: []const u8,
    random: std.Random,

    fn dbPath(bench: *Bench, buffer: []u8, name: []const u8) []const u8 {
        return std.fmt.bufPrint(buffer, "{s}/{s}.db", .{ bench.dir, name }) catch unreachable;
    }

    /// A fresh database with one empty table (root returned through `table_root`).
    fn createDatabase(bench: *Bench, name: []const u8, table_root: *u32) !*pager.Database {
        var path_buffer: [std.fs.max_path_bytes]u8 = undefined;
        const path = bench.dbPath(&path_buffer, name);
        std.fs.cwd().deleteFile(path) catch {};
        var wal_buffer: [std.fs.max_path_bytes]u8 = undefined;
        std.fs.cwd().deleteFile(std.fmt.bufPrint(&wal_buffer, "{s}-wal", .{path}) catch unreachable) catch {};
        const db = try pager.Database.open(bench.allocator, path, options);
        errdefer db.close();
        var w = try db.beginWrite();
        errdefer w.rollback();
        table_root.* = try WriteTree.Tree.create(&w, .table);
        try w.setSchemaRoot(table_root.*);
        try w.commit();
        return db;
    }

    /// Inserts `rowids` in transactions of `per_txn` rows; latency per insert.
    fn insertRows(bench: *Bench, db: *pager.Database, table_root: u32, rowids: []const i64, per_txn: u32, latencies: *Latencies) !void {
        var row = Row{};
        var done: usize = 0;
        while (done < rowids.len) {
            var w = try db.beginWrite();
            errdefer w.rollback();
            var table = WriteTree.Tree.open(&w, bench.allocator, table_root, .table);
            const end = @min(rowids.len, done + per_txn);
            for (rowids[done..end]) |rowid| {
                var timer = try std.time.Timer.start();
                _ = try table.insertRow(rowid, row.encode(rowid));
                latencies.add(timer.read());
            }
            table.close();
            try w.commit();
            done = end;
        }
    }

    fn insertWorkload(bench: *Bench, name: []const u8, db_name: []const u8, rowids: []const i64, per_txn: u32, note: []const u8) !*pager.Database {
        var table_root: u32 = undefined;
        const db = try bench.createDatabase(db_name, &table_root);
        errdefer db.close();
        var latencies = try Latencies.init(bench.allocator, rowids.len);
        defer latencies.deinit();
        var timer = try std.time.Timer.start();
        try bench.insertRows(db, table_root, rowids, per_txn, &latencies);
        printLine(name, rowids.len, timer.read(), &latencies, note);
        return db;
    }
};

/// Builds the TEXT index (name, rowid) over every row of the table; returns its root.
fn buildIndex(bench: *Bench, db: *pager.Database) !u32 {
    var w = try db.beginWrite();
    errdefer w.rollback();
    const index_root = try WriteTree.Tree.create(&w, .index);
    var latencies = try Latencies.init(bench.allocator, bench.config.rows);
    defer latencies.deinit();
    var total_timer = try std.time.Timer.start();
    {
        var index = WriteTree.Tree.open(&w, bench.allocator, index_root, .index);
        defer index.close();
        var row = Row{};
        var key: [64]u8 = undefined;
        var rowid: i64 = 1;
        while (rowid <= bench.config.rows) : (rowid += 1) {
            var timer = try std.time.Timer.start();
            const name = [_]record.Value{.{ .text = row.nameOf(rowid) }};
            const size = key_codec.encode(&name, &.{false}, rowid, &key);
            if (!try index.insertKey(key[0..size])) return error.DuplicateKey;
            latencies.add(timer.read());
        }
    }
    try w.commit();
    printLine("index build (TEXT key), 1 txn", bench.config.rows, total_timer.read(), &latencies, "keys arrive in random order");
    return index_root;
}

fn randomRowid(bench: *Bench) i64 {
    return bench.random.intRangeAtMost(i64, 1, bench.config.rows);
}

/// Random point lookups by rowid, each reading the whole row.
fn pointLookups(bench: *Bench, db: *pager.Database, table_root: u32) !void {
    var r = try db.beginRead();
    defer r.end();
    var table = ReadTree.Tree.open(&r, bench.allocator, table_root, .table);
    defer table.close();
    var cursor: ReadTree.Cursor = undefined;
    cursor.init(&table);
    defer cursor.deinit();
    var latencies = try Latencies.init(bench.allocator, bench.config.lookups);
    defer latencies.deinit();
    var buffer: [payload_size_bytes + 64]u8 = undefined;
    var total_timer = try std.time.Timer.start();
    for (0..bench.config.lookups) |_| {
        const rowid = randomRowid(bench);
        var timer = try std.time.Timer.start();
        if (!try cursor.seekRowid(rowid, .eq)) return error.RowMissing;
        const size = try cursor.payloadSizeBytes();
        try cursor.readPayload(buffer[0..size]);
        latencies.add(timer.read());
    }
    printLine("point lookup by rowid (random)", bench.config.lookups, total_timer.read(), &latencies, "reads the row");
}

/// Random lookups through the TEXT index: index seek, then the row by rowid.
fn indexLookups(bench: *Bench, db: *pager.Database, table_root: u32, index_root: u32) !void {
    var r = try db.beginRead();
    defer r.end();
    var table = ReadTree.Tree.open(&r, bench.allocator, table_root, .table);
    defer table.close();
    var index = ReadTree.Tree.open(&r, bench.allocator, index_root, .index);
    defer index.close();
    var rows: ReadTree.Cursor = undefined;
    rows.init(&table);
    defer rows.deinit();
    var entries: ReadTree.Cursor = undefined;
    entries.init(&index);
    defer entries.deinit();
    var latencies = try Latencies.init(bench.allocator, bench.config.lookups);
    defer latencies.deinit();
    var row = Row{};
    var key: [64]u8 = undefined;
    var buffer: [payload_size_bytes + 64]u8 = undefined;
    var total_timer = try std.time.Timer.start();
    for (0..bench.config.lookups) |_| {
        const rowid = randomRowid(bench);
        var timer = try std.time.Timer.start();
        const name = [_]record.Value{.{ .text = row.nameOf(rowid) }};
        const size = key_codec.encode(&name, &.{false}, null, &key);
        if (!try entries.seekKey(key[0..size], .eq)) return error.KeyMissing;
        if (try entries.rowid() != rowid) return error.WrongRow;
        if (!try rows.seekRowid(rowid, .eq)) return error.RowMissing;
        const payload_size = try rows.payloadSizeBytes();
        try rows.readPayload(buffer[0..payload_size]);
        latencies.add(timer.read());
    }
    printLine("point lookup by TEXT index (random)", bench.config.lookups, total_timer.read(), &latencies, "index seek + row seek");
}

/// One scan of `scan_rows` rows from `start`; returns the bytes seen (so nothing is optimized away).
fn scanOnce(cursor: *ReadTree.Cursor, start: i64) !u64 {
    var bytes: u64 = 0;
    var valid = try cursor.seekRowid(start, .ge);
    var seen: u32 = 0;
    while (valid and seen < scan_rows) : (seen += 1) {
        bytes += try cursor.payloadSizeBytes();
        valid = try cursor.next();
    }
    return bytes;
}

fn rangeScans(bench: *Bench, db: *pager.Database, table_root: u32) !void {
    var r = try db.beginRead();
    defer r.end();
    var table = ReadTree.Tree.open(&r, bench.allocator, table_root, .table);
    defer table.close();
    var cursor: ReadTree.Cursor = undefined;
    cursor.init(&table);
    defer cursor.deinit();
    var latencies = try Latencies.init(bench.allocator, bench.config.scans);
    defer latencies.deinit();
    var bytes: u64 = 0;
    var total_timer = try std.time.Timer.start();
    for (0..bench.config.scans) |_| {
        const start = bench.random.intRangeAtMost(i64, 1, @max(1, @as(i64, bench.config.rows) - scan_rows));
        var timer = try std.time.Timer.start();
        bytes += try scanOnce(&cursor, start);
        latencies.add(timer.read());
    }
    assert(bytes > 0);
    printLine("range scan, 1000 rows (random start)", bench.config.scans, total_timer.read(), &latencies, "per scan");
}

/// One thread's share of durable single-row commits (rowids first_rowid..).
const CommitJob = struct {
    db: *pager.Database,
    allocator: std.mem.Allocator,
    table_root: u32,
    first_rowid: i64,
    count: u32,
    latencies: Latencies,
    failure: ?anyerror = null,

    fn run(job: *CommitJob) void {
        job.commitAll() catch |err| {
            job.failure = err;
        };
    }

    fn commitAll(job: *CommitJob) !void {
        var row = Row{};
        for (0..job.count) |i| {
            const rowid = job.first_rowid + @as(i64, @intCast(i));
            var timer = try std.time.Timer.start();
            var w = try job.db.beginWrite();
            errdefer w.rollback();
            {
                var table = WriteTree.Tree.open(&w, job.allocator, job.table_root, .table);
                defer table.close();
                _ = try table.insertRow(rowid, row.encode(rowid));
            }
            try w.commit();
            job.latencies.add(timer.read());
        }
    }
};

/// Durable commits spread over `thread_count` threads; returns after printing the line.
fn durableCommits(bench: *Bench, db: *pager.Database, table_root: u32, thread_count: u32, name: []const u8) !void {
    assert(thread_count >= 1 and thread_count <= thread_count_max);
    var jobs: [thread_count_max]CommitJob = undefined;
    var threads: [thread_count_max]std.Thread = undefined;
    const per_thread = bench.config.commits / thread_count;
    for (jobs[0..thread_count], 0..) |*job, t| {
        job.* = .{
            .db = db,
            .allocator = bench.allocator,
            .table_root = table_root,
            .first_rowid = @as(i64, @intCast(bench.config.rows)) + 1 + @as(i64, @intCast(t + thread_count * 1000)) * 1_000_000,
            .count = per_thread,
            .latencies = try Latencies.init(bench.allocator, per_thread),
        };
    }
    const before = db.stats();
    var total_timer = try std.time.Timer.start();
    for (jobs[0..thread_count], threads[0..thread_count]) |*job, *thread| thread.* = try std.Thread.spawn(.{}, CommitJob.run, .{job});
    for (threads[0..thread_count]) |thread| thread.join();
    const elapsed_ns = total_timer.read();
    const after = db.stats();
    var all = try Latencies.init(bench.allocator, per_thread * thread_count);
    defer all.deinit();
    for (jobs[0..thread_count]) |*job| {
        if (job.failure) |err| return err;
        try all.ns.appendSlice(job.latencies.ns.items);
        job.latencies.deinit();
    }
    const commits = after.commits - before.commits;
    const fsyncs = after.fsyncs - before.fsyncs;
    var note: [96]u8 = undefined;
    const text = try std.fmt.bufPrint(&note, "{d} fsyncs, {d:.2} fsyncs/commit", .{
        fsyncs, @as(f64, @floatFromInt(fsyncs)) / @as(f64, @floatFromInt(@max(commits, 1))),
    });
    printLine(name, commits, elapsed_ns, &all, text);
}

/// Reader threads scanning 1,000-row ranges until the writer is done.
const ScanJob = struct {
    db: *pager.Database,
    allocator: std.mem.Allocator,
    table_root: u32,
    rows: u32,
    seed: u64,
    stop: *std.atomic.Value(bool),
    latencies: Latencies,
    failure: ?anyerror = null,

    fn run(job: *ScanJob) void {
        job.scanUntilStopped() catch |err| {
            job.failure = err;
        };
    }

    fn scanUntilStopped(job: *ScanJob) !void {
        var prng = std.Random.DefaultPrng.init(job.seed);
        var scans: u32 = 0;
        // Bounded by the latency buffer's capacity as well as by the writer finishing.
        while (!job.stop.load(.acquire) and scans < job.latencies.ns.capacity) : (scans += 1) {
            var r = try job.db.beginRead();
            defer r.end();
            var table = ReadTree.Tree.open(&r, job.allocator, job.table_root, .table);
            defer table.close();
            var cursor: ReadTree.Cursor = undefined;
            cursor.init(&table);
            defer cursor.deinit();
            const start = prng.random().intRangeAtMost(i64, 1, @max(1, @as(i64, job.rows) - scan_rows));
            var timer = try std.time.Timer.start();
            _ = try scanOnce(&cursor, start);
            job.latencies.add(timer.read());
        }
    }
};

fn readersWhileWriting(bench: *Bench, db: *pager.Database, table_root: u32) !void {
    var stop = std.atomic.Value(bool).init(false);
    var jobs: [reader_threads]ScanJob = undefined;
    var threads: [reader_threads]std.Thread = undefined;
    for (&jobs, 0..) |*job, t| {
        job.* = .{
            .db = db,
            .allocator = bench.allocator,
            .table_root = table_root,
            .rows = bench.config.rows,
            .seed = bench.random.int(u64) +% t,
            .stop = &stop,
            .latencies = try Latencies.init(bench.allocator, 1_000_000),
        };
    }
    var total_timer = try std.time.Timer.start();
    for (&jobs, &threads) |*job, *thread| thread.* = try std.Thread.spawn(.{}, ScanJob.run, .{job});
    const writer_result = durableCommits(bench, db, table_root, 1, "  ...while 1 writer commits (FULL)");
    stop.store(true, .release);
    for (threads) |thread| thread.join();
    const elapsed_ns = total_timer.read();
    var all = try Latencies.init(bench.allocator, 2_000_000);
    defer all.deinit();
    for (&jobs) |*job| {
        if (job.failure) |err| return err;
        try all.ns.appendSlice(job.latencies.ns.items);
        job.latencies.deinit();
    }
    printLine("  2 readers: 1000-row scans during the commits", all.ns.items.len, elapsed_ns, &all, "per scan, both readers");
    try writer_result;
}

fn parseArgs(args: []const []const u8) !Config {
    var config = Config{};
    var i: usize = 1;
    while (i + 1 < args.len) : (i += 2) {
        const value = args[i + 1];
        if (std.mem.eql(u8, args[i], "--rows")) {
            config.rows = try std.fmt.parseInt(u32, value, 10);
        } else if (std.mem.eql(u8, args[i], "--lookups")) {
            config.lookups = try std.fmt.parseInt(u32, value, 10);
        } else if (std.mem.eql(u8, args[i], "--scans")) {
            config.scans = try std.fmt.parseInt(u32, value, 10);
        } else if (std.mem.eql(u8, args[i], "--commits")) {
            config.commits = try std.fmt.parseInt(u32, value, 10);
        } else if (std.mem.eql(u8, args[i], "--dir")) {
            config.dir = value;
        } else return error.Usage;
    }
    if (i != args.len or config.rows < 2 * scan_rows or config.commits < thread_count_max) return error.Usage;
    return config;
}

fn sequence(allocator: std.mem.Allocator, count: u32, random: ?std.Random) ![]i64 {
    const rowids = try allocator.alloc(i64, count);
    for (rowids, 1..) |*rowid, i| rowid.* = if (random) |r| r.int(i64) else @intCast(i);
    return rowids;
}

fn runAll(bench: *Bench) !void {
    const n = bench.config.rows;
    printHeader();
    const sequential = try sequence(bench.allocator, n, null);
    defer bench.allocator.free(sequential);
    const main_db = try bench.insertWorkload("insert sequential rowids, 1 txn", "main", sequential, n, "FULL; one commit");
    defer main_db.close();
    const batched = try bench.insertWorkload("insert sequential rowids, 1000/txn", "batched", sequential, batch_rows, "FULL; a commit per 1000 rows");
    batched.close();
    const random_rowids = try sequence(bench.allocator, n, bench.random);
    defer bench.allocator.free(random_rowids);
    const random_db = try bench.insertWorkload("insert random rowids, 1000/txn", "random", random_rowids, batch_rows, "FULL; a commit per 1000 rows");
    random_db.close();
    const table_root = blk: {
        var r = try main_db.beginRead();
        defer r.end();
        break :blk try r.schemaRoot();
    };
    const index_root = try buildIndex(bench, main_db);
    try pointLookups(bench, main_db, table_root);
    try indexLookups(bench, main_db, table_root, index_root);
    try rangeScans(bench, main_db, table_root);
    var commit_root: u32 = undefined;
    const commit_db = try bench.createDatabase("commits", &commit_root);
    defer commit_db.close();
    try durableCommits(bench, commit_db, commit_root, 1, "durable 1-row commits, 1 thread");
    try durableCommits(bench, commit_db, commit_root, 16, "durable 1-row commits, 16 threads");
    std.debug.print("readers scanning while a writer commits (on the {d}-row table):\n", .{n});
    try readersWhileWriting(bench, main_db, table_root);
}

pub fn main() !u8 {
    const allocator = std.heap.c_allocator;
    const args = try std.process.argsAlloc(allocator);
    defer std.process.argsFree(allocator, args);
    const config = parseArgs(args) catch {
        std.debug.print("usage: storage-bench [--rows N] [--lookups N] [--scans N] [--commits N] [--dir DIR]\n" ++
            "  (rows >= 2000, commits >= 16)\n", .{});
        return 2;
    };
    var dir_buffer: [std.fs.max_path_bytes]u8 = undefined;
    const dir = config.dir orelse try std.fmt.bufPrint(&dir_buffer, "/tmp/zqlite-bench-{d}", .{std.os.linux.getpid()});
    try std.fs.cwd().makePath(dir);
    defer if (config.dir == null) std.fs.cwd().deleteTree(dir) catch {};
    var prng = std.Random.DefaultPrng.init(42);
    var bench = Bench{ .allocator = allocator, .config = config, .dir = dir, .random = prng.random() };
    std.debug.print("zqlite storage benchmark: rows={d} lookups={d} scans={d} commits={d} dir={s}\n", .{
        config.rows, config.lookups, config.scans, config.commits, dir,
    });
    var timer = try std.time.Timer.start();
    try runAll(&bench);
    std.debug.print("total {d:.1} s\n", .{@as(f64, @floatFromInt(timer.read())) / 1e9});
    return 0;
}
