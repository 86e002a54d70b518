//! The `zqlite` command-line shell. Until the SQL layer lands it opens nothing and only reports
//! the engine version (`zqlite --version`); the sqlite3-compatible shell arrives with SQL.
const std = @import("std");
const version = @import("version.zig");

pub fn main() !u8 {
    var args = try std.process.argsWithAllocator(std.heap.page_allocator);
    defer args.deinit();
    _ = args.skip();
    const stdout = std.io.getStdOut().writer();
    const stderr = std.io.getStdErr().writer();
    const first = args.next() orelse {
        try stdout.print("ZQLite {s}\n", .{version.string});
        return 0;
    };
    if (std.mem.eql(u8, first, "--version") or std.mem.eql(u8, first, "-version")) {
        try stdout.print("{s}\n", .{version.string});
        return 0;
    }
    try stderr.print("zqlite: SQL is not available yet in this build ({s})\n", .{first});
    return 1;
}
