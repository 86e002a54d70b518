//! The B+tree: table trees keyed by i64 rowid with records in the leaves, and index trees keyed by
//! encoded byte keys (key.zig) with no payload. Generic over the page contract
//! (pages_interface.md): `BTreeType(Pages)` works on the pager's ReadTxn/WriteTxn and on MemPages.
//! Node bytes are handled by btree_page.zig; the integrity check lives in btree_check.zig.
//!
//! Shape and invariants:
//! - Interior nodes hold separators and child pointers; every key in child i is <= separator i and
//!   > separator i-1; all leaves are at the same depth, at most `depth_max` (deeper is Corrupt).
//! - The root page number never changes: a root split moves the root's cells into new children,
//!   and a root left with a single child absorbs that child (the tree shrinks).
//! - After every insert or delete each non-root node is at least a third full or was just
//!   balanced (cells redistributed over as few pages as hold them; emptied pages go back through
//!   `free`). An underfull node, or an overflowing interior node, is balanced with up to two
//!   siblings. An overflowing leaf is split in two on its own: spreading it over its siblings
//!   would leave all three nearly full, and random inserts (a UNIQUE text key) then rebalanced
//!   them every few inserts (6x more balances on the SQL benchmark's bulk insert). An insert at
//!   the right edge of the tree (append of growing rowids or keys) splits off a new page holding
//!   only the new cell, so sequential inserts leave full pages behind, as SQLite's quick-balance
//!   does.
//! - Table payloads beyond the page's local maximum continue in an overflow chain whose length is
//!   fixed by the payload size; chains are freed when their cell is deleted or replaced.
//!
//! Concurrency: the tree code has no global or shared mutable state. A `Tree` handle and its
//! `Cursor`s belong to one transaction on one thread. Before any change, a tree saves the cursors
//! registered on it (each remembers its key and unpins its leaf); the next cursor call re-seeks,
//! so UPDATE/DELETE loops can keep scanning. Cursors register with their Tree handle, so a change
//! through another handle on the same root would not save them (and could free a page they pin):
//! either use one handle per (transaction, root), or open every handle of the transaction with
//! `openShared` on one `CursorRegistry`, which saves the cursors of every handle on that root.
//!
//! Pins: lookups pin one page at a time (plus one overflow page while copying); an open cursor
//! keeps its leaf pinned so payloads can be read without copying. Write paths allocate scratch
//! memory from the tree's allocator; lookups never allocate.
//!
//! Errors: bad bytes are error.Corrupt (via errors.corrupt, naming page and offset). After any
//! error from a write, the write transaction must be rolled back: the tree may be half-changed.
const std = @import("std");
const errors = @import("errors.zig");
const record = @import("record.zig");
const key_codec = @import("key.zig");
const node_format = @import("btree_page.zig");
const PageRef = @import("page_ref.zig").PageRef;
const unpainted = @import("unpainted.zig");

const Node = node_format.Node;
const Kind = node_format.Kind;
const Layout = node_format.Layout;
pub const TreeKind = node_format.TreeKind;

/// The deepest tree accepted (root = depth 1). Fan-out >= 3 makes this unreachable in practice.
pub const depth_max: u32 = 24;
/// Longest index key any page size allows; cursors keep a copy of their key this big.
pub const key_size_bytes_max_any: u32 = Layout.init(node_format.usable_size_bytes_max).index_key_size_bytes_max;
/// Open cursors per Tree handle.
pub const cursors_max: u32 = 1024;
/// Pages one balance step may produce.
const parts_max: u32 = 8;
/// Leaf-to-leaf steps a single next/prev may take past empty leaves before calling it Corrupt.
const empty_leaf_steps_max: u32 = 1 << 24;

pub const SeekMode = enum {
    /// The first entry equal to the target (index: the first key having the target as prefix).
    eq,
    /// The first entry >= the target.
    ge,
    /// The last entry <= the target (index: the last key whose prefix is <= the target).
    le,
};

/// What seeks and descents search for: a rowid in table trees, a (prefix) key in index trees.
pub const Target = union(enum) {
    rowid: i64,
    key: []const u8,
};

/// Compares a stored key with a search key, treating a key that extends the target as equal.
/// Monotone over sorted keys, so one binary search serves exact, prefix and range seeks.
pub fn comparePrefix(stored: []const u8, target: []const u8) std.math.Order {
    const common = @min(stored.len, target.len);
    // Keys mostly differ within their first 8 bytes (a tag and the start of a value), so one
    // big-endian word comparison settles most probes of a descent.
    if (common >= 8) {
        const stored_word = std.mem.readInt(u64, stored[0..8], .big);
        const target_word = std.mem.readInt(u64, target[0..8], .big);
        if (stored_word != target_word) return std.math.order(stored_word, target_word);
    }
    const order = std.mem.order(u8, stored[0..common], target[0..common]);
    if (order != .eq) return order;
    return if (stored.len < target.len) .lt else .eq;
}

fn compareCell(cell: node_format.Cell, target: Target) std.math.Order {
    return switch (target) {
        .rowid => |rowid| std.math.order(cell.rowid, rowid),
        .key => |key| comparePrefix(cell.local, key),
    };
}

/// Compares cell `index`'s key with `target`, reading only the key (Node.rowidAt/keyAt).
fn compareAt(node: Node, index: u32, target: Target) errors.Error!std.math.Order {
    return switch (target) {
        .rowid => |rowid| std.math.order(try node.rowidAt(index), rowid),
        .key => |key| comparePrefix(try node.keyAt(index), key),
    };
}

/// First cell index whose key is >= target (or > target when `strict`); cell_count if none.
fn searchNode(node: Node, target: Target, strict: bool) errors.Error!u32 {
    if (target == .rowid and node.cell_count >= interpolate_cells_min) {
        return searchRowid(node, target.rowid, strict);
    }
    var low: u32 = 0;
    var high: u32 = node.cell_count;
    if (high == 0) return 0;
    // Appends (growing rowids, a sequence) go past the last cell at every level: one probe.
    const last = try compareAt(node, high - 1, target);
    if (last == .lt or (strict and last == .eq)) return high;
    high -= 1;
    while (low < high) {
        const middle = low + (high - low) / 2;
        const order = try compareAt(node, middle, target);
        if (order == .lt or (strict and order == .eq)) low = middle + 1 else high = middle;
    }
    std.debug.assert(low <= node.cell_count);
    return low;
}

/// The shortest key `s` with `last <= s < next`, for two adjacent index keys `last < next`: the
/// first byte where they differ, taken from `next`, ends it. Descents send `last` and everything
/// before it left of `s` and `next` on, right, as the full `last` would. Any key then inserted
/// between the two goes to either side, both being correct places. A prefix of `next` that is
/// all of it would not be below it: `last` itself is the separator then.
pub fn shortestSeparator(last: []const u8, next: []const u8) []const u8 {
    std.debug.assert(std.mem.order(u8, last, next) == .lt);
    const common = std.mem.indexOfDiff(u8, last, next) orelse unreachable;
    const separator = if (common + 1 < next.len) next[0 .. common + 1] else last;
    std.debug.assert(std.mem.order(u8, last, separator) != .gt);
    std.debug.assert(std.mem.order(u8, separator, next) == .lt);
    return separator;
}

/// A leaf overflow is spread over itself and a sibling when that fills both to at most this
/// share of a page (percent), else over three pages (see spreadLeafWithSibling).
const spread_fill_percent: u64 = 90;

/// Nodes with fewer cells are searched by plain bisection.
const interpolate_cells_min: u32 = 8;

/// searchNode for a rowid: rowids are usually dense (INTEGER PRIMARY KEY counting up), so one
/// interpolated guess between the first and last rowid often lands on the answer; otherwise the
/// guess still narrows the bisection. Reads only each probed cell's rowid.
fn searchRowid(node: Node, target: i64, strict: bool) errors.Error!u32 {
    std.debug.assert(node.cell_count >= 2);
    return searchRowidBetween(node, target, strict, try node.rowidAt(0), try node.rowidAt(node.cell_count - 1));
}

/// searchRowid when the node's first and last rowid are already known.
fn searchRowidBetween(node: Node, target: i64, strict: bool, first: i64, last: i64) errors.Error!u32 {
    const count = node.cell_count;
    std.debug.assert(count >= 2);
    if (!past(first, target, strict) and past(last, target, strict)) {
        // first < target <= last (strict: first <= target < last): the answer is in 1..count-1.
        const span: u64 = @intCast(@as(i128, last) - first);
        const offset: u64 = @intCast(@as(i128, target) - first);
        // 64 bits suffice while offset <= span < 2^32 (cells per node are far below 2^16).
        const scaled: u64 = if (span <= std.math.maxInt(u32))
            offset * (count - 1) / @max(span, 1)
        else
            @intCast(@as(u128, offset) * (count - 1) / span);
        const guess: u32 = @intCast(std.math.clamp(scaled, 1, count - 1));
        var low: u32 = 1;
        var high: u32 = count - 1;
        if (past(try node.rowidAt(guess), target, strict)) {
            if (!past(try node.rowidAt(guess - 1), target, strict)) return guess;
            high = guess - 1;
        } else {
            low = guess + 1;
        }
        while (low < high) {
            const middle = low + (high - low) / 2;
            if (past(try node.rowidAt(middle), target, strict)) high = middle else low = middle + 1;
        }
        return low;
    }
    return if (past(first, target, strict)) 0 else count;
}

/// Whether a cell with `rowid` is at or past the search position for `target`.
fn past(rowid: i64, target: i64, strict: bool) bool {
    return rowid > target or (!strict and rowid == target);
}

const PathEntry = struct {
    page_no: u32,
    /// Interior: the child index taken (cell_count = right child). Leaf: the cell index.
    index: u32,
};

const Path = struct {
    entries: [depth_max]PathEntry = undefined,
    len: u32 = 0,

    fn leaf(path: *Path) *PathEntry {
        std.debug.assert(path.len >= 1);
        return &path.entries[path.len - 1];
    }
};

