//! The JNI handle table: Java holds `long` handles, never pointers. A handle is
//! `(generation << 32) | (slot_index + 1)`, always positive; the slot keeps the generation it was
//! issued with, and freeing a slot bumps it, so a closed, stale or forged handle is found out by a
//! failed lookup (the caller returns MISUSE), never dereferenced.
//!
//! Lifetimes (the part that keeps a JVM alive when threads misuse one connection):
//! - A `Conn` counts its `users` (under the table mutex). Every native call on a connection or on
//!   one of its statements holds a use for its duration, so the `Conn` memory outlives every call
//!   that looked it up. Closing frees the slot at once (later lookups fail), then waits for the
//!   connection mutex, closes the engine connection, and the last user frees the `Conn`.
//! - Each `Conn` has a mutex: calls on one connection and its statements are serialised.
//! - A statement is destroyed only while its connection mutex is held, after its slot was freed.
//!   A call that looked a statement up re-checks the slot after taking the mutex
//!   (`Entered.valid`), so it never touches a statement a concurrent finalize destroyed.
//! - Closing a connection frees the slots of all its statements, so their handles go stale too;
//!   finalizing one of them later is a harmless MISUSE (the Java side treats it as a no-op).
const std = @import("std");
const assert = std.debug.assert;
const engine = @import("sql/engine.zig");

const allocator = std.heap.c_allocator;

/// The most handles alive at once (connections plus statements): a bound on every table scan.
pub const slots_max: u32 = 1 << 20;
const generation_max: u32 = (1 << 31) - 1;

pub const Conn = struct {
    engine_conn: ?*engine.Connection,
    mutex: std.Thread.Mutex = .{},
    /// Calls in flight plus the table's own reference (dropped at close). Under `table.mutex`.
    users: u32 = 1,
    /// Statements being destroyed by close: an intrusive list, built under `table.mutex`.
    doomed: ?*Stmt = null,
};

pub const Stmt = struct {
    engine_stmt: *engine.Statement,
    conn: *Conn,
    /// A batch stopped at a row that did not fit: encode it first next time.
    row_pending: bool = false,
    next_doomed: ?*Stmt = null,
};

const Slot = struct {
    generation: u32 = 1,
    item: union(enum) { free, conn: *Conn, stmt: *Stmt } = .free,
};

const Table = struct {
    mutex: std.Thread.Mutex = .{},
    slots: std.ArrayListUnmanaged(Slot) = .{},
    free_list: std.ArrayListUnmanaged(u32) = .{},
};
var table: Table = .{};

fn handleOf(index: u32, generation: u32) i64 {
    assert(generation >= 1 and generation <= generation_max);
    const handle: i64 = (@as(i64, generation) << 32) | @as(i64, index + 1);
    assert(handle > 0);
    return handle;
}

/// The slot a handle names, when its generation still matches. Caller holds `table.mutex`.
fn slotOf(handle: i64) ?*Slot {
    if (handle <= 0) return null;
    const low: u64 = @as(u64, @bitCast(handle)) & 0xffff_ffff;
    const generation: u64 = @as(u64, @bitCast(handle)) >> 32;
    if (low == 0 or low > table.slots.items.len) return null;
    const slot = &table.slots.items[@intCast(low - 1)];
    if (slot.generation != generation) return null;
    return slot;
}

/// Stores `item` in a free slot; returns its handle, or null when out of memory or slots.
fn issue(item: @TypeOf(@as(Slot, undefined).item)) ?i64 {
    assert(item != .free);
    table.mutex.lock();
    defer table.mutex.unlock();
    const index: u32 = table.free_list.popOrNull() orelse blk: {
        if (table.slots.items.len >= slots_max) return null;
        // Room to free every slot later without allocating (release cannot fail).
        table.free_list.ensureTotalCapacity(allocator, table.slots.items.len + 1) catch return null;
        table.slots.append(allocator, .{}) catch return null;
        break :blk @intCast(table.slots.items.len - 1);
    };
    const slot = &table.slots.items[index];
    assert(slot.item == .free);
    slot.item = item;
    return handleOf(index, slot.generation);
}

/// Frees a slot (caller holds `table.mutex`): the generation moves on, so old handles go stale.
fn release(slot: *Slot) void {
    assert(slot.item != .free);
    const index: u32 = @intCast((@intFromPtr(slot) - @intFromPtr(table.slots.items.ptr)) / @sizeOf(Slot));
    slot.item = .free;
    slot.generation = if (slot.generation == generation_max) 1 else slot.generation + 1;
    // Capacity for one more was reserved when the slot was created.
    table.free_list.appendAssumeCapacity(index);
}

