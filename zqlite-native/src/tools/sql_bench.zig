//! The SQL benchmark, ZQLite against SQLite side by side:
//! `zig build bench-sql -Doptimize=ReleaseFast [-- --rows N --lookups N --scans N --seconds S]`.
//!
//! Both engines run the same SQL through prepared statements reused in every loop (no parsing in
//! a timed loop), on real files in one temp directory, in WAL mode with full durability (SQLite:
//! journal_mode=WAL, synchronous=FULL, a 64 MiB page cache; ZQLite: durability FULL, a 64 MiB
//! cache). Each workload runs on SQLite, then on ZQLite, in the same process, and prints one line:
//! ops/s and p50/p99 latency of one operation for each engine, and ops/s ZQLite/SQLite (above 1:
//! ZQLite is faster). Workloads (N = --rows):
//!   1. N inserts into `peers` in one transaction (latency per insert; ops/s includes COMMIT);
//!   2. random point lookups by rowid, reading every column;
//!   3. random point lookups by the UNIQUE 64-character node_key;
//!   4. 1,000-row rowid range scans reading every column;
//!   5. durable autocommit UPDATEs from 1 and from 16 threads, each with its own connection
//!      (SQLite with busy_timeout; BUSY failures are counted and retried);
//!   6. an 8-table equality join returning 10 rows;
//!   7. reader threads doing point lookups while one writer commits durably.
//! Nothing is asserted about time: this prints numbers for docs/benchmarks.md.
//!
//! libsqlite3 is linked into this executable only, never into libzqlite.so.
const std = @import("std");
const assert = std.debug.assert;
const bench_util = @import("bench_util.zig");
const engine = @import("zqlite_sql").engine;
const c = @cImport(@cInclude("sqlite3.h"));

const Latencies = bench_util.Latencies;

const scan_rows: u32 = 1000;
const join_peers: u32 = 10_000;
const join_result_rows: u32 = 10;
const commit_table_rows: u32 = 10_000;
const writer_threads_max: u32 = 16;
const cache_size_bytes: u64 = 64 * 1024 * 1024;
const busy_timeout_ms: u32 = 60_000;
/// Samples kept per thread in time-bounded workloads (a bound on memory, not on the loop).
const samples_per_thread_max: u32 = 1_000_000;

const Config = struct {
    rows: u32 = 1_000_000,
    lookups: u32 = 1_000_000,
    scans: u32 = 1_000,
    joins: u32 = 20_000,
    seconds: u32 = 5,
    readers: u32 = 4,
    dir: ?[]const u8 = null,
    /// Bit w set: run workload w (1..7); `--only 1,5` runs a subset while iterating.
    only_mask: u8 = 0xfe,

    fn runs(config: Config, workload: u3) bool {
        return config.only_mask & (@as(u8, 1) << workload) != 0;
    }
};

pub const BenchError = error{ Busy, Failed, OutOfMemory };

// ---------------------------------------------------------------------------------------------
// The two engines behind one shape: Db.open/close/exec/prepare, Stmt.bind*/step/readRow/reset.

const SqliteDb = struct {
    db: *c.sqlite3,
    pub const Stmt = SqliteStmt;
    pub const name = "sqlite";

    fn open(path: [:0]const u8) BenchError!SqliteDb {
        var db: ?*c.sqlite3 = null;
        const flags = c.SQLITE_OPEN_READWRITE | c.SQLITE_OPEN_CREATE | c.SQLITE_OPEN_NOMUTEX;
        if (c.sqlite3_open_v2(path.ptr, &db, flags, null) != c.SQLITE_OK) return error.Failed;
        const self = SqliteDb{ .db = db.? };
        _ = c.sqlite3_busy_timeout(self.db, busy_timeout_ms);
        try self.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536");
        return self;
    }

    fn close(self: *SqliteDb) void {
        _ = c.sqlite3_close(self.db);
    }

    fn exec(self: SqliteDb, sql: [:0]const u8) BenchError!void {
        if (c.sqlite3_exec(self.db, sql.ptr, null, null, null) != c.SQLITE_OK) {
            std.debug.print("sqlite: {s}: {s}\n", .{ sql, c.sqlite3_errmsg(self.db) });
            return error.Failed;
        }
    }

    fn prepare(self: SqliteDb, sql: [:0]const u8) BenchError!SqliteStmt {
        var stmt: ?*c.sqlite3_stmt = null;
        if (c.sqlite3_prepare_v2(self.db, sql.ptr, @intCast(sql.len), &stmt, null) != c.SQLITE_OK) {
            std.debug.print("sqlite: {s}: {s}\n", .{ sql, c.sqlite3_errmsg(self.db) });
            return error.Failed;
        }
        return .{ .stmt = stmt.? };
    }
};

