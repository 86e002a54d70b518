//! Differential test: seeded random schemas, data and queries in the subset ZQLite supports, run
//! in ZQLite and in the real SQLite (Debian's libsqlite3), results compared. Any difference fails
//! and prints the seed and the statement, so `ZQLITE_DIFF_SEED=<seed>` replays exactly that case.
//!
//! What is compared: for statements, success or failure; for queries, success or failure and
//! the rows as (storage class, SQLite text form) pairs, as a multiset unless the query orders by
//! every output column. Values inserted respect the column types, because ZQLite tables are
//! STRICT-like and SQLite's plain tables would accept what ZQLite rightly refuses.
const std = @import("std");
const assert = std.debug.assert;
const zqlite = @import("../sql/engine.zig");
const numeric = @import("../sql/numeric.zig");
const c = @cImport(@cInclude("sqlite3.h"));

/// Seeds run by `zig build test`; more with ZQLITE_DIFF_SEEDS.
const seeds_default: u32 = 60;
const queries_per_seed: u32 = 40;
const rows_per_table_max: u32 = 40;

const Outcome = struct {
    ok: bool,
    /// Each row rendered as "class:text|class:text|...", sorted unless ordered.
    rows: std.ArrayList([]const u8),
};

const ColumnType = enum { integer, real, text };
const Column = struct { name: []const u8, type: ColumnType };
const Table = struct { name: []const u8, columns: []const Column };

const tables = [_]Table{
    .{ .name = "t1", .columns = &.{
        .{ .name = "a", .type = .integer }, .{ .name = "b", .type = .integer },
        .{ .name = "c", .type = .text },    .{ .name = "d", .type = .real },
    } },
    .{ .name = "t2", .columns = &.{
        .{ .name = "x", .type = .integer }, .{ .name = "y", .type = .text },
        .{ .name = "z", .type = .integer },
    } },
};

const Sqlite = struct {
    db: *c.sqlite3,

    fn open() !Sqlite {
        var db: ?*c.sqlite3 = null;
        if (c.sqlite3_open(":memory:", &db) != c.SQLITE_OK) return error.OpenFailed;
        return .{ .db = db.? };
    }

    fn run(self: *Sqlite, arena: std.mem.Allocator, sql: []const u8) !Outcome {
        var out = Outcome{ .ok = true, .rows = std.ArrayList([]const u8).init(arena) };
        var stmt: ?*c.sqlite3_stmt = null;
        if (c.sqlite3_prepare_v2(self.db, sql.ptr, @intCast(sql.len), &stmt, null) != c.SQLITE_OK) {
            out.ok = false;
            return out;
        }
        defer _ = c.sqlite3_finalize(stmt);
        const n: c_int = c.sqlite3_column_count(stmt);
        var steps: u32 = 0;
        while (steps < 1_000_000) : (steps += 1) {
            const rc = c.sqlite3_step(stmt);
            if (rc == c.SQLITE_DONE) break;
            if (rc != c.SQLITE_ROW) {
                out.ok = false;
                break;
            }
            var line = std.ArrayList(u8).init(arena);
            var i: c_int = 0;
            while (i < n) : (i += 1) {
                const class: u8 = switch (c.sqlite3_column_type(stmt, i)) {
                    c.SQLITE_NULL => 'N',
                    c.SQLITE_INTEGER => 'I',
                    c.SQLITE_FLOAT => 'R',
                    c.SQLITE_BLOB => 'B',
                    else => 'T',
                };
                const p = c.sqlite3_column_text(stmt, i);
                const len: usize = @intCast(c.sqlite3_column_bytes(stmt, i));
                try line.writer().print("{c}:{s}|", .{ class, if (p == null) "" else p[0..len] });
            }
            try out.rows.append(line.items);
        }
        return out;
    }
};

fn runZqlite(conn: *zqlite.Connection, arena: std.mem.Allocator, sql: []const u8) !Outcome {
    var out = Outcome{ .ok = true, .rows = std.ArrayList([]const u8).init(arena) };
    var tail: u32 = 0;
    const stmt = conn.prepare(sql, &tail) catch {
        out.ok = false;
        return out;
    };
    defer stmt.finalize();
    var steps: u32 = 0;
    while (steps < 1_000_000) : (steps += 1) {
        const result = stmt.step() catch {
            out.ok = false;
            break;
        };
        if (result == .done) break;
        var line = std.ArrayList(u8).init(arena);
        var i: u32 = 0;
        while (i < stmt.columnCount()) : (i += 1) try renderZqlite(line.writer(), stmt.columnValue(i));
        try out.rows.append(line.items);
    }
    return out;
}

