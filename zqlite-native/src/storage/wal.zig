//! The write-ahead log: its on-disk format, crash recovery, and the in-memory WAL index.
//!
//! Format (docs/zqlite-file-format.md section 3). All integers little-endian.
//!
//!   WAL header, 32 bytes at offset 0:
//!     0  u32 magic 0x4C57515A ("ZQWL" read as bytes)     16 u32 salt 1
//!     4  u32 format version (1)                           20 u32 salt 2
//!     8  u32 page size in bytes                           24 u64 checksum = Wyhash(0, bytes 0..24)
//!    12  u32 checkpoint sequence (+1 at each WAL reset)
//!
//!   Frame i (1-based) at 32 + (i - 1) * (24 + page_size): a 24-byte frame header, then the page.
//!     0  u32 page number (>= 1)
//!     4  u32 commit marker: database size in pages on the last frame of a transaction, else 0
//!     8  u32 salt 1, 12 u32 salt 2 (copied from the WAL header)
//!    16  u64 checksum = Wyhash(seed = checksum of the previous frame (the header's for frame 1),
//!                              frame header bytes 0..16 ++ page image)
//!
//! Chaining the checksum makes a frame valid only after every earlier frame is valid and in
//! order, so a torn, garbled, reordered or stale frame (left over from before a WAL reset: its
//! salts differ) ends the log. Recovery (`recover`) scans frames from the start, keeps those up to
//! the last valid commit marker and ignores the rest; a transaction is durable exactly when its
//! commit frame and everything before it reached the disk.
//!
//! The WAL index (`WalIndex`) maps page number -> ascending frame numbers of committed frames.
//! "Latest version of page P visible at snapshot S" is a binary search for the largest frame <= S.
//! It is shared by all connections of a database. Lookups take the RwLock shared for a few
//! hundred nanoseconds; the writer takes it exclusively only to append a committed transaction's
//! frames (memory work, no I/O), so readers are never blocked for long.
const std = @import("std");
const assert = std.debug.assert;
const errors = @import("errors.zig");
const io = @import("io.zig");
const header_page = @import("header.zig");

pub const wal_magic: u32 = 0x4C57515A;
pub const wal_version: u32 = 1;
pub const wal_header_size_bytes: u32 = 32;
pub const frame_header_size_bytes: u32 = 24;

pub const WalHeader = struct {
    page_size_bytes: u32,
    checkpoint_seq: u32,
    salt1: u32,
    salt2: u32,
    /// Seeds the first frame's checksum.
    checksum: u64 = 0,
};

pub const FrameHeader = struct {
    page_no: u32,
    /// Database size in pages when this frame ends a transaction, else 0.
    commit_size_pages: u32,
    salt1: u32,
    salt2: u32,
    checksum: u64,
};

pub fn frameSizeBytes(page_size_bytes: u32) u64 {
    return @as(u64, frame_header_size_bytes) + page_size_bytes;
}

/// Byte offset of frame `frame_no` (1-based).
pub fn frameOffset(frame_no: u32, page_size_bytes: u32) u64 {
    assert(frame_no >= 1);
    return wal_header_size_bytes + @as(u64, frame_no - 1) * frameSizeBytes(page_size_bytes);
}

/// Encodes `h` (computing its checksum) into 32 bytes; returns the checksum.
pub fn encodeWalHeader(h: WalHeader, out: *[wal_header_size_bytes]u8) u64 {
    assert(header_page.validPageSize(h.page_size_bytes));
    std.mem.writeInt(u32, out[0..4], wal_magic, .little);
    std.mem.writeInt(u32, out[4..8], wal_version, .little);
    std.mem.writeInt(u32, out[8..12], h.page_size_bytes, .little);
    std.mem.writeInt(u32, out[12..16], h.checkpoint_seq, .little);
    std.mem.writeInt(u32, out[16..20], h.salt1, .little);
    std.mem.writeInt(u32, out[20..24], h.salt2, .little);
    const sum = std.hash.Wyhash.hash(0, out[0..24]);
    std.mem.writeInt(u64, out[24..32], sum, .little);
    return sum;
}

