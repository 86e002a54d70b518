//! The C ABI declared in include/zqlite.h, shaped like SQLite's. This is the one place where Zig
//! errors become C result codes.
//!
//! Safety: no argument can crash the process. Handles are checked against a registry of live
//! connections and statements before they are touched (a stale, freed or forged pointer is
//! ZQLITE_MISUSE), every index and length is range-checked, and each connection serialises its
//! calls with a mutex, so two threads misusing one connection are serialised, not corrupted.
//! Strings handed out (errmsg, column_text, column_name) stay valid until the next call on the
//! same handle that may change them, as in SQLite.
const std = @import("std");
const assert = std.debug.assert;
const version = @import("version.zig");
const engine = @import("sql/engine.zig");
const value_mod = @import("sql/value.zig");
const tokenizer = @import("sql/tokenizer.zig");
const stats = @import("stats.zig");
const ir = @import("sql/ir.zig");
const schema = @import("sql/schema.zig");
const Value = engine.Value;

pub const ok: c_int = 0;
pub const misuse: c_int = @intFromEnum(engine.ErrorCode.misuse);
pub const range: c_int = @intFromEnum(engine.ErrorCode.range);
pub const nomem: c_int = @intFromEnum(engine.ErrorCode.nomem);
pub const toobig: c_int = @intFromEnum(engine.ErrorCode.toobig);
pub const row: c_int = 100;
pub const done: c_int = 101;

pub const open_readonly: c_int = 0x1;
pub const open_readwrite: c_int = 0x2;
pub const open_create: c_int = 0x4;

/// Column type codes, as SQLite numbers them.
pub const type_integer: c_int = 1;
pub const type_float: c_int = 2;
pub const type_text: c_int = 3;
pub const type_blob: c_int = 4;
pub const type_null: c_int = 5;

const allocator = std.heap.c_allocator;
const text_length_max: usize = 1 << 30;

/// A C connection: the engine connection plus the buffers C strings point into.
pub const Db = struct {
    conn: *engine.Connection,
    mutex: std.Thread.Mutex = .{},
    message: std.ArrayListUnmanaged(u8) = .{},
    /// The code of the last call on this connection (ok after a success).
    last_code: c_int = 0,
    /// Calls in flight that found this connection live; close waits for them to leave, so no
    /// call ever touches a freed connection.
    users: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
};

/// A C statement: the engine statement plus per-column NUL-terminated copies for column_text.
pub const Stmt = struct {
    db: *Db,
    stmt: *engine.Statement,
    texts: std.ArrayListUnmanaged(?[:0]u8) = .{},
    names: std.ArrayListUnmanaged(?[:0]u8) = .{},
    decltypes: std.ArrayListUnmanaged(?[:0]u8) = .{},
    /// Set when a batch call stopped at a row that did not fit: it is encoded first next time.
    row_pending: bool = false,
    /// An error met by a batch call after it had encoded rows: returned by the next call.
    error_pending: c_int = 0,
};

/// Live handles. A pointer is only dereferenced after it is found here.
const Registry = struct {
    mutex: std.Thread.Mutex = .{},
    dbs: std.AutoHashMapUnmanaged(*Db, void) = .{},
    stmts: std.AutoHashMapUnmanaged(*Stmt, void) = .{},
};
var registry: Registry = .{};

/// Finds a live connection, counts this call as one of its users and locks it; null when the
/// handle is not a live connection. Pair with unlockDb.
fn lockDb(handle: ?*Db) ?*Db {
    const d = handle orelse return null;
    {
        registry.mutex.lock();
        defer registry.mutex.unlock();
        if (!registry.dbs.contains(d)) return null;
        _ = d.users.fetchAdd(1, .acquire);
    }
    d.mutex.lock();
    return d;
}

fn unlockDb(d: *Db) void {
    d.mutex.unlock();
    const users_before = d.users.fetchSub(1, .release);
    assert(users_before > 0);
}

