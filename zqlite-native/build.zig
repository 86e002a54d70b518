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

    addSltRunner(b, target, optimize);
    addFuzzTargets(b, target, test_step);
}

/// The fuzz targets run once on their seed corpus with `zig build test`; `zig build fuzz --fuzz`
/// fuzzes them (coverage-guided, ReleaseSafe so assertions stay on) until stopped.
fn addFuzzTargets(b: *std.Build, target: std.Build.ResolvedTarget, test_step: *std.Build.Step) void {
    const fuzz_tests = b.addTest(.{
        .name = "fuzz",
        .root_source_file = b.path("src/fuzz_tests.zig"),
        .target = target,
        .optimize = .ReleaseSafe,
        // Only the fuzz targets: the storage files' own tests run in the unit-test binary.
        .filters = &.{"fuzz "},
    });
    fuzz_tests.linkLibC();
    const run = b.addRunArtifact(fuzz_tests);
    test_step.dependOn(&run.step);
    const step = b.step("fuzz", "Run the fuzz targets (add --fuzz to fuzz them until stopped)");
    step.dependOn(&run.step);
}

/// `zig build slt -- FILE...` runs SQL Logic Test files against Debian's libsqlite3, to prove the
/// runner (every record must pass on SQLite itself).
fn addSltRunner(b: *std.Build, target: std.Build.ResolvedTarget, optimize: std.builtin.OptimizeMode) void {
    const slt = b.addExecutable(.{
        .name = "slt-sqlite3",
        .root_source_file = b.path("src/slt_runner.zig"),
        .target = target,
        .optimize = optimize,
    });
    slt.linkLibC();
    slt.linkSystemLibrary("sqlite3");
    const with_sqlite3 = b.addOptions();
    with_sqlite3.addOption(bool, "with_sqlite3", true);
    slt.root_module.addOptions("build_options", with_sqlite3);
    const install = b.addInstallArtifact(slt, .{});
    const run = b.addRunArtifact(slt);
    run.addArgs(&.{ "--engine", "sqlite3" });
    if (b.args) |args| run.addArgs(args);
    const step = b.step("slt", "Run SQL Logic Test files (args after --) against libsqlite3");
    step.dependOn(&install.step);
    step.dependOn(&run.step);
    addSltZqlite(b, target, optimize);
}

/// `zig build slt-zqlite -- [--quiet] FILE...` runs SQL Logic Test files against ZQLite's own
/// SQL engine (sql/engine.zig); no libsqlite3 is linked.
fn addSltZqlite(b: *std.Build, target: std.Build.ResolvedTarget, optimize: std.builtin.OptimizeMode) void {
    const slt = b.addExecutable(.{
        .name = "slt-zqlite",
        .root_source_file = b.path("src/slt_runner.zig"),
        .target = target,
        .optimize = optimize,
    });
    slt.linkLibC();
    const options = b.addOptions();
    options.addOption(bool, "with_sqlite3", false);
    slt.root_module.addOptions("build_options", options);
    const install = b.addInstallArtifact(slt, .{});
    const run = b.addRunArtifact(slt);
    run.addArgs(&.{ "--engine", "zqlite" });
    if (b.args) |args| run.addArgs(args);
    const step = b.step("slt-zqlite", "Run SQL Logic Test files (args after --) against ZQLite");
    step.dependOn(&install.step);
    step.dependOn(&run.step);
}