/// Decodes a WAL header; `error.Corrupt` for anything but a valid header.
pub fn decodeWalHeader(bytes: []const u8) errors.Error!WalHeader {
    if (bytes.len < wal_header_size_bytes) return errors.corrupt(@src(), "wal: short header", .{});
    if (std.mem.readInt(u32, bytes[0..4], .little) != wal_magic or
        std.mem.readInt(u32, bytes[4..8], .little) != wal_version)
    {
        return errors.corrupt(@src(), "wal: bad magic or version", .{});
    }
    const sum = std.mem.readInt(u64, bytes[24..32], .little);
    if (sum != std.hash.Wyhash.hash(0, bytes[0..24])) {
        return errors.corrupt(@src(), "wal: bad header checksum", .{});
    }
    const h: WalHeader = .{
        .page_size_bytes = std.mem.readInt(u32, bytes[8..12], .little),
        .checkpoint_seq = std.mem.readInt(u32, bytes[12..16], .little),
        .salt1 = std.mem.readInt(u32, bytes[16..20], .little),
        .salt2 = std.mem.readInt(u32, bytes[20..24], .little),
        .checksum = sum,
    };
    if (!header_page.validPageSize(h.page_size_bytes)) {
        return errors.corrupt(@src(), "wal: invalid page size {d}", .{h.page_size_bytes});
    }
    return h;
}

/// Parses a frame header's fields. Pure; the chained checksum is checked by `frameChecksum`.
pub fn decodeWalFrameHeader(bytes: []const u8) errors.Error!FrameHeader {
    if (bytes.len < frame_header_size_bytes) {
        return errors.corrupt(@src(), "wal: short frame header", .{});
    }
    const h: FrameHeader = .{
        .page_no = std.mem.readInt(u32, bytes[0..4], .little),
        .commit_size_pages = std.mem.readInt(u32, bytes[4..8], .little),
        .salt1 = std.mem.readInt(u32, bytes[8..12], .little),
        .salt2 = std.mem.readInt(u32, bytes[12..16], .little),
        .checksum = std.mem.readInt(u64, bytes[16..24], .little),
    };
    if (h.page_no == 0) return errors.corrupt(@src(), "wal: frame for page 0", .{});
    return h;
}

pub fn frameChecksum(previous: u64, frame_header16: []const u8, page: []const u8) u64 {
    assert(frame_header16.len == 16);
    var hasher = std.hash.Wyhash.init(previous);
    hasher.update(frame_header16);
    hasher.update(page);
    return hasher.final();
}

/// Encodes one frame (header + page image) into `out`; returns its chained checksum.
pub fn encodeFrame(
    out: []u8,
    wal_header: WalHeader,
    page_no: u32,
    commit_size_pages: u32,
    previous_checksum: u64,
    page: []const u8,
) u64 {
    assert(out.len == frameSizeBytes(wal_header.page_size_bytes));
    assert(page.len == wal_header.page_size_bytes);
    assert(page_no >= 1);
    std.mem.writeInt(u32, out[0..4], page_no, .little);
    std.mem.writeInt(u32, out[4..8], commit_size_pages, .little);
    std.mem.writeInt(u32, out[8..12], wal_header.salt1, .little);
    std.mem.writeInt(u32, out[12..16], wal_header.salt2, .little);
    const sum = frameChecksum(previous_checksum, out[0..16], page);
    std.mem.writeInt(u64, out[16..24], sum, .little);
    @memcpy(out[frame_header_size_bytes..], page);
    return sum;
}

