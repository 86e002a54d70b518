//! The public SQL API, shaped like SQLite's: a `Connection` (open/close/prepare/exec, change
//! counters, last error) and a `Statement` (bind, step, column access, reset, finalize). The C
//! ABI and JNI are thin layers over exactly this.
//!
//! Statements are parsed and compiled once, at prepare; step runs the compiled plan. A statement
//! compiled against an older catalog (DDL ran since) recompiles from its saved AST before it
//! runs, as SQLite re-prepares on SQLITE_SCHEMA. `prepareCached` keeps compiled statements per
//! connection keyed by SQL text, so re-running the same text parses nothing.
//!
//! Transactions: with no explicit BEGIN every statement runs in its own write transaction
//! (autocommit). Every statement runs inside a pager savepoint, so a failing statement undoes
//! only itself (and an autocommit transaction then rolls back entirely). BEGIN/COMMIT/ROLLBACK
//! and SAVEPOINT/RELEASE/ROLLBACK TO map onto the pager's transaction and savepoints. After any
//! rollback that may undo DDL, the catalog is reloaded from the schema tree.
//!
//! PRAGMA synchronous, cache_size and wal_checkpoint act on the connection and its pager
//! (pragma.runSetting) and run outside any write transaction: synchronous is this connection's
//! own durability, passed to each write transaction it begins (the pager's Database is shared
//! by every connection of a file, so the setting cannot live there).
//!
//! Errors: every failing call returns error.Sql (or OutOfMemory) and leaves the code, the
//! SQLite-worded message and, for syntax and name errors, the byte offset in `lastError()`.
//!
//! Reading: an autocommit query reads a snapshot of the last commit (pager.WriteTxn.beginSnapshot),
//! so it neither waits for nor blocks the writer. A query executor.Stream supports (one core, no
//! sort, grouping or DISTINCT) streams: each step reads the next row from the cursors, and the
//! statement holds its snapshot from the first step until done, reset or finalize, so writes
//! the connection makes meanwhile are not seen. Other queries, and every query inside
//! BEGIN...COMMIT (which reads through the writer's transaction, where the connection's own
//! writes could move pages under a cursor), compute their rows at the first step and hand them
//! out one per step.
const std = @import("std");
const assert = std.debug.assert;
const ast = @import("ast.zig");
const parser = @import("parser.zig");
const ir = @import("ir.zig");
const schema = @import("schema.zig");
const compile = @import("compile.zig");
const executor = @import("executor.zig");
const planner = @import("planner.zig");
const dml = @import("dml.zig");
const ddl = @import("ddl.zig");
const pragma = @import("pragma.zig");
const value_mod = @import("value.zig");
const pager = @import("../storage/pager.zig");

const Allocator = std.mem.Allocator;
pub const Value = value_mod.Value;

pub const Error = error{ Sql, OutOfMemory };

/// SQLite's result codes, same numbers.
pub const ErrorCode = enum(u32) {
    ok = 0,
    @"error" = 1,
    internal = 2,
    perm = 3,
    abort = 4,
    busy = 5,
    locked = 6,
    nomem = 7,
    readonly = 8,
    interrupt = 9,
    ioerr = 10,
    corrupt = 11,
    notfound = 12,
    full = 13,
    cantopen = 14,
    protocol = 15,
    empty = 16,
    schema = 17,
    toobig = 18,
    constraint = 19,
    mismatch = 20,
    misuse = 21,
    nolfs = 22,
    auth = 23,
    format = 24,
    range = 25,
    notadb = 26,
    notice = 27,
    warning = 28,
    row = 100,
    done = 101,
    constraint_check = 275,
    constraint_foreignkey = 787,
    constraint_notnull = 1299,
    constraint_primarykey = 1555,
    constraint_unique = 2067,
    constraint_datatype = 3091,

    /// The primary code (low byte) of an extended code.
    pub fn primary(code: ErrorCode) ErrorCode {
        return @enumFromInt(@intFromEnum(code) & 0xff);
    }
};

pub const ErrorInfo = struct {
    code: ErrorCode,
    message: []const u8,
    offset: ?u32,
};

pub const StepResult = enum { row, done };

pub const Options = struct {
    durability: pager.Durability = .full,
    busy_timeout_ms: u32 = 5000,
    cache_size_bytes_max: u64 = 8 * 1024 * 1024,
    read_only: bool = false,
};

/// Dead bound copies a statement may keep before its bindings are compacted.
const binding_slack_bytes: usize = 64 * 1024;

/// Bytes of TEXT and BLOB values currently bound (numbers and NULL live in the slice itself).
fn boundSizeBytes(bindings: []const Value) usize {
    var total: usize = 0;
    for (bindings) |b| total += switch (b) {
        .text, .blob => |bytes| bytes.len,
        else => 0,
    };
    return total;
}

/// Statements kept by prepareCached (a bound on the cache).
const cache_entries_max: u32 = 128;
/// Statements one exec() script may hold (a loop bound).
const script_statements_max: u32 = 1_000_000;

const NamedSavepoint = struct { name: []const u8, id: u32 };