const SqliteStmt = struct {
    stmt: *c.sqlite3_stmt,

    fn bindInt(self: SqliteStmt, index: u32, v: i64) BenchError!void {
        if (c.sqlite3_bind_int64(self.stmt, @intCast(index), v) != c.SQLITE_OK) return error.Failed;
    }

    /// The text must stay valid until the statement is reset (SQLITE_STATIC).
    fn bindText(self: SqliteStmt, index: u32, text: []const u8) BenchError!void {
        if (c.sqlite3_bind_text(self.stmt, @intCast(index), text.ptr, @intCast(text.len), null) != c.SQLITE_OK)
            return error.Failed;
    }

    /// True for a row, false when done.
    fn step(self: SqliteStmt) BenchError!bool {
        const rc = c.sqlite3_step(self.stmt);
        if (rc == c.SQLITE_ROW) return true;
        if (rc == c.SQLITE_DONE) return false;
        if (rc & 0xff == c.SQLITE_BUSY) return error.Busy;
        std.debug.print("sqlite step: {s}\n", .{c.sqlite3_errmsg(c.sqlite3_db_handle(self.stmt))});
        return error.Failed;
    }

    /// Reads every column of the current row; returns a checksum so nothing is optimised away.
    fn readRow(self: SqliteStmt) u64 {
        const count = c.sqlite3_column_count(self.stmt);
        var sum: u64 = 0;
        var i: c_int = 0;
        while (i < count) : (i += 1) {
            switch (c.sqlite3_column_type(self.stmt, i)) {
                c.SQLITE_INTEGER => sum +%= @bitCast(c.sqlite3_column_int64(self.stmt, i)),
                c.SQLITE_TEXT => {
                    const p = c.sqlite3_column_text(self.stmt, i);
                    const n: usize = @intCast(c.sqlite3_column_bytes(self.stmt, i));
                    if (n > 0) sum +%= p[0] +% n;
                },
                else => {},
            }
        }
        return sum;
    }

    fn reset(self: SqliteStmt) void {
        _ = c.sqlite3_reset(self.stmt);
    }

    fn finalize(self: SqliteStmt) void {
        _ = c.sqlite3_finalize(self.stmt);
    }
};

const ZqliteDb = struct {
    conn: *engine.Connection,
    pub const Stmt = ZqliteStmt;
    pub const name = "zqlite";

    fn open(path: [:0]const u8) BenchError!ZqliteDb {
        const conn = engine.Connection.open(std.heap.c_allocator, path, .{
            .durability = .full,
            .busy_timeout_ms = busy_timeout_ms,
            .cache_size_bytes_max = cache_size_bytes,
        }) catch return error.Failed;
        return .{ .conn = conn };
    }

    fn close(self: *ZqliteDb) void {
        self.conn.close();
    }

    fn exec(self: ZqliteDb, sql: [:0]const u8) BenchError!void {
        self.conn.exec(sql) catch return failure(self.conn, sql);
    }

    fn prepare(self: ZqliteDb, sql: [:0]const u8) BenchError!ZqliteStmt {
        var tail: u32 = 0;
        const stmt = self.conn.prepare(sql, &tail) catch return failure(self.conn, sql);
        return .{ .stmt = stmt };
    }
};

fn failure(conn: *engine.Connection, what: []const u8) BenchError {
    const info = conn.lastError();
    if (info.code.primary() == .busy) return error.Busy;
    std.debug.print("zqlite: {s}: {s}\n", .{ what, info.message });
    return error.Failed;
}

const ZqliteStmt = struct {
    stmt: *engine.Statement,

    fn bindInt(self: ZqliteStmt, index: u32, v: i64) BenchError!void {
        self.stmt.bindValue(index, .{ .integer = v }) catch return failure(self.stmt.conn, "bind");
    }

    fn bindText(self: ZqliteStmt, index: u32, text: []const u8) BenchError!void {
        self.stmt.bindValue(index, .{ .text = text }) catch return failure(self.stmt.conn, "bind");
    }

    fn step(self: ZqliteStmt) BenchError!bool {
        const result = self.stmt.step() catch return failure(self.stmt.conn, "step");
        return result == .row;
    }

    fn readRow(self: ZqliteStmt) u64 {
        const count = self.stmt.columnCount();
        var sum: u64 = 0;
        var i: u32 = 0;
        while (i < count) : (i += 1) {
            switch (self.stmt.columnValue(i)) {
                .integer => |v| sum +%= @bitCast(v),
                .text => |t| if (t.len > 0) {
                    sum +%= t[0] +% t.len;
                },
                else => {},
            }
        }
        return sum;
    }

    /// bindValue copies texts into an arena that only clearBindings empties, so a reused
    /// statement clears its bindings here (every loop binds every parameter again anyway).
    fn reset(self: ZqliteStmt) void {
        self.stmt.reset();
        self.stmt.clearBindings();
    }

    fn finalize(self: ZqliteStmt) void {
        self.stmt.finalize();
    }
};

