//! `zqlite`: the command-line shell. It behaves like the `sqlite3` shell wherever the two overlap,
//! so that people and scripts that drive sqlite3 can drive it.
//!
//!     zqlite [-bail] [-csv] [-box] [-list] [-header|-noheader] [-version] DBFILE [-c SQL | SQL]
//!
//! SQL comes from `-c` (or a trailing argument, as sqlite3 takes it), else from stdin, read line
//! by line and run as soon as the text read so far ends a statement (sqlite3_complete's rule).
//! Output is flushed after every statement, so another program can drive it through a pipe.
//! Errors go to stderr worded as sqlite3 words them (`Parse error near line N: ...` with the
//! statement and a caret, `Runtime error near line N: ... (code)`); the exit status is 1 if any
//! statement failed, and with -bail the shell stops at the first error.
const std = @import("std");
const builtin = @import("builtin");
const assert = std.debug.assert;
const engine = @import("sql/engine.zig");
const parser = @import("sql/parser.zig");
const value = @import("sql/value.zig");
const version = @import("version.zig");
const output = @import("shell_output.zig");
const schema_text = @import("shell_schema.zig");

const line_size_bytes_max: usize = 64 * 1024 * 1024;
const lines_max: u64 = 1 << 40;

pub const Settings = output.Settings;

const Shell = struct {
    allocator: std.mem.Allocator,
    conn: *engine.Connection,
    out: std.io.BufferedWriter(64 * 1024, std.fs.File.Writer),
    err: std.fs.File.Writer,
    settings: Settings = .{},
    bail: bool = false,
    failed: bool = false,
    quit: bool = false,

    fn flush(shell: *Shell) void {
        shell.out.flush() catch {};
    }
};

pub fn main() !u8 {
    // Debug builds check for leaks; release builds use malloc: the general-purpose allocator maps
    // and unmaps every large block, about ten system calls per statement of a loaded script.
    var gpa_state = std.heap.GeneralPurposeAllocator(.{}){};
    defer if (builtin.mode == .Debug) assert(gpa_state.deinit() == .ok);
    const allocator = if (builtin.mode == .Debug) gpa_state.allocator() else std.heap.c_allocator;
    const args = try std.process.argsAlloc(allocator);
    defer std.process.argsFree(allocator, args);
    const stderr = std.io.getStdErr().writer();

    const invocation = parseArgs(args[1..], stderr) catch return 1;
    if (invocation.show_version) {
        try std.io.getStdOut().writer().print("{s}\n", .{version.string});
        return 0;
    }
    const conn = engine.Connection.open(allocator, invocation.path, .{}) catch {
        try stderr.print("Error: unable to open database \"{s}\": cannot open\n", .{invocation.path});
        return 1;
    };
    defer conn.close();
    var shell = Shell{
        .allocator = allocator,
        .conn = conn,
        .out = .{ .unbuffered_writer = std.io.getStdOut().writer() },
        .err = stderr,
        .bail = invocation.bail,
    };
    shell.settings = invocation.settings;
    defer shell.flush();
    if (invocation.sql) |sql| {
        try runChunk(&shell, sql, 1);
    } else {
        // Buffered: one read() per available chunk instead of one per byte. On a pipe read()
        // returns what is there without waiting to fill the buffer, so a program driving the
        // shell line by line still gets each statement's output before it sends the next.
        var input = std.io.bufferedReader(std.io.getStdIn().reader());
        try processInput(&shell, input.reader());
    }
    return if (shell.failed) 1 else 0;
}

const Invocation = struct {
    path: []const u8 = ":memory:",
    sql: ?[]const u8 = null,
    bail: bool = false,
    show_version: bool = false,
    settings: Settings = .{},
};

fn parseArgs(args: []const []const u8, stderr: anytype) !Invocation {
    var inv = Invocation{};
    var have_path = false;
    var i: usize = 0;
    while (i < args.len) : (i += 1) {
        const a = args[i];
        if (a.len > 1 and a[0] == '-') {
            const flag = if (std.mem.startsWith(u8, a, "--")) a[2..] else a[1..];
            if (std.mem.eql(u8, flag, "c")) {
                i += 1;
                if (i == args.len) return usage(stderr, "missing argument to -c");
                inv.sql = args[i];
            } else if (!applyFlag(&inv, flag)) {
                return usage(stderr, a);
            }
        } else if (!have_path) {
            inv.path = a;
            have_path = true;
        } else {
            inv.sql = a;
        }
    }
    return inv;
}