/// Finds a live statement and locks its connection; pair with unlockDb(s.db). The statement is
/// looked up again once the lock is held, because a finalize may have won the race for it.
fn lockStmt(handle: ?*Stmt) ?*Stmt {
    const s = handle orelse return null;
    const db = blk: {
        registry.mutex.lock();
        defer registry.mutex.unlock();
        if (!registry.stmts.contains(s)) return null;
        // A connection being closed takes no new calls, not even through its statements, so
        // the close's wait for its users always ends.
        if (!registry.dbs.contains(s.db)) return null;
        _ = s.db.users.fetchAdd(1, .acquire);
        break :blk s.db;
    };
    db.mutex.lock();
    const alive = blk: {
        registry.mutex.lock();
        defer registry.mutex.unlock();
        // The address may have been reused by a statement of another connection.
        break :blk registry.stmts.contains(s) and s.db == db;
    };
    if (!alive) {
        unlockDb(db);
        return null;
    }
    return s;
}

fn register(comptime field: []const u8, handle: anytype) bool {
    registry.mutex.lock();
    defer registry.mutex.unlock();
    @field(registry, field).put(allocator, handle, {}) catch return false;
    return true;
}

fn unregister(comptime field: []const u8, handle: anytype) bool {
    registry.mutex.lock();
    defer registry.mutex.unlock();
    return @field(registry, field).remove(handle);
}

/// Records the outcome of an engine call on the connection and returns its C code.
fn finish(db: *Db, result: engine.Error!void) c_int {
    result catch |err| {
        const code: c_int = switch (err) {
            error.OutOfMemory => nomem,
            error.Sql => @intCast(@intFromEnum(db.conn.lastError().code)),
        };
        db.last_code = code;
        return code;
    };
    db.last_code = ok;
    return ok;
}

fn misuseOn(db: *Db, comptime message: []const u8) c_int {
    db.last_code = misuse;
    db.message.clearRetainingCapacity();
    db.message.appendSlice(allocator, message) catch {};
    return misuse;
}

pub export fn zqlite_libversion() [*:0]const u8 {
    return version.string.ptr;
}

pub export fn zqlite_libversion_number() c_int {
    return @intCast(version.number);
}

/// Opens (or, with ZQLITE_OPEN_CREATE, creates) a database; ":memory:" is a private in-memory one.
/// On success *out is a connection; on failure *out is NULL and the code says why.
pub export fn zqlite_open(path: ?[*:0]const u8, out: ?*?*Db, flags: c_int) c_int {
    const out_ptr = out orelse return misuse;
    out_ptr.* = null;
    const p = path orelse return misuse;
    const path_slice = std.mem.span(p);
    if (flags & open_create == 0 and !std.mem.eql(u8, path_slice, ":memory:")) {
        std.fs.cwd().access(path_slice, .{}) catch return @intFromEnum(engine.ErrorCode.cantopen);
    }
    const options = engine.Options{ .read_only = flags & open_readonly != 0 and flags & open_readwrite == 0 };
    const conn = engine.Connection.open(allocator, path_slice, options) catch |err| return openError(err);
    const db = allocator.create(Db) catch {
        conn.close();
        return nomem;
    };
    db.* = .{ .conn = conn };
    if (!register("dbs", db)) {
        conn.close();
        allocator.destroy(db);
        return nomem;
    }
    out_ptr.* = db;
    return ok;
}

fn openError(err: engine.Error) c_int {
    return switch (err) {
        error.OutOfMemory => nomem,
        error.Sql => @intFromEnum(engine.ErrorCode.cantopen),
    };
}

/// Closes a connection and finalizes its statements. NULL is a no-op; a stale handle is MISUSE.
pub export fn zqlite_close(handle: ?*Db) c_int {
    const db = handle orelse return ok;
    if (!unregister("dbs", db)) return misuse;
    // No new call can find it now; wait for the calls already inside to leave.
    var waits: u64 = 0;
    while (db.users.load(.acquire) != 0) : (waits += 1) {
        assert(waits < std.math.maxInt(u64));
        std.Thread.yield() catch {};
    }
    db.mutex.lock();
    finalizeStatementsOf(db);
    db.conn.close();
    db.message.deinit(allocator);
    db.mutex.unlock();
    allocator.destroy(db);
    return ok;
}

fn finalizeStatementsOf(db: *Db) void {
    var doomed = std.ArrayList(*Stmt).init(allocator);
    defer doomed.deinit();
    registry.mutex.lock();
    var it = registry.stmts.keyIterator();
    while (it.next()) |s| {
        if (s.*.db == db) doomed.append(s.*) catch {};
    }
    for (doomed.items) |s| _ = registry.stmts.remove(s);
    registry.mutex.unlock();
    for (doomed.items) |s| destroyStmt(s);
}