pub const Connection = struct {
    allocator: Allocator,
    db: *pager.Database,
    catalog: *schema.Catalog,
    /// Catalogs replaced by DDL; statements may still point into them until close.
    retired: std.ArrayListUnmanaged(*schema.Catalog) = .{},
    txn: ?pager.WriteTxn = null,
    savepoints: std.ArrayListUnmanaged(NamedSavepoint) = .{},
    /// The open transaction was started by SAVEPOINT (not BEGIN): releasing its outermost
    /// savepoint commits it, as in SQLite.
    txn_from_savepoint: bool = false,
    changes_count: i64 = 0,
    total_changes_count: i64 = 0,
    last_insert_rowid: i64 = 0,
    error_code: ErrorCode = .ok,
    message_buffer: [512]u8 = undefined,
    message_len: usize = 0,
    error_offset: ?u32 = null,
    prng: std.Random.DefaultPrng,
    epoch: u64 = 0,
    cache: std.StringHashMapUnmanaged(*Statement) = .{},
    /// A file database other connections may change: the catalog is checked against the
    /// schema rows before each statement (see syncCatalog).
    shared: bool = false,
    /// The pager's schema generation at which `catalog` was last found to match the schema
    /// rows; null after this connection replaced the catalog itself. While transactions start
    /// at this generation, no other connection changed the schema: syncCatalog skips reading it.
    catalog_generation: ?u64 = null,
    /// PRAGMA foreign_keys (off by default, as in SQLite).
    foreign_keys: bool = false,
    /// PRAGMA synchronous: the durability of this connection's write transactions (the
    /// pager's Database is shared by the connections of a file; this is not).
    durability: pager.Durability = .full,
    /// Set by `interrupt` from any thread; read by the executor's row loops; cleared when a
    /// statement starts running, as SQLite clears it (an interrupt with nothing running is lost).
    interrupt_requested: std.atomic.Value(bool) = std.atomic.Value(bool).init(false),

    pub fn open(allocator: Allocator, path: []const u8, options: Options) Error!*Connection {
        const pager_options = pager.Options{
            .durability = options.durability,
            .busy_timeout_ms = options.busy_timeout_ms,
            .cache_size_bytes_max = options.cache_size_bytes_max,
            .read_only = options.read_only,
        };
        const db = (if (std.mem.eql(u8, path, ":memory:"))
            pager.Database.openMemory(allocator, pager_options)
        else
            pager.Database.open(allocator, path, pager_options)) catch |err| switch (err) {
            error.OutOfMemory => return error.OutOfMemory,
            else => return error.Sql,
        };
        errdefer db.close();
        const conn = try allocator.create(Connection);
        errdefer allocator.destroy(conn);
        conn.* = .{
            .allocator = allocator,
            .db = db,
            .catalog = undefined,
            .prng = std.Random.DefaultPrng.init(0x5eed),
            .shared = !std.mem.eql(u8, path, ":memory:"),
            .durability = options.durability,
        };
        var txn = db.beginWrite() catch return error.Sql;
        defer txn.rollback();
        conn.catalog = schema.load(allocator, &txn, 1) catch |err| switch (err) {
            error.OutOfMemory => return error.OutOfMemory,
            else => return error.Sql,
        };
        return conn;
    }

    pub fn close(conn: *Connection) void {
        var it = conn.cache.iterator();
        while (it.next()) |entry| entry.value_ptr.*.destroy();
        conn.cache.deinit(conn.allocator);
        if (conn.txn) |*txn| txn.rollback();
        conn.savepoints.deinit(conn.allocator);
        for (conn.retired.items) |old| old.deinit();
        conn.retired.deinit(conn.allocator);
        conn.catalog.deinit();
        conn.db.close();
        conn.allocator.destroy(conn);
    }

    pub fn changes(conn: *const Connection) i64 {
        return conn.changes_count;
    }

    pub fn totalChanges(conn: *const Connection) i64 {
        return conn.total_changes_count;
    }

    pub fn lastInsertRowid(conn: *const Connection) i64 {
        return conn.last_insert_rowid;
    }

    /// A write transaction with this connection's durability (PRAGMA synchronous).
    fn beginWrite(conn: *Connection) !pager.WriteTxn {
        return conn.db.beginWriteDurable(conn.durability);
    }

    pub fn setBusyTimeout(conn: *Connection, ms: u32) void {
        conn.db.options.busy_timeout_ms = ms;
    }

    pub fn lastError(conn: *const Connection) ErrorInfo {
        return .{ .code = conn.error_code, .message = conn.message_buffer[0..conn.message_len], .offset = conn.error_offset };
    }

    fn setError(conn: *Connection, code: ErrorCode, offset: ?u32, comptime format: []const u8, args: anytype) Error {
        const message = std.fmt.bufPrint(&conn.message_buffer, format, args) catch conn.message_buffer[0..];
        conn.message_len = message.len;
        conn.error_code = code;
        conn.error_offset = offset;
        return error.Sql;
    }

    fn clearError(conn: *Connection) void {
        conn.error_code = .ok;
        conn.message_len = 0;
        conn.error_offset = null;
    }

    /// Prepares the first statement of `sql`; `tail_offset` receives where the next begins.
    pub fn prepare(conn: *Connection, sql: []const u8, tail_offset: *u32) Error!*Statement {
        conn.clearError();
        const stmt = try conn.allocator.create(Statement);
        stmt.* = .{
            .conn = conn,
            .arena = std.heap.ArenaAllocator.init(conn.allocator),
            .plan_arena = std.heap.ArenaAllocator.init(conn.allocator),
            .binding_arena = std.heap.ArenaAllocator.init(conn.allocator),
            .exec_arena = std.heap.ArenaAllocator.init(conn.allocator),
        };
        errdefer stmt.destroy();
        const arena = stmt.arena.allocator();
        const source = try arena.dupe(u8, sql);
        var diagnostic: parser.Diagnostic = .{};
        const parsed = parser.parseStatement(arena, source, 0, &diagnostic) catch |err| switch (err) {
            error.OutOfMemory => return error.OutOfMemory,
            error.SyntaxError => return conn.setError(.@"error", diagnostic.offset, "{s}", .{diagnostic.message()}),
        };
        tail_offset.* = parsed.next_offset;
        const statement = parsed.statement orelse return conn.setError(.misuse, null, "empty statement", .{});
        stmt.source = source;
        stmt.statement = statement;
        stmt.parameter_names = parsed.parameters;
        stmt.bindings = try arena.alloc(Value, parsed.parameters.len);
        @memset(stmt.bindings, .null);
        try conn.syncCatalogForPrepare();
        try stmt.compilePlan();
        return stmt;
    }

    /// Like prepare, for a single-statement text, reusing a compiled statement for the same
    /// text when one is idle. Finalize returns it to the cache.
    pub fn prepareCached(conn: *Connection, sql: []const u8) Error!*Statement {
        if (conn.cache.get(sql)) |stmt| {
            if (!stmt.in_use) {
                stmt.reset();
                stmt.clearBindings();
                stmt.in_use = true;
                conn.clearError();
                return stmt;
            }
        }
        var tail: u32 = 0;
        const stmt = try conn.prepare(sql, &tail);
        stmt.in_use = true;
        if (conn.cache.count() < cache_entries_max and !conn.cache.contains(sql)) {
            stmt.cached = true;
            const key = try stmt.arena.allocator().dupe(u8, sql);
            try conn.cache.put(conn.allocator, key, stmt);
        }
        return stmt;
    }

    /// Makes the statement running on this connection, if any, fail with INTERRUPT at its next
    /// check (every executor.interrupt_check_rows rows). The only Connection function that is
    /// safe to call from another thread while a call is in progress (sqlite3_interrupt).
    pub fn interrupt(conn: *Connection) void {
        conn.interrupt_requested.store(true, .monotonic);
    }

    /// Runs every statement of a script; stops at the first error.
    pub fn exec(conn: *Connection, script: []const u8) Error!void {
        var offset: usize = 0;
        var count: u32 = 0;
        while (offset < script.len and count < script_statements_max) : (count += 1) {
            const rest = script[offset..];
            if (isBlank(rest)) return;
            var tail: u32 = 0;
            const stmt = conn.prepare(rest, &tail) catch |err| {
                if (conn.error_code == .misuse) {
                    conn.clearError();
                    return;
                }
                if (conn.error_offset) |o| conn.error_offset = o + @as(u32, @intCast(offset));
                return err;
            };
            defer stmt.finalize();
            var steps: u64 = 0;
            while (try stmt.step() == .row) : (steps += 1) {}
            offset += tail;
        }
    }

    fn isBlank(text: []const u8) bool {
        var diagnostic: parser.Diagnostic = .{};
        var arena_state = std.heap.ArenaAllocator.init(std.heap.page_allocator);
        defer arena_state.deinit();
        const parsed = parser.parseStatement(arena_state.allocator(), text, 0, &diagnostic) catch return false;
        return parsed.statement == null;
    }

    /// Reloads the catalog when another connection changed the schema (file databases only).
    fn syncCatalog(conn: *Connection, txn: *pager.WriteTxn) Error!void {
        if (!conn.shared) return;
        const generation = txn.schemaGeneration();
        if (conn.catalog_generation == generation) return;
        const current = schema.fingerprint(conn.allocator, txn) catch |err| switch (err) {
            error.OutOfMemory => return error.OutOfMemory,
            else => return conn.setError(.corrupt, null, "database disk image is malformed", .{}),
        };
        if (current != conn.catalog.fingerprint) try conn.reloadCatalog();
        assert(conn.catalog.fingerprint == current);
        conn.catalog_generation = generation;
    }

    /// Before compiling: the schema of the last commit, read on a snapshot. It used to take the
    /// writer lock, so a prepare waited up to the busy timeout behind another connection's write
    /// transaction, then compiled against a stale schema; and starting a write reset a fully
    /// checkpointed WAL, which made a second `PRAGMA wal_checkpoint` differ from SQLite's.
    fn syncCatalogForPrepare(conn: *Connection) Error!void {
        if (!conn.shared) return;
        if (conn.txn) |*txn| return conn.syncCatalog(txn);
        var snapshot = pager.WriteTxn.beginSnapshot(conn.db) catch |err| return conn.storageError(err);
        defer snapshot.rollback();
        try conn.syncCatalogOn(&snapshot);
    }

    /// syncCatalog against a snapshot that is not the connection's transaction.
    fn syncCatalogOn(conn: *Connection, txn: *pager.WriteTxn) Error!void {
        if (!conn.shared) return;
        const generation = txn.schemaGeneration();
        if (conn.catalog_generation == generation) return;
        const current = schema.fingerprint(conn.allocator, txn) catch |err| switch (err) {
            error.OutOfMemory => return error.OutOfMemory,
            else => return conn.setError(.corrupt, null, "database disk image is malformed", .{}),
        };
        if (current != conn.catalog.fingerprint) {
            const fresh = schema.load(conn.allocator, txn, conn.catalog.version + 1) catch |err| switch (err) {
                error.OutOfMemory => return error.OutOfMemory,
                else => return conn.setError(.corrupt, null, "database disk image is malformed", .{}),
            };
            try conn.retired.append(conn.allocator, conn.catalog);
            conn.catalog = fresh;
        }
        conn.catalog_generation = generation;
    }

    fn reloadCatalog(conn: *Connection) Error!void {
        const txn = &(conn.txn orelse return);
        conn.catalog_generation = null;
        const fresh = schema.load(conn.allocator, txn, conn.catalog.version + 1) catch |err| switch (err) {
            error.OutOfMemory => return error.OutOfMemory,
            else => return conn.setError(.corrupt, null, "database disk image is malformed", .{}),
        };
        try conn.retired.append(conn.allocator, conn.catalog);
        conn.catalog = fresh;
    }

    fn storageError(conn: *Connection, err: anyerror) Error {
        return switch (err) {
            error.OutOfMemory => error.OutOfMemory,
            error.Busy => conn.setError(.busy, null, "database is locked", .{}),
            error.Locked => conn.setError(.busy, null, "database is locked", .{}),
            error.ReadOnly => conn.setError(.readonly, null, "attempt to write a readonly database", .{}),
            error.Corrupt => conn.setError(.corrupt, null, "database disk image is malformed", .{}),
            error.NotADatabase => conn.setError(.notadb, null, "file is not a database", .{}),
            error.NoSpace => conn.setError(.full, null, "database or disk is full", .{}),
            error.TooBig => conn.setError(.toobig, null, "string or blob too big", .{}),
            error.Misuse => conn.setError(.misuse, null, "bad parameter or other API misuse", .{}),
            else => conn.setError(.ioerr, null, "disk I/O error", .{}),
        };
    }

    // -----------------------------------------------------------------------------------------
    // Transaction control statements.

    fn runTransactionStatement(conn: *Connection, data: ast.Statement.Data) Error!void {
        switch (data) {
            .begin => {
                if (conn.txn != null) return conn.setError(.@"error", null, "cannot start a transaction within a transaction", .{});
                conn.txn = conn.beginWrite() catch |err| return conn.storageError(err);
                conn.txn_from_savepoint = false;
            },
            .commit => {
                var txn = conn.txn orelse return conn.setError(.@"error", null, "cannot commit - no transaction is active", .{});
                conn.txn = null;
                conn.savepoints.clearRetainingCapacity();
                txn.commit() catch |err| return conn.storageError(err);
            },
            .rollback => |name| {
                if (name) |n| return conn.rollbackTo(n.text);
                var txn = conn.txn orelse return conn.setError(.@"error", null, "cannot rollback - no transaction is active", .{});
                conn.txn = null;
                conn.savepoints.clearRetainingCapacity();
                txn.rollback();
                try conn.reloadCatalogFresh();
            },
            .savepoint => |name| {
                if (conn.txn == null) {
                    conn.txn = conn.beginWrite() catch |err| return conn.storageError(err);
                    conn.txn_from_savepoint = true;
                }
                const id = conn.txn.?.savepoint() catch |err| return conn.storageError(err);
                const owned = try conn.allocator.dupe(u8, name.text);
                try conn.savepoints.append(conn.allocator, .{ .name = owned, .id = id });
            },
            .release => |name| {
                const index = conn.findSavepoint(name.text) orelse return conn.setError(.@"error", null, "no such savepoint: {s}", .{name.text});
                const id = conn.savepoints.items[index].id;
                conn.txn.?.releaseSavepoint(id) catch |err| return conn.storageError(err);
                conn.popSavepoints(index);
                if (index == 0 and conn.txn_from_savepoint) {
                    var txn = conn.txn.?;
                    conn.txn = null;
                    txn.commit() catch |err| return conn.storageError(err);
                }
            },
            else => unreachable,
        }
    }

    fn rollbackTo(conn: *Connection, name: []const u8) Error!void {
        const index = conn.findSavepoint(name) orelse return conn.setError(.@"error", null, "no such savepoint: {s}", .{name});
        conn.txn.?.rollbackTo(conn.savepoints.items[index].id) catch |err| return conn.storageError(err);
        conn.popSavepoints(index + 1);
        try conn.reloadCatalog();
    }

    fn findSavepoint(conn: *Connection, name: []const u8) ?usize {
        var i = conn.savepoints.items.len;
        while (i > 0) {
            i -= 1;
            if (std.ascii.eqlIgnoreCase(conn.savepoints.items[i].name, name)) return i;
        }
        return null;
    }

    fn popSavepoints(conn: *Connection, keep: usize) void {
        for (conn.savepoints.items[keep..]) |sp| conn.allocator.free(sp.name);
        conn.savepoints.shrinkRetainingCapacity(keep);
    }

    /// Rolls the open transaction back after an error that left it unusable.
    fn abandonTransaction(conn: *Connection) void {
        if (conn.txn) |*txn| txn.rollback();
        conn.txn = null;
        conn.popSavepoints(0);
        conn.reloadCatalogFresh() catch {};
    }

    /// After a full rollback: the catalog as committed.
    fn reloadCatalogFresh(conn: *Connection) Error!void {
        conn.catalog_generation = null;
        var txn = conn.db.beginWrite() catch |err| return conn.storageError(err);
        defer txn.rollback();
        const fresh = schema.load(conn.allocator, &txn, conn.catalog.version + 1) catch |err| switch (err) {
            error.OutOfMemory => return error.OutOfMemory,
            else => return conn.setError(.corrupt, null, "database disk image is malformed", .{}),
        };
        try conn.retired.append(conn.allocator, conn.catalog);
        conn.catalog = fresh;
    }
};