pub fn issueConn(engine_conn: *engine.Connection) ?i64 {
    const conn = allocator.create(Conn) catch return null;
    conn.* = .{ .engine_conn = engine_conn };
    return issue(.{ .conn = conn }) orelse {
        allocator.destroy(conn);
        return null;
    };
}

/// Registers a statement of `conn`; the caller is inside `enterConn`/`enterStmt` on it.
pub fn issueStmt(conn: *Conn, engine_stmt: *engine.Statement) ?i64 {
    const stmt = allocator.create(Stmt) catch return null;
    stmt.* = .{ .engine_stmt = engine_stmt, .conn = conn };
    return issue(.{ .stmt = stmt }) orelse {
        allocator.destroy(stmt);
        return null;
    };
}

/// A call inside a connection: its mutex is held and a use counted. End with `leave`.
pub const Entered = struct {
    conn: *Conn,
    engine_conn: *engine.Connection,
    stmt: ?*Stmt,
};

/// Looks up a connection handle, counts a use and locks its mutex; null when stale or closed.
pub fn enterConn(handle: i64) ?Entered {
    const conn = blk: {
        table.mutex.lock();
        defer table.mutex.unlock();
        const slot = slotOf(handle) orelse return null;
        if (slot.item != .conn) return null;
        slot.item.conn.users += 1;
        break :blk slot.item.conn;
    };
    conn.mutex.lock();
    const engine_conn = conn.engine_conn orelse {
        leave(conn);
        return null;
    };
    return .{ .conn = conn, .engine_conn = engine_conn, .stmt = null };
}

/// Looks up a statement handle as `enterConn` does, re-checking it once the mutex is held.
pub fn enterStmt(handle: i64) ?Entered {
    const conn = blk: {
        table.mutex.lock();
        defer table.mutex.unlock();
        const slot = slotOf(handle) orelse return null;
        if (slot.item != .stmt) return null;
        slot.item.stmt.conn.users += 1;
        break :blk slot.item.stmt.conn;
    };
    conn.mutex.lock();
    const stmt = blk: {
        table.mutex.lock();
        defer table.mutex.unlock();
        const slot = slotOf(handle) orelse break :blk null;
        break :blk if (slot.item == .stmt) slot.item.stmt else null;
    };
    const engine_conn = conn.engine_conn orelse {
        leave(conn);
        return null;
    };
    const s = stmt orelse {
        leave(conn);
        return null;
    };
    assert(s.conn == conn);
    return .{ .conn = conn, .engine_conn = engine_conn, .stmt = s };
}

/// Unlocks the connection and drops the use; the last user of a closed connection frees it.
pub fn leave(conn: *Conn) void {
    conn.mutex.unlock();
    const last = blk: {
        table.mutex.lock();
        defer table.mutex.unlock();
        assert(conn.users > 0);
        conn.users -= 1;
        break :blk conn.users == 0;
    };
    if (last) {
        assert(conn.engine_conn == null);
        allocator.destroy(conn);
    }
}

/// Interrupts the statement running on a connection (engine.Connection.interrupt) without
/// taking its mutex, which that statement holds. False when the handle is stale.
pub fn interruptConn(handle: i64) bool {
    table.mutex.lock();
    defer table.mutex.unlock();
    const slot = slotOf(handle) orelse return false;
    if (slot.item != .conn) return false;
    // The slot is live, so closeConn has not released it, hence not closed the engine
    // connection yet: that happens after the release, which needs `table.mutex`.
    const engine_conn = slot.item.conn.engine_conn orelse return false;
    engine_conn.interrupt();
    return true;
}

/// Frees a statement handle and destroys the statement. False when the handle is stale.
pub fn finalizeStmt(handle: i64) bool {
    const entered = enterStmt(handle) orelse return false;
    const stmt = entered.stmt.?;
    {
        table.mutex.lock();
        defer table.mutex.unlock();
        const slot = slotOf(handle).?;
        release(slot);
    }
    stmt.engine_stmt.finalize();
    allocator.destroy(stmt);
    leave(entered.conn);
    return true;
}

/// Frees a connection handle and every statement handle of it, then closes the engine
/// connection once calls in flight are done. False when the handle is stale.
pub fn closeConn(handle: i64) bool {
    const conn = blk: {
        table.mutex.lock();
        defer table.mutex.unlock();
        const slot = slotOf(handle) orelse return false;
        if (slot.item != .conn) return false;
        const conn = slot.item.conn;
        release(slot);
        doomStatementsOf(conn);
        // The table's reference becomes this call's use.
        break :blk conn;
    };
    conn.mutex.lock();
    var doomed = conn.doomed;
    var count: u32 = 0;
    while (doomed) |stmt| : (count += 1) {
        assert(count < slots_max);
        doomed = stmt.next_doomed;
        stmt.engine_stmt.finalize();
        allocator.destroy(stmt);
    }
    conn.doomed = null;
    const engine_conn = conn.engine_conn.?;
    conn.engine_conn = null;
    engine_conn.close();
    leave(conn);
    return true;
}

