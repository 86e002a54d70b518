//! How the shell prints rows: sqlite3's list, csv and box modes, byte for byte.
const std = @import("std");
const assert = std.debug.assert;
const engine = @import("sql/engine.zig");
const value = @import("sql/value.zig");

pub const Mode = enum { list, csv, box };

const text_setting_bytes_max = 64;

pub const Settings = struct {
    mode: Mode = .list,
    headers: bool = false,
    separator: []const u8 = "|",
    /// "\n", or "\r\n" in csv mode (RFC 4180), as sqlite3 sets it.
    row_separator: []const u8 = "\n",
    nullvalue: []const u8 = "",
    separator_buffer: [text_setting_bytes_max]u8 = undefined,
    nullvalue_buffer: [text_setting_bytes_max]u8 = undefined,
};

/// Copies a dot-command argument into a setting's own buffer (arguments do not outlive the line).
pub fn setText(buffer: *[text_setting_bytes_max]u8, setting: *[]const u8, text: []const u8) !void {
    if (text.len > buffer.len) return error.SettingTooLong;
    @memcpy(buffer[0..text.len], text);
    setting.* = buffer[0..text.len];
}

/// Steps `stmt` to the end, printing its rows; false when a step failed (the error is on the
/// connection). Headers are printed with the first row, as sqlite3 does.
pub fn printRows(allocator: std.mem.Allocator, stmt: *engine.Statement, settings: *const Settings, w: anytype) !bool {
    if (stmt.plan == .explain) return printQueryPlan(allocator, stmt, w);
    if (settings.mode == .box) return printBox(allocator, stmt, settings, w);
    var rows: u64 = 0;
    while (rows < std.math.maxInt(u64)) : (rows += 1) {
        const result = stmt.step() catch return false;
        if (result == .done) break;
        if (rows == 0 and settings.headers) try printHeader(stmt, settings, w);
        try printRow(stmt, settings, w);
    }
    return true;
}

fn printHeader(stmt: *engine.Statement, settings: *const Settings, w: anytype) !void {
    var i: u32 = 0;
    while (i < stmt.columnCount()) : (i += 1) {
        if (i > 0) try w.writeAll(settings.separator);
        try writeField(stmt.columnName(i), settings, w);
    }
    try w.writeAll(settings.row_separator);
}

fn printRow(stmt: *engine.Statement, settings: *const Settings, w: anytype) !void {
    var i: u32 = 0;
    while (i < stmt.columnCount()) : (i += 1) {
        if (i > 0) try w.writeAll(settings.separator);
        const v = stmt.columnValue(i);
        var buffer: value.TextBuffer = undefined;
        if (value.textOf(v, &buffer)) |text| {
            try writeField(cText(text), settings, w);
        } else {
            try w.writeAll(settings.nullvalue);
        }
    }
    try w.writeAll(settings.row_separator);
}

/// sqlite3 prints values with "%s": a value ends at its first NUL byte.
fn cText(text: []const u8) []const u8 {
    return text[0 .. std.mem.indexOfScalar(u8, text, 0) orelse text.len];
}

/// In csv mode a value (of any type, as sqlite3's output_csv sees only text) is quoted when
/// sqlite3 would quote it.
fn writeField(text: []const u8, settings: *const Settings, w: anytype) !void {
    if (settings.mode != .csv or !needsCsvQuote(text, settings.separator)) return w.writeAll(text);
    try w.writeByte('"');
    for (text) |c| {
        if (c == '"') try w.writeByte('"');
        try w.writeByte(c);
    }
    try w.writeByte('"');
}

/// sqlite3's needCsvQuote table: control bytes, space, '"', '\'', DEL and non-ASCII bytes; also
/// the empty string and any text containing the separator.
fn needsCsvQuote(text: []const u8, separator: []const u8) bool {
    if (text.len == 0) return true;
    for (text) |c| {
        if (c <= 0x20 or c == '"' or c == '\'' or c >= 0x7f) return true;
    }
    return separator.len > 0 and std.mem.indexOf(u8, text, separator) != null;
}

