//! File I/O for the storage layer: one small `File` interface with two implementations.
//!
//! - `OsFile`: a real file (pread/pwrite/fdatasync/ftruncate). Reads loop over short reads and EINTR;
//!   `lock` takes an advisory `flock(LOCK_EX|LOCK_NB)`, so a second process (or a second open file
//!   description in this process) gets `error.Locked` instead of corrupting the database. `sync`
//!   is fdatasync, as in SQLite on Linux: it makes the data and the metadata needed to read it
//!   (the file size) durable, and skips timestamps, which roughly halves a commit's wait.
//! - `SimFile`: an in-memory file for tests and for `:memory:` databases. It remembers which writes
//!   happened since the last `sync`; `crash(random)` simulates power loss the way SQLite's crash
//!   tests do: each unsynced write is dropped, kept, or kept with a garbled sub-range, in order.
//!   `fail_after_ops` makes the file "die" after a number of operations (every later operation
//!   fails with `error.IoError`), which is how tests stop a process at a random moment. With
//!   `never_lose` (used for `:memory:`) nothing is tracked and nothing is ever lost.
//!
//! Invariants: a `File` is used through its vtable only; offsets and sizes are u64 bytes; reads
//! past the end return fewer bytes (never an error), so callers decide what a short read means.
//! SimFile is thread-safe (one mutex) because the pager reads from many threads.
const std = @import("std");
const assert = std.debug.assert;
const errors = @import("errors.zig");

pub const Error = errors.Error;

/// A file handle. `ptr` is the implementation; `vtable` its operations.
pub const File = struct {
    ptr: *anyopaque,
    vtable: *const VTable,

    pub const VTable = struct {
        read_at: *const fn (ptr: *anyopaque, buffer: []u8, offset_bytes: u64) Error!usize,
        write_at: *const fn (ptr: *anyopaque, bytes: []const u8, offset_bytes: u64) Error!void,
        sync: *const fn (ptr: *anyopaque) Error!void,
        size: *const fn (ptr: *anyopaque) Error!u64,
        truncate: *const fn (ptr: *anyopaque, size_bytes: u64) Error!void,
        lock: *const fn (ptr: *anyopaque) Error!void,
        close: *const fn (ptr: *anyopaque) void,
    };

    /// Reads up to `buffer.len` bytes at `offset_bytes`; fewer only at the end of the file.
    pub fn readAt(file: File, buffer: []u8, offset_bytes: u64) Error!usize {
        const n = try file.vtable.read_at(file.ptr, buffer, offset_bytes);
        assert(n <= buffer.len);
        return n;
    }

    /// Reads exactly `buffer.len` bytes or returns `error.Corrupt` (the file is too short).
    pub fn readAllAt(file: File, buffer: []u8, offset_bytes: u64) Error!void {
        const n = try file.readAt(buffer, offset_bytes);
        if (n != buffer.len) {
            return errors.corrupt(@src(), "short read: {d} of {d} bytes at offset {d}", .{
                n, buffer.len, offset_bytes,
            });
        }
    }

    pub fn writeAt(file: File, bytes: []const u8, offset_bytes: u64) Error!void {
        return file.vtable.write_at(file.ptr, bytes, offset_bytes);
    }

    pub fn sync(file: File) Error!void {
        return file.vtable.sync(file.ptr);
    }

    pub fn size(file: File) Error!u64 {
        return file.vtable.size(file.ptr);
    }

    pub fn truncate(file: File, size_bytes: u64) Error!void {
        return file.vtable.truncate(file.ptr, size_bytes);
    }

    /// Takes the advisory exclusive lock; `error.Locked` when someone else holds it.
    pub fn lock(file: File) Error!void {
        return file.vtable.lock(file.ptr);
    }

    /// Releases the handle (and its lock). For an OsFile this frees it; a SimFile's contents stay.
    pub fn close(file: File) void {
        file.vtable.close(file.ptr);
    }
};

pub const OpenFlags = struct {
    create: bool = true,
    read_only: bool = false,
};

