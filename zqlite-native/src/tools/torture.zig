//! `zqlite-torture DBPATH START_ID`: the child process of the kill test (kill_test.zig).
//!
//! It runs durable (FULL) write transactions in a loop, numbered START_ID, START_ID + 1, ...,
//! and only after `commit` returns writes "ack <txn_id>\n" to stdout with one write(2) (no
//! buffering), so an ack is a promise that the transaction is durable. The parent kills it with
//! SIGKILL at a random moment and then checks the promises.
//!
//! The database (also the layout the parent verifies; every function here is shared with it):
//! - the header's schema root is a catalog table tree: row 1 = [data table root], row 2 =
//!   [index root]; created by the first transaction together with its rows;
//! - the data table: transaction t inserts rows t * rowid_stride + i for i < rowCount(t) (1..20,
//!   a pure function of t) with record [t, i, rowCount(t), value], the value a blob whose size and
//!   bytes are pure functions of the rowid (mostly small, some over a page, a few over 20 pages);
//! - the counter row, rowid 0: [last_txn_id, total_rows], replaced by every transaction;
//! - the index on (column 0 DESC, column 1): one entry per row, the counter row's entry deleted
//!   and re-inserted on every update (an indexed-column update).
//! Before writing, a transaction checks the counter says START_ID - 1 + (transactions done),
//! so ids continue and a child never writes over a state it does not expect.
const std = @import("std");
const storage = @import("zqlite_storage");
const pager = storage.pager;
const btree = storage.btree;
const record = storage.record;
const key_codec = storage.key_codec;
const KeyColumn = storage.KeyColumn;

const assert = std.debug.assert;
const WriteTree = btree.BTreeType(pager.WriteTxn);

pub const rows_per_txn_max: u32 = 20;
pub const rowid_stride: i64 = 32;
pub const counter_rowid: i64 = 0;
pub const catalog_table_rowid: i64 = 1;
pub const catalog_index_rowid: i64 = 2;
/// The child stops by itself after this many transactions (a bound; the parent kills it first).
pub const txn_count_max: u64 = 1_000_000;
pub const index_columns = [_]KeyColumn{ .{ .ordinal = 0, .descending = true }, .{ .ordinal = 1 } };
pub const value_size_bytes_max: u32 = 96 * 1024;
/// Key of a row: two numbers (11 bytes each), a trailer byte, the rowid.
pub const key_size_bytes_max: u32 = 2 * 11 + 1 + 8;
/// Record of a data row: header plus four columns at most.
pub const record_size_bytes_max: u32 = value_size_bytes_max + 64;

/// Set (to anything) in the child's environment: ack before commit (a deliberate bug).
pub const ack_early_env = "ZQLITE_TORTURE_ACK_EARLY";

pub const options: pager.Options = .{
    .durability = .full,
    .busy_timeout_ms = 10_000,
    // Frequent checkpoints, so kills also land inside checkpoints and WAL resets.
    .auto_checkpoint_frames = 100,
};

comptime {
    assert(rows_per_txn_max < rowid_stride);
    assert(index_columns.len == 2);
}

fn mix(x: u64) u64 {
    var z = x +% 0x9e3779b97f4a7c15;
    z = (z ^ (z >> 30)) *% 0xbf58476d1ce4e5b9;
    z = (z ^ (z >> 27)) *% 0x94d049bb133111eb;
    return z ^ (z >> 31);
}

/// Rows inserted by transaction `txn_id`: 1..rows_per_txn_max.
pub fn rowCount(txn_id: u64) u32 {
    return @intCast(1 + mix(txn_id) % rows_per_txn_max);
}

pub fn rowidOf(txn_id: u64, row_index: u32) i64 {
    assert(row_index < rows_per_txn_max);
    return @as(i64, @intCast(txn_id)) * rowid_stride + row_index;
}

/// The value size of a row: 95% under 64 bytes, 4.5% 1..6 KiB, 0.5% 20..96 KiB.
pub fn valueSizeBytes(rowid: i64) u32 {
    const h = mix(@as(u64, @bitCast(rowid)) ^ 0x5157);
    const roll = h % 1000;
    const size: u32 = if (roll < 950)
        @intCast((h >> 10) % 64)
    else if (roll < 995)
        @intCast(1024 + (h >> 10) % (5 * 1024))
    else
        @intCast(20 * 1024 + (h >> 10) % (76 * 1024));
    assert(size <= value_size_bytes_max);
    return size;
}

pub fn fillValue(rowid: i64, out: []u8) void {
    assert(out.len == valueSizeBytes(rowid));
    var prng = std.Random.DefaultPrng.init(@bitCast(rowid));
    prng.random().bytes(out);
}