/// The cells of one node as owned copies, which may be more than a page holds (mid-balance).
const CellList = struct {
    allocator: std.mem.Allocator,
    kind: Kind,
    right_child: u32,
    bytes: std.ArrayListUnmanaged(u8) = .{},
    spans: std.ArrayListUnmanaged(Span) = .{},

    const Span = struct { start: u32, len: u32 };

    fn init(allocator: std.mem.Allocator, kind: Kind, right_child: u32) CellList {
        return .{ .allocator = allocator, .kind = kind, .right_child = right_child };
    }

    /// Room for `cell_count` more cells of `size_bytes` in all, reserved in one step and
    /// unfilled (storage/unpainted.zig): growing cell by cell reallocated, filled and copied the
    /// lists of every leaf split about fifteen times.
    fn reserve(list: *CellList, cell_count: usize, size_bytes: usize) errors.Error!void {
        try growUnpainted(u8, list.allocator, &list.bytes, size_bytes);
        try growUnpainted(Span, list.allocator, &list.spans, cell_count);
        std.debug.assert(list.bytes.capacity - list.bytes.items.len >= size_bytes);
    }

    fn growUnpainted(comptime T: type, allocator: std.mem.Allocator, array: *std.ArrayListUnmanaged(T), extra: usize) errors.Error!void {
        const len = array.items.len;
        if (len + extra <= array.capacity) return;
        const items = try unpainted.alloc(T, allocator, len + extra);
        @memcpy(items[0..len], array.items);
        array.deinit(allocator);
        array.* = .{ .items = items[0..len], .capacity = items.len };
    }

    fn deinit(list: *CellList) void {
        list.bytes.deinit(list.allocator);
        list.spans.deinit(list.allocator);
        list.* = undefined;
    }

    pub fn count(list: *const CellList) usize {
        return list.spans.items.len;
    }

    pub fn get(list: *const CellList, index: u32) []const u8 {
        const span = list.spans.items[index];
        return list.bytes.items[span.start..][0..span.len];
    }

    fn insert(list: *CellList, index: u32, cell: []const u8) errors.Error!void {
        std.debug.assert(index <= list.spans.items.len);
        std.debug.assert(cell.len > 0 and cell.len <= node_format.usable_size_bytes_max);
        const start: u32 = @intCast(list.bytes.items.len);
        try list.bytes.appendSlice(list.allocator, cell);
        try list.spans.insert(list.allocator, index, .{ .start = start, .len = @intCast(cell.len) });
    }

    fn append(list: *CellList, cell: []const u8) errors.Error!void {
        try list.insert(@intCast(list.spans.items.len), cell);
    }

    fn appendList(list: *CellList, other: *const CellList) errors.Error!void {
        try list.reserve(other.count(), other.sizeBytes());
        for (0..other.count()) |index| try list.append(other.get(@intCast(index)));
    }

    fn remove(list: *CellList, index: u32) void {
        _ = list.spans.orderedRemove(index);
    }

    /// Bytes the cells and their offset slots need in a node.
    fn sizeBytes(list: *const CellList) u64 {
        var total: u64 = 0;
        for (list.spans.items) |span| total += span.len + node_format.slot_size_bytes;
        return total;
    }

    fn appendNode(list: *CellList, node: Node) errors.Error!void {
        try list.reserve(node.cell_count + 1, node.usedBytes());
        for (0..node.cell_count) |index| {
            const offset = try node.cellOffset(@intCast(index));
            const cell = try node.cell(@intCast(index));
            try list.append(node.bytes[offset..][0..cell.size_bytes]);
        }
    }

    fn isLeaf(list: *const CellList) bool {
        return list.kind.isLeaf();
    }

    /// The left child of interior cell `index`.
    fn leftChild(list: *const CellList, index: u32) u32 {
        std.debug.assert(!list.isLeaf());
        return std.mem.readInt(u32, list.get(index)[0..4], .little);
    }

    /// Child `index` of an interior list; index == count is the right child.
    fn child(list: *const CellList, index: u32) u32 {
        if (index == list.count()) return list.right_child;
        return list.leftChild(index);
    }
};

/// A window of a CellList, as writeNode wants it.
const ListSlice = struct {
    list: *const CellList,
    start: u32,
    end: u32,

    pub fn count(slice: ListSlice) usize {
        return slice.end - slice.start;
    }

    pub fn get(slice: ListSlice, index: u32) []const u8 {
        return slice.list.get(slice.start + index);
    }
};

/// How a balance spreads a list of cells over pages: page i holds cells [starts[i], ends[i]);
/// for interior nodes cell ends[i] (i < count - 1) is the divider that moves up to the parent.
const Partition = struct {
    count: u32 = 0,
    starts: [parts_max]u32 = undefined,
    ends: [parts_max]u32 = undefined,
};

fn cellSizeWithSlot(list: *const CellList, index: u32) u32 {
    return @as(u32, @intCast(list.get(index).len)) + node_format.slot_size_bytes;
}

/// Pages that a left-to-right greedy fill uses: the fewest possible for an ordered partition.
fn partitionGreedy(list: *const CellList, capacity: u32) Partition {
    const n: u32 = @intCast(list.count());
    const interior = !list.isLeaf();
    var partition = Partition{};
    var index: u32 = 0;
    while (partition.count < parts_max) {
        const start = index;
        var used: u32 = 0;
        while (index < n and used + cellSizeWithSlot(list, index) <= capacity) : (index += 1) {
            used += cellSizeWithSlot(list, index);
        }
        // An interior page must keep a cell (a node with only a right child is wasted and
        // would leave its leaf without siblings): when the divider would be the very last
        // cell, make the page's own last cell the divider instead.
        if (interior and index + 1 == n and index - start >= 2) index -= 1;
        partition.starts[partition.count] = start;
        partition.ends[partition.count] = index;
        partition.count += 1;
        if (index >= n) return partition;
        if (interior) index += 1; // The divider.
    }
    unreachable; // Cells never need more than parts_max pages in one balance step.
}

/// Spreads cells evenly over `page_count` pages, or null when that does not work out.
fn partitionBalanced(list: *const CellList, capacity: u32, page_count: u32) ?Partition {
    std.debug.assert(page_count >= 1 and page_count <= parts_max);
    const n: u32 = @intCast(list.count());
    const interior = !list.isLeaf();
    const target = list.sizeBytes() / page_count;
    var partition = Partition{ .count = page_count };
    var index: u32 = 0;
    for (0..page_count) |part| {
        const start = index;
        var used: u32 = 0;
        const last = part + 1 == page_count;
        while (index < n) : (index += 1) {
            const size = cellSizeWithSlot(list, index);
            if (used + size > capacity) break;
            if (!last and used > 0 and used + size / 2 > target) break;
            used += size;
        }
        if (last and index < n) return null;
        if (!last and (index == start or index >= n)) return null;
        if (!last and interior and index + 1 >= n) return null; // Keep a cell after the divider.
        partition.starts[part] = start;
        partition.ends[part] = index;
        if (!last and interior) index += 1;
    }
    return partition;
}

fn partitionCells(list: *const CellList, capacity: u32) Partition {
    const greedy = partitionGreedy(list, capacity);
    assertPartition(list, capacity, greedy);
    if (greedy.count == 1) return greedy;
    if (partitionBalanced(list, capacity, greedy.count)) |balanced| {
        assertPartition(list, capacity, balanced);
        return balanced;
    }
    if (greedy.count < parts_max) {
        if (partitionBalanced(list, capacity, greedy.count + 1)) |balanced| {
            assertPartition(list, capacity, balanced);
            return balanced;
        }
    }
    return greedy;
}

/// Every cell lands in exactly one page (or is a divider between interior pages), in order,
/// and every page fits.
fn assertPartition(list: *const CellList, capacity: u32, partition: Partition) void {
    std.debug.assert(partition.count >= 1 and partition.count <= parts_max);
    const divider: u32 = if (list.isLeaf()) 0 else 1;
    var expected_start: u32 = 0;
    for (0..partition.count) |part| {
        std.debug.assert(partition.starts[part] == expected_start);
        std.debug.assert(partition.ends[part] >= partition.starts[part]);
        var used: u64 = 0;
        for (partition.starts[part]..partition.ends[part]) |index| used += cellSizeWithSlot(list, @intCast(index));
        std.debug.assert(used <= capacity);
        expected_start = partition.ends[part] + divider;
    }
    std.debug.assert(partition.ends[partition.count - 1] == list.count());
}