fn renderZqlite(w: anytype, v: zqlite.Value) !void {
    switch (v) {
        .null => try w.writeAll("N:|"),
        .integer => |i| try w.print("I:{d}|", .{i}),
        .real => |r| {
            var buffer: [numeric.floatCapacityBytes(15)]u8 = undefined;
            try w.print("R:{s}|", .{numeric.realToText(&buffer, r)});
        },
        .text => |t| try w.print("T:{s}|", .{t}),
        .blob => |b| try w.print("B:{s}|", .{b}),
    }
}

/// How two result sets must agree.
const Check = struct {
    /// The query's ORDER BY fixes the order of every row.
    ordered: bool = false,
    /// A sum, total or avg over a REAL column: SQLite 3.40 adds reals in the order its plan
    /// visits rows (plain doubles, no compensated sum), and that order is not SQL's to fix. With
    /// an index on the GROUP BY column SQLite walks the index (i1 on t1(b, c)), ZQLite groups
    /// by hash in table order, so the same values summed differ in the last digits (seed 297:
    /// (5.96+4.1-7.7)/3 against (5.96-7.7+4.1)/3). Such reals agree within a relative 1e-12.
    sums_in_row_order: bool = false,
    /// SELECT DISTINCT keeps the first of equal values, and 0 equals 0.0: which one arrives
    /// first is the plan's row order (seed 789: SQLite walks a covering index on t2(z, x) and
    /// meets abs('a') = 0.0 before z = 0, ZQLite scans by rowid). Such queries compare
    /// integral reals as the integers they equal.
    distinct_representatives: bool = false,
};