const Plan = union(enum) {
    query: *ir.Query,
    explain: *ir.Query,
    insert: *dml.InsertPlan,
    update: *dml.UpdatePlan,
    delete: *dml.DeletePlan,
    ddl,
    transaction,
    pragma: pragma.Plan,
    /// Accepted and ignored (ANALYZE, VACUUM, REINDEX): no rows.
    no_op,
};

/// Statement kinds counted per database (pager.Database.statements; see stats.zig).
pub const StatementKind = enum(u8) { select, insert, update, delete, ddl, transaction, other };
comptime {
    assert(@typeInfo(StatementKind).@"enum".fields.len <= pager.statement_kinds_max);
}

pub const Statement = struct {
    conn: *Connection,
    /// The SQL text and its AST: lives as long as the statement.
    arena: std.heap.ArenaAllocator,
    /// The compiled plan: rebuilt when the catalog changes.
    plan_arena: std.heap.ArenaAllocator,
    binding_arena: std.heap.ArenaAllocator,
    exec_arena: std.heap.ArenaAllocator,
    source: []const u8 = "",
    statement: *ast.Statement = undefined,
    parameter_names: []const ?[]const u8 = &.{},
    bindings: []Value = &.{},
    plan: Plan = .no_op,
    catalog_version: u64 = 0,
    column_names: []const []const u8 = &.{},
    rows: [][]Value = &.{},
    next_row: usize = 0,
    /// A streaming query (see the file comment): its runtime and snapshot live until it ends.
    stream: ?*executor.Stream = null,
    stream_txn: pager.WriteTxn = undefined,
    stream_runtime: executor.Runtime = undefined,
    current: []Value = &.{},
    state: enum { ready, stepping, done } = .ready,
    cached: bool = false,
    in_use: bool = false,

    fn destroy(stmt: *Statement) void {
        stmt.endStream();
        stmt.arena.deinit();
        stmt.plan_arena.deinit();
        stmt.binding_arena.deinit();
        stmt.exec_arena.deinit();
        stmt.conn.allocator.destroy(stmt);
    }

    pub fn finalize(stmt: *Statement) void {
        if (stmt.cached) {
            stmt.reset();
            stmt.in_use = false;
            return;
        }
        stmt.destroy();
    }

    pub fn sql(stmt: *const Statement) []const u8 {
        return stmt.statement.span.text(stmt.source);
    }

    pub fn readOnly(stmt: *const Statement) bool {
        if (stmt.plan == .pragma) return !pragma.writes(stmt.plan.pragma);
        return stmt.plan == .query or stmt.plan == .explain or stmt.plan == .no_op;
    }

    pub fn parameterCount(stmt: *const Statement) u32 {
        return @intCast(stmt.parameter_names.len);
    }

    pub fn parameterName(stmt: *const Statement, index: u32) ?[]const u8 {
        if (index == 0 or index > stmt.parameter_names.len) return null;
        return stmt.parameter_names[index - 1];
    }

    pub fn parameterIndex(stmt: *const Statement, name: []const u8) ?u32 {
        for (stmt.parameter_names, 0..) |maybe, i| {
            const n = maybe orelse continue;
            if (std.mem.eql(u8, n, name)) return @intCast(i + 1);
        }
        return null;
    }

    pub fn bindValue(stmt: *Statement, index: u32, value: Value) Error!void {
        if (stmt.state != .ready) return stmt.conn.setError(.misuse, null, "bad parameter or other API misuse", .{});
        if (index == 0 or index > stmt.bindings.len) return stmt.conn.setError(.range, null, "column index out of range", .{});
        stmt.bindings[index - 1] = value_mod.dupe(stmt.binding_arena.allocator(), value) catch
            return error.OutOfMemory;
        // Re-binding after every reset (the common loop) would otherwise grow the arena forever:
        // it frees only on clearBindings. Copy the live values to a fresh arena when the old one
        // holds mostly dead copies.
        if (stmt.binding_arena.queryCapacity() > 2 * boundSizeBytes(stmt.bindings) + binding_slack_bytes) {
            try stmt.compactBindings();
        }
    }

    fn compactBindings(stmt: *Statement) Error!void {
        var fresh = std.heap.ArenaAllocator.init(stmt.conn.allocator);
        errdefer fresh.deinit();
        // Copy first, switch after: on failure the statement keeps its old, intact bindings.
        const copies = try fresh.allocator().alloc(Value, stmt.bindings.len);
        for (stmt.bindings, copies) |binding, *copy| {
            copy.* = value_mod.dupe(fresh.allocator(), binding) catch return error.OutOfMemory;
        }
        @memcpy(stmt.bindings, copies);
        stmt.binding_arena.deinit();
        stmt.binding_arena = fresh;
    }

    pub fn clearBindings(stmt: *Statement) void {
        @memset(stmt.bindings, .null);
        _ = stmt.binding_arena.reset(.retain_capacity);
    }

    pub fn reset(stmt: *Statement) void {
        stmt.endStream();
        stmt.rows = &.{};
        stmt.next_row = 0;
        stmt.current = &.{};
        stmt.state = .ready;
        _ = stmt.exec_arena.reset(.retain_capacity);
    }

    pub fn columnCount(stmt: *const Statement) u32 {
        return @intCast(stmt.column_names.len);
    }

    pub fn columnName(stmt: *const Statement, i: u32) []const u8 {
        return stmt.column_names[i];
    }

    /// Valid until the next step or reset.
    pub fn columnValue(stmt: *const Statement, i: u32) Value {
        if (i >= stmt.current.len) return .null;
        return stmt.current[i];
    }

    /// After .done, the next step runs the statement again (SQLite's auto-reset).
    pub fn step(stmt: *Statement) Error!StepResult {
        if (stmt.state == .done) stmt.reset();
        if (stmt.state == .ready) {
            try stmt.execute();
            stmt.state = .stepping;
        }
        if (stmt.stream != null) return stmt.stepStream();
        if (stmt.next_row >= stmt.rows.len) {
            stmt.state = .done;
            stmt.current = &.{};
            return .done;
        }
        stmt.current = stmt.rows[stmt.next_row];
        stmt.next_row += 1;
        return .row;
    }

    /// One atomic add per execution: what the statements-by-kind metrics read.
    fn countRun(stmt: *const Statement) void {
        const kind: StatementKind = switch (stmt.plan) {
            .query, .explain => .select,
            .insert => .insert,
            .update => .update,
            .delete => .delete,
            .ddl => .ddl,
            .transaction => .transaction,
            .pragma, .no_op => .other,
        };
        _ = stmt.conn.db.statements[@intFromEnum(kind)].fetchAdd(1, .monotonic);
    }

    fn stepStream(stmt: *Statement) Error!StepResult {
        const stream = stmt.stream.?;
        assert(stmt.state == .stepping);
        const row = stream.next() catch |err| {
            const failure = stmt.translate(&stmt.stream_runtime, err);
            stmt.endStream();
            stmt.state = .done;
            stmt.current = &.{};
            return failure;
        };
        if (row) |values| {
            stmt.current = values;
            return .row;
        }
        stmt.endStream();
        stmt.state = .done;
        stmt.current = &.{};
        return .done;
    }

    /// Releases a stream's cursors, then its snapshot; idempotent.
    fn endStream(stmt: *Statement) void {
        const stream = stmt.stream orelse return;
        stream.close();
        stmt.stream_txn.rollback();
        stmt.stream = null;
    }

    fn compilePlan(stmt: *Statement) Error!void {
        const conn = stmt.conn;
        _ = stmt.plan_arena.reset(.retain_capacity);
        const arena = stmt.plan_arena.allocator();
        stmt.catalog_version = conn.catalog.version;
        var c = compile.Compiler.init(arena, conn.catalog, stmt.source);
        stmt.plan = stmt.compileWith(&c) catch |err| switch (err) {
            error.OutOfMemory => return error.OutOfMemory,
            error.Compile => return conn.setError(.@"error", c.offset, "{s}", .{c.message}),
        };
        stmt.column_names = switch (stmt.plan) {
            .query => |q| q.column_names,
            .explain => &.{ "id", "parent", "notused", "detail" },
            .pragma => |p| pragma.columnNames(p.kind),
            .insert => |p| p.returning.names,
            .update => |p| p.returning.names,
            .delete => |p| p.returning.names,
            else => &.{},
        };
    }

    fn compileWith(stmt: *Statement, c: *compile.Compiler) compile.Error!Plan {
        const s = stmt.statement;
        return switch (s.data) {
            .select => |select| blk: {
                const query = try c.compileSelect(null, select);
                break :blk if (s.explain == .query_plan) .{ .explain = query } else .{ .query = query };
            },
            .insert => |insert| .{ .insert = try dml.compileInsert(c, insert) },
            .update => |update| .{ .update = try dml.compileUpdate(c, update) },
            .delete => |delete| .{ .delete = try dml.compileDelete(c, delete) },
            .create_table, .create_index, .create_view, .drop, .alter_table => .ddl,
            .begin, .commit, .rollback, .savepoint, .release => .transaction,
            .pragma => |p| blk: {
                const plan = pragma.compile(p);
                // SQLite refuses this while it generates code, so sqlite3 reports a parse
                // error; runSetting checks again for a statement prepared before BEGIN.
                if (plan.kind == .synchronous and plan.argument != null and stmt.conn.txn != null) {
                    return c.fail(null, "Safety level may not be changed inside a transaction", .{});
                }
                break :blk .{ .pragma = plan };
            },
            .analyze, .vacuum, .reindex => .no_op,
            else => c.fail(s.span.start, "not supported: {s}", .{@tagName(s.data)}),
        };
    }

    fn execute(stmt: *Statement) Error!void {
        const conn = stmt.conn;
        conn.clearError();
        if (stmt.catalog_version != conn.catalog.version) try stmt.compilePlan();
        stmt.countRun();
        switch (stmt.plan) {
            .transaction => return conn.runTransactionStatement(stmt.statement.data),
            .no_op => return,
            else => {},
        }
        // An autocommit query runs on a read snapshot: it neither waits for nor holds the
        // writer lock, so readers and the writer never block each other.
        if (conn.txn == null and stmt.plan == .query) return stmt.runOnSnapshot();
        if (stmt.plan == .pragma and pragma.actsOnConnection(stmt.plan.pragma.kind)) return stmt.runSettingPragma();
        const autocommit = conn.txn == null;
        if (autocommit) conn.txn = conn.beginWrite() catch |err| return conn.storageError(err);
        const txn = &conn.txn.?;
        stmt.syncBeforeRun() catch |err| {
            if (autocommit) {
                txn.rollback();
                conn.txn = null;
            }
            return err;
        };
        // Autocommit needs no statement savepoint (the transaction's rollback undoes the
        // statement), nor does a one-row insert that checks every constraint before writing.
        const savepoint: ?u32 = if (autocommit or stmt.writesOnlyAfterChecks())
            null
        else
            txn.savepoint() catch |err| return conn.storageError(err);
        const changed_schema = stmt.runPlan(txn) catch |err| {
            if (savepoint) |sp| {
                txn.rollbackTo(sp) catch {};
                txn.releaseSavepoint(sp) catch {};
            } else if (!autocommit and conn.error_code.primary() != .constraint and conn.error_code != .@"error" and conn.error_code != .mismatch) {
                // A storage failure in the middle of a write: the transaction cannot continue.
                conn.abandonTransaction();
                return err;
            }
            if (autocommit) {
                txn.rollback();
                conn.txn = null;
            }
            // A failed DDL never loaded a new catalog: the current one still matches.
            return err;
        };
        if (savepoint) |sp| txn.releaseSavepoint(sp) catch |err| return conn.storageError(err);
        if (changed_schema) {
            txn.markSchemaChanged(); // Other connections re-read the schema after this commit.
            try conn.reloadCatalog();
        }
        if (autocommit) {
            var t = conn.txn.?;
            conn.txn = null;
            if (stmt.readOnly()) t.rollback() else t.commit() catch |err| return conn.storageError(err);
        }
    }

    /// synchronous, cache_size and wal_checkpoint (pragma.runSetting), outside any write
    /// transaction of ours: a checkpoint takes the writer lock itself, a cache resize needs
    /// the cache unused.
    fn runSettingPragma(stmt: *Statement) Error!void {
        const conn = stmt.conn;
        const settings: pragma.Settings = .{
            .db = conn.db,
            .durability = &conn.durability,
            .in_transaction = conn.txn != null,
        };
        stmt.rows = pragma.runSetting(stmt.exec_arena.allocator(), settings, stmt.plan.pragma) catch |err| switch (err) {
            error.OutOfMemory => return error.OutOfMemory,
            error.SafetyLevelInTransaction => return conn.setError(.@"error", null, "Safety level may not be changed inside a transaction", .{}),
            error.CheckpointInTransaction => return conn.setError(.locked, null, "database table is locked", .{}),
            else => |e| return conn.storageError(e),
        };
    }

    /// Another connection's DDL may have changed the schema: reload and recompile first.
    fn syncBeforeRun(stmt: *Statement) Error!void {
        const conn = stmt.conn;
        try conn.syncCatalog(&conn.txn.?);
        if (stmt.catalog_version != conn.catalog.version) try stmt.compilePlan();
    }

    /// A single-row INSERT without REPLACE or upsert: every constraint is checked before its
    /// first write, so a failing statement has changed nothing.
    fn writesOnlyAfterChecks(stmt: *const Statement) bool {
        if (stmt.plan != .insert) return false;
        const plan = stmt.plan.insert;
        if (plan.conflict == .replace or plan.upserts.len > 0) return false;
        const source = plan.source orelse return true;
        if (source.cores.len != 1) return false;
        const values = source.cores[0].values orelse return false;
        return values.len == 1;
    }

    /// Runs a query on a snapshot of the last commit (pager.WriteTxn.beginSnapshot). The rows
    /// are computed before the snapshot ends, so none of them points into a page.
    fn runOnSnapshot(stmt: *Statement) Error!void {
        const conn = stmt.conn;
        assert(conn.txn == null and stmt.plan == .query);
        if (executor.Stream.supports(stmt.plan.query)) return stmt.startStream();
        var txn = pager.WriteTxn.beginSnapshot(conn.db) catch |err| return conn.storageError(err);
        defer txn.rollback();
        // Another connection's DDL may have changed the schema since this was compiled.
        try conn.syncCatalogOn(&txn);
        if (stmt.catalog_version != conn.catalog.version) try stmt.compilePlan();
        const changed_schema = try stmt.runPlan(&txn);
        assert(!changed_schema);
    }

    /// Opens the snapshot and the stream over it; the first row is read by the first step.
    fn startStream(stmt: *Statement) Error!void {
        const conn = stmt.conn;
        assert(stmt.stream == null);
        stmt.stream_txn = pager.WriteTxn.beginSnapshot(conn.db) catch |err| return conn.storageError(err);
        var started = false;
        defer if (!started) stmt.stream_txn.rollback();
        try conn.syncCatalogOn(&stmt.stream_txn);
        if (stmt.catalog_version != conn.catalog.version) try stmt.compilePlan();
        // A recompiled plan may no longer stream (the schema changed under it).
        if (stmt.plan != .query) return conn.setError(.schema, null, "database schema has changed", .{});
        stmt.stream_runtime = stmt.runtime(&stmt.stream_txn);
        const rt = &stmt.stream_runtime;
        const stream = rt.arena.create(executor.Stream) catch return error.OutOfMemory;
        if (executor.Stream.supports(stmt.plan.query)) {
            stream.start(rt, stmt.plan.query) catch |err| {
                stream.close();
                return stmt.translate(rt, err);
            };
            stmt.stream = stream;
            started = true;
            return;
        }
        const changed_schema = try stmt.runPlanWith(rt);
        assert(!changed_schema);
    }

    fn runtime(stmt: *Statement, txn: *pager.WriteTxn) executor.Runtime {
        const conn = stmt.conn;
        conn.epoch += 1;
        conn.interrupt_requested.store(false, .monotonic);
        return .{
            .arena = stmt.exec_arena.allocator(),
            .gpa = conn.allocator,
            .txn = txn,
            .params = stmt.bindings,
            .epoch = conn.epoch,
            .catalog = conn.catalog,
            .foreign_keys = conn.foreign_keys,
            .interrupt = &conn.interrupt_requested,
            .function_context = .{
                .allocator = stmt.exec_arena.allocator(),
                .random = conn.prng.random(),
                .now_unix_ms = std.time.milliTimestamp(),
            },
        };
    }

    /// Runs the plan inside the statement savepoint; true when the schema changed.
    fn runPlan(stmt: *Statement, txn: *pager.WriteTxn) Error!bool {
        var rt = stmt.runtime(txn);
        return stmt.runPlanWith(&rt);
    }

    fn runPlanWith(stmt: *Statement, rt: *executor.Runtime) Error!bool {
        return stmt.runWith(rt) catch |err| return stmt.translate(rt, err);
    }

    /// Every branch but INSERT's is called never-inlined: inlined, their cursors (16 KiB key
    /// buffers) sat in this frame, and each executed INSERT probed 36 KiB of stack (~1.5% of a
    /// batch insert).
    fn runWith(stmt: *Statement, rt: *executor.Runtime) ddl.Error!bool {
        const conn = stmt.conn;
        switch (stmt.plan) {
            .query => |q| stmt.rows = try @call(.never_inline, executor.runQuery, .{ rt, q, null, null, rt.arena }),
            .explain => |q| stmt.rows = try @call(.never_inline, explainRows, .{ rt, q }),
            .pragma => |p| {
                if (p.kind == .busy_timeout) if (p.argument) |v| conn.setBusyTimeout(@intCast(std.math.clamp(executor.integerOf(v), 0, std.math.maxInt(u32))));
                if (p.kind == .foreign_keys) if (p.argument) |v| {
                    conn.foreign_keys = pragma.truthArgument(v);
                    rt.foreign_keys = conn.foreign_keys;
                };
                stmt.rows = try @call(.never_inline, pragma.run, .{ rt, conn.catalog, p });
            },
            .insert => |p| stmt.record(try dml.runInsert(rt, p)),
            .update => |p| stmt.record(try @call(.never_inline, dml.runUpdate, .{ rt, p })),
            .delete => |p| stmt.record(try @call(.never_inline, dml.runDelete, .{ rt, p })),
            .ddl => return @call(.never_inline, runDdl, .{ stmt, rt }),
            .transaction, .no_op => unreachable,
        }
        return false;
    }

    fn runDdl(stmt: *Statement, rt: *executor.Runtime) ddl.Error!bool {
        const conn = stmt.conn;
        const text = stmt.sql();
        return switch (stmt.statement.data) {
            .create_table => |ct| ddl.createTable(rt, conn.catalog, ct, text),
            .create_index => |ci| ddl.createIndex(rt, conn.catalog, ci, text),
            .create_view => |cv| ddl.createView(rt, conn.catalog, cv, text),
            .drop => |d| ddl.drop(rt, conn.catalog, d),
            .alter_table => |at| ddl.alterTable(rt, conn.catalog, at, stmt.source),
            else => unreachable,
        };
    }

    fn record(stmt: *Statement, outcome: dml.Outcome) void {
        const conn = stmt.conn;
        stmt.rows = outcome.rows.items;
        conn.changes_count = outcome.changes;
        conn.total_changes_count += outcome.changes;
        if (outcome.last_rowid) |rowid| conn.last_insert_rowid = rowid;
    }

    fn translate(stmt: *Statement, rt: *executor.Runtime, err: ddl.Error) Error {
        const conn = stmt.conn;
        return switch (err) {
            error.OutOfMemory => error.OutOfMemory,
            error.Runtime => conn.setError(.@"error", null, "{s}", .{rt.message}),
            error.Compile => conn.setError(.@"error", null, "{s}", .{rt.message}),
            error.Constraint => conn.setError(@enumFromInt(rt.constraint_code), null, "{s}", .{rt.message}),
            error.Mismatch => conn.setError(.mismatch, null, "datatype mismatch", .{}),
            error.Interrupted => conn.setError(.interrupt, null, "interrupted", .{}),
            error.IntegerOverflow => conn.setError(.@"error", null, "integer overflow", .{}),
            error.TypeMismatch => conn.setError(.constraint_datatype, null, "{s}", .{rt.message}),
            error.WrongArgumentCount, error.UnknownFunction, error.PatternTooComplex, error.InvalidEscape => conn.setError(.@"error", null, "{s}", .{rt.message}),
            else => conn.storageError(err),
        };
    }
};

fn explainRows(rt: *executor.Runtime, query: *const ir.Query) executor.Error![][]Value {
    var lines = std.ArrayList([]const u8).init(rt.arena);
    try planner.explain(rt.arena, query, &lines);
    const rows = try rt.arena.alloc([]Value, lines.items.len);
    for (lines.items, 0..) |line, i| {
        rows[i] = try rt.arena.alloc(Value, 4);
        rows[i][0] = .{ .integer = @intCast(i + 2) };
        rows[i][1] = .{ .integer = 0 };
        rows[i][2] = .{ .integer = 0 };
        rows[i][3] = .{ .text = line };
    }
    return rows;
}