/// The record of data row `row_index` of `txn_id` into `out`; returns its size.
pub fn encodeRow(txn_id: u64, row_index: u32, value: []const u8, out: []u8) u32 {
    const values = [_]record.Value{
        .{ .integer = @intCast(txn_id) },
        .{ .integer = row_index },
        .{ .integer = rowCount(txn_id) },
        .{ .blob = value },
    };
    assert(out.len >= record.encodedSizeBytes(&values) catch unreachable);
    return record.encode(&values, out);
}

pub fn encodeCounter(last_txn_id: u64, total_rows: u64, out: []u8) u32 {
    const values = [_]record.Value{ .{ .integer = @intCast(last_txn_id) }, .{ .integer = @intCast(total_rows) } };
    return record.encode(&values, out);
}

/// The index key of a row whose first two columns are (a, b).
pub fn indexKey(a: i64, b: i64, rowid: i64, out: []u8) u32 {
    const values = [_]record.Value{ .{ .integer = a }, .{ .integer = b } };
    const descending = [_]bool{ index_columns[0].descending, index_columns[1].descending };
    assert(out.len >= key_size_bytes_max);
    return key_codec.encode(&values, &descending, rowid, out);
}

pub const Roots = struct { catalog: u32, table: u32, index: u32 };

pub const Counter = struct { last_txn_id: u64, total_rows: u64 };

/// Reads an integer column of a small record; Corrupt when it is not an integer.
pub fn integerColumn(bytes: []const u8, column: u32) storage.errors.Error!i64 {
    const row = try record.Record.parse(bytes);
    return switch (try row.column(column)) {
        .integer => |v| v,
        else => storage.errors.corrupt(@src(), "column {d} is not an integer", .{column}),
    };
}

const Writer = struct {
    w: *pager.WriteTxn,
    allocator: std.mem.Allocator,
    roots: Roots,
    row_buffer: []u8,
    value_buffer: []u8,

    fn lookupCounter(writer: *Writer, table: *WriteTree.Tree) !?Counter {
        var cursor: WriteTree.Cursor = undefined;
        cursor.init(table);
        defer cursor.deinit();
        if (!try cursor.seekRowid(counter_rowid, .eq)) return null;
        const size = try cursor.payloadSizeBytes();
        if (size > writer.row_buffer.len) return error.Corrupt;
        try cursor.readPayload(writer.row_buffer[0..size]);
        return .{
            .last_txn_id = @intCast(try integerColumn(writer.row_buffer[0..size], 0)),
            .total_rows = @intCast(try integerColumn(writer.row_buffer[0..size], 1)),
        };
    }

    /// Inserts the rows of `txn_id` and replaces the counter (and its index entry).
    fn writeRows(writer: *Writer, txn_id: u64, previous: Counter) !void {
        var table = WriteTree.Tree.open(writer.w, writer.allocator, writer.roots.table, .table);
        defer table.close();
        var index = WriteTree.Tree.open(writer.w, writer.allocator, writer.roots.index, .index);
        defer index.close();
        var key: [key_size_bytes_max]u8 = undefined;
        const count = rowCount(txn_id);
        for (0..count) |i| {
            const row_index: u32 = @intCast(i);
            const rowid = rowidOf(txn_id, row_index);
            const value = writer.value_buffer[0..valueSizeBytes(rowid)];
            fillValue(rowid, value);
            const size = encodeRow(txn_id, row_index, value, writer.row_buffer);
            if (try table.insertRow(rowid, writer.row_buffer[0..size])) return error.RowExists;
            const key_size = indexKey(@intCast(txn_id), row_index, rowid, &key);
            if (!try index.insertKey(key[0..key_size])) return error.KeyExists;
        }
        if (txn_id > 1) {
            const old_size = indexKey(@intCast(previous.last_txn_id), @intCast(previous.total_rows), counter_rowid, &key);
            if (!try index.deleteKey(key[0..old_size])) return error.CounterKeyMissing;
        }
        const total = previous.total_rows + count;
        const size = encodeCounter(txn_id, total, writer.row_buffer);
        _ = try table.insertRow(counter_rowid, writer.row_buffer[0..size]);
        const key_size = indexKey(@intCast(txn_id), @intCast(total), counter_rowid, &key);
        if (!try index.insertKey(key[0..key_size])) return error.KeyExists;
    }
};

