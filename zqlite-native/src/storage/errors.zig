//! The storage layer's one error set. Every storage file returns a subset of it; c_api.zig maps
//! it to C codes by an exhaustive switch.
//!
//! Bad bytes on disk are never an assertion: they are `Corrupt`, reported with where they were
//! seen (see `corrupt`). Assertions catch only our own bugs.
const std = @import("std");

pub const Error = error{
    /// A page, frame, record or header failed a checksum or a structural check.
    Corrupt,
    /// The writer lock (or a checkpoint's lock) was still held when the busy timeout ran out.
    Busy,
    /// Another process holds the database's advisory file lock.
    Locked,
    /// The operating system refused a read, write, sync or truncate.
    IoError,
    OutOfMemory,
    /// The file system is full.
    NoSpace,
    /// A write was attempted through a read-only transaction or connection.
    ReadOnly,
    /// A value or record exceeds the engine's limits (for example a 16 MiB+ value).
    TooBig,
    /// The caller broke an API rule (for example committing a finished transaction).
    Misuse,
    /// The file is not a ZQLite database (bad magic) or has an unsupported format version.
    NotADatabase,
};

/// Logs where corruption was detected and returns error.Corrupt, as SQLITE_CORRUPT_BKPT does:
/// `return errors.corrupt(@src(), "page {d}: cell offset {d} out of range", .{ page_no, offset });`
/// Never inlined: the log call needs a 4 KiB buffered writer on the stack, and inlined into
/// hot page parsers (parseCell, keyAt, parseNode) it made each call probe a 4 KiB frame.
pub noinline fn corrupt(src: std.builtin.SourceLocation, comptime fmt: []const u8, args: anytype) Error {
    if (!@import("builtin").is_test) {
        std.log.scoped(.zqlite).warn("corruption at {s}:{d}: " ++ fmt, .{ src.file, src.line } ++ args);
    }
    return error.Corrupt;
}

test "corrupt returns error.Corrupt" {
    try std.testing.expectError(error.Corrupt, @as(Error!void, corrupt(@src(), "page {d}", .{7})));
}