/// A real file descriptor. Heap-allocated so `File.ptr` stays valid.
pub const OsFile = struct {
    allocator: std.mem.Allocator,
    fd: std.posix.fd_t,

    const vtable: File.VTable = .{
        .read_at = readAtImpl,
        .write_at = writeAtImpl,
        .sync = syncImpl,
        .size = sizeImpl,
        .truncate = truncateImpl,
        .lock = lockImpl,
        .close = closeImpl,
    };

    pub fn open(allocator: std.mem.Allocator, path: []const u8, flags: OpenFlags) Error!File {
        assert(path.len > 0);
        const fd = std.posix.open(path, .{
            .ACCMODE = if (flags.read_only) .RDONLY else .RDWR,
            .CREAT = flags.create and !flags.read_only,
            .CLOEXEC = true,
        }, 0o644) catch |err| {
            std.log.scoped(.zqlite).warn("cannot open {s}: {s}", .{ path, @errorName(err) });
            return switch (err) {
                error.NoSpaceLeft => error.NoSpace,
                error.SystemResources => error.OutOfMemory,
                else => error.IoError,
            };
        };
        errdefer std.posix.close(fd);
        const self = try allocator.create(OsFile);
        self.* = .{ .allocator = allocator, .fd = fd };
        return .{ .ptr = self, .vtable = &vtable };
    }

    fn cast(ptr: *anyopaque) *OsFile {
        return @ptrCast(@alignCast(ptr));
    }

    fn readAtImpl(ptr: *anyopaque, buffer: []u8, offset_bytes: u64) Error!usize {
        const self = cast(ptr);
        var done: usize = 0;
        // Bounded: every iteration reads at least one byte or stops.
        while (done < buffer.len) {
            const n = std.posix.pread(self.fd, buffer[done..], offset_bytes + done) catch {
                return error.IoError;
            };
            if (n == 0) break;
            done += n;
        }
        return done;
    }

    fn writeAtImpl(ptr: *anyopaque, bytes: []const u8, offset_bytes: u64) Error!void {
        const self = cast(ptr);
        var done: usize = 0;
        while (done < bytes.len) {
            const n = std.posix.pwrite(self.fd, bytes[done..], offset_bytes + done) catch |err| {
                return switch (err) {
                    error.NoSpaceLeft, error.DiskQuota => error.NoSpace,
                    error.NotOpenForWriting => error.ReadOnly,
                    else => error.IoError,
                };
            };
            if (n == 0) return error.IoError;
            done += n;
        }
    }

    fn syncImpl(ptr: *anyopaque) Error!void {
        std.posix.fdatasync(cast(ptr).fd) catch |err| return switch (err) {
            error.NoSpaceLeft, error.DiskQuota => error.NoSpace,
            else => error.IoError,
        };
    }

    fn sizeImpl(ptr: *anyopaque) Error!u64 {
        const stat = std.posix.fstat(cast(ptr).fd) catch return error.IoError;
        return @intCast(stat.size);
    }

    fn truncateImpl(ptr: *anyopaque, size_bytes: u64) Error!void {
        std.posix.ftruncate(cast(ptr).fd, size_bytes) catch return error.IoError;
    }

    fn lockImpl(ptr: *anyopaque) Error!void {
        const lock_flags = std.posix.LOCK.EX | std.posix.LOCK.NB;
        std.posix.flock(cast(ptr).fd, lock_flags) catch |err| switch (err) {
            error.WouldBlock => {
                std.log.scoped(.zqlite).warn("database file is locked by another process", .{});
                return error.Locked;
            },
            else => return error.IoError,
        };
    }

    fn closeImpl(ptr: *anyopaque) void {
        const self = cast(ptr);
        std.posix.close(self.fd); // Also drops the flock.
        self.allocator.destroy(self);
    }
};

/// A countdown of I/O operations shared by several SimFiles; at zero, every one of them dies.
pub const PowerCut = struct {
    mutex: std.Thread.Mutex = .{},
    ops_left: u64,
    cut: bool = false,

    fn tick(self: *PowerCut) bool {
        self.mutex.lock();
        defer self.mutex.unlock();
        if (self.cut) return false;
        if (self.ops_left == 0) {
            self.cut = true;
            return false;
        }
        self.ops_left -= 1;
        return true;
    }
};

