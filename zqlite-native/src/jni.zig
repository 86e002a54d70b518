//! JNI entry points for io.ghostwire.zqlite.NativeLibrary. This is the one place that touches JNIEnv.
//!
//! No jni.h is needed at build time: JNIEnv is a pointer to the JNI function table, and functions
//! are called by their index in that table, fixed by the JNI specification since Java 1.2.
//!
//! Shape of the boundary (why it is fast and why it cannot crash the JVM):
//! - Java holds `long` handles into jni_handles.zig's table (generation-checked), never pointers.
//! - Data crosses in a direct ByteBuffer owned by the caller: SQL text, bind sets and rows (the
//!   zqlite_step_batch encoding, produced by c_api's encoder), described in jni_codec.zig. One
//!   JNI call binds and fetches a whole batch of rows; one call runs an update or a whole batch.
//! - Natives never throw: they return a code (negative for `long` results) and, on failure,
//!   write an error block into the buffer; Java builds the exception. Every handle, buffer,
//!   length and index is validated first: the answer to bad input is MISUSE.
const std = @import("std");
const assert = std.debug.assert;
const version = @import("version.zig");
const engine = @import("sql/engine.zig");
const c_api = @import("c_api.zig");
const handles = @import("jni_handles.zig");
const codec = @import("jni_codec.zig");
const stats = @import("stats.zig");

/// What C calls `JNIEnv` is a pointer to the function table; entry points receive `JNIEnv *env`.
pub const JNIEnv = [*]const ?*const anyopaque;
/// `JavaVM` likewise points to the invocation table.
pub const JavaVM = [*]const ?*const anyopaque;
pub const jclass = ?*anyopaque;
pub const jobject = ?*anyopaque;
pub const jstring = ?*anyopaque;
pub const jint = i32;
pub const jlong = i64;

pub const jni_version_1_8: jint = 0x00010008;

/// Indices into the JNI function table (JNINativeInterface_), from the JNI specification.
pub const Index = enum(u16) {
    get_version = 4,
    find_class = 6,
    exception_clear = 17,
    new_global_ref = 21,
    delete_global_ref = 22,
    delete_local_ref = 23,
    is_instance_of = 32,
    new_string_utf = 167,
    exception_check = 228,
    get_direct_buffer_address = 230,
    get_direct_buffer_capacity = 231,
};

/// Index of GetEnv in the invocation table (JNIInvokeInterface_).
const vm_get_env: usize = 6;

const code_ok: u32 = 0;
const code_misuse: u32 = @intFromEnum(engine.ErrorCode.misuse);
const code_nomem: u32 = @intFromEnum(engine.ErrorCode.nomem);
const code_toobig: u32 = @intFromEnum(engine.ErrorCode.toobig);
const code_cantopen: u32 = @intFromEnum(engine.ErrorCode.cantopen);
const code_interrupt: u32 = @intFromEnum(engine.ErrorCode.interrupt);
const code_row: u32 = 100;
const code_done: u32 = 101;

/// Bytes before the first row of a step batch: i32 rows, i32 columns, i32 needed, i32 used.
const batch_header_bytes: usize = 16;
/// Rows one batch may hold (a loop bound; the buffer usually fills first).
const batch_rows_max: u32 = 1 << 20;
/// Steps one update may take (a loop bound: an update yields no rows, RETURNING a few).
const update_steps_max: u64 = 1 << 40;
/// The smallest buffer a native accepts: room for headers and a short error block.
const buffer_bytes_min: usize = 64;

/// Global references and IDs resolved once in JNI_OnLoad. Each class loader that loads the
/// library gets its own copy of the library, hence of this cache.
const Cache = struct {
    byte_buffer_class: jclass = null,
};
var cache: Cache = .{};

fn function(env: *JNIEnv, comptime index: Index, comptime T: type) T {
    const f = env.*[@intFromEnum(index)];
    assert(f != null);
    return @ptrCast(f.?);
}

fn newStringUtf(env: *JNIEnv, text: [*:0]const u8) jstring {
    const NewStringUTF = *const fn (*JNIEnv, [*:0]const u8) callconv(.C) jstring;
    return function(env, .new_string_utf, NewStringUTF)(env, text);
}

