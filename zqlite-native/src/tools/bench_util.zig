//! Pieces shared by the benchmark executables (storage_bench.zig, sql_bench.zig): per-operation
//! latency samples with percentiles, and a description of the machine for the report header.
//!
//! Invariants: a `Latencies` never grows past the capacity reserved at init (a sample beyond it
//! is dropped, so a time-bounded loop never allocates while it is being timed); percentiles are
//! read from the sorted samples, nearest-rank below.
const std = @import("std");
const assert = std.debug.assert;

/// Per-operation latencies of one workload.
pub const Latencies = struct {
    ns: std.ArrayList(u64),

    pub fn init(allocator: std.mem.Allocator, capacity: usize) !Latencies {
        var ns = std.ArrayList(u64).init(allocator);
        try ns.ensureTotalCapacityPrecise(capacity);
        assert(ns.capacity >= capacity);
        return .{ .ns = ns };
    }

    pub fn deinit(l: *Latencies) void {
        l.ns.deinit();
    }

    pub fn add(l: *Latencies, ns: u64) void {
        // Capacity is reserved up front; a miss only drops a sample.
        if (l.ns.items.len < l.ns.capacity) l.ns.appendAssumeCapacity(ns);
    }

    /// Appends every sample of `other` (allocates: call outside timed regions).
    pub fn merge(l: *Latencies, other: *const Latencies) !void {
        try l.ns.appendSlice(other.ns.items);
    }

    pub fn percentileUs(l: *Latencies, per_mille: u32) f64 {
        assert(per_mille <= 1000);
        if (l.ns.items.len == 0) return 0;
        std.mem.sort(u64, l.ns.items, {}, std.sort.asc(u64));
        const index = (l.ns.items.len - 1) * per_mille / 1000;
        assert(index < l.ns.items.len);
        return @as(f64, @floatFromInt(l.ns.items[index])) / 1000.0;
    }
};

/// Operations per second over `elapsed_ns` (never divides by zero).
pub fn perSecond(ops: u64, elapsed_ns: u64) f64 {
    const seconds = @as(f64, @floatFromInt(@max(elapsed_ns, 1))) / 1e9;
    return @as(f64, @floatFromInt(ops)) / seconds;
}

/// The CPU model from /proc/cpuinfo ("unknown" when unreadable), copied into `buffer`.
pub fn cpuModel(buffer: []u8) []const u8 {
    assert(buffer.len > 0);
    var file = std.fs.openFileAbsolute("/proc/cpuinfo", .{}) catch return "unknown";
    defer file.close();
    var text: [16 * 1024]u8 = undefined;
    const size = file.readAll(&text) catch return "unknown";
    var lines = std.mem.splitScalar(u8, text[0..size], '\n');
    var count: u32 = 0;
    while (lines.next()) |line| : (count += 1) {
        if (count > 1000) break;
        if (!std.mem.startsWith(u8, line, "model name")) continue;
        const colon = std.mem.indexOfScalar(u8, line, ':') orelse continue;
        const model = std.mem.trim(u8, line[colon + 1 ..], " \t");
        const n = @min(model.len, buffer.len);
        @memcpy(buffer[0..n], model[0..n]);
        return buffer[0..n];
    }
    return "unknown";
}

/// Prints "machine: nproc=N, cpu=MODEL".
pub fn printMachine() void {
    var model_buffer: [128]u8 = undefined;
    const cpus = std.Thread.getCpuCount() catch 0;
    std.debug.print("machine: nproc={d}, cpu={s}\n", .{ cpus, cpuModel(&model_buffer) });
}

test "bench_util: percentiles of known samples" {
    var l = try Latencies.init(std.testing.allocator, 4);
    defer l.deinit();
    for ([_]u64{ 4000, 1000, 3000, 2000, 9000 }) |ns| l.add(ns);
    try std.testing.expectEqual(@as(usize, 4), l.ns.items.len); // the fifth is dropped
    try std.testing.expectEqual(@as(f64, 2.0), l.percentileUs(500));
    try std.testing.expectEqual(@as(f64, 4.0), l.percentileUs(1000));
    try std.testing.expectEqual(@as(f64, 1000.0), perSecond(1000, std.time.ns_per_s));
}
