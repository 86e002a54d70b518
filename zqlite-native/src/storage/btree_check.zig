//! B+tree integrity check: walks a tree and verifies everything the tree code relies on, so a
//! damaged file is reported (error.Corrupt, naming the page) instead of misbehaving later.
//!
//! Checked per tree: every node parses and has the tree's kind; cells lie inside the content
//! area without overlapping and, with the fragment count, account for every content byte; keys
//! strictly increase within a node and lie within the bounds the parent's separators give
//! (lower exclusive, upper inclusive); all leaves are at the same depth, at most depth_max;
//! overflow chains have exactly the length their payload size implies and end with 0; no page is
//! visited twice. Each page used (nodes and overflow pages) is set in the caller's bitset, so the
//! pager can check that every page belongs to exactly one tree or to the free list.
//!
//! Pins: the walk keeps the path from the root pinned (separators are the child bounds), so it
//! holds at most depth_max + 1 pins. It allocates one small array per node for the overlap check.
const std = @import("std");
const errors = @import("errors.zig");
const node_format = @import("btree_page.zig");
const btree = @import("btree.zig");

const Node = node_format.Node;
const Layout = node_format.Layout;
const TreeKind = node_format.TreeKind;

pub const Stats = struct {
    depth: u32 = 0,
    entry_count: u64 = 0,
    leaf_count: u64 = 0,
    interior_count: u64 = 0,
    overflow_count: u64 = 0,
    /// Non-root nodes with no cells (legal, but a balanced tree has none).
    empty_node_count: u64 = 0,
};

/// A key bound from a separator: a rowid (table trees) or key bytes (index trees).
const Bound = union(enum) {
    none,
    rowid: i64,
    key: []const u8,
};

