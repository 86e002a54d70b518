//! The engine's version: one source of truth for the C ABI, JNI and the shell.
const std = @import("std");

pub const major: u32 = 0;
pub const minor: u32 = 1;
pub const patch: u32 = 0;

/// "major.minor.patch", NUL-terminated so the C ABI can hand it out without copying.
pub const string: [:0]const u8 = std.fmt.comptimePrint("{d}.{d}.{d}", .{ major, minor, patch });

/// major * 1_000_000 + minor * 1_000 + patch, as SQLITE_VERSION_NUMBER does.
pub const number: u32 = major * 1_000_000 + minor * 1_000 + patch;

comptime {
    std.debug.assert(minor < 1000 and patch < 1000);
}

test "version string and number agree" {
    var buf: [32]u8 = undefined;
    const s = try std.fmt.bufPrint(&buf, "{d}.{d}.{d}", .{
        number / 1_000_000,
        (number / 1_000) % 1_000,
        number % 1_000,
    });
    try std.testing.expectEqualStrings(string, s);
}
