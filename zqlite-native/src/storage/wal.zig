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
//! The WAL index (`WalIndex`) answers "latest version of page P visible at snapshot S": the
//! newest committed frame of P at or below frame S. It is shared by all connections of a
//! database, append-only in segments of 4096 frames with a hash table each (as SQLite's
//! wal-index), and lock-free for readers: the committing writer never waits for a reader.
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
    encodeFrameUnchained(out, wal_header, page_no, commit_size_pages, page);
    const sum = frameChecksum(previous_checksum, out[0..16], page);
    std.mem.writeInt(u64, out[16..24], sum, .little);
    return sum;
}

/// Encodes one frame like `encodeFrame` but leaves its checksum zero, for a frame whose chain
/// value is computed later (the pager's in-place rewrites, fixed up before the commit frame):
/// hashing the page here would be thrown away.
pub fn encodeFrameUnchained(
    out: []u8,
    wal_header: WalHeader,
    page_no: u32,
    commit_size_pages: u32,
    page: []const u8,
) void {
    assert(out.len == frameSizeBytes(wal_header.page_size_bytes));
    assert(page.len == wal_header.page_size_bytes);
    assert(page_no >= 1);
    std.mem.writeInt(u32, out[0..4], page_no, .little);
    std.mem.writeInt(u32, out[4..8], commit_size_pages, .little);
    std.mem.writeInt(u32, out[8..12], wal_header.salt1, .little);
    std.mem.writeInt(u32, out[12..16], wal_header.salt2, .little);
    std.mem.writeInt(u64, out[16..24], 0, .little);
    @memcpy(out[frame_header_size_bytes..], page);
}

