//! B+tree node layout: the page header, the cell offset array, the four cell formats, and the
//! in-place edits (insert a cell, remove a cell, defragment, rewrite a whole node). Pure functions
//! over page bytes; the tree algorithms live in btree.zig. Format: docs/zqlite-file-format.md
//! section 4 (nodes) and 5 (overflow pages), kept byte for byte in step with this file.
//!
//! A node occupies the usable part of a page (page size minus the pager's 8-byte checksum):
//!   0   u8   kind: 0x05 table interior, 0x0D table leaf, 0x02 index interior, 0x0A index leaf
//!   1   u8   reserved, 0
//!   2   u16  cell_count
//!   4   u16  content_start: offset of the lowest cell byte (cells fill [content_start, usable))
//!   6   u16  fragment_bytes: unused bytes inside the cell content area
//!   8   u32  right_child: interior nodes' last child (keys greater than every separator); 0 in leaves
//!   12  u32  reserved, 0
//!   16  u16 * cell_count: cell offsets, in key order
//! All integers little-endian. Cell formats:
//!   table leaf      varint payload_size, varint rowid (u64 bits), local payload, [u32 overflow]
//!   table interior  u32 left_child, varint rowid
//!   index leaf      varint key_size, key
//!   index interior  u32 left_child, varint key_size, key
//! Separator semantics: every key in the subtree of cell i's left child is <= cell i's key and >
//! cell i-1's key; right_child holds the keys greater than the last separator.
//!
//! Size rules (all derived from the usable size by `Layout`): a cell is at most
//! `cell_size_bytes_max` so that four cells and their offsets always fit in one node. A table
//! payload larger than `table_local_max` keeps `tableLocalSize(payload)` bytes in the cell and the
//! rest in an overflow chain (SQLite's rule, which fills the last overflow page well). Index keys
//! never overflow: a key longer than `index_key_size_bytes_max` is error.TooBig at insert.
//!
//! Every read of a node goes through `Node.parse` and `Node.cell`, which bounds-check each offset
//! and length: bad bytes are error.Corrupt with the page and offset, never a crash.
const std = @import("std");
const errors = @import("errors.zig");
const record = @import("record.zig");

pub const header_size_bytes: u32 = 16;
pub const slot_size_bytes: u32 = 2;
pub const child_size_bytes: u32 = 4;
pub const overflow_header_size_bytes: u32 = 4;
pub const usable_size_bytes_min: u32 = 512 - 8;
pub const usable_size_bytes_max: u32 = 65536 - 8;

pub const Kind = enum(u8) {
    table_interior = 0x05,
    table_leaf = 0x0D,
    index_interior = 0x02,
    index_leaf = 0x0A,

    pub fn isLeaf(kind: Kind) bool {
        return kind == .table_leaf or kind == .index_leaf;
    }

    pub fn treeKind(kind: Kind) TreeKind {
        return if (kind == .table_leaf or kind == .table_interior) .table else .index;
    }
};

pub const TreeKind = enum {
    /// Keyed by i64 rowid; leaves hold the records.
    table,
    /// Keyed by encoded byte keys (key.zig); no payload beyond the key.
    index,

    pub fn leafKind(tree_kind: TreeKind) Kind {
        return if (tree_kind == .table) .table_leaf else .index_leaf;
    }

    pub fn interiorKind(tree_kind: TreeKind) Kind {
        return if (tree_kind == .table) .table_interior else .index_interior;
    }
};