fn applyFlag(inv: *Invocation, flag: []const u8) bool {
    const eql = std.mem.eql;
    if (eql(u8, flag, "bail")) inv.bail = true else if (eql(u8, flag, "csv")) {
        // Unlike `.mode csv`, sqlite3's -csv keeps "\n" between rows.
        inv.settings.mode = .csv;
        inv.settings.separator = ",";
    } else if (eql(u8, flag, "box")) {
        inv.settings.mode = .box;
    } else if (eql(u8, flag, "list")) {
        inv.settings.mode = .list;
    } else if (eql(u8, flag, "header") or eql(u8, flag, "headers")) {
        inv.settings.headers = true;
    } else if (eql(u8, flag, "noheader")) inv.settings.headers = false else if (eql(u8, flag, "version")) {
        inv.show_version = true;
    } else return false;
    return true;
}

fn usage(stderr: anytype, what: []const u8) error{Usage} {
    stderr.print(
        "zqlite: Error: unknown option or missing argument: {s}\n" ++
            "Usage: zqlite [-bail] [-csv] [-box] [-list] [-header|-noheader] [-version] DBFILE [-c SQL | SQL]\n",
        .{what},
    ) catch {};
    return error.Usage;
}

/// Reads lines; dot commands run at once, SQL accumulates until it ends a statement.
fn processInput(shell: *Shell, reader: anytype) !void {
    var buffer = std.ArrayList(u8).init(shell.allocator);
    defer buffer.deinit();
    var line = std.ArrayList(u8).init(shell.allocator);
    defer line.deinit();
    var line_number: u64 = 0;
    var start_line: u64 = 0;
    while (line_number < lines_max and !shell.quit) {
        line.clearRetainingCapacity();
        reader.streamUntilDelimiter(line.writer(), '\n', line_size_bytes_max) catch |err| switch (err) {
            error.EndOfStream => if (line.items.len == 0) break,
            else => return err,
        };
        line_number += 1;
        const text = std.mem.trimRight(u8, line.items, "\r");
        if (buffer.items.len == 0 and isDotCommand(text)) {
            try runDotCommand(shell, text, line_number);
            shell.flush();
            continue;
        }
        if (buffer.items.len == 0) {
            if (allWhitespace(text)) continue;
            start_line = line_number;
        }
        try buffer.appendSlice(text);
        try buffer.append('\n');
        if (!parser.isComplete(buffer.items)) continue;
        try runChunk(shell, buffer.items, start_line);
        buffer.clearRetainingCapacity();
        if (shell.failed and shell.bail) return;
    }
    // Like sqlite3: an unterminated last statement still runs.
    if (buffer.items.len > 0 and !(shell.failed and shell.bail)) try runChunk(shell, buffer.items, start_line);
}

/// sqlite3's _all_whitespace: spaces and complete comments only (a `--` comment runs to the
/// end of the line; an unterminated `/*` is not whitespace), so such a line before any SQL is
/// skipped and a dot command after it still runs.
fn allWhitespace(text: []const u8) bool {
    var i: usize = 0;
    while (i < text.len) {
        if (std.ascii.isWhitespace(text[i])) {
            i += 1;
        } else if (std.mem.startsWith(u8, text[i..], "/*")) {
            const end = std.mem.indexOfPos(u8, text, i + 2, "*/") orelse return false;
            i = end + 2;
        } else if (std.mem.startsWith(u8, text[i..], "--")) {
            return true;
        } else return false;
    }
    return true;
}

fn isDotCommand(text: []const u8) bool {
    const t = std.mem.trimLeft(u8, text, " \t");
    return t.len > 0 and t[0] == '.';
}