fn exceptionPending(env: *JNIEnv) bool {
    const ExceptionCheck = *const fn (*JNIEnv) callconv(.C) u8;
    return function(env, .exception_check, ExceptionCheck)(env) != 0;
}

/// Resolves a class to a global reference, or null (an exception is then pending in Java).
fn globalClass(env: *JNIEnv, name: [*:0]const u8) jclass {
    const FindClass = *const fn (*JNIEnv, [*:0]const u8) callconv(.C) jclass;
    const NewGlobalRef = *const fn (*JNIEnv, jobject) callconv(.C) jobject;
    const DeleteLocalRef = *const fn (*JNIEnv, jobject) callconv(.C) void;
    const local = function(env, .find_class, FindClass)(env, name) orelse return null;
    defer function(env, .delete_local_ref, DeleteLocalRef)(env, local);
    return function(env, .new_global_ref, NewGlobalRef)(env, local);
}

fn envOf(vm: *JavaVM) ?*JNIEnv {
    const GetEnv = *const fn (*JavaVM, *?*JNIEnv, jint) callconv(.C) jint;
    const get_env: GetEnv = @ptrCast(vm.*[vm_get_env].?);
    var env: ?*JNIEnv = null;
    if (get_env(vm, &env, jni_version_1_8) != 0) return null;
    return env;
}

pub export fn JNI_OnLoad(vm: ?*JavaVM, reserved: ?*anyopaque) jint {
    _ = reserved;
    const env = envOf(vm orelse return -1) orelse return -1;
    assert(cache.byte_buffer_class == null);
    cache.byte_buffer_class = globalClass(env, "java/nio/ByteBuffer") orelse return -1;
    assert(cache.byte_buffer_class != null);
    return jni_version_1_8;
}

pub export fn JNI_OnUnload(vm: ?*JavaVM, reserved: ?*anyopaque) void {
    _ = reserved;
    const env = envOf(vm orelse return) orelse return;
    const DeleteGlobalRef = *const fn (*JNIEnv, jobject) callconv(.C) void;
    if (cache.byte_buffer_class) |class| function(env, .delete_global_ref, DeleteGlobalRef)(env, class);
    cache.byte_buffer_class = null;
}

/// The memory of a direct ByteBuffer, or null when `buffer` is null, not a direct ByteBuffer,
/// or smaller than `buffer_bytes_min`.
fn bufferOf(env: *JNIEnv, buffer: jobject) ?[]u8 {
    const object = buffer orelse return null;
    const IsInstanceOf = *const fn (*JNIEnv, jobject, jclass) callconv(.C) u8;
    if (function(env, .is_instance_of, IsInstanceOf)(env, object, cache.byte_buffer_class) == 0) return null;
    const Address = *const fn (*JNIEnv, jobject) callconv(.C) ?[*]u8;
    const Capacity = *const fn (*JNIEnv, jobject) callconv(.C) jlong;
    const address = function(env, .get_direct_buffer_address, Address)(env, object) orelse return null;
    const capacity = function(env, .get_direct_buffer_capacity, Capacity)(env, object);
    if (capacity < buffer_bytes_min or capacity > std.math.maxInt(i32)) return null;
    return address[0..@intCast(capacity)];
}

/// `buffer[0..length]`, when the length Java declared fits the buffer.
fn prefix(buffer: []u8, length: jint) ?[]u8 {
    if (length < 0 or length > buffer.len) return null;
    return buffer[0..@intCast(length)];
}

fn misuse(out: []u8, message: []const u8) u32 {
    codec.writeError(out, code_misuse, null, message);
    return code_misuse;
}

fn negative(code: u32) jlong {
    assert(code != code_ok);
    return -@as(jlong, code);
}

/// static native String version();
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_version(env: *JNIEnv, class: jclass) jstring {
    _ = class;
    return newStringUtf(env, version.string.ptr);
}