/// Frees every statement handle of a live connection and destroys the statements, leaving the
/// connection open (a pool's reset). Null when the handle is not a live connection.
pub fn finalizeStatementsOf(handle: i64) ?u32 {
    const entered = enterConn(handle) orelse return null;
    defer leave(entered.conn);
    const conn = entered.conn;
    // Under the table mutex, which a racing close also dooms under: a close that already ran
    // its first half owns `conn.doomed` (and left no statement slots for us to find).
    var doomed = blk: {
        table.mutex.lock();
        defer table.mutex.unlock();
        const prior = conn.doomed;
        conn.doomed = null;
        doomStatementsOf(conn);
        const list = conn.doomed;
        conn.doomed = prior;
        break :blk list;
    };
    var count: u32 = 0;
    while (doomed) |stmt| : (count += 1) {
        assert(count < slots_max);
        assert(stmt.conn == conn);
        doomed = stmt.next_doomed;
        stmt.engine_stmt.finalize();
        allocator.destroy(stmt);
    }
    return count;
}

/// Frees the slots of a connection's statements and chains them for destruction.
fn doomStatementsOf(conn: *Conn) void {
    for (table.slots.items) |*slot| {
        switch (slot.item) {
            .stmt => |stmt| if (stmt.conn == conn) {
                stmt.next_doomed = conn.doomed;
                conn.doomed = stmt;
                release(slot);
            },
            else => {},
        }
    }
}

test "handles: stale, forged and reused handles are refused" {
    const c1 = try engine.Connection.open(allocator, ":memory:", .{});
    const h1 = issueConn(c1).?;
    try std.testing.expect(h1 > 0);
    var tail: u32 = 0;
    const e = enterConn(h1).?;
    const s1 = try e.engine_conn.prepare("SELECT 1", &tail);
    const sh1 = issueStmt(e.conn, s1).?;
    leave(e.conn);
    try std.testing.expect(enterStmt(h1) == null);
    try std.testing.expect(enterConn(sh1) == null);
    try std.testing.expect(enterConn(0) == null);
    try std.testing.expect(enterConn(-5) == null);
    try std.testing.expect(enterConn(h1 + (1 << 32)) == null);
    try std.testing.expect(enterConn(std.math.maxInt(i64)) == null);
    try std.testing.expect(closeConn(h1));
    try std.testing.expect(!closeConn(h1));
    try std.testing.expect(enterStmt(sh1) == null);
    try std.testing.expect(!finalizeStmt(sh1));
    // A new connection may reuse the slot; the old handle must still be refused.
    const c2 = try engine.Connection.open(allocator, ":memory:", .{});
    const h2 = issueConn(c2).?;
    try std.testing.expect(h2 != h1);
    try std.testing.expect(enterConn(h1) == null);
    try std.testing.expect(closeConn(h2));
}

test "handles: finalizing a connection's statements leaves it open and other connections alone" {
    const c1 = try engine.Connection.open(allocator, ":memory:", .{});
    const c2 = try engine.Connection.open(allocator, ":memory:", .{});
    const h1 = issueConn(c1).?;
    const h2 = issueConn(c2).?;
    var tail: u32 = 0;
    const e1 = enterConn(h1).?;
    const a = issueStmt(e1.conn, try c1.prepare("SELECT 1", &tail)).?;
    const b = issueStmt(e1.conn, try c1.prepare("SELECT 2", &tail)).?;
    leave(e1.conn);
    const e2 = enterConn(h2).?;
    const other = issueStmt(e2.conn, try c2.prepare("SELECT 3", &tail)).?;
    leave(e2.conn);
    try std.testing.expectEqual(@as(?u32, 2), finalizeStatementsOf(h1));
    try std.testing.expect(enterStmt(a) == null);
    try std.testing.expect(!finalizeStmt(b));
    try std.testing.expectEqual(@as(?u32, 0), finalizeStatementsOf(h1));
    const still = enterConn(h1).?;
    leave(still.conn);
    try std.testing.expect(finalizeStmt(other));
    try std.testing.expect(closeConn(h1));
    try std.testing.expect(closeConn(h2));
    try std.testing.expectEqual(@as(?u32, null), finalizeStatementsOf(h1));
}
