//! `slt`: runs SQL Logic Test files and prints, per file, `NAME: N passed, N failed`, then a
//! total line in the same form. Usage: `slt [--engine sqlite3|zqlite] [--quiet] FILE...`. Exit
//! status 0 when no record failed, 1 otherwise, 2 on usage errors. `--quiet` drops the
//! per-record failure report (stderr). Only the `slt` build step links libsqlite3 and so has
//! the sqlite3 engine (build option with_sqlite3); `slt-zqlite` has only ZQLite's.
const std = @import("std");
const slt = @import("slt.zig");
const build_options = @import("build_options");
const Sqlite3Engine = if (build_options.with_sqlite3) @import("sqlite3_engine.zig").Sqlite3Engine else void;
const ZqliteEngine = @import("zqlite_engine.zig").ZqliteEngine;

const EngineKind = enum { sqlite3, zqlite };

const file_size_bytes_max: usize = 64 * 1024 * 1024;

pub fn main() !u8 {
    var gpa_state = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa_state.deinit();
    const gpa = gpa_state.allocator();
    const args = try std.process.argsAlloc(gpa);
    defer std.process.argsFree(gpa, args);
    const stdout = std.io.getStdOut().writer();
    const stderr = std.io.getStdErr().writer();

    var files_start: usize = 1;
    var kind: EngineKind = if (build_options.with_sqlite3) .sqlite3 else .zqlite;
    var quiet = false;
    while (files_start < args.len and std.mem.startsWith(u8, args[files_start], "--")) {
        if (std.mem.eql(u8, args[files_start], "--quiet")) {
            quiet = true;
            files_start += 1;
            continue;
        }
        if (!std.mem.eql(u8, args[files_start], "--engine") or files_start + 1 >= args.len) break;
        const name = args[files_start + 1];
        kind = std.meta.stringToEnum(EngineKind, name) orelse {
            try stderr.print("slt: unknown engine '{s}' (known: sqlite3, zqlite)\n", .{name});
            return 2;
        };
        if (kind == .sqlite3 and !build_options.with_sqlite3) {
            try stderr.print("slt: this build has no sqlite3 engine (use `zig build slt`)\n", .{});
            return 2;
        }
        files_start += 2;
    }
    if (files_start >= args.len) {
        try stderr.print("usage: slt [--engine sqlite3|zqlite] [--quiet] FILE...\n", .{});
        return 2;
    }
    var total = slt.Summary{};
    for (args[files_start..]) |path| {
        const summary = if (quiet)
            try runFile(gpa, kind, path, std.io.null_writer)
        else
            try runFile(gpa, kind, path, stderr);
        try stdout.print("{s}: {d} passed, {d} failed\n", .{ std.fs.path.basename(path), summary.passed, summary.failed });
        total.passed += summary.passed;
        total.failed += summary.failed;
    }
    try stdout.print("total: {d} passed, {d} failed\n", .{ total.passed, total.failed });
    return if (total.failed == 0) 0 else 1;
}

fn runFile(gpa: std.mem.Allocator, kind: EngineKind, path: []const u8, report: anytype) !slt.Summary {
    const source = try std.fs.cwd().readFileAlloc(gpa, path, file_size_bytes_max);
    defer gpa.free(source);
    var arena_state = std.heap.ArenaAllocator.init(gpa);
    defer arena_state.deinit();
    const entries = try slt.parse(arena_state.allocator(), source);
    // Each file starts on a fresh in-memory database, as the reference runner does.
    const name = std.fs.path.basename(path);
    if (kind == .zqlite) {
        var db = try ZqliteEngine.open(gpa);
        defer db.close();
        return slt.run(gpa, db.engine(), entries, name, report);
    }
    if (!build_options.with_sqlite3) unreachable;
    var db = try Sqlite3Engine.open();
    defer db.close();
    return slt.run(gpa, db.engine(), entries, name, report);
}