// ---------------------------------------------------------------------------------------------
// Data: the same rows in both engines.

const peers_schema =
    "CREATE TABLE peers(id INTEGER PRIMARY KEY, node_key TEXT NOT NULL UNIQUE, name TEXT, " ++
    "addr TEXT, last_seen INTEGER, online INTEGER)";
const insert_peer_sql = "INSERT INTO peers VALUES(?1, ?2, ?3, ?4, ?5, ?6)";
const select_columns = "SELECT id, node_key, name, addr, last_seen, online FROM peers";
const by_rowid_sql = select_columns ++ " WHERE id = ?1";
const by_key_sql = select_columns ++ " WHERE node_key = ?1";
const range_sql = select_columns ++ " WHERE id >= ?1 AND id < ?2";
const touch_sql = "UPDATE peers SET last_seen = ?1, online = ?2 WHERE id = ?3";

fn mix(x: u64) u64 {
    var z = x +% 0x9e3779b97f4a7c15;
    z = (z ^ (z >> 30)) *% 0xbf58476d1ce4e5b9;
    z = (z ^ (z >> 27)) *% 0x94d049bb133111eb;
    return z ^ (z >> 31);
}

/// The 64-hex-character node key of peer `id` (random order relative to id).
fn nodeKey(id: i64, buffer: *[64]u8) []const u8 {
    const base: u64 = @bitCast(id);
    const text = std.fmt.bufPrint(buffer, "{x:0>16}{x:0>16}{x:0>16}{x:0>16}", .{
        mix(base), mix(base ^ 1 << 40), mix(base ^ 2 << 40), mix(base ^ 3 << 40),
    }) catch unreachable;
    assert(text.len == 64);
    return text;
}

const PeerText = struct {
    key: [64]u8 = undefined,
    name: [32]u8 = undefined,
    addr: [32]u8 = undefined,
};

fn bindPeer(comptime S: type, stmt: S, id: i64, text: *PeerText) BenchError!void {
    const u: u64 = @bitCast(id);
    try stmt.bindInt(1, id);
    try stmt.bindText(2, nodeKey(id, &text.key));
    try stmt.bindText(3, std.fmt.bufPrint(&text.name, "peer-{d}", .{u}) catch unreachable);
    const addr = std.fmt.bufPrint(&text.addr, "100.{d}.{d}.{d}:41641", .{ 64 + (u >> 16) % 64, (u >> 8) % 256, u % 256 }) catch unreachable;
    try stmt.bindText(4, addr);
    try stmt.bindInt(5, 1_700_000_000 + id);
    try stmt.bindInt(6, @intCast(u % 2));
}

/// Runs a statement with no result rows to completion, then resets it.
fn runOnce(comptime S: type, stmt: S) BenchError!void {
    defer stmt.reset();
    var rows: u32 = 0;
    while (try stmt.step()) : (rows += 1) assert(rows < 1_000_000);
}

// ---------------------------------------------------------------------------------------------
// Results.

const Result = struct {
    ops: u64,
    elapsed_ns: u64,
    p50_us: f64,
    p99_us: f64,
    busy: u64 = 0,

    fn of(ops: u64, elapsed_ns: u64, latencies: *Latencies) Result {
        return .{ .ops = ops, .elapsed_ns = elapsed_ns, .p50_us = latencies.percentileUs(500), .p99_us = latencies.percentileUs(990) };
    }

    fn rate(r: Result) f64 {
        return bench_util.perSecond(r.ops, r.elapsed_ns);
    }
};

fn printTableHeader() void {
    std.debug.print("{s:<44} | {s:>11} {s:>9} {s:>9} | {s:>11} {s:>9} {s:>9} | {s:>7}  {s}\n", .{
        "workload", "sqlite op/s", "p50 µs", "p99 µs", "zqlite op/s", "p50 µs", "p99 µs", "zq/sq", "notes",
    });
}

fn printPair(name: []const u8, sqlite: Result, zqlite: Result, note: []const u8) void {
    const ratio = zqlite.rate() / @max(sqlite.rate(), 1e-9);
    std.debug.print("{s:<44} | {d:>11.0} {d:>9.1} {d:>9.1} | {d:>11.0} {d:>9.1} {d:>9.1} | {d:>7.2}  {s}", .{
        name, sqlite.rate(), sqlite.p50_us, sqlite.p99_us, zqlite.rate(), zqlite.p50_us, zqlite.p99_us, ratio, note,
    });
    if (sqlite.busy + zqlite.busy > 0) std.debug.print(" (BUSY retries: sqlite {d}, zqlite {d})", .{ sqlite.busy, zqlite.busy });
    std.debug.print("\n", .{});
}