const Generator = struct {
    random: std.Random,
    sql: std.ArrayList(u8),

    fn pick(g: *Generator, comptime T: type, items: []const T) T {
        return items[g.random.uintLessThan(usize, items.len)];
    }

    fn literal(g: *Generator, t: ColumnType) !void {
        const w = g.sql.writer();
        if (g.random.uintLessThan(u8, 8) == 0) return w.writeAll("NULL");
        switch (t) {
            .integer => try w.print("{d}", .{g.random.intRangeAtMost(i64, -20, 20)}),
            .real => try w.print("{d}.{d}", .{ g.random.intRangeAtMost(i64, -9, 9), g.random.uintLessThan(u8, 100) }),
            .text => try w.print("'{s}'", .{g.pick([]const u8, &.{ "a", "b", "ab", "B", "", "abc", "x y", "10" })}),
        }
    }

    fn column(g: *Generator, table: Table) Column {
        return g.pick(Column, table.columns);
    }

    /// A scalar expression over `table`'s columns, at most `depth` levels deep.
    fn expr(g: *Generator, table: Table, depth: u32) !void {
        const w = g.sql.writer();
        if (depth == 0) {
            if (g.random.boolean()) return w.writeAll(g.column(table).name);
            return g.literal(g.pick(ColumnType, &.{ .integer, .text, .real }));
        }
        switch (g.random.uintLessThan(u8, 9)) {
            0, 1 => try w.writeAll(g.column(table).name),
            2 => {
                try w.writeAll("(");
                try g.expr(table, depth - 1);
                try w.writeAll(g.pick([]const u8, &.{ " + ", " - ", " * ", " / ", " % ", " || " }));
                try g.expr(table, depth - 1);
                try w.writeAll(")");
            },
            3 => try g.predicate(table, depth - 1),
            4 => {
                try w.writeAll(g.pick([]const u8, &.{ "abs(", "length(", "upper(", "coalesce(NULL, ", "typeof(" }));
                try g.expr(table, depth - 1);
                try w.writeAll(")");
            },
            5 => {
                try w.writeAll("CASE WHEN ");
                try g.predicate(table, depth - 1);
                try w.writeAll(" THEN ");
                try g.expr(table, depth - 1);
                try w.writeAll(" ELSE ");
                try g.expr(table, depth - 1);
                try w.writeAll(" END");
            },
            6 => {
                try w.writeAll("-");
                try g.expr(table, depth - 1);
            },
            else => try g.literal(g.pick(ColumnType, &.{ .integer, .text, .real })),
        }
    }

    fn predicate(g: *Generator, table: Table, depth: u32) error{OutOfMemory}!void {
        const w = g.sql.writer();
        switch (g.random.uintLessThan(u8, 7)) {
            0 => {
                try g.expr(table, depth);
                try w.writeAll(g.pick([]const u8, &.{ " = ", " <> ", " < ", " <= ", " > ", " >= ", " IS ", " IS NOT " }));
                try g.expr(table, depth);
            },
            1 => {
                try w.writeAll("(");
                try g.predicate(table, depth -| 1);
                try w.writeAll(g.pick([]const u8, &.{ " AND ", " OR " }));
                try g.predicate(table, depth -| 1);
                try w.writeAll(")");
            },
            2 => {
                try w.writeAll("NOT (");
                try g.predicate(table, depth -| 1);
                try w.writeAll(")");
            },
            3 => try w.print("{s} IS NULL", .{g.column(table).name}),
            4 => {
                try w.print("{s} BETWEEN ", .{g.column(table).name});
                try g.literal(.integer);
                try w.writeAll(" AND ");
                try g.literal(.integer);
            },
            5 => {
                try w.print("{s} IN (", .{g.column(table).name});
                try g.literal(.integer);
                try w.writeAll(", ");
                try g.literal(.text);
                try w.writeAll(")");
            },
            else => try w.print("{s} LIKE '{s}'", .{ g.column(table).name, g.pick([]const u8, &.{ "a%", "%b", "_", "%" }) }),
        }
    }

    fn insert(g: *Generator, table: Table) !void {
        const w = g.sql.writer();
        try w.print("INSERT INTO {s} VALUES(", .{table.name});
        for (table.columns, 0..) |col, i| {
            if (i > 0) try w.writeAll(", ");
            try g.literal(col.type);
        }
        try w.writeAll(")");
    }

    /// Returns how its results must agree with SQLite's.
    fn query(g: *Generator) !Check {
        const table = g.pick(Table, &tables);
        const w = g.sql.writer();
        switch (g.random.uintLessThan(u8, 10)) {
            0, 1 => return g.aggregateQuery(table),
            2 => return .{ .ordered = try g.joinQuery() },
            3 => return .{ .ordered = try g.compoundQuery(table) },
            4, 5 => return .{ .ordered = try g.rangeQuery() },
            else => {},
        }
        const distinct = g.random.uintLessThan(u8, 5) == 0;
        try w.writeAll(if (distinct) "SELECT DISTINCT " else "SELECT ");
        const n = 1 + g.random.uintLessThan(u32, 3);
        for (0..n) |i| {
            if (i > 0) try w.writeAll(", ");
            try g.expr(table, 2);
        }
        try w.print(" FROM {s}", .{table.name});
        if (g.random.boolean()) {
            try w.writeAll(" WHERE ");
            try g.subqueryOrPredicate(table);
        }
        if (g.random.uintLessThan(u8, 3) == 0) {
            // Ordering by every output column fixes the order of distinct rows.
            try w.writeAll(" ORDER BY ");
            for (0..n) |i| try w.print("{s}{d}{s}", .{ if (i > 0) ", " else "", i + 1, if (g.random.boolean()) " DESC" else "" });
            if (g.random.boolean()) try w.print(" LIMIT {d} OFFSET {d}", .{ g.random.uintLessThan(u8, 10), g.random.uintLessThan(u8, 3) });
            return .{ .ordered = true, .distinct_representatives = distinct };
        }
        return .{ .distinct_representatives = distinct };
    }

    /// A range on a column that may be indexed (see runSeed's indexes), after an equality on
    /// the index's leading column: bounds of every type and NULL, so that index range seeks
    /// meet affinity conversions, mixed storage classes and NULLs.
    fn rangeQuery(g: *Generator) !bool {
        const Shape = struct { table: usize, equal: ?[]const u8, column: []const u8 };
        const shape = g.pick(Shape, &.{
            .{ .table = 0, .equal = null, .column = "b" }, .{ .table = 0, .equal = "b", .column = "c" },
            .{ .table = 0, .equal = null, .column = "d" }, .{ .table = 0, .equal = null, .column = "rowid" },
            .{ .table = 1, .equal = null, .column = "y" }, .{ .table = 1, .equal = null, .column = "z" },
            .{ .table = 1, .equal = "z", .column = "x" },  .{ .table = 0, .equal = null, .column = "c" },
        });
        const table = tables[shape.table];
        const w = g.sql.writer();
        try w.writeAll("SELECT rowid");
        for (table.columns) |col| try w.print(", {s}", .{col.name});
        try w.print(" FROM {s} WHERE ", .{table.name});
        if (shape.equal) |equal| {
            try w.print("{s} = ", .{equal});
            try g.literal(g.pick(ColumnType, &.{ .integer, .text, .real }));
            try w.writeAll(" AND ");
        }
        if (g.random.uintLessThan(u8, 4) == 0) {
            try w.print("{s} BETWEEN ", .{shape.column});
            try g.literal(g.pick(ColumnType, &.{ .integer, .text, .real }));
            try w.writeAll(" AND ");
            try g.literal(g.pick(ColumnType, &.{ .integer, .text, .real }));
        } else {
            const ends = 1 + g.random.uintLessThan(u8, 2);
            for (0..ends) |i| {
                if (i > 0) try w.writeAll(" AND ");
                const flipped = g.random.uintLessThan(u8, 4) == 0;
                const op = g.pick([]const u8, &.{ " < ", " <= ", " > ", " >= " });
                if (flipped) {
                    try g.literal(g.pick(ColumnType, &.{ .integer, .text, .real }));
                    try w.print("{s}{s}", .{ op, shape.column });
                } else {
                    try w.print("{s}{s}", .{ shape.column, op });
                    try g.literal(g.pick(ColumnType, &.{ .integer, .text, .real }));
                }
            }
        }
        if (g.random.boolean()) {
            try w.print(" ORDER BY rowid{s} LIMIT {d}", .{ if (g.random.boolean()) " DESC" else "", g.random.uintLessThan(u8, 12) });
            return true;
        }
        return false;
    }

    fn subqueryOrPredicate(g: *Generator, table: Table) !void {
        const w = g.sql.writer();
        switch (g.random.uintLessThan(u8, 6)) {
            0 => try w.print("{s} IN (SELECT x FROM t2 WHERE z > {d})", .{ g.column(table).name, g.random.intRangeAtMost(i64, -10, 10) }),
            1 => try w.print("EXISTS (SELECT 1 FROM t2 WHERE t2.x = {s}.{s})", .{ table.name, table.columns[0].name }),
            2 => try w.print("{s} > (SELECT avg(z) FROM t2)", .{g.column(table).name}),
            else => try g.predicate(table, 2),
        }
    }

    fn joinQuery(g: *Generator) !bool {
        const w = g.sql.writer();
        const kind = g.pick([]const u8, &.{ "JOIN", "LEFT JOIN", "CROSS JOIN" });
        try w.print("SELECT t1.a, t1.c, t2.y, t2.z FROM t1 {s} t2", .{kind});
        if (!std.mem.eql(u8, kind, "CROSS JOIN")) try w.writeAll(g.pick([]const u8, &.{ " ON t1.a = t2.x", " ON t1.b = t2.z AND t2.y <> 'a'", " ON t1.c = t2.y" }));
        if (g.random.boolean()) {
            try w.writeAll(" WHERE ");
            try g.predicate(tables[0], 1);
        }
        return false;
    }

    fn compoundQuery(g: *Generator, table: Table) !bool {
        const w = g.sql.writer();
        const col = g.column(table);
        try w.print("SELECT {s} FROM {s} {s} SELECT ", .{ col.name, table.name, g.pick([]const u8, &.{ "UNION", "UNION ALL", "INTERSECT", "EXCEPT" }) });
        try g.expr(table, 1);
        try w.print(" FROM {s}", .{table.name});
        return false;
    }

    fn change(g: *Generator, table: Table) !void {
        const w = g.sql.writer();
        if (g.random.boolean()) {
            const col = g.column(table);
            try w.print("UPDATE {s} SET {s} = ", .{ table.name, col.name });
            try g.literal(col.type);
        } else {
            try w.print("DELETE FROM {s}", .{table.name});
        }
        try w.writeAll(" WHERE ");
        try g.predicate(table, 1);
    }

    fn aggregateQuery(g: *Generator, table: Table) !Check {
        const w = g.sql.writer();
        const group = g.column(table);
        const agg = g.pick([]const u8, &.{ "count(*)", "count(", "count(DISTINCT ", "sum(", "min(", "max(", "total(", "avg(" });
        try w.print("SELECT {s}, {s}", .{ group.name, agg });
        var check: Check = .{};
        if (agg[agg.len - 1] == '(' or agg[agg.len - 1] == ' ') {
            const argument = g.column(table);
            try w.print("{s})", .{argument.name});
            const summing = agg[0] == 's' or agg[0] == 't' or agg[0] == 'a';
            check.sums_in_row_order = summing and argument.type == .real;
        }
        try w.print(" FROM {s} GROUP BY {s}", .{ table.name, group.name });
        if (g.random.uintLessThan(u8, 3) == 0) try w.writeAll(" HAVING count(*) > 1");
        return check;
    }
};

