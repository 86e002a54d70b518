//! The pager: databases, snapshots, transactions, durability, checkpoints.
//!
//! A `Database` is one main file plus its WAL (`path ++ "-wal"`), shared by every connection of
//! this process through a refcounted registry keyed by canonical path (`open`/`close`); a second
//! process gets `error.Locked` from the file's flock. `:memory:` opens a private in-memory
//! database each time.
//!
//! Usage (the layer above: catalog, B+trees, SQL):
//!
//!     const db = try pager.Database.open(allocator, "app.db", .{ .durability = .full });
//!     defer db.close();
//!     var w = try db.beginWrite();            // waits up to busy_timeout_ms, else error.Busy
//!     errdefer w.rollback();
//!     const root = try w.allocate();          // PageRef: zeroed, writable, pinned
//!     root.bytes[0] = 42;
//!     w.release(root);
//!     try w.setSchemaRoot(root.page_no);
//!     const sp = try w.savepoint();           // one statement
//!     ...                                     // on statement failure: try w.rollbackTo(sp);
//!     try w.releaseSavepoint(sp);
//!     try w.commit();                         // durable when it returns (FULL)
//!     var r = try db.beginRead();             // a snapshot: never blocks, never blocked
//!     defer r.end();
//!     const page = try r.get(try r.schemaRoot());
//!     defer r.release(page);
//!
//! API in brief. `Database`: open/openMemory/openFiles, close, beginRead, beginWrite,
//! beginWriteDurable, checkpoint, checkpointMode, setCacheSize/cacheSize/cacheSlotCount/
//! resizeCache, stats, usableSizeBytes. `ReadTxn`: get/release/usableSizeBytes (the page
//! contract), pageCount, schemaRoot, userVersion, headerFields, checkIntegrity, end.
//! `WriteTxn`: get/getMut/allocate/free/release/usableSizeBytes (the page contract), pageCount,
//! schemaRoot/setSchemaRoot, userVersion/setUserVersion, headerFields, savepoint/rollbackTo/
//! releaseSavepoint, commit, rollback. Every ref is released before rollbackTo, commit and end;
//! a failed commit has rolled back. Options are taken from the first open of a path. After a
//! failed fsync the database is `broken`: writes fail with IoError until it is reopened.
//!
//! Durability is chosen per write transaction (beginWriteDurable; the SQL layer passes its
//! connection's PRAGMA synchronous), fixed when it begins, so a setting that changes later never
//! splits one commit's publish from its fsync wait. Checkpoints and WAL resets sync as the
//! durability of whoever runs them (the committer, the explicit checkpoint's caller; at close
//! the open option), and a checkpoint syncs the WAL first whenever a commit it copies was never
//! covered by an fsync. `checkpointMode` runs SQLite's PASSIVE/FULL/RESTART/TRUNCATE.
//!
//! The cache can be resized (PRAGMA cache_size, shared by every connection of the file) only
//! while nothing uses it: see resizeCache for why that is exact for the lock-free pins.
//!
//! Snapshots. Readers see `visible`: the last commit that is durable (FULL) or appended (NORMAL,
//! OFF), as a WAL frame number plus the database size. A page read looks up the newest WAL frame
//! of that page <= the snapshot's frame in the shared WalIndex, else the database file. Readers
//! register their snapshot so a checkpoint never copies a frame newer than the oldest reader's
//! snapshot into the database file; thus the database file always holds, for every page, a
//! version no newer than any live snapshot needs, and readers need no locks held across I/O.
//!
//! WAL generations. When every frame is backfilled, the next writer resets the WAL: new salts,
//! epoch + 1, frames restart at 1. Readers from the old epoch then read only the database file
//! (their snapshot's pages are all there, and no backfill happens while they live: they count as
//! frame 0). A reader that read a WAL frame re-checks the epoch afterwards and retries from the
//! database file if a reset raced with it. Cached pages are keyed by (page, epoch << 32 | frame)
//! or (page, 0) for the database file copy, which a checkpoint invalidates after overwriting.
//!
//! Writers. One at a time (the writer lock, waited for up to busy_timeout_ms). A writer's base is
//! `appended` (which may be ahead of `visible` while a group fsync runs). Modified pages live in
//! private dirty cache slots; past the dirty cap they spill to the WAL as non-commit frames known
//! only to this writer. Commit appends the remaining pages, the last frame carrying the commit
//! marker, publishes the frames to the WalIndex and `appended`, releases the writer lock, then
//! (FULL) waits for an fsync covering its frames: the first waiter becomes the sync leader and
//! fsyncs once for everything appended so far (group commit). Rollback discards the private state;
//! spilled frames beyond `appended` are simply overwritten later (their chain is broken).
//!
//! Savepoints keep, per savepoint, the pre-image of each page first modified after it (a copy of
//! the dirty bytes, or where its content was: base version or a spilled frame) plus the header
//! fields. rollbackTo restores them newest first; release merges them into the enclosing one.
//!
//! Invariants: backfilled <= min(reader frames) and <= visible <= appended; the database file's
//! page P equals the version at `backfilled`; frames 1..appended form one valid checksum chain
//! whose last frame is a commit; page 1 is rewritten by every commit that changes a header field
//! (page count included), so the commit marker's database size always equals page 1's count.
const std = @import("std");
const assert = std.debug.assert;
const errors = @import("errors.zig");
const io = @import("io.zig");
const wal = @import("wal.zig");
const header = @import("header.zig");
const freelist = @import("freelist.zig");
const cache_mod = @import("cache.zig");
const PageRef = @import("page_ref.zig").PageRef;

const Error = errors.Error;
const Cache = cache_mod.Cache;
const log = std.log.scoped(.zqlite);

pub const Durability = enum {
    /// fsync the WAL before commit returns.
    full,
    /// fsync only at checkpoints: a crash may lose recent commits, never consistency.
    normal,
    /// Never fsync.
    off,
};

pub const Options = struct {
    /// Used only when the database is created.
    page_size_bytes: u32 = header.page_size_default_bytes,
    durability: Durability = .full,
    busy_timeout_ms: u32 = 5000,
    /// All page buffers of the database (cache, dirty pages, commit and checkpoint buffers).
    cache_size_bytes_max: u64 = 8 * 1024 * 1024,
    /// A commit leaving at least this many un-backfilled WAL frames runs a passive checkpoint;
    /// 0 disables automatic checkpoints.
    auto_checkpoint_frames: u32 = 1000,
    /// A WAL reset cuts a larger WAL file (one big transaction grew it) back to this size or
    /// to 4 x auto_checkpoint_frames frames, whichever is larger (walKeepBytes).
    wal_size_bytes_keep_max: u64 = 1 << 20,
    read_only: bool = false,
};

/// Slots of Database.statements (the SQL layer asserts its kinds fit).
pub const statement_kinds_max: u32 = 8;

pub const Stats = struct {
    cache_hits: u64,
    cache_misses: u64,
    wal_frames: u64,
    wal_size_bytes: u64,
    checkpoints: u64,
    commits: u64,
    fsyncs: u64,
    spilled_frames: u64,
};

/// A consistent view: every page's newest version at or below `max_frame` of WAL generation
/// `epoch`, else the database file; `db_size_pages` pages.
const Snapshot = struct {
    epoch: u32,
    max_frame: u32,
    db_size_pages: u32,
    /// Schema generation of this commit (see WriteTxn.schemaGeneration).
    schema_generation: u64 = 0,
};

/// Page 1 decoded for one snapshot. A snapshot's (epoch, max_frame) names one immutable version
/// of every page, so the fields stay right for as long as snapshots with that identity exist.
const HeaderCache = struct {
    snapshot: Snapshot,
    header: header.Header,
};

const Commit = struct {
    frame: u32,
    db_size_pages: u32,
    checksum: u64,
    seq: u64,
    /// Counts commits that the layer above marked as changing its schema (in memory only:
    /// every connection of this file shares this Database, and a reopen starts at 0).
    schema_generation: u64 = 0,
};

const Reader = struct { id: u64, frame: u32 };

/// What beginRead needs of `visible` and the epoch, behind a sequence lock: written by
/// Database.publishView under state_mutex, read lock-free by Database.readView.
const View = struct {
    /// Odd while a write is in progress.
    seq: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    epoch: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    frame: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    db_size_pages: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    schema_generation: std.atomic.Value(u64) = std.atomic.Value(u64).init(0),
};

/// Reads of the view before beginRead takes the state mutex instead (its writer was preempted
/// in the middle of an update).
const view_read_attempts_max: u32 = 64;

const no_slot: u32 = std.math.maxInt(u32);
/// Cache versions with this bit are a writer's spilled frames: `flag | txn_id << 32 | frame`.
const spill_version_flag: u64 = 1 << 63;
/// Frames written by one pwrite at most.
const batch_frames_max: u32 = 16;
/// Slots a writer leaves to clean pages: this share of the cache, and at least clean_slots_min
/// (see Database.dirtyCap).
const clean_share_divisor: u32 = 16;
const clean_slots_min: u32 = 8;

comptime {
    assert(clean_slots_min < Cache.slot_count_min);
}

/// A spill writes this share of the dirty cap (see WriteTxn.spill).
const spill_share_divisor: u32 = 16;
/// A writer's dirty map keeps at most this capacity between transactions (see clearWriter).
const dirty_map_capacity_keep_max: u32 = 256;
/// Set in a PageRef handle that pins a dirty slot (counted in Writer.dirty_pins).
const dirty_handle_flag: usize = @as(usize, 1) << (@bitSizeOf(usize) - 1);

const DirtyEntry = struct {
    /// Private cache slot holding the current content, or no_slot.
    slot: u32 = no_slot,
    /// Without a slot: the WAL frame of this transaction holding the content; 0 = base version.
    frame: u32 = 0,
    /// Newest frame written for this page in this transaction (0 = none).
    latest_frame: u32 = 0,
    /// Sequence number of the savepoint whose journal holds this page's pre-image.
    savepoint_mark: u32 = 0,
};

const JournalEntry = struct {
    page_no: u32,
    /// Where the content was (when `copy` is null): a frame of this transaction, or 0 = base.
    frame: u32,
    copy: ?[]u8,
};

const Savepoint = struct {
    seq: u32,
    header: header.Header,
    header_dirty: bool,
    journal: std.ArrayListUnmanaged(JournalEntry) = .{},
};

const Written = struct { page_no: u32, slot: u32, frame: u32 };

/// The single writer's state; lives in the Database and is reused by each write transaction.
/// Hashes page numbers for the writer's dirty map with one multiply and a fold: every page access
/// of a write transaction looks the map up, and the default (Wyhash over the key bytes) was
/// about 2% of a batch insert. The fold brings high bits down, since the map indexes with the
/// low bits and takes its fingerprints from the top ones.
const PageNoContext = struct {
    pub fn hash(_: PageNoContext, page_no: u32) u64 {
        const mixed = @as(u64, page_no) *% 0x9e3779b97f4a7c15;
        return mixed ^ (mixed >> 29);
    }

    pub fn eql(_: PageNoContext, a: u32, b: u32) bool {
        return a == b;
    }
};

const Writer = struct {
    base: Snapshot = undefined,
    header: header.Header = undefined,
    header_dirty: bool = false,
    /// Set by markSchemaChanged: the commit bumps the schema generation.
    schema_changed: bool = false,
    dirty: std.HashMapUnmanaged(u32, DirtyEntry, PageNoContext, std.hash_map.default_max_load_percentage) = .{},
    /// Pages that may hold a dirty slot (a superset: stale items are dropped by `spill`), so a
    /// spill costs the dirty cap, not the size of the transaction. Oldest first: `spill` sweeps
    /// it from the front like a CLOCK hand, moving pages it spares to the back.
    resident: std.ArrayListUnmanaged(u32) = .{},
    /// Pages a spill swept and spared (pinned or referenced), appended back to `resident`.
    spared: std.ArrayListUnmanaged(u32) = .{},
    /// Page number of each frame this transaction appended, in order.
    txn_pages: std.ArrayListUnmanaged(u32) = .{},
    running_checksum: u64 = 0,
    /// The checksum this transaction's first frame chains from (the last commit's).
    base_checksum: u64 = 0,
    /// Lowest frame of this transaction rewritten in place by a spill (0: none): the checksums
    /// from there on are recomputed before the commit frames are appended.
    recksum_from: u32 = 0,
    /// One frame, for in-place rewrites and checksum recomputation.
    frame_buffer: []u8 = &.{},
    savepoints: std.ArrayListUnmanaged(Savepoint) = .{},
    savepoint_seq: u32 = 0,
    batch: []u8 = &.{},
    batch_len: u32 = 0,
    header_page: []u8 = &.{},
    written: std.ArrayListUnmanaged(Written) = .{},
    pins: u32 = 0,
    /// Pins of each dirty slot, indexed by slot. Dirty slots are private to the writer, so
    /// they are counted here, without the cache's mutex (the cache sees them unpinned).
    dirty_pins: []u32 = &.{},
    /// Set when a dirty slot is pinned, cleared when a spill sweeps past it (second chance).
    dirty_referenced: []bool = &.{},
    dirty_cap: u32 = 0,
    /// Distinguishes the cache keys of different transactions' spilled frames (wraps at 2^31).
    txn_id: u32 = 0,
    /// This transaction's durability (beginWriteDurable): fixed for its whole life, so commit,
    /// publish and the checkpoint after it agree even if the connection's setting changes.
    durability: Durability = .full,

    fn nextFrame(w: *const Writer) u32 {
        return w.base.max_frame + 1 + @as(u32, @intCast(w.txn_pages.items.len));
    }
};

