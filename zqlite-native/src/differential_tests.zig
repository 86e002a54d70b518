//! Root of the differential test binary (linked with libsqlite3), so that testing/ files may
//! import the engine from the module root.
comptime {
    _ = @import("testing/differential.zig");
}