fn lessThan(_: void, a: []const u8, b: []const u8) bool {
    return std.mem.order(u8, a, b) == .lt;
}

fn same(arena: std.mem.Allocator, a: *Outcome, b: *Outcome, check: Check) !bool {
    if (a.ok != b.ok) return false;
    if (!a.ok) return true;
    if (a.rows.items.len != b.rows.items.len) return false;
    if (check.distinct_representatives) {
        for (a.rows.items) |*row| row.* = try integralRealsAsIntegers(arena, row.*);
        for (b.rows.items) |*row| row.* = try integralRealsAsIntegers(arena, row.*);
    }
    if (!check.ordered) {
        std.mem.sort([]const u8, a.rows.items, {}, lessThan);
        std.mem.sort([]const u8, b.rows.items, {}, lessThan);
    }
    for (a.rows.items, b.rows.items) |x, y| {
        if (std.mem.eql(u8, x, y)) continue;
        if (!check.sums_in_row_order or !sameWithinRounding(x, y)) return false;
    }
    return true;
}

/// The row with every "R:" field holding an integral value (within i64's exact range) written
/// as the "I:" field it equals (see Check.distinct_representatives).
fn integralRealsAsIntegers(arena: std.mem.Allocator, row: []const u8) ![]const u8 {
    var out = std.ArrayList(u8).init(arena);
    var fields = std.mem.splitScalar(u8, row, '|');
    var count: u32 = 0;
    while (fields.next()) |field| : (count += 1) {
        if (count > 0) try out.append('|');
        const real = if (std.mem.startsWith(u8, field, "R:")) std.fmt.parseFloat(f64, field[2..]) catch null else null;
        if (real) |r| if (@floor(r) == r and @abs(r) < 9.0e15) {
            try out.writer().print("I:{d}", .{@as(i64, @intFromFloat(r))});
            continue;
        };
        try out.appendSlice(field);
    }
    return out.items;
}