pub fn BTreeType(comptime Pages: type) type {
    return struct {
        pub const Tree = struct {
            pages: *Pages,
            allocator: std.mem.Allocator,
            root_page_no: u32,
            kind: TreeKind,
            layout: Layout,
            /// Incremented by every change; callers may compare it to notice changes.
            modification_count: u64 = 0,
            /// Open cursors of this handle, saved (unpinned, key remembered) before any change.
            own_registry: CursorRegistry = .{},
            /// When set (openShared), cursors register here instead, with other handles'.
            shared_registry: ?*CursorRegistry = null,
            /// Write-path scratch: one cell, and one page for defragmenting. Allocated lazily.
            cell_buffer: ?[]u8 = null,
            page_scratch: ?[]u8 = null,
            /// The two scratch buffers belong to the caller (lendScratch): close keeps them.
            scratch_lent: bool = false,
            /// Balance scratch (cell lists), reset after each change so that the page-sized
            /// buffers are reused rather than allocated and freed per split or merge.
            arena: std.heap.ArenaAllocator,

            /// Allocates an empty root leaf and returns its page number, which never changes.
            pub fn create(pages: *Pages, kind: TreeKind) errors.Error!u32 {
                const ref = try pages.allocate();
                defer pages.release(ref);
                std.debug.assert(ref.page_no >= 2);
                node_format.initNode(ref.bytes, kind.leafKind(), 0);
                return ref.page_no;
            }

            /// A handle on an existing tree for one transaction. Opening does no I/O.
            pub fn open(pages: *Pages, allocator: std.mem.Allocator, root_page_no: u32, kind: TreeKind) Tree {
                std.debug.assert(root_page_no >= 2);
                return .{
                    .pages = pages,
                    .allocator = allocator,
                    .root_page_no = root_page_no,
                    .kind = kind,
                    .layout = Layout.init(pages.usableSizeBytes()),
                    .arena = std.heap.ArenaAllocator.init(allocator),
                };
            }

            /// A handle whose cursors live in `registry`, shared by all handles of a transaction.
            pub fn openShared(
                pages: *Pages,
                allocator: std.mem.Allocator,
                root_page_no: u32,
                kind: TreeKind,
                cursor_registry: *CursorRegistry,
            ) Tree {
                var tree = open(pages, allocator, root_page_no, kind);
                tree.shared_registry = cursor_registry;
                return tree;
            }

            fn registry(tree: *Tree) *CursorRegistry {
                return tree.shared_registry orelse &tree.own_registry;
            }

            /// True when some cursor registered through this handle is still open.
            fn hasCursors(tree: *Tree) bool {
                var cursor = tree.registry().head;
                var count: u32 = 0;
                while (cursor) |open_cursor| : (cursor = open_cursor.next_registered) {
                    std.debug.assert(count < cursors_max);
                    count += 1;
                    if (open_cursor.tree == tree) return true;
                }
                return false;
            }

            /// Frees the handle's scratch memory; every cursor must be closed first.
            pub fn close(tree: *Tree) void {
                std.debug.assert(!tree.hasCursors());
                if (!tree.scratch_lent) {
                    if (tree.cell_buffer) |buffer| tree.allocator.free(buffer);
                    if (tree.page_scratch) |buffer| tree.allocator.free(buffer);
                }
                tree.arena.deinit();
                tree.* = undefined;
            }

            /// Uses the caller's write scratch (at least `layout.cell_size_bytes_max` and
            /// `layout.usable_size_bytes` long, outliving the handle) instead of allocating it
            /// per handle. Handles that never write at the same time, such as one statement's
            /// table and index trees, may share one pair: nothing stays in it between calls.
            pub fn lendScratch(tree: *Tree, cell_buffer: []u8, page_scratch: []u8) void {
                std.debug.assert(tree.cell_buffer == null and tree.page_scratch == null);
                std.debug.assert(cell_buffer.len >= tree.layout.cell_size_bytes_max);
                std.debug.assert(page_scratch.len >= tree.layout.usable_size_bytes);
                tree.cell_buffer = cell_buffer[0..tree.layout.cell_size_bytes_max];
                tree.page_scratch = page_scratch[0..tree.layout.usable_size_bytes];
                tree.scratch_lent = true;
            }

            fn scratch(tree: *Tree) errors.Error!void {
                if (tree.cell_buffer == null) {
                    tree.cell_buffer = try tree.allocator.alloc(u8, tree.layout.cell_size_bytes_max);
                }
                if (tree.page_scratch == null) {
                    tree.page_scratch = try tree.allocator.alloc(u8, tree.layout.usable_size_bytes);
                }
            }

            /// Room for one interior cell while a balance builds separators: the cell buffer,
            /// whose cell the balance has already copied into its lists. A stack array of the
            /// largest separator (16 KiB) was filled with 0xaa on every call in safe builds:
            /// twice per leaf split, about 2% of a batch insert.
            fn separatorBuffer(tree: *const Tree) []u8 {
                const buffer = tree.cell_buffer.?;
                std.debug.assert(buffer.len >= tree.layout.cell_size_bytes_max);
                return buffer;
            }

            fn parseNode(tree: *const Tree, ref: PageRef) errors.Error!Node {
                const node = try Node.parse(ref.bytes, ref.page_no, tree.layout);
                if (node.kind.treeKind() != tree.kind) {
                    return errors.corrupt(@src(), "page {d}: {s} node in a {s} tree", .{
                        ref.page_no, @tagName(node.kind), @tagName(tree.kind),
                    });
                }
                return node;
            }

            /// Fills `path` from the root to the leaf where `target` is or would go.
            fn descend(tree: *Tree, target: Target, strict: bool, path: *Path) errors.Error!void {
                const leaf = try tree.descendLeaf(target, strict, path);
                tree.pages.release(leaf.ref);
            }

            /// A leaf still pinned after a descent, with its parsed node: the probes of an
            /// insert inspect the leaf they reached instead of fetching and parsing it again.
            const PinnedLeaf = struct { ref: PageRef, node: Node };

            /// `descend`, keeping the leaf pinned: the caller releases `ref`.
            fn descendLeaf(tree: *Tree, target: Target, strict: bool, path: *Path) errors.Error!PinnedLeaf {
                var page_no = tree.root_page_no;
                path.len = 0;
                while (path.len < depth_max) {
                    const ref = try tree.pages.get(page_no);
                    var keep = false;
                    defer if (!keep) tree.pages.release(ref);
                    const node = try tree.parseNode(ref);
                    const index = try searchNode(node, target, strict);
                    path.entries[path.len] = .{ .page_no = page_no, .index = index };
                    path.len += 1;
                    if (node.isLeaf()) {
                        keep = true;
                        return .{ .ref = ref, .node = node };
                    }
                    page_no = try node.child(index);
                }
                return errors.corrupt(@src(), "tree {d} deeper than {d}", .{ tree.root_page_no, depth_max });
            }

            /// The leaf cell at the path's position when its key equals `target` exactly.
            fn findExact(tree: *Tree, path: *Path, target: Target) errors.Error!?node_format.Cell {
                const ref = try tree.pages.get(path.leaf().page_no);
                defer tree.pages.release(ref);
                return exactIn(try tree.parseNode(ref), path.leaf().index, target);
            }

            /// findExact on a leaf already parsed (valid while it stays pinned).
            fn exactIn(node: Node, index: u32, target: Target) errors.Error!?node_format.Cell {
                std.debug.assert(node.isLeaf());
                if (index >= node.cell_count) return null;
                var cell = try node.cell(index);
                const equal = switch (target) {
                    .rowid => |rowid| cell.rowid == rowid,
                    .key => |key| std.mem.eql(u8, cell.local, key),
                };
                cell.local = &.{}; // Not valid after release.
                return if (equal) cell else null;
            }

            /// Where a rowid is or would go, from one descent: a write that first checks whether
            /// the row exists hands this to insertRowProbed instead of descending twice.
            pub const RowProbe = struct {
                path: Path = .{},
                /// The tree's modification_count when probed: the path is stale once it moved.
                modification_count: u64 = 0,
                rowid: i64 = 0,
                /// The row with this rowid (its `local` cleared), if there is one.
                existing: ?node_format.Cell = null,
            };

            pub fn probeRow(tree: *Tree, rowid: i64) errors.Error!RowProbe {
                std.debug.assert(tree.kind == .table);
                var probe = RowProbe{ .modification_count = tree.modification_count, .rowid = rowid };
                const leaf = try tree.descendLeaf(.{ .rowid = rowid }, false, &probe.path);
                defer tree.pages.release(leaf.ref);
                probe.existing = try exactIn(leaf.node, probe.path.leaf().index, .{ .rowid = rowid });
                std.debug.assert(probe.path.len >= 1);
                return probe;
            }

            /// Inserts a row, replacing any row with the same rowid; returns true if replaced.
            pub fn insertRow(tree: *Tree, rowid: i64, payload: []const u8) errors.Error!bool {
                return tree.insertRowProbed(null, rowid, payload);
            }

            /// insertRow, reusing `hint` when it probed this rowid and this handle changed
            /// nothing since. The caller guarantees that no other handle changed the tree.
            pub fn insertRowProbed(tree: *Tree, hint: ?*const RowProbe, rowid: i64, payload: []const u8) errors.Error!bool {
                std.debug.assert(tree.kind == .table);
                if (payload.len > record.record_size_bytes_max) return error.TooBig;
                try tree.scratch();
                const fresh = if (hint) |h| h.rowid == rowid and h.modification_count == tree.modification_count else false;
                var probe = if (fresh) hint.?.* else try tree.probeRow(rowid);
                const path = &probe.path;
                const existing = probe.existing;
                tree.saveCursors();
                tree.modification_count += 1;
                if (existing) |cell| try tree.freeOverflow(cell);
                const payload_size: u32 = @intCast(payload.len);
                const local_size = tree.layout.tableLocalSize(payload_size);
                const overflow_page_no = if (local_size < payload_size)
                    try tree.writeOverflow(payload[local_size..])
                else
                    0;
                std.debug.assert((overflow_page_no != 0) == (local_size < payload_size));
                const size = node_format.writeTableLeafCell(
                    tree.layout,
                    rowid,
                    payload_size,
                    payload[0..local_size],
                    overflow_page_no,
                    tree.cell_buffer.?,
                );
                try tree.placeCell(path, tree.cell_buffer.?[0..size], existing != null);
                return existing != null;
            }

            /// One descent for a full index key (columns then rowid) and what a UNIQUE check
            /// can tell from its leaf; insertKeyProbed reuses the path.
            pub const KeyProbe = struct {
                path: Path = .{},
                modification_count: u64 = 0,
                /// An entry with the same key columns, when one sits next to the position.
                conflict_rowid: ?i64 = null,
                /// True when the probe settles the UNIQUE check; false when the neighbours of
                /// the position lie in other leaves and the caller must search.
                conclusive: bool = false,
            };

            /// Probes full `key`: entries sharing its first `unique_prefix_len` bytes (its key
            /// columns) are contiguous and ordered by rowid, so any of them is adjacent to the
            /// position where `key` would go.
            pub fn probeKeyUnique(tree: *Tree, key: []const u8, unique_prefix_len: usize) errors.Error!KeyProbe {
                std.debug.assert(tree.kind == .index);
                std.debug.assert(unique_prefix_len <= key.len);
                var probe = KeyProbe{ .modification_count = tree.modification_count };
                const pinned = try tree.descendLeaf(.{ .key = key }, false, &probe.path);
                defer tree.pages.release(pinned.ref);
                const leaf = probe.path.leaf();
                const node = pinned.node;
                const prefix = key[0..unique_prefix_len];
                for ([_]u32{ leaf.index, leaf.index -% 1 }) |neighbour| {
                    if (neighbour >= node.cell_count) continue;
                    const stored = try node.keyAt(neighbour);
                    if (comparePrefix(stored, prefix) != .eq) continue;
                    probe.conflict_rowid = try key_codec.rowidOf(stored);
                    probe.conclusive = true;
                    return probe;
                }
                probe.conclusive = leaf.index > 0 and leaf.index < node.cell_count;
                return probe;
            }

            /// Inserts an index key; returns false (and changes nothing) if it is already there,
            /// so the caller can raise a UNIQUE error. Keys longer than the page allows: TooBig.
            pub fn insertKey(tree: *Tree, key: []const u8) errors.Error!bool {
                return tree.insertKeyProbed(null, key);
            }

            /// insertKey, reusing `hint` (a probe of this very key) when this handle changed
            /// nothing since. The caller guarantees that no other handle changed the tree.
            pub fn insertKeyProbed(tree: *Tree, hint: ?*const KeyProbe, key: []const u8) errors.Error!bool {
                std.debug.assert(tree.kind == .index);
                if (key.len > tree.layout.index_key_size_bytes_max) return error.TooBig;
                try tree.scratch();
                var path = Path{};
                const fresh = if (hint) |h| h.modification_count == tree.modification_count else false;
                if (fresh) path = hint.?.path else try tree.descend(.{ .key = key }, false, &path);
                // A conclusive probe that found no entry with the key's columns has shown that
                // the key (those columns then its rowid) is not there either.
                const absent = fresh and hint.?.conclusive and hint.?.conflict_rowid == null;
                if (!absent and try tree.findExact(&path, .{ .key = key }) != null) return false;
                tree.saveCursors();
                tree.modification_count += 1;
                const size = node_format.writeIndexLeafCell(key, tree.cell_buffer.?);
                try tree.placeCell(&path, tree.cell_buffer.?[0..size], false);
                return true;
            }

            pub const UniqueInsert = union(enum) {
                inserted,
                /// An entry with the same key columns exists; this is its rowid.
                conflict_rowid: i64,
            };

            /// Inserts `key` unless an entry starts with the same `unique_prefix_len` bytes (the
            /// encoded key columns: key.encodedSizeBytes(columns, false)), for UNIQUE indexes.
            /// The caller decides about NULLs (SQLite lets NULLs repeat): use insertKey then.
            pub fn insertKeyUnique(tree: *Tree, key: []const u8, unique_prefix_len: usize) errors.Error!UniqueInsert {
                std.debug.assert(tree.kind == .index);
                std.debug.assert(unique_prefix_len <= key.len);
                {
                    var cursor: Cursor = undefined;
                    cursor.init(tree);
                    defer cursor.deinit();
                    if (try cursor.seekKey(key[0..unique_prefix_len], .eq)) {
                        return .{ .conflict_rowid = try cursor.rowid() };
                    }
                }
                // Both searches take the same path in a sound tree; only damage can split them.
                if (!try tree.insertKey(key)) return errors.corrupt(@src(), "index {d}: key found twice", .{tree.root_page_no});
                return .inserted;
            }

            /// Deletes the row with this rowid; returns false if there was none.
            pub fn deleteRow(tree: *Tree, rowid: i64) errors.Error!bool {
                std.debug.assert(tree.kind == .table);
                return tree.deleteTarget(.{ .rowid = rowid });
            }

            /// Deletes this exact index key; returns false if it was not there.
            pub fn deleteKey(tree: *Tree, key: []const u8) errors.Error!bool {
                std.debug.assert(tree.kind == .index);
                if (key.len > tree.layout.index_key_size_bytes_max) return false;
                return tree.deleteTarget(.{ .key = key });
            }

            fn deleteTarget(tree: *Tree, target: Target) errors.Error!bool {
                defer _ = tree.arena.reset(.retain_capacity);
                try tree.scratch();
                var path = Path{};
                try tree.descend(target, false, &path);
                const existing = try tree.findExact(&path, target) orelse return false;
                tree.saveCursors();
                tree.modification_count += 1;
                try tree.freeOverflow(existing);
                const leaf = path.leaf();
                const ref = try tree.pages.getMut(leaf.page_no);
                var released = false;
                defer if (!released) tree.pages.release(ref);
                try node_format.removeCell(try tree.parseNode(ref), ref.bytes, leaf.index);
                const node = try tree.parseNode(ref);
                if (path.len == 1 or !tree.underfull(node.usedBytes(), node)) return true;
                const list = try tree.copyNode(node, null, null);
                tree.pages.release(ref);
                released = true;
                try tree.balance(&path, list, false);
                return true;
            }

            fn underfull(tree: *const Tree, used_bytes: u64, node: anytype) bool {
                const interior_empty = !node.isLeaf() and countOf(node) == 0;
                return interior_empty or used_bytes < tree.layout.capacity_bytes / 3;
            }

            fn countOf(node: anytype) u32 {
                return switch (@TypeOf(node)) {
                    Node => node.cell_count,
                    else => @intCast(node.count()),
                };
            }

            /// Puts `cell` at the leaf position of `path` (replacing the cell there if asked),
            /// balancing when the leaf overflows.
            fn placeCell(tree: *Tree, path: *Path, cell: []const u8, replace: bool) errors.Error!void {
                defer _ = tree.arena.reset(.retain_capacity);
                const leaf = path.leaf();
                const ref = try tree.pages.getMut(leaf.page_no);
                var released = false;
                defer if (!released) tree.pages.release(ref);
                if (replace) try node_format.removeCell(try tree.parseNode(ref), ref.bytes, leaf.index);
                const node = try tree.parseNode(ref);
                if (try node_format.tryInsertCell(node, ref.bytes, leaf.index, cell, tree.page_scratch.?)) return;
                const list = try tree.copyNode(node, leaf.index, cell);
                const appended = leaf.index == node.cell_count;
                tree.pages.release(ref);
                released = true;
                try tree.balance(path, list, appended);
            }

            /// The node's cells as a list, with `extra` inserted at `extra_index` if given.
            fn copyNode(tree: *Tree, node: Node, extra_index: ?u32, extra: ?[]const u8) errors.Error!CellList {
                var list = CellList.init(tree.arena.allocator(), node.kind, node.right_child);
                errdefer list.deinit();
                try list.reserve(node.cell_count + 1, node.usedBytes() + if (extra) |cell| cell.len else 0);
                try list.appendNode(node);
                if (extra) |cell| try list.insert(extra_index.?, cell);
                return list;
            }

            /// Writes `leaf_list` (the new contents of the path's leaf) and restores the
            /// invariants upward: overfull nodes split, underfull ones merge or borrow.
            /// Takes ownership of `leaf_list`.
            fn balance(tree: *Tree, path: *Path, leaf_list: CellList, appended: bool) errors.Error!void {
                var list = leaf_list;
                defer list.deinit();
                var level = path.len - 1;
                var quick = appended;
                var steps: u32 = 0;
                while (steps <= depth_max) : (steps += 1) {
                    const entry = path.entries[level];
                    if (level == 0) return tree.balanceRoot(&list, path.len);
                    const fits = list.sizeBytes() <= tree.layout.capacity_bytes;
                    if (fits and !tree.underfull(list.sizeBytes(), &list)) {
                        return tree.writeList(entry.page_no, &list);
                    }
                    if (!fits and list.isLeaf()) {
                        std.debug.assert(level == path.len - 1);
                        if (!appended and try tree.spreadLeafWithSibling(path, &list)) return;
                        if (try tree.splitLeafInPlace(path, &list, appended)) return;
                    }
                    var parent = try tree.loadList(path.entries[level - 1].page_no);
                    errdefer parent.deinit();
                    const child_index = path.entries[level - 1].index;
                    quick = quick and list.isLeaf() and child_index == parent.count() and !fits;
                    const window: Window = if (quick) .quick else if (list.isLeaf() and !fits) .split else .siblings;
                    try tree.balanceSiblings(child_index, &list, &parent, window);
                    list.deinit();
                    list = parent;
                    level -= 1;
                    quick = false;
                }
                unreachable; // The loop climbs one level per step and ends at the root.
            }

            /// The parent of the path's leaf, pinned for writing (the caller releases it), after
            /// checking that it is an interior node pointing at that leaf.
            fn getLeafParent(tree: *Tree, path: *const Path) errors.Error!PageRef {
                std.debug.assert(path.len >= 2);
                const leaf_page_no = path.entries[path.len - 1].page_no;
                const parent_entry = path.entries[path.len - 2];
                const parent_ref = try tree.pages.getMut(parent_entry.page_no);
                errdefer tree.pages.release(parent_ref);
                const parent = try tree.parseNode(parent_ref);
                if (parent.isLeaf() or parent_entry.index > parent.cell_count or
                    try parent.child(parent_entry.index) != leaf_page_no)
                {
                    return errors.corrupt(@src(), "page {d}: not the parent of {d}", .{ parent_entry.page_no, leaf_page_no });
                }
                return parent_ref;
            }

            /// The usual leaf overflow, without rebuilding the parent: the leaf's cells are split
            /// over new pages plus the leaf's own page (the last part), and one separator per new
            /// page goes into the parent page in place (a quick split when the leaf is the
            /// parent's right child and the new cell is its last, see balanceQuick). Returns
            /// false, having changed nothing, when the parent lacks the room for the separators.
            fn splitLeafInPlace(tree: *Tree, path: *const Path, list: *const CellList, appended: bool) errors.Error!bool {
                std.debug.assert(list.isLeaf());
                const leaf_page_no = path.entries[path.len - 1].page_no;
                const parent_entry = path.entries[path.len - 2];
                const parent_ref = try tree.getLeafParent(path);
                defer tree.pages.release(parent_ref);
                const parent = try tree.parseNode(parent_ref);
                const n: u32 = @intCast(list.count());
                const quick = appended and parent_entry.index == parent.cell_count;
                var partition = Partition{ .count = 2 };
                if (quick) {
                    partition.starts[0] = 0;
                    partition.ends[0] = n - 1;
                    partition.starts[1] = n - 1;
                    partition.ends[1] = n;
                } else {
                    partition = partitionCells(list, tree.layout.capacity_bytes);
                }
                std.debug.assert(partition.count >= 2);
                if (parent.freeBytes() < try tree.separatorsSizeBytes(list, partition)) return false;
                var page_nos: [parts_max]u32 = undefined;
                try tree.writeSplitPages(list, partition, leaf_page_no, quick, &page_nos);
                try tree.insertSeparatorsInPlace(parent_ref, parent_entry.index, list, partition, &page_nos);
                if (quick) node_format.setRightChild(parent_ref.bytes, page_nos[1]);
                return true;
            }

            /// A leaf that overflowed in the middle of its key range (random inserts: a UNIQUE
            /// text key) shares its cells with a sibling, as SQLite's balance_nonroot and a
            /// B*-tree do, instead of being halved: the two leaves' cells are spread evenly over
            /// both pages when that fills them to at most spread_fill_percent, else over three.
            /// Halving alone left index leaves 69% full: the benchmark's million-key UNIQUE index
            /// had 39% more leaves than SQLite's and one more level, so a cache-sized share of it
            /// missed far more often. The sibling is the next child of the same parent (else the
            /// previous one); only the separators between the pages change in the parent, in
            /// place. Returns false, having changed nothing, when there is no sibling or the
            /// parent lacks room for the separators.
            fn spreadLeafWithSibling(tree: *Tree, path: *const Path, list: *const CellList) errors.Error!bool {
                std.debug.assert(list.isLeaf());
                const parent_entry = path.entries[path.len - 2];
                const parent_ref = try tree.getLeafParent(path);
                defer tree.pages.release(parent_ref);
                const parent = try tree.parseNode(parent_ref);
                if (parent.cell_count == 0) return false;
                const leaf_is_left = parent_entry.index < parent.cell_count;
                const separator_index = if (leaf_is_left) parent_entry.index else parent_entry.index - 1;
                var sibling = try tree.loadList(try parent.child(if (leaf_is_left) separator_index + 1 else separator_index));
                defer sibling.deinit();
                if (sibling.kind != list.kind) {
                    return errors.corrupt(@src(), "page {d}: sibling of another kind", .{try parent.child(separator_index)});
                }
                var combined = CellList.init(tree.arena.allocator(), list.kind, 0);
                defer combined.deinit();
                try combined.appendList(if (leaf_is_left) list else &sibling);
                try combined.appendList(if (leaf_is_left) &sibling else list);
                const capacity: u64 = tree.layout.capacity_bytes;
                const part_count: u32 = if (combined.sizeBytes() * 100 <= 2 * capacity * spread_fill_percent) 2 else 3;
                const partition = partitionBalanced(&combined, tree.layout.capacity_bytes, part_count) orelse return false;
                if (!try tree.separatorsFit(parent, separator_index, &combined, partition)) return false;
                var page_nos: [parts_max]u32 = undefined;
                page_nos[0] = try parent.child(separator_index);
                page_nos[part_count - 1] = try parent.child(separator_index + 1);
                if (part_count == 3) {
                    const ref = try tree.pages.allocate();
                    page_nos[1] = ref.page_no;
                    tree.pages.release(ref);
                }
                for (0..part_count) |part| {
                    const ref = try tree.pages.getMut(page_nos[part]);
                    defer tree.pages.release(ref);
                    tree.writePart(ref, &combined, partition, @intCast(part), 0);
                }
                try node_format.removeCell(parent, parent_ref.bytes, separator_index);
                try tree.insertSeparatorsInPlace(parent_ref, separator_index, &combined, partition, &page_nos);
                return true;
            }

            /// Whether `parent` has room for the partition's separators once its cell
            /// `separator_index` (the one they replace) is removed.
            fn separatorsFit(tree: *const Tree, parent: Node, separator_index: u32, list: *const CellList, partition: Partition) errors.Error!bool {
                std.debug.assert(partition.count >= 2 and separator_index < parent.cell_count);
                const freed = (try parent.cell(separator_index)).size_bytes + node_format.slot_size_bytes;
                return parent.freeBytes() + freed >= try tree.separatorsSizeBytes(list, partition);
            }

            /// Inserts in the parent page, from cell `at` on, one separator per page boundary of
            /// a leaf partition (each the last key of the page before it); the room was checked.
            fn insertSeparatorsInPlace(
                tree: *Tree,
                parent_ref: PageRef,
                at: u32,
                list: *const CellList,
                partition: Partition,
                page_nos: *const [parts_max]u32,
            ) errors.Error!void {
                std.debug.assert(list.isLeaf() and partition.count >= 2);
                const buffer = tree.separatorBuffer();
                for (0..partition.count - 1) |part| {
                    const size = try tree.writeSeparator(list, partition, @intCast(part), page_nos[part], buffer);
                    const node = try tree.parseNode(parent_ref);
                    const index = at + @as(u32, @intCast(part));
                    // The free bytes were counted first and defragmenting reaches them all, so
                    // only a damaged header (fragment count) can make this fail.
                    if (!try node_format.tryInsertCell(node, parent_ref.bytes, index, buffer[0..size], tree.page_scratch.?)) {
                        return errors.corrupt(@src(), "page {d}: free space miscounted", .{parent_ref.page_no});
                    }
                }
            }

            /// Bytes (with their slots) of the separators a partition of `list` puts in a parent.
            fn separatorsSizeBytes(tree: *const Tree, list: *const CellList, partition: Partition) errors.Error!u32 {
                const buffer = tree.separatorBuffer();
                var total: u32 = 0;
                for (0..partition.count - 1) |part| {
                    total += try tree.writeSeparator(list, partition, @intCast(part), 2, buffer) + node_format.slot_size_bytes;
                }
                return total;
            }

            /// Writes into `out` the parent cell that points at page `part` of a partition of
            /// `list` and bounds it: for interior lists the divider cell after the part; for
            /// leaves a key between the part's last cell and the next part's first. Returns its
            /// size. Index separators are cut short (see shortestSeparator), so interior pages
            /// hold several times more of them and the tree is a level shallower.
            fn writeSeparator(
                tree: *const Tree,
                list: *const CellList,
                partition: Partition,
                part: u32,
                child_page_no: u32,
                out: []u8,
            ) errors.Error!u32 {
                std.debug.assert(part + 1 < partition.count);
                const boundary = partition.ends[part];
                std.debug.assert(boundary >= 1 and boundary < list.count());
                const size = if (!list.isLeaf()) divider: {
                    const divider = try node_format.parseCell(list.kind, tree.layout, list.get(boundary));
                    break :divider node_format.writeInteriorCell(tree.kind, child_page_no, divider.rowid, divider.local, out);
                } else leaf: {
                    const last = try node_format.parseCell(list.kind, tree.layout, list.get(boundary - 1));
                    if (tree.kind == .table) break :leaf node_format.writeInteriorCell(tree.kind, child_page_no, last.rowid, &.{}, out);
                    const next = try node_format.parseCell(list.kind, tree.layout, list.get(boundary));
                    if (std.mem.order(u8, last.local, next.local) != .lt) {
                        return errors.corrupt(@src(), "index {d}: leaf keys out of order", .{tree.root_page_no});
                    }
                    break :leaf node_format.writeInteriorCell(tree.kind, child_page_no, 0, shortestSeparator(last.local, next.local), out);
                };
                std.debug.assert(size <= tree.layout.cell_size_bytes_max);
                return size;
            }

            /// Writes the parts of a leaf split: new pages for all but the last part, which goes
            /// to the leaf's own page (left as it is for a quick split: it already holds exactly
            /// the first part, the in-place insert having failed without changing it).
            fn writeSplitPages(
                tree: *Tree,
                list: *const CellList,
                partition: Partition,
                leaf_page_no: u32,
                quick: bool,
                page_nos: *[parts_max]u32,
            ) errors.Error!void {
                std.debug.assert(partition.count >= 2 and partition.count <= parts_max);
                if (quick) {
                    std.debug.assert(partition.count == 2);
                    const ref = try tree.pages.allocate();
                    tree.writePart(ref, list, partition, 1, 0);
                    page_nos[0] = leaf_page_no;
                    page_nos[1] = ref.page_no;
                    tree.pages.release(ref);
                    return;
                }
                for (0..partition.count) |part_usize| {
                    const part: u32 = @intCast(part_usize);
                    const is_last = part + 1 == partition.count;
                    const ref = if (is_last) try tree.pages.getMut(leaf_page_no) else try tree.pages.allocate();
                    page_nos[part] = ref.page_no;
                    tree.writePart(ref, list, partition, part, 0);
                    tree.pages.release(ref);
                }
            }

            fn loadList(tree: *Tree, page_no: u32) errors.Error!CellList {
                const ref = try tree.pages.get(page_no);
                defer tree.pages.release(ref);
                const node = try tree.parseNode(ref);
                var list = CellList.init(tree.arena.allocator(), node.kind, node.right_child);
                errdefer list.deinit();
                try list.appendNode(node);
                return list;
            }

            fn writeList(tree: *Tree, page_no: u32, list: *const CellList) errors.Error!void {
                std.debug.assert(list.sizeBytes() <= tree.layout.capacity_bytes);
                const ref = try tree.pages.getMut(page_no);
                defer tree.pages.release(ref);
                node_format.writeNode(ref.bytes, list.kind, list.right_child, list);
            }

            /// The root keeps its page number: when it overflows its cells move into new
            /// children; when it is an interior node with one child it absorbs that child.
            fn balanceRoot(tree: *Tree, list: *CellList, depth: u32) errors.Error!void {
                var steps: u32 = 0;
                while (!list.isLeaf() and list.count() == 0) : (steps += 1) {
                    if (steps >= depth_max) return errors.corrupt(@src(), "root chain too long", .{});
                    const only_child = list.right_child;
                    const child_list = try tree.loadList(only_child);
                    list.deinit();
                    list.* = child_list;
                    try tree.pages.free(only_child);
                }
                if (list.sizeBytes() <= tree.layout.capacity_bytes) {
                    return tree.writeList(tree.root_page_no, list);
                }
                if (depth >= depth_max) return error.TooBig;
                const partition = partitionCells(list, tree.layout.capacity_bytes);
                std.debug.assert(partition.count >= 2);
                var root = CellList.init(tree.arena.allocator(), tree.kind.interiorKind(), 0);
                defer root.deinit();
                var page_nos: [parts_max]u32 = undefined;
                for (0..partition.count) |part| {
                    const ref = try tree.pages.allocate();
                    page_nos[part] = ref.page_no;
                    tree.writePart(ref, list, partition, @intCast(part), list.right_child);
                    tree.pages.release(ref);
                }
                try tree.appendSeparators(&root, list, partition, &page_nos, 0);
                root.right_child = page_nos[partition.count - 1];
                std.debug.assert(root.sizeBytes() <= tree.layout.capacity_bytes);
                try tree.writeList(tree.root_page_no, &root);
            }

            /// Writes page `part` of a partition into `ref`; `last_right_child` is the right
            /// child of the last page (interior nodes).
            fn writePart(
                tree: *Tree,
                ref: PageRef,
                list: *const CellList,
                partition: Partition,
                part: u32,
                last_right_child: u32,
            ) void {
                const slice = ListSlice{ .list = list, .start = partition.starts[part], .end = partition.ends[part] };
                var right_child: u32 = 0;
                if (!list.isLeaf()) {
                    const is_last = part + 1 == partition.count;
                    right_child = if (is_last) last_right_child else list.leftChild(partition.ends[part]);
                }
                std.debug.assert(sliceSizeBytes(slice) <= tree.layout.capacity_bytes);
                node_format.writeNode(ref.bytes, list.kind, right_child, slice);
            }

            fn sliceSizeBytes(slice: ListSlice) u64 {
                var total: u64 = 0;
                for (slice.start..slice.end) |index| total += cellSizeWithSlot(slice.list, @intCast(index));
                return total;
            }

            /// Inserts at `at` in `parent` one separator per page boundary of the partition.
            fn appendSeparators(
                tree: *Tree,
                parent: *CellList,
                list: *const CellList,
                partition: Partition,
                page_nos: []const u32,
                at: u32,
            ) errors.Error!void {
                const buffer = tree.separatorBuffer();
                for (0..partition.count - 1) |part| {
                    const size = try tree.writeSeparator(list, partition, @intCast(part), page_nos[part], buffer);
                    try parent.insert(at + @as(u32, @intCast(part)), buffer[0..size]);
                }
            }

            /// Which pages a balance step spreads the cells over.
            const Window = enum {
                /// The rightmost leaf overflowed with a new last cell: see balanceQuick.
                quick,
                /// A leaf overflowed: it alone is split in two. Gathering its siblings too
                /// packs them nearly full, so random inserts (a UNIQUE text key) would then
                /// rebalance the same three pages every few inserts; halves absorb many.
                split,
                /// Up to two siblings join (underfull nodes; overflowing interior nodes).
                siblings,
            };

            /// Redistributes the node at `child_index` of `parent` (given as `list`), with up to
            /// two siblings when `window` says so, over as few pages as hold them, and rewrites
            /// the separators in `parent` (which may then overflow or underflow in turn).
            fn balanceSiblings(
                tree: *Tree,
                child_index: u32,
                list: *CellList,
                parent: *CellList,
                window: Window,
            ) errors.Error!void {
                const n: u32 = @intCast(parent.count());
                std.debug.assert(child_index <= n);
                if (window == .quick) return tree.balanceQuick(child_index, list, parent);
                var first = child_index -| 1;
                var last = @min(n, first + 2);
                first = last -| 2;
                if (window == .split) {
                    std.debug.assert(list.isLeaf());
                    first = child_index;
                    last = child_index;
                }
                var combined = CellList.init(tree.arena.allocator(), list.kind, 0);
                defer combined.deinit();
                var old_page_nos: [3]u32 = undefined;
                try tree.gatherSiblings(parent, first, last, child_index, list, &combined, &old_page_nos);
                const partition = partitionCells(&combined, tree.layout.capacity_bytes);
                const old_count = last - first + 1;
                var page_nos: [parts_max]u32 = undefined;
                try tree.writeParts(&combined, partition, old_page_nos[0..old_count], &page_nos);
                for (first..last) |_| parent.remove(first);
                try tree.appendSeparators(parent, &combined, partition, page_nos[0..partition.count], first);
                std.debug.assert(parent.count() == n - (last - first) + (partition.count - 1));
                std.debug.assert(parent.child(first + partition.count - 1) == old_page_nos[old_count - 1]);
            }

            /// The append case: the rightmost leaf overflowed with a new last cell. The leaf's
            /// page already holds every other cell (the failed in-place insert left it as it
            /// was), so only a new right sibling holding the new cell is written.
            fn balanceQuick(tree: *Tree, child_index: u32, list: *CellList, parent: *CellList) errors.Error!void {
                const n: u32 = @intCast(list.count());
                std.debug.assert(n >= 2 and list.isLeaf());
                std.debug.assert(child_index == parent.count());
                const old_page_no = parent.right_child;
                const ref = try tree.pages.allocate();
                const new_page_no = ref.page_no;
                node_format.writeNode(ref.bytes, list.kind, 0, ListSlice{ .list = list, .start = n - 1, .end = n });
                tree.pages.release(ref);
                var partition = Partition{ .count = 2 };
                partition.starts = .{ 0, n - 1 } ++ .{0} ** (parts_max - 2);
                partition.ends = .{ n - 1, n } ++ .{0} ** (parts_max - 2);
                std.debug.assert(sliceSizeBytes(.{ .list = list, .start = 0, .end = n - 1 }) <= tree.layout.capacity_bytes);
                const page_nos = [2]u32{ old_page_no, new_page_no };
                try tree.appendSeparators(parent, list, partition, &page_nos, child_index);
                parent.right_child = new_page_no;
                std.debug.assert(parent.count() == child_index + 1);
            }

            /// Concatenates the cells of children first..last of `parent` (child_index's from
            /// `list`), with the parent's separators as dividers between interior siblings.
            fn gatherSiblings(
                tree: *Tree,
                parent: *const CellList,
                first: u32,
                last: u32,
                child_index: u32,
                list: *const CellList,
                combined: *CellList,
                old_page_nos: *[3]u32,
            ) errors.Error!void {
                const buffer = tree.separatorBuffer();
                for (first..last + 1) |sibling| {
                    const index: u32 = @intCast(sibling);
                    old_page_nos[index - first] = parent.child(index);
                    var loaded: ?CellList = null;
                    defer if (loaded) |*owned| owned.deinit();
                    if (index != child_index) loaded = try tree.loadList(parent.child(index));
                    const cells: *const CellList = if (loaded) |*owned| owned else list;
                    if (cells.kind != list.kind) {
                        return errors.corrupt(@src(), "page {d}: sibling of another kind", .{parent.child(index)});
                    }
                    for (0..cells.count()) |cell| try combined.append(cells.get(@intCast(cell)));
                    combined.right_child = cells.right_child;
                    if (list.isLeaf() or index == last) continue;
                    const separator = parent.get(index);
                    @memcpy(buffer[0..separator.len], separator);
                    std.mem.writeInt(u32, buffer[0..4], cells.right_child, .little);
                    try combined.append(buffer[0..separator.len]);
                }
            }

            /// Writes the partition's pages, reusing the old page numbers (the last page keeps
            /// the last old page number, so the parent's pointer after the window stays right),
            /// allocating extra pages or freeing unused ones.
            fn writeParts(
                tree: *Tree,
                combined: *const CellList,
                partition: Partition,
                old_page_nos: []const u32,
                page_nos: *[parts_max]u32,
            ) errors.Error!void {
                const k = partition.count;
                const m: u32 = @intCast(old_page_nos.len);
                std.debug.assert(k >= 1 and m >= 1);
                for (0..k) |part_usize| {
                    const part: u32 = @intCast(part_usize);
                    const is_last = part + 1 == k;
                    var ref: PageRef = undefined;
                    if (is_last) {
                        ref = try tree.pages.getMut(old_page_nos[m - 1]);
                    } else if (part < m - 1) {
                        ref = try tree.pages.getMut(old_page_nos[part]);
                    } else {
                        ref = try tree.pages.allocate();
                    }
                    page_nos[part] = ref.page_no;
                    tree.writePart(ref, combined, partition, part, combined.right_child);
                    tree.pages.release(ref);
                }
                var unused = k - 1;
                while (unused < m - 1) : (unused += 1) try tree.pages.free(old_page_nos[unused]);
            }

            /// Writes `rest` (the payload beyond the local part) as an overflow chain, last page
            /// first so only one page is pinned at a time; returns the first page number.
            fn writeOverflow(tree: *Tree, rest: []const u8) errors.Error!u32 {
                std.debug.assert(rest.len > 0);
                const content = tree.layout.overflow_content_bytes;
                const page_count: u32 = @intCast((rest.len + content - 1) / content);
                var next: u32 = 0;
                var part = page_count;
                while (part > 0) {
                    part -= 1;
                    const start = part * content;
                    const end = @min(rest.len, start + content);
                    const ref = try tree.pages.allocate();
                    node_format.writeOverflowPage(ref.bytes, next, rest[start..end]);
                    next = ref.page_no;
                    tree.pages.release(ref);
                }
                std.debug.assert(next >= 2);
                return next;
            }

            /// Frees a table cell's overflow chain, checking its length against the payload size.
            fn freeOverflow(tree: *Tree, cell: node_format.Cell) errors.Error!void {
                if (cell.overflow_page_no == 0) return;
                const page_count = tree.layout.overflowPageCount(cell.payload_size_bytes);
                var page_no = cell.overflow_page_no;
                for (0..page_count) |_| {
                    if (page_no < 2) return errors.corrupt(@src(), "overflow chain ends early", .{});
                    const ref = try tree.pages.get(page_no);
                    const next = node_format.overflowNext(ref.bytes);
                    tree.pages.release(ref);
                    try tree.pages.free(page_no);
                    page_no = next;
                }
                if (page_no != 0) return errors.corrupt(@src(), "overflow chain longer than its payload", .{});
            }

            /// Removes every entry: frees all pages but the root, which becomes an empty leaf.
            pub fn clear(tree: *Tree) errors.Error!void {
                tree.saveCursors();
                tree.modification_count += 1;
                try tree.freeSubtree(tree.root_page_no, 1, false);
                const ref = try tree.pages.getMut(tree.root_page_no);
                defer tree.pages.release(ref);
                node_format.initNode(ref.bytes, tree.kind.leafKind(), 0);
            }

            /// Frees every page of the tree, root included. The handle must be closed after.
            pub fn drop(tree: *Tree) errors.Error!void {
                std.debug.assert(!tree.hasCursors());
                try tree.freeSubtree(tree.root_page_no, 1, true);
                tree.modification_count += 1;
            }

            fn freeSubtree(tree: *Tree, page_no: u32, depth: u32, free_self: bool) errors.Error!void {
                if (depth > depth_max) return errors.corrupt(@src(), "tree deeper than {d}", .{depth_max});
                const ref = try tree.pages.get(page_no);
                const node = tree.parseNode(ref) catch |err| {
                    tree.pages.release(ref);
                    return err;
                };
                const is_leaf = node.isLeaf();
                const cell_count = node.cell_count;
                tree.pages.release(ref);
                // Nothing stays pinned while pages are freed: a damaged overflow pointer may
                // name this very page, and freeing a pinned page breaks the page contract.
                for (0..cell_count + @intFromBool(!is_leaf)) |index| {
                    if (is_leaf) {
                        try tree.freeOverflow(try tree.cellOf(page_no, @intCast(index)));
                    } else {
                        try tree.freeSubtree(try tree.childOf(page_no, @intCast(index)), depth + 1, true);
                    }
                }
                if (free_self) try tree.pages.free(page_no);
            }

            /// Cell `index` of leaf `page_no`, without its (unpinned) local bytes.
            fn cellOf(tree: *Tree, page_no: u32, index: u32) errors.Error!node_format.Cell {
                const ref = try tree.pages.get(page_no);
                defer tree.pages.release(ref);
                const node = try tree.parseNode(ref);
                if (!node.isLeaf() or index >= node.cell_count) {
                    return errors.corrupt(@src(), "page {d} changed while freed", .{page_no});
                }
                var cell = try node.cell(index);
                cell.local = &.{};
                return cell;
            }

            fn childOf(tree: *Tree, page_no: u32, index: u32) errors.Error!u32 {
                const ref = try tree.pages.get(page_no);
                defer tree.pages.release(ref);
                const node = try tree.parseNode(ref);
                if (node.isLeaf() or index > node.cell_count) {
                    return errors.corrupt(@src(), "page {d} changed while freed", .{page_no});
                }
                return node.child(index);
            }

            /// Saves every registered cursor on this tree (through any handle sharing the
            /// registry), before a change.
            fn saveCursors(tree: *Tree) void {
                var cursor = tree.registry().head;
                var count: u32 = 0;
                while (cursor) |open_cursor| : (cursor = open_cursor.next_registered) {
                    std.debug.assert(count < cursors_max);
                    count += 1;
                    if (open_cursor.tree.root_page_no == tree.root_page_no) open_cursor.save();
                }
            }
        };

        /// A table entry as Cursor.tableEntry returns it.
        pub const Entry = struct { rowid: i64, payload: ?[]const u8 };

        /// The open cursors of one transaction's Tree handles (see openShared).
        pub const CursorRegistry = struct {
            head: ?*Cursor = null,
        };

        /// A position in a tree. Register with `init`, release with `deinit`. While positioned
        /// it pins its leaf; a change to the tree saves it (key remembered, pin dropped) and the
        /// next call re-seeks. After the entry under a cursor was deleted, `next` moves to the
        /// entry after it and `prev` to the one before it, so delete-while-scanning works.
        pub const Cursor = struct {
            tree: *Tree,
            path: Path = .{},
            leaf_ref: ?PageRef = null,
            leaf: Node = undefined,
            state: State = .invalid,
            /// After a re-seek that found the next entry instead of the saved one.
            restored_past: bool = false,
            saved_rowid: i64 = 0,
            saved_key_len: u32 = 0,
            saved_key: [key_size_bytes_max_any]u8 = undefined,
            next_registered: ?*Cursor = null,

            const State = enum { invalid, valid, saved };

            pub fn init(cursor: *Cursor, tree: *Tree) void {
                const cursors = tree.registry();
                // Field by field, leaving saved_key alone: assigning a whole struct literal
                // writes its `undefined` saved_key too, which ReleaseSafe fills with 0xaa:
                // 16 KiB of memset (through a stack temporary) per cursor, per query.
                cursor.tree = tree;
                cursor.path.len = 0;
                cursor.leaf_ref = null;
                cursor.state = .invalid;
                cursor.restored_past = false;
                cursor.saved_rowid = 0;
                cursor.saved_key_len = 0;
                cursor.next_registered = cursors.head;
                cursors.head = cursor;
                std.debug.assert(tree.hasCursors());
                std.debug.assert(cursor.leaf_ref == null and cursor.state == .invalid);
            }

            /// A cursor in memory from `allocator`, initialised. Not `allocator.create`: that
            /// fills new memory with `undefined`, which ReleaseSafe writes as 0xaa, 16 KiB of it
            /// for saved_key, on every query that opens a cursor. init sets every field that is
            /// read before it is written (saved_key only after save() wrote it).
            pub fn create(allocator: std.mem.Allocator, tree: *Tree) error{OutOfMemory}!*Cursor {
                const cursor = try unpainted.create(Cursor, allocator);
                cursor.init(tree);
                std.debug.assert(std.mem.isAligned(@intFromPtr(cursor), @alignOf(Cursor)));
                return cursor;
            }

            pub fn deinit(cursor: *Cursor) void {
                cursor.releaseLeaf();
                var link: *?*Cursor = &cursor.tree.registry().head;
                var steps: u32 = 0;
                while (link.*) |registered| : (link = &registered.next_registered) {
                    std.debug.assert(steps < cursors_max);
                    steps += 1;
                    if (registered == cursor) {
                        link.* = cursor.next_registered;
                        break;
                    }
                }
                // Not `cursor.* = undefined`: that would fill the 16 KiB saved_key (see init).
                cursor.leaf_ref = null;
                cursor.state = .invalid;
                cursor.next_registered = null;
                cursor.tree = undefined;
            }

            pub fn isValid(cursor: *const Cursor) bool {
                return cursor.state != .invalid;
            }

            fn releaseLeaf(cursor: *Cursor) void {
                if (cursor.leaf_ref) |ref| cursor.tree.pages.release(ref);
                cursor.leaf_ref = null;
            }

            fn pinLeaf(cursor: *Cursor, ref: PageRef, node: Node) void {
                std.debug.assert(cursor.leaf_ref == null);
                std.debug.assert(node.isLeaf());
                cursor.leaf_ref = ref;
                cursor.leaf = node;
            }

            fn index(cursor: *Cursor) *u32 {
                return &cursor.path.leaf().index;
            }

            /// Descends to the leaf for `target`, pinning it; the leaf index is the first cell
            /// >= target (> when strict), possibly cell_count.
            fn descendTo(cursor: *Cursor, target: Target, strict: bool) errors.Error!void {
                cursor.releaseLeaf();
                cursor.state = .invalid;
                const tree = cursor.tree;
                var page_no = tree.root_page_no;
                cursor.path.len = 0;
                while (cursor.path.len < depth_max) {
                    const ref = try tree.pages.get(page_no);
                    var keep = false;
                    defer if (!keep) tree.pages.release(ref);
                    const node = try tree.parseNode(ref);
                    const found = try searchNode(node, target, strict);
                    cursor.path.entries[cursor.path.len] = .{ .page_no = page_no, .index = found };
                    cursor.path.len += 1;
                    if (node.isLeaf()) {
                        keep = true;
                        return cursor.pinLeaf(ref, node);
                    }
                    page_no = try node.child(found);
                }
                return errors.corrupt(@src(), "tree {d} deeper than {d}", .{ tree.root_page_no, depth_max });
            }

            /// Descends from `page_no` at path `level` along the first or last children.
            fn descendEdge(cursor: *Cursor, level: u32, start_page_no: u32, to_last: bool) errors.Error!void {
                std.debug.assert(cursor.leaf_ref == null);
                const tree = cursor.tree;
                var page_no = start_page_no;
                cursor.path.len = level;
                while (cursor.path.len < depth_max) {
                    const ref = try tree.pages.get(page_no);
                    var keep = false;
                    defer if (!keep) tree.pages.release(ref);
                    const node = try tree.parseNode(ref);
                    var edge: u32 = if (to_last) node.cell_count else 0;
                    if (node.isLeaf() and to_last and edge > 0) edge -= 1;
                    cursor.path.entries[cursor.path.len] = .{ .page_no = page_no, .index = edge };
                    cursor.path.len += 1;
                    if (node.isLeaf()) {
                        keep = true;
                        return cursor.pinLeaf(ref, node);
                    }
                    page_no = try node.child(edge);
                }
                return errors.corrupt(@src(), "tree {d} deeper than {d}", .{ tree.root_page_no, depth_max });
            }

            /// Moves to the first entry; false if the tree is empty.
            pub fn first(cursor: *Cursor) errors.Error!bool {
                cursor.releaseLeaf();
                cursor.state = .invalid;
                try cursor.descendEdge(0, cursor.tree.root_page_no, false);
                if (cursor.leaf.cell_count == 0) return cursor.nextLeaf();
                cursor.state = .valid;
                return true;
            }

            /// Moves to the last entry; false if the tree is empty.
            pub fn last(cursor: *Cursor) errors.Error!bool {
                cursor.releaseLeaf();
                cursor.state = .invalid;
                try cursor.descendEdge(0, cursor.tree.root_page_no, true);
                if (cursor.leaf.cell_count == 0) return cursor.prevLeaf();
                cursor.state = .valid;
                return true;
            }

            pub fn seekRowid(cursor: *Cursor, target_rowid: i64, mode: SeekMode) errors.Error!bool {
                std.debug.assert(cursor.tree.kind == .table);
                return cursor.seek(.{ .rowid = target_rowid }, mode);
            }

            /// Seeks by a full key or a prefix key (key.encode with rowid null).
            pub fn seekKey(cursor: *Cursor, target_key: []const u8, mode: SeekMode) errors.Error!bool {
                std.debug.assert(cursor.tree.kind == .index);
                return cursor.seek(.{ .key = target_key }, mode);
            }

            /// eq: true when an equal entry was found (the cursor is left on the first entry >=
            /// the target either way); ge/le: true when the cursor is on an entry.
            pub fn seek(cursor: *Cursor, target: Target, mode: SeekMode) errors.Error!bool {
                const found = try cursor.seekUnchecked(target, mode);
                cursor.assertPosition();
                std.debug.assert(!found or cursor.state == .valid);
                return found;
            }

            /// A valid cursor pins a leaf and points at one of its cells; others pin nothing.
            fn assertPosition(cursor: *const Cursor) void {
                if (cursor.state != .valid) {
                    std.debug.assert(cursor.leaf_ref == null);
                    return;
                }
                std.debug.assert(cursor.leaf_ref != null);
                std.debug.assert(cursor.path.entries[cursor.path.len - 1].index < cursor.leaf.cell_count);
            }

            fn seekUnchecked(cursor: *Cursor, target: Target, mode: SeekMode) errors.Error!bool {
                cursor.restored_past = false;
                if (target == .rowid) {
                    if (try cursor.seekInLeaf(target.rowid, mode)) |found| return found;
                }
                if (mode == .le) {
                    try cursor.descendTo(target, true);
                    if (cursor.index().* == 0) return cursor.prevLeaf();
                    cursor.index().* -= 1;
                    cursor.state = .valid;
                    return true;
                }
                try cursor.descendTo(target, false);
                if (cursor.index().* == cursor.leaf.cell_count) {
                    if (!try cursor.nextLeaf()) return false;
                } else {
                    cursor.state = .valid;
                }
                if (mode == .ge) return true;
                return compareCell(try cursor.leaf.cell(cursor.index().*), target) == .eq;
            }

            /// A rowid seek whose target lies within the pinned leaf (first rowid <= target <=
            /// last) needs no descent from the root: a join probing nearby rowids, or a lookup
            /// repeated on one page, stays on the leaf it holds. Null when the leaf cannot tell.
            fn seekInLeaf(cursor: *Cursor, target_rowid: i64, mode: SeekMode) errors.Error!?bool {
                if (cursor.state != .valid or mode == .le) return null;
                const leaf = cursor.leaf;
                std.debug.assert(cursor.leaf_ref != null);
                if (leaf.cell_count == 0) return null;
                const first_rowid = try leaf.rowidAt(0);
                if (target_rowid < first_rowid) return null;
                const last_rowid = try leaf.rowidAt(leaf.cell_count - 1);
                if (target_rowid > last_rowid) return null;
                const found = if (leaf.cell_count < 2 or target_rowid == first_rowid)
                    0
                else
                    try searchRowidBetween(leaf, target_rowid, false, first_rowid, last_rowid);
                if (found >= leaf.cell_count) return errors.corrupt(@src(), "leaf rowids out of order", .{});
                cursor.index().* = found;
                if (mode == .ge) return true;
                return try leaf.rowidAt(found) == target_rowid;
            }

            /// Moves to the next entry; false (and invalid) at the end.
            pub fn next(cursor: *Cursor) errors.Error!bool {
                const moved = try cursor.step(.forward);
                cursor.assertPosition();
                std.debug.assert(moved == (cursor.state == .valid));
                return moved;
            }

            /// Moves to the previous entry; false (and invalid) at the start.
            pub fn prev(cursor: *Cursor) errors.Error!bool {
                const moved = try cursor.step(.backward);
                cursor.assertPosition();
                std.debug.assert(moved == (cursor.state == .valid));
                return moved;
            }

            fn step(cursor: *Cursor, direction: enum { forward, backward }) errors.Error!bool {
                return switch (direction) {
                    .forward => cursor.stepForward(),
                    .backward => cursor.stepBackward(),
                };
            }

            fn stepForward(cursor: *Cursor) errors.Error!bool {
                if (cursor.state == .saved) {
                    try cursor.restore();
                    if (cursor.state == .invalid) return false;
                    if (cursor.restored_past) {
                        cursor.restored_past = false;
                        return true;
                    }
                }
                if (cursor.state != .valid) return false;
                if (cursor.index().* + 1 < cursor.leaf.cell_count) {
                    cursor.index().* += 1;
                    return true;
                }
                return cursor.nextLeaf();
            }

            fn stepBackward(cursor: *Cursor) errors.Error!bool {
                if (cursor.state == .saved) {
                    try cursor.restore();
                    cursor.restored_past = false;
                    if (cursor.state == .invalid) return cursor.last();
                }
                if (cursor.state != .valid) return false;
                if (cursor.index().* > 0) {
                    cursor.index().* -= 1;
                    return true;
                }
                return cursor.prevLeaf();
            }

            /// Climbs to the nearest ancestor with a next child and descends to its first leaf
            /// entry, skipping empty leaves (bounded).
            fn nextLeaf(cursor: *Cursor) errors.Error!bool {
                var steps: u32 = 0;
                while (steps < empty_leaf_steps_max) : (steps += 1) {
                    cursor.releaseLeaf();
                    cursor.state = .invalid;
                    const level = try cursor.climb(false) orelse return false;
                    const parent = cursor.path.entries[level];
                    try cursor.descendEdge(level + 1, try cursor.tree.childOf(parent.page_no, parent.index), false);
                    if (cursor.leaf.cell_count > 0) {
                        cursor.state = .valid;
                        return true;
                    }
                }
                return errors.corrupt(@src(), "too many empty leaves", .{});
            }

            fn prevLeaf(cursor: *Cursor) errors.Error!bool {
                var steps: u32 = 0;
                while (steps < empty_leaf_steps_max) : (steps += 1) {
                    cursor.releaseLeaf();
                    cursor.state = .invalid;
                    const level = try cursor.climb(true) orelse return false;
                    const parent = cursor.path.entries[level];
                    try cursor.descendEdge(level + 1, try cursor.tree.childOf(parent.page_no, parent.index), true);
                    if (cursor.leaf.cell_count > 0) {
                        cursor.state = .valid;
                        return true;
                    }
                }
                return errors.corrupt(@src(), "too many empty leaves", .{});
            }

            /// Finds the deepest interior level whose child index can move one step (backward
            /// when `backward`), moves it and returns the level; null when none can.
            fn climb(cursor: *Cursor, backward: bool) errors.Error!?u32 {
                var level = cursor.path.len - 1;
                while (level > 0) {
                    level -= 1;
                    const entry = &cursor.path.entries[level];
                    if (backward) {
                        if (entry.index == 0) continue;
                        entry.index -= 1;
                        return level;
                    }
                    const ref = try cursor.tree.pages.get(entry.page_no);
                    defer cursor.tree.pages.release(ref);
                    const node = try cursor.tree.parseNode(ref);
                    if (entry.index >= node.cell_count) continue;
                    entry.index += 1;
                    return level;
                }
                return null;
            }

            /// Remembers the current key and unpins the leaf (before the tree changes).
            fn save(cursor: *Cursor) void {
                if (cursor.state != .valid) {
                    cursor.releaseLeaf();
                    if (cursor.state != .saved) cursor.state = .invalid;
                    return;
                }
                const cell = cursor.leaf.cell(cursor.index().*) catch {
                    cursor.releaseLeaf();
                    cursor.state = .invalid;
                    return;
                };
                cursor.saved_rowid = cell.rowid;
                cursor.saved_key_len = @intCast(cell.local.len);
                if (cursor.tree.kind == .index) @memcpy(cursor.saved_key[0..cell.local.len], cell.local);
                cursor.releaseLeaf();
                cursor.state = .saved;
            }

            /// Re-seeks to the saved key (or the entry after it, setting restored_past).
            fn restore(cursor: *Cursor) errors.Error!void {
                std.debug.assert(cursor.state == .saved);
                const target: Target = if (cursor.tree.kind == .table)
                    .{ .rowid = cursor.saved_rowid }
                else
                    .{ .key = cursor.saved_key[0..cursor.saved_key_len] };
                cursor.restored_past = true;
                if (!try cursor.seek(target, .ge)) return;
                const cell = try cursor.leaf.cell(cursor.index().*);
                cursor.restored_past = switch (target) {
                    .rowid => |saved| cell.rowid != saved,
                    .key => |saved| !std.mem.eql(u8, cell.local, saved),
                };
            }

            fn current(cursor: *Cursor) errors.Error!node_format.Cell {
                if (cursor.state == .saved) try cursor.restore();
                if (cursor.state != .valid) return error.Misuse;
                return cursor.leaf.cell(cursor.index().*);
            }

            /// The current table entry in one parse: its rowid and, when the payload is all in
            /// the leaf, the payload (valid until the cursor moves or the tree changes).
            pub fn tableEntry(cursor: *Cursor) errors.Error!Entry {
                std.debug.assert(cursor.tree.kind == .table);
                const cell = try cursor.current();
                return .{ .rowid = cell.rowid, .payload = if (cell.overflow_page_no == 0) cell.local else null };
            }

            /// The rowid of the current entry (index trees: the key's trailing rowid).
            pub fn rowid(cursor: *Cursor) errors.Error!i64 {
                const cell = try cursor.current();
                if (cursor.tree.kind == .table) return cell.rowid;
                return key_codec.rowidOf(cell.local);
            }

            /// The current index key, without copying: valid until the cursor moves or the
            /// tree changes.
            pub fn key(cursor: *Cursor) errors.Error![]const u8 {
                std.debug.assert(cursor.tree.kind == .index);
                return (try cursor.current()).local;
            }

            pub fn payloadSizeBytes(cursor: *Cursor) errors.Error!u32 {
                return (try cursor.current()).payload_size_bytes;
            }

            /// The whole payload without copying when it is all in the leaf page (valid until
            /// the cursor moves or the tree changes); null when it spills to overflow pages.
            pub fn payloadInPage(cursor: *Cursor) errors.Error!?[]const u8 {
                const cell = try cursor.current();
                return if (cell.overflow_page_no == 0) cell.local else null;
            }

            /// Copies the whole payload (following overflow pages) into `dest`, which must be
            /// exactly payloadSizeBytes() long.
            pub fn readPayload(cursor: *Cursor, dest: []u8) errors.Error!void {
                const cell = try cursor.current();
                std.debug.assert(dest.len == cell.payload_size_bytes);
                @memcpy(dest[0..cell.local.len], cell.local);
                try readOverflowChain(cursor.tree.pages, cursor.tree.layout, cell, dest);
            }
        };

        /// Copies the overflow part of `cell`'s payload into dest[local.len..], checking the
        /// chain's length against the payload size.
        pub fn readOverflowChain(pages: *Pages, layout: Layout, cell: node_format.Cell, dest: []u8) errors.Error!void {
            var at: usize = cell.local.len;
            var page_no = cell.overflow_page_no;
            const page_count = layout.overflowPageCount(cell.payload_size_bytes);
            for (0..page_count) |_| {
                if (page_no < 2) return errors.corrupt(@src(), "overflow chain ends early", .{});
                const ref = try pages.get(page_no);
                defer pages.release(ref);
                const size = @min(layout.overflow_content_bytes, dest.len - at);
                @memcpy(dest[at..][0..size], ref.bytes[node_format.overflow_header_size_bytes..][0..size]);
                at += size;
                page_no = node_format.overflowNext(ref.bytes);
            }
            if (page_no != 0 or at != dest.len) {
                return errors.corrupt(@src(), "overflow chain longer than its payload", .{});
            }
        }
    };
}