/// static native long open(ByteBuffer buf, int pathLen, int flags, int durability, int busyMs,
/// int cacheKib); flags: 1 read-only, 4 create. durability: 0 FULL, 1 NORMAL, 2 OFF. cacheKib:
/// the page cache in KiB, 0 for the engine's default (the first open of a path decides).
/// Returns a connection handle, or -code with an error block in buf (MISUSE when buf is bad).
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_open(
    env: *JNIEnv,
    class: jclass,
    buffer: jobject,
    path_len: jint,
    flags: jint,
    durability: jint,
    busy_timeout_ms: jint,
    cache_size_kib: jint,
) jlong {
    _ = class;
    const buf = bufferOf(env, buffer) orelse return negative(code_misuse);
    const path = prefix(buf, path_len) orelse return negative(misuse(buf, "open: bad path length"));
    if (durability < 0 or durability > 2 or busy_timeout_ms < 0) return negative(misuse(buf, "open: bad option"));
    if (cache_size_kib < 0) return negative(misuse(buf, "open: bad cache size"));
    var options = engine.Options{
        .durability = @enumFromInt(@as(u2, @intCast(durability))),
        .busy_timeout_ms = @intCast(busy_timeout_ms),
        .read_only = flags & 1 != 0,
    };
    if (cache_size_kib > 0) options.cache_size_bytes_max = @as(u64, @intCast(cache_size_kib)) * 1024;
    const memory = std.mem.eql(u8, path, ":memory:");
    if (!memory and flags & 4 == 0) {
        std.fs.cwd().access(path, .{}) catch {
            codec.writeError(buf, code_cantopen, null, "unable to open database file");
            return negative(code_cantopen);
        };
    }
    const conn = engine.Connection.open(std.heap.c_allocator, path, options) catch |err| {
        const code = if (err == error.OutOfMemory) code_nomem else code_cantopen;
        codec.writeError(buf, code, null, if (err == error.OutOfMemory) "out of memory" else "unable to open database file");
        return negative(code);
    };
    const handle = handles.issueConn(conn) orelse {
        conn.close();
        codec.writeError(buf, code_nomem, null, "out of memory (handle table)");
        return negative(code_nomem);
    };
    assert(handle > 0);
    return handle;
}

/// static native int close(long db); 0, or MISUSE when the handle is stale (already closed).
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_close(env: *JNIEnv, class: jclass, db: jlong) jint {
    _ = env;
    _ = class;
    return if (handles.closeConn(db)) code_ok else code_misuse;
}

/// static native int exec(long db, ByteBuffer buf, int sqlLen); runs a script, discarding rows.
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_exec(
    env: *JNIEnv,
    class: jclass,
    db: jlong,
    buffer: jobject,
    sql_len: jint,
) jint {
    _ = class;
    const buf = bufferOf(env, buffer) orelse return code_misuse;
    const sql = prefix(buf, sql_len) orelse return @intCast(misuse(buf, "exec: bad SQL length"));
    const entered = handles.enterConn(db) orelse return @intCast(misuse(buf, "connection is closed"));
    defer handles.leave(entered.conn);
    // The error block overwrites the SQL only after exec returned; the message is the engine's.
    entered.engine_conn.exec(sql) catch |err| return @intCast(codec.writeEngineError(buf, entered.engine_conn, err));
    return code_ok;
}

/// static native long prepare(long db, ByteBuffer buf, int sqlLen);
/// Returns a statement handle and writes `i32 description bytes` then the description
/// (jni_codec.describe) when it fits; or -code with an error block. An empty statement
/// (only blanks or comments) is -MISUSE with "empty statement".
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_prepare(
    env: *JNIEnv,
    class: jclass,
    db: jlong,
    buffer: jobject,
    sql_len: jint,
) jlong {
    _ = class;
    const buf = bufferOf(env, buffer) orelse return negative(code_misuse);
    const sql = prefix(buf, sql_len) orelse return negative(misuse(buf, "prepare: bad SQL length"));
    const entered = handles.enterConn(db) orelse return negative(misuse(buf, "connection is closed"));
    defer handles.leave(entered.conn);
    var tail_offset: u32 = 0;
    const stmt = entered.engine_conn.prepare(sql, &tail_offset) catch |err|
        return negative(codec.writeEngineError(buf, entered.engine_conn, err));
    const handle = handles.issueStmt(entered.conn, stmt) orelse {
        stmt.finalize();
        codec.writeError(buf, code_nomem, null, "out of memory (handle table)");
        return negative(code_nomem);
    };
    writeDescription(buf, stmt, tail_offset);
    return handle;
}