const Bench = struct {
    allocator: std.mem.Allocator,
    config: Config,
    dir: []const u8,

    /// The file of database `what` for engine Db; `fresh` deletes any old file and WAL first.
    fn path(bench: *const Bench, buffer: []u8, comptime Db: type, what: []const u8, fresh: bool) [:0]const u8 {
        const p = std.fmt.bufPrintZ(buffer, "{s}/{s}-{s}.db", .{ bench.dir, Db.name, what }) catch unreachable;
        if (!fresh) return p;
        std.fs.cwd().deleteFile(p) catch {};
        var wal_buffer: [std.fs.max_path_bytes]u8 = undefined;
        const wal = std.fmt.bufPrint(&wal_buffer, "{s}-wal", .{p}) catch unreachable;
        std.fs.cwd().deleteFile(wal) catch {};
        return p;
    }
};

// ---------------------------------------------------------------------------------------------
// Workloads 1-4: one connection.

/// Inserts peers 1..rows in one transaction; the latency is one insert, ops/s includes COMMIT.
fn bulkInsert(comptime Db: type, allocator: std.mem.Allocator, db: Db, rows: u32) !Result {
    assert(rows > 0);
    const stmt = try db.prepare(insert_peer_sql);
    defer stmt.finalize();
    var latencies = try Latencies.init(allocator, rows);
    defer latencies.deinit();
    var text = PeerText{};
    var total = try std.time.Timer.start();
    try db.exec("BEGIN");
    var id: i64 = 1;
    while (id <= rows) : (id += 1) {
        var timer = try std.time.Timer.start();
        try bindPeer(Db.Stmt, stmt, id, &text);
        try runOnce(Db.Stmt, stmt);
        latencies.add(timer.read());
    }
    try db.exec("COMMIT");
    return Result.of(rows, total.read(), &latencies);
}

const LookupKind = enum { rowid, node_key };

/// `count` random point lookups (the same ids in both engines: seeded), reading every column.
fn pointLookups(comptime Db: type, allocator: std.mem.Allocator, db: Db, rows: u32, count: u32, kind: LookupKind) !Result {
    const stmt = try db.prepare(if (kind == .rowid) by_rowid_sql else by_key_sql);
    defer stmt.finalize();
    var latencies = try Latencies.init(allocator, count);
    defer latencies.deinit();
    var prng = std.Random.DefaultPrng.init(7);
    var key: [64]u8 = undefined;
    var sum: u64 = 0;
    var found: u32 = 0;
    var total = try std.time.Timer.start();
    for (0..count) |_| {
        const id = prng.random().intRangeAtMost(i64, 1, rows);
        var timer = try std.time.Timer.start();
        switch (kind) {
            .rowid => try stmt.bindInt(1, id),
            .node_key => try stmt.bindText(1, nodeKey(id, &key)),
        }
        while (try stmt.step()) {
            sum +%= stmt.readRow();
            found += 1;
        }
        stmt.reset();
        latencies.add(timer.read());
    }
    const elapsed_ns = total.read();
    if (found != count) std.debug.print("{s}: {d} of {d} lookups found a row\n", .{ Db.name, found, count });
    std.mem.doNotOptimizeAway(sum);
    return Result.of(count, elapsed_ns, &latencies);
}

/// `count` scans of scan_rows consecutive rowids from random starts, reading every column.
fn rangeScans(comptime Db: type, allocator: std.mem.Allocator, db: Db, rows: u32, count: u32) !Result {
    assert(rows > scan_rows);
    const stmt = try db.prepare(range_sql);
    defer stmt.finalize();
    var latencies = try Latencies.init(allocator, count);
    defer latencies.deinit();
    var prng = std.Random.DefaultPrng.init(11);
    var sum: u64 = 0;
    var seen: u64 = 0;
    var total = try std.time.Timer.start();
    for (0..count) |_| {
        const start = prng.random().intRangeAtMost(i64, 1, rows - scan_rows + 1);
        var timer = try std.time.Timer.start();
        try stmt.bindInt(1, start);
        try stmt.bindInt(2, start + scan_rows);
        while (try stmt.step()) {
            sum +%= stmt.readRow();
            seen += 1;
        }
        stmt.reset();
        latencies.add(timer.read());
    }
    const elapsed_ns = total.read();
    if (seen != @as(u64, count) * scan_rows) std.debug.print("{s}: scans saw {d} rows\n", .{ Db.name, seen });
    std.mem.doNotOptimizeAway(sum);
    return Result.of(count, elapsed_ns, &latencies);
}

