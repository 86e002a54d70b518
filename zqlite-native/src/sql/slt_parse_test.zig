//! Parses every SQL text of the SQL Logic Test files that SQLite must accept: each `statement ok`
//! and each `query` record not skipped for sqlite (`skipif sqlite`, or `onlyif <other engine>`).
//! `statement error` records are parsed too (to prove no crash) but may fail.
//!
//! The corpus is read in place from `shared/sqllogictest/` beside the repository: the directory
//! comes from $ZQLITE_SLT_DIR, else from the first ancestor of the working directory holding
//! `shared/sqllogictest`. Without it the test prints why and is skipped.
const std = @import("std");
const testing = std.testing;
const parser = @import("parser.zig");
const render = @import("render.zig");

const ancestors_max = 8;
const file_size_max_bytes = 64 * 1024 * 1024;

fn openCorpus(allocator: std.mem.Allocator) !?std.fs.Dir {
    if (std.process.getEnvVarOwned(allocator, "ZQLITE_SLT_DIR")) |path| {
        defer allocator.free(path);
        return try std.fs.cwd().openDir(path, .{ .iterate = true });
    } else |_| {}
    var prefix: std.ArrayListUnmanaged(u8) = .{};
    defer prefix.deinit(allocator);
    for (0..ancestors_max) |_| {
        const candidate = try std.fmt.allocPrint(allocator, "{s}shared/sqllogictest", .{prefix.items});
        defer allocator.free(candidate);
        if (std.fs.cwd().openDir(candidate, .{ .iterate = true })) |dir| return dir else |_| {}
        try prefix.appendSlice(allocator, "../");
    }
    return null;
}

pub const Counts = struct {
    files: u32 = 0,
    must_parse: u32 = 0,
    parsed: u32 = 0,
    failed: u32 = 0,
    error_records: u32 = 0,
    skipped: u32 = 0,
};

const Record = struct {
    kind: enum { statement_ok, statement_error, query, other },
    skipped: bool,
    sql: []const u8,
    line: u32,
};

/// Splits one file's text into records and checks each one's SQL.
fn checkFile(allocator: std.mem.Allocator, name: []const u8, text: []const u8, counts: *Counts) !void {
    var lines = std.mem.splitScalar(u8, text, '\n');
    var line_no: u32 = 0;
    var sql: std.ArrayListUnmanaged(u8) = .{};
    defer sql.deinit(allocator);
    var skipped = false;
    while (lines.next()) |raw_line| {
        line_no += 1;
        const line = std.mem.trimRight(u8, raw_line, " \t\r");
        if (line.len == 0) {
            skipped = false;
            continue;
        }
        if (std.mem.startsWith(u8, line, "skipif ") or std.mem.startsWith(u8, line, "onlyif ")) {
            skipped = skipped or conditionSkips(line);
            continue;
        }
        if (std.mem.eql(u8, line, "halt")) {
            if (skipped) continue;
            break;
        }
        const kind = recordKind(line) orelse continue;
        const start_line = line_no;
        sql.clearRetainingCapacity();
        var has_results = false;
        while (lines.next()) |sql_raw| {
            line_no += 1;
            const sql_line = std.mem.trimRight(u8, sql_raw, " \t\r");
            has_results = std.mem.eql(u8, sql_line, "----");
            if (sql_line.len == 0 or has_results) break;
            if (sql.items.len > 0) try sql.append(allocator, '\n');
            try sql.appendSlice(allocator, sql_line);
        }
        const record: Record = .{ .kind = kind, .skipped = skipped, .sql = sql.items, .line = start_line };
        try checkRecord(allocator, name, record, counts);
        skipped = false;
        if (has_results) skipResults(&lines, &line_no);
    }
}

/// Consumes a query's result lines up to the blank line that ends the record.
fn skipResults(lines: *std.mem.SplitIterator(u8, .scalar), line_no: *u32) void {
    // The SQL loop stopped at `----`; results run to the next blank line.
    while (lines.peek()) |next_line| {
        if (std.mem.trimRight(u8, next_line, " \t\r").len == 0) break;
        _ = lines.next();
        line_no.* += 1;
    }
}

fn conditionSkips(line: []const u8) bool {
    var words = std.mem.tokenizeAny(u8, line, " \t");
    const condition = words.next().?;
    const engine = words.next() orelse return false;
    const is_sqlite = std.mem.eql(u8, engine, "sqlite");
    if (std.mem.eql(u8, condition, "skipif")) return is_sqlite;
    return !is_sqlite;
}

fn recordKind(line: []const u8) ?@FieldType(Record, "kind") {
    if (std.mem.eql(u8, line, "statement ok")) return .statement_ok;
    if (std.mem.startsWith(u8, line, "statement error")) return .statement_error;
    if (std.mem.startsWith(u8, line, "query")) return .query;
    return null;
}

fn checkRecord(allocator: std.mem.Allocator, name: []const u8, record: Record, counts: *Counts) !void {
    if (record.skipped) {
        counts.skipped += 1;
        return;
    }
    var arena = std.heap.ArenaAllocator.init(allocator);
    defer arena.deinit();
    var diagnostic: parser.Diagnostic = .{};
    const result = parseAll(arena.allocator(), record.sql, &diagnostic);
    if (record.kind == .statement_error) {
        counts.error_records += 1;
        return;
    }
    counts.must_parse += 1;
    if (result) |_| {
        counts.parsed += 1;
    } else |err| switch (err) {
        error.SyntaxError => {
            counts.failed += 1;
            if (counts.failed <= 20) {
                const message = diagnostic.message();
                std.debug.print("{s}:{d}: {s}\n{s}\n", .{ name, record.line, message, record.sql });
            }
        },
        else => return err,
    }
}

/// Parses every statement of `sql` (a record may hold several, run as by sqlite3_exec) and
/// checks that each renders to a fixed point.
fn parseAll(allocator: std.mem.Allocator, sql: []const u8, diagnostic: *parser.Diagnostic) !void {
    var offset: u32 = 0;
    var count: u32 = 0;
    while (offset < sql.len) : (count += 1) {
        const parsed = try parser.parseStatement(allocator, sql, offset, diagnostic);
        const statement = parsed.statement orelse break;
        try render.expectRoundTrip(allocator, statement, sql);
        std.debug.assert(parsed.next_offset > offset);
        offset = parsed.next_offset;
    }
    if (count == 0) return error.SyntaxError;
}

test "every SQL Logic Test statement that SQLite accepts parses" {
    const allocator = testing.allocator;
    var dir = try openCorpus(allocator) orelse {
        std.debug.print("SKIP: shared/sqllogictest not found (set ZQLITE_SLT_DIR)\n", .{});
        return error.SkipZigTest;
    };
    defer dir.close();
    var counts: Counts = .{};
    var iterator = dir.iterate();
    while (try iterator.next()) |entry| {
        if (entry.kind != .file or !std.mem.endsWith(u8, entry.name, ".test")) continue;
        const text = try dir.readFileAlloc(allocator, entry.name, file_size_max_bytes);
        defer allocator.free(text);
        counts.files += 1;
        try checkFile(allocator, entry.name, text, &counts);
    }
    std.debug.print("sqllogictest parse: {d} files, {d}/{d} must-parse records parsed, {d} failed, " ++
        "{d} error records tried, {d} skipped\n", .{
        counts.files, counts.parsed, counts.must_parse, counts.failed, counts.error_records, counts.skipped,
    });
    try testing.expect(counts.files > 0);
    try testing.expect(counts.must_parse > 0);
    try testing.expectEqual(@as(u32, 0), counts.failed);
}
