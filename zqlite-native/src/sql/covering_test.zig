//! Covering index reads (planner.markCovering, executor.bindIndexRow): when every column a
//! table access reads is a key column of its index (or the rowid), rows come from the index
//! keys alone. The plan text is pinned to sqlite3 3.40.1's EXPLAIN QUERY PLAN for the same
//! schema; the results are compared with the same queries on an unindexed twin table, which
//! reads every row from the table, over seeded random rows of every storage class.
const std = @import("std");
const engine_test = @import("engine_test.zig");
const testing = std.testing;

const expectQuery = engine_test.expectQuery;

const schema =
    "CREATE TABLE t(id INTEGER PRIMARY KEY, a INT, b TEXT, c REAL, d BLOB);" ++
    "CREATE INDEX ta ON t(a); CREATE INDEX tab ON t(a, b); CREATE INDEX tb ON t(b DESC);" ++
    "CREATE INDEX tc ON t(c);";

test "covering: EXPLAIN QUERY PLAN says COVERING INDEX exactly where sqlite3 does" {
    const conn = try engine_test.openMemory();
    defer conn.close();
    try conn.exec(schema);
    const cases = [_][2][]const u8{
        // Equality, the rowid (every key ends with it), and the narrowest index that covers.
        .{ "SELECT a FROM t WHERE a = 1", "SEARCH t USING COVERING INDEX ta (a=?)" },
        .{ "SELECT id, a FROM t WHERE a = ?", "SEARCH t USING COVERING INDEX ta (a=?)" },
        .{ "SELECT a, b FROM t WHERE a = 1", "SEARCH t USING COVERING INDEX tab (a=?)" },
        .{ "SELECT a FROM t WHERE a = 1 AND b LIKE 'x%'", "SEARCH t USING COVERING INDEX tab (a=?)" },
        .{ "SELECT id FROM t WHERE b = 'x' AND a = 2", "SEARCH t USING COVERING INDEX tab (a=? AND b=?)" },
        .{ "SELECT a FROM t WHERE a IN (1, 2)", "SEARCH t USING COVERING INDEX ta (a=?)" },
        // A column outside every key needs the table row.
        .{ "SELECT c FROM t WHERE a = 1", "SEARCH t USING INDEX ta (a=?)" },
        .{ "SELECT * FROM t WHERE a = 1", "SEARCH t USING INDEX ta (a=?)" },
        .{ "SELECT a FROM t WHERE a = 1 AND d IS NULL", "SEARCH t USING INDEX ta (a=?)" },
        // Ranges.
        .{ "SELECT a FROM t WHERE a > 1 AND a < 5", "SEARCH t USING COVERING INDEX ta (a>? AND a<?)" },
        .{ "SELECT b, a FROM t WHERE a >= 1", "SEARCH t USING COVERING INDEX tab (a>?)" },
        .{ "SELECT count(*) FROM t WHERE c > 1.5", "SEARCH t USING COVERING INDEX tc (c>?)" },
        // Full scans in index order.
        .{ "SELECT b FROM t ORDER BY b", "SCAN t USING COVERING INDEX tb" },
        .{ "SELECT b FROM t ORDER BY b DESC LIMIT 3", "SCAN t USING COVERING INDEX tb" },
        // A full scan reads the cheapest covering index narrower than the table (newest of
        // equals: tc over ta for count(*)), or the table when none is.
        .{ "SELECT a FROM t", "SCAN t USING COVERING INDEX ta" },
        .{ "SELECT count(*) FROM t", "SCAN t USING COVERING INDEX tc" },
        .{ "SELECT b FROM t", "SCAN t USING COVERING INDEX tb" },
        .{ "SELECT a, b FROM t", "SCAN t USING COVERING INDEX tab" },
        .{ "SELECT id, c FROM t WHERE c + 0 > 1", "SCAN t USING COVERING INDEX tc" },
        .{ "SELECT a, count(*) FROM t GROUP BY a", "SCAN t USING COVERING INDEX ta" },
        .{ "SELECT d FROM t", "SCAN t" },
    };
    for (cases) |case| {
        var sql_buffer: [200]u8 = undefined;
        var expected_buffer: [200]u8 = undefined;
        const sql = try std.fmt.bufPrint(&sql_buffer, "EXPLAIN QUERY PLAN {s}", .{case[0]});
        try expectQuery(conn, sql, try std.fmt.bufPrint(&expected_buffer, "2|0|0|{s}\n", .{case[1]}));
    }
}