/// Box mode buffers every row to size the columns, then draws them with box-drawing characters.
fn printBox(allocator: std.mem.Allocator, stmt: *engine.Statement, settings: *const Settings, w: anytype) !bool {
    var arena_state = std.heap.ArenaAllocator.init(allocator);
    defer arena_state.deinit();
    const arena = arena_state.allocator();
    const column_count = stmt.columnCount();
    var cells = std.ArrayList([]const u8).init(arena);
    var rows: u64 = 0;
    while (rows < std.math.maxInt(u64)) : (rows += 1) {
        const result = stmt.step() catch return false;
        if (result == .done) break;
        var i: u32 = 0;
        while (i < column_count) : (i += 1) {
            var buffer: value.TextBuffer = undefined;
            const text = value.textOf(stmt.columnValue(i), &buffer) orelse settings.nullvalue;
            try cells.append(try arena.dupe(u8, cText(text)));
        }
    }
    if (rows == 0 or column_count == 0) return true;
    const widths = try arena.alloc(usize, column_count);
    for (widths, 0..) |*width, i| width.* = displayWidth(stmt.columnName(@intCast(i)));
    for (cells.items, 0..) |cell, i| widths[i % column_count] = @max(widths[i % column_count], displayWidth(cell));
    try boxRule(w, widths, "┌", "┬", "┐");
    try boxHeader(stmt, w, widths);
    try boxRule(w, widths, "├", "┼", "┤");
    var row_start: usize = 0;
    while (row_start < cells.items.len) : (row_start += column_count) {
        try boxCells(w, widths, cells.items[row_start..][0..column_count]);
    }
    try boxRule(w, widths, "└", "┴", "┘");
    return true;
}

fn boxRule(w: anytype, widths: []const usize, left: []const u8, middle: []const u8, right: []const u8) !void {
    try w.writeAll(left);
    for (widths, 0..) |width, i| {
        if (i > 0) try w.writeAll(middle);
        var n: usize = 0;
        while (n < width + 2) : (n += 1) try w.writeAll("─");
    }
    try w.writeAll(right);
    try w.writeAll("\n");
}

fn boxHeader(stmt: *engine.Statement, w: anytype, widths: []const usize) !void {
    for (widths, 0..) |width, i| {
        const name = stmt.columnName(@intCast(i));
        const pad = width - displayWidth(name);
        try w.writeAll("│ ");
        try w.writeByteNTimes(' ', pad / 2);
        try w.writeAll(name);
        try w.writeByteNTimes(' ', pad - pad / 2);
        try w.writeAll(" ");
    }
    try w.writeAll("│\n");
}

fn boxCells(w: anytype, widths: []const usize, row: []const []const u8) !void {
    assert(widths.len == row.len);
    for (widths, row) |width, cell| {
        try w.writeAll("│ ");
        try w.writeAll(cell);
        try w.writeByteNTimes(' ', width - displayWidth(cell));
        try w.writeAll(" ");
    }
    try w.writeAll("│\n");
}

/// Characters, not bytes: UTF-8 continuation bytes take no column.
fn displayWidth(text: []const u8) usize {
    var width: usize = 0;
    for (text) |c| {
        if (c & 0xc0 != 0x80) width += 1;
    }
    return width;
}

/// `.tables`: names in as many columns as fit 80 characters, filled column by column.
pub fn printColumns(names: []const []const u8, w: anytype) !void {
    if (names.len == 0) return;
    var width_max: usize = 0;
    for (names) |n| width_max = @max(width_max, displayWidth(n));
    const columns = @max(1, 80 / (width_max + 2));
    const rows = (names.len + columns - 1) / columns;
    var r: usize = 0;
    while (r < rows) : (r += 1) {
        var j = r;
        while (j < names.len) : (j += rows) {
            if (j >= rows) try w.writeAll("  ");
            try w.writeAll(names[j]);
            // The last name of a line is padded too: sqlite3 writes "%-*s" for every entry.
            try w.writeByteNTimes(' ', width_max - displayWidth(names[j]));
        }
        try w.writeAll("\n");
    }
}

test "csv quoting follows sqlite3" {
    try std.testing.expect(needsCsvQuote("a b", ","));
    try std.testing.expect(needsCsvQuote("", ","));
    try std.testing.expect(needsCsvQuote("é", ","));
    try std.testing.expect(needsCsvQuote("a,b", ","));
    try std.testing.expect(!needsCsvQuote("a|b", ","));
    try std.testing.expect(!needsCsvQuote("a;b", ","));
}