/// The WAL size a reset leaves (see truncateLargeWal): room for the frames a WAL generation
/// reaches in steady use (up to 4 x auto_checkpoint_frames, where drainWal resets it), at least
/// wal_size_bytes_keep_max, in whole frames after the header.
pub fn walKeepBytes(options: Options, page_size_bytes: u32) u64 {
    const frame_size = wal.frameSizeBytes(page_size_bytes);
    const frames = @max(options.wal_size_bytes_keep_max / frame_size, 4 * @as(u64, options.auto_checkpoint_frames));
    return wal.wal_header_size_bytes + frames * frame_size;
}

var registry_mutex: std.Thread.Mutex = .{};
var registry: std.StringHashMapUnmanaged(*Database) = .{};
const registry_allocator = std.heap.page_allocator;

pub const Database = struct {
    allocator: std.mem.Allocator,
    options: Options,
    page_size_bytes: u32 = 0,
    db_file: io.File,
    wal_file: io.File,
    memory_files: ?[2]*io.SimFile = null,
    registry_key: ?[]u8 = null,
    ref_count: u32 = 1,
    cache: Cache = undefined,
    index: wal.WalIndex,
    checkpoint_buffer: []u8 = &.{},

    writer_mutex: std.Thread.Mutex = .{},
    writer_cond: std.Thread.Condition = .{},
    writer_held: bool = false,
    writer: Writer = .{},

    checkpoint_mutex: std.Thread.Mutex = .{},
    /// PRAGMA cache_size as last set (SQLite's number: pages, or KiB when negative); starts as
    /// -(cache_size_bytes_max / 1024).
    cache_size_setting: std.atomic.Value(i64) = std.atomic.Value(i64).init(0),
    /// Cache slots asked for by setCacheSize and not yet applied (0: none; see resizeCache).
    cache_slots_wanted: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    /// A TRUNCATE checkpoint cut the WAL file to zero bytes: the next frame write puts the
    /// header back first. Changed holding the writer lock.
    wal_header_missing: bool = false,

    /// Guards everything below (the atomics among it: every change; see each).
    state_mutex: std.Thread.Mutex = .{},
    wal_header: wal.WalHeader = undefined,
    epoch: std.atomic.Value(u32) = std.atomic.Value(u32).init(1),
    appended: Commit = undefined,
    visible: Commit = undefined,
    backfilled_frame: u32 = 0,
    commit_seq: u64 = 0,
    /// Commits up to this sequence are durable. Stored under state_mutex; waitDurable reads it
    /// without the mutex.
    synced_seq: std.atomic.Value(u64) = std.atomic.Value(u64).init(0),
    /// Set by the committer that runs the current group fsync (compare-and-swap, no mutex).
    sync_leader: std.atomic.Value(bool) = std.atomic.Value(bool).init(false),
    /// Incremented when a group fsync ends; waiters sleep on it as a futex word.
    sync_round: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    /// An fsync or WAL header write failed: durability is unknown, so writes are refused.
    /// Stored under state_mutex; read without it by waitDurable.
    broken: std.atomic.Value(bool) = std.atomic.Value(bool).init(false),
    /// `visible` and the epoch for beginRead (see View); updated wherever they change.
    view: View = .{},
    /// Guards `readers`, `next_reader_id`, `drain_waiters` and `reader_cond`. Readers begin and
    /// end under this lock only, never under state_mutex, so a reader preempted while holding
    /// it cannot stall a committing writer (which needs state_mutex to publish and after its
    /// fsync; it did, for a scheduler time slice, on a busy 2-core machine). The epoch changes
    /// and backfill limits are computed holding both, so a reader's snapshot and registration
    /// are one step for them. Lock order: state_mutex, then readers_mutex.
    readers_mutex: std.Thread.Mutex = .{},
    /// Page 1's fields as the last snapshot that decoded them saw (see snapshotHeader).
    /// Guarded by readers_mutex, which readers take anyway.
    header_cache: ?HeaderCache = null,
    readers: std.ArrayListUnmanaged(Reader) = .{},
    next_reader_id: u64 = 1,
    /// Signalled when a reader ends while a writer drains the WAL (see drainWal).
    reader_cond: std.Thread.Condition = .{},
    drain_waiters: u32 = 0,
    /// After a drain timed out, the next one waits until the WAL reaches this frame.
    drain_next_frame: u32 = 0,
    prng: std.Random.DefaultPrng,

    commits: std.atomic.Value(u64) = std.atomic.Value(u64).init(0),
    fsyncs: std.atomic.Value(u64) = std.atomic.Value(u64).init(0),
    checkpoints: std.atomic.Value(u64) = std.atomic.Value(u64).init(0),
    wal_frames: std.atomic.Value(u64) = std.atomic.Value(u64).init(0),
    spilled_frames: std.atomic.Value(u64) = std.atomic.Value(u64).init(0),
    /// Statements run on this database by kind, indexed and counted by the SQL layer
    /// (engine.StatementKind): kept here because this is what its connections share.
    statements: [statement_kinds_max]std.atomic.Value(u64) = .{std.atomic.Value(u64).init(0)} ** statement_kinds_max,

    /// Opens (creating unless read_only) the database at `path`, or returns the instance this
    /// process already has for it (refcounted: pair every open with one close).
    pub fn open(allocator: std.mem.Allocator, path: []const u8, options: Options) Error!*Database {
        if (std.mem.eql(u8, path, ":memory:")) return openMemory(allocator, options);
        registry_mutex.lock();
        defer registry_mutex.unlock();
        const canonical = try canonicalPath(allocator, path, options);
        defer allocator.free(canonical);
        if (registry.get(canonical)) |db| {
            db.ref_count += 1;
            return db;
        }
        const flags: io.OpenFlags = .{ .read_only = options.read_only };
        const db_file = try io.OsFile.open(allocator, canonical, flags);
        const wal_path = std.mem.concat(allocator, u8, &.{ canonical, "-wal" }) catch |err| {
            db_file.close();
            return err;
        };
        defer allocator.free(wal_path);
        const wal_file = io.OsFile.open(allocator, wal_path, flags) catch |err| {
            db_file.close();
            return err;
        };
        // openFiles owns both handles from here, closing them if it fails.
        const db = try openFiles(allocator, db_file, wal_file, options);
        errdefer db.destroy();
        const key = try registry_allocator.dupe(u8, canonical);
        errdefer registry_allocator.free(key);
        try registry.put(registry_allocator, key, db);
        db.registry_key = key;
        return db;
    }

    fn canonicalPath(allocator: std.mem.Allocator, path: []const u8, options: Options) Error![]u8 {
        return std.fs.cwd().realpathAlloc(allocator, path) catch |err| switch (err) {
            error.FileNotFound => {
                if (options.read_only) return error.IoError;
                const f = try io.OsFile.open(allocator, path, .{ .create = true });
                f.close();
                return std.fs.cwd().realpathAlloc(allocator, path) catch error.IoError;
            },
            error.OutOfMemory => error.OutOfMemory,
            else => error.IoError,
        };
    }

    /// A new private in-memory database (nothing is ever lost; nothing survives close).
    pub fn openMemory(allocator: std.mem.Allocator, options: Options) Error!*Database {
        const db_sim = try io.SimFile.create(allocator, true);
        errdefer db_sim.destroy();
        const wal_sim = try io.SimFile.create(allocator, true);
        errdefer wal_sim.destroy();
        var memory_options = options;
        memory_options.read_only = false;
        const db = try openFiles(allocator, db_sim.file(), wal_sim.file(), memory_options);
        db.memory_files = .{ db_sim, wal_sim };
        return db;
    }

    /// Opens a database on the given file handles (tests use SimFiles); takes ownership of the
    /// handles. Not registered: `close` destroys it.
    pub fn openFiles(
        allocator: std.mem.Allocator,
        db_file: io.File,
        wal_file: io.File,
        options: Options,
    ) Error!*Database {
        const db = allocator.create(Database) catch |err| {
            db_file.close();
            wal_file.close();
            return err;
        };
        db.* = .{
            .allocator = allocator,
            .options = options,
            .db_file = db_file,
            .wal_file = wal_file,
            .index = wal.WalIndex.init(allocator),
            .prng = std.Random.DefaultPrng.init(randomSeed(db)),
            .cache_size_setting = std.atomic.Value(i64).init(-@as(i64, @intCast(@min(options.cache_size_bytes_max / 1024, std.math.maxInt(i32))))),
        };
        db.load() catch |err| {
            db.destroyPartial();
            return err;
        };
        return db;
    }

    fn randomSeed(db: *Database) u64 {
        const now: u128 = @bitCast(std.time.nanoTimestamp());
        return @as(u64, @truncate(now)) ^ @intFromPtr(db);
    }

    /// Drops one reference; the last one checkpoints (best effort) and frees everything.
    pub fn close(db: *Database) void {
        registry_mutex.lock();
        defer registry_mutex.unlock();
        assert(db.ref_count > 0);
        db.ref_count -= 1;
        if (db.ref_count > 0) return;
        if (db.registry_key) |key| {
            assert(registry.remove(key));
            registry_allocator.free(key);
            db.registry_key = null;
        }
        db.destroy();
    }

    fn destroy(db: *Database) void {
        assert(!db.writer_held);
        assert(db.readers.items.len == 0);
        // A memory database has nowhere durable to checkpoint to.
        if (!db.options.read_only and !db.broken.load(.monotonic) and db.memory_files == null) {
            db.checkpoint() catch |err| {
                log.warn("checkpoint at close failed: {s}", .{@errorName(err)});
            };
        }
        db.destroyPartial();
    }

    /// Frees what `openFiles` set up, whether or not `load` finished.
    fn destroyPartial(db: *Database) void {
        const allocator = db.allocator;
        if (db.page_size_bytes != 0) {
            db.cache.deinit();
            allocator.free(db.checkpoint_buffer);
            allocator.free(db.writer.batch);
            allocator.free(db.writer.frame_buffer);
            allocator.free(db.writer.header_page);
            allocator.free(db.writer.dirty_pins);
            allocator.free(db.writer.dirty_referenced);
        }
        db.writer.dirty.deinit(allocator);
        db.writer.resident.deinit(allocator);
        db.writer.spared.deinit(allocator);
        db.writer.txn_pages.deinit(allocator);
        db.writer.savepoints.deinit(allocator);
        db.writer.written.deinit(allocator);
        db.readers.deinit(allocator);
        db.index.deinit();
        db.db_file.close();
        db.wal_file.close();
        if (db.memory_files) |files| {
            files[0].destroy();
            files[1].destroy();
        }
        allocator.destroy(db);
    }

    fn load(db: *Database) Error!void {
        try db.db_file.lock();
        const db_size_bytes = try db.db_file.size();
        const is_new = db_size_bytes == 0;
        if (is_new and db.options.read_only) return error.NotADatabase;
        const page_size_bytes = if (is_new)
            db.options.page_size_bytes
        else
            try db.discoverPageSize();
        if (!header.validPageSize(page_size_bytes)) return error.Misuse;
        try db.allocateBuffers(page_size_bytes);
        if (is_new) try db.createFile();
        const recovered = try wal.recover(db.allocator, db.wal_file, page_size_bytes, &db.index);
        if (recovered) |r| {
            db.wal_header = r.header;
            db.appended = .{
                .frame = r.max_frame,
                .db_size_pages = r.db_size_pages,
                .checksum = r.last_checksum,
                .seq = 0,
            };
        } else {
            const h = try db.writeWalHeader(0);
            db.wal_header = h;
            db.appended = .{ .frame = 0, .db_size_pages = 0, .checksum = h.checksum, .seq = 0 };
        }
        if (db.appended.frame == 0) db.appended.db_size_pages = try db.dbFileHeader();
        try db.checkPageCount();
        db.visible = db.appended;
        db.publishView();
        db.wal_frames.store(db.appended.frame, .monotonic);
        try db.checkHeaderAtVisible();
    }

    /// The page size from a valid WAL header, else from page 1 of the database file. The WAL
    /// comes first because page 1 of the file may be torn (a checkpoint crashed while writing
    /// it) while the WAL still holds a good copy; page 1 is fully checked later either way.
    fn discoverPageSize(db: *Database) Error!u32 {
        var wal_bytes: [wal.wal_header_size_bytes]u8 = undefined;
        const wal_n = try db.wal_file.readAt(&wal_bytes, 0);
        if (wal.decodeWalHeader(wal_bytes[0..wal_n])) |h| return h.page_size_bytes else |_| {}
        var prefix: [64]u8 = undefined;
        const n = try db.db_file.readAt(&prefix, 0);
        return header.peekPageSize(prefix[0..n]);
    }

    fn allocateBuffers(db: *Database, page_size_bytes: u32) Error!void {
        const frame_size: u64 = wal.frameSizeBytes(page_size_bytes);
        const fixed_bytes = 2 * @as(u64, page_size_bytes) + (batch_frames_max + 1) * frame_size;
        const slot_count_u64 = (db.options.cache_size_bytes_max -| fixed_bytes) / page_size_bytes;
        if (slot_count_u64 < Cache.slot_count_min) {
            log.warn("cache_size_bytes_max {d} too small: need {d} bytes", .{
                db.options.cache_size_bytes_max,
                fixed_bytes + Cache.slot_count_min * @as(u64, page_size_bytes),
            });
            return error.Misuse;
        }
        const slot_count: u32 = @intCast(@min(slot_count_u64, 1 << 24));
        db.checkpoint_buffer = try db.allocator.alloc(u8, page_size_bytes);
        errdefer db.allocator.free(db.checkpoint_buffer);
        db.writer.header_page = try db.allocator.alloc(u8, page_size_bytes);
        errdefer db.allocator.free(db.writer.header_page);
        db.writer.batch = try db.allocator.alloc(u8, batch_frames_max * frame_size);
        errdefer db.allocator.free(db.writer.batch);
        db.writer.frame_buffer = try db.allocator.alloc(u8, frame_size);
        errdefer db.allocator.free(db.writer.frame_buffer);
        db.writer.dirty_pins = try db.allocator.alloc(u32, slot_count);
        errdefer db.allocator.free(db.writer.dirty_pins);
        @memset(db.writer.dirty_pins, 0);
        db.writer.dirty_referenced = try db.allocator.alloc(bool, slot_count);
        errdefer db.allocator.free(db.writer.dirty_referenced);
        @memset(db.writer.dirty_referenced, false);
        db.cache = try Cache.init(db.allocator, page_size_bytes, slot_count);
        db.writer.dirty_cap = dirtyCap(slot_count);
        db.page_size_bytes = page_size_bytes;
    }

    /// Dirty pages a writer keeps before it spills: the rest of the slots serve clean pages,
    /// for the writer's own reads (base pages being copied, its statements' cursors), the clean
    /// copies its spills leave behind, and the readers of the file's other connections (the
    /// cache is shared per file). Only a transaction larger than the cache reaches the cap. A
    /// quarter held back made such a transaction spill and re-read pages it could have kept
    /// dirty: a 1/16 reserve cut the million-row load's writes by a fifth and made it 3-5%
    /// faster, while readers during it still keep 1/16 of the cache (4 MiB of 64 MiB).
    fn dirtyCap(slot_count: u32) u32 {
        assert(slot_count >= Cache.slot_count_min);
        const cap = slot_count - @max(clean_slots_min, slot_count / clean_share_divisor);
        assert(cap > 0 and cap < slot_count);
        return cap;
    }

    /// Writes page 1 of a new database and an empty WAL.
    fn createFile(db: *Database) Error!void {
        assert(!db.options.read_only);
        const page = db.writer.header_page;
        header.encodeHeaderPage(.{ .page_size_bytes = db.page_size_bytes, .page_count = 1 }, page);
        try db.db_file.writeAt(page, 0);
        try db.wal_file.truncate(0);
        if (db.options.durability != .off) try db.syncFile(db.db_file);
    }

    /// Page count from the database file's page 1 (only when no WAL commit overrides it).
    fn dbFileHeader(db: *Database) Error!u32 {
        const page = db.checkpoint_buffer;
        try db.db_file.readAllAt(page, 0);
        const h = try header.decodeHeaderPage(page);
        if (h.page_size_bytes != db.page_size_bytes) {
            return errors.corrupt(@src(), "page size changed", .{});
        }
        return h.page_count;
    }

    /// Every page lives in the database file or in a WAL frame, so a larger page count is a
    /// corrupt header (and would make page loops needlessly long).
    fn checkPageCount(db: *Database) Error!void {
        const file_pages = (try db.db_file.size()) / db.page_size_bytes;
        const pages_max = file_pages + db.appended.frame;
        if (db.appended.db_size_pages > pages_max) {
            return errors.corrupt(@src(), "page count {d} but only {d} pages stored", .{
                db.appended.db_size_pages, pages_max,
            });
        }
    }

    fn checkHeaderAtVisible(db: *Database) Error!void {
        const snap = db.snapshotOf(db.visible);
        const h = try db.readHeader(snap);
        if (h.page_count != snap.db_size_pages or h.page_size_bytes != db.page_size_bytes) {
            return errors.corrupt(@src(), "header page count {d}, log says {d}", .{
                h.page_count,
                snap.db_size_pages,
            });
        }
    }

    /// Writes the header of a new WAL generation (unless read-only) and returns it.
    fn writeWalHeader(db: *Database, checkpoint_seq: u32) Error!wal.WalHeader {
        var h: wal.WalHeader = .{
            .page_size_bytes = db.page_size_bytes,
            .checkpoint_seq = checkpoint_seq,
            .salt1 = db.prng.random().int(u32),
            .salt2 = db.prng.random().int(u32),
        };
        var bytes: [wal.wal_header_size_bytes]u8 = undefined;
        h.checksum = wal.encodeWalHeader(h, &bytes);
        if (!db.options.read_only) try db.wal_file.writeAt(&bytes, 0);
        return h;
    }

    /// The ordering invariants of the shared state; the caller holds state_mutex.
    fn assertStateLocked(db: *const Database) void {
        assert(db.backfilled_frame <= db.visible.frame);
        assert(db.visible.frame <= db.appended.frame);
        assert(db.visible.seq <= db.appended.seq);
        assert(db.synced_seq.load(.monotonic) <= db.commit_seq);
        assert(db.appended.seq <= db.commit_seq);
    }

    fn snapshotOf(db: *Database, commit: Commit) Snapshot {
        return .{
            .epoch = db.epoch.load(.acquire),
            .max_frame = commit.frame,
            .db_size_pages = commit.db_size_pages,
            .schema_generation = commit.schema_generation,
        };
    }

    /// Copies `visible` and the epoch into the view. The caller holds state_mutex (or has the
    /// database to itself, at open), so writes of the view never overlap. Why the sequence
    /// lock is exact: every field store is a release, so a reader whose acquire load sees a
    /// new value also sees the odd sequence stored before it, and retries.
    fn publishView(db: *Database) void {
        const snap = db.snapshotOf(db.visible);
        const view = &db.view;
        const before = view.seq.fetchAdd(1, .acquire);
        assert(before % 2 == 0); // Writers never overlap.
        view.epoch.store(snap.epoch, .release);
        view.frame.store(snap.max_frame, .release);
        view.db_size_pages.store(snap.db_size_pages, .release);
        view.schema_generation.store(snap.schema_generation, .release);
        _ = view.seq.fetchAdd(1, .release);
    }

    /// A consistent copy of the view, or null when an update kept it busy for
    /// view_read_attempts_max reads.
    fn readView(db: *Database) ?Snapshot {
        const view = &db.view;
        var attempts: u32 = 0;
        while (attempts < view_read_attempts_max) : (attempts += 1) {
            const before = view.seq.load(.acquire);
            if (before % 2 == 1) {
                std.atomic.spinLoopHint();
                continue;
            }
            const snap: Snapshot = .{
                .epoch = view.epoch.load(.acquire),
                .max_frame = view.frame.load(.acquire),
                .db_size_pages = view.db_size_pages.load(.acquire),
                .schema_generation = view.schema_generation.load(.acquire),
            };
            if (view.seq.load(.monotonic) == before) return snap;
        }
        return null;
    }

    fn syncFile(db: *Database, file: io.File) Error!void {
        try file.sync();
        _ = db.fsyncs.fetchAdd(1, .monotonic);
    }

    pub fn usableSizeBytes(db: *const Database) u32 {
        return db.page_size_bytes - header.checksum_size_bytes;
    }

    pub fn stats(db: *Database) Stats {
        const frames = db.wal_frames.load(.monotonic);
        return .{
            .cache_hits = db.cache.hits.load(.monotonic),
            .cache_misses = db.cache.misses.load(.monotonic),
            .wal_frames = frames,
            .wal_size_bytes = wal.wal_header_size_bytes * @intFromBool(frames > 0) +
                frames * wal.frameSizeBytes(db.page_size_bytes),
            .checkpoints = db.checkpoints.load(.monotonic),
            .commits = db.commits.load(.monotonic),
            .fsyncs = db.fsyncs.load(.monotonic),
            .spilled_frames = db.spilled_frames.load(.monotonic),
        };
    }

    // ---- Cache size (PRAGMA cache_size) --------------------------------------------------

    /// Slots PRAGMA cache_size may ask for: at least this many (SQLite keeps at least 10
    /// pages; ours also leave a writer's dirty pages room beside the pins of a few cursors)...
    pub const cache_slots_pragma_min: u32 = 64;
    /// ...and at most this many: the pool is allocated at once (4 GiB of 4 KiB pages, most of
    /// it untouched until used), where SQLite's grows page by page.
    pub const cache_slots_pragma_max: u32 = 1 << 20;

    /// PRAGMA cache_size = n (SQLite's number: pages when positive, KiB when negative, 0 for
    /// the least), for every connection of this file: they share one cache, as SQLite's
    /// shared-cache connections do. Applied now if nothing uses the cache, else by the first
    /// beginWrite that finds it unused (see resizeCache). True when applied now.
    pub fn setCacheSize(db: *Database, n: i64) bool {
        db.cache_size_setting.store(n, .monotonic);
        db.cache_slots_wanted.store(cacheSlotsFor(n, db.page_size_bytes), .monotonic);
        return db.resizeCache();
    }

    /// The value PRAGMA cache_size last set, or the one the database was opened with.
    pub fn cacheSize(db: *const Database) i64 {
        return db.cache_size_setting.load(.monotonic);
    }

    /// The page slots of the cache now (a resize may still be pending).
    pub fn cacheSlotCount(db: *Database) u32 {
        db.cache.mutex.lock();
        defer db.cache.mutex.unlock();
        return db.cache.slotCount();
    }

    pub fn cacheSlotsFor(n: i64, page_size_bytes: u32) u32 {
        assert(header.validPageSize(page_size_bytes));
        const magnitude: u64 = @abs(n);
        const slots: u64 = if (n >= 0) magnitude else magnitude *| 1024 / page_size_bytes;
        return @intCast(std.math.clamp(slots, cache_slots_pragma_min, cache_slots_pragma_max));
    }

    /// Applies a pending cache size if nothing uses the cache; true when none is pending now.
    /// Never waits: a writer or a reader of any connection leaves it pending.
    pub fn resizeCache(db: *Database) bool {
        if (db.cache_slots_wanted.load(.monotonic) == 0) return true;
        db.acquireWriter(0) catch return false;
        defer db.releaseWriter();
        return db.resizeCacheHoldingWriter();
    }

    /// Why nobody uses the cache while this rebuilds it: every cache user is the writer (we
    /// hold its lock, between its transactions), a checkpoint (we hold checkpoint_mutex), or a
    /// registered reader (none is, and we hold readers_mutex, so none can register; a reader
    /// releases its pages before it unregisters, and a snapshot registers before its first pin).
    fn resizeCacheHoldingWriter(db: *Database) bool {
        assert(db.writer_held);
        if (!db.checkpoint_mutex.tryLock()) return false;
        defer db.checkpoint_mutex.unlock();
        db.readers_mutex.lock();
        defer db.readers_mutex.unlock();
        if (db.readers.items.len > 0) return false;
        const slots = db.cache_slots_wanted.swap(0, .monotonic);
        if (slots == 0) return true;
        db.rebuildCache(slots) catch |err| {
            log.warn("cache resize to {d} slots failed: {s}", .{ slots, @errorName(err) });
        };
        return true;
    }

    fn rebuildCache(db: *Database, slot_count: u32) Error!void {
        const w = &db.writer;
        assert(w.dirty.count() == 0 and w.pins == 0);
        const dirty_pins = try db.allocator.alloc(u32, slot_count);
        errdefer db.allocator.free(dirty_pins);
        const dirty_referenced = try db.allocator.alloc(bool, slot_count);
        errdefer db.allocator.free(dirty_referenced);
        try db.cache.resize(slot_count);
        @memset(dirty_pins, 0);
        @memset(dirty_referenced, false);
        db.allocator.free(w.dirty_pins);
        db.allocator.free(w.dirty_referenced);
        w.dirty_pins = dirty_pins;
        w.dirty_referenced = dirty_referenced;
        w.dirty_cap = dirtyCap(slot_count);
    }

    // ---- Reading pages -------------------------------------------------------------------

    /// Pins the version of `page_no` visible at `snap` (checksum verified); returns its slot.
    fn readPage(db: *Database, snap: Snapshot, page_no: u32) Error!u32 {
        assert(page_no >= 1 and page_no <= snap.db_size_pages);
        if (snap.epoch == db.epoch.load(.acquire)) {
            const frame = db.index.lookup(page_no, snap.max_frame);
            if (frame != 0) {
                if (db.readVersion(page_no, frame, snap.epoch)) |slot| {
                    // A reset between our epoch check and the lookup could have handed us a
                    // new-generation frame number: only trust the result if none happened.
                    if (db.epoch.load(.acquire) == snap.epoch) return slot;
                    db.cache.unpin(slot);
                } else |err| switch (err) {
                    error.Stale => {}, // The WAL was reset under us: the file has our version.
                    else => |e| return e,
                }
            }
        }
        return db.readVersion(page_no, 0, snap.epoch) catch |err| switch (err) {
            error.Stale => unreachable,
            else => |e| return e,
        };
    }

    fn versionKey(page_no: u32, frame: u32, epoch: u32) cache_mod.Key {
        assert(epoch & (spill_version_flag >> 32) == 0);
        const version: u64 = if (frame == 0) 0 else (@as(u64, epoch) << 32) | frame;
        return .{ .page_no = page_no, .version = version };
    }

    fn readVersion(
        db: *Database,
        page_no: u32,
        frame: u32,
        epoch: u32,
    ) (Error || error{Stale})!u32 {
        return db.readKeyed(versionKey(page_no, frame, epoch), page_no, frame, epoch);
    }

    fn readKeyed(
        db: *Database,
        key: cache_mod.Key,
        page_no: u32,
        frame: u32,
        epoch: u32,
    ) (Error || error{Stale})!u32 {
        switch (try db.cache.pinOrClaim(key, db.options.busy_timeout_ms)) {
            .hit => |slot| return slot,
            .load => |slot| {
                db.loadPage(page_no, frame, epoch, db.cache.bytes(slot)) catch |err| {
                    db.cache.abortLoad(slot);
                    return err;
                };
                db.cache.finishLoad(slot);
                return slot;
            },
        }
    }

    /// Reads page `page_no` from WAL frame `frame` (0: the database file) and checks it.
    fn loadPage(
        db: *Database,
        page_no: u32,
        frame: u32,
        epoch: u32,
        buffer: []u8,
    ) (Error || error{Stale})!void {
        assert(buffer.len == db.page_size_bytes);
        if (frame == 0) {
            const offset = @as(u64, page_no - 1) * db.page_size_bytes;
            const n = try db.db_file.readAt(buffer, offset);
            if (n != buffer.len) {
                return errors.corrupt(@src(), "page {d}: beyond the end of the file", .{page_no});
            }
        } else {
            const offset = wal.frameOffset(frame, db.page_size_bytes) + wal.frame_header_size_bytes;
            const result = db.wal_file.readAllAt(buffer, offset);
            if (db.epoch.load(.acquire) != epoch) return error.Stale;
            try result;
        }
        if (!header.verifyPage(page_no, buffer)) {
            return errors.corrupt(@src(), "page {d}: bad checksum (frame {d})", .{
                page_no,
                frame,
            });
        }
    }

    fn readHeader(db: *Database, snap: Snapshot) Error!header.Header {
        const slot = try db.readPage(snap, 1);
        defer db.cache.unpin(slot);
        return header.decodeHeaderPage(db.cache.bytes(slot));
    }

    /// readHeader through a one-entry cache: every autocommit query begins a snapshot, and
    /// reading page 1 again costs a cache lookup and a whole-page checksum each time, while
    /// consecutive snapshots mostly share one commit.
    fn snapshotHeader(db: *Database, snap: Snapshot) Error!header.Header {
        db.readers_mutex.lock();
        const cached = db.header_cache;
        db.readers_mutex.unlock();
        if (cached) |c| if (std.meta.eql(c.snapshot, snap)) return c.header;
        const fields = try db.readHeader(snap);
        assert(fields.page_count == snap.db_size_pages);
        db.readers_mutex.lock();
        defer db.readers_mutex.unlock();
        db.header_cache = .{ .snapshot = snap, .header = fields };
        return fields;
    }

    // ---- Transactions --------------------------------------------------------------------

    /// Starts a read transaction on the latest visible commit. Never blocks on the writer.
    pub fn beginRead(db: *Database) Error!ReadTxn {
        {
            db.readers_mutex.lock();
            defer db.readers_mutex.unlock();
            if (db.readView()) |snap| return db.registerReaderLocked(snap);
        }
        // Rare: the view stayed busy (its writer was preempted mid-update): read `visible`.
        db.state_mutex.lock();
        defer db.state_mutex.unlock();
        db.assertStateLocked();
        db.readers_mutex.lock();
        defer db.readers_mutex.unlock();
        return db.registerReaderLocked(db.snapshotOf(db.visible));
    }

    /// Holding readers_mutex: registers a reader of `snap`, so no backfill passes its frame.
    fn registerReaderLocked(db: *Database, snap: Snapshot) Error!ReadTxn {
        assert(snap.epoch >= 1);
        const id = db.next_reader_id;
        try db.readers.append(db.allocator, .{ .id = id, .frame = snap.max_frame });
        db.next_reader_id += 1;
        return .{ .db = db, .snapshot = snap, .reader_id = id };
    }

    fn endRead(db: *Database, reader_id: u64) void {
        db.readers_mutex.lock();
        defer db.readers_mutex.unlock();
        for (db.readers.items, 0..) |r, i| {
            if (r.id == reader_id) {
                _ = db.readers.swapRemove(i);
                if (db.drain_waiters > 0) db.reader_cond.broadcast();
                return;
            }
        }
        unreachable; // Ended twice.
    }

    /// Starts the write transaction, waiting up to busy_timeout_ms for the current writer.
    pub fn beginWrite(db: *Database) Error!WriteTxn {
        return db.beginWriteDurable(db.options.durability);
    }

    /// beginWrite with the durability of one connection (PRAGMA synchronous): its commit, and
    /// the checkpoints and WAL resets it runs, sync as `durability` says.
    pub fn beginWriteDurable(db: *Database, durability: Durability) Error!WriteTxn {
        if (db.options.read_only) return error.ReadOnly;
        try db.acquireWriter(db.options.busy_timeout_ms);
        errdefer db.releaseWriter();
        if (db.cache_slots_wanted.load(.monotonic) != 0) _ = db.resizeCacheHoldingWriter();
        db.maybeResetWal(durability) catch |err| log.warn("wal reset failed: {s}", .{@errorName(err)});
        db.drainWal(durability);
        db.state_mutex.lock();
        const broken = db.broken.load(.monotonic);
        const base = db.snapshotOf(db.appended);
        const checksum = db.appended.checksum;
        db.state_mutex.unlock();
        if (broken) return error.IoError;
        const w = &db.writer;
        assert(w.dirty.count() == 0 and w.txn_pages.items.len == 0 and w.pins == 0);
        w.durability = durability;
        w.base = base;
        w.txn_id = (w.txn_id + 1) & 0x7fff_ffff;
        w.running_checksum = checksum;
        w.base_checksum = checksum;
        w.recksum_from = 0;
        w.header = try db.readHeader(base);
        if (w.header.page_count != base.db_size_pages) {
            return errors.corrupt(@src(), "header page count {d} != {d}", .{
                w.header.page_count,
                base.db_size_pages,
            });
        }
        w.header_dirty = false;
        w.schema_changed = false;
        w.batch_len = 0;
        return .{ .db = db };
    }

    fn acquireWriter(db: *Database, timeout_ms: u32) Error!void {
        db.writer_mutex.lock();
        defer db.writer_mutex.unlock();
        var timer = std.time.Timer.start() catch unreachable;
        const budget_ns = @as(u64, timeout_ms) * std.time.ns_per_ms;
        while (db.writer_held) {
            const waited_ns = timer.read();
            if (waited_ns >= budget_ns) return error.Busy;
            db.writer_cond.timedWait(&db.writer_mutex, budget_ns - waited_ns) catch {};
        }
        db.writer_held = true;
    }

    fn releaseWriter(db: *Database) void {
        db.writer_mutex.lock();
        defer db.writer_mutex.unlock();
        assert(db.writer_held);
        db.writer_held = false;
        db.writer_cond.signal();
    }

    // ---- Durability and checkpoints ------------------------------------------------------

    /// Waits until an fsync covers commit `seq`; the first waiter without a sync in flight
    /// becomes the leader and fsyncs once for every commit appended so far (group commit).
    ///
    /// Waiters take no mutex: they sleep on the futex word `sync_round` and read the atomic
    /// `synced_seq` when it moves. With a condition variable, the end of each sync woke every
    /// waiter into a queue on the state mutex (which readers also take), one futex hand-off
    /// after another: with 16 committing threads on 2 cores those hand-offs were most of the
    /// CPU time of a commit. Why no wake-up is lost: a waiter reads `sync_round` before it
    /// checks `synced_seq` and the leader flag, and the leader publishes `synced_seq`, clears
    /// the flag, and only then increments `sync_round` and wakes; Futex.wait sleeps only while
    /// the word still holds the value read, so a round that ended meanwhile returns at once.
    fn waitDurable(db: *Database, seq: u64) Error!void {
        assert(seq >= 1);
        // Bounded: each round runs a sync or sleeps until the running one ends (a leader always
        // ends its round), and a sync covers every commit appended before it started.
        while (db.synced_seq.load(.acquire) < seq) {
            if (db.broken.load(.acquire)) return error.IoError;
            const round = db.sync_round.load(.acquire);
            if (db.sync_leader.cmpxchgStrong(false, true, .acquire, .monotonic) == null) {
                db.leadSync();
                continue;
            }
            std.Thread.Futex.wait(&db.sync_round, round);
        }
    }

    /// The group fsync, run by the waiter holding `sync_leader`: covers every commit appended
    /// before it starts, then ends the round and wakes every waiter.
    fn leadSync(db: *Database) void {
        assert(db.sync_leader.load(.monotonic));
        defer {
            db.sync_leader.store(false, .release);
            _ = db.sync_round.fetchAdd(1, .release);
            std.Thread.Futex.wake(&db.sync_round, std.math.maxInt(u32));
        }
        db.state_mutex.lock();
        const target = db.appended;
        db.state_mutex.unlock();
        if (target.seq <= db.synced_seq.load(.acquire)) return; // The last round covered it.
        const result = db.syncFile(db.wal_file);
        db.state_mutex.lock();
        defer db.state_mutex.unlock();
        if (result) |_| {
            assert(target.seq > db.synced_seq.load(.monotonic)); // Only the leader raises it.
            db.synced_seq.store(target.seq, .release);
            if (target.seq > db.visible.seq) {
                db.visible = target;
                db.publishView();
            }
            db.assertStateLocked();
        } else |_| {
            db.broken.store(true, .release);
        }
    }

    /// Copies every frame no live reader still needs from the WAL into the database file and,
    /// when the WAL is then fully backfilled, resets it (waiting up to busy_timeout_ms for the
    /// writer lock; if the writer stays busy the reset is left to the next writer).
    pub fn checkpoint(db: *Database) Error!void {
        if (db.options.read_only) return error.ReadOnly;
        const durability = db.options.durability;
        db.checkpoint_mutex.lock();
        defer db.checkpoint_mutex.unlock();
        try db.backfill(durability);
        if (!db.fullyBackfilled()) return; // A reader still needs WAL frames: no reset yet.
        db.acquireWriter(db.options.busy_timeout_ms) catch return;
        defer db.releaseWriter();
        try db.resetWalLocked(durability);
    }

    /// SQLite's checkpoint modes (sqlite3_wal_checkpoint_v2, PRAGMA wal_checkpoint).
    pub const CheckpointMode = enum {
        /// Copy what no reader still needs; wait for nobody.
        passive,
        /// Wait (busy_timeout_ms) for the writer lock and hold it, make pending commits
        /// durable, wait for readers of older snapshots, then copy every frame.
        full,
        /// As full. The WAL restarts at the next writer, which finds it fully copied; our
        /// readers never need to end for that (old-epoch readers read the database file).
        restart,
        /// As full, then restart the WAL now and cut its file to zero bytes.
        truncate,
    };

    /// SQLite's answer: busy when the writer lock or an old reader outlasted the wait,
    /// the frames of the WAL, and how many of them the database file has.
    pub const CheckpointResult = struct { busy: bool, log_frames: u32, checkpointed_frames: u32 };

    /// A checkpoint as SQLite's `mode` runs it, syncing as `durability` says (the caller's
    /// PRAGMA synchronous). Waits at most about busy_timeout_ms for the writer and as much again
    /// for readers; `busy` reports a wait that ran out (what could be copied was copied).
    pub fn checkpointMode(db: *Database, mode: CheckpointMode, durability: Durability) Error!CheckpointResult {
        if (db.options.read_only) return error.ReadOnly;
        db.checkpoint_mutex.lock();
        defer db.checkpoint_mutex.unlock();
        if (mode == .passive) {
            try db.backfill(durability);
            return db.checkpointResult(false);
        }
        db.acquireWriter(db.options.busy_timeout_ms) catch |err| switch (err) {
            error.Busy => {
                // SQLite's FULL and stronger modes degrade to a passive one without the lock.
                try db.backfill(durability);
                return db.checkpointResult(true);
            },
            else => |e| return e,
        };
        defer db.releaseWriter();
        // Commits published before we took the lock may still wait for their group fsync.
        db.state_mutex.lock();
        const pending_seq: ?u64 = if (db.appended.seq > db.visible.seq) db.appended.seq else null;
        db.state_mutex.unlock();
        if (pending_seq) |seq| try db.waitDurable(seq);
        const complete = try db.backfillAll(durability);
        if (complete and mode == .truncate) try db.truncateWalLocked(durability);
        return db.checkpointResult(!complete);
    }

    /// Holding checkpoint_mutex and the writer lock (so `visible` stays put): backfills until
    /// every frame is in the database file or busy_timeout_ms passes waiting for the readers
    /// of older snapshots to end. True when every frame was copied.
    fn backfillAll(db: *Database, durability: Durability) Error!bool {
        assert(db.writer_held);
        var timer = std.time.Timer.start() catch unreachable;
        const budget_ns = @as(u64, db.options.busy_timeout_ms) * std.time.ns_per_ms;
        // Bounded by the busy timeout: each round copies, ends, or waits at most 1 ms.
        while (true) {
            try db.backfill(durability);
            db.state_mutex.lock();
            const done = db.backfilled_frame == db.visible.frame;
            db.state_mutex.unlock();
            if (done) return true;
            if (timer.read() >= budget_ns) return false;
            db.waitForReaderEnd(std.time.ns_per_ms);
        }
    }

    /// Holding checkpoint_mutex and the writer lock, with every frame backfilled: starts a new
    /// WAL generation and cuts the file to zero bytes. The next generation's header is written
    /// again before its first frame (flushBatch), as an empty WAL gets one at open.
    fn truncateWalLocked(db: *Database, durability: Durability) Error!void {
        assert(db.writer_held);
        try db.resetWalLocked(durability);
        // Set first: after a failed truncate the header may or may not be there, and writing
        // it again is harmless.
        db.wal_header_missing = true;
        try db.wal_file.truncate(0);
        // A failed sync leaves what the disk holds unknown, as after any failed fsync.
        if (durability != .off) db.syncFile(db.wal_file) catch |err| {
            db.markBroken();
            return err;
        };
    }

    fn markBroken(db: *Database) void {
        db.state_mutex.lock();
        defer db.state_mutex.unlock();
        db.broken.store(true, .release);
    }

    /// Writes the current generation's header into a WAL file that TRUNCATE emptied, before
    /// the generation's first frame; synced unless OFF, as writeResetHeader does.
    fn restoreWalHeader(db: *Database, durability: Durability) Error!void {
        assert(db.writer_held and db.wal_header_missing);
        var bytes: [wal.wal_header_size_bytes]u8 = undefined;
        const checksum = wal.encodeWalHeader(db.wal_header, &bytes);
        assert(checksum == db.wal_header.checksum);
        try db.wal_file.writeAt(&bytes, 0);
        if (durability != .off) try db.syncFile(db.wal_file);
        db.wal_header_missing = false;
    }

    fn checkpointResult(db: *Database, busy: bool) CheckpointResult {
        db.state_mutex.lock();
        defer db.state_mutex.unlock();
        db.assertStateLocked();
        return .{ .busy = busy, .log_frames = db.visible.frame, .checkpointed_frames = db.backfilled_frame };
    }

    fn needsCheckpoint(db: *Database) bool {
        const threshold = db.options.auto_checkpoint_frames;
        if (threshold == 0) return false;
        // Without the state mutex (which every commit takes): frames past the backfill point
        // are at most the frames appended, and this is only a trigger (a stale count delays the
        // checkpoint by a commit).
        if (db.wal_frames.load(.monotonic) < threshold) return false;
        db.state_mutex.lock();
        defer db.state_mutex.unlock();
        return db.appended.frame - db.backfilled_frame >= threshold;
    }

    fn fullyBackfilled(db: *Database) bool {
        db.state_mutex.lock();
        defer db.state_mutex.unlock();
        return db.appended.frame > 0 and db.backfilled_frame == db.appended.frame;
    }

    /// A passive checkpoint: skipped when another checkpoint runs. Errors are logged: the
    /// commit that triggered it already succeeded.
    fn autoCheckpoint(db: *Database, durability: Durability) void {
        if (!db.checkpoint_mutex.tryLock()) return;
        defer db.checkpoint_mutex.unlock();
        db.backfill(durability) catch |err| log.warn("auto-checkpoint failed: {s}", .{@errorName(err)});
    }

    const BackfillRange = struct {
        after: u32,
        limit: u32,
        /// Some commit up to `limit` was never covered by an fsync (NORMAL or OFF commits).
        unsynced: bool,
    };

    fn backfillLimit(db: *Database) BackfillRange {
        db.state_mutex.lock();
        defer db.state_mutex.unlock();
        db.readers_mutex.lock();
        defer db.readers_mutex.unlock();
        var limit = db.visible.frame;
        for (db.readers.items) |r| limit = @min(limit, r.frame);
        return .{
            .after = db.backfilled_frame,
            .limit = @max(limit, db.backfilled_frame),
            .unsynced = db.synced_seq.load(.monotonic) < db.visible.seq,
        };
    }

    /// Checkpoint body; the caller holds checkpoint_mutex (so no WAL reset runs meanwhile).
    /// Frames no fsync covered yet (a NORMAL commit's) are synced before the database file is
    /// overwritten from them, unless this checkpoint runs OFF.
    fn backfill(db: *Database, durability: Durability) Error!void {
        const range = db.backfillLimit();
        if (range.limit == range.after) return;
        assert(range.limit > range.after);
        if (range.unsynced and durability != .off) try db.syncFile(db.wal_file);
        const pages = try db.index.collectCheckpoint(db.allocator, range.after, range.limit);
        defer db.allocator.free(pages);
        const buffer = db.checkpoint_buffer;
        for (pages) |pf| {
            const frame_offset = wal.frameOffset(pf.frame, db.page_size_bytes);
            const offset = frame_offset + wal.frame_header_size_bytes;
            try db.wal_file.readAllAt(buffer, offset);
            if (!header.verifyPage(pf.page_no, buffer)) {
                return errors.corrupt(@src(), "checkpoint: page {d} frame {d} bad checksum", .{
                    pf.page_no,
                    pf.frame,
                });
            }
            try db.db_file.writeAt(buffer, @as(u64, pf.page_no - 1) * db.page_size_bytes);
        }
        if (durability != .off) try db.syncFile(db.db_file);
        for (pages) |pf| db.cache.invalidate(versionKey(pf.page_no, 0, 0));
        db.state_mutex.lock();
        assert(db.backfilled_frame == range.after); // checkpoint_mutex excludes other backfills.
        db.backfilled_frame = range.limit;
        db.assertStateLocked();
        db.state_mutex.unlock();
        _ = db.checkpoints.fetchAdd(1, .monotonic);
    }

    /// At the start of a write: reset the WAL if everything in it is in the database file.
    fn maybeResetWal(db: *Database, durability: Durability) Error!void {
        assert(db.writer_held);
        if (!db.checkpoint_mutex.tryLock()) return;
        defer db.checkpoint_mutex.unlock();
        try db.resetWalLocked(durability);
    }

    /// Holding the writer lock, with the WAL past 4 x auto_checkpoint_frames: overlapping
    /// readers have kept every checkpoint short of the last frame, so no reset could happen.
    /// No commit can happen while we hold the writer lock, so readers starting now see the last
    /// commit; wait (up to busy_timeout_ms) for the older ones to end, backfill everything and
    /// reset. This bounds the WAL under steady read/write load. If a long reader outlasts the
    /// wait, the next attempt waits until the WAL has grown by the same limit again.
    fn drainWal(db: *Database, durability: Durability) void {
        assert(db.writer_held);
        const limit = 4 *| db.options.auto_checkpoint_frames;
        if (limit == 0) return;
        // The last publish stored wal_frames before its writer lock was released to us.
        if (db.wal_frames.load(.monotonic) < limit) return;
        db.state_mutex.lock();
        const frames = db.appended.frame;
        const due = frames >= limit and frames >= db.drain_next_frame;
        db.state_mutex.unlock();
        if (!due) return;
        var timer = std.time.Timer.start() catch unreachable;
        const budget_ns = @as(u64, db.options.busy_timeout_ms) * std.time.ns_per_ms;
        // Bounded by the busy timeout: each round ends in a reset, a timeout, or a short wait.
        while (!db.tryBackfillAndReset(durability)) {
            if (timer.read() >= budget_ns) {
                db.state_mutex.lock();
                db.drain_next_frame = db.appended.frame +| limit;
                db.state_mutex.unlock();
                return;
            }
            db.waitForReaderEnd(std.time.ns_per_ms);
        }
    }

    fn tryBackfillAndReset(db: *Database, durability: Durability) bool {
        if (!db.checkpoint_mutex.tryLock()) return false;
        defer db.checkpoint_mutex.unlock();
        db.backfill(durability) catch return false;
        if (!db.fullyBackfilled()) return false;
        db.resetWalLocked(durability) catch return false;
        return true;
    }

    fn waitForReaderEnd(db: *Database, timeout_ns: u64) void {
        db.readers_mutex.lock();
        defer db.readers_mutex.unlock();
        db.drain_waiters += 1;
        defer db.drain_waiters -= 1;
        db.reader_cond.timedWait(&db.readers_mutex, timeout_ns) catch {};
    }

    /// Holding the writer lock and checkpoint_mutex: starts a new WAL generation if every frame
    /// is backfilled (then every live reader's snapshot equals the database file).
    fn resetWalLocked(db: *Database, durability: Durability) Error!void {
        db.state_mutex.lock();
        const ready = db.appended.frame > 0 and db.backfilled_frame == db.appended.frame;
        const seq = db.wal_header.checkpoint_seq;
        db.state_mutex.unlock();
        if (!ready) return;
        const h = db.writeResetHeader(seq +% 1, durability) catch |err| {
            db.state_mutex.lock();
            // The header on disk is unknown: refuse to append to it.
            db.broken.store(true, .release);
            db.state_mutex.unlock();
            return err;
        };
        db.state_mutex.lock();
        // Both locks: a beginning reader sees the old epoch and is zeroed below, or the new one.
        db.readers_mutex.lock();
        assert(db.visible.frame == db.appended.frame);
        _ = db.epoch.fetchAdd(1, .acq_rel);
        db.wal_header = h;
        db.appended.frame = 0;
        db.appended.checksum = h.checksum;
        db.visible = db.appended;
        db.publishView();
        db.backfilled_frame = 0;
        db.drain_next_frame = 0;
        for (db.readers.items) |*r| r.frame = 0; // Old-epoch readers read only the file.
        db.assertStateLocked();
        db.wal_frames.store(0, .monotonic);
        db.readers_mutex.unlock();
        db.state_mutex.unlock();
        // Outside the locks (readers take one to begin): new snapshots have no frames, so
        // no lookup needs the index until this writer appends again; old-epoch readers racing
        // with the clear discard what they find (readPage re-checks the epoch).
        db.index.clear();
        db.truncateLargeWal();
    }

    /// The header of the next WAL generation, made durable before any frame of it is written
    /// (as SQLite syncs a restarted WAL's header): the first commit overwrites the old frames
    /// from frame 1, and if power failed while the old header survived and only some of those
    /// writes reached the disk, a surviving old frame 1 would still chain to the old header and
    /// recovery would replay a page version older than the checkpointed file. One sync per WAL
    /// generation (every auto_checkpoint_frames commits or so).
    fn writeResetHeader(db: *Database, checkpoint_seq: u32, durability: Durability) Error!wal.WalHeader {
        const h = try db.writeWalHeader(checkpoint_seq);
        if (durability != .off) try db.syncFile(db.wal_file);
        db.wal_header_missing = false;
        return h;
    }

    /// After a reset (the epoch already moved on): a WAL grown far past what steady use needs,
    /// by one big transaction say, is cut back so it does not keep the disk space forever. It
    /// keeps walKeepBytes, though: the next generation's frames then overwrite blocks the file
    /// already has, and fdatasync of an overwrite need not commit file-size metadata to the
    /// file system journal (SQLite keeps its WAL file whole for the same effect). Cutting to
    /// the header made every durable commit after a big insert extend the file: 4 ms per
    /// commit on the benchmark VM against SQLite's 0.16 ms. An old-epoch reader racing with the
    /// cut sees a short read, notices the epoch changed, and reads the database file instead.
    fn truncateLargeWal(db: *Database) void {
        const keep_bytes = walKeepBytes(db.options, db.page_size_bytes);
        const size_bytes = db.wal_file.size() catch return;
        if (size_bytes <= keep_bytes) return;
        db.wal_file.truncate(keep_bytes) catch |err| {
            log.warn("wal truncate failed: {s}", .{@errorName(err)});
        };
    }
};