/// Makes the statement running on the connection fail with ZQLITE_INTERRUPT at its next check
/// (every few hundred rows), like sqlite3_interrupt. Safe from any thread while another thread
/// is inside a call on the connection: it takes the registry lock only, never the connection's.
/// An interrupt with no statement running is lost (the flag is cleared when one starts).
/// A stale or NULL handle is MISUSE.
pub export fn zqlite_interrupt(handle: ?*Db) c_int {
    const d = handle orelse return misuse;
    registry.mutex.lock();
    defer registry.mutex.unlock();
    // While registered, close has not begun to free the connection (it unregisters first).
    if (!registry.dbs.contains(d)) return misuse;
    d.conn.interrupt();
    return ok;
}

pub export fn zqlite_busy_timeout(handle: ?*Db, ms: c_int) c_int {
    const db = lockDb(handle) orelse return misuse;
    defer unlockDb(db);
    db.conn.setBusyTimeout(@intCast(@max(ms, 0)));
    return ok;
}

/// Engine statistics of the connection's database (stats.zig gives the order): writes the first
/// `count` figures (at most ZQLITE_STAT_COUNT) to `values`. ZQLITE_OK, or MISUSE.
pub export fn zqlite_stats(handle: ?*Db, values: ?[*]i64, count: c_int) c_int {
    const db = lockDb(handle) orelse return misuse;
    defer unlockDb(db);
    const out = values orelse return misuseOn(db, "zqlite_stats: values is NULL");
    if (count < 0) return misuseOn(db, "zqlite_stats: negative count");
    _ = stats.fill(db.conn, out[0..@intCast(count)]);
    return ok;
}

pub export fn zqlite_changes(handle: ?*Db) i64 {
    const db = lockDb(handle) orelse return 0;
    defer unlockDb(db);
    return db.conn.changes();
}

pub export fn zqlite_last_insert_rowid(handle: ?*Db) i64 {
    const db = lockDb(handle) orelse return 0;
    defer unlockDb(db);
    return db.conn.lastInsertRowid();
}

/// The code of the most recent call on the connection (extended codes for constraints).
pub export fn zqlite_errcode(handle: ?*Db) c_int {
    const db = lockDb(handle) orelse return misuse;
    defer unlockDb(db);
    return db.last_code;
}

/// The message of the most recent failed call, or "not an error".
pub export fn zqlite_errmsg(handle: ?*Db) [*:0]const u8 {
    const db = lockDb(handle) orelse return "bad connection handle (closed or never opened)";
    defer unlockDb(db);
    if (db.last_code == ok) return "not an error";
    if (db.last_code != misuse) {
        db.message.clearRetainingCapacity();
        db.message.appendSlice(allocator, db.conn.lastError().message) catch return "out of memory";
    }
    db.message.append(allocator, 0) catch return "out of memory";
    _ = db.message.pop();
    return @ptrCast(db.message.items.ptr);
}

/// The byte offset in the SQL text of the last syntax or name error, or -1.
pub export fn zqlite_error_offset(handle: ?*Db) c_int {
    const db = lockDb(handle) orelse return -1;
    defer unlockDb(db);
    if (db.last_code == ok) return -1;
    const offset = db.conn.lastError().offset orelse return -1;
    return @intCast(@min(offset, std.math.maxInt(c_int)));
}

/// Runs every statement in a NUL-terminated script, discarding rows.
pub export fn zqlite_exec(handle: ?*Db, script: ?[*:0]const u8) c_int {
    const db = lockDb(handle) orelse return misuse;
    defer unlockDb(db);
    const s = script orelse return misuseOn(db, "zqlite_exec: NULL script");
    return finish(db, db.conn.exec(std.mem.span(s)));
}