// ---------------------------------------------------------------------------------------------
// EXPLAIN QUERY PLAN, drawn as sqlite3's shell draws it in every mode (eqp_render): a
// "QUERY PLAN" line, then each row under its parent, `|--` before a row with a later sibling,
// `` `-- `` before the last one, and the prefix growing by `|  ` or three spaces per level.

const PlanRow = struct { id: i64, parent: i64, detail: []const u8 };

/// Nesting drawn before sqlite3 stops descending (its prefix buffer holds 100 bytes).
const plan_depth_max: u32 = 31;

fn printQueryPlan(allocator: std.mem.Allocator, stmt: *engine.Statement, w: anytype) !bool {
    var arena_state = std.heap.ArenaAllocator.init(allocator);
    defer arena_state.deinit();
    const arena = arena_state.allocator();
    var rows = std.ArrayList(PlanRow).init(arena);
    var steps: u64 = 0;
    while (steps < std.math.maxInt(u32)) : (steps += 1) {
        const result = stmt.step() catch return false;
        if (result == .done) break;
        assert(stmt.columnCount() == 4);
        var buffer: value.TextBuffer = undefined;
        const detail = value.textOf(stmt.columnValue(3), &buffer) orelse "";
        try rows.append(.{
            .id = integerOf(stmt.columnValue(0)),
            .parent = integerOf(stmt.columnValue(1)),
            .detail = try arena.dupe(u8, detail),
        });
    }
    if (rows.items.len == 0) return true;
    try w.writeAll("QUERY PLAN\n");
    var prefix = std.ArrayList(u8).init(arena);
    try printPlanLevel(rows.items, 0, &prefix, 0, w);
    return true;
}

fn integerOf(v: engine.Value) i64 {
    return switch (v) {
        .integer => |i| i,
        else => -1,
    };
}

fn printPlanLevel(rows: []const PlanRow, parent: i64, prefix: *std.ArrayList(u8), depth: u32, w: anytype) !void {
    const prefix_len = prefix.items.len;
    for (rows, 0..) |row, i| {
        if (row.parent != parent) continue;
        const last = for (rows[i + 1 ..]) |later| {
            if (later.parent == parent) break false;
        } else true;
        try w.print("{s}{s}{s}\n", .{ prefix.items, if (last) "`--" else "|--", row.detail });
        if (depth + 1 >= plan_depth_max or row.id == parent) continue;
        try prefix.appendSlice(if (last) "   " else "|  ");
        try printPlanLevel(rows, row.id, prefix, depth + 1, w);
        prefix.shrinkRetainingCapacity(prefix_len);
    }
}

test "shell: EXPLAIN QUERY PLAN rows drawn as sqlite3 draws them" {
    // The rows and the drawing are sqlite3 3.40.1's for a UNION and a scalar subquery.
    const rows = [_]PlanRow{
        .{ .id = 1, .parent = 0, .detail = "COMPOUND QUERY" },
        .{ .id = 2, .parent = 1, .detail = "LEFT-MOST SUBQUERY" },
        .{ .id = 5, .parent = 2, .detail = "SCAN t USING COVERING INDEX sqlite_autoindex_t_1" },
        .{ .id = 11, .parent = 1, .detail = "UNION USING TEMP B-TREE" },
        .{ .id = 13, .parent = 11, .detail = "SCAN u" },
        .{ .id = 14, .parent = 0, .detail = "SCAN t" },
        .{ .id = 17, .parent = 0, .detail = "SCALAR SUBQUERY 1" },
        .{ .id = 22, .parent = 17, .detail = "SEARCH u" },
    };
    var out = std.ArrayList(u8).init(std.testing.allocator);
    defer out.deinit();
    var prefix = std.ArrayList(u8).init(std.testing.allocator);
    defer prefix.deinit();
    try printPlanLevel(&rows, 0, &prefix, 0, out.writer());
    try std.testing.expectEqualStrings(
        \\|--COMPOUND QUERY
        \\|  |--LEFT-MOST SUBQUERY
        \\|  |  `--SCAN t USING COVERING INDEX sqlite_autoindex_t_1
        \\|  `--UNION USING TEMP B-TREE
        \\|     `--SCAN u
        \\|--SCAN t
        \\`--SCALAR SUBQUERY 1
        \\   `--SEARCH u
        \\
    , out.items);
}