// ---------------------------------------------------------------------------------------------
// Workload 6: an 8-table join.

const join_schema =
    \\CREATE TABLE plans(id INTEGER PRIMARY KEY, name TEXT, rank INTEGER);
    \\CREATE TABLE orgs(id INTEGER PRIMARY KEY, name TEXT, plan_id INTEGER);
    \\CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT, org_id INTEGER);
    \\CREATE TABLE policies(id INTEGER PRIMARY KEY, name TEXT, rank INTEGER);
    \\CREATE TABLE tags(id INTEGER PRIMARY KEY, name TEXT, policy_id INTEGER);
    \\CREATE TABLE peer_owner(peer_id INTEGER PRIMARY KEY, label TEXT, user_id INTEGER);
    \\CREATE TABLE peer_tags(peer_id INTEGER PRIMARY KEY, label TEXT, tag_id INTEGER);
;

const join_sql =
    "SELECT p.name, p.last_seen, u.name, o.name, pl.name, t.name, po.name FROM peers p " ++
    "JOIN peer_owner x ON x.peer_id = p.id JOIN users u ON u.id = x.user_id " ++
    "JOIN orgs o ON o.id = u.org_id JOIN plans pl ON pl.id = o.plan_id " ++
    "JOIN peer_tags pt ON pt.peer_id = p.id JOIN tags t ON t.id = pt.tag_id " ++
    "JOIN policies po ON po.id = t.policy_id WHERE p.id >= ?1 AND p.id < ?2";

/// Rows of a side table: `table(id, name, parent)` for id in 1..count, parent = id % parents + 1.
fn fillSide(comptime Db: type, db: Db, sql: [:0]const u8, count: u32, parents: u32) !void {
    const stmt = try db.prepare(sql);
    defer stmt.finalize();
    var name: [32]u8 = undefined;
    var id: i64 = 1;
    while (id <= count) : (id += 1) {
        const parent: i64 = @mod(id, @as(i64, parents)) + 1;
        try stmt.bindInt(1, id);
        try stmt.bindText(2, std.fmt.bufPrint(&name, "name-{d}", .{id}) catch unreachable);
        try stmt.bindInt(3, parent);
        try runOnce(Db.Stmt, stmt);
    }
}

fn fillJoinTables(comptime Db: type, db: Db, peers: u32) !void {
    try db.exec(join_schema);
    try db.exec("BEGIN");
    try fillSide(Db, db, "INSERT INTO plans VALUES(?1, ?2, ?3)", 5, 1);
    try fillSide(Db, db, "INSERT INTO orgs VALUES(?1, ?2, ?3)", 100, 5);
    try fillSide(Db, db, "INSERT INTO users VALUES(?1, ?2, ?3)", 1000, 100);
    try fillSide(Db, db, "INSERT INTO policies VALUES(?1, ?2, ?3)", 10, 1);
    try fillSide(Db, db, "INSERT INTO tags VALUES(?1, ?2, ?3)", 50, 10);
    try fillSide(Db, db, "INSERT INTO peer_owner VALUES(?1, ?2, ?3)", peers, 1000);
    try fillSide(Db, db, "INSERT INTO peer_tags VALUES(?1, ?2, ?3)", peers, 50);
    try db.exec("COMMIT");
}

fn joins(comptime Db: type, allocator: std.mem.Allocator, db: Db, peers: u32, count: u32) !Result {
    assert(peers > join_result_rows);
    const stmt = try db.prepare(join_sql);
    defer stmt.finalize();
    var latencies = try Latencies.init(allocator, count);
    defer latencies.deinit();
    var prng = std.Random.DefaultPrng.init(13);
    var seen: u64 = 0;
    var sum: u64 = 0;
    var total = try std.time.Timer.start();
    for (0..count) |_| {
        const start = prng.random().intRangeAtMost(i64, 1, peers - join_result_rows + 1);
        var timer = try std.time.Timer.start();
        try stmt.bindInt(1, start);
        try stmt.bindInt(2, start + join_result_rows);
        while (try stmt.step()) {
            sum +%= stmt.readRow();
            seen += 1;
        }
        stmt.reset();
        latencies.add(timer.read());
    }
    const elapsed_ns = total.read();
    if (seen != @as(u64, count) * join_result_rows) std.debug.print("{s}: joins returned {d} rows\n", .{ Db.name, seen });
    std.mem.doNotOptimizeAway(sum);
    return Result.of(count, elapsed_ns, &latencies);
}

// ---------------------------------------------------------------------------------------------
// Workloads 5 and 7: threads, each with its own connection, until `stop` is set.