fn writeDescription(buf: []u8, stmt: *const engine.Statement, tail_offset: u32) void {
    var w = codec.Writer{ .out = buf[4..] };
    codec.describe(&w, stmt, tail_offset);
    std.mem.writeInt(i32, buf[0..4], @intCast(@min(w.at, std.math.maxInt(i32))), .little);
}

/// static native int describe(long stmt, ByteBuffer buf); as prepare's description (tail 0).
/// Returns MISUSE for a stale handle, else 0 (the caller compares the size with its buffer).
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_describe(env: *JNIEnv, class: jclass, stmt: jlong, buffer: jobject) jint {
    _ = class;
    const buf = bufferOf(env, buffer) orelse return code_misuse;
    const entered = handles.enterStmt(stmt) orelse return @intCast(misuse(buf, "statement is closed"));
    defer handles.leave(entered.conn);
    writeDescription(buf, entered.stmt.?.engine_stmt, 0);
    return code_ok;
}

/// Resets the statement and binds the set at `buf[0..bind_len]`. Returns 0 or an error code
/// with the error block written.
fn rebind(s: *handles.Stmt, conn: *engine.Connection, buf: []u8, bind_len: jint) u32 {
    const in = prefix(buf, bind_len) orelse return misuse(buf, "bad bind length");
    s.engine_stmt.reset();
    s.engine_stmt.clearBindings();
    s.row_pending = false;
    var reader = codec.Reader{ .in = in };
    codec.bindAll(s.engine_stmt, &reader) catch |err| switch (err) {
        error.Malformed => return misuse(buf, "malformed bind buffer or too many parameters"),
        error.Sql, error.OutOfMemory => |e| return codec.writeEngineError(buf, conn, e),
    };
    return code_ok;
}

/// static native int step(long stmt, ByteBuffer buf, int bindLen);
/// bindLen >= 0: reset and bind the set in buf first; -1: continue. Then encodes rows after a
/// 16-byte header (i32 rows, i32 columns, i32 needed bytes, i32 used bytes). Returns ROW (more
/// may follow), DONE, TOOBIG (the next row needs `needed` bytes; it is kept) or an error code
/// with the error block at 0.
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_step(
    env: *JNIEnv,
    class: jclass,
    stmt: jlong,
    buffer: jobject,
    bind_len: jint,
) jint {
    _ = class;
    const buf = bufferOf(env, buffer) orelse return code_misuse;
    const entered = handles.enterStmt(stmt) orelse return @intCast(misuse(buf, "statement is closed"));
    defer handles.leave(entered.conn);
    const s = entered.stmt.?;
    if (bind_len >= 0) {
        const code = rebind(s, entered.engine_conn, buf, bind_len);
        if (code != code_ok) return @intCast(code);
    } else if (bind_len != -1) return @intCast(misuse(buf, "step: bad bind length"));
    return @intCast(fillBatch(s, entered.engine_conn, buf));
}

fn fillBatch(s: *handles.Stmt, conn: *engine.Connection, buf: []u8) u32 {
    var used_bytes: usize = batch_header_bytes;
    var rows: u32 = 0;
    const code: u32 = while (rows < batch_rows_max) {
        if (!s.row_pending) {
            // Rows are computed at the first step, so an error comes before any row in
            // practice; should one come later, the query failed and its rows are dropped.
            const result = s.engine_stmt.step() catch |err| return codec.writeEngineError(buf, conn, err);
            if (result == .done) break code_done;
            s.row_pending = true;
        }
        // One pass: encode, and size the row only when it does not fit.
        const written = c_api.encodeRowFitting(s.engine_stmt, buf[used_bytes..]) orelse {
            if (rows > 0) break code_row;
            const size_bytes = c_api.rowSizeBytes(s.engine_stmt);
            writeHeader(buf, 0, s.engine_stmt.columnCount(), size_bytes + batch_header_bytes, used_bytes);
            return code_toobig;
        };
        used_bytes += written;
        s.row_pending = false;
        rows += 1;
    } else code_row;
    writeHeader(buf, rows, s.engine_stmt.columnCount(), 0, used_bytes);
    return code;
}

