//! The free list: trunk-page layout helpers and the integrity walk (docs section 2).
//!
//! Free pages form a chain of trunk pages starting at the header's free-list head. A trunk page's
//! usable bytes hold:
//!
//!   0  u32 next trunk page (0 = last)
//!   4  u32 leaf count n (0 <= n <= capacity = (usable_size - 8) / 4)
//!   8  n x u32 leaf page numbers (free pages whose contents are meaningless)
//!
//! The header's free-list count counts trunks and leaves. Freeing a page appends it as a leaf to
//! the head trunk (one page written), or makes it the new head trunk when the head is full or
//! absent. Allocation pops the head trunk's last leaf, or takes the empty head trunk itself, so
//! freed pages are reused before the file grows. The allocation logic lives in pager.zig (it
//! needs the write transaction); this file holds the layout and the read-only walk.
//!
//! The walk is bounded by the page count (a cycle or an overlong chain is `error.Corrupt`) and
//! reports out-of-range or duplicate page numbers and a count that differs from the header's.
const std = @import("std");
const assert = std.debug.assert;
const errors = @import("errors.zig");

pub fn trunkCapacity(usable_size_bytes: u32) u32 {
    assert(usable_size_bytes >= 16);
    return (usable_size_bytes - 8) / 4;
}

pub fn trunkNext(page: []const u8) u32 {
    return std.mem.readInt(u32, page[0..4], .little);
}

pub fn trunkCount(page: []const u8) u32 {
    return std.mem.readInt(u32, page[4..8], .little);
}

pub fn trunkLeaf(page: []const u8, i: u32) u32 {
    assert(i < trunkCapacity(@intCast(page.len)));
    return std.mem.readInt(u32, page[8 + 4 * i ..][0..4], .little);
}

pub fn setTrunkCount(page: []u8, count: u32) void {
    assert(count <= trunkCapacity(@intCast(page.len)));
    std.mem.writeInt(u32, page[4..8], count, .little);
}

pub fn setTrunkLeaf(page: []u8, i: u32, leaf: u32) void {
    assert(i < trunkCapacity(@intCast(page.len)));
    std.mem.writeInt(u32, page[8 + 4 * i ..][0..4], leaf, .little);
}

/// Turns a zeroed page into an empty trunk pointing at `next`.
pub fn initTrunk(page: []u8, next: u32) void {
    assert(trunkCount(page) == 0);
    std.mem.writeInt(u32, page[0..4], next, .little);
    setTrunkCount(page, 0);
}

/// Walks the free list of a snapshot through `pages` (anything with `get`/`release`, such as a
/// ReadTxn; page numbers are checked before each get), marking every free page in `free_pages`
/// (bit i = page i; length page_count + 1). Fails with `error.Corrupt` on a cycle, an
/// out-of-range or duplicate page, a bad trunk count, or a total differing from `expected_count`.
pub fn walk(
    pages: anytype,
    head: u32,
    expected_count: u32,
    page_count: u32,
    free_pages: *std.DynamicBitSetUnmanaged,
) errors.Error!void {
    assert(free_pages.bit_length == @as(usize, page_count) + 1);
    var trunk = head;
    var total: u32 = 0;
    var hops: u32 = 0;
    while (trunk != 0) : (hops += 1) {
        if (hops >= page_count) {
            return errors.corrupt(@src(), "free list: cycle or overlong chain", .{});
        }
        try markFree(trunk, page_count, free_pages);
        const ref = try pages.get(trunk);
        defer pages.release(ref);
        const n = trunkCount(ref.bytes);
        if (n > trunkCapacity(@intCast(ref.bytes.len))) {
            return errors.corrupt(@src(), "free list: trunk {d} count {d}", .{ trunk, n });
        }
        var i: u32 = 0;
        while (i < n) : (i += 1) try markFree(trunkLeaf(ref.bytes, i), page_count, free_pages);
        total += 1 + n;
        trunk = trunkNext(ref.bytes);
    }
    if (total != expected_count) {
        return errors.corrupt(@src(), "free list: {d} pages, header says {d}", .{
            total,
            expected_count,
        });
    }
}

fn markFree(
    page_no: u32,
    page_count: u32,
    free_pages: *std.DynamicBitSetUnmanaged,
) errors.Error!void {
    if (page_no < 2 or page_no > page_count) {
        return errors.corrupt(@src(), "free list: page {d} out of range 2..{d}", .{
            page_no,
            page_count,
        });
    }
    if (free_pages.isSet(page_no)) {
        return errors.corrupt(@src(), "free list: page {d} listed twice", .{page_no});
    }
    free_pages.set(page_no);
}

const testing = std.testing;

const FakePages = struct {
    pages: [8][64]u8 = [_][64]u8{[_]u8{0} ** 64} ** 8,

    const Ref = struct { page_no: u32, bytes: []u8, handle: usize };

    pub fn get(self: *FakePages, page_no: u32) errors.Error!Ref {
        return .{ .page_no = page_no, .bytes = &self.pages[page_no], .handle = 0 };
    }
    pub fn release(_: *FakePages, _: Ref) void {}
};

test "free list walk accepts a good list and rejects cycles, duplicates, bad counts" {
    var fake: FakePages = .{};
    initTrunk(&fake.pages[2], 5);
    setTrunkLeaf(&fake.pages[2], 0, 3);
    setTrunkLeaf(&fake.pages[2], 1, 4);
    setTrunkCount(&fake.pages[2], 2);
    initTrunk(&fake.pages[5], 0);
    var bits = try std.DynamicBitSetUnmanaged.initEmpty(testing.allocator, 8);
    defer bits.deinit(testing.allocator);
    try walk(&fake, 2, 4, 7, &bits);
    try testing.expect(bits.isSet(3) and bits.isSet(5) and !bits.isSet(6));

    bits.unsetAll();
    try testing.expectError(error.Corrupt, walk(&fake, 2, 5, 7, &bits)); // Count differs.
    bits.unsetAll();
    std.mem.writeInt(u32, fake.pages[5][0..4], 2, .little); // 5 -> 2: a cycle.
    try testing.expectError(error.Corrupt, walk(&fake, 2, 4, 7, &bits));
    bits.unsetAll();
    std.mem.writeInt(u32, fake.pages[5][0..4], 0, .little);
    setTrunkLeaf(&fake.pages[2], 1, 3); // Page 3 twice.
    try testing.expectError(error.Corrupt, walk(&fake, 2, 4, 7, &bits));
    bits.unsetAll();
    setTrunkLeaf(&fake.pages[2], 1, 9); // Beyond the page count.
    try testing.expectError(error.Corrupt, walk(&fake, 2, 4, 7, &bits));
}