/// A read-only snapshot. `get`/`release` implement the page contract; call `end` once.
pub const ReadTxn = struct {
    db: *Database,
    snapshot: Snapshot,
    reader_id: u64,
    pins: u32 = 0,

    pub fn usableSizeBytes(self: *const ReadTxn) u32 {
        return self.db.usableSizeBytes();
    }

    pub fn pageCount(self: *const ReadTxn) u32 {
        return self.snapshot.db_size_pages;
    }

    pub fn get(self: *ReadTxn, page_no: u32) Error!PageRef {
        if (page_no < 2 or page_no > self.snapshot.db_size_pages) {
            return errors.corrupt(@src(), "page {d} out of range 2..{d}", .{
                page_no,
                self.snapshot.db_size_pages,
            });
        }
        const slot = try self.db.readPage(self.snapshot, page_no);
        self.pins += 1;
        const bytes = self.db.cache.bytes(slot)[0..self.usableSizeBytes()];
        return .{ .page_no = page_no, .bytes = bytes, .handle = slot };
    }

    pub fn release(self: *ReadTxn, ref: PageRef) void {
        assert(self.pins > 0);
        self.pins -= 1;
        self.db.cache.unpin(@intCast(ref.handle));
    }

    pub fn schemaRoot(self: *ReadTxn) Error!u32 {
        return (try self.db.readHeader(self.snapshot)).schema_root;
    }

    pub fn userVersion(self: *ReadTxn) Error!u32 {
        return (try self.db.readHeader(self.snapshot)).user_version;
    }

    /// Every field of page 1 at this snapshot (free-list head and count for integrity checks).
    pub fn headerFields(self: *ReadTxn) Error!header.Header {
        return self.db.readHeader(self.snapshot);
    }

    pub fn end(self: *ReadTxn) void {
        assert(self.pins == 0); // Every get is paired with a release.
        self.db.endRead(self.reader_id);
        self.* = undefined;
    }

    /// Checks every page's checksum, the free list, and (when `tree_pages` is given, bit i =
    /// page i is used by a tree, as produced by the B+tree's integrity check) that each page
    /// 2..page_count is used exactly once: by a tree or by the free list.
    pub fn checkIntegrity(
        self: *ReadTxn,
        allocator: std.mem.Allocator,
        tree_pages: ?*const std.DynamicBitSetUnmanaged,
    ) Error!void {
        const h = try self.db.readHeader(self.snapshot);
        const count = self.snapshot.db_size_pages;
        var page_no: u32 = 2;
        while (page_no <= count) : (page_no += 1) self.release(try self.get(page_no));
        var free_pages = try std.DynamicBitSetUnmanaged.initEmpty(allocator, @as(usize, count) + 1);
        defer free_pages.deinit(allocator);
        try freelist.walk(self, h.freelist_head, h.freelist_count, count, &free_pages);
        const used = tree_pages orelse return;
        page_no = 2;
        while (page_no <= count) : (page_no += 1) {
            const in_tree = page_no < used.bit_length and used.isSet(page_no);
            if (in_tree == free_pages.isSet(page_no)) {
                return errors.corrupt(@src(), "page {d}: used by {s}", .{
                    page_no, if (in_tree) "a tree and the free list" else "nothing",
                });
            }
        }
    }
};

