//! PageRef: a pinned view of one page, the currency of the page contract between the pager (and
//! its test double MemPages) and the B+tree. See /work/notes/pages_interface.md.
//!
//! Invariants: `page_no >= 2` (0 means "none", page 1 is the header page and never a tree page);
//! `bytes.len` is exactly the usable size (page size minus the 8-byte checksum trailer); `bytes` is
//! writable only when the ref came from `getMut` or `allocate`. Every ref is released exactly once,
//! and a ref obtained before a `getMut` of the same page is stale: release it and use the new one.
const std = @import("std");

pub const PageRef = struct {
    page_no: u32,
    bytes: []u8,
    /// Opaque to the B+tree: the implementation's buffer slot or pin identity.
    handle: usize,
};

/// The first page number a tree (or overflow) page can have: page 1 is the database header.
pub const page_no_first_tree: u32 = 2;

test "PageRef is a plain value" {
    var buffer = [_]u8{0} ** 16;
    const ref = PageRef{ .page_no = 2, .bytes = &buffer, .handle = 7 };
    try std.testing.expectEqual(@as(usize, 16), ref.bytes.len);
    try std.testing.expect(ref.page_no >= page_no_first_tree);
}