/// An in-memory file that can lose its unsynced writes. The SimFile outlives the `File` handles
/// made from it (`file()`), so a test can crash it and open it again.
pub const SimFile = struct {
    allocator: std.mem.Allocator,
    mutex: std.Thread.Mutex = .{},
    /// What survives a crash: contents as of the last sync.
    durable: std.ArrayListUnmanaged(u8) = .{},
    /// What reads see.
    current: std.ArrayListUnmanaged(u8) = .{},
    /// Writes and truncates since the last sync, oldest first; empty when `never_lose`.
    pending: std.ArrayListUnmanaged(PendingOp) = .{},
    never_lose: bool,
    locked: bool = false,
    /// When set, counts down on every operation; at zero the file dies (all operations fail).
    fail_after_ops: ?u64 = null,
    /// When set, shared by several files: the first to reach zero kills all of them (a power
    /// cut takes the whole machine down, not one file).
    power_cut: ?*PowerCut = null,
    dead: bool = false,
    sync_count: u64 = 0,
    /// Makes `sync` take this long (outside the lock, so writes proceed meanwhile), like a disk.
    sync_delay_us: u32 = 0,

    const PendingOp = struct {
        offset_bytes: u64,
        /// Written bytes (owned); null for a truncate to `offset_bytes`.
        data: ?[]u8,
    };

    const vtable: File.VTable = .{
        .read_at = readAtImpl,
        .write_at = writeAtImpl,
        .sync = syncImpl,
        .size = sizeImpl,
        .truncate = truncateImpl,
        .lock = lockImpl,
        .close = closeImpl,
    };

    pub fn create(allocator: std.mem.Allocator, never_lose: bool) Error!*SimFile {
        const self = try allocator.create(SimFile);
        self.* = .{ .allocator = allocator, .never_lose = never_lose };
        return self;
    }

    pub fn destroy(self: *SimFile) void {
        assert(!self.locked);
        self.clearPending();
        self.durable.deinit(self.allocator);
        self.current.deinit(self.allocator);
        self.pending.deinit(self.allocator);
        self.allocator.destroy(self);
    }

    /// A handle on this file; closing it releases the lock but keeps the contents.
    pub fn file(self: *SimFile) File {
        return .{ .ptr = self, .vtable = &vtable };
    }

    fn cast(ptr: *anyopaque) *SimFile {
        return @ptrCast(@alignCast(ptr));
    }

    fn clearPending(self: *SimFile) void {
        for (self.pending.items) |op| {
            if (op.data) |data| self.allocator.free(data);
        }
        self.pending.clearRetainingCapacity();
    }

    /// Counts one operation against `fail_after_ops`; false when the file is (now) dead.
    fn tick(self: *SimFile) bool {
        if (self.dead) return false;
        if (self.power_cut) |power_cut| {
            if (!power_cut.tick()) {
                self.dead = true;
                return false;
            }
        }
        if (self.fail_after_ops) |*left| {
            if (left.* == 0) {
                self.dead = true;
                return false;
            }
            left.* -= 1;
        }
        return true;
    }

    fn readAtImpl(ptr: *anyopaque, buffer: []u8, offset_bytes: u64) Error!usize {
        const self = cast(ptr);
        self.mutex.lock();
        defer self.mutex.unlock();
        if (!self.tick()) return error.IoError;
        const len = self.current.items.len;
        if (offset_bytes >= len) return 0;
        const start: usize = @intCast(offset_bytes);
        const n = @min(buffer.len, len - start);
        @memcpy(buffer[0..n], self.current.items[start..][0..n]);
        return n;
    }

    fn writeAtImpl(ptr: *anyopaque, bytes: []const u8, offset_bytes: u64) Error!void {
        const self = cast(ptr);
        self.mutex.lock();
        defer self.mutex.unlock();
        if (!self.tick()) return error.IoError;
        try applyWrite(self.allocator, &self.current, bytes, offset_bytes);
        if (self.never_lose) return;
        const copy = try self.allocator.dupe(u8, bytes);
        errdefer self.allocator.free(copy);
        try self.pending.append(self.allocator, .{ .offset_bytes = offset_bytes, .data = copy });
    }

    fn applyWrite(
        allocator: std.mem.Allocator,
        target: *std.ArrayListUnmanaged(u8),
        bytes: []const u8,
        offset_bytes: u64,
    ) Error!void {
        const start: usize = @intCast(offset_bytes);
        const end = start + bytes.len;
        if (end > target.items.len) {
            const old_len = target.items.len;
            try target.resize(allocator, end);
            if (start > old_len) @memset(target.items[old_len..start], 0);
        }
        @memcpy(target.items[start..end], bytes);
    }

    fn applyTruncate(
        allocator: std.mem.Allocator,
        target: *std.ArrayListUnmanaged(u8),
        size_bytes: u64,
    ) Error!void {
        const old_len = target.items.len;
        try target.resize(allocator, @intCast(size_bytes));
        if (size_bytes > old_len) @memset(target.items[old_len..], 0);
    }

    fn syncImpl(ptr: *anyopaque) Error!void {
        const self = cast(ptr);
        const delay_ns = @as(u64, self.sync_delay_us) * std.time.ns_per_us;
        if (delay_ns > 0) std.time.sleep(delay_ns);
        self.mutex.lock();
        defer self.mutex.unlock();
        if (!self.tick()) return error.IoError;
        self.sync_count += 1;
        if (self.never_lose) return;
        for (self.pending.items) |op| {
            if (op.data) |data| {
                try applyWrite(self.allocator, &self.durable, data, op.offset_bytes);
            } else {
                try applyTruncate(self.allocator, &self.durable, op.offset_bytes);
            }
        }
        self.clearPending();
        assert(self.durable.items.len == self.current.items.len);
    }

    fn sizeImpl(ptr: *anyopaque) Error!u64 {
        const self = cast(ptr);
        self.mutex.lock();
        defer self.mutex.unlock();
        if (!self.tick()) return error.IoError;
        return self.current.items.len;
    }

    fn truncateImpl(ptr: *anyopaque, size_bytes: u64) Error!void {
        const self = cast(ptr);
        self.mutex.lock();
        defer self.mutex.unlock();
        if (!self.tick()) return error.IoError;
        try applyTruncate(self.allocator, &self.current, size_bytes);
        if (self.never_lose) return;
        try self.pending.append(self.allocator, .{ .offset_bytes = size_bytes, .data = null });
    }

    fn lockImpl(ptr: *anyopaque) Error!void {
        const self = cast(ptr);
        self.mutex.lock();
        defer self.mutex.unlock();
        if (self.locked) return error.Locked;
        self.locked = true;
    }

    fn closeImpl(ptr: *anyopaque) void {
        const self = cast(ptr);
        self.mutex.lock();
        defer self.mutex.unlock();
        self.locked = false;
    }

    /// Simulates power loss: every write since the last sync is dropped, kept, or kept with a
    /// random sub-range garbled; truncates are kept or dropped. Revives a dead file.
    pub fn crash(self: *SimFile, random: std.Random) Error!void {
        self.mutex.lock();
        defer self.mutex.unlock();
        assert(!self.never_lose);
        for (self.pending.items) |op| {
            const choice = random.uintLessThan(u8, 3);
            if (choice == 0) continue; // Dropped.
            if (op.data) |data| {
                if (choice == 2 and data.len > 0) garble(random, data);
                try applyWrite(self.allocator, &self.durable, data, op.offset_bytes);
            } else {
                try applyTruncate(self.allocator, &self.durable, op.offset_bytes);
            }
        }
        self.clearPending();
        try self.current.resize(self.allocator, self.durable.items.len);
        @memcpy(self.current.items, self.durable.items);
        self.dead = false;
        self.fail_after_ops = null;
        self.power_cut = null;
        self.locked = false;
    }

    fn garble(random: std.Random, data: []u8) void {
        assert(data.len > 0);
        const start = random.uintLessThan(usize, data.len);
        const end = start + 1 + random.uintLessThan(usize, data.len - start);
        assert(end <= data.len);
        random.bytes(data[start..end]);
    }
};

