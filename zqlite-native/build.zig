//! Builds libzqlite.so (C ABI + JNI entry points), the `zqlite` shell, and runs the Zig tests.
//!
//! Steps: `zig build` (install both artifacts into zig-out/), `zig build test` (all unit tests,
//! gathered by src/unit_tests.zig). libc is linked because the library lives inside a JVM process
//! that already uses glibc, and pthread-based std.Thread must agree with it.
const std = @import("std");

pub fn build(b: *std.Build) void {
    const target = b.standardTargetOptions(.{});
    const optimize = b.standardOptimizeOption(.{});

    const lib = b.addSharedLibrary(.{
        .name = "zqlite",
        .root_source_file = b.path("src/root.zig"),
        .target = target,
        .optimize = optimize,
    });
    lib.linkLibC();
    b.installArtifact(lib);

    const shell = b.addExecutable(.{
        .name = "zqlite",
        .root_source_file = b.path("src/shell.zig"),
        .target = target,
        .optimize = optimize,
    });
    shell.linkLibC();
    b.installArtifact(shell);

    const unit_tests = b.addTest(.{
        .root_source_file = b.path("src/unit_tests.zig"),
        .target = target,
        .optimize = optimize,
    });
    unit_tests.linkLibC();
    const run_unit_tests = b.addRunArtifact(unit_tests);
    const test_step = b.step("test", "Run the Zig unit tests");
    test_step.dependOn(&run_unit_tests.step);
}