fn writeHeader(buf: []u8, rows: u32, columns: u32, needed_bytes: usize, used_bytes: usize) void {
    assert(used_bytes <= buf.len);
    std.mem.writeInt(i32, buf[0..4], @intCast(rows), .little);
    std.mem.writeInt(i32, buf[4..8], @intCast(columns), .little);
    std.mem.writeInt(i32, buf[8..12], @intCast(@min(needed_bytes, std.math.maxInt(i32))), .little);
    std.mem.writeInt(i32, buf[12..16], @intCast(used_bytes), .little);
}

/// Runs the statement to its end with the current bindings; returns the rows it changed.
fn runToEnd(s: *handles.Stmt, conn: *engine.Connection) engine.Error!i64 {
    const before = conn.totalChanges();
    var steps: u64 = 0;
    while (try s.engine_stmt.step() == .row) : (steps += 1) {
        assert(steps < update_steps_max);
    }
    s.engine_stmt.reset();
    return conn.totalChanges() - before;
}

/// static native long update(long stmt, ByteBuffer buf, int bindLen);
/// Resets, binds the set in buf, runs to the end and resets. Returns the rows changed (0 for
/// queries and DDL) and writes the last insert rowid at buf[0..8]; or -code with an error block.
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_update(
    env: *JNIEnv,
    class: jclass,
    stmt: jlong,
    buffer: jobject,
    bind_len: jint,
) jlong {
    _ = class;
    const buf = bufferOf(env, buffer) orelse return negative(code_misuse);
    const entered = handles.enterStmt(stmt) orelse return negative(misuse(buf, "statement is closed"));
    defer handles.leave(entered.conn);
    const s = entered.stmt.?;
    const code = rebind(s, entered.engine_conn, buf, bind_len);
    if (code != code_ok) return negative(code);
    const changed = runToEnd(s, entered.engine_conn) catch |err| {
        s.engine_stmt.reset();
        return negative(codec.writeEngineError(buf, entered.engine_conn, err));
    };
    std.mem.writeInt(i64, buf[0..8], entered.engine_conn.lastInsertRowid(), .little);
    assert(changed >= 0);
    return changed;
}

/// static native int batch(long stmt, ByteBuffer buf, int len, int sets);
/// buf[16..len] holds `sets` bind sets. Each is bound and run in turn; its change count is
/// written as i32 at 16 + 4*i (bytes already consumed: every set is at least 4 bytes). Writes
/// i32 sets completed at 0 and i64 last insert rowid at 8. Returns 0, or an error code with the
/// error block at 16 + 4*completed.
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_batch(
    env: *JNIEnv,
    class: jclass,
    stmt: jlong,
    buffer: jobject,
    len: jint,
    sets: jint,
) jint {
    _ = class;
    const buf = bufferOf(env, buffer) orelse return code_misuse;
    const entered = handles.enterStmt(stmt) orelse return @intCast(misuse(buf, "statement is closed"));
    defer handles.leave(entered.conn);
    const in = prefix(buf, len) orelse return @intCast(misuse(buf, "batch: bad length"));
    if (sets < 0 or in.len < batch_header_bytes) return @intCast(misuse(buf, "batch: bad set count"));
    const code = runBatch(entered.stmt.?, entered.engine_conn, buf, in.len, @intCast(sets));
    std.mem.writeInt(i64, buf[8..16], entered.engine_conn.lastInsertRowid(), .little);
    return @intCast(code);
}

