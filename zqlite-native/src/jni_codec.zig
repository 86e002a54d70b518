//! The byte layouts the JNI layer shares with Java (io.ghostwire.zqlite.NativeBuffer reads and
//! writes the same ones), all little-endian, all inside a direct ByteBuffer owned by Java:
//!
//! - Values: the encoding of zqlite_step_batch (zqlite.h): a tag byte, then nothing (NULL, 0),
//!   int64 (1), f64 bits (2), or u32 length + bytes (TEXT 3, UTF-8; BLOB 4). Rows are encoded by
//!   c_api's own encoder; binds use the same tags: `i32 count`, then `count` values.
//! - Strings in descriptions: `i32 length` (-1 for none), then UTF-8 bytes.
//! - Error block: `i32 code, i32 offset (-1 none), i32 length, message bytes` (truncated to fit).
//!
//! Invariant: nothing here trusts Java's lengths. Every read is checked against the length Java
//! declared and that length against the buffer's real capacity; a bad buffer is MISUSE.
const std = @import("std");
const assert = std.debug.assert;
const engine = @import("sql/engine.zig");
const schema = @import("sql/schema.zig");
const c_api = @import("c_api.zig");
const Value = engine.Value;

pub const error_block_bytes_min: usize = 12;

/// Writes sequentially; past the end it only counts, so callers learn the size they need.
pub const Writer = struct {
    out: []u8,
    at: usize = 0,

    pub fn fits(w: *const Writer) bool {
        return w.at <= w.out.len;
    }

    pub fn int(w: *Writer, comptime T: type, v: T) void {
        const size = @sizeOf(T);
        if (w.at + size <= w.out.len) std.mem.writeInt(T, w.out[w.at..][0..size], v, .little);
        w.at += size;
    }

    pub fn bytes(w: *Writer, b: []const u8) void {
        if (w.at + b.len <= w.out.len) @memcpy(w.out[w.at..][0..b.len], b);
        w.at += b.len;
    }

    /// A length-prefixed string, or -1 for none.
    pub fn string(w: *Writer, s: ?[]const u8) void {
        const text = s orelse return w.int(i32, -1);
        w.int(i32, @intCast(@min(text.len, std.math.maxInt(i32))));
        w.bytes(text);
    }
};

/// Writes the error block at `out[0..]`, truncating the message to fit.
pub fn writeError(out: []u8, code: u32, offset: ?u32, message: []const u8) void {
    assert(out.len >= error_block_bytes_min);
    const room = out.len - error_block_bytes_min;
    const len = @min(message.len, room);
    std.mem.writeInt(i32, out[0..4], @intCast(code), .little);
    const off: i32 = if (offset) |o| @intCast(@min(o, std.math.maxInt(i32))) else -1;
    std.mem.writeInt(i32, out[4..8], off, .little);
    std.mem.writeInt(i32, out[8..12], @intCast(len), .little);
    @memcpy(out[12..][0..len], message[0..len]);
}

/// Writes the connection's last error and returns its code.
pub fn writeEngineError(out: []u8, conn: *const engine.Connection, err: engine.Error) u32 {
    const code: u32 = switch (err) {
        error.OutOfMemory => @intFromEnum(engine.ErrorCode.nomem),
        error.Sql => @intFromEnum(conn.lastError().code),
    };
    const message = if (err == error.OutOfMemory) "out of memory" else conn.lastError().message;
    writeError(out, code, if (err == error.Sql) conn.lastError().offset else null, message);
    assert(code != 0);
    return code;
}

/// Reads values written by Java, refusing anything that would read past `in`.
pub const Reader = struct {
    in: []const u8,
    at: usize = 0,

    pub fn int(r: *Reader, comptime T: type) ?T {
        const size = @sizeOf(T);
        if (r.in.len - r.at < size) return null;
        const v = std.mem.readInt(T, r.in[r.at..][0..size], .little);
        r.at += size;
        return v;
    }

    pub fn value(r: *Reader) ?Value {
        const tag = r.int(u8) orelse return null;
        return switch (tag) {
            c_api.batch_null => .null,
            c_api.batch_integer => .{ .integer = r.int(i64) orelse return null },
            c_api.batch_real => .{ .real = @bitCast(r.int(u64) orelse return null) },
            c_api.batch_text, c_api.batch_blob => blk: {
                const len: usize = r.int(u32) orelse return null;
                if (r.in.len - r.at < len) return null;
                const b = r.in[r.at..][0..len];
                r.at += len;
                break :blk if (tag == c_api.batch_text) .{ .text = b } else .{ .blob = b };
            },
            else => null,
        };
    }
};

pub const BindError = error{ Malformed, Sql, OutOfMemory };