/// Size limits derived from the usable page size.
pub const Layout = struct {
    usable_size_bytes: u32,
    /// Bytes available for cells and their offsets.
    capacity_bytes: u32,
    cell_size_bytes_max: u32,
    table_local_max: u32,
    table_local_min: u32,
    index_key_size_bytes_max: u32,
    overflow_content_bytes: u32,

    pub fn init(usable_size_bytes: u32) Layout {
        std.debug.assert(usable_size_bytes >= usable_size_bytes_min);
        std.debug.assert(usable_size_bytes <= usable_size_bytes_max);
        const capacity = usable_size_bytes - header_size_bytes;
        const cell_max = capacity / 4 - slot_size_bytes;
        const layout = Layout{
            .usable_size_bytes = usable_size_bytes,
            .capacity_bytes = capacity,
            .cell_size_bytes_max = cell_max,
            // payload size varint (<= 4 bytes below 256 MiB) + rowid varint + overflow pointer.
            .table_local_max = cell_max - 4 - record.varint_size_bytes_max - 4,
            .table_local_min = (usable_size_bytes - 12) * 32 / 255 - 23,
            .index_key_size_bytes_max = cell_max - child_size_bytes - 3,
            .overflow_content_bytes = usable_size_bytes - overflow_header_size_bytes,
        };
        std.debug.assert(layout.table_local_min < layout.table_local_max);
        std.debug.assert(4 * (cell_max + slot_size_bytes) <= capacity);
        return layout;
    }

    /// How many payload bytes a table leaf cell keeps in the page.
    pub fn tableLocalSize(layout: Layout, payload_size_bytes: u32) u32 {
        if (payload_size_bytes <= layout.table_local_max) return payload_size_bytes;
        const spill = (payload_size_bytes - layout.table_local_min) % layout.overflow_content_bytes;
        const local = layout.table_local_min + spill;
        return if (local <= layout.table_local_max) local else layout.table_local_min;
    }

    /// Overflow pages needed for a payload of this size (0 when it is all local).
    pub fn overflowPageCount(layout: Layout, payload_size_bytes: u32) u32 {
        const rest = payload_size_bytes - layout.tableLocalSize(payload_size_bytes);
        return (rest + layout.overflow_content_bytes - 1) / layout.overflow_content_bytes;
    }
};

pub const Cell = struct {
    /// Bytes the cell occupies in the node (without its offset slot).
    size_bytes: u32,
    left_child: u32 = 0,
    rowid: i64 = 0,
    /// Table leaf: the whole payload size; index: the key size.
    payload_size_bytes: u32 = 0,
    /// The payload (or key) bytes stored in the node.
    local: []const u8 = &.{},
    overflow_page_no: u32 = 0,
};

/// Parses one cell at the start of `bytes` (which ends at the node's end). Pure.
pub fn parseCell(kind: Kind, layout: Layout, bytes: []const u8) errors.Error!Cell {
    var cell = Cell{ .size_bytes = 0 };
    var at: u32 = 0;
    if (!kind.isLeaf()) {
        if (bytes.len < child_size_bytes) return errors.corrupt(@src(), "cell truncated", .{});
        cell.left_child = std.mem.readInt(u32, bytes[0..4], .little);
        if (cell.left_child < 2) return errors.corrupt(@src(), "child page {d}", .{cell.left_child});
        at = child_size_bytes;
    }
    switch (kind) {
        .table_interior => {
            const rowid = try record.readVarint(bytes[at..]);
            cell.rowid = @bitCast(rowid.value);
            cell.size_bytes = at + rowid.size_bytes;
        },
        .table_leaf => return parseTableLeafCell(layout, bytes),
        .index_leaf, .index_interior => {
            const size = try record.readVarint(bytes[at..]);
            at += size.size_bytes;
            if (size.value > layout.index_key_size_bytes_max or size.value > bytes.len - at) {
                return errors.corrupt(@src(), "index key of {d} bytes", .{size.value});
            }
            cell.payload_size_bytes = @intCast(size.value);
            cell.local = bytes[at..][0..cell.payload_size_bytes];
            cell.size_bytes = at + cell.payload_size_bytes;
        },
    }
    std.debug.assert(cell.size_bytes <= bytes.len);
    return cell;
}

