//! A runner for SQLite's SQL Logic Test format (sqllogictest), engine-agnostic.
//!
//! A file is a sequence of records separated by blank lines. Each record is `statement ok|error`
//! followed by SQL, or `query <types> [nosort|rowsort|valuesort] [label]` followed by SQL, `----`
//! and the expected values, one per line (or `N values hashing to <md5>`). Control lines:
//! `skipif <engine>` / `onlyif <engine>` before a record, `hash-threshold N`, `halt`. We run as the
//! engine named "sqlite", because ZQLite aims at SQLite's answers.
//!
//! Rendering follows SQLite's reference runner exactly: an `I` column is the value converted to a
//! C int (REAL truncated toward zero, TEXT by its leading integer), an `R` column is `%.3f`, a `T`
//! column is the engine's text form with each byte outside 0x20..0x7e replaced by `@` and the
//! empty string shown as `(empty)`; NULL is `NULL` in every column. `rowsort` sorts rows and
//! `valuesort` sorts values, both by byte order of the rendered strings. Result sets with more
//! values than the hash threshold compare as "N values hashing to MD5" (md5 over each value
//! followed by a newline). Records that share a label must hash alike.
const std = @import("std");
const assert = std.debug.assert;

/// One result cell as the engine produced it. `text` is the engine's own text conversion of the
/// value (for REAL, SQLite's "%!.15g" form), used by `T` columns.
pub const Cell = struct {
    value: Value,
    text: []const u8,
};

pub const Value = union(enum) {
    null,
    integer: i64,
    real: f64,
    text: []const u8,
    blob: []const u8,
};

/// What a runner needs from a SQL engine, with the reference runner's semantics: `execute` runs
/// a whole script (every statement in it) and an error means the record failed; `query` fails
/// only when the statement cannot be prepared: an error while stepping ends the result with the
/// rows produced so far. `message` returns the engine's last error text for the report.
pub const Engine = struct {
    ptr: *anyopaque,
    vtable: *const VTable,

    pub const VTable = struct {
        execute: *const fn (ptr: *anyopaque, sql: []const u8) anyerror!void,
        /// Appends every cell of every row, row-major, allocated in `arena`; returns the column count.
        query: *const fn (ptr: *anyopaque, sql: []const u8, arena: std.mem.Allocator, cells: *std.ArrayList(Cell)) anyerror!u32,
        message: *const fn (ptr: *anyopaque) []const u8,
    };
};

pub const SortMode = enum { nosort, rowsort, valuesort };

pub const Record = union(enum) {
    statement: struct { expect_ok: bool, sql: []const u8 },
    query: struct {
        types: []const u8,
        sort: SortMode,
        label: ?[]const u8,
        sql: []const u8,
        /// The lines after `----`, one expected value per line (or a single hash line).
        expected: []const []const u8,
    },
    hash_threshold: u32,
    halt,
};

/// A parsed record with the line it starts on, for reports.
pub const Entry = struct { line: u32, record: Record };

pub const engine_name = "sqlite";
const lines_per_record_max: u32 = 1_000_000;

/// Parses a whole file. Records skipped for our engine (`skipif sqlite`, `onlyif <other>`) are
/// left out; slices point into `source`, lists are allocated in `arena`.
pub fn parse(arena: std.mem.Allocator, source: []const u8) ![]Entry {
    var entries = std.ArrayList(Entry).init(arena);
    var lines = LineReader{ .source = source };
    while (try parseOne(arena, &lines)) |maybe_entry| {
        if (maybe_entry) |entry| try entries.append(entry);
    }
    assert(lines.position == source.len);
    return entries.toOwnedSlice();
}

const LineReader = struct {
    source: []const u8,
    position: usize = 0,
    line_number: u32 = 0,

    fn next(self: *LineReader) ?[]const u8 {
        if (self.position >= self.source.len) return null;
        const rest = self.source[self.position..];
        const end = std.mem.indexOfScalar(u8, rest, '\n') orelse rest.len;
        self.position += @min(end + 1, rest.len);
        self.line_number += 1;
        return std.mem.trimRight(u8, rest[0..end], "\r");
    }

    fn peekBlank(self: *const LineReader) bool {
        var copy = self.*;
        const line = copy.next() orelse return true;
        return std.mem.trim(u8, line, " \t").len == 0;
    }
};