/// Committed frames of one WAL generation, shared by every connection of a database.
pub const WalIndex = struct {
    allocator: std.mem.Allocator,
    lock: std.Thread.RwLock = .{},
    /// page number -> ascending frame numbers. Lists are emptied, not freed, by `clear`.
    map: std.AutoHashMapUnmanaged(u32, std.ArrayListUnmanaged(u32)) = .{},

    pub fn init(allocator: std.mem.Allocator) WalIndex {
        return .{ .allocator = allocator };
    }

    pub fn deinit(self: *WalIndex) void {
        var it = self.map.valueIterator();
        while (it.next()) |list| list.deinit(self.allocator);
        self.map.deinit(self.allocator);
        self.* = undefined;
    }

    /// The latest frame holding `page_no` among frames <= `max_frame`, or 0 for none.
    pub fn lookup(self: *WalIndex, page_no: u32, max_frame: u32) u32 {
        if (max_frame == 0) return 0;
        self.lock.lockShared();
        defer self.lock.unlockShared();
        const list = self.map.getPtr(page_no) orelse return 0;
        return latestAtOrBelow(list.items, max_frame);
    }

    fn latestAtOrBelow(frames: []const u32, max_frame: u32) u32 {
        // Binary search for the number of frames <= max_frame.
        var low: usize = 0;
        var high: usize = frames.len;
        while (low < high) {
            const mid = low + (high - low) / 2;
            if (frames[mid] <= max_frame) low = mid + 1 else high = mid;
        }
        return if (low == 0) 0 else frames[low - 1];
    }

    /// Records that frame `first_frame + i` holds `pages[i]`, except pages beyond
    /// `db_size_pages` (a transaction may have spilled a page it then un-allocated by rolling
    /// back to a savepoint: such a frame is dead). Frames must be newer than every frame already
    /// indexed. On failure nothing is left behind.
    pub fn appendFrames(
        self: *WalIndex,
        first_frame: u32,
        pages: []const u32,
        db_size_pages: u32,
    ) errors.Error!void {
        assert(first_frame >= 1);
        self.lock.lock();
        defer self.lock.unlock();
        for (pages, 0..) |page_no, i| {
            if (page_no > db_size_pages) continue;
            const frame: u32 = first_frame + @as(u32, @intCast(i));
            self.appendOne(page_no, frame) catch |err| {
                self.truncateAboveLocked(first_frame - 1, pages[0..i]);
                return err;
            };
        }
    }

    fn appendOne(self: *WalIndex, page_no: u32, frame: u32) errors.Error!void {
        const gop = try self.map.getOrPut(self.allocator, page_no);
        if (!gop.found_existing) gop.value_ptr.* = .{};
        const list = gop.value_ptr;
        assert(list.items.len == 0 or list.items[list.items.len - 1] < frame);
        try list.append(self.allocator, frame);
    }

    fn truncateAboveLocked(self: *WalIndex, max_frame: u32, pages: []const u32) void {
        for (pages) |page_no| {
            const list = self.map.getPtr(page_no) orelse continue;
            while (list.items.len > 0 and list.items[list.items.len - 1] > max_frame) {
                _ = list.pop();
            }
        }
    }

    /// Forgets every frame (the WAL was reset). Keeps list capacity for the next generation.
    pub fn clear(self: *WalIndex) void {
        self.lock.lock();
        defer self.lock.unlock();
        var it = self.map.valueIterator();
        while (it.next()) |list| list.clearRetainingCapacity();
    }

    pub const PageFrame = struct { page_no: u32, frame: u32 };

    /// For a checkpoint: each page whose latest frame <= `max_frame` is newer than `after_frame`,
    /// with that frame, sorted by page number. Caller frees the slice.
    pub fn collectCheckpoint(
        self: *WalIndex,
        allocator: std.mem.Allocator,
        after_frame: u32,
        max_frame: u32,
    ) errors.Error![]PageFrame {
        assert(after_frame <= max_frame);
        var out = std.ArrayList(PageFrame).init(allocator);
        errdefer out.deinit();
        self.lock.lockShared();
        defer self.lock.unlockShared();
        var it = self.map.iterator();
        while (it.next()) |entry| {
            const frame = latestAtOrBelow(entry.value_ptr.items, max_frame);
            if (frame > after_frame) {
                try out.append(.{ .page_no = entry.key_ptr.*, .frame = frame });
            }
        }
        const items = try out.toOwnedSlice();
        std.mem.sort(PageFrame, items, {}, lessByPage);
        return items;
    }

    fn lessByPage(_: void, a: PageFrame, b: PageFrame) bool {
        return a.page_no < b.page_no;
    }
};

