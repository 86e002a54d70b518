//! Root of libzqlite.so: everything exported from the shared library is reached from here.
pub const version = @import("version.zig");
pub const c_api = @import("c_api.zig");
pub const jni = @import("jni.zig");

comptime {
    _ = c_api;
    _ = jni;
}