/// Compiles the first statement of `sql` (`length_bytes` < 0: up to the NUL). *tail, when given,
/// points just past it. Empty input yields ZQLITE_OK with *out NULL, as in SQLite.
pub export fn zqlite_prepare(
    handle: ?*Db,
    sql: ?[*]const u8,
    length_bytes: c_int,
    out: ?*?*Stmt,
    tail: ?*?[*]const u8,
) c_int {
    const out_ptr = out orelse return misuse;
    out_ptr.* = null;
    const db = lockDb(handle) orelse return misuse;
    defer unlockDb(db);
    const text = sql orelse return misuseOn(db, "zqlite_prepare: NULL SQL");
    const len: usize = if (length_bytes < 0) std.mem.len(@as([*:0]const u8, @ptrCast(text))) else @intCast(length_bytes);
    if (len > text_length_max) return misuseOn(db, "zqlite_prepare: SQL longer than 1 GiB");
    if (len > tokenizer.source_len_max) return misuseOn(db, "zqlite_prepare: SQL too long");
    // Only whitespace and comments: no statement and no error, as in SQLite.
    if (tokenizer.nextSignificant(text[0..len], 0).kind == .eof) {
        if (tail) |t| t.* = text + len;
        db.last_code = ok;
        return ok;
    }
    var tail_offset: u32 = 0;
    var prepared: ?*engine.Statement = null;
    const code = finish(db, prepareInto(db, text[0..len], &tail_offset, &prepared));
    if (tail) |t| t.* = text + @min(tail_offset, len);
    if (code != ok) return code;
    const stmt = prepared orelse return ok;
    const wrapper = allocator.create(Stmt) catch {
        stmt.finalize();
        return nomem;
    };
    wrapper.* = .{ .db = db, .stmt = stmt };
    if (!register("stmts", wrapper)) {
        destroyStmt(wrapper);
        return nomem;
    }
    out_ptr.* = wrapper;
    return ok;
}

fn prepareInto(db: *Db, text: []const u8, tail_offset: *u32, out: *?*engine.Statement) engine.Error!void {
    out.* = try db.conn.prepare(text, tail_offset);
}

fn destroyStmt(s: *Stmt) void {
    for (s.texts.items) |t| if (t) |buf| allocator.free(buf);
    for (s.names.items) |n| if (n) |buf| allocator.free(buf);
    for (s.decltypes.items) |n| if (n) |buf| allocator.free(buf);
    s.texts.deinit(allocator);
    s.names.deinit(allocator);
    s.decltypes.deinit(allocator);
    s.stmt.finalize();
    allocator.destroy(s);
}

/// Frees a statement. NULL is a no-op; a stale handle is MISUSE.
pub export fn zqlite_finalize(handle: ?*Stmt) c_int {
    if (handle == null) return ok;
    const s = lockStmt(handle) orelse return misuse;
    const db = s.db;
    defer unlockDb(db);
    if (!unregister("stmts", s)) return misuse;
    destroyStmt(s);
    return ok;
}

fn bind(handle: ?*Stmt, index: c_int, value: Value) c_int {
    const s = lockStmt(handle) orelse return misuse;
    defer unlockDb(s.db);
    if (index < 1) return finishRange(s.db);
    return finish(s.db, s.stmt.bindValue(@intCast(index), value));
}

fn finishRange(db: *Db) c_int {
    db.last_code = range;
    db.message.clearRetainingCapacity();
    db.message.appendSlice(allocator, "column index out of range") catch {};
    return range;
}

pub export fn zqlite_bind_int64(handle: ?*Stmt, index: c_int, v: i64) c_int {
    return bind(handle, index, .{ .integer = v });
}

pub export fn zqlite_bind_double(handle: ?*Stmt, index: c_int, v: f64) c_int {
    return bind(handle, index, .{ .real = v });
}

pub export fn zqlite_bind_null(handle: ?*Stmt, index: c_int) c_int {
    return bind(handle, index, .null);
}

/// Binds UTF-8 text (`length_bytes` < 0: up to the NUL). The bytes are copied.
pub export fn zqlite_bind_text(handle: ?*Stmt, index: c_int, text: ?[*]const u8, length_bytes: c_int) c_int {
    const t = text orelse return bind(handle, index, .null);
    const len: usize = if (length_bytes < 0) std.mem.len(@as([*:0]const u8, @ptrCast(t))) else @intCast(length_bytes);
    if (len > text_length_max) return toobig;
    return bind(handle, index, .{ .text = t[0..len] });
}

/// Binds a BLOB of `length_bytes` bytes (copied). NULL data with length 0 is an empty BLOB.
pub export fn zqlite_bind_blob(handle: ?*Stmt, index: c_int, data: ?*const anyopaque, length_bytes: c_int) c_int {
    if (length_bytes < 0) return misuse;
    const len: usize = @intCast(length_bytes);
    if (len > text_length_max) return toobig;
    if (data == null and len > 0) return misuse;
    const bytes: []const u8 = if (len == 0) "" else @as([*]const u8, @ptrCast(data.?))[0..len];
    return bind(handle, index, .{ .blob = bytes });
}

