//! MemPages: an in-memory implementation of the page contract (pages_interface.md), used by the
//! B+tree tests in place of the pager's transactions. It is deliberately strict so that tests catch
//! pin-discipline bugs in the tree code:
//!
//! - every `get`/`getMut`/`allocate` must be paired with one `release`; `deinit` (and
//!   `expectNoPins`) fail when a pin is still held, and the number of simultaneous pins is bounded
//!   (`pins_max`), so a leak inside a loop is caught early;
//! - `free` of a pinned page is a bug and panics;
//! - `getMut` always moves the page to a fresh buffer (as a shadow-paging or WAL pager may). The old
//!   buffer is poisoned (0xAA) while stale refs still point at it and freed when the last of them is
//!   released, so a tree that keeps reading a stale ref sees garbage (and reports Corrupt or fails
//!   its model checks) instead of silently working. `isStale(ref)` tells whether a ref predates the
//!   newest `getMut` of its page;
//! - a `get` of page 0, 1, a page beyond the end, or a freed page is `error.Corrupt`, as in the pager.
//!
//! Page numbers start at 2 (page 1 is the header page in a real file). Freed pages are reused LIFO.
const std = @import("std");
const errors = @import("errors.zig");
const PageRef = @import("page_ref.zig").PageRef;

pub const MemPages = struct {
    allocator: std.mem.Allocator,
    page_size_bytes: u32,
    /// Indexed by page number; entries 0 and 1 are never used.
    pages: std.ArrayListUnmanaged(Page) = .{},
    free_list: std.ArrayListUnmanaged(u32) = .{},
    /// Buffers replaced by getMut while still pinned through stale refs.
    retired: std.ArrayListUnmanaged(Retired) = .{},
    /// Unused page buffers kept for reuse: getMut moves pages often, and the allocator's
    /// page-sized allocations would otherwise dominate test time.
    spare_buffers: std.ArrayListUnmanaged([]u8) = .{},
    pins_total: u32 = 0,

    pub const pins_max: u32 = 64;
    const checksum_size_bytes: u32 = 8;
    const poison: u8 = 0xAA;

    const State = enum { unused, in_use, free };
    const Page = struct {
        buffer: ?[]u8 = null,
        pin_count: u32 = 0,
        /// Incremented by each getMut/allocate; a ref whose handle differs is stale.
        generation: u32 = 0,
        state: State = .unused,
    };
    const Retired = struct { buffer: []u8, pin_count: u32 };

    pub fn init(allocator: std.mem.Allocator, page_size_bytes: u32) MemPages {
        std.debug.assert(page_size_bytes >= 512 and page_size_bytes <= 65536);
        std.debug.assert(std.math.isPowerOfTwo(page_size_bytes));
        return .{ .allocator = allocator, .page_size_bytes = page_size_bytes };
    }

    pub fn deinit(self: *MemPages) void {
        std.debug.assert(self.pins_total == 0); // A pin leaked.
        std.debug.assert(self.retired.items.len == 0);
        for (self.pages.items) |page| {
            if (page.buffer) |buffer| self.allocator.free(buffer);
        }
        self.pages.deinit(self.allocator);
        self.free_list.deinit(self.allocator);
        self.retired.deinit(self.allocator);
        for (self.spare_buffers.items) |buffer| self.allocator.free(buffer);
        self.spare_buffers.deinit(self.allocator);
        self.* = undefined;
    }

    pub fn usableSizeBytes(self: *const MemPages) u32 {
        return self.page_size_bytes - checksum_size_bytes;
    }

    pub fn get(self: *MemPages, page_no: u32) errors.Error!PageRef {
        const page = try self.pageInUse(page_no);
        return self.pin(page_no, page);
    }

    pub fn getMut(self: *MemPages, page_no: u32) errors.Error!PageRef {
        const page = try self.pageInUse(page_no);
        const fresh = try self.newBuffer();
        @memcpy(fresh, page.buffer.?);
        try self.retire(page);
        page.buffer = fresh;
        page.generation +%= 1;
        return self.pin(page_no, page);
    }

    pub fn allocate(self: *MemPages) errors.Error!PageRef {
        const page_no = if (self.free_list.popOrNull()) |reused| reused else blk: {
            if (self.pages.items.len == 0) try self.pages.appendNTimes(self.allocator, .{}, 2);
            try self.pages.append(self.allocator, .{});
            break :blk @as(u32, @intCast(self.pages.items.len - 1));
        };
        const page = &self.pages.items[page_no];
        std.debug.assert(page.state != .in_use);
        std.debug.assert(page.pin_count == 0);
        if (page.buffer == null) page.buffer = try self.newBuffer();
        @memset(page.buffer.?, 0);
        page.state = .in_use;
        page.generation +%= 1;
        return self.pin(page_no, page);
    }

    pub fn free(self: *MemPages, page_no: u32) errors.Error!void {
        const page = try self.pageInUse(page_no);
        if (page.pin_count != 0) std.debug.panic("MemPages: free of pinned page {d}", .{page_no});
        page.state = .free;
        @memset(page.buffer.?, poison);
        try self.free_list.append(self.allocator, page_no);
    }

    pub fn release(self: *MemPages, ref: PageRef) void {
        std.debug.assert(ref.page_no >= 2 and ref.page_no < self.pages.items.len);
        std.debug.assert(self.pins_total > 0);
        self.pins_total -= 1;
        const page = &self.pages.items[ref.page_no];
        if (page.buffer != null and page.buffer.?.ptr == ref.bytes.ptr) {
            std.debug.assert(page.pin_count > 0);
            page.pin_count -= 1;
            return;
        }
        for (self.retired.items, 0..) |*retired, index| {
            if (retired.buffer.ptr != ref.bytes.ptr) continue;
            retired.pin_count -= 1;
            if (retired.pin_count == 0) {
                self.recycle(retired.buffer);
                _ = self.retired.swapRemove(index);
            }
            return;
        }
        std.debug.panic("MemPages: release of unknown ref to page {d}", .{ref.page_no});
    }

    /// True when `ref` was obtained before the newest getMut/allocate of its page.
    pub fn isStale(self: *const MemPages, ref: PageRef) bool {
        return self.pages.items[ref.page_no].generation != @as(u32, @truncate(ref.handle));
    }

    /// Pages currently owned by some tree (allocated and not freed).
    pub fn inUsePageCount(self: *const MemPages) u32 {
        var count: u32 = 0;
        for (self.pages.items) |page| count += @intFromBool(page.state == .in_use);
        return count;
    }

    /// One more than the highest page number ever allocated (the "file size" in pages).
    pub fn pageCount(self: *const MemPages) u32 {
        return @intCast(self.pages.items.len);
    }

    pub fn isInUse(self: *const MemPages, page_no: u32) bool {
        return page_no < self.pages.items.len and self.pages.items[page_no].state == .in_use;
    }

    pub fn expectNoPins(self: *const MemPages) !void {
        try std.testing.expectEqual(@as(u32, 0), self.pins_total);
    }

    fn pageInUse(self: *MemPages, page_no: u32) errors.Error!*Page {
        if (page_no < 2 or page_no >= self.pages.items.len) {
            return errors.corrupt(@src(), "page {d} out of range", .{page_no});
        }
        const page = &self.pages.items[page_no];
        if (page.state != .in_use) return errors.corrupt(@src(), "page {d} is not in use", .{page_no});
        return page;
    }

    fn newBuffer(self: *MemPages) errors.Error![]u8 {
        if (self.spare_buffers.popOrNull()) |buffer| return buffer;
        return self.allocator.alloc(u8, self.usableSizeBytes());
    }

    /// Poisons a buffer no ref points at any more and keeps it for reuse.
    fn recycle(self: *MemPages, buffer: []u8) void {
        @memset(buffer, poison);
        self.spare_buffers.append(self.allocator, buffer) catch self.allocator.free(buffer);
    }

    fn pin(self: *MemPages, page_no: u32, page: *Page) PageRef {
        if (self.pins_total >= pins_max) std.debug.panic("MemPages: more than {d} pins", .{pins_max});
        self.pins_total += 1;
        page.pin_count += 1;
        return .{ .page_no = page_no, .bytes = page.buffer.?, .handle = page.generation };
    }

    /// Moves the page's current buffer aside: freed now if unpinned, else poisoned and kept
    /// until its stale refs are released.
    fn retire(self: *MemPages, page: *Page) errors.Error!void {
        const old = page.buffer.?;
        if (page.pin_count == 0) {
            self.recycle(old);
            return;
        }
        @memset(old, poison);
        try self.retired.append(self.allocator, .{ .buffer = old, .pin_count = page.pin_count });
        page.pin_count = 0;
    }
};