const testing = std.testing;

test "SimFile: synced writes survive a crash, reads see unsynced writes" {
    var sim = try SimFile.create(testing.allocator, false);
    defer sim.destroy();
    const f = sim.file();
    try f.writeAt("hello", 0);
    try f.sync();
    try f.writeAt("world", 5);
    var buffer: [16]u8 = undefined;
    try testing.expectEqual(@as(usize, 10), try f.readAt(&buffer, 0));
    try testing.expectEqualStrings("helloworld", buffer[0..10]);
    var prng = std.Random.DefaultPrng.init(1);
    try sim.crash(prng.random());
    const n = try f.readAt(&buffer, 0);
    try testing.expect(n == 5 or n == 10);
    try testing.expectEqualStrings("hello", buffer[0..5]);
}

test "SimFile: crash drops, keeps and garbles unsynced writes" {
    var seen_dropped = false;
    var seen_kept = false;
    var seen_garbled = false;
    var seed: u64 = 0;
    while (seed < 64) : (seed += 1) {
        var sim = try SimFile.create(testing.allocator, false);
        defer sim.destroy();
        const f = sim.file();
        try f.writeAt(&([_]u8{0xAA} ** 64), 0);
        try f.sync();
        try f.writeAt(&([_]u8{0x55} ** 64), 0);
        var prng = std.Random.DefaultPrng.init(seed);
        try sim.crash(prng.random());
        var buffer: [64]u8 = undefined;
        try f.readAllAt(&buffer, 0);
        const all_old = std.mem.allEqual(u8, &buffer, 0xAA);
        const all_new = std.mem.allEqual(u8, &buffer, 0x55);
        seen_dropped = seen_dropped or all_old;
        seen_kept = seen_kept or all_new;
        seen_garbled = seen_garbled or (!all_old and !all_new);
    }
    try testing.expect(seen_dropped and seen_kept and seen_garbled);
}