/// Returns null at end of file, `?Entry` null for a skipped record or a comment-only block.
fn parseOne(arena: std.mem.Allocator, lines: *LineReader) !??Entry {
    var skip = false;
    var line = blk: while (lines.next()) |l| {
        const t = std.mem.trim(u8, l, " \t");
        if (t.len == 0 or t[0] == '#') continue;
        break :blk t;
    } else return null;
    const start_line = lines.line_number;
    // Condition lines apply to the record that follows them.
    var conditions: u32 = 0;
    while (conditions < 64) : (conditions += 1) {
        var words = std.mem.tokenizeAny(u8, line, " \t");
        const word = words.next().?;
        const isSkipif = std.mem.eql(u8, word, "skipif");
        const isOnlyif = std.mem.eql(u8, word, "onlyif");
        if (!isSkipif and !isOnlyif) break;
        const engine = words.next() orelse return error.MalformedRecord;
        const ours = std.mem.eql(u8, engine, engine_name);
        if ((isSkipif and ours) or (isOnlyif and !ours)) skip = true;
        line = std.mem.trim(u8, lines.next() orelse return null, " \t");
    } else return error.MalformedRecord;
    const entry = try parseRecord(arena, lines, line, start_line);
    return if (skip) @as(?Entry, null) else entry;
}

fn parseRecord(arena: std.mem.Allocator, lines: *LineReader, head: []const u8, line: u32) !Entry {
    var words = std.mem.tokenizeAny(u8, head, " \t");
    const kind = words.next().?;
    if (std.mem.eql(u8, kind, "halt")) return .{ .line = line, .record = .halt };
    if (std.mem.eql(u8, kind, "hash-threshold")) {
        const n = try std.fmt.parseInt(u32, words.next() orelse return error.MalformedRecord, 10);
        return .{ .line = line, .record = .{ .hash_threshold = n } };
    }
    if (std.mem.eql(u8, kind, "statement")) {
        const mode = words.next() orelse return error.MalformedRecord;
        const sql = try readSql(arena, lines, false);
        const ok = std.mem.eql(u8, mode, "ok");
        if (!ok and !std.mem.eql(u8, mode, "error")) return error.MalformedRecord;
        return .{ .line = line, .record = .{ .statement = .{ .expect_ok = ok, .sql = sql } } };
    }
    if (!std.mem.eql(u8, kind, "query")) return error.MalformedRecord;
    const types = words.next() orelse return error.MalformedRecord;
    var sort: SortMode = .nosort;
    var label: ?[]const u8 = null;
    if (words.next()) |s| {
        sort = std.meta.stringToEnum(SortMode, s) orelse return error.MalformedRecord;
        label = words.next();
    }
    const sql = try readSql(arena, lines, true);
    const expected = try readExpected(arena, lines);
    return .{ .line = line, .record = .{ .query = .{
        .types = types,
        .sort = sort,
        .label = label,
        .sql = sql,
        .expected = expected,
    } } };
}

/// Reads SQL lines up to a blank line (or `----` for queries), joined with newlines.
fn readSql(arena: std.mem.Allocator, lines: *LineReader, stop_at_separator: bool) ![]const u8 {
    var sql = std.ArrayList(u8).init(arena);
    var count: u32 = 0;
    while (count < lines_per_record_max) : (count += 1) {
        if (lines.peekBlank()) break;
        const l = lines.next().?;
        if (stop_at_separator and std.mem.eql(u8, l, "----")) break;
        if (sql.items.len > 0) try sql.append('\n');
        try sql.appendSlice(l);
    }
    return sql.toOwnedSlice();
}