test "MemPages: allocate, getMut moves the buffer, stale refs are poisoned, free reuses" {
    var pages = MemPages.init(std.testing.allocator, 512);
    defer pages.deinit();
    const a = try pages.allocate();
    try std.testing.expectEqual(@as(u32, 2), a.page_no);
    try std.testing.expectEqual(@as(usize, 504), a.bytes.len);
    a.bytes[0] = 42;
    const read = try pages.get(a.page_no);
    pages.release(a);
    try std.testing.expect(!pages.isStale(read));
    const write = try pages.getMut(read.page_no);
    try std.testing.expect(pages.isStale(read));
    try std.testing.expectEqual(@as(u8, 0xAA), read.bytes[0]);
    try std.testing.expectEqual(@as(u8, 42), write.bytes[0]);
    pages.release(read);
    pages.release(write);
    try pages.expectNoPins();
    try pages.free(2);
    try std.testing.expectError(error.Corrupt, pages.get(2));
    try std.testing.expectError(error.Corrupt, pages.get(1));
    try std.testing.expectError(error.Corrupt, pages.get(99));
    const again = try pages.allocate();
    defer pages.release(again);
    try std.testing.expectEqual(@as(u32, 2), again.page_no);
    try std.testing.expectEqual(@as(u8, 0), again.bytes[0]);
    try std.testing.expectEqual(@as(u32, 1), pages.inUsePageCount());
}
