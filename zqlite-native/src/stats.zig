//! Engine statistics, flattened for the C ABI (`zqlite_stats`) and JNI (`NativeLibrary.stats`).
//!
//! Every figure belongs to the database a connection is open on, not to the connection: the
//! pager keeps one `Database` per path for the whole process, so all connections (and all pools)
//! on one file read the same counters. They are monotonic atomics bumped where the work happens
//! (cache lookups, WAL appends, commits, fsyncs, checkpoints in the pager; one add per statement
//! execution in the engine), read here with relaxed loads: a snapshot of counters may be torn
//! across fields, never within one. `wal_frames` and `wal_size_bytes` are gauges, not counters.
//!
//! The order below is the ABI: `ZQLITE_STAT_*` in include/zqlite.h and `ZqliteStats` in Java
//! read the same indexes. New figures are appended, never inserted.
const std = @import("std");
const assert = std.debug.assert;
const engine = @import("sql/engine.zig");
const pager = @import("storage/pager.zig");

pub const Index = enum(u8) {
    cache_hits,
    cache_misses,
    wal_frames,
    wal_size_bytes,
    checkpoints,
    commits,
    fsyncs,
    spilled_frames,
    statements_select,
    statements_insert,
    statements_update,
    statements_delete,
    statements_ddl,
    statements_transaction,
    statements_other,
};

pub const count: u32 = @typeInfo(Index).@"enum".fields.len;

comptime {
    // The statement figures follow engine.StatementKind one for one, in its order.
    const kinds = @typeInfo(engine.StatementKind).@"enum".fields;
    assert(@intFromEnum(Index.statements_other) - @intFromEnum(Index.statements_select) + 1 == kinds.len);
    assert(@intFromEnum(Index.statements_select) + @intFromEnum(engine.StatementKind.other) ==
        @intFromEnum(Index.statements_other));
}

/// Writes the first `out.len` figures (at most `count`) of `conn`'s database; returns how many.
pub fn fill(conn: *const engine.Connection, out: []i64) u32 {
    var all: [count]i64 = undefined;
    const s = conn.db.stats();
    all[@intFromEnum(Index.cache_hits)] = clamp(s.cache_hits);
    all[@intFromEnum(Index.cache_misses)] = clamp(s.cache_misses);
    all[@intFromEnum(Index.wal_frames)] = clamp(s.wal_frames);
    all[@intFromEnum(Index.wal_size_bytes)] = clamp(s.wal_size_bytes);
    all[@intFromEnum(Index.checkpoints)] = clamp(s.checkpoints);
    all[@intFromEnum(Index.commits)] = clamp(s.commits);
    all[@intFromEnum(Index.fsyncs)] = clamp(s.fsyncs);
    all[@intFromEnum(Index.spilled_frames)] = clamp(s.spilled_frames);
    const first = @intFromEnum(Index.statements_select);
    for (first..count, 0..) |at, kind| {
        all[at] = clamp(conn.db.statements[kind].load(.monotonic));
    }
    const written: u32 = @intCast(@min(out.len, count));
    @memcpy(out[0..written], all[0..written]);
    assert(written <= count);
    return written;
}

fn clamp(value: u64) i64 {
    return @intCast(@min(value, std.math.maxInt(i64)));
}

test "stats: statements are counted by kind on the database, commits and cache move" {
    const allocator = std.heap.c_allocator;
    const conn = try engine.Connection.open(allocator, ":memory:", .{});
    defer conn.close();
    var before: [count]i64 = undefined;
    try std.testing.expectEqual(count, fill(conn, &before));
    try conn.exec("CREATE TABLE t(a INTEGER); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);");
    try conn.exec("UPDATE t SET a = 3; SELECT * FROM t; BEGIN; DELETE FROM t; COMMIT;");
    var after: [count]i64 = undefined;
    _ = fill(conn, &after);
    const delta = struct {
        fn of(a: [count]i64, b: [count]i64, index: Index) i64 {
            return b[@intFromEnum(index)] - a[@intFromEnum(index)];
        }
    }.of;
    try std.testing.expectEqual(@as(i64, 1), delta(before, after, .statements_ddl));
    try std.testing.expectEqual(@as(i64, 2), delta(before, after, .statements_insert));
    try std.testing.expectEqual(@as(i64, 1), delta(before, after, .statements_update));
    try std.testing.expectEqual(@as(i64, 1), delta(before, after, .statements_select));
    try std.testing.expectEqual(@as(i64, 1), delta(before, after, .statements_delete));
    try std.testing.expectEqual(@as(i64, 2), delta(before, after, .statements_transaction));
    try std.testing.expect(delta(before, after, .commits) >= 4);
    try std.testing.expect(after[@intFromEnum(Index.cache_hits)] > 0);
    // A short buffer gets a prefix, never more.
    var two: [2]i64 = .{ -1, -1 };
    try std.testing.expectEqual(@as(u32, 2), fill(conn, &two));
    try std.testing.expectEqual(after[0], two[0]);
}