/// Rows equal field by field, REAL fields within a relative 1e-12 (see Check.sums_in_row_order).
/// Sorting may pair rows differently only when they also differ in an exact field, which fails.
fn sameWithinRounding(x: []const u8, y: []const u8) bool {
    var fields_x = std.mem.splitScalar(u8, x, '|');
    var fields_y = std.mem.splitScalar(u8, y, '|');
    var fields: u32 = 0;
    while (fields < 64) : (fields += 1) {
        const field_x = fields_x.next() orelse return fields_y.next() == null;
        const field_y = fields_y.next() orelse return false;
        if (std.mem.eql(u8, field_x, field_y)) continue;
        if (!std.mem.startsWith(u8, field_x, "R:") or !std.mem.startsWith(u8, field_y, "R:")) return false;
        const real_x = std.fmt.parseFloat(f64, field_x[2..]) catch return false;
        const real_y = std.fmt.parseFloat(f64, field_y[2..]) catch return false;
        const scale = @max(@abs(real_x), @abs(real_y), 1.0);
        if (@abs(real_x - real_y) > 1e-12 * scale) return false;
    }
    return false;
}

/// Runs one seed; returns the number of statements compared, or error.Different.
fn runSeed(gpa: std.mem.Allocator, seed: u64) !u32 {
    var arena_state = std.heap.ArenaAllocator.init(gpa);
    defer arena_state.deinit();
    const arena = arena_state.allocator();
    var prng = std.Random.DefaultPrng.init(seed);
    var g = Generator{ .random = prng.random(), .sql = std.ArrayList(u8).init(arena) };
    var lite = try Sqlite.open();
    defer _ = c.sqlite3_close(lite.db);
    const conn = try zqlite.Connection.open(gpa, ":memory:", .{ .durability = .off });
    defer conn.close();
    var statements = std.ArrayList([]const u8).init(arena);
    for (tables) |t| try statements.append(try createTable(arena, t));
    if (g.random.boolean()) try statements.append("CREATE INDEX i1 ON t1(b, c)");
    if (g.random.boolean()) try statements.append("CREATE INDEX i2 ON t2(y DESC)");
    if (g.random.boolean()) try statements.append("CREATE INDEX i3 ON t1(d DESC)");
    if (g.random.boolean()) try statements.append("CREATE INDEX i4 ON t2(z, x)");
    if (g.random.boolean()) try statements.append("CREATE INDEX i5 ON t1(c)");
    for (tables) |t| {
        for (0..g.random.uintLessThan(u32, rows_per_table_max)) |_| {
            g.sql.clearRetainingCapacity();
            try g.insert(t);
            try statements.append(try arena.dupe(u8, g.sql.items));
        }
    }
    for (0..g.random.uintLessThan(u32, 6)) |_| {
        g.sql.clearRetainingCapacity();
        try g.change(g.pick(Table, &tables));
        try statements.append(try arena.dupe(u8, g.sql.items));
    }
    var compared: u32 = 0;
    for (statements.items) |sql| {
        try compare(arena, conn, &lite, sql, .{}, seed);
        compared += 1;
    }
    for (0..queries_per_seed) |_| {
        g.sql.clearRetainingCapacity();
        const check = try g.query();
        try compare(arena, conn, &lite, try arena.dupe(u8, g.sql.items), check, seed);
        compared += 1;
    }
    return compared;
}