test "SimFile: fail_after_ops kills the file until crash" {
    var sim = try SimFile.create(testing.allocator, false);
    defer sim.destroy();
    const f = sim.file();
    sim.fail_after_ops = 1;
    try f.writeAt("a", 0);
    try testing.expectError(error.IoError, f.writeAt("b", 1));
    try testing.expectError(error.IoError, f.sync());
    var prng = std.Random.DefaultPrng.init(3);
    try sim.crash(prng.random());
    try f.writeAt("c", 0);
}

test "SimFile: never_lose keeps everything and locks like flock" {
    var sim = try SimFile.create(testing.allocator, true);
    defer sim.destroy();
    const f = sim.file();
    try f.writeAt("abc", 2);
    try f.truncate(4);
    try testing.expectEqual(@as(u64, 4), try f.size());
    var buffer: [4]u8 = undefined;
    try f.readAllAt(&buffer, 0);
    try testing.expectEqualSlices(u8, &[_]u8{ 0, 0, 'a', 'b' }, &buffer);
    try f.lock();
    try testing.expectError(error.Locked, f.lock());
    f.close();
    try f.lock();
    f.close();
}

test "OsFile: read/write/size/truncate and a second open is Locked" {
    var tmp = testing.tmpDir(.{});
    defer tmp.cleanup();
    var path_buffer: [std.fs.max_path_bytes]u8 = undefined;
    const dir_path = try tmp.dir.realpath(".", &path_buffer);
    const path = try std.fs.path.join(testing.allocator, &.{ dir_path, "io_test.db" });
    defer testing.allocator.free(path);

    const a = try OsFile.open(testing.allocator, path, .{});
    defer a.close();
    try a.lock();
    try a.writeAt("0123456789", 0);
    try a.sync();
    try testing.expectEqual(@as(u64, 10), try a.size());
    var buffer: [20]u8 = undefined;
    try testing.expectEqual(@as(usize, 4), try a.readAt(&buffer, 6));
    try a.truncate(3);
    try testing.expectEqual(@as(u64, 3), try a.size());
    try testing.expectError(error.Corrupt, a.readAllAt(&buffer, 0));

    // flock is per open file description: a second open conflicts, like a second process.
    const b = try OsFile.open(testing.allocator, path, .{});
    defer b.close();
    try testing.expectError(error.Locked, b.lock());
}