fn parseTableLeafCell(layout: Layout, bytes: []const u8) errors.Error!Cell {
    const payload = try record.readVarint(bytes);
    if (payload.value > record.record_size_bytes_max) {
        return errors.corrupt(@src(), "payload of {d} bytes", .{payload.value});
    }
    const rowid = try record.readVarint(bytes[payload.size_bytes..]);
    var at = payload.size_bytes + rowid.size_bytes;
    const payload_size: u32 = @intCast(payload.value);
    const local_size = layout.tableLocalSize(payload_size);
    const overflow_bytes: u32 = if (local_size < payload_size) overflow_header_size_bytes else 0;
    if (bytes.len - at < local_size + overflow_bytes) {
        return errors.corrupt(@src(), "cell payload overruns the page", .{});
    }
    var cell = Cell{
        .size_bytes = 0,
        .rowid = @bitCast(rowid.value),
        .payload_size_bytes = payload_size,
        .local = bytes[at..][0..local_size],
    };
    at += local_size;
    if (overflow_bytes != 0) {
        cell.overflow_page_no = std.mem.readInt(u32, bytes[at..][0..4], .little);
        if (cell.overflow_page_no < 2) return errors.corrupt(@src(), "overflow page {d}", .{cell.overflow_page_no});
        at += overflow_bytes;
    }
    cell.size_bytes = at;
    return cell;
}

/// Size of a table leaf cell for a payload of this size.
pub fn tableLeafCellSize(layout: Layout, rowid: i64, payload_size_bytes: u32) u32 {
    const local = layout.tableLocalSize(payload_size_bytes);
    const overflow: u32 = if (local < payload_size_bytes) overflow_header_size_bytes else 0;
    return record.varintSizeBytes(payload_size_bytes) + record.varintSizeBytes(@bitCast(rowid)) + local + overflow;
}

/// Writes a table leaf cell: `local` must be the first tableLocalSize(payload) payload bytes.
pub fn writeTableLeafCell(
    layout: Layout,
    rowid: i64,
    payload_size_bytes: u32,
    local: []const u8,
    overflow_page_no: u32,
    out: []u8,
) u32 {
    std.debug.assert(local.len == layout.tableLocalSize(payload_size_bytes));
    std.debug.assert((overflow_page_no != 0) == (local.len < payload_size_bytes));
    var at = record.writeVarint(out, payload_size_bytes);
    at += record.writeVarint(out[at..], @bitCast(rowid));
    @memcpy(out[at..][0..local.len], local);
    at += @intCast(local.len);
    if (overflow_page_no != 0) {
        std.mem.writeInt(u32, out[at..][0..4], overflow_page_no, .little);
        at += overflow_header_size_bytes;
    }
    std.debug.assert(at == tableLeafCellSize(layout, rowid, payload_size_bytes));
    return at;
}

/// Writes an interior (separator) cell: table cells carry `rowid`, index cells `key`.
pub fn writeInteriorCell(tree_kind: TreeKind, left_child: u32, rowid: i64, key: []const u8, out: []u8) u32 {
    std.debug.assert(left_child >= 2);
    std.mem.writeInt(u32, out[0..4], left_child, .little);
    if (tree_kind == .table) return child_size_bytes + record.writeVarint(out[4..], @bitCast(rowid));
    const at = child_size_bytes + record.writeVarint(out[4..], key.len);
    @memcpy(out[at..][0..key.len], key);
    return at + @as(u32, @intCast(key.len));
}

pub fn writeIndexLeafCell(key: []const u8, out: []u8) u32 {
    const at = record.writeVarint(out, key.len);
    @memcpy(out[at..][0..key.len], key);
    return at + @as(u32, @intCast(key.len));
}

pub fn indexLeafCellSize(key_size_bytes: u32) u32 {
    return record.varintSizeBytes(key_size_bytes) + key_size_bytes;
}