pub export fn zqlite_bind_parameter_count(handle: ?*Stmt) c_int {
    const s = lockStmt(handle) orelse return 0;
    defer unlockDb(s.db);
    return @intCast(s.stmt.parameterCount());
}

/// The 1-based index of a named parameter (":name", "@name", "$name"), or 0.
pub export fn zqlite_bind_parameter_index(handle: ?*Stmt, name: ?[*:0]const u8) c_int {
    const s = lockStmt(handle) orelse return 0;
    defer unlockDb(s.db);
    const n = name orelse return 0;
    return @intCast(s.stmt.parameterIndex(std.mem.span(n)) orelse 0);
}

pub export fn zqlite_clear_bindings(handle: ?*Stmt) c_int {
    const s = lockStmt(handle) orelse return misuse;
    defer unlockDb(s.db);
    s.stmt.clearBindings();
    return ok;
}

pub export fn zqlite_reset(handle: ?*Stmt) c_int {
    const s = lockStmt(handle) orelse return misuse;
    defer unlockDb(s.db);
    s.stmt.reset();
    s.row_pending = false;
    s.error_pending = 0;
    return ok;
}

/// ZQLITE_ROW when a row is ready, ZQLITE_DONE at the end, or an error code.
pub export fn zqlite_step(handle: ?*Stmt) c_int {
    const s = lockStmt(handle) orelse return misuse;
    defer unlockDb(s.db);
    s.row_pending = false;
    return stepLocked(s);
}

fn stepLocked(s: *Stmt) c_int {
    clearTexts(s);
    const result = s.stmt.step() catch |err| {
        _ = finish(s.db, err);
        return s.db.last_code;
    };
    s.db.last_code = ok;
    return if (result == .row) row else done;
}

fn clearTexts(s: *Stmt) void {
    for (s.texts.items) |*t| {
        if (t.*) |buf| allocator.free(buf);
        t.* = null;
    }
}

pub export fn zqlite_column_count(handle: ?*Stmt) c_int {
    const s = lockStmt(handle) orelse return 0;
    defer unlockDb(s.db);
    return @intCast(s.stmt.columnCount());
}

fn columnIndex(s: *Stmt, i: c_int) ?u32 {
    if (i < 0 or i >= s.stmt.columnCount()) return null;
    return @intCast(i);
}

pub export fn zqlite_column_name(handle: ?*Stmt, i: c_int) ?[*:0]const u8 {
    const s = lockStmt(handle) orelse return null;
    defer unlockDb(s.db);
    const index = columnIndex(s, i) orelse return null;
    return cString(&s.names, index, s.stmt.columnName(index));
}

/// The declared type of result column `i` when it reads a table column: the type as CREATE
/// TABLE wrote it, size arguments included (`VARCHAR(40)`, `decimal( 10 , 2 )`; the standard
/// names INT, INTEGER, REAL, TEXT, BLOB and ANY upper-cased), "INTEGER" for a rowid. NULL for
/// a column declared without a type, an expression, and statements that are not queries. As
/// sqlite3_column_decltype (checked with 3.40.1); valid before the first step.
pub export fn zqlite_column_decltype(handle: ?*Stmt, i: c_int) ?[*:0]const u8 {
    const s = lockStmt(handle) orelse return null;
    defer unlockDb(s.db);
    const index = columnIndex(s, i) orelse return null;
    const type_name = declaredType(s.stmt, index) orelse return null;
    return cString(&s.decltypes, index, type_name);
}

/// Views and derived tables one declared type may be looked up through (a recursion bound).
const decltype_depth_max: u32 = 16;

/// The declared type of a query's result column `index` (see zqlite_column_decltype).
pub fn declaredType(stmt: *const engine.Statement, index: u32) ?[]const u8 {
    const query = switch (stmt.plan) {
        .query => |q| q,
        else => return null,
    };
    return queryColumnType(query, index, 0);
}

