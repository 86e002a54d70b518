//! The SQL Logic Test engine adapter for the real SQLite (Debian's libsqlite3). It exists to prove
//! the runner itself: run against SQLite, every record must pass. It is linked only into test and
//! benchmark tools, never into libzqlite.so.
const std = @import("std");
const assert = std.debug.assert;
const slt = @import("slt.zig");
const c = @cImport(@cInclude("sqlite3.h"));

pub const Sqlite3Engine = struct {
    db: *c.sqlite3,

    pub fn open() !Sqlite3Engine {
        var db: ?*c.sqlite3 = null;
        if (c.sqlite3_open(":memory:", &db) != c.SQLITE_OK) return error.OpenFailed;
        return .{ .db = db.? };
    }

    pub fn close(self: *Sqlite3Engine) void {
        _ = c.sqlite3_close(self.db);
    }

    pub fn engine(self: *Sqlite3Engine) slt.Engine {
        return .{ .ptr = self, .vtable = &.{ .execute = execute, .query = query, .message = message } };
    }

    fn execute(ptr: *anyopaque, sql: []const u8) anyerror!void {
        const self: *Sqlite3Engine = @ptrCast(@alignCast(ptr));
        var arena_state = std.heap.ArenaAllocator.init(std.heap.c_allocator);
        defer arena_state.deinit();
        const script = try arena_state.allocator().dupeZ(u8, sql);
        if (c.sqlite3_exec(self.db, script.ptr, null, null, null) != c.SQLITE_OK) return error.StatementFailed;
    }

    fn query(ptr: *anyopaque, sql: []const u8, arena: std.mem.Allocator, cells: *std.ArrayList(slt.Cell)) anyerror!u32 {
        const self: *Sqlite3Engine = @ptrCast(@alignCast(ptr));
        const stmt = try self.prepare(sql);
        defer _ = c.sqlite3_finalize(stmt);
        const column_count: u32 = @intCast(c.sqlite3_column_count(stmt));
        var rows: u64 = 0;
        while (rows < std.math.maxInt(u32)) : (rows += 1) {
            const rc = c.sqlite3_step(stmt);
            // A runtime error ends the result, as in the reference runner.
            if (rc != c.SQLITE_ROW) break;
            var i: c_int = 0;
            while (i < column_count) : (i += 1) try cells.append(try cell(stmt, i, arena));
        }
        assert(cells.items.len % @max(column_count, 1) == 0);
        return column_count;
    }

    fn cell(stmt: *c.sqlite3_stmt, i: c_int, arena: std.mem.Allocator) !slt.Cell {
        const kind = c.sqlite3_column_type(stmt, i);
        const value: slt.Value = switch (kind) {
            c.SQLITE_NULL => .null,
            c.SQLITE_INTEGER => .{ .integer = c.sqlite3_column_int64(stmt, i) },
            c.SQLITE_FLOAT => .{ .real = c.sqlite3_column_double(stmt, i) },
            c.SQLITE_BLOB => .{ .blob = try bytes(stmt, i, arena, true) },
            else => .{ .text = try bytes(stmt, i, arena, false) },
        };
        // The text form is taken after the typed read, as the reference runner does.
        const text = if (kind == c.SQLITE_NULL) "" else try bytes(stmt, i, arena, false);
        return .{ .value = value, .text = text };
    }

    fn bytes(stmt: *c.sqlite3_stmt, i: c_int, arena: std.mem.Allocator, blob: bool) ![]const u8 {
        const p: ?[*]const u8 = if (blob) @ptrCast(c.sqlite3_column_blob(stmt, i)) else c.sqlite3_column_text(stmt, i);
        const n: usize = @intCast(c.sqlite3_column_bytes(stmt, i));
        if (p == null or n == 0) return "";
        return arena.dupe(u8, p.?[0..n]);
    }

    fn prepare(self: *Sqlite3Engine, sql: []const u8) !*c.sqlite3_stmt {
        var stmt: ?*c.sqlite3_stmt = null;
        const rc = c.sqlite3_prepare_v2(self.db, sql.ptr, @intCast(sql.len), &stmt, null);
        if (rc != c.SQLITE_OK or stmt == null) return error.StatementFailed;
        return stmt.?;
    }

    fn message(ptr: *anyopaque) []const u8 {
        const self: *Sqlite3Engine = @ptrCast(@alignCast(ptr));
        return std.mem.span(c.sqlite3_errmsg(self.db));
    }
};