/// Runs every statement in `chunk`; the first error ends the chunk, as in sqlite3.
fn runChunk(shell: *Shell, chunk: []const u8, start_line: u64) !void {
    var offset: usize = 0;
    var statements: u32 = 0;
    while (offset < chunk.len and statements < std.math.maxInt(u32)) : (statements += 1) {
        const rest = chunk[offset..];
        const first = @import("sql/tokenizer.zig").nextSignificant(rest, 0);
        if (first.kind == .eof) break;
        var tail: u32 = 0;
        const stmt = shell.conn.prepare(rest, &tail) catch {
            try reportError(shell, "Parse", start_line, rest[first.start..]);
            return;
        };
        defer stmt.finalize();
        offset += @max(tail, 1);
        const ok = try output.printRows(shell.allocator, stmt, &shell.settings, shell.out.writer());
        shell.flush();
        if (!ok) {
            try reportError(shell, "Runtime", start_line, "");
            return;
        }
    }
}

fn reportError(shell: *Shell, comptime kind: []const u8, start_line: u64, sql: []const u8) !void {
    shell.flush();
    shell.failed = true;
    const info = shell.conn.lastError();
    try shell.err.print(kind ++ " error near line {d}: {s}", .{ start_line, info.message });
    const primary = @intFromEnum(info.code) & 0xff;
    if (primary > 1) try shell.err.print(" ({d})", .{primary});
    try shell.err.writeAll("\n");
    if (info.offset) |offset| try printErrorContext(shell.err, sql, offset);
}

/// sqlite3's shell_error_context: up to 78 bytes of the statement and a caret at the offset.
fn printErrorContext(w: anytype, sql_in: []const u8, offset_in: u32) !void {
    var sql = sql_in;
    var offset: usize = offset_in;
    if (offset > sql.len) return;
    while (offset > 50) {
        offset -= 1;
        sql = sql[1..];
        while (sql.len > 0 and sql[0] & 0xc0 == 0x80) {
            sql = sql[1..];
            offset -|= 1;
        }
    }
    var len = @min(sql.len, 78);
    while (len > 0 and len < sql.len and sql[len] & 0xc0 == 0x80) len -= 1;
    while (len > 0 and std.ascii.isWhitespace(sql[len - 1])) len -= 1;
    try w.writeAll("  ");
    for (sql[0..len]) |c| try w.writeByte(if (std.ascii.isWhitespace(c)) ' ' else c);
    try w.writeAll("\n  ");
    if (offset < 25) {
        try w.writeByteNTimes(' ', offset);
        try w.writeAll("^--- error here\n");
    } else {
        try w.writeByteNTimes(' ', offset - 14);
        try w.writeAll("error here ---^\n");
    }
}

fn runDotCommand(shell: *Shell, text: []const u8, line_number: u64) !void {
    var words = std.mem.tokenizeAny(u8, std.mem.trim(u8, text, " \t")[1..], " \t");
    const command = words.next() orelse return;
    const argument = words.next();
    const eql = std.mem.eql;
    if (eql(u8, command, "quit") or eql(u8, command, "exit")) {
        shell.quit = true;
    } else if (eql(u8, command, "nullvalue") and argument != null) {
        try output.setText(&shell.settings.nullvalue_buffer, &shell.settings.nullvalue, unquote(argument.?));
    } else if (eql(u8, command, "separator") and argument != null) {
        try output.setText(&shell.settings.separator_buffer, &shell.settings.separator, unquote(argument.?));
    } else if ((eql(u8, command, "headers") or eql(u8, command, "header")) and argument != null) {
        shell.settings.headers = eql(u8, argument.?, "on") or eql(u8, argument.?, "1") or eql(u8, argument.?, "yes");
    } else if (eql(u8, command, "mode") and argument != null and setMode(shell, argument.?)) {
        // done
    } else if (eql(u8, command, "tables")) {
        try listTables(shell);
    } else if (eql(u8, command, "schema")) {
        try printSchema(shell, argument);
    } else {
        shell.failed = true;
        try shell.err.print("Error: unknown command or invalid arguments:  \"{s}\". Enter \".help\" for help\n", .{command});
        _ = line_number;
    }
}

fn setMode(shell: *Shell, name: []const u8) bool {
    const mode = std.meta.stringToEnum(output.Mode, name) orelse return false;
    const s = &shell.settings;
    s.mode = mode;
    switch (mode) {
        .csv => {
            s.separator = ",";
            s.row_separator = "\r\n";
        },
        .list => {
            if (std.mem.eql(u8, s.separator, ",")) s.separator = "|";
            s.row_separator = "\n";
        },
        // Box mode always draws its header row, whatever .headers says.
        .box => {},
    }
    return true;
}

