//! The header page (page 1) and the per-page checksum: pure encoders and decoders.
//!
//! Every page of the database file and every page image in the WAL ends with an 8-byte checksum:
//! `Wyhash(seed = page_no, page[0 .. page_size - 8])`, little-endian. Seeding with the page number
//! catches a page written to or read from the wrong place, not only torn bytes. The pager seals a
//! page (`sealPage`) just before it leaves memory and checks it (`verifyPage`) right after it is
//! read; the layers above only ever see `page_size - 8` usable bytes.
//!
//! Page 1 holds the database header (layout in docs/zqlite-file-format.md section 1):
//!
//!   offset size field
//!        0   16 magic "ZQLite format 1\0"
//!       16    4 format version (1)
//!       20    4 page size in bytes (power of two, 512..65536)
//!       24    4 page count (pages in the database, including page 1)
//!       28    4 schema root page (root of the catalog tree; 0 = not set)
//!       32    4 free-list head (first trunk page; 0 = empty)
//!       36    4 free-list count (trunk + leaf pages on the free list)
//!       40    4 user_version
//!       44    4 reserved, zero
//!       48    8 change counter (incremented each time page 1 is committed)
//!       56  ... zero up to the checksum
//!   size-8    8 page checksum
//!
//! Decoders are pure functions of their bytes and never assert on them: bad bytes are
//! `error.NotADatabase` (wrong magic or version) or `error.Corrupt` (anything else).
const std = @import("std");
const assert = std.debug.assert;
const errors = @import("errors.zig");

pub const magic = "ZQLite format 1\x00";
pub const format_version: u32 = 1;
pub const checksum_size_bytes: u32 = 8;
pub const page_size_min_bytes: u32 = 512;
pub const page_size_max_bytes: u32 = 65536;
pub const page_size_default_bytes: u32 = 4096;
/// Bytes of page 1 that carry header fields; the rest is zero.
pub const header_size_bytes: u32 = 56;

comptime {
    assert(magic.len == 16);
    assert(header_size_bytes + checksum_size_bytes <= page_size_min_bytes);
    assert(std.math.isPowerOfTwo(page_size_min_bytes));
    assert(std.math.isPowerOfTwo(page_size_max_bytes));
}

pub const Header = struct {
    page_size_bytes: u32,
    page_count: u32,
    schema_root: u32 = 0,
    freelist_head: u32 = 0,
    freelist_count: u32 = 0,
    user_version: u32 = 0,
    change_counter: u64 = 0,
};

pub fn validPageSize(page_size_bytes: u32) bool {
    return page_size_bytes >= page_size_min_bytes and page_size_bytes <= page_size_max_bytes and
        std.math.isPowerOfTwo(page_size_bytes);
}

/// The checksum stored in the last 8 bytes of `page`.
pub fn pageChecksum(page_no: u32, page: []const u8) u64 {
    assert(page.len >= page_size_min_bytes);
    return std.hash.Wyhash.hash(page_no, page[0 .. page.len - checksum_size_bytes]);
}

/// Writes the page checksum into the last 8 bytes of `page`.
pub fn sealPage(page_no: u32, page: []u8) void {
    assert(page_no >= 1);
    const sum = pageChecksum(page_no, page);
    std.mem.writeInt(u64, page[page.len - checksum_size_bytes ..][0..8], sum, .little);
    assert(verifyPage(page_no, page));
}

/// True when the stored checksum matches; callers turn false into `error.Corrupt`.
pub fn verifyPage(page_no: u32, page: []const u8) bool {
    const stored = std.mem.readInt(u64, page[page.len - checksum_size_bytes ..][0..8], .little);
    return stored == pageChecksum(page_no, page);
}

/// Reads the page size from the first bytes of page 1 without checking the checksum (the page
/// size is needed to know how much of page 1 to read). `bytes` needs at least 24 bytes.
pub fn peekPageSize(bytes: []const u8) errors.Error!u32 {
    if (bytes.len < 24 or !std.mem.eql(u8, bytes[0..16], magic)) {
        return error.NotADatabase;
    }
    if (std.mem.readInt(u32, bytes[16..20], .little) != format_version) {
        return error.NotADatabase;
    }
    const page_size_bytes = std.mem.readInt(u32, bytes[20..24], .little);
    if (!validPageSize(page_size_bytes)) {
        return errors.corrupt(@src(), "header: invalid page size {d}", .{page_size_bytes});
    }
    return page_size_bytes;
}