/// A validated read-only view of a node.
pub const Node = struct {
    bytes: []const u8,
    page_no: u32,
    kind: Kind,
    layout: Layout,
    cell_count: u32,
    content_start: u32,
    fragment_bytes: u32,
    right_child: u32,

    /// Checks the header; cells are checked as they are read. Pure.
    pub fn parse(bytes: []const u8, page_no: u32, layout: Layout) errors.Error!Node {
        std.debug.assert(bytes.len == layout.usable_size_bytes);
        const kind = std.meta.intToEnum(Kind, bytes[0]) catch {
            return errors.corrupt(@src(), "page {d}: node kind 0x{x}", .{ page_no, bytes[0] });
        };
        const node = Node{
            .bytes = bytes,
            .page_no = page_no,
            .kind = kind,
            .layout = layout,
            .cell_count = std.mem.readInt(u16, bytes[2..4], .little),
            .content_start = std.mem.readInt(u16, bytes[4..6], .little),
            .fragment_bytes = std.mem.readInt(u16, bytes[6..8], .little),
            .right_child = std.mem.readInt(u32, bytes[8..12], .little),
        };
        if (node.slotsEnd() > node.content_start or node.content_start > bytes.len) {
            return errors.corrupt(@src(), "page {d}: {d} cells, content at {d}", .{
                page_no, node.cell_count, node.content_start,
            });
        }
        if (node.fragment_bytes > bytes.len - node.content_start) {
            return errors.corrupt(@src(), "page {d}: {d} fragment bytes", .{ page_no, node.fragment_bytes });
        }
        if (kind.isLeaf() != (node.right_child == 0) or node.right_child == 1) {
            return errors.corrupt(@src(), "page {d}: right child {d}", .{ page_no, node.right_child });
        }
        return node;
    }

    pub fn isLeaf(node: Node) bool {
        return node.kind.isLeaf();
    }

    fn slotsEnd(node: Node) u32 {
        return header_size_bytes + slot_size_bytes * node.cell_count;
    }

    pub fn cellOffset(node: Node, index: u32) errors.Error!u32 {
        std.debug.assert(index < node.cell_count);
        const at = header_size_bytes + slot_size_bytes * index;
        const offset: u32 = std.mem.readInt(u16, node.bytes[at..][0..2], .little);
        if (offset < node.content_start or offset >= node.bytes.len) {
            return errors.corrupt(@src(), "page {d}: cell {d} at offset {d}", .{ node.page_no, index, offset });
        }
        return offset;
    }

    /// The rowid of table cell `index`, reading only what a binary search needs (the rest of
    /// the cell is checked by `cell` when it is used). Bounds-checked: bad bytes are Corrupt.
    pub fn rowidAt(node: Node, index: u32) errors.Error!i64 {
        std.debug.assert(node.kind.treeKind() == .table);
        const bytes = node.bytes[try node.cellOffset(index)..];
        var at: u32 = child_size_bytes;
        if (node.kind == .table_leaf) at = (try record.readVarint(bytes)).size_bytes;
        if (at >= bytes.len) return errors.corrupt(@src(), "page {d}: cell {d} truncated", .{ node.page_no, index });
        return @bitCast((try record.readVarint(bytes[at..])).value);
    }

    /// The key of index cell `index` (see rowidAt: only the key is read and bounds-checked).
    pub fn keyAt(node: Node, index: u32) errors.Error![]const u8 {
        std.debug.assert(node.kind.treeKind() == .index);
        const bytes = node.bytes[try node.cellOffset(index)..];
        const at: u32 = if (node.kind == .index_interior) child_size_bytes else 0;
        if (at >= bytes.len) return errors.corrupt(@src(), "page {d}: cell {d} truncated", .{ node.page_no, index });
        const size = try record.readVarint(bytes[at..]);
        const start = at + size.size_bytes;
        if (size.value > node.layout.index_key_size_bytes_max or size.value > bytes.len - start) {
            return errors.corrupt(@src(), "page {d}: index key of {d} bytes", .{ node.page_no, size.value });
        }
        return bytes[start..][0..@intCast(size.value)];
    }

    pub fn cell(node: Node, index: u32) errors.Error!Cell {
        const offset = try node.cellOffset(index);
        return parseCell(node.kind, node.layout, node.bytes[offset..]) catch |err| {
            return errors.corrupt(@src(), "page {d}: cell {d} at offset {d}: {s}", .{
                node.page_no, index, offset, @errorName(err),
            });
        };
    }

    /// Child `index` of an interior node; index == cell_count is the right child.
    pub fn child(node: Node, index: u32) errors.Error!u32 {
        std.debug.assert(!node.isLeaf());
        std.debug.assert(index <= node.cell_count);
        if (index == node.cell_count) return node.right_child;
        return (try node.cell(index)).left_child;
    }

    /// Free bytes, counting fragments (reachable by defragmenting).
    pub fn freeBytes(node: Node) u32 {
        return node.content_start - node.slotsEnd() + node.fragment_bytes;
    }

    /// Bytes used by cells and their offsets.
    pub fn usedBytes(node: Node) u32 {
        return node.layout.capacity_bytes - node.freeBytes();
    }
};

