//! The SQL Logic Test engine adapter for ZQLite itself (sql/engine.zig), with the reference
//! runner's semantics (see slt.zig): `execute` runs a whole script, `query` fails only when the
//! statement cannot be prepared and an error while stepping ends the result early. A cell's text
//! is what sqlite3_column_text would give: integers in decimal, reals as "%!.15g" (numeric.zig),
//! text as is, blobs as their bytes.
const std = @import("std");
const assert = std.debug.assert;
const slt = @import("slt.zig");
const zqlite = @import("../sql/engine.zig");
const numeric = @import("../sql/numeric.zig");

pub const ZqliteEngine = struct {
    conn: *zqlite.Connection,

    pub fn open(allocator: std.mem.Allocator) !ZqliteEngine {
        const conn = try zqlite.Connection.open(allocator, ":memory:", .{ .durability = .off });
        return .{ .conn = conn };
    }

    pub fn close(self: *ZqliteEngine) void {
        self.conn.close();
    }

    pub fn engine(self: *ZqliteEngine) slt.Engine {
        return .{ .ptr = self, .vtable = &.{ .execute = execute, .query = query, .message = message } };
    }

    fn execute(ptr: *anyopaque, sql: []const u8) anyerror!void {
        const self: *ZqliteEngine = @ptrCast(@alignCast(ptr));
        try self.conn.exec(sql);
    }

    fn query(ptr: *anyopaque, sql: []const u8, arena: std.mem.Allocator, cells: *std.ArrayList(slt.Cell)) anyerror!u32 {
        const self: *ZqliteEngine = @ptrCast(@alignCast(ptr));
        const stmt = try self.conn.prepareCached(sql);
        defer stmt.finalize();
        const column_count = stmt.columnCount();
        var rows: u64 = 0;
        while (rows < std.math.maxInt(u32)) : (rows += 1) {
            const result = stmt.step() catch break;
            if (result != .row) break;
            var i: u32 = 0;
            while (i < column_count) : (i += 1) try cells.append(try cell(stmt.columnValue(i), arena));
        }
        assert(cells.items.len % @max(column_count, 1) == 0);
        return column_count;
    }

    fn cell(value: zqlite.Value, arena: std.mem.Allocator) !slt.Cell {
        return switch (value) {
            .null => .{ .value = .null, .text = "" },
            .integer => |i| .{ .value = .{ .integer = i }, .text = try std.fmt.allocPrint(arena, "{d}", .{i}) },
            .real => |r| blk: {
                var buffer: [numeric.floatCapacityBytes(15)]u8 = undefined;
                break :blk .{ .value = .{ .real = r }, .text = try arena.dupe(u8, numeric.realToText(&buffer, r)) };
            },
            .text => |t| .{ .value = .{ .text = try arena.dupe(u8, t) }, .text = try arena.dupe(u8, t) },
            .blob => |b| .{ .value = .{ .blob = try arena.dupe(u8, b) }, .text = try arena.dupe(u8, b) },
        };
    }

    fn message(ptr: *anyopaque) []const u8 {
        const self: *ZqliteEngine = @ptrCast(@alignCast(ptr));
        return self.conn.lastError().message;
    }
};