/// Creates the catalog, table and index trees (first transaction only).
fn createTrees(w: *pager.WriteTxn, allocator: std.mem.Allocator) !Roots {
    const roots = Roots{
        .catalog = try WriteTree.Tree.create(w, .table),
        .table = try WriteTree.Tree.create(w, .table),
        .index = try WriteTree.Tree.create(w, .index),
    };
    var catalog = WriteTree.Tree.open(w, allocator, roots.catalog, .table);
    defer catalog.close();
    var buffer: [32]u8 = undefined;
    var size = record.encode(&.{.{ .integer = roots.table }}, &buffer);
    _ = try catalog.insertRow(catalog_table_rowid, buffer[0..size]);
    size = record.encode(&.{.{ .integer = roots.index }}, &buffer);
    _ = try catalog.insertRow(catalog_index_rowid, buffer[0..size]);
    try w.setSchemaRoot(roots.catalog);
    return roots;
}

/// The roots from the catalog (through any page source: ReadTxn or WriteTxn).
pub fn readRoots(comptime Pages: type, pages: *Pages, allocator: std.mem.Allocator, catalog_root: u32) !Roots {
    const Tree = btree.BTreeType(Pages);
    var catalog = Tree.Tree.open(pages, allocator, catalog_root, .table);
    defer catalog.close();
    var cursor: Tree.Cursor = undefined;
    cursor.init(&catalog);
    defer cursor.deinit();
    var roots = Roots{ .catalog = catalog_root, .table = 0, .index = 0 };
    const rowids = [_]i64{ catalog_table_rowid, catalog_index_rowid };
    for (rowids) |rowid| {
        if (!try cursor.seekRowid(rowid, .eq)) return error.CatalogRowMissing;
        var buffer: [32]u8 = undefined;
        const size = try cursor.payloadSizeBytes();
        if (size > buffer.len) return error.Corrupt;
        try cursor.readPayload(buffer[0..size]);
        const root: u32 = std.math.cast(u32, try integerColumn(buffer[0..size], 0)) orelse return error.Corrupt;
        if (rowid == catalog_table_rowid) roots.table = root else roots.index = root;
    }
    return roots;
}

/// One durable transaction: `txn_id`'s rows plus the counter. Returns after commit.
pub fn runTransaction(db: *pager.Database, allocator: std.mem.Allocator, txn_id: u64, buffers: [2][]u8) !void {
    var w = try db.beginWrite();
    errdefer w.rollback();
    const roots = if (w.schemaRoot() == 0)
        try createTrees(&w, allocator)
    else
        try readRoots(pager.WriteTxn, &w, allocator, w.schemaRoot());
    var writer = Writer{ .w = &w, .allocator = allocator, .roots = roots, .row_buffer = buffers[0], .value_buffer = buffers[1] };
    var table = WriteTree.Tree.open(&w, allocator, roots.table, .table);
    const found = writer.lookupCounter(&table);
    table.close();
    const previous = (try found) orelse Counter{ .last_txn_id = 0, .total_rows = 0 };
    if (previous.last_txn_id + 1 != txn_id) {
        std.debug.print("torture: counter says {d}, starting transaction {d}\n", .{ previous.last_txn_id, txn_id });
        return error.CounterMismatch;
    }
    try writer.writeRows(txn_id, previous);
    try w.commit();
}

fn ack(txn_id: u64) !void {
    var line: [32]u8 = undefined;
    const text = try std.fmt.bufPrint(&line, "ack {d}\n", .{txn_id});
    // One write: a line is never split, and nothing waits in a buffer when the kill comes.
    const written = try std.posix.write(std.posix.STDOUT_FILENO, text);
    if (written != text.len) return error.ShortWrite;
}

pub fn main() !u8 {
    const allocator = std.heap.c_allocator;
    const args = try std.process.argsAlloc(allocator);
    defer std.process.argsFree(allocator, args);
    if (args.len != 3) {
        std.debug.print("usage: zqlite-torture DBPATH START_ID\n", .{});
        return 2;
    }
    const start_id = try std.fmt.parseInt(u64, args[2], 10);
    if (start_id == 0) return 2;
    const db = try pager.Database.open(allocator, args[1], options);
    defer db.close();
    const row_buffer = try allocator.alloc(u8, record_size_bytes_max);
    defer allocator.free(row_buffer);
    const value_buffer = try allocator.alloc(u8, value_size_bytes_max);
    defer allocator.free(value_buffer);
    // The kill test's canary: acking before the commit breaks the promise, and the kill test
    // must notice (kill-test --canary expects to fail).
    const ack_early = std.posix.getenv(ack_early_env) != null;
    var txn_id = start_id;
    while (txn_id < start_id + txn_count_max) : (txn_id += 1) {
        if (ack_early) try ack(txn_id);
        try runTransaction(db, allocator, txn_id, .{ row_buffer, value_buffer });
        if (!ack_early) try ack(txn_id);
    }
    return 0;
}