fn runBatch(s: *handles.Stmt, conn: *engine.Connection, buf: []u8, len: usize, sets: u32) u32 {
    var reader = codec.Reader{ .in = buf[0..len], .at = batch_header_bytes };
    var done: u32 = 0;
    std.mem.writeInt(i32, buf[0..4], 0, .little);
    while (done < sets) : (done += 1) {
        s.engine_stmt.reset();
        s.engine_stmt.clearBindings();
        const error_at = batch_header_bytes + 4 * @as(usize, done);
        const bound = codec.bindAll(s.engine_stmt, &reader);
        const changed = if (bound) |_| runToEnd(s, conn) else |err| err;
        const count = changed catch |err| {
            s.engine_stmt.reset();
            const out = buf[error_at..];
            if (out.len < codec.error_block_bytes_min) return code_toobig;
            return switch (err) {
                error.Malformed => misuse(out, "batch: malformed bind set"),
                error.Sql, error.OutOfMemory => |e| codec.writeEngineError(out, conn, e),
            };
        };
        assert(reader.at >= error_at + 4);
        std.mem.writeInt(i32, buf[error_at..][0..4], @intCast(@min(count, std.math.maxInt(i32))), .little);
        std.mem.writeInt(i32, buf[0..4], @intCast(done + 1), .little);
        // A set without a row loop never checks the flag itself; stop the batch between sets.
        if (conn.interrupt_requested.load(.monotonic) and done + 1 < sets) {
            const out = buf[error_at + 4 ..];
            if (out.len < codec.error_block_bytes_min) return code_toobig;
            codec.writeError(out, code_interrupt, null, "interrupted");
            return code_interrupt;
        }
    }
    return code_ok;
}

/// static native int reset(long stmt); 0, or MISUSE for a stale handle.
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_reset(env: *JNIEnv, class: jclass, stmt: jlong) jint {
    _ = env;
    _ = class;
    const entered = handles.enterStmt(stmt) orelse return code_misuse;
    defer handles.leave(entered.conn);
    entered.stmt.?.engine_stmt.reset();
    entered.stmt.?.row_pending = false;
    return code_ok;
}

/// static native int finalize(long stmt); 0, or MISUSE for a stale handle (already finalized,
/// or its connection closed, which finalized it).
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_finalize(env: *JNIEnv, class: jclass, stmt: jlong) jint {
    _ = env;
    _ = class;
    return if (handles.finalizeStmt(stmt)) code_ok else code_misuse;
}

/// static native long info(long db, int what); what: 0 changes, 1 total changes, 2 last insert
/// rowid, 3 in a transaction (1/0). A stale handle or unknown `what` answers 0.
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_info(env: *JNIEnv, class: jclass, db: jlong, what: jint) jlong {
    _ = env;
    _ = class;
    const entered = handles.enterConn(db) orelse return 0;
    defer handles.leave(entered.conn);
    const conn = entered.engine_conn;
    return switch (what) {
        0 => conn.changes(),
        1 => conn.totalChanges(),
        2 => conn.lastInsertRowid(),
        3 => @intFromBool(conn.txn != null),
        else => 0,
    };
}

/// static native int interrupt(long db); 0, or MISUSE for a stale handle. Safe from any thread
/// while another is inside a call on the connection (it does not take the connection mutex).
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_interrupt(env: *JNIEnv, class: jclass, db: jlong) jint {
    _ = env;
    _ = class;
    return if (handles.interruptConn(db)) code_ok else code_misuse;
}

/// static native int busyTimeout(long db, int ms); 0, or MISUSE.
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_busyTimeout(env: *JNIEnv, class: jclass, db: jlong, ms: jint) jint {
    _ = env;
    _ = class;
    if (ms < 0) return code_misuse;
    const entered = handles.enterConn(db) orelse return code_misuse;
    defer handles.leave(entered.conn);
    entered.engine_conn.setBusyTimeout(@intCast(ms));
    return code_ok;
}

/// static native int catalog(long db, ByteBuffer buf); writes i32 size then the catalog
/// (jni_codec.writeCatalog) when it fits. Returns 0, or MISUSE.
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_catalog(env: *JNIEnv, class: jclass, db: jlong, buffer: jobject) jint {
    _ = class;
    const buf = bufferOf(env, buffer) orelse return code_misuse;
    const entered = handles.enterConn(db) orelse return @intCast(misuse(buf, "connection is closed"));
    defer handles.leave(entered.conn);
    var w = codec.Writer{ .out = buf[4..] };
    codec.writeCatalog(&w, entered.engine_conn.catalog);
    std.mem.writeInt(i32, buf[0..4], @intCast(@min(w.at, std.math.maxInt(i32))), .little);
    return code_ok;
}