/// The write transaction (one per database at a time). Implements the page contract plus
/// allocation, savepoints, header fields, commit and rollback. Exactly one of commit/rollback.
pub const WriteTxn = struct {
    db: *Database,
    /// Set only by `beginSnapshot`: the pages come from this read snapshot and the writer lock
    /// is not held. Such a transaction never writes (asserted at every writing entry point).
    snapshot: ?ReadTxn = null,
    /// The snapshot's page-1 fields (schema root, user version), read once at begin.
    snapshot_header: header.Header = undefined,

    /// A read-only transaction shaped like a write transaction, so that code typed on WriteTxn
    /// (the SQL executor) runs a query on a snapshot: it never waits for the writer and never
    /// blocks it. Only reads are allowed; commit and rollback both end the snapshot.
    pub fn beginSnapshot(db: *Database) Error!WriteTxn {
        var r = try db.beginRead();
        errdefer r.end();
        const fields = try db.snapshotHeader(r.snapshot);
        assert(fields.page_count == r.snapshot.db_size_pages);
        return .{ .db = db, .snapshot = r, .snapshot_header = fields };
    }

    pub fn usableSizeBytes(self: *const WriteTxn) u32 {
        return self.db.usableSizeBytes();
    }

    pub fn pageCount(self: *const WriteTxn) u32 {
        if (self.snapshot) |r| return r.snapshot.db_size_pages;
        return self.db.writer.header.page_count;
    }

    fn checkRange(self: *const WriteTxn, page_no: u32) Error!void {
        const count = self.db.writer.header.page_count;
        if (page_no < 2 or page_no > count) {
            return errors.corrupt(@src(), "page {d} out of range 2..{d}", .{ page_no, count });
        }
    }

    fn ref(self: *WriteTxn, page_no: u32, slot: u32) PageRef {
        const bytes = self.db.cache.bytes(slot)[0..self.usableSizeBytes()];
        return .{ .page_no = page_no, .bytes = bytes, .handle = slot };
    }

    pub fn get(self: *WriteTxn, page_no: u32) Error!PageRef {
        if (self.snapshot) |*r| return r.get(page_no);
        try self.checkRange(page_no);
        const w = &self.db.writer;
        if (w.dirty.get(page_no)) |entry| {
            if (entry.slot != no_slot) return self.pinDirtySlot(page_no, entry.slot);
            if (entry.frame != 0) return self.pinSpilled(page_no, entry.frame);
        }
        // A page added by this transaction whose content was rolled back to "none" is zeroes.
        if (page_no > w.base.db_size_pages) return self.pinDirty(page_no, false);
        const slot = try self.db.readPage(w.base, page_no);
        w.pins += 1;
        return self.ref(page_no, slot);
    }

    pub fn getMut(self: *WriteTxn, page_no: u32) Error!PageRef {
        assert(self.snapshot == null);
        try self.checkRange(page_no);
        try self.journal(page_no);
        return self.pinDirty(page_no, false);
    }

    pub fn release(self: *WriteTxn, page: PageRef) void {
        if (self.snapshot) |*r| return r.release(page);
        const w = &self.db.writer;
        assert(w.pins > 0);
        w.pins -= 1;
        if (page.handle & dirty_handle_flag != 0) {
            const slot: u32 = @intCast(page.handle & ~dirty_handle_flag);
            assert(w.dirty_pins[slot] > 0);
            w.dirty_pins[slot] -= 1;
        } else {
            self.db.cache.unpin(@intCast(page.handle));
        }
    }

    /// Pins a dirty slot of this transaction (counted by the writer, not the cache).
    fn pinDirtySlot(self: *WriteTxn, page_no: u32, slot: u32) PageRef {
        const w = &self.db.writer;
        assert(slot != no_slot);
        w.dirty_pins[slot] += 1;
        w.dirty_referenced[slot] = true;
        w.pins += 1;
        var page = self.ref(page_no, slot);
        page.handle |= dirty_handle_flag;
        return page;
    }

    fn dirtyPinned(self: *const WriteTxn, slot: u32) bool {
        return self.db.writer.dirty_pins[slot] > 0;
    }

    /// A read-only view of a page this transaction spilled, cached as a clean version under a
    /// key no reader uses and no later transaction reuses, so reading it does not re-dirty it.
    fn pinSpilled(self: *WriteTxn, page_no: u32, frame: u32) Error!PageRef {
        const db = self.db;
        const w = &db.writer;
        const key = self.spillKey(page_no, frame);
        const slot = db.readKeyed(key, page_no, frame, w.base.epoch) catch |err| {
            return staleIsBug(err);
        };
        w.pins += 1;
        return self.ref(page_no, slot);
    }

    /// Pins the page's private dirty slot, creating it (content from its spilled frame or the
    /// base version, or zeroes) when needed.
    fn pinDirty(self: *WriteTxn, page_no: u32, zeroed: bool) Error!PageRef {
        const db = self.db;
        const w = &db.writer;
        const gop = try w.dirty.getOrPut(db.allocator, page_no);
        if (!gop.found_existing) gop.value_ptr.* = .{};
        var slot = gop.value_ptr.slot;
        if (slot == no_slot) {
            const frame = gop.value_ptr.frame;
            try w.resident.ensureUnusedCapacity(db.allocator, 1);
            const spilled_copy = if (!zeroed and frame != 0) try self.takeSpilledCopy(page_no, frame) else null;
            slot = spilled_copy orelse try self.fillDirtySlot(page_no, frame, zeroed);
            w.dirty.getPtr(page_no).?.slot = slot;
            w.resident.appendAssumeCapacity(page_no);
        } else if (zeroed) {
            @memset(db.cache.bytes(slot), 0);
        }
        return self.pinDirtySlot(page_no, slot);
    }

    /// A new dirty slot holding the page's content: zeroes, its spilled frame, or its base.
    fn fillDirtySlot(self: *WriteTxn, page_no: u32, frame: u32, zeroed: bool) Error!u32 {
        const db = self.db;
        const slot = try self.allocDirtySlot();
        errdefer db.cache.releaseDirty(slot);
        const bytes = db.cache.bytes(slot);
        if (zeroed) {
            @memset(bytes, 0);
        } else if (frame != 0) {
            db.loadPage(page_no, frame, db.writer.base.epoch, bytes) catch |err| return staleIsBug(err);
        } else {
            try self.copyBase(page_no, bytes);
        }
        return slot;
    }

    /// The cache key of this transaction's spilled frame `frame` (see pinSpilled).
    fn spillKey(self: *const WriteTxn, page_no: u32, frame: u32) cache_mod.Key {
        const version = spill_version_flag | (@as(u64, self.db.writer.txn_id) << 32) | frame;
        return .{ .page_no = page_no, .version = version };
    }

    /// A spill leaves the page's bytes in the cache as a clean copy of its frame; modifying
    /// the page again takes that slot back as dirty instead of reading the frame from the
    /// WAL. Null when the copy was evicted (or is pinned by a reader of this transaction).
    fn takeSpilledCopy(self: *WriteTxn, page_no: u32, frame: u32) Error!?u32 {
        const db = self.db;
        if (db.cache.dirtyCount() >= db.writer.dirty_cap) try self.spill();
        return db.cache.takeClean(self.spillKey(page_no, frame));
    }

    fn staleIsBug(err: (Error || error{Stale})) Error {
        return switch (err) {
            error.Stale => unreachable, // The writer lock excludes WAL resets.
            else => |e| e,
        };
    }

    fn copyBase(self: *WriteTxn, page_no: u32, out: []u8) Error!void {
        const db = self.db;
        const w = &db.writer;
        if (page_no > w.base.db_size_pages) {
            @memset(out, 0); // A page this transaction added: no base version.
            return;
        }
        const slot = try db.readPage(w.base, page_no);
        defer db.cache.unpin(slot);
        @memcpy(out, db.cache.bytes(slot));
    }

    /// A private slot for a dirty page, spilling dirty pages to the WAL past the dirty cap.
    fn allocDirtySlot(self: *WriteTxn) Error!u32 {
        const db = self.db;
        if (db.cache.dirtyCount() >= db.writer.dirty_cap) try self.spill();
        if (db.cache.claimDirty()) |slot| return slot;
        try self.spill();
        return db.cache.claimDirty() orelse error.Busy;
    }

    /// Writes a share of the dirty pages (dirty_cap / spill_share_divisor) to the WAL as
    /// non-commit frames and frees their slots; the bytes stay cached as clean copies. It sweeps
    /// `resident` oldest first and spares pages pinned, or referenced since the last sweep
    /// (second chance, like the cache's CLOCK). Spilling every dirty page whenever the cap was
    /// reached wrote the hot pages of a large transaction (random index leaves) again and again:
    /// 454k frames for the benchmark's million-row insert, whose database is ~50k pages.
    fn spill(self: *WriteTxn) Error!void {
        const db = self.db;
        const w = &db.writer;
        const target: u32 = @max(1, w.dirty_cap / spill_share_divisor);
        var spilled: u32 = 0;
        var sweeps: u32 = 0;
        // Two sweeps at most: the first may only clear reference bits.
        while (sweeps < 2 and spilled < target) : (sweeps += 1) {
            spilled += try self.spillSweep(target - spilled);
        }
        try self.flushBatch();
        _ = db.spilled_frames.fetchAdd(spilled, .monotonic);
    }

    /// One sweep of `resident` from the front, spilling up to `target` unreferenced, unpinned
    /// pages; the pages it passes and spares move to the back. Returns the pages spilled.
    fn spillSweep(self: *WriteTxn, target: u32) Error!u32 {
        const db = self.db;
        const w = &db.writer;
        assert(target > 0);
        try w.spared.ensureTotalCapacity(db.allocator, w.resident.items.len);
        w.spared.clearRetainingCapacity();
        var spilled: u32 = 0;
        var swept: usize = 0;
        while (swept < w.resident.items.len and spilled < target) : (swept += 1) {
            const page_no = w.resident.items[swept];
            const entry = w.dirty.getPtr(page_no) orelse continue;
            if (entry.slot == no_slot) continue; // Stale item: spilled or restored earlier.
            if (self.dirtyPinned(entry.slot) or w.dirty_referenced[entry.slot]) {
                w.dirty_referenced[entry.slot] = false;
                w.spared.appendAssumeCapacity(page_no);
                continue;
            }
            try self.spillPage(page_no, entry);
            spilled += 1;
        }
        // resident = resident[swept..] ++ spared; capacity suffices (spared came out of it).
        const rest = w.resident.items.len - swept;
        std.mem.copyForwards(u32, w.resident.items[0..rest], w.resident.items[swept..]);
        w.resident.shrinkRetainingCapacity(rest);
        w.resident.appendSliceAssumeCapacity(w.spared.items);
        assert(spilled <= target);
        return spilled;
    }

    /// Writes one unpinned dirty page as a frame (rewriting its earlier frame when allowed) and
    /// turns its slot into the frame's clean copy (takeSpilledCopy).
    fn spillPage(self: *WriteTxn, page_no: u32, entry: *DirtyEntry) Error!void {
        const db = self.db;
        assert(entry.slot != no_slot and !self.dirtyPinned(entry.slot));
        const bytes = db.cache.bytes(entry.slot);
        const frame = if (self.canRewrite(entry.*))
            try self.rewriteFrame(page_no, bytes, entry.latest_frame)
        else
            try self.appendFrame(page_no, bytes, 0);
        db.cache.publishDirty(entry.slot, self.spillKey(page_no, frame));
        entry.* = .{
            .frame = frame,
            .latest_frame = frame,
            .savepoint_mark = entry.savepoint_mark,
        };
    }

    /// A page spilled again in this transaction may overwrite its earlier frame instead of
    /// growing the WAL (as SQLite does), unless a savepoint's journal may name that frame as a
    /// pre-image. A transaction larger than the cache otherwise appended a frame per spill:
    /// 1.9 GB of WAL for the benchmark's million-row insert, against ~0.2 GB of pages.
    fn canRewrite(self: *const WriteTxn, entry: DirtyEntry) bool {
        const w = &self.db.writer;
        if (w.savepoints.items.len != 0 or entry.latest_frame == 0) return false;
        assert(entry.latest_frame > w.base.max_frame and entry.latest_frame < w.nextFrame());
        return true;
    }

    /// Overwrites frame `frame` (of this transaction, holding `page_no`) with `page`. Its
    /// checksum and every later one are recomputed at commit (rechecksum); until then the chain
    /// is broken after the last commit, which recovery treats as the end of the log anyway.
    fn rewriteFrame(self: *WriteTxn, page_no: u32, page: []u8, frame: u32) Error!u32 {
        const db = self.db;
        const w = &db.writer;
        assert(w.txn_pages.items[frame - w.base.max_frame - 1] == page_no);
        if (frame >= w.nextFrame() - w.batch_len) try self.flushBatch();
        header.sealPage(page_no, page);
        wal.encodeFrameUnchained(w.frame_buffer, db.wal_header, page_no, 0, page);
        try db.wal_file.writeAt(w.frame_buffer, wal.frameOffset(frame, db.page_size_bytes));
        if (w.recksum_from == 0 or frame < w.recksum_from) w.recksum_from = frame;
        // A clean copy of the old frame may be cached (pinSpilled, spill): it is stale now.
        db.cache.invalidate(self.spillKey(page_no, frame));
        return frame;
    }

    /// Recomputes the checksum chain from the first rewritten frame to the last frame of the
    /// transaction (reading each back), so the commit frames chain onto valid frames.
    fn rechecksum(self: *WriteTxn) Error!void {
        const db = self.db;
        const w = &db.writer;
        if (w.recksum_from == 0) return;
        try self.flushBatch();
        const first = w.recksum_from;
        const end = w.nextFrame();
        assert(first > w.base.max_frame and first < end);
        const buffer = w.frame_buffer;
        var checksum = w.base_checksum;
        if (first > w.base.max_frame + 1) {
            // Frames before `first` were never rewritten: the stored checksum of the one just
            // before it is still its chain value.
            try db.wal_file.readAllAt(buffer[0..wal.frame_header_size_bytes], wal.frameOffset(first - 1, db.page_size_bytes));
            checksum = std.mem.readInt(u64, buffer[16..24], .little);
        }
        var frame = first;
        while (frame < end) : (frame += 1) {
            const offset = wal.frameOffset(frame, db.page_size_bytes);
            try db.wal_file.readAllAt(buffer, offset);
            checksum = wal.frameChecksum(checksum, buffer[0..16], buffer[wal.frame_header_size_bytes..]);
            std.mem.writeInt(u64, buffer[16..24], checksum, .little);
            try db.wal_file.writeAt(buffer[16..24], offset + 16);
        }
        w.running_checksum = checksum;
        w.recksum_from = 0;
    }

    /// Seals `page` and adds it to the pending batch as the next frame; returns its number.
    fn appendFrame(self: *WriteTxn, page_no: u32, page: []u8, commit_size_pages: u32) Error!u32 {
        const db = self.db;
        const w = &db.writer;
        assert(w.batch_len < batch_frames_max);
        header.sealPage(page_no, page);
        const frame_size: usize = @intCast(wal.frameSizeBytes(db.page_size_bytes));
        const out = w.batch[w.batch_len * frame_size ..][0..frame_size];
        const frame = w.nextFrame();
        try w.txn_pages.append(db.allocator, page_no);
        w.running_checksum = wal.encodeFrame(
            out,
            db.wal_header,
            page_no,
            commit_size_pages,
            w.running_checksum,
            page,
        );
        w.batch_len += 1;
        if (w.batch_len == batch_frames_max) try self.flushBatch();
        return frame;
    }

    fn flushBatch(self: *WriteTxn) Error!void {
        const db = self.db;
        const w = &db.writer;
        if (w.batch_len == 0) return;
        if (db.wal_header_missing) try db.restoreWalHeader(w.durability);
        const frame_size: usize = @intCast(wal.frameSizeBytes(db.page_size_bytes));
        const first = w.nextFrame() - w.batch_len;
        const len = w.batch_len;
        w.batch_len = 0;
        const offset = wal.frameOffset(first, db.page_size_bytes);
        try db.wal_file.writeAt(w.batch[0 .. len * frame_size], offset);
    }

    // ---- Savepoint journal ---------------------------------------------------------------

    /// Before the first modification of `page_no` since the newest savepoint: remember where
    /// its content is, copying it when it only lives in a dirty slot.
    fn journal(self: *WriteTxn, page_no: u32) Error!void {
        const db = self.db;
        const w = &db.writer;
        if (w.savepoints.items.len == 0) return;
        const sp = &w.savepoints.items[w.savepoints.items.len - 1];
        const gop = try w.dirty.getOrPut(db.allocator, page_no);
        if (!gop.found_existing) gop.value_ptr.* = .{};
        const entry = gop.value_ptr;
        if (entry.savepoint_mark == sp.seq) return;
        var copy: ?[]u8 = null;
        if (entry.slot != no_slot) copy = try db.allocator.dupe(u8, db.cache.bytes(entry.slot));
        errdefer if (copy) |c| db.allocator.free(c);
        try sp.journal.append(db.allocator, .{
            .page_no = page_no,
            .frame = entry.frame,
            .copy = copy,
        });
        entry.savepoint_mark = sp.seq;
    }

    /// Starts a nested savepoint; returns its id for rollbackTo/releaseSavepoint.
    pub fn savepoint(self: *WriteTxn) Error!u32 {
        assert(self.snapshot == null);
        const w = &self.db.writer;
        w.savepoint_seq += 1;
        try w.savepoints.append(self.db.allocator, .{
            .seq = w.savepoint_seq,
            .header = w.header,
            .header_dirty = w.header_dirty,
        });
        return w.savepoint_seq;
    }

    fn savepointIndex(self: *WriteTxn, id: u32) Error!usize {
        for (self.db.writer.savepoints.items, 0..) |sp, i| {
            if (sp.seq == id) return i;
        }
        return error.Misuse;
    }

    /// Undoes everything since savepoint `id` (which stays, empty); newer savepoints end.
    /// Every page ref must be released first.
    pub fn rollbackTo(self: *WriteTxn, id: u32) Error!void {
        const w = &self.db.writer;
        if (w.pins != 0) return error.Misuse;
        const index = try self.savepointIndex(id);
        while (w.savepoints.items.len > index + 1) {
            var sp = w.savepoints.pop();
            try self.undoJournal(&sp);
        }
        const sp = &w.savepoints.items[index];
        try self.undoJournal(sp);
        w.header = sp.header;
        w.header_dirty = sp.header_dirty;
    }

    fn undoJournal(self: *WriteTxn, sp: *Savepoint) Error!void {
        const db = self.db;
        // Newest first, so a page journaled twice (after a release merge) ends at its oldest.
        while (sp.journal.items.len > 0) {
            const item = sp.journal.items[sp.journal.items.len - 1];
            try self.restorePage(item);
            _ = sp.journal.pop();
            if (item.copy) |c| db.allocator.free(c);
        }
        sp.journal.deinit(db.allocator);
        sp.journal = .{};
    }

    fn restorePage(self: *WriteTxn, item: JournalEntry) Error!void {
        const db = self.db;
        const w = &db.writer;
        const entry = w.dirty.getPtr(item.page_no).?;
        entry.savepoint_mark = 0;
        if (item.copy) |copy| {
            if (entry.slot == no_slot) {
                try w.resident.ensureUnusedCapacity(db.allocator, 1);
                const slot = try self.allocDirtySlot();
                w.dirty.getPtr(item.page_no).?.slot = slot;
                w.resident.appendAssumeCapacity(item.page_no);
                @memcpy(db.cache.bytes(slot), copy);
            } else {
                @memcpy(db.cache.bytes(entry.slot), copy);
            }
            return;
        }
        if (entry.slot != no_slot) db.cache.releaseDirty(entry.slot);
        entry.slot = no_slot;
        entry.frame = item.frame;
    }

    /// Ends savepoint `id` and the ones nested in it, keeping their changes (they become part
    /// of the enclosing savepoint, if any).
    pub fn releaseSavepoint(self: *WriteTxn, id: u32) Error!void {
        const db = self.db;
        const w = &db.writer;
        const index = try self.savepointIndex(id);
        while (w.savepoints.items.len > index) {
            var sp = w.savepoints.pop();
            defer sp.journal.deinit(db.allocator);
            if (w.savepoints.items.len == 0) {
                self.dropJournal(&sp);
                continue;
            }
            const outer = &w.savepoints.items[w.savepoints.items.len - 1];
            try outer.journal.appendSlice(db.allocator, sp.journal.items);
            for (sp.journal.items) |item| w.dirty.getPtr(item.page_no).?.savepoint_mark = outer.seq;
        }
    }

    fn dropJournal(self: *WriteTxn, sp: *Savepoint) void {
        const db = self.db;
        for (sp.journal.items) |item| {
            if (item.copy) |c| db.allocator.free(c);
            if (db.writer.dirty.getPtr(item.page_no)) |entry| entry.savepoint_mark = 0;
        }
        sp.journal.clearRetainingCapacity();
    }

    // ---- Allocation and the free list ----------------------------------------------------

    /// A zeroed, writable, pinned page: the free list's newest page, else a new one at the end.
    pub fn allocate(self: *WriteTxn) Error!PageRef {
        assert(self.snapshot == null);
        const w = &self.db.writer;
        var page_no: u32 = undefined;
        if (w.header.freelist_head != 0) {
            page_no = try self.popFreePage();
        } else {
            if (w.header.page_count == std.math.maxInt(u32)) return error.TooBig;
            w.header.page_count += 1;
            w.header_dirty = true;
            page_no = w.header.page_count;
        }
        try self.journal(page_no);
        return self.pinDirty(page_no, true);
    }

    fn popFreePage(self: *WriteTxn) Error!u32 {
        const w = &self.db.writer;
        const head = w.header.freelist_head;
        const trunk = try self.getMut(head);
        defer self.release(trunk);
        const n = freelist.trunkCount(trunk.bytes);
        const capacity = freelist.trunkCapacity(self.usableSizeBytes());
        if (n > capacity or w.header.freelist_count == 0) {
            return errors.corrupt(@src(), "free list: trunk {d} count {d}", .{ head, n });
        }
        var page_no = head;
        if (n > 0) {
            page_no = freelist.trunkLeaf(trunk.bytes, n - 1);
            try self.checkRange(page_no);
            freelist.setTrunkCount(trunk.bytes, n - 1);
        } else {
            const next = freelist.trunkNext(trunk.bytes);
            if (next != 0) try self.checkRange(next);
            w.header.freelist_head = next;
        }
        w.header.freelist_count -= 1;
        w.header_dirty = true;
        return page_no;
    }

    /// Puts an unpinned page on the free list (a leaf of the head trunk, or the new head).
    pub fn free(self: *WriteTxn, page_no: u32) Error!void {
        assert(self.snapshot == null);
        try self.checkRange(page_no);
        const w = &self.db.writer;
        if (w.dirty.get(page_no)) |entry| {
            const pinned = entry.slot != no_slot and self.dirtyPinned(entry.slot);
            if (pinned) return error.Misuse;
        }
        const head = w.header.freelist_head;
        if (head != 0) {
            const trunk = try self.getMut(head);
            defer self.release(trunk);
            const n = freelist.trunkCount(trunk.bytes);
            if (n < freelist.trunkCapacity(self.usableSizeBytes())) {
                freelist.setTrunkLeaf(trunk.bytes, n, page_no);
                freelist.setTrunkCount(trunk.bytes, n + 1);
                w.header.freelist_count += 1;
                w.header_dirty = true;
                return;
            }
        }
        try self.journal(page_no);
        const page = try self.pinDirty(page_no, true);
        freelist.initTrunk(page.bytes, head);
        self.release(page);
        w.header.freelist_head = page_no;
        w.header.freelist_count += 1;
        w.header_dirty = true;
    }

    // ---- Header fields -------------------------------------------------------------------

    pub fn schemaRoot(self: *const WriteTxn) u32 {
        if (self.snapshot != null) return self.snapshot_header.schema_root;
        return self.db.writer.header.schema_root;
    }

    pub fn setSchemaRoot(self: *WriteTxn, page_no: u32) Error!void {
        assert(self.snapshot == null);
        if (page_no != 0) try self.checkRange(page_no);
        self.db.writer.header.schema_root = page_no;
        self.db.writer.header_dirty = true;
    }

    pub fn userVersion(self: *const WriteTxn) u32 {
        if (self.snapshot != null) return self.snapshot_header.user_version;
        return self.db.writer.header.user_version;
    }

    /// The transaction's working copy of page 1's fields (committed with it).
    pub fn headerFields(self: *const WriteTxn) header.Header {
        if (self.snapshot != null) return self.snapshot_header;
        return self.db.writer.header;
    }

    /// The schema generation this transaction started from: equal generations of one database
    /// mean no commit marked a schema change in between, so a layer above that caches its
    /// schema (the SQL catalog) can skip re-reading it.
    pub fn schemaGeneration(self: *const WriteTxn) u64 {
        if (self.snapshot) |r| return r.snapshot.schema_generation;
        return self.db.writer.base.schema_generation;
    }

    /// Marks this transaction as changing the schema: its commit bumps the schema generation.
    /// A rolled-back transaction leaves the generation alone.
    pub fn markSchemaChanged(self: *WriteTxn) void {
        assert(self.snapshot == null);
        assert(self.db.writer_held);
        self.db.writer.schema_changed = true;
    }

    pub fn setUserVersion(self: *WriteTxn, user_version: u32) void {
        assert(self.snapshot == null);
        self.db.writer.header.user_version = user_version;
        self.db.writer.header_dirty = true;
    }

    // ---- Commit and rollback -------------------------------------------------------------

    /// Makes the transaction visible and (FULL) durable. On error the transaction is rolled
    /// back. All page refs must be released.
    pub fn commit(self: *WriteTxn) Error!void {
        if (self.snapshot != null) return self.rollback(); // Nothing to commit.
        const db = self.db;
        const w = &db.writer;
        if (w.pins != 0) return error.Misuse;
        if (w.dirty.count() == 0 and !w.header_dirty) {
            self.rollback();
            return;
        }
        self.writeCommit() catch |err| {
            self.rollback();
            return err;
        };
        // Read before publish: it releases the writer lock, and the next writer reuses `w`.
        const durability = w.durability;
        const seq = self.publish();
        _ = db.commits.fetchAdd(1, .monotonic);
        if (durability == .full) try db.waitDurable(seq);
        if (db.needsCheckpoint()) db.autoCheckpoint(durability);
    }

    /// Appends every page of the transaction as frames, the last one with the commit marker.
    fn writeCommit(self: *WriteTxn) Error!void {
        const db = self.db;
        const w = &db.writer;
        try self.reloadStalePages();
        try self.rechecksum();
        var slots: u32 = 0;
        var it = w.dirty.valueIterator();
        while (it.next()) |entry| slots += @intFromBool(entry.slot != no_slot);
        const with_header = w.header_dirty or slots == 0;
        const size = w.header.page_count;
        w.written.clearRetainingCapacity();
        try w.written.ensureTotalCapacity(db.allocator, slots);
        var it2 = w.dirty.iterator();
        while (it2.next()) |kv| {
            const slot = kv.value_ptr.slot;
            if (slot == no_slot) continue;
            const last = !with_header and w.written.items.len + 1 == slots;
            const marker = if (last) size else 0;
            const frame = try self.appendFrame(kv.key_ptr.*, db.cache.bytes(slot), marker);
            w.written.appendAssumeCapacity(.{
                .page_no = kv.key_ptr.*,
                .slot = slot,
                .frame = frame,
            });
        }
        if (with_header) {
            w.header.change_counter += 1;
            header.encodeHeaderPage(w.header, w.header_page);
            _ = try self.appendFrame(1, w.header_page, size);
        }
        try self.flushBatch();
    }

    /// A page whose newest frame in this transaction is not its content (a savepoint rollback
    /// restored an older version) is loaded into a slot so the commit rewrites it last.
    fn reloadStalePages(self: *WriteTxn) Error!void {
        const w = &self.db.writer;
        var stale = std.ArrayList(u32).init(self.db.allocator);
        defer stale.deinit();
        var it = w.dirty.iterator();
        while (it.next()) |kv| {
            const e = kv.value_ptr;
            // Pages beyond the final size are dead: their frames are never indexed.
            if (kv.key_ptr.* > w.header.page_count) continue;
            if (e.slot == no_slot and e.latest_frame != 0 and e.frame != e.latest_frame) {
                try stale.append(kv.key_ptr.*);
            }
        }
        for (stale.items) |page_no| self.release(try self.pinDirty(page_no, false));
    }

    /// Publishes the appended frames to the index and `appended`, hands the written pages to the
    /// cache as clean versions, and releases the writer lock. Returns the commit's sequence.
    fn publish(self: *WriteTxn) u64 {
        const db = self.db;
        const w = &db.writer;
        const first = w.base.max_frame + 1;
        const last = w.nextFrame() - 1;
        assert(last >= first); // A commit appends at least its commit frame.
        assert(w.batch_len == 0);
        // Out of memory here would leave committed frames unindexed: treat as fatal.
        db.index.appendFrames(first, w.txn_pages.items, w.header.page_count) catch {
            @panic("zqlite: out of memory indexing the WAL");
        };
        db.state_mutex.lock();
        db.commit_seq += 1;
        const seq = db.commit_seq;
        db.appended = .{
            .frame = last,
            .db_size_pages = w.header.page_count,
            .checksum = w.running_checksum,
            .seq = seq,
            .schema_generation = w.base.schema_generation + @intFromBool(w.schema_changed),
        };
        // NORMAL and OFF commits are visible at once and leave `synced_seq` to the group
        // fsync leader (the only one that raises it): a FULL commit of another connection
        // before this one still waits for its fsync, and backfill syncs what none covered.
        if (w.durability != .full) {
            db.visible = db.appended;
            db.publishView();
        }
        db.assertStateLocked();
        db.state_mutex.unlock();
        db.wal_frames.store(last, .monotonic);
        for (w.written.items) |item| {
            const key = Database.versionKey(item.page_no, item.frame, w.base.epoch);
            db.cache.publishDirty(item.slot, key);
            w.dirty.getPtr(item.page_no).?.slot = no_slot;
        }
        self.clearWriter();
        return seq;
    }

    /// Discards the transaction (frames it spilled stay beyond `appended`, unreachable).
    pub fn rollback(self: *WriteTxn) void {
        if (self.snapshot) |*r| {
            r.end();
            self.snapshot = null;
            return;
        }
        const db = self.db;
        const w = &db.writer;
        assert(w.pins == 0);
        var it = w.dirty.valueIterator();
        while (it.next()) |entry| {
            if (entry.slot != no_slot) db.cache.releaseDirty(entry.slot);
        }
        self.clearWriter();
    }

    fn clearWriter(self: *WriteTxn) void {
        const db = self.db;
        const w = &db.writer;
        while (w.savepoints.popOrNull()) |sp_const| {
            var sp = sp_const;
            self.dropJournal(&sp);
            sp.journal.deinit(db.allocator);
        }
        // Iterating the dirty map (three times a commit) costs its capacity, not its count, so a
        // map kept at the size a big transaction grew it to made every later small commit pay
        // for it: ~250 us of CPU a commit after a 1M-row insert, 4x SQLite's whole commit.
        if (w.dirty.capacity() > dirty_map_capacity_keep_max) {
            w.dirty.clearAndFree(db.allocator);
        } else {
            w.dirty.clearRetainingCapacity();
        }
        assert(w.dirty.capacity() <= dirty_map_capacity_keep_max);
        w.resident.clearRetainingCapacity();
        w.txn_pages.clearRetainingCapacity();
        w.written.clearRetainingCapacity();
        w.batch_len = 0;
        w.recksum_from = 0;
        w.header_dirty = false;
        db.releaseWriter();
        self.* = undefined;
    }
};