/// Formats `bytes` as an empty node.
pub fn initNode(bytes: []u8, kind: Kind, right_child: u32) void {
    std.debug.assert(kind.isLeaf() == (right_child == 0));
    std.debug.assert(bytes.len <= usable_size_bytes_max);
    @memset(bytes[0..header_size_bytes], 0);
    bytes[0] = @intFromEnum(kind);
    std.mem.writeInt(u16, bytes[4..6], @intCast(bytes.len), .little);
    std.mem.writeInt(u32, bytes[8..12], right_child, .little);
}

pub fn setRightChild(bytes: []u8, page_no: u32) void {
    std.debug.assert(page_no >= 2);
    std.mem.writeInt(u32, bytes[8..12], page_no, .little);
}

fn setCellCount(bytes: []u8, count: u32) void {
    std.mem.writeInt(u16, bytes[2..4], @intCast(count), .little);
}

fn setContentStart(bytes: []u8, offset: u32) void {
    std.mem.writeInt(u16, bytes[4..6], @intCast(offset), .little);
}

fn setFragmentBytes(bytes: []u8, count: u32) void {
    std.mem.writeInt(u16, bytes[6..8], @intCast(count), .little);
}

fn setSlot(bytes: []u8, index: u32, offset: u32) void {
    const at = header_size_bytes + slot_size_bytes * index;
    std.mem.writeInt(u16, bytes[at..][0..2], @intCast(offset), .little);
}

/// Inserts `cell` as cell `index` of a (validated) node if it fits, defragmenting when that makes
/// room; returns false when the node is too full (the caller balances).
pub fn tryInsertCell(node: Node, bytes: []u8, index: u32, cell: []const u8, scratch: []u8) errors.Error!bool {
    std.debug.assert(index <= node.cell_count);
    std.debug.assert(cell.len <= node.layout.cell_size_bytes_max);
    const needed: u32 = @intCast(cell.len + slot_size_bytes);
    if (node.freeBytes() < needed) return false;
    var content_start = node.content_start;
    if (content_start - node.slotsEnd() < needed) {
        content_start = try defragment(node, bytes, scratch);
        if (content_start - node.slotsEnd() < needed) return false;
    }
    const offset = content_start - @as(u32, @intCast(cell.len));
    @memcpy(bytes[offset..][0..cell.len], cell);
    const slots = bytes[header_size_bytes..];
    const from = slot_size_bytes * index;
    const to = slot_size_bytes * node.cell_count;
    std.mem.copyBackwards(u8, slots[from + slot_size_bytes .. to + slot_size_bytes], slots[from..to]);
    setSlot(bytes, index, offset);
    setCellCount(bytes, node.cell_count + 1);
    setContentStart(bytes, offset);
    return true;
}