/// Committed frames of one WAL generation, shared by every connection of a database.
///
/// Append-only, like SQLite's wal-index: frame f (1-based) lives in segment (f - 1) / 4096 at
/// slot (f - 1) % 4096, which records its page number; each segment has an open-addressing hash
/// table (page number -> slot + 1, linear probing, at most half full, never deleted from) so
/// "the newest frame of page P at or below S" probes the segment holding S, then older ones.
///
/// Readers take no lock, so the writer never waits for one (a reader-preferring RwLock here
/// made the committing writer sleep behind readers, then wait for a CPU to wake it). Why the
/// lock-free lookup is correct:
/// - only the single writer stores, and only into slots of frames beyond `visible` (appends are
///   for frames newer than every indexed frame, asserted), so every entry a reader's snapshot
///   can see (frame <= its max_frame) was complete before the snapshot was taken: the writer
///   indexes before it publishes `appended` under the pager's state mutex, and the reader takes
///   its snapshot under that mutex;
/// - entries newer than the snapshot, complete or not, are filtered by `frame <= max_frame`
///   (the page number is stored before the hash entry that points at it, both atomically);
/// - segments and directories are only allocated, never freed until `deinit`, so a reader
///   never touches freed memory; a grown directory keeps the old one's pointers and the old one
///   stays valid (retired, freed at deinit);
/// - `clear` (a WAL reset) zeroes the used segments while old-epoch readers may be probing: they
///   may get a wrong answer, which the pager already discards (it re-checks the epoch after the
///   lookup and the read, see Database.readPage). Every loop here is bounded, whatever it reads.
pub const WalIndex = struct {
    allocator: std.mem.Allocator,
    /// The current directory (read by readers with acquire; replaced only by the writer); null
    /// until the first append.
    directory: std.atomic.Value(?*Directory) = std.atomic.Value(?*Directory).init(null),
    /// Directories replaced by a bigger one: readers may still hold them, so they live until
    /// deinit. Writer-only.
    retired: std.ArrayListUnmanaged(*Directory) = .{},
    /// Segments allocated (kept across `clear`). Writer-only.
    segment_count: u32 = 0,
    /// The newest frame indexed in this generation (0: none). Writer-only.
    frame_max: u32 = 0,

    pub const segment_frames: u32 = 4096;
    const hash_slots: u32 = 2 * segment_frames;
    const hash_shift: u5 = 32 - @ctz(hash_slots);
    const directory_segments_min: u32 = 8;

    comptime {
        assert(std.math.isPowerOfTwo(hash_slots));
        assert(segment_frames <= std.math.maxInt(u16)); // Hash entries are slot + 1 in a u16.
        assert(hash_slots >= 2 * segment_frames); // At most half full: probes stay short.
    }

    const Segment = struct {
        /// Page number of each frame of this segment; 0: not indexed (dead or not yet written).
        pages: [segment_frames]std.atomic.Value(u32),
        /// Slot + 1 of a frame, at a position derived from its page number; 0: empty.
        hash: [hash_slots]std.atomic.Value(u16),
    };

    const Directory = struct {
        /// Capacity; entries below the index's segment_count are set.
        segments: []std.atomic.Value(?*Segment),
    };

    pub fn init(allocator: std.mem.Allocator) WalIndex {
        return .{ .allocator = allocator };
    }

    pub fn deinit(self: *WalIndex) void {
        if (self.directory.load(.acquire)) |directory| {
            for (directory.segments[0..self.segment_count]) |*entry| {
                self.allocator.destroy(entry.load(.monotonic).?);
            }
            freeDirectory(self.allocator, directory);
        }
        assert(self.segment_count == 0 or self.directory.load(.monotonic) != null);
        for (self.retired.items) |old| freeDirectory(self.allocator, old);
        self.retired.deinit(self.allocator);
        self.* = undefined;
    }

    fn newDirectory(allocator: std.mem.Allocator, capacity: u32) errors.Error!*Directory {
        assert(capacity >= directory_segments_min);
        const directory = try allocator.create(Directory);
        errdefer allocator.destroy(directory);
        const segments = try allocator.alloc(std.atomic.Value(?*Segment), capacity);
        for (segments) |*entry| entry.* = std.atomic.Value(?*Segment).init(null);
        directory.* = .{ .segments = segments };
        return directory;
    }

    fn freeDirectory(allocator: std.mem.Allocator, directory: *Directory) void {
        allocator.free(directory.segments);
        allocator.destroy(directory);
    }

    fn hashHome(page_no: u32) u32 {
        return (page_no *% 0x9E3779B1) >> hash_shift;
    }

    /// The latest frame holding `page_no` among frames <= `max_frame`, or 0 for none.
    /// Lock-free: see the type's comment for why a racing writer cannot mislead it.
    pub fn lookup(self: *WalIndex, page_no: u32, max_frame: u32) u32 {
        if (max_frame == 0) return 0;
        assert(page_no >= 1);
        // Null only before the first append: then no snapshot has frames (reset race aside).
        const directory = self.directory.load(.acquire) orelse return 0;
        const top: u32 = (max_frame - 1) / segment_frames;
        // A snapshot's frames were indexed (so their segments exist) before it was taken.
        if (top >= directory.segments.len) return 0; // Only a reset race gets here: discarded.
        var segment_index: u32 = top + 1;
        // Bounded by the segment count: newest segment first, the first hit is the answer.
        while (segment_index > 0) {
            segment_index -= 1;
            const segment = directory.segments[segment_index].load(.acquire) orelse return 0;
            const slot_max = if (segment_index == top)
                (max_frame - 1) % segment_frames
            else
                segment_frames - 1;
            const slot = probeLatest(segment, page_no, slot_max) orelse continue;
            const frame = segment_index * segment_frames + slot + 1;
            assert(frame <= max_frame);
            return frame;
        }
        return 0;
    }

    /// The highest slot <= `slot_max` of `segment` holding `page_no`, or null.
    fn probeLatest(segment: *const Segment, page_no: u32, slot_max: u32) ?u32 {
        assert(slot_max < segment_frames);
        var best: ?u32 = null;
        var position = hashHome(page_no);
        var probes: u32 = 0;
        // Bounded: the table is at most half full, so an empty entry ends the chain.
        while (probes < hash_slots) : (probes += 1) {
            const entry = segment.hash[position].load(.acquire);
            if (entry == 0) break;
            const slot: u32 = entry - 1;
            if (slot <= slot_max and segment.pages[slot].load(.monotonic) == page_no) {
                if (best == null or slot > best.?) best = slot;
            }
            position = (position + 1) & (hash_slots - 1);
        }
        return best;
    }

    /// Records that frame `first_frame + i` holds `pages[i]`, except pages beyond
    /// `db_size_pages` (a transaction may have spilled a page it then un-allocated by rolling
    /// back to a savepoint: such a frame is dead). Frames must be newer than every frame already
    /// indexed. Allocates first, so on failure nothing is left behind. Writer only.
    pub fn appendFrames(
        self: *WalIndex,
        first_frame: u32,
        pages: []const u32,
        db_size_pages: u32,
    ) errors.Error!void {
        assert(first_frame >= 1);
        assert(first_frame > self.frame_max); // Append-only: readers rely on it.
        if (pages.len == 0) return;
        const last_frame = first_frame + @as(u32, @intCast(pages.len)) - 1;
        try self.ensureSegments((last_frame - 1) / segment_frames + 1);
        const directory = self.directory.load(.monotonic).?;
        for (pages, 0..) |page_no, i| {
            if (page_no > db_size_pages) continue;
            assert(page_no >= 1);
            const frame = first_frame + @as(u32, @intCast(i));
            const segment = directory.segments[(frame - 1) / segment_frames].load(.monotonic).?;
            insert(segment, page_no, (frame - 1) % segment_frames);
        }
        self.frame_max = last_frame;
    }

    fn insert(segment: *Segment, page_no: u32, slot: u32) void {
        assert(segment.pages[slot].load(.monotonic) == 0);
        // The page number first: a reader that finds the hash entry finds the page number.
        segment.pages[slot].store(page_no, .release);
        var position = hashHome(page_no);
        var probes: u32 = 0;
        // Bounded: at most segment_frames entries in 2 x segment_frames positions.
        while (probes < hash_slots) : (probes += 1) {
            if (segment.hash[position].load(.monotonic) == 0) {
                segment.hash[position].store(@intCast(slot + 1), .release);
                return;
            }
            position = (position + 1) & (hash_slots - 1);
        }
        unreachable; // The table is never more than half full.
    }

    /// Makes segments 0..count-1 exist (writer only), growing the directory if needed.
    fn ensureSegments(self: *WalIndex, count: u32) errors.Error!void {
        const current = self.directory.load(.monotonic);
        const capacity: usize = if (current) |d| d.segments.len else 0;
        var directory = current orelse undefined;
        if (count > capacity) {
            const wanted = @max(directory_segments_min, std.math.ceilPowerOfTwoAssert(u32, count));
            const bigger = try newDirectory(self.allocator, wanted);
            errdefer freeDirectory(self.allocator, bigger);
            if (current) |old| {
                try self.retired.ensureUnusedCapacity(self.allocator, 1);
                for (old.segments[0..self.segment_count], 0..) |*entry, i| {
                    bigger.segments[i].store(entry.load(.monotonic), .monotonic);
                }
                // Readers holding the old directory keep using it: it is freed only at deinit.
                self.retired.appendAssumeCapacity(old);
            }
            self.directory.store(bigger, .release);
            directory = bigger;
        }
        // Bounded by `count`.
        while (self.segment_count < count) {
            const segment = try self.allocator.create(Segment);
            @memset(std.mem.asBytes(segment), 0);
            directory.segments[self.segment_count].store(segment, .release);
            self.segment_count += 1;
        }
        assert(self.segment_count >= count);
    }

    /// Forgets every frame (the WAL was reset). Keeps the segments for the next generation.
    /// Writer only; readers of the old generation may race with it (see the type's comment).
    pub fn clear(self: *WalIndex) void {
        const directory = self.directory.load(.monotonic) orelse return;
        const used = if (self.frame_max == 0) 0 else (self.frame_max - 1) / segment_frames + 1;
        assert(used <= self.segment_count);
        for (directory.segments[0..used]) |*entry| {
            const segment = entry.load(.monotonic).?;
            for (&segment.hash) |*h| h.store(0, .monotonic);
            for (&segment.pages) |*p| p.store(0, .monotonic);
        }
        self.frame_max = 0;
    }

    pub const PageFrame = struct { page_no: u32, frame: u32 };

    /// For a checkpoint: each page whose latest frame <= `max_frame` is newer than `after_frame`,
    /// with that frame, sorted by page number. Caller frees the slice. The frames in range are
    /// committed, so no append changes them, and the caller excludes `clear` (checkpoint lock).
    pub fn collectCheckpoint(
        self: *WalIndex,
        allocator: std.mem.Allocator,
        after_frame: u32,
        max_frame: u32,
    ) errors.Error![]PageFrame {
        assert(after_frame <= max_frame);
        var latest = std.AutoArrayHashMap(u32, u32).init(allocator);
        defer latest.deinit();
        var frame = after_frame + 1;
        // Bounded by the frame range; ascending, so the last frame seen per page is its latest.
        while (frame <= max_frame) : (frame += 1) {
            const directory = self.directory.load(.acquire).?;
            const segment = directory.segments[(frame - 1) / segment_frames].load(.acquire).?;
            const page_no = segment.pages[(frame - 1) % segment_frames].load(.monotonic);
            if (page_no != 0) try latest.put(page_no, frame);
        }
        const items = try allocator.alloc(PageFrame, latest.count());
        for (latest.keys(), latest.values(), items) |page_no, f, *item| {
            item.* = .{ .page_no = page_no, .frame = f };
        }
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

/// The page that frame `frame` holds in the WalIndex tests: deterministic, so a reader can work
/// out the expected answer of any lookup by scanning frames downwards.
fn testPageOf(frame: u32, pages: u32) u32 {
    const mixed = (frame *% 0x9E3779B1) ^ (frame >> 7);
    return 1 + mixed % pages;
}

fn testExpectedLatest(page_no: u32, max_frame: u32, pages: u32) u32 {
    var frame = max_frame;
    // Bounded by max_frame.
    while (frame > 0) : (frame -= 1) {
        if (testPageOf(frame, pages) == page_no) return frame;
    }
    return 0;
}

test "WalIndex: random appends across segments match a model; clear restarts at frame 1" {
    const seed: u64 = 0x1DE7;
    std.debug.print("WalIndex model test seed {d}\n", .{seed});
    var prng = std.Random.DefaultPrng.init(seed);
    const random = prng.random();
    var index = WalIndex.init(testing.allocator);
    defer index.deinit();
    var generation: u32 = 0;
    while (generation < 2) : (generation += 1) {
        const pages: u32 = 30 + random.uintLessThan(u32, 300);
        // Past 8 segments: the directory grows once while older lookups keep working.
        const frames_total: u32 = 9 * WalIndex.segment_frames + random.uintLessThan(u32, 100);
        var frame: u32 = 1;
        var batch: [64]u32 = undefined;
        // Bounded by frames_total; each batch is one "commit".
        while (frame <= frames_total) {
            const n: u32 = @min(1 + random.uintLessThan(u32, 64), frames_total + 1 - frame);
            for (batch[0..n], 0..) |*page_no, i| {
                page_no.* = testPageOf(frame + @as(u32, @intCast(i)), pages);
            }
            try index.appendFrames(frame, batch[0..n], pages);
            frame += n;
            const max_frame = 1 + random.uintLessThan(u32, frame - 1);
            const page_no = 1 + random.uintLessThan(u32, pages);
            const expected = testExpectedLatest(page_no, max_frame, pages);
            try testing.expectEqual(expected, index.lookup(page_no, max_frame));
        }
        const after = random.uintLessThan(u32, frames_total);
        const collected = try index.collectCheckpoint(testing.allocator, after, frames_total);
        defer testing.allocator.free(collected);
        for (collected, 0..) |pf, i| {
            if (i > 0) try testing.expect(collected[i - 1].page_no < pf.page_no);
            try testing.expectEqual(testExpectedLatest(pf.page_no, frames_total, pages), pf.frame);
            try testing.expect(pf.frame > after);
        }
        index.clear();
        try testing.expectEqual(@as(u32, 0), index.lookup(testPageOf(1, pages), frames_total));
    }
    // Frames of pages beyond the database size are dead: never found.
    try index.appendFrames(1, &.{ 3, 900, 3 }, 10);
    try testing.expectEqual(@as(u32, 0), index.lookup(900, 3));
    try testing.expectEqual(@as(u32, 3), index.lookup(3, 3));
}

const IndexRace = struct {
    index: WalIndex,
    /// The newest frame a reader may look at (what `visible` is to the pager).
    published: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    done: std.atomic.Value(bool) = std.atomic.Value(bool).init(false),
    wrong: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    lookups: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    const pages: u32 = 97;
    const frames_total: u32 = 9 * WalIndex.segment_frames;
    const readers_count: u32 = 3;
    /// About 4 pauses per segment (585 batches of 7 frames fill one).
    const batches_per_pause: u32 = 128;

    fn write(race: *IndexRace) void {
        defer race.done.store(true, .release);
        const batch_frames: u32 = 7;
        var frame: u32 = 1;
        var batch: [batch_frames]u32 = undefined;
        var batches: u32 = 0;
        while (frame + batch_frames <= frames_total) : (frame += batch_frames) {
            for (&batch, 0..) |*page_no, i| {
                page_no.* = testPageOf(frame + @as(u32, @intCast(i)), pages);
            }
            race.index.appendFrames(frame, &batch, pages) catch unreachable;
            race.published.store(frame + batch_frames - 1, .release);
            batches += 1;
            if (batches % batches_per_pause == 0) race.awaitLookups();
        }
    }

    /// Lets the readers look at the published state before the writer goes on. Without it a
    /// loaded machine ran the whole append before the readers were scheduled (CI saw 0 lookups,
    /// and 1-3 were common), so the race this test exists for was hardly exercised.
    fn awaitLookups(race: *IndexRace) void {
        const wanted = race.lookups.load(.acquire) + readers_count;
        var timer = std.time.Timer.start() catch unreachable;
        // Bounded by time: readers starved for a whole second leave the writer to go on.
        while (race.lookups.load(.acquire) < wanted and timer.read() < std.time.ns_per_s) {
            std.Thread.yield() catch {};
        }
    }

    fn read(race: *IndexRace, seed: u64) void {
        var prng = std.Random.DefaultPrng.init(seed);
        const random = prng.random();
        var rounds: u32 = 0;
        while (!race.done.load(.acquire) and rounds < 10_000_000) : (rounds += 1) {
            const max_frame = race.published.load(.acquire);
            if (max_frame == 0) {
                std.Thread.yield() catch {};
                continue;
            }
            const page_no = 1 + random.uintLessThan(u32, pages);
            const expected = testExpectedLatest(page_no, max_frame, pages);
            if (race.index.lookup(page_no, max_frame) != expected) {
                _ = race.wrong.fetchAdd(1, .monotonic);
            }
            _ = race.lookups.fetchAdd(1, .monotonic);
        }
    }
};

test "WalIndex: lock-free lookups stay exact while the writer appends and the directory grows" {
    var race: IndexRace = .{ .index = WalIndex.init(testing.allocator) };
    defer race.index.deinit();
    var readers: [IndexRace.readers_count]std.Thread = undefined;
    for (&readers, 0..) |*thread, i| {
        thread.* = try std.Thread.spawn(.{}, IndexRace.read, .{ &race, 77 + i });
    }
    const writer = try std.Thread.spawn(.{}, IndexRace.write, .{&race});
    writer.join();
    for (readers) |thread| thread.join();
    try testing.expectEqual(@as(u32, 0), race.wrong.load(.monotonic));
    try testing.expect(race.lookups.load(.monotonic) > 0);
    try testing.expect(race.index.retired.items.len >= 1); // The directory grew under readers.
}