fn readExpected(arena: std.mem.Allocator, lines: *LineReader) ![]const []const u8 {
    var values = std.ArrayList([]const u8).init(arena);
    var count: u32 = 0;
    while (count < lines_per_record_max) : (count += 1) {
        if (lines.peekBlank()) break;
        try values.append(lines.next().?);
    }
    return values.toOwnedSlice();
}

/// Renders one cell for a column of type `kind` ('I', 'R' or 'T'), as the reference runner does.
pub fn render(arena: std.mem.Allocator, kind: u8, cell: Cell) ![]const u8 {
    if (cell.value == .null) return "NULL";
    switch (kind) {
        'I' => return std.fmt.allocPrint(arena, "{d}", .{@as(i32, @truncate(toInt64(cell.value)))}),
        'R' => return formatReal3(arena, toReal(cell.value)),
        else => {
            if (cell.text.len == 0) return "(empty)";
            const out = try arena.dupe(u8, cell.text);
            for (out) |*c| {
                if (c.* < 0x20 or c.* > 0x7e) c.* = '@';
            }
            return out;
        },
    }
}

/// `%.3f` as SQLite's printf renders it: at most 16 significant digits, the rest zeros
/// (-18446744073709551616.0 prints as -18446744073709550000.000).
pub fn formatReal3(arena: std.mem.Allocator, r: f64) ![]const u8 {
    const digits_significant_max: u32 = 16;
    const magnitude = @abs(r);
    if (!std.math.isFinite(r)) return if (std.math.isNan(r)) "NaN" else if (r > 0) "Inf" else "-Inf";
    const integer_digits: u32 = if (magnitude < 1) 1 else @intFromFloat(@floor(std.math.log10(magnitude)) + 1);
    if (integer_digits + 3 <= digits_significant_max) return std.fmt.allocPrint(arena, "{d:.3}", .{r});
    // Round to 16 significant digits, then write them out in fixed notation padded with zeros.
    var buffer: [64]u8 = undefined;
    const scientific = try std.fmt.bufPrint(&buffer, "{e:.15}", .{magnitude});
    const e_at = std.mem.indexOfScalar(u8, scientific, 'e').?;
    const exponent = try std.fmt.parseInt(i32, scientific[e_at + 1 ..], 10);
    assert(exponent >= 12);
    var out = std.ArrayList(u8).init(arena);
    if (r < 0) try out.append('-');
    const mantissa = scientific[0..e_at];
    var written: u32 = 0;
    for (mantissa) |ch| {
        if (ch == '.') continue;
        try out.append(ch);
        written += 1;
    }
    while (written < @as(u32, @intCast(exponent)) + 1) : (written += 1) try out.append('0');
    try out.appendSlice(".000");
    return out.toOwnedSlice();
}

/// SQLite's integer conversion: REAL truncates toward zero (saturating), TEXT/BLOB by the
/// leading integer of their text.
pub fn toInt64(value: Value) i64 {
    return switch (value) {
        .null => 0,
        .integer => |i| i,
        .real => |r| realToInt64(r),
        .text, .blob => |t| leadingInt64(t),
    };
}

fn realToInt64(r: f64) i64 {
    if (std.math.isNan(r)) return 0;
    if (r <= -9223372036854775808.0) return std.math.minInt(i64);
    if (r >= 9223372036854775807.0) return std.math.maxInt(i64);
    return @intFromFloat(r);
}

fn leadingInt64(text: []const u8) i64 {
    const t = std.mem.trimLeft(u8, text, " \t\n\r");
    var i: usize = 0;
    var negative = false;
    if (i < t.len and (t[i] == '-' or t[i] == '+')) {
        negative = t[i] == '-';
        i += 1;
    }
    var result: i64 = 0;
    while (i < t.len and std.ascii.isDigit(t[i])) : (i += 1) {
        const digit: i64 = t[i] - '0';
        result = std.math.mul(i64, result, 10) catch return if (negative) std.math.minInt(i64) else std.math.maxInt(i64);
        result = std.math.add(i64, result, digit) catch return std.math.maxInt(i64);
    }
    return if (negative) -%result else result;
}