fn JobType(comptime Db: type) type {
    return struct {
        const Job = @This();
        db: Db,
        stmt: Db.Stmt,
        kind: enum { writer, reader },
        rows: u32,
        seed: u64,
        stop: *std.atomic.Value(bool),
        latencies: Latencies,
        ops: u64 = 0,
        busy: u64 = 0,
        failure: ?anyerror = null,

        /// Opens the connection and prepares the statement before any thread starts.
        fn init(job: *Job, allocator: std.mem.Allocator, file: [:0]const u8) !void {
            job.db = try Db.open(file);
            errdefer job.db.close();
            job.stmt = try job.db.prepare(if (job.kind == .writer) touch_sql else by_rowid_sql);
            job.latencies = try Latencies.init(allocator, samples_per_thread_max);
        }

        fn deinit(job: *Job) void {
            job.stmt.finalize();
            job.db.close();
            job.latencies.deinit();
        }

        fn run(job: *Job) void {
            job.loop() catch |err| {
                job.failure = err;
            };
        }

        fn loop(job: *Job) !void {
            var prng = std.Random.DefaultPrng.init(job.seed);
            var count: u64 = 0;
            while (!job.stop.load(.acquire) and count < std.math.maxInt(u32)) : (count += 1) {
                const id = prng.random().intRangeAtMost(i64, 1, job.rows);
                var timer = try std.time.Timer.start();
                if (job.kind == .writer) try job.touch(id, @intCast(count)) else try job.lookup(id);
                job.latencies.add(timer.read());
                job.ops += 1;
            }
        }

        /// One durable autocommit UPDATE; BUSY is counted and retried (bounded).
        fn touch(job: *Job, id: i64, count: i64) !void {
            var attempts: u32 = 0;
            while (attempts < 1000) : (attempts += 1) {
                try job.stmt.bindInt(1, 1_800_000_000 + count);
                try job.stmt.bindInt(2, @mod(count, 2));
                try job.stmt.bindInt(3, id);
                runOnce(Db.Stmt, job.stmt) catch |err| switch (err) {
                    error.Busy => {
                        job.busy += 1;
                        continue;
                    },
                    else => return err,
                };
                return;
            }
            return error.Busy;
        }

        fn lookup(job: *Job, id: i64) !void {
            defer job.stmt.reset();
            try job.stmt.bindInt(1, id);
            var sum: u64 = 0;
            while (try job.stmt.step()) sum +%= job.stmt.readRow();
            std.mem.doNotOptimizeAway(sum);
        }
    };
}

/// Runs `writers` writer jobs and `readers` reader jobs on `file` for the configured seconds.
/// Returns the writers' result and, through `reader_result`, the readers'.
fn runJobs(comptime Db: type, bench: *const Bench, file: [:0]const u8, rows: u32, writers: u32, readers: u32, reader_result: ?*Result) !Result {
    const Job = JobType(Db);
    assert(writers + readers <= 2 * writer_threads_max);
    var stop = std.atomic.Value(bool).init(false);
    var jobs: [2 * writer_threads_max]Job = undefined;
    var threads: [2 * writer_threads_max]std.Thread = undefined;
    const n = writers + readers;
    for (jobs[0..n], 0..) |*job, i| {
        job.* = .{ .db = undefined, .stmt = undefined, .kind = if (i < writers) .writer else .reader, .rows = rows, .seed = 100 + i, .stop = &stop, .latencies = undefined };
        try job.init(bench.allocator, file);
    }
    defer for (jobs[0..n]) |*job| job.deinit();
    var total = try std.time.Timer.start();
    for (jobs[0..n], threads[0..n]) |*job, *thread| thread.* = try std.Thread.spawn(.{}, Job.run, .{job});
    std.time.sleep(@as(u64, bench.config.seconds) * std.time.ns_per_s);
    stop.store(true, .release);
    for (threads[0..n]) |thread| thread.join();
    const elapsed_ns = total.read();
    const writer_result = try gather(Db, bench.allocator, jobs[0..writers], elapsed_ns);
    if (reader_result) |out| out.* = try gather(Db, bench.allocator, jobs[writers..n], elapsed_ns);
    return writer_result;
}

fn gather(comptime Db: type, allocator: std.mem.Allocator, jobs: []JobType(Db), elapsed_ns: u64) !Result {
    var all = try Latencies.init(allocator, 0);
    defer all.deinit();
    var ops: u64 = 0;
    var busy: u64 = 0;
    for (jobs) |*job| {
        if (job.failure) |err| return err;
        try all.merge(&job.latencies);
        ops += job.ops;
        busy += job.busy;
    }
    var result = Result.of(ops, elapsed_ns, &all);
    result.busy = busy;
    return result;
}

