//! A rough benchmark of the pager alone (no B+tree): small commits, one large transaction under a
//! small cache (spilling), snapshot reads, and concurrent durable commits on a real file.
//! Run: `./tools/zig.sh run -O ReleaseFast -lc src/storage/pager_benchmark.zig -- /tmp/dir`.
//! Not part of the unit tests; numbers are for comparing changes, not for assertions.
const std = @import("std");
const pager = @import("pager.zig");
const Database = pager.Database;

pub fn main() !void {
    var gpa: std.heap.GeneralPurposeAllocator(.{}) = .{};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();
    const args = try std.process.argsAlloc(allocator);
    defer std.process.argsFree(allocator, args);
    const dir = if (args.len > 1) args[1] else "/tmp";
    try smallCommits(allocator);
    try largeTransaction(allocator);
    try reads(allocator);
    try durableCommits(allocator, dir, 1);
    try durableCommits(allocator, dir, 8);
}

fn report(name: []const u8, count: u64, timer: *std.time.Timer) void {
    const ns = timer.read();
    const per_s = @as(f64, @floatFromInt(count)) / (@as(f64, @floatFromInt(ns)) / 1e9);
    std.debug.print("{s}: {d} in {d} ms ({d:.0}/s)\n", .{ name, count, ns / std.time.ns_per_ms, per_s });
}

fn smallCommits(allocator: std.mem.Allocator) !void {
    const db = try Database.openMemory(allocator, .{ .durability = .off });
    defer db.close();
    var w0 = try db.beginWrite();
    var i: u32 = 0;
    while (i < 100) : (i += 1) w0.release(try w0.allocate());
    try w0.commit();
    var timer = try std.time.Timer.start();
    const commits: u32 = 100_000;
    i = 0;
    while (i < commits) : (i += 1) {
        var w = try db.beginWrite();
        const ref = try w.getMut(2 + i % 100);
        ref.bytes[0] +%= 1;
        w.release(ref);
        try w.commit();
    }
    report("memory, 1-page commits", commits, &timer);
}

fn largeTransaction(allocator: std.mem.Allocator) !void {
    const db = try Database.openMemory(allocator, .{ .cache_size_bytes_max = 1 << 20 });
    defer db.close();
    var timer = try std.time.Timer.start();
    const pages: u32 = 100_000; // 400 MB of pages through a 1 MiB cache.
    var w = try db.beginWrite();
    var i: u32 = 0;
    while (i < pages) : (i += 1) {
        const ref = try w.allocate();
        ref.bytes[0] = @truncate(i);
        w.release(ref);
    }
    report("  allocate+fill (spilling)", pages, &timer);
    try w.commit();
    report("one transaction of new pages, 1 MiB cache", pages, &timer);
    std.debug.print("  spilled frames {d}, checkpoints {d}\n", .{ db.stats().spilled_frames, db.stats().checkpoints });
}

fn reads(allocator: std.mem.Allocator) !void {
    const db = try Database.openMemory(allocator, .{ .durability = .off });
    defer db.close();
    var w = try db.beginWrite();
    var i: u32 = 0;
    while (i < 1000) : (i += 1) w.release(try w.allocate());
    try w.commit();
    var timer = try std.time.Timer.start();
    const gets: u32 = 2_000_000;
    var r = try db.beginRead();
    defer r.end();
    var sum: u64 = 0;
    i = 0;
    while (i < gets) : (i += 1) {
        const ref = try r.get(2 + (i *% 7919) % 1000);
        sum += ref.bytes[0];
        r.release(ref);
    }
    std.mem.doNotOptimizeAway(sum);
    report("cached page gets", gets, &timer);
}

fn durableCommits(allocator: std.mem.Allocator, dir: []const u8, threads: u32) !void {
    const path = try std.fmt.allocPrint(allocator, "{s}/zqlite_bench_{d}.db", .{ dir, threads });
    defer allocator.free(path);
    std.fs.cwd().deleteFile(path) catch {};
    const wal_path = try std.fmt.allocPrint(allocator, "{s}-wal", .{path});
    defer allocator.free(wal_path);
    std.fs.cwd().deleteFile(wal_path) catch {};
    const db = try Database.open(allocator, path, .{ .durability = .full });
    defer db.close();
    var w = try db.beginWrite();
    var i: u32 = 0;
    while (i < threads) : (i += 1) w.release(try w.allocate());
    try w.commit();
    const per_thread: u32 = 200;
    var timer = try std.time.Timer.start();
    const before = db.stats();
    var handles: [16]std.Thread = undefined;
    i = 0;
    while (i < threads) : (i += 1) handles[i] = try std.Thread.spawn(.{}, commitLoop, .{ db, 2 + i, per_thread });
    i = 0;
    while (i < threads) : (i += 1) handles[i].join();
    const after = db.stats();
    std.debug.print("{d} threads: ", .{threads});
    report("durable commits", threads * per_thread, &timer);
    std.debug.print("  fsyncs {d} for {d} commits\n", .{ after.fsyncs - before.fsyncs, after.commits - before.commits });
}

fn commitLoop(db: *Database, page_no: u32, commits: u32) void {
    var i: u32 = 0;
    while (i < commits) : (i += 1) {
        var w = db.beginWrite() catch unreachable;
        const ref = w.getMut(page_no) catch unreachable;
        ref.bytes[0] +%= 1;
        w.release(ref);
        w.commit() catch unreachable;
    }
}
