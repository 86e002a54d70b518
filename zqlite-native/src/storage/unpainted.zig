//! Allocation without the safe-build fill. `Allocator.alloc` and `create` write `undefined` into
//! new memory, and safe builds (the shipped library is ReleaseSafe) write it as 0xaa bytes. On
//! hot paths whose buffers are written before they are read (a bound value's copy, a tree's
//! write scratch, a balance's cell lists, a cursor's 16 KiB key buffer) that fill cost as much
//! as the work itself. Memory from here is freed the usual way (`allocator.free`/`destroy`).
const std = @import("std");
const assert = std.debug.assert;

/// `count` items of `T` from `allocator`, uninitialised and unfilled.
pub fn alloc(comptime T: type, allocator: std.mem.Allocator, count: usize) error{OutOfMemory}![]T {
    if (count == 0 or @sizeOf(T) == 0) return &.{};
    const size_bytes = std.math.mul(usize, count, @sizeOf(T)) catch return error.OutOfMemory;
    const alignment = comptime std.math.log2_int(usize, @alignOf(T));
    const bytes = allocator.rawAlloc(size_bytes, alignment, @returnAddress()) orelse return error.OutOfMemory;
    assert(std.mem.isAligned(@intFromPtr(bytes), @alignOf(T)));
    const items: [*]T = @ptrCast(@alignCast(bytes));
    return items[0..count];
}

/// One `T`, uninitialised and unfilled: the caller initialises every field it later reads.
pub fn create(comptime T: type, allocator: std.mem.Allocator) error{OutOfMemory}!*T {
    comptime assert(@sizeOf(T) > 0);
    return &(try alloc(T, allocator, 1))[0];
}

test "unpainted: allocations are aligned, sized and freed like alloc's" {
    const allocator = std.testing.allocator;
    const bytes = try alloc(u8, allocator, 100);
    defer allocator.free(bytes);
    try std.testing.expectEqual(@as(usize, 100), bytes.len);
    const words = try alloc(u64, allocator, 7);
    defer allocator.free(words);
    try std.testing.expect(std.mem.isAligned(@intFromPtr(words.ptr), @alignOf(u64)));
    const one = try create(u128, allocator);
    defer allocator.destroy(one);
    try std.testing.expectEqual(@as(usize, 0), (try alloc(u8, allocator, 0)).len);
}