/// static native int stats(long db, ByteBuffer buf); writes the engine statistics (stats.zig
/// order) as little-endian i64s from offset 0, as many as fit; returns how many, or -MISUSE.
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_stats(env: *JNIEnv, class: jclass, db: jlong, buffer: jobject) jint {
    _ = class;
    const buf = bufferOf(env, buffer) orelse return -@as(jint, code_misuse);
    const entered = handles.enterConn(db) orelse return -@as(jint, code_misuse);
    defer handles.leave(entered.conn);
    var values: [stats.count]i64 = undefined;
    const written = stats.fill(entered.engine_conn, values[0..@min(stats.count, buf.len / 8)]);
    for (values[0..written], 0..) |v, i| std.mem.writeInt(i64, buf[i * 8 ..][0..8], v, .little);
    assert(written * 8 <= buf.len);
    return @intCast(written);
}

/// static native int finalizeStatements(long db); finalizes every statement of the connection
/// (their handles go stale: later calls through them are MISUSE), as a pool does when a
/// connection comes back. Returns how many, or -MISUSE when the handle is stale.
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_finalizeStatements(env: *JNIEnv, class: jclass, db: jlong) jint {
    _ = env;
    _ = class;
    const finalized = handles.finalizeStatementsOf(db) orelse return -@as(jint, code_misuse);
    return @intCast(@min(finalized, std.math.maxInt(jint)));
}

comptime {
    _ = stats;
    _ = handles;
    _ = codec;
}

test "jni: a row that does not fit is TOOBIG and kept; malformed binds are MISUSE" {
    const allocator = std.heap.c_allocator;
    const conn = try engine.Connection.open(allocator, ":memory:", .{});
    const db = handles.issueConn(conn).?;
    defer _ = handles.closeConn(db);
    const entered = handles.enterConn(db).?;
    var tail: u32 = 0;
    const stmt = try conn.prepare("SELECT ?, 'a longer text value than fits'", &tail);
    const sh = handles.issueStmt(entered.conn, stmt).?;
    handles.leave(entered.conn);

    var small: [buffer_bytes_min]u8 = undefined;
    // A bind set claiming a 100-byte text with 3 bytes present.
    var bad = [_]u8{ 1, 0, 0, 0, c_api.batch_text, 100, 0, 0, 0, 'a', 'b', 'c' };
    @memcpy(small[0..bad.len], &bad);
    const e = handles.enterStmt(sh).?;
    try std.testing.expectEqual(code_misuse, rebind(e.stmt.?, conn, &small, bad.len));
    try std.testing.expectEqual(code_misuse, rebind(e.stmt.?, conn, &small, -3));
    try std.testing.expectEqual(code_misuse, rebind(e.stmt.?, conn, &small, small.len + 1));
    // Two parameters for a one-parameter statement.
    bad = [_]u8{ 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
    @memcpy(small[0..bad.len], &bad);
    try std.testing.expectEqual(code_misuse, rebind(e.stmt.?, conn, &small, bad.len));
    const good = [_]u8{ 1, 0, 0, 0, c_api.batch_integer, 7, 0, 0, 0, 0, 0, 0, 0 };
    @memcpy(small[0..good.len], &good);
    try std.testing.expectEqual(code_ok, rebind(e.stmt.?, conn, &small, good.len));
    var tiny: [20]u8 = undefined;
    try std.testing.expectEqual(code_toobig, fillBatch(e.stmt.?, conn, &tiny));
    const needed: usize = @intCast(std.mem.readInt(i32, tiny[8..12], .little));
    try std.testing.expect(needed > tiny.len);
    var big: [256]u8 = undefined;
    try std.testing.expectEqual(code_done, fillBatch(e.stmt.?, conn, &big));
    try std.testing.expectEqual(@as(i32, 1), std.mem.readInt(i32, big[0..4], .little));
    try std.testing.expectEqual(c_api.batch_integer, big[batch_header_bytes]);
    handles.leave(e.conn);
    try std.testing.expect(handles.finalizeStmt(sh));
    try std.testing.expect(handles.enterStmt(sh) == null);
}
