//! Coverage-guided fuzz targets (Zig's built-in fuzzer) for every decoder that reads bytes from
//! disk. Each target must return normally or with an error for any input: a panic, a failed
//! assertion, an out-of-bounds access or a hang is a bug.
//!
//! `zig build test` runs each target once on its seed corpus; `zig build fuzz --fuzz` fuzzes them
//! until stopped (tools/fuzz.sh bounds it in time and turns "no crash" into success).
const std = @import("std");
const record = @import("storage/record.zig");
const key = @import("storage/key.zig");
const wal = @import("storage/wal.zig");
const header = @import("storage/header.zig");
const btree_page = @import("storage/btree_page.zig");
const btree = @import("storage/btree.zig");
const io = @import("storage/io.zig");
const pager = @import("storage/pager.zig");

fn fuzzRecord(input: []const u8) anyerror!void {
    var out: [record.column_count_max]record.Value = undefined;
    _ = record.decodeForFuzz(input, &out) catch return;
}

fn fuzzKey(input: []const u8) anyerror!void {
    if (input.len == 0) return;
    // The first byte chooses how many key columns and which are descending.
    const column_count: u32 = input[0] & 7;
    var descending: [8]bool = undefined;
    for (0..column_count) |i| descending[i] = (input[0] >> @intCast(3 + i % 5)) & 1 == 1;
    var out: [8]record.Value = undefined;
    var scratch: [4096]u8 = undefined;
    const bytes = input[1..@min(input.len, scratch.len)];
    _ = key.decode(bytes, descending[0..column_count], &out, scratch[0..bytes.len]) catch return;
}

fn fuzzWalHeaders(input: []const u8) anyerror!void {
    _ = wal.decodeWalHeader(input) catch {};
    _ = wal.decodeWalFrameHeader(input) catch {};
}

fn fuzzHeaderPage(input: []const u8) anyerror!void {
    _ = header.decodeHeaderPage(input) catch return;
}

fn fuzzBtreePage(input: []const u8) anyerror!void {
    // Node pages are at least the smallest usable size; pad short inputs with zeros.
    const usable_size_bytes: u32 = 512 - 8;
    var page = std.mem.zeroes([usable_size_bytes]u8);
    @memcpy(page[0..@min(input.len, page.len)], input[0..@min(input.len, page.len)]);
    _ = btree_page.decodeNodeForFuzz(&page, btree_page.Layout.init(usable_size_bytes)) catch return;
}

/// Opens arbitrary bytes as a database (the first two bytes choose where the main file ends and
/// the WAL begins), reads its first pages and walks the schema tree.
fn fuzzOpenGarbage(input: []const u8) anyerror!void {
    const allocator = std.testing.allocator;
    const split: usize = if (input.len < 2) 0 else @min(input.len - 2, std.mem.readInt(u16, input[0..2], .little));
    const rest = if (input.len < 2) input else input[2..];
    const db_sim = try io.SimFile.create(allocator, true);
    defer db_sim.destroy();
    const wal_sim = try io.SimFile.create(allocator, true);
    defer wal_sim.destroy();
    try db_sim.file().writeAt(rest[0..@min(split, rest.len)], 0);
    try wal_sim.file().writeAt(rest[@min(split, rest.len)..], 0);
    const options = pager.Options{ .read_only = true, .cache_size_bytes_max = 1024 * 1024 };
    const db = pager.Database.openFiles(allocator, db_sim.file(), wal_sim.file(), options) catch return;
    defer db.close();
    var txn = db.beginRead() catch return;
    defer txn.end();
    const pages_read_max: u32 = 64;
    var page_no: u32 = 1;
    while (page_no <= @min(txn.pageCount(), pages_read_max)) : (page_no += 1) {
        const page = txn.get(page_no) catch continue;
        txn.release(page);
    }
    const root = txn.schemaRoot() catch return;
    if (root != 0) try walkTree(&txn, root);
}

fn walkTree(txn: *pager.ReadTxn, root_page_no: u32) !void {
    const BTree = btree.BTreeType(pager.ReadTxn);
    var tree = BTree.Tree.open(txn, std.testing.allocator, root_page_no, .table);
    defer tree.close();
    var cursor: BTree.Cursor = undefined;
    cursor.init(&tree);
    defer cursor.deinit();
    const entries_max: u32 = 10_000;
    var more = cursor.first() catch return;
    var entries: u32 = 0;
    while (more and entries < entries_max) : (entries += 1) {
        _ = cursor.payloadSizeBytes() catch return;
        more = cursor.next() catch return;
    }
}

test "fuzz record decoder" {
    try std.testing.fuzz(fuzzRecord, .{});
}

test "fuzz index key decoder" {
    try std.testing.fuzz(fuzzKey, .{});
}

test "fuzz WAL header and frame header decoders" {
    try std.testing.fuzz(fuzzWalHeaders, .{});
}

test "fuzz database header page decoder" {
    try std.testing.fuzz(fuzzHeaderPage, .{});
}

test "fuzz B+tree node decoder" {
    try std.testing.fuzz(fuzzBtreePage, .{});
}

test "fuzz opening garbage as a database" {
    try std.testing.fuzz(fuzzOpenGarbage, .{});
}