/// What recovery found in a WAL file.
pub const Recovered = struct {
    header: WalHeader,
    /// Last frame of the last valid committed transaction (0: nothing committed).
    max_frame: u32 = 0,
    /// Database size in pages at `max_frame` (0 when max_frame == 0).
    db_size_pages: u32 = 0,
    /// Chained checksum of frame `max_frame` (the header's checksum when 0).
    last_checksum: u64,
};

/// Reads the WAL, indexes every frame up to the last valid commit marker, and returns what it
/// found, or null when the WAL is empty or its header is invalid (a torn reset: nothing in it
/// was ever committed). `page_size_bytes` is the database's page size; a valid WAL header with a
/// different page size is `error.Corrupt`. Stops at the first bad frame: never an error for a
/// torn tail.
pub fn recover(
    allocator: std.mem.Allocator,
    file: io.File,
    page_size_bytes: u32,
    index: *WalIndex,
) errors.Error!?Recovered {
    assert(header_page.validPageSize(page_size_bytes));
    const file_size_bytes = try file.size();
    if (file_size_bytes < wal_header_size_bytes) return null;
    var header_bytes: [wal_header_size_bytes]u8 = undefined;
    try file.readAllAt(&header_bytes, 0);
    const h = decodeWalHeader(&header_bytes) catch return null;
    if (h.page_size_bytes != page_size_bytes) {
        return errors.corrupt(@src(), "wal: page size {d}, database {d}", .{
            h.page_size_bytes, page_size_bytes,
        });
    }
    const frame_buffer = try allocator.alloc(u8, frameSizeBytes(page_size_bytes));
    defer allocator.free(frame_buffer);
    var pending = std.ArrayList(u32).init(allocator);
    defer pending.deinit();
    return try scanFrames(file, file_size_bytes, h, frame_buffer, &pending, index);
}

fn scanFrames(
    file: io.File,
    file_size_bytes: u64,
    h: WalHeader,
    frame_buffer: []u8,
    pending: *std.ArrayList(u32),
    index: *WalIndex,
) errors.Error!Recovered {
    var result: Recovered = .{ .header = h, .last_checksum = h.checksum };
    var running = h.checksum;
    const frames_max = (file_size_bytes - wal_header_size_bytes) / frame_buffer.len;
    var frame_no: u32 = 1;
    // Bounded by the number of whole frames in the file.
    while (frame_no <= frames_max) : (frame_no += 1) {
        const offset = frameOffset(frame_no, h.page_size_bytes);
        if ((try file.readAt(frame_buffer, offset)) != frame_buffer.len) break;
        const fh = decodeWalFrameHeader(frame_buffer) catch break;
        if (fh.salt1 != h.salt1 or fh.salt2 != h.salt2) break;
        const page = frame_buffer[frame_header_size_bytes..];
        const sum = frameChecksum(running, frame_buffer[0..16], page);
        if (sum != fh.checksum) break;
        running = sum;
        try pending.append(fh.page_no);
        if (fh.commit_size_pages == 0) continue;
        const first = frame_no + 1 - @as(u32, @intCast(pending.items.len));
        try index.appendFrames(first, pending.items, fh.commit_size_pages);
        pending.clearRetainingCapacity();
        result.max_frame = frame_no;
        result.db_size_pages = fh.commit_size_pages;
        result.last_checksum = sum;
    }
    assert(result.max_frame <= frames_max);
    return result;
}