/// Removes cell `index` from a (validated) node, leaving its bytes as a fragment.
pub fn removeCell(node: Node, bytes: []u8, index: u32) errors.Error!void {
    std.debug.assert(index < node.cell_count);
    const cell = try node.cell(index);
    const offset = try node.cellOffset(index);
    const slots = bytes[header_size_bytes..];
    const from = slot_size_bytes * index;
    const to = slot_size_bytes * node.cell_count;
    std.mem.copyForwards(u8, slots[from .. to - slot_size_bytes], slots[from + slot_size_bytes .. to]);
    setCellCount(bytes, node.cell_count - 1);
    if (offset == node.content_start) {
        setContentStart(bytes, offset + cell.size_bytes);
    } else {
        const fragments = @min(node.fragment_bytes + cell.size_bytes, node.bytes.len - node.content_start);
        setFragmentBytes(bytes, fragments);
    }
}

/// Packs the cells against the end of the node; returns the new content start.
fn defragment(node: Node, bytes: []u8, scratch: []u8) errors.Error!u32 {
    std.debug.assert(scratch.len >= bytes.len);
    @memcpy(scratch[0..bytes.len], bytes);
    const old = Node{
        .bytes = scratch[0..bytes.len],
        .page_no = node.page_no,
        .kind = node.kind,
        .layout = node.layout,
        .cell_count = node.cell_count,
        .content_start = node.content_start,
        .fragment_bytes = node.fragment_bytes,
        .right_child = node.right_child,
    };
    var content_start: u32 = @intCast(bytes.len);
    for (0..node.cell_count) |index| {
        const cell = try old.cell(@intCast(index));
        const offset = try old.cellOffset(@intCast(index));
        if (content_start - node.slotsEnd() < cell.size_bytes) {
            return errors.corrupt(@src(), "page {d}: cells overlap", .{node.page_no});
        }
        content_start -= cell.size_bytes;
        @memcpy(bytes[content_start..][0..cell.size_bytes], old.bytes[offset..][0..cell.size_bytes]);
        setSlot(bytes, @intCast(index), content_start);
    }
    setContentStart(bytes, content_start);
    setFragmentBytes(bytes, 0);
    return content_start;
}

/// Rewrites `bytes` as a node holding exactly `cells` (which must fit) in order.
pub fn writeNode(bytes: []u8, kind: Kind, right_child: u32, cells: anytype) void {
    initNode(bytes, kind, right_child);
    var content_start: u32 = @intCast(bytes.len);
    const count: u32 = @intCast(cells.count());
    std.debug.assert(header_size_bytes + slot_size_bytes * count <= content_start);
    for (0..count) |index| {
        const cell = cells.get(@intCast(index));
        content_start -= @intCast(cell.len);
        std.debug.assert(content_start >= header_size_bytes + slot_size_bytes * count);
        @memcpy(bytes[content_start..][0..cell.len], cell);
        setSlot(bytes, @intCast(index), content_start);
    }
    setCellCount(bytes, count);
    setContentStart(bytes, content_start);
}

// ---------------------------------------------------------------------------------------------
// Overflow pages: u32 next page (0 ends the chain), then usable - 4 content bytes.

pub fn overflowNext(bytes: []const u8) u32 {
    return std.mem.readInt(u32, bytes[0..4], .little);
}

pub fn overflowContent(bytes: []u8) []u8 {
    return bytes[overflow_header_size_bytes..];
}

pub fn writeOverflowPage(bytes: []u8, next_page_no: u32, content: []const u8) void {
    std.debug.assert(content.len <= bytes.len - overflow_header_size_bytes);
    std.mem.writeInt(u32, bytes[0..4], next_page_no, .little);
    @memcpy(bytes[overflow_header_size_bytes..][0..content.len], content);
}

/// Pure decoder entry for fuzzing: parses a node and every cell; only errors on bad bytes.
pub fn decodeNodeForFuzz(bytes: []const u8, layout: Layout) errors.Error!u32 {
    const node = try Node.parse(bytes, 2, layout);
    var total: u32 = 0;
    for (0..node.cell_count) |index| total +%= (try node.cell(@intCast(index))).size_bytes;
    return total;
}