fn queryColumnType(query: *const ir.Query, index: u32, depth: u32) ?[]const u8 {
    if (depth >= decltype_depth_max or query.cores.len == 0) return null;
    // A compound takes its first SELECT's column, as SQLite does.
    const core = query.cores[0];
    if (core.values != null or index >= core.output_count or index >= core.result.len) return null;
    const column = switch (core.result[index].data) {
        .column => |c| c,
        else => return null,
    };
    if (column.up != 0) return null;
    for (core.sources) |source| {
        if (column.slot < source.slot_base or column.slot >= source.slot_base + source.width) continue;
        const offset = column.slot - source.slot_base;
        return switch (source.data) {
            .table => |table| if (offset < table.columns.len) writtenType(table.columns[offset]) else "INTEGER",
            .query => |m| queryColumnType(m.query, offset, depth + 1),
        };
    }
    return null;
}

/// A column's declared type as written; null when none was (PRAGMA table_info shows "" then).
fn writtenType(column: schema.Column) ?[]const u8 {
    return if (column.declared_type.len == 0) null else column.declared_type;
}

/// Keeps a NUL-terminated copy of `bytes` in slot `index` of `list` and returns it.
fn cString(list: *std.ArrayListUnmanaged(?[:0]u8), index: u32, bytes: []const u8) ?[*:0]const u8 {
    while (list.items.len <= index) list.append(allocator, null) catch return null;
    if (list.items[index]) |old| allocator.free(old);
    const copy = allocator.dupeZ(u8, bytes) catch return null;
    list.items[index] = copy;
    return copy.ptr;
}

fn columnValue(handle: ?*Stmt, i: c_int) ?struct { s: *Stmt, value: Value, index: u32 } {
    const s = lockStmt(handle) orelse return null;
    const index = columnIndex(s, i) orelse {
        unlockDb(s.db);
        return null;
    };
    return .{ .s = s, .value = s.stmt.columnValue(index), .index = index };
}

pub export fn zqlite_column_type(handle: ?*Stmt, i: c_int) c_int {
    const c = columnValue(handle, i) orelse return type_null;
    defer unlockDb(c.s.db);
    return switch (c.value) {
        .null => type_null,
        .integer => type_integer,
        .real => type_float,
        .text => type_text,
        .blob => type_blob,
    };
}

pub export fn zqlite_column_int64(handle: ?*Stmt, i: c_int) i64 {
    const c = columnValue(handle, i) orelse return 0;
    defer unlockDb(c.s.db);
    return value_mod.toInt64(c.value);
}

pub export fn zqlite_column_double(handle: ?*Stmt, i: c_int) f64 {
    const c = columnValue(handle, i) orelse return 0;
    defer unlockDb(c.s.db);
    return value_mod.toReal(c.value);
}

/// The value as NUL-terminated UTF-8 text (numbers converted as SQLite does); NULL for NULL.
pub export fn zqlite_column_text(handle: ?*Stmt, i: c_int) ?[*:0]const u8 {
    const c = columnValue(handle, i) orelse return null;
    defer unlockDb(c.s.db);
    var buffer: value_mod.TextBuffer = undefined;
    const text = value_mod.textOf(c.value, &buffer) orelse return null;
    return cString(&c.s.texts, c.index, text);
}

/// The value's bytes: BLOB or TEXT as stored; numbers are not converted (NULL pointer).
pub export fn zqlite_column_blob(handle: ?*Stmt, i: c_int) ?*const anyopaque {
    const c = columnValue(handle, i) orelse return null;
    defer unlockDb(c.s.db);
    return switch (c.value) {
        .text, .blob => |b| if (b.len == 0) null else b.ptr,
        else => null,
    };
}

/// The size in bytes of the value's TEXT or BLOB form.
pub export fn zqlite_column_bytes(handle: ?*Stmt, i: c_int) c_int {
    const c = columnValue(handle, i) orelse return 0;
    defer unlockDb(c.s.db);
    return switch (c.value) {
        .null => 0,
        .text, .blob => |b| @intCast(@min(b.len, std.math.maxInt(c_int))),
        else => blk: {
            var buffer: value_mod.TextBuffer = undefined;
            const t = value_mod.textOf(c.value, &buffer) orelse break :blk 0;
            break :blk @intCast(t.len);
        },
    };
}