/// A database of commit_table_rows peers for the durable-commit workload.
fn createCommitDb(comptime Db: type, bench: *const Bench, buffer: []u8) ![:0]const u8 {
    const file = bench.path(buffer, Db, "commits", true);
    var db = try Db.open(file);
    defer db.close();
    try db.exec(peers_schema);
    const r = try bulkInsert(Db, bench.allocator, db, commit_table_rows);
    assert(r.ops == commit_table_rows);
    return file;
}

// ---------------------------------------------------------------------------------------------
// The run: every workload on SQLite, then on ZQLite, one printed line each.

const Pair = struct { sqlite: SqliteDb, zqlite: ZqliteDb };

fn mainDatabases(bench: *const Bench) !Pair {
    var sqlite_buffer: [std.fs.max_path_bytes]u8 = undefined;
    var zqlite_buffer: [std.fs.max_path_bytes]u8 = undefined;
    var sqlite = try SqliteDb.open(bench.path(&sqlite_buffer, SqliteDb, "main", true));
    errdefer sqlite.close();
    const zqlite = try ZqliteDb.open(bench.path(&zqlite_buffer, ZqliteDb, "main", true));
    try sqlite.exec(peers_schema);
    try zqlite.exec(peers_schema);
    return .{ .sqlite = sqlite, .zqlite = zqlite };
}

fn readWorkloads(bench: *const Bench, dbs: Pair) !void {
    const a = bench.allocator;
    const n = bench.config.rows;
    const lookups = bench.config.lookups;
    printPair("2. point lookup by rowid (random)", try pointLookups(SqliteDb, a, dbs.sqlite, n, lookups, .rowid), try pointLookups(ZqliteDb, a, dbs.zqlite, n, lookups, .rowid), "reads all 6 columns");
    printPair("3. point lookup by UNIQUE node_key (random)", try pointLookups(SqliteDb, a, dbs.sqlite, n, lookups, .node_key), try pointLookups(ZqliteDb, a, dbs.zqlite, n, lookups, .node_key), "64-char hex key");
    const scans = bench.config.scans;
    printPair("4. range scan, 1000 rows by rowid", try rangeScans(SqliteDb, a, dbs.sqlite, n, scans), try rangeScans(ZqliteDb, a, dbs.zqlite, n, scans), "per scan; all columns");
    const peers = @min(n, join_peers);
    try fillJoinTables(SqliteDb, dbs.sqlite, peers);
    try fillJoinTables(ZqliteDb, dbs.zqlite, peers);
    const count = bench.config.joins;
    printPair("6. 8-table join, 10 result rows", try joins(SqliteDb, a, dbs.sqlite, peers, count), try joins(ZqliteDb, a, dbs.zqlite, peers, count), "per query");
}

fn commitWorkloads(bench: *const Bench) !void {
    var sqlite_buffer: [std.fs.max_path_bytes]u8 = undefined;
    var zqlite_buffer: [std.fs.max_path_bytes]u8 = undefined;
    const sqlite_file = try createCommitDb(SqliteDb, bench, &sqlite_buffer);
    const zqlite_file = try createCommitDb(ZqliteDb, bench, &zqlite_buffer);
    const rows = commit_table_rows;
    for ([_]u32{ 1, writer_threads_max }) |threads| {
        const sqlite = try runJobs(SqliteDb, bench, sqlite_file, rows, threads, 0, null);
        const zqlite = try runJobs(ZqliteDb, bench, zqlite_file, rows, threads, 0, null);
        var name_buffer: [64]u8 = undefined;
        const name = std.fmt.bufPrint(&name_buffer, "5. durable autocommit UPDATE, {d} thread(s)", .{threads}) catch unreachable;
        printPair(name, sqlite, zqlite, "commits/s; latency per commit");
    }
}

fn readersDuringWriter(bench: *const Bench) !void {
    var sqlite_buffer: [std.fs.max_path_bytes]u8 = undefined;
    var zqlite_buffer: [std.fs.max_path_bytes]u8 = undefined;
    const sqlite_file = bench.path(&sqlite_buffer, SqliteDb, "main", false);
    const zqlite_file = bench.path(&zqlite_buffer, ZqliteDb, "main", false);
    const rows = bench.config.rows;
    const readers = bench.config.readers;
    var sqlite_readers: Result = undefined;
    var zqlite_readers: Result = undefined;
    const sqlite_writer = try runJobs(SqliteDb, bench, sqlite_file, rows, 1, readers, &sqlite_readers);
    const zqlite_writer = try runJobs(ZqliteDb, bench, zqlite_file, rows, 1, readers, &zqlite_readers);
    var name_buffer: [64]u8 = undefined;
    const name = std.fmt.bufPrint(&name_buffer, "7. {d} readers: rowid lookups during writes", .{readers}) catch unreachable;
    printPair(name, sqlite_readers, zqlite_readers, "lookups/s, all readers");
    printPair("7. ...1 writer: durable UPDATE meanwhile", sqlite_writer, zqlite_writer, "commits/s");
}