// ---------------------------------------------------------------------------------------------
// Tests

const testing = std.testing;
const MemPages = @import("mem_pages.zig").MemPages;
const MemTree = BTreeType(MemPages);

test "btree: table insert, seek, scan both ways, replace, delete" {
    var pages = MemPages.init(testing.allocator, 512);
    defer pages.deinit();
    const root = try MemTree.Tree.create(&pages, .table);
    var tree = MemTree.Tree.open(&pages, testing.allocator, root, .table);
    defer tree.close();
    var payload: [40]u8 = undefined;
    var rowid: i64 = 0;
    while (rowid < 500) : (rowid += 1) {
        @memset(&payload, @intCast(rowid & 0xff));
        try testing.expect(!try tree.insertRow(rowid * 2, payload[0..@intCast(@mod(rowid, 40))]));
    }
    try testing.expect(try tree.insertRow(10, "replaced"));
    var cursor: MemTree.Cursor = undefined;
    cursor.init(&tree);
    defer cursor.deinit();
    try testing.expect(try cursor.seekRowid(10, .eq));
    try testing.expectEqualStrings("replaced", (try cursor.payloadInPage()).?);
    try testing.expect(!try cursor.seekRowid(11, .eq));
    try testing.expectEqual(@as(i64, 12), try cursor.rowid());
    try testing.expect(try cursor.seekRowid(11, .le));
    try testing.expectEqual(@as(i64, 10), try cursor.rowid());
    var count: u32 = 0;
    var ok = try cursor.first();
    var previous: i64 = -1;
    while (ok) : (ok = try cursor.next()) {
        try testing.expect(try cursor.rowid() > previous);
        previous = try cursor.rowid();
        count += 1;
    }
    try testing.expectEqual(@as(u32, 500), count);
    ok = try cursor.last();
    count = 0;
    while (ok) : (ok = try cursor.prev()) count += 1;
    try testing.expectEqual(@as(u32, 500), count);
    rowid = 0;
    while (rowid < 500) : (rowid += 1) try testing.expect(try tree.deleteRow(rowid * 2));
    try testing.expect(!try cursor.first());
    try testing.expectEqual(@as(u32, 1), pages.inUsePageCount());
}

test "btree: interior partitions never leave a page without cells" {
    var list = CellList.init(testing.allocator, .table_interior, 9);
    defer list.deinit();
    // Five 100-byte cells (with slots) on a 488-byte node: four fit, so a plain greedy fill
    // would make the fifth the divider and leave an empty last page (found by a soak run).
    var cell = [_]u8{0} ** 98;
    std.mem.writeInt(u32, cell[0..4], 7, .little);
    for (0..5) |_| try list.append(&cell);
    const capacity = Layout.init(node_format.usable_size_bytes_min).capacity_bytes;
    const partition = partitionGreedy(&list, capacity);
    assertPartition(&list, capacity, partition);
    try testing.expectEqual(@as(u32, 2), partition.count);
    for (0..partition.count) |part| try testing.expect(partition.ends[part] > partition.starts[part]);
}