/// Decodes and checks page 1. `bytes` must hold at least the whole page.
pub fn decodeHeaderPage(bytes: []const u8) errors.Error!Header {
    const page_size_bytes = try peekPageSize(bytes);
    if (bytes.len < page_size_bytes) {
        return errors.corrupt(@src(), "header: page 1 truncated to {d} bytes", .{bytes.len});
    }
    const page = bytes[0..page_size_bytes];
    if (!verifyPage(1, page)) return errors.corrupt(@src(), "page 1: bad checksum", .{});
    const header: Header = .{
        .page_size_bytes = page_size_bytes,
        .page_count = std.mem.readInt(u32, page[24..28], .little),
        .schema_root = std.mem.readInt(u32, page[28..32], .little),
        .freelist_head = std.mem.readInt(u32, page[32..36], .little),
        .freelist_count = std.mem.readInt(u32, page[36..40], .little),
        .user_version = std.mem.readInt(u32, page[40..44], .little),
        .change_counter = std.mem.readInt(u64, page[48..56], .little),
    };
    try checkHeader(header);
    return header;
}

fn checkHeader(h: Header) errors.Error!void {
    if (h.page_count < 1) return errors.corrupt(@src(), "header: page count 0", .{});
    if (h.schema_root == 1 or h.schema_root > h.page_count) {
        return errors.corrupt(@src(), "header: schema root {d} of {d}", .{
            h.schema_root,
            h.page_count,
        });
    }
    if (h.freelist_head == 1 or h.freelist_head > h.page_count) {
        return errors.corrupt(@src(), "header: free-list head {d}", .{h.freelist_head});
    }
    if (h.freelist_count >= h.page_count or (h.freelist_head == 0) != (h.freelist_count == 0)) {
        return errors.corrupt(@src(), "header: free-list count {d}", .{h.freelist_count});
    }
}

/// Writes `h` as a complete, sealed page 1 into `page` (whose length is the page size).
pub fn encodeHeaderPage(h: Header, page: []u8) void {
    assert(page.len == h.page_size_bytes);
    assert(validPageSize(h.page_size_bytes));
    assert(h.page_count >= 1);
    @memset(page, 0);
    @memcpy(page[0..16], magic);
    std.mem.writeInt(u32, page[16..20], format_version, .little);
    std.mem.writeInt(u32, page[20..24], h.page_size_bytes, .little);
    std.mem.writeInt(u32, page[24..28], h.page_count, .little);
    std.mem.writeInt(u32, page[28..32], h.schema_root, .little);
    std.mem.writeInt(u32, page[32..36], h.freelist_head, .little);
    std.mem.writeInt(u32, page[36..40], h.freelist_count, .little);
    std.mem.writeInt(u32, page[40..44], h.user_version, .little);
    std.mem.writeInt(u64, page[48..56], h.change_counter, .little);
    sealPage(1, page);
}

const testing = std.testing;

test "header page round-trips and rejects bad bytes" {
    var page: [1024]u8 = undefined;
    const h: Header = .{
        .page_size_bytes = 1024,
        .page_count = 9,
        .schema_root = 2,
        .freelist_head = 5,
        .freelist_count = 3,
        .user_version = 77,
        .change_counter = 12,
    };
    encodeHeaderPage(h, &page);
    try testing.expectEqual(h, try decodeHeaderPage(&page));

    page[300] ^= 1; // A flipped bit anywhere is caught by the checksum.
    try testing.expectError(error.Corrupt, decodeHeaderPage(&page));
    page[300] ^= 1;
    page[0] = 'X';
    try testing.expectError(error.NotADatabase, decodeHeaderPage(&page));
    try testing.expectError(error.NotADatabase, decodeHeaderPage(page[0..10]));

    var bad = h;
    bad.freelist_head = 10; // Beyond the page count.
    encodeHeaderPage(bad, &page);
    try testing.expectError(error.Corrupt, decodeHeaderPage(&page));
}

test "page checksum is seeded by the page number" {
    var page = [_]u8{7} ** 512;
    sealPage(3, &page);
    try testing.expect(verifyPage(3, &page));
    try testing.expect(!verifyPage(4, &page));
}

test "decodeHeaderPage never crashes on random bytes" {
    var prng = std.Random.DefaultPrng.init(0x5eed);
    const random = prng.random();
    var page: [512]u8 = undefined;
    var i: u32 = 0;
    while (i < 2000) : (i += 1) {
        random.bytes(&page);
        if (random.boolean()) {
            @memcpy(page[0..16], magic);
            std.mem.writeInt(u32, page[16..20], format_version, .little);
        }
        _ = decodeHeaderPage(page[0..random.uintAtMost(usize, page.len)]) catch continue;
    }
}
