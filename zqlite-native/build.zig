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
    const c_api_test = addCApiTest(b, target, optimize, lib);

    const shell = b.addExecutable(.{
        .name = "zqlite",
        .root_source_file = b.path("src/shell.zig"),
        .target = target,
        .optimize = optimize,
    });
    shell.linkLibC();
    b.installArtifact(shell);
    // The shell must behave like sqlite3: same output, errors and exit status on shared scripts.
    const shell_compat = b.addSystemCommand(&.{ "bash", "tests/shell_compat.sh" });
    shell_compat.addArtifactArg(shell);
    shell_compat.has_side_effects = true;

    const unit_tests = b.addTest(.{
        .root_source_file = b.path("src/unit_tests.zig"),
        .target = target,
        .optimize = optimize,
    });
    unit_tests.linkLibC();
    const run_unit_tests = b.addRunArtifact(unit_tests);
    const test_step = b.step("test", "Run the Zig unit tests");
    test_step.dependOn(&run_unit_tests.step);
    test_step.dependOn(&c_api_test.step);
    test_step.dependOn(&shell_compat.step);

    addSltRunner(b, target, optimize);
    addFuzzTargets(b, target, test_step);
    addDifferentialTest(b, target, optimize, test_step);
    addStorageTools(b, target, optimize, test_step);
    addSqlBench(b, target, optimize);
}

/// `zig build bench-sql -Doptimize=ReleaseFast [-- --rows N ...]`: ZQLite against Debian's
/// libsqlite3, side by side (docs/benchmarks.md, "SQL: ZQLite vs SQLite"). libsqlite3 is linked
/// into this executable only. Never part of `zig build test`.
fn addSqlBench(b: *std.Build, target: std.Build.ResolvedTarget, optimize: std.builtin.OptimizeMode) void {
    const sql = b.createModule(.{ .root_source_file = b.path("src/zqlite_sql.zig") });
    const bench = b.addExecutable(.{
        .name = "sql-bench",
        .root_source_file = b.path("src/tools/sql_bench.zig"),
        .target = target,
        .optimize = optimize,
    });
    bench.root_module.addImport("zqlite_sql", sql);
    bench.linkLibC();
    bench.linkSystemLibrary("sqlite3");
    const install = b.addInstallArtifact(bench, .{});
    const run = b.addRunArtifact(bench);
    run.has_side_effects = true;
    if (b.args) |args| run.addArgs(args);
    const step = b.step("bench-sql", "ZQLite vs SQLite benchmark (use -Doptimize=ReleaseFast; -- --rows N to scale)");
    step.dependOn(&install.step);
    step.dependOn(&run.step);
}

/// The storage layer's whole-engine evidence. `zig build kill-test [-- --cycles N --seed S]` runs
/// the kill test (kill-test SIGKILLs zqlite-torture at random moments and verifies the database);
/// it is also part of `zig build test`. Both are ReleaseSafe whatever -Doptimize says, so the
/// 200 cycles stay fast while assertions stay on. The tools reach the storage files through the
/// `zqlite_storage` module, rooted at storage/integrity.zig.
fn addStorageTools(
    b: *std.Build,
    target: std.Build.ResolvedTarget,
    optimize: std.builtin.OptimizeMode,
    test_step: *std.Build.Step,
) void {
    const storage = b.createModule(.{ .root_source_file = b.path("src/storage/integrity.zig") });
    const torture = b.addExecutable(.{
        .name = "zqlite-torture",
        .root_source_file = b.path("src/tools/torture.zig"),
        .target = target,
        .optimize = .ReleaseSafe,
    });
    torture.root_module.addImport("zqlite_storage", storage);
    torture.linkLibC();
    const kill_test = b.addExecutable(.{
        .name = "kill-test",
        .root_source_file = b.path("src/tools/kill_test.zig"),
        .target = target,
        .optimize = .ReleaseSafe,
    });
    kill_test.root_module.addImport("zqlite_storage", storage);
    kill_test.linkLibC();
    const run_in_tests = b.addRunArtifact(kill_test);
    run_in_tests.addArtifactArg(torture);
    run_in_tests.has_side_effects = true;
    test_step.dependOn(&run_in_tests.step);
    const run = b.addRunArtifact(kill_test);
    run.addArtifactArg(torture);
    run.has_side_effects = true;
    if (b.args) |args| run.addArgs(args);
    const step = b.step("kill-test", "SIGKILL a writer 200 times; verify no acked transaction is lost");
    step.dependOn(&run.step);
    addStorageBench(b, target, optimize, storage);
}

/// `zig build bench-storage -Doptimize=ReleaseFast [-- --rows N]`: the storage benchmark table
/// (docs/benchmarks.md, "Storage"). Never part of `zig build test`.
fn addStorageBench(
    b: *std.Build,
    target: std.Build.ResolvedTarget,
    optimize: std.builtin.OptimizeMode,
    storage: *std.Build.Module,
) void {
    const bench = b.addExecutable(.{
        .name = "storage-bench",
        .root_source_file = b.path("src/tools/storage_bench.zig"),
        .target = target,
        .optimize = optimize,
    });
    bench.root_module.addImport("zqlite_storage", storage);
    bench.linkLibC();
    const run = b.addRunArtifact(bench);
    run.has_side_effects = true;
    if (b.args) |args| run.addArgs(args);
    const step = b.step("bench-storage", "Storage benchmark (use -Doptimize=ReleaseFast; -- --rows N to scale)");
    step.dependOn(&run.step);
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

/// A C program that drives libzqlite.so through include/zqlite.h; part of `zig build test`.
fn addCApiTest(
    b: *std.Build,
    target: std.Build.ResolvedTarget,
    optimize: std.builtin.OptimizeMode,
    lib: *std.Build.Step.Compile,
) *std.Build.Step.Run {
    const c_test = b.addExecutable(.{ .name = "c_api_test", .target = target, .optimize = optimize });
    c_test.addCSourceFile(.{ .file = b.path("tests/c_api_test.c"), .flags = &.{ "-std=c99", "-Wall", "-Werror" } });
    c_test.addIncludePath(b.path("include"));
    c_test.linkLibrary(lib);
    c_test.linkLibC();
    const run = b.addRunArtifact(c_test);
    b.step("c-api-test", "Run the C ABI test program").dependOn(&run.step);
    return run;
}

/// Random schemas, data and queries run in ZQLite and in Debian's libsqlite3, compared.
fn addDifferentialTest(
    b: *std.Build,
    target: std.Build.ResolvedTarget,
    optimize: std.builtin.OptimizeMode,
    test_step: *std.Build.Step,
) void {
    const diff = b.addTest(.{
        .name = "differential",
        .root_source_file = b.path("src/differential_tests.zig"),
        .target = target,
        .optimize = optimize,
        .filters = &.{"differential"},
    });
    diff.linkLibC();
    diff.linkSystemLibrary("sqlite3");
    const run = b.addRunArtifact(diff);
    test_step.dependOn(&run.step);
    b.step("differential", "Compare ZQLite with SQLite on random SQL").dependOn(&run.step);
}