/// Binds one parameter set (`i32 count`, values) read from `r`. The engine copies each value.
pub fn bindAll(stmt: *engine.Statement, r: *Reader) BindError!void {
    const count = r.int(i32) orelse return error.Malformed;
    if (count < 0 or count > stmt.parameterCount()) return error.Malformed;
    var i: u32 = 0;
    while (i < count) : (i += 1) {
        const v = r.value() orelse return error.Malformed;
        try stmt.bindValue(i + 1, v);
    }
    assert(r.at <= r.in.len);
}

/// Statement description: i32 tail offset, i32 read-only, i32 parameter count, i32 column
/// count, then parameter names, column names and column declared types (c_api.declaredType;
/// -1 for an expression) as strings.
pub fn describe(w: *Writer, stmt: *const engine.Statement, tail_offset: u32) void {
    w.int(i32, @intCast(tail_offset));
    w.int(i32, @intFromBool(stmt.readOnly()));
    w.int(i32, @intCast(stmt.parameterCount()));
    w.int(i32, @intCast(stmt.columnCount()));
    var p: u32 = 1;
    while (p <= stmt.parameterCount()) : (p += 1) w.string(stmt.parameterName(p));
    var c: u32 = 0;
    while (c < stmt.columnCount()) : (c += 1) w.string(stmt.columnName(c));
    c = 0;
    while (c < stmt.columnCount()) : (c += 1) w.string(c_api.declaredType(stmt, c));
}

/// The catalog for DatabaseMetaData: i32 object count, then per table or view: name, type
/// ("TABLE"/"VIEW"), sql, i32 column count, columns (name, declared type, i32 not-null, i32
/// primary-key position from 1 or 0), i32 index count, indexes (name, i32 unique, i32 primary,
/// i32 column count, column names).
pub fn writeCatalog(w: *Writer, catalog: *const schema.Catalog) void {
    w.int(i32, @intCast(catalog.tables.len + catalog.views.len));
    for (catalog.tables) |table| writeTable(w, table);
    for (catalog.views) |view| {
        w.string(view.name);
        w.string("VIEW");
        w.string(view.sql);
        w.int(i32, @intCast(view.columns.len));
        for (view.columns) |column| {
            w.string(column.text);
            w.string("");
            w.int(i32, 0);
            w.int(i32, 0);
        }
        w.int(i32, 0);
    }
}

fn writeTable(w: *Writer, table: *const schema.Table) void {
    w.string(table.name);
    w.string("TABLE");
    w.string(table.sql);
    w.int(i32, @intCast(table.columns.len));
    const pk: ?*const schema.Index = for (table.indexes) |index| {
        if (index.primary_key) break index;
    } else null;
    for (table.columns, 0..) |column, i| {
        w.string(column.name);
        w.string(column.type_name);
        w.int(i32, @intFromBool(column.not_null));
        w.int(i32, primaryKeyPosition(table, pk, @intCast(i)));
    }
    w.int(i32, @intCast(table.indexes.len));
    for (table.indexes) |index| {
        w.string(index.name);
        w.int(i32, @intFromBool(index.unique));
        w.int(i32, @intFromBool(index.primary_key));
        w.int(i32, @intCast(index.columns.len));
        for (index.columns) |ic| w.string(table.columns[ic.column].name);
    }
}

fn primaryKeyPosition(table: *const schema.Table, pk: ?*const schema.Index, column: u32) i32 {
    if (table.rowid_alias) |alias| return if (alias == column) 1 else 0;
    const index = pk orelse return 0;
    for (index.columns, 0..) |ic, i| {
        if (ic.column == column) return @intCast(i + 1);
    }
    return 0;
}

test "codec: reader refuses truncated and unknown values" {
    var r = Reader{ .in = &.{ 1, 2, 3 } };
    try std.testing.expect(r.value() == null);
    r = Reader{ .in = &.{ 3, 10, 0, 0, 0, 'a' } };
    try std.testing.expect(r.value() == null);
    r = Reader{ .in = &.{ 9, 0 } };
    try std.testing.expect(r.value() == null);
    r = Reader{ .in = &.{ 3, 2, 0, 0, 0, 'h', 'i', 0 } };
    try std.testing.expectEqualStrings("hi", r.value().?.text);
    try std.testing.expect(r.value().? == .null);
    try std.testing.expect(r.value() == null);
}

test "codec: writer counts past the end and error blocks truncate" {
    var buffer: [16]u8 = undefined;
    var w = Writer{ .out = &buffer };
    w.string("0123456789abcdef");
    try std.testing.expect(!w.fits());
    try std.testing.expectEqual(@as(usize, 20), w.at);
    writeError(&buffer, 1, null, "a long message that will not fit");
    try std.testing.expectEqual(@as(i32, 4), std.mem.readInt(i32, buffer[8..12], .little));
    try std.testing.expectEqualStrings("a lo", buffer[12..16]);
}