/// SQLite's real conversion: TEXT by its leading real number.
pub fn toReal(value: Value) f64 {
    return switch (value) {
        .null => 0,
        .integer => |i| @floatFromInt(i),
        .real => |r| r,
        .text, .blob => |t| leadingReal(t),
    };
}

fn leadingReal(text: []const u8) f64 {
    const t = std.mem.trimLeft(u8, text, " \t\n\r");
    var end: usize = t.len;
    while (end > 0) : (end -= 1) {
        return std.fmt.parseFloat(f64, t[0..end]) catch continue;
    }
    return 0;
}

test "render follows the reference runner" {
    var arena_state = std.heap.ArenaAllocator.init(std.testing.allocator);
    defer arena_state.deinit();
    const arena = arena_state.allocator();
    try std.testing.expectEqualStrings("NULL", try render(arena, 'I', .{ .value = .null, .text = "" }));
    try std.testing.expectEqualStrings("-2", try render(arena, 'I', .{ .value = .{ .real = -2.9 }, .text = "-2.9" }));
    try std.testing.expectEqualStrings("12", try render(arena, 'I', .{ .value = .{ .text = " 12abc" }, .text = " 12abc" }));
    // A C int: the low 32 bits of the 64-bit integer.
    try std.testing.expectEqualStrings("1", try render(arena, 'I', .{ .value = .{ .integer = (1 << 32) + 1 }, .text = "" }));
    try std.testing.expectEqualStrings("2.500", try render(arena, 'R', .{ .value = .{ .real = 2.5 }, .text = "2.5" }));
    try std.testing.expectEqualStrings("7.000", try render(arena, 'R', .{ .value = .{ .integer = 7 }, .text = "7" }));
    try std.testing.expectEqualStrings("-18446744073709550000.000", try formatReal3(arena, -18446744073709551616.0));
    try std.testing.expectEqualStrings("-9223372036854776000.000", try formatReal3(arena, -9223372036854775808.0));
    try std.testing.expectEqualStrings("123456789012.500", try formatReal3(arena, 123456789012.5));
    try std.testing.expectEqualStrings("(empty)", try render(arena, 'T', .{ .value = .{ .text = "" }, .text = "" }));
    try std.testing.expectEqualStrings("a@b", try render(arena, 'T', .{ .value = .{ .text = "a\tb" }, .text = "a\tb" }));
}

/// Counts of one file's run.
pub const Summary = struct {
    passed: u32 = 0,
    failed: u32 = 0,
    skipped: u32 = 0,
};

/// Runs parsed entries against an engine. Failures are written to `report` (one line each, with
/// the record's line number and why), so a run never stops at the first mismatch.
pub fn run(
    gpa: std.mem.Allocator,
    engine: Engine,
    entries: []const Entry,
    file_name: []const u8,
    report: anytype,
) !Summary {
    var summary = Summary{};
    var hash_threshold: u32 = 8;
    var labels = std.StringHashMap([32]u8).init(gpa);
    defer labels.deinit();
    var label_arena = std.heap.ArenaAllocator.init(gpa);
    defer label_arena.deinit();
    for (entries) |entry| {
        var arena_state = std.heap.ArenaAllocator.init(gpa);
        defer arena_state.deinit();
        const arena = arena_state.allocator();
        const ok = switch (entry.record) {
            .halt => break,
            .hash_threshold => |n| {
                hash_threshold = n;
                continue;
            },
            .statement => |s| try runStatement(engine, s.expect_ok, s.sql, file_name, entry.line, report),
            .query => |q| try runQuery(.{
                .arena = arena,
                .label_arena = label_arena.allocator(),
                .engine = engine,
                .labels = &labels,
                .hash_threshold = hash_threshold,
                .file_name = file_name,
                .line = entry.line,
            }, q, report),
        };
        if (ok) summary.passed += 1 else summary.failed += 1;
    }
    return summary;
}