pub fn CheckType(comptime Pages: type) type {
    return struct {
        const Walk = struct {
            pages: *Pages,
            allocator: std.mem.Allocator,
            layout: Layout,
            kind: TreeKind,
            used: *std.DynamicBitSetUnmanaged,
            stats: Stats = .{},
            leaf_depth: ?u32 = null,
        };

        /// Checks the tree at `root_page_no`, marking its pages in `used` (bit i = page i; give
        /// it highest page number + 1 bits, e.g. pager pageCount() + 1: a page beyond is Corrupt).
        pub fn checkTree(
            pages: *Pages,
            allocator: std.mem.Allocator,
            root_page_no: u32,
            kind: TreeKind,
            used: *std.DynamicBitSetUnmanaged,
        ) errors.Error!Stats {
            var walk = Walk{
                .pages = pages,
                .allocator = allocator,
                .layout = Layout.init(pages.usableSizeBytes()),
                .kind = kind,
                .used = used,
            };
            try checkNode(&walk, root_page_no, 1, .none, .none);
            walk.stats.depth = walk.leaf_depth orelse 0;
            std.debug.assert(walk.stats.depth >= 1 and walk.stats.depth <= btree.depth_max);
            return walk.stats;
        }

        fn markUsed(walk: *Walk, page_no: u32) errors.Error!void {
            if (page_no < 2 or page_no >= walk.used.bit_length) {
                return errors.corrupt(@src(), "page {d} out of range", .{page_no});
            }
            if (walk.used.isSet(page_no)) return errors.corrupt(@src(), "page {d} used twice", .{page_no});
            walk.used.set(page_no);
            std.debug.assert(walk.used.isSet(page_no));
        }

        fn checkNode(walk: *Walk, page_no: u32, depth: u32, lower: Bound, upper: Bound) errors.Error!void {
            std.debug.assert(depth >= 1);
            std.debug.assert(std.meta.activeTag(lower) == .none or std.meta.activeTag(upper) == .none or
                std.meta.activeTag(lower) == std.meta.activeTag(upper));
            if (depth > btree.depth_max) return errors.corrupt(@src(), "page {d}: too deep", .{page_no});
            try markUsed(walk, page_no);
            const ref = try walk.pages.get(page_no);
            defer walk.pages.release(ref);
            const node = try Node.parse(ref.bytes, page_no, walk.layout);
            if (node.kind.treeKind() != walk.kind) {
                return errors.corrupt(@src(), "page {d}: node of the wrong tree kind", .{page_no});
            }
            try checkCellLayout(walk, node);
            if (node.cell_count == 0 and depth > 1) walk.stats.empty_node_count += 1;
            try checkKeyOrder(walk.kind, node, lower, upper);
            if (node.isLeaf()) return checkLeaf(walk, node, depth);
            walk.stats.interior_count += 1;
            var child_lower = lower;
            for (0..node.cell_count + 1) |index| {
                const is_right = index == node.cell_count;
                const child_upper = if (is_right) upper else boundOf(walk.kind, try node.cell(@intCast(index)));
                try checkNode(walk, try node.child(@intCast(index)), depth + 1, child_lower, child_upper);
                child_lower = child_upper;
            }
        }

        fn checkLeaf(walk: *Walk, node: Node, depth: u32) errors.Error!void {
            if (walk.leaf_depth) |leaf_depth| {
                if (leaf_depth != depth) {
                    return errors.corrupt(@src(), "page {d}: leaf at depth {d}, others at {d}", .{
                        node.page_no, depth, leaf_depth,
                    });
                }
            }
            walk.leaf_depth = depth;
            walk.stats.leaf_count += 1;
            walk.stats.entry_count += node.cell_count;
            if (node.kind != .table_leaf) return;
            for (0..node.cell_count) |index| try checkOverflow(walk, node, try node.cell(@intCast(index)));
        }

        fn checkOverflow(walk: *Walk, node: Node, cell: node_format.Cell) errors.Error!void {
            const page_count = walk.layout.overflowPageCount(cell.payload_size_bytes);
            var page_no = cell.overflow_page_no;
            for (0..page_count) |_| {
                if (page_no == 0) {
                    return errors.corrupt(@src(), "page {d}: overflow chain too short", .{node.page_no});
                }
                try markUsed(walk, page_no);
                const ref = try walk.pages.get(page_no);
                defer walk.pages.release(ref);
                page_no = node_format.overflowNext(ref.bytes);
                walk.stats.overflow_count += 1;
            }
            if (page_no != 0) return errors.corrupt(@src(), "page {d}: overflow chain too long", .{node.page_no});
        }

        /// Cells inside the content area, not overlapping, and adding up with the fragments.
        fn checkCellLayout(walk: *Walk, node: Node) errors.Error!void {
            const Extent = struct { offset: u32, size: u32 };
            const extents = try walk.allocator.alloc(Extent, node.cell_count);
            defer walk.allocator.free(extents);
            var cell_bytes: u32 = 0;
            for (extents, 0..) |*extent, index| {
                const cell = try node.cell(@intCast(index));
                extent.* = .{ .offset = try node.cellOffset(@intCast(index)), .size = cell.size_bytes };
                cell_bytes += cell.size_bytes;
            }
            std.mem.sort(Extent, extents, {}, struct {
                fn lessThan(_: void, a: Extent, b: Extent) bool {
                    return a.offset < b.offset;
                }
            }.lessThan);
            for (extents[0..extents.len -| 1], extents[@min(1, extents.len)..]) |a, b| {
                if (a.offset + a.size > b.offset) {
                    return errors.corrupt(@src(), "page {d}: cells at {d} and {d} overlap", .{
                        node.page_no, a.offset, b.offset,
                    });
                }
            }
            const content_bytes = walk.layout.usable_size_bytes - node.content_start;
            if (cell_bytes + node.fragment_bytes != content_bytes) {
                return errors.corrupt(@src(), "page {d}: {d} cell + {d} fragment bytes != {d}", .{
                    node.page_no, cell_bytes, node.fragment_bytes, content_bytes,
                });
            }
        }

        fn checkKeyOrder(kind: TreeKind, node: Node, lower: Bound, upper: Bound) errors.Error!void {
            var previous = lower;
            for (0..node.cell_count) |index| {
                const bound = boundOf(kind, try node.cell(@intCast(index)));
                if (previous != .none and compareBounds(previous, bound) != .lt) {
                    return errors.corrupt(@src(), "page {d}: cell {d} out of order", .{ node.page_no, index });
                }
                if (upper != .none and compareBounds(bound, upper) == .gt) {
                    return errors.corrupt(@src(), "page {d}: cell {d} above its parent's bound", .{
                        node.page_no, index,
                    });
                }
                previous = bound;
            }
        }

        fn boundOf(kind: TreeKind, cell: node_format.Cell) Bound {
            return if (kind == .index) .{ .key = cell.local } else .{ .rowid = cell.rowid };
        }

        fn compareBounds(a: Bound, b: Bound) std.math.Order {
            return switch (a) {
                .rowid => |rowid| std.math.order(rowid, b.rowid),
                .key => |key| std.mem.order(u8, key, b.key),
                .none => unreachable,
            };
        }

        /// Checks that the index holds exactly one entry per indexed table row: for each row,
        /// `context.buildKey(rowid, payload, out)` appends the expected full key to `out` and
        /// returns true (false: the row is not indexed, e.g. a partial index).
        pub fn checkIndexAgainstTable(
            pages: *Pages,
            allocator: std.mem.Allocator,
            table_root_page_no: u32,
            index_root_page_no: u32,
            context: anytype,
        ) errors.Error!void {
            const BTree = btree.BTreeType(Pages);
            var table = BTree.Tree.open(pages, allocator, table_root_page_no, .table);
            defer table.close();
            var index = BTree.Tree.open(pages, allocator, index_root_page_no, .index);
            defer index.close();
            var rows: BTree.Cursor = undefined;
            rows.init(&table);
            defer rows.deinit();
            var entries: BTree.Cursor = undefined;
            entries.init(&index);
            defer entries.deinit();
            var payload = std.ArrayList(u8).init(allocator);
            defer payload.deinit();
            var expected = std.ArrayList(u8).init(allocator);
            defer expected.deinit();
            var indexed_rows: u64 = 0;
            var more = try rows.first();
            while (more) : (more = try rows.next()) {
                try payload.resize(try rows.payloadSizeBytes());
                try rows.readPayload(payload.items);
                expected.clearRetainingCapacity();
                if (!try context.buildKey(try rows.rowid(), payload.items, &expected)) continue;
                indexed_rows += 1;
                const found = try entries.seekKey(expected.items, .eq);
                if (!found or !std.mem.eql(u8, try entries.key(), expected.items)) {
                    return errors.corrupt(@src(), "index {d} lacks the key of row {d}", .{
                        index_root_page_no, try rows.rowid(),
                    });
                }
            }
            var index_entries: u64 = 0;
            more = try entries.first();
            while (more) : (more = try entries.next()) index_entries += 1;
            if (index_entries != indexed_rows) {
                return errors.corrupt(@src(), "index {d} has {d} entries for {d} rows", .{
                    index_root_page_no, index_entries, indexed_rows,
                });
            }
        }
    };
}