// ---------------------------------------------------------------------------------------------
// Tests

const testing = std.testing;

const SliceCells = struct {
    cells: []const []const u8,
    fn count(self: SliceCells) usize {
        return self.cells.len;
    }
    fn get(self: SliceCells, index: u32) []const u8 {
        return self.cells[index];
    }
};

test "layout: limits for the smallest, default and largest pages" {
    for ([_]u32{ usable_size_bytes_min, 4096 - 8, usable_size_bytes_max }) |usable| {
        const layout = Layout.init(usable);
        try testing.expect(layout.index_key_size_bytes_max >= 100);
        try testing.expectEqual(layout.table_local_max, layout.tableLocalSize(layout.table_local_max));
        const big: u32 = 16 * 1024 * 1024;
        const local = layout.tableLocalSize(big);
        try testing.expect(local >= layout.table_local_min and local <= layout.table_local_max);
        try testing.expectEqual((big - local) / layout.overflow_content_bytes + 1, layout.overflowPageCount(big));
    }
}

test "node: insert, remove, defragment keep cells in order" {
    const layout = Layout.init(usable_size_bytes_min);
    var bytes: [usable_size_bytes_min]u8 = undefined;
    var scratch: [usable_size_bytes_min]u8 = undefined;
    initNode(&bytes, .index_leaf, 0);
    var cell_buffer: [64]u8 = undefined;
    // Fill with 40-byte keys, then remove every other one and insert again (needs defragment).
    var inserted: u32 = 0;
    while (true) : (inserted += 1) {
        var key = [_]u8{@intCast(inserted)} ** 40;
        const size = writeIndexLeafCell(&key, &cell_buffer);
        const node = try Node.parse(&bytes, 2, layout);
        if (!try tryInsertCell(node, &bytes, inserted, cell_buffer[0..size], &scratch)) break;
    }
    try testing.expectEqual(@as(u32, 11), inserted);
    var index: u32 = 0;
    while (index < 5) : (index += 1) try removeCell(try Node.parse(&bytes, 2, layout), &bytes, index);
    var key = [_]u8{0xEE} ** 40;
    const size = writeIndexLeafCell(&key, &cell_buffer);
    const node = try Node.parse(&bytes, 2, layout);
    try testing.expect(node.fragment_bytes > 0);
    try testing.expect(try tryInsertCell(node, &bytes, 6, cell_buffer[0..size], &scratch));
    const after = try Node.parse(&bytes, 2, layout);
    try testing.expectEqual(@as(u32, 7), after.cell_count);
    try testing.expectEqual(@as(u8, 0xEE), (try after.cell(6)).local[0]);
    try testing.expectEqual(@as(u8, 1), (try after.cell(0)).local[0]);
    try testing.expectEqual(@as(u8, 10), (try after.cell(5)).local[0]);
}

test "node: writeNode and cell round-trips for every kind" {
    const layout = Layout.init(1024 - 8);
    var bytes: [1024 - 8]u8 = undefined;
    var a: [64]u8 = undefined;
    var b: [64]u8 = undefined;
    const size_a = writeInteriorCell(.table, 7, -5, &.{}, &a);
    const size_b = writeInteriorCell(.table, 9, 1 << 40, &.{}, &b);
    writeNode(&bytes, .table_interior, 11, SliceCells{ .cells = &.{ a[0..size_a], b[0..size_b] } });
    const node = try Node.parse(&bytes, 3, layout);
    try testing.expectEqual(@as(u32, 9), try node.child(1));
    try testing.expectEqual(@as(u32, 11), try node.child(2));
    try testing.expectEqual(@as(i64, -5), (try node.cell(0)).rowid);
    const payload = [_]u8{42} ** 3000;
    const local = layout.tableLocalSize(payload.len);
    var c: [256]u8 = undefined;
    const size_c = writeTableLeafCell(layout, 77, payload.len, payload[0..local], 5, &c);
    const cell = try parseCell(.table_leaf, layout, c[0..size_c]);
    try testing.expectEqual(@as(u32, 5), cell.overflow_page_no);
    try testing.expectEqual(@as(i64, 77), cell.rowid);
    try testing.expectEqual(@as(u32, size_c), cell.size_bytes);
    try testing.expectError(error.Corrupt, parseCell(.table_leaf, layout, c[0 .. size_c - 1]));
}