/// Queries run on `t` (covering reads) and on its unindexed twin `plain`: every
/// storage class of every key column, with typeof() so REAL and INTEGER cannot be confused.
const comparisons = [_][]const u8{
    "SELECT a, typeof(a), id FROM {s} WHERE a = 3 ORDER BY id",
    "SELECT id, a FROM {s} WHERE a IN (0, 3, -2, 7) ORDER BY id",
    "SELECT a, quote(b), id FROM {s} WHERE a = 5 ORDER BY id",
    "SELECT quote(b), a FROM {s} WHERE a >= -1 AND a < 4 ORDER BY a, b, id",
    "SELECT a, quote(b) FROM {s} WHERE a = 2 AND b = 'k2' ORDER BY id",
    "SELECT quote(b), length(b) FROM {s} ORDER BY b",
    "SELECT quote(b) FROM {s} ORDER BY b DESC LIMIT 7",
    "SELECT c, typeof(c) FROM {s} WHERE c > -1.5 ORDER BY c, id",
    "SELECT c, typeof(c), id FROM {s} WHERE c BETWEEN 0 AND 2 ORDER BY id",
    "SELECT count(*), total(a), total(c) FROM {s} WHERE a > 0",
    "SELECT count(*), min(c), max(c) FROM {s} WHERE c < 0.5",
    "SELECT a, count(*) FROM {s} WHERE a >= 0 GROUP BY a ORDER BY a",
    "SELECT a, typeof(a), quote(b) FROM {s} ORDER BY 1, 3",
    "SELECT count(*), total(c) FROM {s}",
};

test "covering: a full scan reads an index only when its rows are narrower, as sqlite3 chooses" {
    const conn = try engine_test.openMemory();
    defer conn.close();
    try conn.exec("CREATE TABLE t1(a); CREATE INDEX t1a ON t1(a);" ++
        "CREATE TABLE t3(id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX t3v ON t3(v);" ++
        "CREATE TABLE t4(id INTEGER PRIMARY KEY, v VARCHAR(100), w INT);" ++
        "CREATE INDEX t4v ON t4(v); CREATE INDEX t4w ON t4(w);" ++ schema);
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT a FROM t1", "2|0|0|SCAN t1\n");
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT id FROM t3", "2|0|0|SCAN t3\n");
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT count(*) FROM t4", "2|0|0|SCAN t4 USING COVERING INDEX t4w\n");
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT v FROM t4", "2|0|0|SCAN t4 USING COVERING INDEX t4v\n");
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT x.a FROM t x, t y WHERE x.a = y.c",
        \\2|0|0|SCAN x USING COVERING INDEX ta
        \\3|0|0|SEARCH y USING COVERING INDEX tc (c=?)
        \\
    );
}

test "covering: NOT INDEXED reads no index, but may still seek the rowid" {
    const conn = try engine_test.openMemory();
    defer conn.close();
    try conn.exec(schema ++ "INSERT INTO t VALUES(1, 3, 'x', 1, NULL), (2, 1, 'y', 2, NULL), (3, 2, 'z', 0, NULL)");
    const cases = [_][2][]const u8{
        .{ "SELECT a FROM t NOT INDEXED", "SCAN t" },
        .{ "SELECT b FROM t NOT INDEXED WHERE a = 1", "SCAN t" },
        .{ "SELECT b FROM t NOT INDEXED WHERE id = 1", "SEARCH t USING INTEGER PRIMARY KEY (rowid=?)" },
        .{ "SELECT a FROM t NOT INDEXED ORDER BY id", "SCAN t" },
    };
    for (cases) |case| {
        var sql_buffer: [200]u8 = undefined;
        var expected_buffer: [200]u8 = undefined;
        const sql = try std.fmt.bufPrint(&sql_buffer, "EXPLAIN QUERY PLAN {s}", .{case[0]});
        try expectQuery(conn, sql, try std.fmt.bufPrint(&expected_buffer, "2|0|0|{s}\n", .{case[1]}));
    }
    // Rows in rowid order, not the covering index's (sqlite3 3.40.1 gives 3,1,2).
    try expectQuery(conn, "SELECT group_concat(a) FROM t NOT INDEXED", "3,1,2\n");
    try expectQuery(conn, "SELECT group_concat(a) FROM t", "1,2,3\n");
}