const testing = std.testing;

fn testPage(buffer: []u8, page_no: u32, fill: u8) []u8 {
    @memset(buffer, fill);
    header_page.sealPage(page_no, buffer);
    return buffer;
}

/// Appends frames for `pages` (commit marker on the last when commit_size != 0).
fn testAppend(
    file: io.File,
    h: WalHeader,
    first_frame: u32,
    previous: u64,
    pages: []const u32,
    commit_size_pages: u32,
) !u64 {
    var frame: [24 + 512]u8 = undefined;
    var page: [512]u8 = undefined;
    var running = previous;
    for (pages, 0..) |page_no, i| {
        const last = i + 1 == pages.len;
        _ = testPage(&page, page_no, @intCast(first_frame + i));
        const marker = if (last) commit_size_pages else 0;
        running = encodeFrame(&frame, h, page_no, marker, running, &page);
        try file.writeAt(&frame, frameOffset(first_frame + @as(u32, @intCast(i)), 512));
    }
    return running;
}

test "WAL header and frame header round-trip" {
    var bytes: [32]u8 = undefined;
    const h: WalHeader = .{ .page_size_bytes = 512, .checkpoint_seq = 3, .salt1 = 9, .salt2 = 10 };
    const sum = encodeWalHeader(h, &bytes);
    const decoded = try decodeWalHeader(&bytes);
    try testing.expectEqual(sum, decoded.checksum);
    try testing.expectEqual(@as(u32, 3), decoded.checkpoint_seq);
    bytes[13] ^= 0x40;
    try testing.expectError(error.Corrupt, decodeWalHeader(&bytes));

    var frame: [24 + 512]u8 = undefined;
    var page: [512]u8 = undefined;
    const frame_sum = encodeFrame(&frame, decoded, 7, 12, sum, testPage(&page, 7, 1));
    const fh = try decodeWalFrameHeader(&frame);
    try testing.expectEqual(@as(u32, 7), fh.page_no);
    try testing.expectEqual(@as(u32, 12), fh.commit_size_pages);
    try testing.expectEqual(frame_sum, fh.checksum);
    try testing.expectEqual(frame_sum, frameChecksum(sum, frame[0..16], frame[24..]));
}

test "recover keeps committed frames and ignores an uncommitted or torn tail" {
    var sim = try io.SimFile.create(testing.allocator, true);
    defer sim.destroy();
    const file = sim.file();
    var bytes: [32]u8 = undefined;
    var h: WalHeader = .{ .page_size_bytes = 512, .checkpoint_seq = 0, .salt1 = 1, .salt2 = 2 };
    h.checksum = encodeWalHeader(h, &bytes);
    try file.writeAt(&bytes, 0);
    var sum = try testAppend(file, h, 1, h.checksum, &.{ 2, 3 }, 3); // Commit 1: frames 1-2.
    sum = try testAppend(file, h, 3, sum, &.{ 2, 4 }, 4); // Commit 2: frames 3-4.
    _ = try testAppend(file, h, 5, sum, &.{5}, 0); // Uncommitted frame 5.

    var index = WalIndex.init(testing.allocator);
    defer index.deinit();
    const r = (try recover(testing.allocator, file, 512, &index)).?;
    try testing.expectEqual(@as(u32, 4), r.max_frame);
    try testing.expectEqual(@as(u32, 4), r.db_size_pages);
    try testing.expectEqual(@as(u32, 3), index.lookup(2, 4));
    try testing.expectEqual(@as(u32, 1), index.lookup(2, 2));
    try testing.expectEqual(@as(u32, 0), index.lookup(5, 5));

    // Garble frame 4 (the second commit's marker frame): replay stops after commit 1.
    try file.writeAt("garbage", frameOffset(4, 512) + 100);
    var index2 = WalIndex.init(testing.allocator);
    defer index2.deinit();
    const r2 = (try recover(testing.allocator, file, 512, &index2)).?;
    try testing.expectEqual(@as(u32, 2), r2.max_frame);
    try testing.expectEqual(@as(u32, 0), index2.lookup(4, 10));

    // A WAL with another page size is corrupt; an invalid header means an empty WAL.
    var index3 = WalIndex.init(testing.allocator);
    defer index3.deinit();
    try testing.expectError(error.Corrupt, recover(testing.allocator, file, 1024, &index3));
    try file.writeAt("x", 3);
    const none = try recover(testing.allocator, file, 512, &index3);
    try testing.expectEqual(@as(?Recovered, null), none);
}