/// Strips one pair of quotes and reads C escapes (\t, \n, \\), as sqlite3's dot-command parser does.
fn unquote(arg: []const u8) []const u8 {
    if (arg.len >= 2 and (arg[0] == '"' or arg[0] == '\'') and arg[arg.len - 1] == arg[0]) return arg[1 .. arg.len - 1];
    return arg;
}

fn listTables(shell: *Shell) !void {
    const sql = "SELECT name FROM sqlite_schema WHERE type IN ('table','view') AND name NOT LIKE 'sqlite_%' ORDER BY 1";
    var names = std.ArrayList([]const u8).init(shell.allocator);
    defer {
        for (names.items) |n| shell.allocator.free(n);
        names.deinit();
    }
    try collectColumn(shell, sql, &names);
    try output.printColumns(names.items, shell.out.writer());
}

fn printSchema(shell: *Shell, pattern: ?[]const u8) !void {
    const a = shell.allocator;
    var texts = std.ArrayList([]const u8).init(a);
    defer freeAll(a, &texts);
    var names = std.ArrayList([]const u8).init(a);
    defer freeAll(a, &names);
    // Two queries over the same rows in the same order: the CREATE texts, and the names views
    // need for their column comment.
    const texts_sql = try schema_text.query(a, "sql", pattern);
    defer a.free(texts_sql);
    try collectColumn(shell, texts_sql, &texts);
    const names_sql = try schema_text.query(a, "name", pattern);
    defer a.free(names_sql);
    try collectColumn(shell, names_sql, &names);
    if (texts.items.len != names.items.len) return;
    for (texts.items, names.items) |sql, name| {
        var columns = std.ArrayList([]const u8).init(a);
        defer freeAll(a, &columns);
        if (schema_text.isView(sql)) try collectViewColumns(shell, name, &columns);
        const fake = try schema_text.fakeSchema(a, name, columns.items);
        defer if (fake) |text| a.free(text);
        if (fake) |text| {
            const with_comment = try std.fmt.allocPrint(a, "{s}\n/* {s} */", .{ sql, text });
            defer a.free(with_comment);
            try schema_text.writeLine(a, shell.out.writer(), with_comment);
        } else try schema_text.writeLine(a, shell.out.writer(), sql);
    }
}

fn collectViewColumns(shell: *Shell, name: []const u8, into: *std.ArrayList([]const u8)) !void {
    var sql = std.ArrayList(u8).init(shell.allocator);
    defer sql.deinit();
    try sql.appendSlice("PRAGMA table_info('");
    for (name) |byte| {
        if (byte == '\'') try sql.append('\'');
        try sql.append(byte);
    }
    try sql.appendSlice("')");
    try collectColumnAt(shell, sql.items, 1, .quiet, into);
}

fn freeAll(allocator: std.mem.Allocator, list: *std.ArrayList([]const u8)) void {
    for (list.items) |item| allocator.free(item);
    list.deinit();
}

fn collectColumn(shell: *Shell, sql: []const u8, into: *std.ArrayList([]const u8)) !void {
    return collectColumnAt(shell, sql, 0, .report, into);
}

/// `.quiet`: a failure just ends the list, as sqlite3's shellFakeSchema ignores a broken view.
fn collectColumnAt(shell: *Shell, sql: []const u8, column: u32, errors: enum { report, quiet }, into: *std.ArrayList([]const u8)) !void {
    var tail: u32 = 0;
    const stmt = shell.conn.prepare(sql, &tail) catch {
        if (errors == .report) try reportError(shell, "Runtime", 0, "");
        return;
    };
    defer stmt.finalize();
    var rows: u64 = 0;
    while (rows < std.math.maxInt(u32)) : (rows += 1) {
        const result = stmt.step() catch {
            if (errors == .report) try reportError(shell, "Runtime", 0, "");
            return;
        };
        if (result == .done) break;
        var buffer: value.TextBuffer = undefined;
        if (column >= stmt.columnCount()) return;
        const text = value.textOf(stmt.columnValue(column), &buffer) orelse "";
        try into.append(try shell.allocator.dupe(u8, text));
    }
}