test "covering: rows read from index keys equal the rows read from the table" {
    const conn = try engine_test.openMemory();
    defer conn.close();
    try conn.exec(schema ++ "CREATE TABLE plain(id INTEGER PRIMARY KEY, a INT, b TEXT, c REAL, d BLOB)");
    const seed: u64 = 0x5eed_c0e7;
    errdefer std.debug.print("covering test seed: 0x{x}\n", .{seed});
    var prng = std.Random.DefaultPrng.init(seed);
    try insertRandomRows(conn, prng.random(), 300);
    try conn.exec("INSERT INTO plain SELECT * FROM t");
    var sql = std.ArrayList(u8).init(testing.allocator);
    defer sql.deinit();
    var from_index = std.ArrayList(u8).init(testing.allocator);
    defer from_index.deinit();
    var from_table = std.ArrayList(u8).init(testing.allocator);
    defer from_table.deinit();
    inline for (comparisons) |template| {
        errdefer std.debug.print("query: {s}: {s}\n", .{ template, conn.lastError().message });
        for ([_][]const u8{ "t", "plain" }, [_]*std.ArrayList(u8){ &from_index, &from_table }) |table, out| {
            sql.clearRetainingCapacity();
            out.clearRetainingCapacity();
            try sql.writer().print(template, .{table});
            try engine_test.queryText(conn, sql.items, out);
        }
        try testing.expect(from_table.items.len > 0);
        try testing.expectEqualStrings(from_table.items, from_index.items);
    }
    // The comparisons above do read through the indexes, covering.
    try expectQuery(conn, "EXPLAIN QUERY PLAN SELECT c, typeof(c) FROM t WHERE c > -1.5 ORDER BY c, id", "2|0|0|SEARCH t USING COVERING INDEX tc (c>?)\n");
}

/// Rows whose key columns take every storage class: integers (large ones too) stored in the
/// REAL column, reals with integral values, NULLs, text with an embedded zero byte, blobs.
fn insertRandomRows(conn: anytype, random: std.Random, count: u32) !void {
    var sql = std.ArrayList(u8).init(testing.allocator);
    defer sql.deinit();
    for (0..count) |i| {
        sql.clearRetainingCapacity();
        const a: i64 = random.intRangeAtMost(i64, -3, 8);
        try sql.writer().print("INSERT INTO t VALUES({d}, ", .{i + 1});
        switch (random.uintLessThan(u8, 8)) {
            0 => try sql.appendSlice("NULL, "),
            1 => try sql.writer().print("{d}, ", .{std.math.maxInt(i64) - @as(i64, random.uintLessThan(u8, 3))}),
            else => try sql.writer().print("{d}, ", .{a}),
        }
        switch (random.uintLessThan(u8, 6)) {
            0 => try sql.appendSlice("NULL, "),
            1 => try sql.appendSlice("'', "),
            2 => try sql.writer().print("CAST(x'6b3{d}007a' AS TEXT), ", .{random.uintLessThan(u8, 4)}),
            else => try sql.writer().print("'k{d}', ", .{random.uintLessThan(u8, 6)}),
        }
        switch (random.uintLessThan(u8, 5)) {
            0 => try sql.appendSlice("NULL, "),
            1 => try sql.writer().print("{d}, ", .{random.intRangeAtMost(i64, -2, 2)}),
            2 => try sql.appendSlice("-0.0, "),
            else => try sql.writer().print("{d}.5, ", .{random.intRangeAtMost(i64, -3, 3)}),
        }
        try sql.writer().print("x'{x:0>4}')", .{random.int(u16)});
        try conn.exec(sql.items);
    }
}