test "stale frames from an older WAL generation end the log" {
    var sim = try io.SimFile.create(testing.allocator, true);
    defer sim.destroy();
    const file = sim.file();
    var bytes: [32]u8 = undefined;
    var old: WalHeader = .{ .page_size_bytes = 512, .checkpoint_seq = 0, .salt1 = 1, .salt2 = 2 };
    old.checksum = encodeWalHeader(old, &bytes);
    try file.writeAt(&bytes, 0);
    _ = try testAppend(file, old, 1, old.checksum, &.{ 2, 3, 4 }, 4);
    var new: WalHeader = .{ .page_size_bytes = 512, .checkpoint_seq = 1, .salt1 = 2, .salt2 = 99 };
    new.checksum = encodeWalHeader(new, &bytes);
    try file.writeAt(&bytes, 0);
    _ = try testAppend(file, new, 1, new.checksum, &.{2}, 4);
    var index = WalIndex.init(testing.allocator);
    defer index.deinit();
    const r = (try recover(testing.allocator, file, 512, &index)).?;
    try testing.expectEqual(@as(u32, 1), r.max_frame);
    try testing.expectEqual(@as(u32, 0), index.lookup(3, 3));
}

test "WalIndex lookup, checkpoint collection and clear" {
    var index = WalIndex.init(testing.allocator);
    defer index.deinit();
    try index.appendFrames(1, &.{ 5, 6, 5 }, 7);
    try index.appendFrames(4, &.{ 6, 7, 9 }, 7); // Page 9 is beyond the database: not indexed.
    try testing.expectEqual(@as(u32, 3), index.lookup(5, 10));
    try testing.expectEqual(@as(u32, 1), index.lookup(5, 2));
    try testing.expectEqual(@as(u32, 4), index.lookup(6, 4));
    try testing.expectEqual(@as(u32, 0), index.lookup(9, 10));
    const collected = try index.collectCheckpoint(testing.allocator, 1, 4);
    defer testing.allocator.free(collected);
    try testing.expectEqual(@as(usize, 2), collected.len);
    try testing.expectEqual(WalIndex.PageFrame{ .page_no = 5, .frame = 3 }, collected[0]);
    try testing.expectEqual(WalIndex.PageFrame{ .page_no = 6, .frame = 4 }, collected[1]);
    index.clear();
    try testing.expectEqual(@as(u32, 0), index.lookup(5, 10));
}

test "recover never crashes on random WAL bytes" {
    var prng = std.Random.DefaultPrng.init(0xA11);
    const random = prng.random();
    var round: u32 = 0;
    while (round < 50) : (round += 1) {
        var sim = try io.SimFile.create(testing.allocator, true);
        defer sim.destroy();
        var junk: [4096]u8 = undefined;
        random.bytes(&junk);
        if (random.boolean()) {
            const h: WalHeader = .{
                .page_size_bytes = 512,
                .checkpoint_seq = 0,
                .salt1 = 1,
                .salt2 = 2,
            };
            _ = encodeWalHeader(h, junk[0..32]);
        }
        try sim.file().writeAt(junk[0..random.uintAtMost(usize, junk.len)], 0);
        var index = WalIndex.init(testing.allocator);
        defer index.deinit();
        _ = recover(testing.allocator, sim.file(), 512, &index) catch continue;
    }
}