fn runAll(bench: *const Bench) !void {
    printTableHeader();
    var dbs = try mainDatabases(bench);
    defer dbs.sqlite.close();
    defer dbs.zqlite.close();
    const n = bench.config.rows;
    const sqlite_insert = try bulkInsert(SqliteDb, bench.allocator, dbs.sqlite, n);
    const zqlite_insert = try bulkInsert(ZqliteDb, bench.allocator, dbs.zqlite, n);
    // Workload 1 always runs: the others read the table it fills.
    printPair("1. bulk insert, 1 transaction", sqlite_insert, zqlite_insert, "rows/s; latency per insert");
    if (bench.config.runs(2) or bench.config.runs(3) or bench.config.runs(4) or bench.config.runs(6))
        try readWorkloads(bench, dbs);
    if (bench.config.runs(5)) try commitWorkloads(bench);
    if (bench.config.runs(7)) try readersDuringWriter(bench);
}

/// `--only 1,5,7`: the mask of the listed workload numbers (1..7).
fn parseOnly(value: []const u8) !u8 {
    var mask: u8 = 0;
    var it = std.mem.splitScalar(u8, value, ',');
    while (it.next()) |item| {
        const workload = try std.fmt.parseInt(u3, item, 10);
        if (workload == 0) return error.Usage;
        mask |= @as(u8, 1) << workload;
    }
    return mask;
}

fn parseArgs(args: []const []const u8) !Config {
    var config = Config{};
    var i: usize = 1;
    while (i + 1 < args.len) : (i += 2) {
        const option = args[i];
        const value = args[i + 1];
        if (std.mem.eql(u8, option, "--dir")) {
            config.dir = value;
            continue;
        }
        if (std.mem.eql(u8, option, "--only")) {
            config.only_mask = try parseOnly(value);
            continue;
        }
        const number = try std.fmt.parseInt(u32, value, 10);
        if (std.mem.eql(u8, option, "--rows")) {
            config.rows = number;
        } else if (std.mem.eql(u8, option, "--lookups")) {
            config.lookups = number;
        } else if (std.mem.eql(u8, option, "--scans")) {
            config.scans = number;
        } else if (std.mem.eql(u8, option, "--joins")) {
            config.joins = number;
        } else if (std.mem.eql(u8, option, "--seconds")) {
            config.seconds = number;
        } else if (std.mem.eql(u8, option, "--readers")) {
            config.readers = number;
        } else return error.Usage;
    }
    if (i != args.len or config.rows <= 2 * scan_rows or config.readers > writer_threads_max) return error.Usage;
    if (config.lookups == 0 or config.scans == 0 or config.joins == 0 or config.seconds == 0) return error.Usage;
    return config;
}

pub fn main() !u8 {
    const allocator = std.heap.c_allocator;
    const args = try std.process.argsAlloc(allocator);
    defer std.process.argsFree(allocator, args);
    const config = parseArgs(args) catch {
        std.debug.print("usage: sql-bench [--rows N] [--lookups N] [--scans N] [--joins N] [--seconds S] [--readers N] [--dir DIR] [--only 1,5,7]\n" ++
            "  (rows > 2000, readers <= 16, the others > 0)\n", .{});
        return 2;
    };
    var dir_buffer: [std.fs.max_path_bytes]u8 = undefined;
    const dir = config.dir orelse try std.fmt.bufPrint(&dir_buffer, "/tmp/zqlite-sql-bench-{d}", .{std.os.linux.getpid()});
    try std.fs.cwd().makePath(dir);
    defer if (config.dir == null) std.fs.cwd().deleteTree(dir) catch {};
    std.debug.print("zqlite SQL benchmark vs SQLite {s}\n", .{c.sqlite3_libversion()});
    bench_util.printMachine();
    std.debug.print("options: rows={d} lookups={d} scans={d} joins={d} seconds={d} readers={d} dir={s}\n", .{
        config.rows, config.lookups, config.scans, config.joins, config.seconds, config.readers, dir,
    });
    std.debug.print("both: WAL, full durability (fsync per commit), 64 MiB page cache, prepared statements reused\n", .{});
    var timer = try std.time.Timer.start();
    const bench = Bench{ .allocator = allocator, .config = config, .dir = dir };
    try runAll(&bench);
    std.debug.print("total {d:.1} s\n", .{@as(f64, @floatFromInt(timer.read())) / 1e9});
    return 0;
}
