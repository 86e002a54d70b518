//! The C ABI declared in include/zqlite.h. This is the one place where Zig errors become C codes.
const std = @import("std");
const version = @import("version.zig");

/// Returns the engine version as a static NUL-terminated string ("0.1.0").
pub export fn zqlite_libversion() [*:0]const u8 {
    return version.string.ptr;
}

/// Returns the engine version as major * 1000000 + minor * 1000 + patch.
pub export fn zqlite_libversion_number() c_int {
    return @intCast(version.number);
}

test "C ABI reports the engine version" {
    try std.testing.expectEqualStrings(version.string, std.mem.span(zqlite_libversion()));
    try std.testing.expect(zqlite_libversion_number() == version.number);
}
