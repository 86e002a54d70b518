//! `slt`: runs SQL Logic Test files and prints, per file, `NAME: N passed, N failed`, then a
//! total line in the same form. Usage: `slt [--engine sqlite3] FILE...`. Exit status 0 when no
//! record failed, 1 otherwise, 2 on usage errors.
const std = @import("std");
const slt = @import("slt.zig");
const Sqlite3Engine = @import("sqlite3_engine.zig").Sqlite3Engine;

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
    if (args.len > 2 and std.mem.eql(u8, args[1], "--engine")) {
        if (!std.mem.eql(u8, args[2], "sqlite3")) {
            try stderr.print("slt: unknown engine '{s}' (this build knows: sqlite3)\n", .{args[2]});
            return 2;
        }
        files_start = 3;
    }
    if (files_start >= args.len) {
        try stderr.print("usage: slt [--engine sqlite3] FILE...\n", .{});
        return 2;
    }
    var total = slt.Summary{};
    for (args[files_start..]) |path| {
        const summary = try runFile(gpa, path, stderr);
        try stdout.print("{s}: {d} passed, {d} failed\n", .{ std.fs.path.basename(path), summary.passed, summary.failed });
        total.passed += summary.passed;
        total.failed += summary.failed;
    }
    try stdout.print("total: {d} passed, {d} failed\n", .{ total.passed, total.failed });
    return if (total.failed == 0) 0 else 1;
}

fn runFile(gpa: std.mem.Allocator, path: []const u8, report: anytype) !slt.Summary {
    const source = try std.fs.cwd().readFileAlloc(gpa, path, file_size_bytes_max);
    defer gpa.free(source);
    var arena_state = std.heap.ArenaAllocator.init(gpa);
    defer arena_state.deinit();
    const entries = try slt.parse(arena_state.allocator(), source);
    // Each file starts on a fresh in-memory database, as the reference runner does.
    var db = try Sqlite3Engine.open();
    defer db.close();
    return slt.run(gpa, db.engine(), entries, std.fs.path.basename(path), report);
}