/// Batch value tags (see zqlite.h).
pub const batch_null: u8 = 0;
pub const batch_integer: u8 = 1;
pub const batch_real: u8 = 2;
pub const batch_text: u8 = 3;
pub const batch_blob: u8 = 4;
const batch_rows_max: u32 = 1 << 20;

/// Steps the statement and encodes as many rows as fit into `buffer` (format in zqlite.h), so a
/// binding crosses the boundary once per batch instead of once per value.
pub export fn zqlite_step_batch(
    handle: ?*Stmt,
    buffer: ?[*]u8,
    capacity_bytes: c_int,
    rows_out: ?*c_int,
    needed_bytes_out: ?*c_int,
) c_int {
    const s = lockStmt(handle) orelse return misuse;
    defer unlockDb(s.db);
    const rows_ptr = rows_out orelse return misuseOn(s.db, "zqlite_step_batch: NULL rows_out");
    rows_ptr.* = 0;
    if (needed_bytes_out) |n| n.* = 0;
    if (capacity_bytes < 0 or (buffer == null and capacity_bytes > 0)) return misuseOn(s.db, "zqlite_step_batch: bad buffer");
    const out: []u8 = if (buffer) |b| b[0..@intCast(capacity_bytes)] else &.{};
    if (s.error_pending != 0) {
        const code = s.error_pending;
        s.error_pending = 0;
        return code;
    }
    return fillBatch(s, out, rows_ptr, needed_bytes_out);
}

fn fillBatch(s: *Stmt, out: []u8, rows_out: *c_int, needed_bytes_out: ?*c_int) c_int {
    var used_bytes: usize = 0;
    var rows: u32 = 0;
    while (rows < batch_rows_max) {
        if (!s.row_pending) {
            const code = stepLocked(s);
            if (code == done) return done;
            if (code != row) {
                if (rows == 0) return code;
                s.error_pending = code;
                return row;
            }
        }
        const size_bytes = rowSizeBytes(s.stmt);
        if (size_bytes > out.len - used_bytes) {
            s.row_pending = true;
            if (rows > 0) return row;
            if (needed_bytes_out) |n| n.* = @intCast(@min(size_bytes, std.math.maxInt(c_int)));
            return toobig;
        }
        encodeRow(s.stmt, out[used_bytes..][0..size_bytes]);
        used_bytes += size_bytes;
        s.row_pending = false;
        rows += 1;
        rows_out.* = @intCast(rows);
    }
    return row;
}

pub fn rowSizeBytes(stmt: *engine.Statement) usize {
    var size_bytes: usize = 0;
    var i: u32 = 0;
    while (i < stmt.columnCount()) : (i += 1) {
        size_bytes += switch (stmt.columnValue(i)) {
            .null => 1,
            .integer, .real => 9,
            .text, .blob => |b| 5 + b.len,
        };
    }
    return size_bytes;
}

pub fn encodeRow(stmt: *engine.Statement, out: []u8) void {
    const written = encodeRowFitting(stmt, out) orelse unreachable; // Sized by rowSizeBytes.
    assert(written == out.len);
}

/// Encodes the current row at the start of `out` in one pass over its values (no sizing pass
/// first); returns its size in bytes, or null when it does not fit, leaving a partial row in
/// `out` that the caller must not count.
pub fn encodeRowFitting(stmt: *engine.Statement, out: []u8) ?usize {
    var at: usize = 0;
    var i: u32 = 0;
    while (i < stmt.columnCount()) : (i += 1) {
        const value = stmt.columnValue(i);
        const size_bytes: usize = switch (value) {
            .null => 1,
            .integer, .real => 9,
            .text, .blob => |b| 5 + b.len,
        };
        if (size_bytes > out.len - at) return null;
        const cell = out[at..][0..size_bytes];
        switch (value) {
            .null => cell[0] = batch_null,
            .integer => |v| {
                cell[0] = batch_integer;
                std.mem.writeInt(i64, cell[1..9], v, .little);
            },
            .real => |v| {
                cell[0] = batch_real;
                std.mem.writeInt(u64, cell[1..9], @bitCast(v), .little);
            },
            .text, .blob => |b| {
                cell[0] = if (value == .text) batch_text else batch_blob;
                std.mem.writeInt(u32, cell[1..5], @intCast(b.len), .little);
                @memcpy(cell[5..], b);
            },
        }
        at += size_bytes;
    }
    assert(at <= out.len);
    return at;
}