fn runStatement(engine: Engine, expect_ok: bool, sql: []const u8, file: []const u8, line: u32, report: anytype) !bool {
    var failed = false;
    engine.vtable.execute(engine.ptr, sql) catch {
        failed = true;
    };
    if (failed == !expect_ok) return true;
    if (expect_ok) {
        try report.print("{s}:{d}: statement failed: {s}\n  {s}\n", .{ file, line, engine.vtable.message(engine.ptr), firstLine(sql) });
    } else {
        try report.print("{s}:{d}: statement succeeded but an error was expected\n  {s}\n", .{ file, line, firstLine(sql) });
    }
    return false;
}

const QueryContext = struct {
    arena: std.mem.Allocator,
    label_arena: std.mem.Allocator,
    engine: Engine,
    labels: *std.StringHashMap([32]u8),
    hash_threshold: u32,
    file_name: []const u8,
    line: u32,
};

fn runQuery(ctx: QueryContext, q: std.meta.TagPayload(Record, .query), report: anytype) !bool {
    var cells = std.ArrayList(Cell).init(ctx.arena);
    const column_count = ctx.engine.vtable.query(ctx.engine.ptr, q.sql, ctx.arena, &cells) catch {
        try report.print("{s}:{d}: query failed: {s}\n  {s}\n", .{ ctx.file_name, ctx.line, ctx.engine.vtable.message(ctx.engine.ptr), firstLine(q.sql) });
        return false;
    };
    if (column_count != q.types.len) {
        try report.print("{s}:{d}: query returned {d} columns, the record types {d}\n  {s}\n", .{ ctx.file_name, ctx.line, column_count, q.types.len, firstLine(q.sql) });
        return false;
    }
    const values = try renderAll(ctx.arena, q.types, cells.items);
    sortValues(values, q.sort, column_count);
    const digest = md5Of(values);
    const matches = try compareExpected(ctx.arena, values, digest, q.expected, ctx.hash_threshold);
    if (!matches) {
        try report.print("{s}:{d}: wrong result ({d} values, md5 {s})\n  {s}\n", .{ ctx.file_name, ctx.line, values.len, std.fmt.fmtSliceHexLower(&digest), firstLine(q.sql) });
        return false;
    }
    if (q.label) |label| {
        const hex = hexDigest(digest);
        const gop = try ctx.labels.getOrPut(try ctx.label_arena.dupe(u8, label));
        if (gop.found_existing and !std.mem.eql(u8, &gop.value_ptr.*, &hex)) {
            try report.print("{s}:{d}: label {s} hashes differently from an earlier record\n", .{ ctx.file_name, ctx.line, label });
            return false;
        }
        gop.value_ptr.* = hex;
    }
    return true;
}

fn renderAll(arena: std.mem.Allocator, types: []const u8, cells: []const Cell) ![][]const u8 {
    assert(types.len > 0);
    const values = try arena.alloc([]const u8, cells.len);
    for (cells, 0..) |cell, i| {
        values[i] = try render(arena, types[i % types.len], cell);
    }
    return values;
}

fn sortValues(values: [][]const u8, mode: SortMode, column_count: u32) void {
    switch (mode) {
        .nosort => {},
        .valuesort => std.mem.sort([]const u8, values, {}, lessString),
        .rowsort => {
            // Rows are consecutive runs of column_count values; sort them as units.
            const row_count = values.len / column_count;
            const rows: [*][]const u8 = values.ptr;
            const Row = struct {
                fn less(width: u32, a: []const []const u8, b: []const []const u8) bool {
                    for (a[0..width], b[0..width]) |x, y| {
                        switch (std.mem.order(u8, x, y)) {
                            .lt => return true,
                            .gt => return false,
                            .eq => {},
                        }
                    }
                    return false;
                }
            };
            sortRows(rows, row_count, column_count, Row.less);
        },
    }
}

fn sortRows(values: [*][]const u8, row_count: usize, width: u32, less: anytype) void {
    // Insertion sort over row blocks keeps this allocation-free; result sets here are small
    // (a few thousand rows at most), and correctness matters more than speed in the runner.
    var i: usize = 1;
    while (i < row_count) : (i += 1) {
        var j = i;
        while (j > 0 and less(width, values[j * width ..][0..width], values[(j - 1) * width ..][0..width])) : (j -= 1) {
            var k: usize = 0;
            while (k < width) : (k += 1) {
                std.mem.swap([]const u8, &values[j * width + k], &values[(j - 1) * width + k]);
            }
        }
    }
}