test "node fuzz: random and mutated pages only ever error" {
    const seed: u64 = 0xb7ee_0003;
    var prng = std.Random.DefaultPrng.init(seed);
    const random = prng.random();
    const layout = Layout.init(usable_size_bytes_min);
    var bytes: [usable_size_bytes_min]u8 = undefined;
    var scratch: [usable_size_bytes_min]u8 = undefined;
    var iteration: u32 = 0;
    while (iteration < record.fuzz_iterations / 4) : (iteration += 1) {
        const kinds = [_]Kind{ .table_leaf, .table_interior, .index_leaf, .index_interior };
        const kind = kinds[random.uintLessThan(usize, kinds.len)];
        initNode(&bytes, kind, if (kind.isLeaf()) 0 else 9);
        fillRandomCells(random, kind, layout, &bytes, &scratch) catch unreachable;
        var size: u32 = bytes.len;
        record.mutate(random, &bytes, &size);
        if (random.uintLessThan(u8, 8) == 0) random.bytes(&bytes);
        _ = decodeNodeForFuzz(&bytes, layout) catch |err| {
            testing.expect(err == error.Corrupt) catch |e| {
                std.debug.print("node fuzz seed 0x{x} iteration {d}\n", .{ seed, iteration });
                return e;
            };
        };
    }
}

fn fillRandomCells(random: std.Random, kind: Kind, layout: Layout, bytes: []u8, scratch: []u8) !void {
    var cell: [256]u8 = undefined;
    var payload: [2048]u8 = undefined;
    random.bytes(&payload);
    for (0..random.uintLessThan(u32, 12)) |_| {
        const length = random.uintLessThan(u32, 100);
        const size = switch (kind) {
            .table_leaf => blk: {
                const payload_size = random.uintLessThan(u32, 2048);
                const local = layout.tableLocalSize(payload_size);
                const overflow: u32 = if (local < payload_size) 3 else 0;
                break :blk writeTableLeafCell(layout, random.int(i64), payload_size, payload[0..local], overflow, &cell);
            },
            .table_interior => writeInteriorCell(.table, 5, random.int(i64), &.{}, &cell),
            .index_leaf => writeIndexLeafCell(payload[0..length], &cell),
            .index_interior => writeInteriorCell(.index, 5, 0, payload[0..length], &cell),
        };
        const node = try Node.parse(bytes, 2, layout);
        _ = try tryInsertCell(node, bytes, random.uintAtMost(u32, node.cell_count), cell[0..size], scratch);
    }
}

test "layout: the size table of docs/zqlite-file-format.md section 4" {
    const rows = [_][7]u32{
        .{ 512, 504, 120, 102, 38, 113, 500 },
        .{ 1024, 1016, 248, 230, 102, 241, 1012 },
        .{ 4096, 4088, 1016, 998, 488, 1009, 4084 },
        .{ 65536, 65528, 16376, 16358, 8198, 16369, 65524 },
    };
    for (rows) |row| {
        const layout = Layout.init(row[0] - 8);
        try testing.expectEqual(row[1], layout.usable_size_bytes);
        try testing.expectEqual(row[2], layout.cell_size_bytes_max);
        try testing.expectEqual(row[3], layout.table_local_max);
        try testing.expectEqual(row[4], layout.table_local_min);
        try testing.expectEqual(row[5], layout.index_key_size_bytes_max);
        try testing.expectEqual(row[6], layout.overflow_content_bytes);
    }
}