fn createTable(arena: std.mem.Allocator, t: Table) ![]const u8 {
    var sql = std.ArrayList(u8).init(arena);
    try sql.writer().print("CREATE TABLE {s}(", .{t.name});
    for (t.columns, 0..) |col, i| {
        if (i > 0) try sql.appendSlice(", ");
        try sql.writer().print("{s} {s}", .{ col.name, switch (col.type) {
            .integer => "INTEGER",
            .real => "REAL",
            .text => "TEXT",
        } });
    }
    try sql.append(')');
    return sql.items;
}

fn compare(arena: std.mem.Allocator, conn: *zqlite.Connection, lite: *Sqlite, sql: []const u8, check: Check, seed: u64) !void {
    var a = try runZqlite(conn, arena, sql);
    var b = try lite.run(arena, sql);
    if (try same(arena, &a, &b, check)) return;
    std.debug.print(
        \\differential: seed {d} differs (replay: ZQLITE_DIFF_SEED={d} zig build test)
        \\  {s}
        \\  zqlite: ok={} rows={d} {s}
        \\  sqlite: ok={} rows={d}
        \\
    , .{ seed, seed, sql, a.ok, a.rows.items.len, if (a.ok) "" else conn.lastError().message, b.ok, b.rows.items.len });
    // Show the first rows that differ (rows are sorted unless the query is ordered).
    var shown: u32 = 0;
    const common = @min(a.rows.items.len, b.rows.items.len);
    for (a.rows.items[0..common], b.rows.items[0..common]) |x, y| {
        if (std.mem.eql(u8, x, y)) continue;
        std.debug.print("    {s}  vs  {s}\n", .{ x, y });
        shown += 1;
        if (shown == 5) break;
    }
    return error.Different;
}

test "differential: ZQLite agrees with SQLite on random schemas, data and queries" {
    const gpa = std.testing.allocator;
    if (std.process.getEnvVarOwned(gpa, "ZQLITE_DIFF_SEED")) |text| {
        defer gpa.free(text);
        _ = try runSeed(gpa, try std.fmt.parseInt(u64, text, 10));
        return;
    } else |_| {}
    var seed_count: u32 = seeds_default;
    if (std.process.getEnvVarOwned(gpa, "ZQLITE_DIFF_SEEDS")) |text| {
        defer gpa.free(text);
        seed_count = try std.fmt.parseInt(u32, text, 10);
    } else |_| {}
    // A sweep runs every seed and lists each one that differs, so one run finds them all.
    var compared: u64 = 0;
    var failed: u32 = 0;
    var seed: u64 = 1;
    while (seed <= seed_count) : (seed += 1) {
        compared += runSeed(gpa, seed) catch |err| switch (err) {
            error.Different => {
                failed += 1;
                continue;
            },
            else => return err,
        };
    }
    std.debug.print("differential: {d} seeds, {d} differ, {d} statements compared with SQLite {s}\n", .{ seed_count, failed, compared, c.sqlite3_libversion() });
    if (failed > 0) return error.Different;
}