fn lessString(_: void, a: []const u8, b: []const u8) bool {
    return std.mem.order(u8, a, b) == .lt;
}

fn md5Of(values: []const []const u8) [16]u8 {
    var md5 = std.crypto.hash.Md5.init(.{});
    for (values) |v| {
        md5.update(v);
        md5.update("\n");
    }
    var digest: [16]u8 = undefined;
    md5.final(&digest);
    return digest;
}

fn hexDigest(digest: [16]u8) [32]u8 {
    var hex: [32]u8 = undefined;
    _ = std.fmt.bufPrint(&hex, "{s}", .{std.fmt.fmtSliceHexLower(&digest)}) catch unreachable;
    return hex;
}

fn compareExpected(arena: std.mem.Allocator, values: []const []const u8, digest: [16]u8, expected: []const []const u8, hash_threshold: u32) !bool {
    if (expected.len == 1 and std.mem.indexOf(u8, expected[0], " values hashing to ") != null) {
        const want = try std.fmt.allocPrint(arena, "{d} values hashing to {s}", .{ values.len, hexDigest(digest) });
        return std.mem.eql(u8, std.mem.trim(u8, expected[0], " \t"), want);
    }
    // Small results are listed value by value; a threshold of 0 means "never hash".
    _ = hash_threshold;
    if (expected.len != values.len) return false;
    for (values, expected) |got, want| {
        if (!std.mem.eql(u8, got, std.mem.trim(u8, want, " \t"))) return false;
    }
    return true;
}

fn firstLine(sql: []const u8) []const u8 {
    const end = std.mem.indexOfScalar(u8, sql, '\n') orelse sql.len;
    return sql[0..@min(end, 160)];
}

test "parse reads statements, queries, conditions and hashes" {
    var arena_state = std.heap.ArenaAllocator.init(std.testing.allocator);
    defer arena_state.deinit();
    const source =
        \\# comment
        \\hash-threshold 8
        \\
        \\statement ok
        \\CREATE TABLE t(a)
        \\
        \\skipif sqlite
        \\statement ok
        \\NOT FOR US
        \\
        \\onlyif mysql
        \\query I nosort
        \\SELECT 1
        \\----
        \\1
        \\
        \\query IT rowsort lbl
        \\SELECT a,
        \\  b FROM t
        \\----
        \\30 values hashing to 3c13dee48d9356ae19af2515e05e6b54
        \\
        \\halt
        \\
    ;
    const entries = try parse(arena_state.allocator(), source);
    try std.testing.expectEqual(@as(usize, 4), entries.len);
    try std.testing.expectEqual(@as(u32, 8), entries[0].record.hash_threshold);
    try std.testing.expectEqualStrings("CREATE TABLE t(a)", entries[1].record.statement.sql);
    const q = entries[2].record.query;
    try std.testing.expectEqualStrings("IT", q.types);
    try std.testing.expectEqual(SortMode.rowsort, q.sort);
    try std.testing.expectEqualStrings("lbl", q.label.?);
    try std.testing.expectEqualStrings("SELECT a,\n  b FROM t", q.sql);
    try std.testing.expectEqual(@as(usize, 1), q.expected.len);
    try std.testing.expect(entries[3].record == .halt);
}

test "rowsort sorts whole rows and the hash covers each value and newline" {
    var a = [_][]const u8{ "b", "1", "a", "2", "a", "1" };
    sortValues(&a, .rowsort, 2);
    const want = [_][]const u8{ "a", "1", "a", "2", "b", "1" };
    for (a, want) |x, y| try std.testing.expectEqualStrings(y, x);
    // md5("1\n") = b026324c6904b2a9cb4b88d6d61c81d1
    const one = [_][]const u8{"1"};
    try std.testing.expectEqualStrings("b026324c6904b2a9cb4b88d6d61c81d1", &hexDigest(md5Of(&one)));
}
