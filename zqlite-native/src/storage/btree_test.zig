//! Model-based, property and fuzz tests of the B+tree over MemPages. Each run is seeded and prints
//! its seed on failure; sizes scale with `model_operations`. Runs use 512-byte and 1 KiB pages
//! (deep trees, many splits and merges) as well as 4 KiB pages.
//!
//! What they prove: after every operation the tree answers seeks, scans (both ways) and payload
//! reads exactly as a sorted in-memory model does; at intervals the integrity check passes and
//! every page in use belongs to the tree exactly once; deleting everything leaves one empty root
//! with every other page freed; cursors survive changes (re-seek) and delete-while-scanning works;
//! damaged pages give errors, never crashes or leaked pins.
const std = @import("std");
const btree = @import("btree.zig");
const check = @import("btree_check.zig");
const key_codec = @import("key.zig");
const record = @import("record.zig");
const node_format = @import("btree_page.zig");
const MemPages = @import("mem_pages.zig").MemPages;

const testing = std.testing;
const MemTree = btree.BTreeType(MemPages);
const Checker = check.CheckType(MemPages);
const Value = record.Value;

/// Operations per model run in `zig build test` (each test does a few runs).
pub const model_operations: u32 = 10_000;
/// Operations between two integrity checks in a model run.
const check_interval: u32 = 500;

const TableEntry = struct { rowid: i64, size: u32, seed: u64 };

fn fillPayload(buffer: []u8, seed: u64) void {
    var prng = std.Random.DefaultPrng.init(seed);
    prng.random().bytes(buffer);
}

fn randomPayloadSize(random: std.Random) u32 {
    const roll = random.uintLessThan(u32, 100);
    if (roll < 70) return random.uintLessThan(u32, 60);
    if (roll < 90) return 60 + random.uintLessThan(u32, 600);
    if (roll < 98) return 600 + random.uintLessThan(u32, 5000);
    return 5000 + random.uintLessThan(u32, 40000);
}

/// Checks the tree and that the pages in use are exactly the tree's pages.
fn checkAccounting(pages: *MemPages, root: u32, kind: btree.TreeKind) !check.Stats {
    var used = try std.DynamicBitSetUnmanaged.initEmpty(testing.allocator, pages.pageCount());
    defer used.deinit(testing.allocator);
    const stats = try Checker.checkTree(pages, testing.allocator, root, kind, &used);
    try testing.expectEqual(@as(usize, pages.inUsePageCount()), used.count());
    try testing.expectEqual(@as(u64, 0), stats.empty_node_count);
    try pages.expectNoPins();
    return stats;
}

const TableModel = struct {
    entries: std.ArrayList(TableEntry),

    fn lowerBound(model: *const TableModel, rowid: i64) usize {
        var low: usize = 0;
        var high: usize = model.entries.items.len;
        while (low < high) {
            const middle = low + (high - low) / 2;
            if (model.entries.items[middle].rowid < rowid) low = middle + 1 else high = middle;
        }
        return low;
    }

    fn find(model: *const TableModel, rowid: i64) ?usize {
        const index = model.lowerBound(rowid);
        if (index < model.entries.items.len and model.entries.items[index].rowid == rowid) return index;
        return null;
    }
};

const TableRun = struct {
    random: std.Random,
    pages: *MemPages,
    tree: MemTree.Tree,
    model: TableModel,
    payload: []u8,
    read_buffer: []u8,
    next_rowid: i64 = 0,
    pattern: enum { random, ascending, descending },

    fn pickRowid(run: *TableRun) i64 {
        switch (run.pattern) {
            .ascending => {
                run.next_rowid += 1;
                return run.next_rowid;
            },
            .descending => {
                run.next_rowid -= 1;
                return run.next_rowid;
            },
            .random => return run.random.intRangeAtMost(i64, -3000, 3000),
        }
    }

    fn insert(run: *TableRun) !void {
        const rowid = if (run.random.uintLessThan(u8, 10) == 0 and run.model.entries.items.len > 0)
            run.model.entries.items[run.random.uintLessThan(usize, run.model.entries.items.len)].rowid
        else
            run.pickRowid();
        const entry = TableEntry{ .rowid = rowid, .size = randomPayloadSize(run.random), .seed = run.random.int(u64) };
        fillPayload(run.payload[0..entry.size], entry.seed);
        const replaced = try run.tree.insertRow(rowid, run.payload[0..entry.size]);
        if (run.model.find(rowid)) |index| {
            try testing.expect(replaced);
            run.model.entries.items[index] = entry;
        } else {
            try testing.expect(!replaced);
            try run.model.entries.insert(run.model.lowerBound(rowid), entry);
        }
    }

    fn delete(run: *TableRun) !void {
        const items = run.model.entries.items;
        const rowid = if (items.len > 0 and run.random.uintLessThan(u8, 5) != 0)
            items[run.random.uintLessThan(usize, items.len)].rowid
        else
            run.random.intRangeAtMost(i64, -3000, 3000);
        const deleted = try run.tree.deleteRow(rowid);
        if (run.model.find(rowid)) |index| {
            try testing.expect(deleted);
            _ = run.model.entries.orderedRemove(index);
        } else {
            try testing.expect(!deleted);
        }
    }

    fn expectAt(run: *TableRun, cursor: *MemTree.Cursor, index: usize) !void {
        const entry = run.model.entries.items[index];
        try testing.expectEqual(entry.rowid, try cursor.rowid());
        try testing.expectEqual(entry.size, try cursor.payloadSizeBytes());
        fillPayload(run.payload[0..entry.size], entry.seed);
        if (try cursor.payloadInPage()) |in_page| {
            try testing.expectEqualSlices(u8, run.payload[0..entry.size], in_page);
        } else {
            try cursor.readPayload(run.read_buffer[0..entry.size]);
            try testing.expectEqualSlices(u8, run.payload[0..entry.size], run.read_buffer[0..entry.size]);
        }
    }

    /// A seek in a random mode, then a few steps in random directions, all against the model.
    fn seekAndWalk(run: *TableRun) !void {
        var cursor: MemTree.Cursor = undefined;
        cursor.init(&run.tree);
        defer cursor.deinit();
        const target = run.random.intRangeAtMost(i64, -3100, 3100) + run.next_rowid;
        const mode = run.random.enumValue(btree.SeekMode);
        const found = try cursor.seekRowid(target, mode);
        const items = run.model.entries.items;
        var position: ?usize = null;
        switch (mode) {
            .eq, .ge => {
                const index = run.model.lowerBound(target);
                if (index < items.len) position = index;
                const expected = if (mode == .eq) position != null and items[index].rowid == target else position != null;
                try testing.expectEqual(expected, found);
            },
            .le => {
                const index = run.model.lowerBound(target +| 1);
                if (index > 0) position = index - 1;
                try testing.expectEqual(position != null, found);
            },
        }
        try testing.expectEqual(position != null, cursor.isValid());
        try run.walk(&cursor, position);
    }

    fn walk(run: *TableRun, cursor: *MemTree.Cursor, start: ?usize) !void {
        var position = start;
        for (0..run.random.uintLessThan(u32, 8)) |_| {
            const index = position orelse return;
            try run.expectAt(cursor, index);
            if (run.random.boolean()) {
                const moved = try cursor.next();
                position = if (index + 1 < run.model.entries.items.len) index + 1 else null;
                try testing.expectEqual(position != null, moved);
            } else {
                const moved = try cursor.prev();
                position = if (index > 0) index - 1 else null;
                try testing.expectEqual(position != null, moved);
            }
        }
    }

    fn fullScan(run: *TableRun) !void {
        var cursor: MemTree.Cursor = undefined;
        cursor.init(&run.tree);
        defer cursor.deinit();
        var index: usize = 0;
        var more = try cursor.first();
        while (more) : (more = try cursor.next()) {
            try testing.expectEqual(run.model.entries.items[index].rowid, try cursor.rowid());
            index += 1;
        }
        try testing.expectEqual(run.model.entries.items.len, index);
        more = try cursor.last();
        while (more) : (more = try cursor.prev()) {
            index -= 1;
            try run.expectAt(&cursor, index);
        }
        try testing.expectEqual(@as(usize, 0), index);
    }

    /// Deletes some rows under a scanning cursor, as a DELETE ... WHERE loop does.
    fn deleteWhileScanning(run: *TableRun) !void {
        var cursor: MemTree.Cursor = undefined;
        cursor.init(&run.tree);
        defer cursor.deinit();
        const target = run.random.intRangeAtMost(i64, -3000, 3000) + run.next_rowid;
        if (!try cursor.seekRowid(target, .ge)) return;
        var index = run.model.lowerBound(target);
        for (0..run.random.uintLessThan(u32, 40)) |_| {
            try testing.expectEqual(run.model.entries.items[index].rowid, try cursor.rowid());
            if (run.random.boolean()) {
                try testing.expect(try run.tree.deleteRow(try cursor.rowid()));
                _ = run.model.entries.orderedRemove(index);
            } else {
                index += 1;
            }
            const moved = try cursor.next();
            try testing.expectEqual(index < run.model.entries.items.len, moved);
            if (!moved) return;
        }
    }

    fn step(run: *TableRun) !void {
        const roll = run.random.uintLessThan(u32, 1000);
        if (roll < 450) return run.insert();
        if (roll < 700) return run.delete();
        if (roll < 950) return run.seekAndWalk();
        if (roll < 960) return run.deleteWhileScanning();
        if (roll < 965) return run.fullScan();
        if (roll == 999 and run.random.uintLessThan(u8, 4) == 0) {
            try run.tree.clear();
            run.model.entries.clearRetainingCapacity();
        }
    }
};

pub fn runTableModel(seed: u64, page_size_bytes: u32, operations: u32) !void {
    var prng = std.Random.DefaultPrng.init(seed);
    var pages = MemPages.init(testing.allocator, page_size_bytes);
    defer pages.deinit();
    const payload = try testing.allocator.alloc(u8, 64 * 1024);
    defer testing.allocator.free(payload);
    const read_buffer = try testing.allocator.alloc(u8, 64 * 1024);
    defer testing.allocator.free(read_buffer);
    var run = TableRun{
        .random = prng.random(),
        .pages = &pages,
        .tree = MemTree.Tree.open(&pages, testing.allocator, try MemTree.Tree.create(&pages, .table), .table),
        .model = .{ .entries = std.ArrayList(TableEntry).init(testing.allocator) },
        .payload = payload,
        .read_buffer = read_buffer,
        .pattern = prng.random().enumValue(@TypeOf(@as(TableRun, undefined).pattern)),
    };
    defer run.model.entries.deinit();
    defer run.tree.close();
    var depth_max_seen: u32 = 0;
    for (0..operations) |operation| {
        try run.step();
        if (operation % check_interval == check_interval - 1) {
            const stats = try checkAccounting(&pages, run.tree.root_page_no, .table);
            depth_max_seen = @max(depth_max_seen, stats.depth);
            try run.fullScan();
        }
        if (operation == operations / 2) try dropAndRecreate(&run);
    }
    try run.fullScan();
    _ = try checkAccounting(&pages, run.tree.root_page_no, .table);
    // Small pages must have grown a real tree, or the run proved little about splits.
    try testing.expect(depth_max_seen >= @as(u32, if (page_size_bytes <= 512) 3 else 2));
    try deleteAllTable(&run);
}

/// Drops the tree (every page freed) and recreates it with the model's rows.
fn dropAndRecreate(run: *TableRun) !void {
    try run.tree.drop();
    try testing.expectEqual(@as(u32, 0), run.pages.inUsePageCount());
    run.tree.close();
    run.tree = MemTree.Tree.open(run.pages, testing.allocator, try MemTree.Tree.create(run.pages, .table), .table);
    for (run.model.entries.items) |entry| {
        fillPayload(run.payload[0..entry.size], entry.seed);
        try testing.expect(!try run.tree.insertRow(entry.rowid, run.payload[0..entry.size]));
    }
}

fn deleteAllTable(run: *TableRun) !void {
    run.random.shuffle(TableEntry, run.model.entries.items);
    for (run.model.entries.items) |entry| try testing.expect(try run.tree.deleteRow(entry.rowid));
    const stats = try checkAccounting(run.pages, run.tree.root_page_no, .table);
    try testing.expectEqual(@as(u64, 0), stats.entry_count);
    try testing.expectEqual(@as(u32, 1), stats.depth);
    try testing.expectEqual(@as(u32, 1), run.pages.inUsePageCount());
}

test "btree model: table trees against a sorted model (512 B, 1 KiB, 4 KiB pages)" {
    const base_seed: u64 = 0x7ab1e;
    const page_sizes = [_]u32{ 512, 1024, 4096, 512 };
    for (page_sizes, 0..) |page_size, run_index| {
        const seed = base_seed + run_index;
        runTableModel(seed, page_size, model_operations) catch |err| {
            std.debug.print("table model failed: seed 0x{x} page size {d}\n", .{ seed, page_size });
            return err;
        };
    }
}

// ---------------------------------------------------------------------------------------------
// Index trees

const IndexModel = struct {
    keys: std.ArrayList([]u8),

    fn deinit(model: *IndexModel) void {
        for (model.keys.items) |key| testing.allocator.free(key);
        model.keys.deinit();
    }

    /// First key whose prefix compares >= target (> when strict).
    fn bound(model: *const IndexModel, target: []const u8, strict: bool) usize {
        var low: usize = 0;
        var high: usize = model.keys.items.len;
        while (low < high) {
            const middle = low + (high - low) / 2;
            const order = btree.comparePrefix(model.keys.items[middle], target);
            if (order == .lt or (strict and order == .eq)) low = middle + 1 else high = middle;
        }
        return low;
    }
};

const IndexRun = struct {
    random: std.Random,
    pages: *MemPages,
    tree: MemTree.Tree,
    model: IndexModel,
    descending: [2]bool,
    text_length_max: u32,

    fn randomValues(run: *IndexRun, text: *[512]u8, values: *[2]Value) void {
        values[0] = switch (run.random.uintLessThan(u8, 6)) {
            0 => .null,
            1 => .{ .real = @as(f64, @floatFromInt(run.random.intRangeAtMost(i32, -50, 50))) / 4 },
            else => .{ .integer = run.random.intRangeAtMost(i64, -60, 60) },
        };
        const length = run.random.uintAtMost(u32, run.text_length_max);
        for (text[0..length]) |*byte| byte.* = "ab\x00z"[run.random.uintLessThan(usize, 4)];
        values[1] = if (run.random.boolean()) .{ .text = text[0..length] } else .{ .blob = text[0..length] };
    }

    fn randomKey(run: *IndexRun, buffer: []u8) []u8 {
        var text: [512]u8 = undefined;
        var values: [2]Value = undefined;
        run.randomValues(&text, &values);
        const rowid = run.random.intRangeAtMost(i64, -5, 5);
        return buffer[0..key_codec.encode(&values, &run.descending, rowid, buffer)];
    }

    fn insert(run: *IndexRun) !void {
        var buffer: [1024]u8 = undefined;
        const key = run.randomKey(&buffer);
        if (key.len > run.tree.layout.index_key_size_bytes_max) {
            return testing.expectError(error.TooBig, run.tree.insertKey(key));
        }
        const inserted = try run.tree.insertKey(key);
        const index = run.model.bound(key, false);
        const exists = index < run.model.keys.items.len and std.mem.eql(u8, run.model.keys.items[index], key);
        try testing.expectEqual(!exists, inserted);
        if (!exists) try run.model.keys.insert(index, try testing.allocator.dupe(u8, key));
    }

    fn delete(run: *IndexRun) !void {
        var buffer: [1024]u8 = undefined;
        const items = run.model.keys.items;
        const key = if (items.len > 0 and run.random.uintLessThan(u8, 5) != 0)
            try testing.allocator.dupe(u8, items[run.random.uintLessThan(usize, items.len)])
        else
            try testing.allocator.dupe(u8, run.randomKey(&buffer));
        defer testing.allocator.free(key);
        const deleted = try run.tree.deleteKey(key);
        const index = run.model.bound(key, false);
        const exists = index < run.model.keys.items.len and std.mem.eql(u8, run.model.keys.items[index], key);
        try testing.expectEqual(exists, deleted);
        if (exists) testing.allocator.free(run.model.keys.orderedRemove(index));
    }

    /// Seeks by a full key or a one-column prefix in a random mode, then walks.
    fn seekAndWalk(run: *IndexRun) !void {
        var buffer: [1024]u8 = undefined;
        var text: [512]u8 = undefined;
        var values: [2]Value = undefined;
        run.randomValues(&text, &values);
        const target = if (run.random.boolean())
            buffer[0..key_codec.encode(values[0..1], run.descending[0..1], null, &buffer)]
        else
            run.randomKey(&buffer);
        var cursor: MemTree.Cursor = undefined;
        cursor.init(&run.tree);
        defer cursor.deinit();
        const mode = run.random.enumValue(btree.SeekMode);
        const found = try cursor.seekKey(target, mode);
        const items = run.model.keys.items;
        var position: ?usize = null;
        if (mode == .le) {
            const index = run.model.bound(target, true);
            if (index > 0) position = index - 1;
            try testing.expectEqual(position != null, found);
        } else {
            const index = run.model.bound(target, false);
            if (index < items.len) position = index;
            const equal = position != null and btree.comparePrefix(items[index], target) == .eq;
            try testing.expectEqual(if (mode == .eq) equal else position != null, found);
        }
        for (0..run.random.uintLessThan(u32, 8)) |_| {
            const index = position orelse return;
            try testing.expectEqualSlices(u8, run.model.keys.items[index], try cursor.key());
            try testing.expectEqual(try key_codec.rowidOf(run.model.keys.items[index]), try cursor.rowid());
            const forward = run.random.boolean();
            const moved = if (forward) try cursor.next() else try cursor.prev();
            position = if (forward) (if (index + 1 < items.len) index + 1 else null) else (if (index > 0) index - 1 else null);
            try testing.expectEqual(position != null, moved);
        }
    }

    /// Deletes some keys under a scanning cursor (the key is copied first: deleting it
    /// invalidates the cursor's zero-copy view).
    fn deleteWhileScanning(run: *IndexRun) !void {
        var cursor: MemTree.Cursor = undefined;
        cursor.init(&run.tree);
        defer cursor.deinit();
        var buffer: [1024]u8 = undefined;
        const target = run.randomKey(&buffer);
        if (!try cursor.seekKey(target, .ge)) return;
        var index = run.model.bound(target, false);
        for (0..run.random.uintLessThan(u32, 40)) |_| {
            var current: [1024]u8 = undefined;
            const key = try cursor.key();
            @memcpy(current[0..key.len], key);
            try testing.expectEqualSlices(u8, run.model.keys.items[index], current[0..key.len]);
            if (run.random.boolean()) {
                try testing.expect(try run.tree.deleteKey(current[0..key.len]));
                testing.allocator.free(run.model.keys.orderedRemove(index));
            } else {
                index += 1;
            }
            const moved = try cursor.next();
            try testing.expectEqual(index < run.model.keys.items.len, moved);
            if (!moved) return;
        }
    }

    fn clear(run: *IndexRun) !void {
        try run.tree.clear();
        for (run.model.keys.items) |key| testing.allocator.free(key);
        run.model.keys.clearRetainingCapacity();
    }

    fn fullScan(run: *IndexRun) !void {
        var cursor: MemTree.Cursor = undefined;
        cursor.init(&run.tree);
        defer cursor.deinit();
        var index: usize = 0;
        var more = try cursor.first();
        while (more) : (more = try cursor.next()) {
            try testing.expectEqualSlices(u8, run.model.keys.items[index], try cursor.key());
            index += 1;
        }
        try testing.expectEqual(run.model.keys.items.len, index);
        more = try cursor.last();
        while (more) : (more = try cursor.prev()) index -= 1;
        try testing.expectEqual(@as(usize, 0), index);
    }
};

pub fn runIndexModel(seed: u64, page_size_bytes: u32, operations: u32) !void {
    var prng = std.Random.DefaultPrng.init(seed);
    const random = prng.random();
    var pages = MemPages.init(testing.allocator, page_size_bytes);
    defer pages.deinit();
    const root = try MemTree.Tree.create(&pages, .index);
    var run = IndexRun{
        .random = random,
        .pages = &pages,
        .tree = MemTree.Tree.open(&pages, testing.allocator, root, .index),
        .model = .{ .keys = std.ArrayList([]u8).init(testing.allocator) },
        .descending = .{ random.boolean(), random.boolean() },
        .text_length_max = if (page_size_bytes <= 512) 60 else if (page_size_bytes <= 4096) 90 else 400,
    };
    defer run.model.deinit();
    defer run.tree.close();
    var depth_max_seen: u32 = 0;
    for (0..operations) |operation| {
        const roll = random.uintLessThan(u32, 1000);
        if (roll < 500) {
            try run.insert();
        } else if (roll < 740) {
            try run.delete();
        } else if (roll < 980) {
            try run.seekAndWalk();
        } else if (roll < 999) {
            try run.deleteWhileScanning();
        } else if (operation > operations / 2) {
            try run.clear();
        }
        if (operation % check_interval == check_interval - 1) {
            const stats = try checkAccounting(&pages, root, .index);
            depth_max_seen = @max(depth_max_seen, stats.depth);
            try run.fullScan();
        }
    }
    try testing.expect(depth_max_seen >= @as(u32, if (page_size_bytes <= 512) 3 else 2));
    try run.fullScan();
    random.shuffle([]u8, run.model.keys.items);
    for (run.model.keys.items) |key| try testing.expect(try run.tree.deleteKey(key));
    const stats = try checkAccounting(&pages, root, .index);
    try testing.expectEqual(@as(u64, 0), stats.entry_count);
    try testing.expectEqual(@as(u32, 1), pages.inUsePageCount());
}

test "btree model: index trees against a sorted model (512 B, 1 KiB, 4 KiB pages)" {
    const base_seed: u64 = 0x1de5;
    const page_sizes = [_]u32{ 512, 1024, 4096 };
    for (page_sizes, 0..) |page_size, run_index| {
        const seed = base_seed + run_index;
        runIndexModel(seed, page_size, model_operations) catch |err| {
            std.debug.print("index model failed: seed 0x{x} page size {d}\n", .{ seed, page_size });
            return err;
        };
    }
}

// ---------------------------------------------------------------------------------------------
// Focused properties

test "btree: a 16 MiB value through overflow pages; larger payloads are TooBig" {
    var pages = MemPages.init(testing.allocator, 4096);
    defer pages.deinit();
    var tree = MemTree.Tree.open(&pages, testing.allocator, try MemTree.Tree.create(&pages, .table), .table);
    defer tree.close();
    const value = try testing.allocator.alloc(u8, record.value_size_bytes_max);
    defer testing.allocator.free(value);
    fillPayload(value, 16);
    const payload = try testing.allocator.alloc(u8, try record.encodedSizeBytes(&.{.{ .blob = value }}));
    defer testing.allocator.free(payload);
    _ = record.encode(&.{.{ .blob = value }}, payload);
    _ = try tree.insertRow(1, payload);
    _ = try tree.insertRow(2, "small");
    var cursor: MemTree.Cursor = undefined;
    cursor.init(&tree);
    defer cursor.deinit();
    try testing.expect(try cursor.seekRowid(1, .eq));
    try testing.expect(try cursor.payloadInPage() == null);
    const copy = try testing.allocator.alloc(u8, try cursor.payloadSizeBytes());
    defer testing.allocator.free(copy);
    try cursor.readPayload(copy);
    const decoded = try (try record.Record.parse(copy)).column(0);
    try testing.expectEqualSlices(u8, value, decoded.blob);
    cursor.deinit();
    cursor.init(&tree);
    const stats = try checkAccounting(&pages, tree.root_page_no, .table);
    try testing.expect(stats.overflow_count >= record.value_size_bytes_max / 4096);
    try testing.expect(try tree.insertRow(1, "replaced")); // Frees the chain.
    try testing.expect(pages.inUsePageCount() <= 2);
    // Sizes are checked before any byte is read, so a slice claiming to be longer than the
    // limit (over a small buffer) is enough and spares allocating 64 MiB.
    var small: [64 * 1024]u8 = undefined;
    const too_big = @as([*]const u8, &small)[0 .. record.record_size_bytes_max + 1];
    try testing.expectError(error.TooBig, tree.insertRow(3, too_big));
    var index = MemTree.Tree.open(&pages, testing.allocator, try MemTree.Tree.create(&pages, .index), .index);
    defer index.close();
    try testing.expectError(error.TooBig, index.insertKey(too_big[0 .. index.layout.index_key_size_bytes_max + 1]));
    try testing.expect(try index.insertKey(too_big[0..index.layout.index_key_size_bytes_max]));
}

test "btree: insert N, delete all, insert N again does not grow the file" {
    var pages = MemPages.init(testing.allocator, 1024);
    defer pages.deinit();
    var tree = MemTree.Tree.open(&pages, testing.allocator, try MemTree.Tree.create(&pages, .table), .table);
    defer tree.close();
    var payload: [300]u8 = undefined;
    fillPayload(&payload, 3);
    var page_count_after_first: u32 = 0;
    for (0..3) |round| {
        for (0..2000) |rowid| _ = try tree.insertRow(@intCast((rowid * 7919) % 2000), payload[0 .. rowid % 300]);
        if (round == 0) page_count_after_first = pages.pageCount();
        try testing.expectEqual(page_count_after_first, pages.pageCount());
        for (0..2000) |rowid| try testing.expect(try tree.deleteRow(@intCast(rowid)));
        try testing.expectEqual(@as(u32, 1), pages.inUsePageCount());
    }
}

test "btree: sequential inserts fill leaves (append splits at the end)" {
    var pages = MemPages.init(testing.allocator, 4096);
    defer pages.deinit();
    var tree = MemTree.Tree.open(&pages, testing.allocator, try MemTree.Tree.create(&pages, .table), .table);
    defer tree.close();
    const payload = [_]u8{7} ** 20;
    const rows: u32 = 20_000;
    for (0..rows) |rowid| _ = try tree.insertRow(@intCast(rowid), &payload);
    const stats = try checkAccounting(&pages, tree.root_page_no, .table);
    const cell_bytes = node_format.tableLeafCellSize(tree.layout, rows, payload.len) + node_format.slot_size_bytes;
    const leaves_min = rows * cell_bytes / tree.layout.capacity_bytes + 1;
    // At least 95% full on average (a 50/50 split would give about 50%).
    try testing.expect(stats.leaf_count * 95 <= leaves_min * 100 + 100);
    try testing.expect(stats.depth <= 3);
}

test "btree: random index inserts share leaves with a sibling and keep separators short" {
    // The benchmark's shape: a UNIQUE 64-hex-character text key inserted in random order. Halving
    // each overflowing leaf left them 69% full with 84-byte separators (a level deeper than
    // SQLite's tree); spreading with a sibling and cutting separators short must do better.
    var pages = MemPages.init(testing.allocator, 4096);
    defer pages.deinit();
    var tree = MemTree.Tree.open(&pages, testing.allocator, try MemTree.Tree.create(&pages, .index), .index);
    defer tree.close();
    var prng = std.Random.DefaultPrng.init(0x5eed_f111);
    const rows: u32 = 20_000;
    var key: [128]u8 = undefined;
    var text: [64]u8 = undefined;
    for (0..rows) |row| {
        for (&text) |*c| c.* = "0123456789abcdef"[prng.random().uintLessThan(u8, 16)];
        const values = [_]Value{.{ .text = &text }};
        const size = key_codec.encode(&values, &.{false}, @intCast(row), &key);
        try testing.expect(try tree.insertKey(key[0..size]));
    }
    const stats = try checkAccounting(&pages, tree.root_page_no, .index);
    try testing.expectEqual(@as(u64, rows), stats.entry_count);
    const cell_bytes = node_format.indexLeafCellSize(1 + 64 + 2 + key_codec.rowid_size_bytes) + node_format.slot_size_bytes;
    const leaves_full = rows * cell_bytes / tree.layout.capacity_bytes + 1;
    // At least 78% full on average (halving alone gave 69%).
    try testing.expect(stats.leaf_count * 78 <= leaves_full * 100);
    // Full-key separators needed about 11 interior pages here; short ones fit in 1-3.
    try testing.expect(stats.interior_count <= 3);
    try testing.expect(stats.depth <= 3);
}

test "btree: seeks find keys whose separator is exactly a whole column prefix" {
    // Integers 2^62 + i differ only in the last byte of their 10-byte body, so the short
    // separator between two neighbours can be the second one's complete column encoding: a
    // prefix seek for it goes left and must still find the key at the start of the next leaf.
    var pages = MemPages.init(testing.allocator, 512);
    defer pages.deinit();
    var tree = MemTree.Tree.open(&pages, testing.allocator, try MemTree.Tree.create(&pages, .index), .index);
    defer tree.close();
    const base: i64 = 1 << 62;
    const count: u32 = 3000;
    var order: [count]u32 = undefined;
    for (&order, 0..) |*o, i| o.* = @intCast(i);
    var prng = std.Random.DefaultPrng.init(0x5e9a);
    prng.random().shuffle(u32, &order);
    var key: [64]u8 = undefined;
    for (order) |i| {
        const values = [_]Value{.{ .integer = base + i }};
        const size = key_codec.encode(&values, &.{false}, @intCast(i), &key);
        try testing.expect(try tree.insertKey(key[0..size]));
    }
    _ = try checkAccounting(&pages, tree.root_page_no, .index);
    var cursor: MemTree.Cursor = undefined;
    cursor.init(&tree);
    defer cursor.deinit();
    for (0..count) |i| {
        const values = [_]Value{.{ .integer = base + @as(i64, @intCast(i)) }};
        const size = key_codec.encode(&values, &.{false}, null, &key);
        try testing.expect(try cursor.seekKey(key[0..size], .eq));
        try testing.expectEqual(@as(i64, @intCast(i)), try cursor.rowid());
        try testing.expect(try cursor.seekKey(key[0..size], .ge));
        try testing.expectEqual(@as(i64, @intCast(i)), try cursor.rowid());
        try testing.expect(try cursor.seekKey(key[0..size], .le));
        try testing.expectEqual(@as(i64, @intCast(i)), try cursor.rowid());
        const unique = try tree.insertKeyUnique(blk: {
            const full = key_codec.encode(&values, &.{false}, 1 << 40, &key);
            break :blk key[0..full];
        }, size);
        try testing.expectEqual(@as(i64, @intCast(i)), unique.conflict_rowid);
    }
}

test "btree: comparePrefix's word fast path agrees with a byte-by-byte comparison" {
    var prng = std.Random.DefaultPrng.init(0x5e9c);
    const random = prng.random();
    var a: [20]u8 = undefined;
    var b: [20]u8 = undefined;
    for (0..50_000) |_| {
        const a_len = random.uintAtMost(usize, a.len);
        const b_len = random.uintAtMost(usize, b.len);
        for (a[0..a_len]) |*c| c.* = random.uintLessThan(u8, 3) * 0x7f; // 0x00, 0x7f, 0xfe
        for (b[0..b_len]) |*c| c.* = random.uintLessThan(u8, 3) * 0x7f;
        if (random.boolean()) @memcpy(b[0..@min(a_len, b_len)], a[0..@min(a_len, b_len)]);
        const stored = a[0..a_len];
        const target = b[0..b_len];
        // The reference: a stored key that extends the target counts as equal.
        const common = @min(stored.len, target.len);
        var expected = std.mem.order(u8, stored[0..common], target[0..common]);
        if (expected == .eq and stored.len < target.len) expected = .lt;
        try testing.expectEqual(expected, btree.comparePrefix(stored, target));
    }
}

test "btree: shortestSeparator lies between its keys and is no longer than needed" {
    var prng = std.Random.DefaultPrng.init(0x5e9b);
    const random = prng.random();
    var a: [24]u8 = undefined;
    var b: [24]u8 = undefined;
    for (0..20_000) |_| {
        const a_len = random.uintAtMost(usize, a.len);
        const b_len = random.uintAtMost(usize, b.len);
        // Few distinct bytes, so shared prefixes and prefix pairs are common.
        for (a[0..a_len]) |*c| c.* = random.uintLessThan(u8, 3);
        for (b[0..b_len]) |*c| c.* = random.uintLessThan(u8, 3);
        const order = std.mem.order(u8, a[0..a_len], b[0..b_len]);
        if (order == .eq) continue;
        const last = if (order == .lt) a[0..a_len] else b[0..b_len];
        const next = if (order == .lt) b[0..b_len] else a[0..a_len];
        const separator = btree.shortestSeparator(last, next);
        try testing.expect(std.mem.order(u8, last, separator) != .gt);
        try testing.expect(std.mem.order(u8, separator, next) == .lt);
        // Either a prefix of `next` one byte past the shared prefix, or `last` when that
        // prefix would be all of `next`.
        const shared = std.mem.indexOfDiff(u8, last, next).?;
        if (shared + 1 < next.len) {
            try testing.expectEqual(shared + 1, separator.len);
        } else {
            try testing.expectEqualSlices(u8, last, separator);
        }
    }
}

test "btree: a cursor survives inserts and deletes by re-seeking" {
    var pages = MemPages.init(testing.allocator, 512);
    defer pages.deinit();
    var tree = MemTree.Tree.open(&pages, testing.allocator, try MemTree.Tree.create(&pages, .table), .table);
    defer tree.close();
    for (0..300) |rowid| _ = try tree.insertRow(@intCast(rowid * 10), "row");
    var cursor: MemTree.Cursor = undefined;
    cursor.init(&tree);
    defer cursor.deinit();
    try testing.expect(try cursor.seekRowid(1000, .eq));
    for (0..300) |rowid| _ = try tree.insertRow(@intCast(rowid * 10 + 5), "new row, longer to force splits");
    try testing.expectEqual(@as(i64, 1000), try cursor.rowid());
    try testing.expect(try cursor.next());
    try testing.expectEqual(@as(i64, 1005), try cursor.rowid());
    try testing.expect(try tree.deleteRow(1005));
    try testing.expect(try tree.deleteRow(1010));
    try testing.expect(try cursor.next());
    try testing.expectEqual(@as(i64, 1015), try cursor.rowid());
    try testing.expect(try tree.deleteRow(1015));
    try testing.expect(try cursor.prev());
    try testing.expectEqual(@as(i64, 1000), try cursor.rowid());
}

test "btree: index-table agreement check finds a missing entry" {
    var pages = MemPages.init(testing.allocator, 1024);
    defer pages.deinit();
    var table = MemTree.Tree.open(&pages, testing.allocator, try MemTree.Tree.create(&pages, .table), .table);
    defer table.close();
    var index = MemTree.Tree.open(&pages, testing.allocator, try MemTree.Tree.create(&pages, .index), .index);
    defer index.close();
    const Builder = struct {
        pub fn buildKey(_: @This(), rowid: i64, payload: []const u8, out: *std.ArrayList(u8)) !bool {
            const value = try (try record.Record.parse(payload)).column(0);
            try out.resize(key_codec.encodedSizeBytes(&.{value}, true));
            _ = key_codec.encode(&.{value}, &.{false}, rowid, out.items);
            return true;
        }
    };
    var row: [32]u8 = undefined;
    var key: [64]u8 = undefined;
    for (0..500) |rowid| {
        const value = Value{ .integer = @intCast(rowid % 37) };
        _ = try table.insertRow(@intCast(rowid), row[0..record.encode(&.{value}, &row)]);
        _ = try index.insertKey(key[0..key_codec.encode(&.{value}, &.{false}, @intCast(rowid), &key)]);
    }
    try Checker.checkIndexAgainstTable(&pages, testing.allocator, table.root_page_no, index.root_page_no, Builder{});
    const value = Value{ .integer = 123 % 37 };
    try testing.expect(try index.deleteKey(key[0..key_codec.encode(&.{value}, &.{false}, 123, &key)]));
    try testing.expectError(
        error.Corrupt,
        Checker.checkIndexAgainstTable(&pages, testing.allocator, table.root_page_no, index.root_page_no, Builder{}),
    );
    try pages.expectNoPins();
}

test "btree fuzz: damaged pages give errors, never crashes or leaked pins" {
    const seed: u64 = 0xdead_0b7e;
    var prng = std.Random.DefaultPrng.init(seed);
    const random = prng.random();
    for (0..fuzz_rounds) |round| {
        fuzzOnce(random) catch |err| {
            std.debug.print("btree fuzz failed: seed 0x{x} round {d}\n", .{ seed, round });
            return err;
        };
    }
}

/// Rounds of the damaged-tree fuzz test in `zig build test`.
pub const fuzz_rounds: u32 = 60;

pub fn fuzzOnce(random: std.Random) !void {
    var pages = MemPages.init(testing.allocator, 512);
    defer pages.deinit();
    var tree = MemTree.Tree.open(&pages, testing.allocator, try MemTree.Tree.create(&pages, .table), .table);
    defer tree.close();
    var payload: [2000]u8 = undefined;
    random.bytes(&payload);
    for (0..random.uintLessThan(u32, 300)) |_| {
        _ = try tree.insertRow(random.intRangeAtMost(i64, 0, 1000), payload[0 .. randomPayloadSize(random) % 2000]);
    }
    for (0..1 + random.uintLessThan(u32, 4)) |_| {
        const page_no = 2 + random.uintLessThan(u32, pages.pageCount() - 2);
        if (!pages.isInUse(page_no)) continue;
        const ref = try pages.getMut(page_no);
        defer pages.release(ref);
        var size: u32 = @intCast(ref.bytes.len);
        record.mutate(random, ref.bytes, &size);
    }
    try readEverything(&pages, &tree);
    try pages.expectNoPins();
    try writeDamaged(random, &tree, &payload);
    try pages.expectNoPins();
}

/// Writes into a damaged tree: each change either works or reports Corrupt (the transaction
/// would then roll back); nothing may crash, leak a pin or free a pinned page.
fn writeDamaged(random: std.Random, tree: *MemTree.Tree, payload: []const u8) !void {
    for (0..50) |_| {
        const rowid = random.intRangeAtMost(i64, 0, 1000);
        const result = if (random.boolean())
            tree.insertRow(rowid, payload[0 .. randomPayloadSize(random) % payload.len])
        else
            tree.deleteRow(rowid);
        _ = result catch |err| return testing.expect(err == error.Corrupt);
    }
    tree.clear() catch |err| return testing.expect(err == error.Corrupt);
}

fn readEverything(pages: *MemPages, tree: *MemTree.Tree) !void {
    var used = try std.DynamicBitSetUnmanaged.initEmpty(testing.allocator, pages.pageCount());
    defer used.deinit(testing.allocator);
    _ = Checker.checkTree(pages, testing.allocator, tree.root_page_no, .table, &used) catch |err| {
        try testing.expect(err == error.Corrupt);
    };
    var cursor: MemTree.Cursor = undefined;
    cursor.init(tree);
    defer cursor.deinit();
    var buffer: [64 * 1024]u8 = undefined;
    var steps: u32 = 0;
    var more = cursor.first() catch |err| return testing.expect(err == error.Corrupt);
    while (more and steps < 10_000) : (steps += 1) {
        const size = cursor.payloadSizeBytes() catch |err| return testing.expect(err == error.Corrupt);
        if (size <= buffer.len) {
            cursor.readPayload(buffer[0..size]) catch |err| try testing.expect(err == error.Corrupt);
        }
        more = cursor.next() catch |err| return testing.expect(err == error.Corrupt);
    }
    for (0..50) |target| {
        _ = cursor.seekRowid(@intCast(target * 20), .le) catch |err| try testing.expect(err == error.Corrupt);
    }
}

// ---------------------------------------------------------------------------------------------
// On the real pager

const pager = @import("pager.zig");

fn pagerTreePages(read: *pager.ReadTxn, roots: []const u32, kinds: []const btree.TreeKind) !std.DynamicBitSetUnmanaged {
    const PagerChecker = check.CheckType(pager.ReadTxn);
    var used = try std.DynamicBitSetUnmanaged.initEmpty(testing.allocator, @as(usize, read.pageCount()) + 1);
    errdefer used.deinit(testing.allocator);
    for (roots, kinds) |root, kind| _ = try PagerChecker.checkTree(read, testing.allocator, root, kind, &used);
    return used;
}

test "btree on the pager: write, commit, read in a snapshot, account for every page" {
    const db = try pager.Database.openMemory(testing.allocator, .{
        .page_size_bytes = 1024,
        .cache_size_bytes_max = 256 * 1024,
        .busy_timeout_ms = 50,
    });
    defer db.close();
    const WriteTree = btree.BTreeType(pager.WriteTxn);
    const ReadTree = btree.BTreeType(pager.ReadTxn);
    var write = try db.beginWrite();
    const table_root = try WriteTree.Tree.create(&write, .table);
    const index_root = try WriteTree.Tree.create(&write, .index);
    var table = WriteTree.Tree.open(&write, testing.allocator, table_root, .table);
    var index = WriteTree.Tree.open(&write, testing.allocator, index_root, .index);
    var payload: [3000]u8 = undefined;
    var key: [64]u8 = undefined;
    for (0..1500) |row| {
        fillPayload(payload[0 .. row % 3000], row);
        _ = try table.insertRow(@intCast(row), payload[0 .. row % 3000]);
        const value = Value{ .integer = @intCast(row % 100) };
        _ = try index.insertKey(key[0..key_codec.encode(&.{value}, &.{true}, @intCast(row), &key)]);
    }
    table.close();
    index.close();
    try write.commit();

    var read = try db.beginRead();
    defer read.end();
    var read_table = ReadTree.Tree.open(&read, testing.allocator, table_root, .table);
    defer read_table.close();
    var cursor: ReadTree.Cursor = undefined;
    cursor.init(&read_table);
    var rows: u32 = 0;
    var more = try cursor.first();
    while (more) : (more = try cursor.next()) {
        const size = try cursor.payloadSizeBytes();
        try cursor.readPayload(payload[0..size]);
        var expected: [3000]u8 = undefined;
        fillPayload(expected[0..size], rows);
        try testing.expectEqualSlices(u8, expected[0..size], payload[0..size]);
        rows += 1;
    }
    cursor.deinit();
    try testing.expectEqual(@as(u32, 1500), rows);
    var used = try pagerTreePages(&read, &.{ table_root, index_root }, &.{ .table, .index });
    defer used.deinit(testing.allocator);
    try read.checkIntegrity(testing.allocator, &used);
}

test "btree: insertKeyUnique reports the conflicting rowid" {
    var pages = MemPages.init(testing.allocator, 1024);
    defer pages.deinit();
    var index = MemTree.Tree.open(&pages, testing.allocator, try MemTree.Tree.create(&pages, .index), .index);
    defer index.close();
    var key: [64]u8 = undefined;
    for (0..400) |row| {
        const values = [_]Value{.{ .text = if (row % 2 == 0) "even" else "odd" }};
        const prefix_len = key_codec.encodedSizeBytes(&values, false);
        const size = key_codec.encode(&values, &.{false}, @intCast(row), &key);
        const result = try index.insertKeyUnique(key[0..size], prefix_len);
        if (row < 2) {
            try testing.expect(result == .inserted);
        } else {
            try testing.expectEqual(@as(i64, @intCast(row % 2)), result.conflict_rowid);
        }
        const values_unique = [_]Value{.{ .integer = @intCast(row + 1000) }};
        const unique_size = key_codec.encode(&values_unique, &.{false}, @intCast(row), &key);
        const unique_prefix = key_codec.encodedSizeBytes(&values_unique, false);
        try testing.expect(try index.insertKeyUnique(key[0..unique_size], unique_prefix) == .inserted);
    }
    const stats = try checkAccounting(&pages, index.root_page_no, .index);
    try testing.expectEqual(@as(u64, 402), stats.entry_count);
}

const ConcurrentScan = struct {
    db: *pager.Database,
    root: u32,
    scans: u32 = 0,
    failure: ?anyerror = null,

    /// Scans snapshots repeatedly: each must hold rows 0..n-1 with n a multiple of the batch.
    fn readerMain(scan: *ConcurrentScan) void {
        scan.readLoop() catch |err| {
            scan.failure = err;
        };
    }

    fn readLoop(scan: *ConcurrentScan) !void {
        const ReadTree = btree.BTreeType(pager.ReadTxn);
        for (0..30) |_| {
            var read = try scan.db.beginRead();
            defer read.end();
            var tree = ReadTree.Tree.open(&read, testing.allocator, scan.root, .table);
            defer tree.close();
            var cursor: ReadTree.Cursor = undefined;
            cursor.init(&tree);
            defer cursor.deinit();
            var rows: i64 = 0;
            var more = try cursor.first();
            while (more) : (more = try cursor.next()) {
                if (try cursor.rowid() != rows) return error.TestUnexpectedResult;
                const payload = (try cursor.payloadInPage()) orelse return error.TestUnexpectedResult;
                if (std.mem.readInt(i64, payload[0..8], .little) != rows) return error.TestUnexpectedResult;
                rows += 1;
            }
            if (@mod(rows, concurrent_batch_rows) != 0) return error.TestUnexpectedResult;
            scan.scans += 1;
        }
    }
};

const concurrent_batch_rows: i64 = 200;

test "btree on the pager: readers on other threads scan consistent snapshots during commits" {
    const db = try pager.Database.openMemory(testing.allocator, .{
        .page_size_bytes = 512,
        .cache_size_bytes_max = 512 * 1024,
        .busy_timeout_ms = 1000,
    });
    defer db.close();
    const WriteTree = btree.BTreeType(pager.WriteTxn);
    var write = try db.beginWrite();
    const root = try WriteTree.Tree.create(&write, .table);
    try write.commit();
    var scans = [_]ConcurrentScan{ .{ .db = db, .root = root }, .{ .db = db, .root = root } };
    var threads: [2]std.Thread = undefined;
    for (&threads, &scans) |*thread, *scan| thread.* = try std.Thread.spawn(.{}, ConcurrentScan.readerMain, .{scan});
    var next_rowid: i64 = 0;
    for (0..10) |_| {
        var batch = try db.beginWrite();
        var tree = WriteTree.Tree.open(&batch, testing.allocator, root, .table);
        for (0..concurrent_batch_rows) |_| {
            var payload: [24]u8 = undefined;
            std.mem.writeInt(i64, payload[0..8], next_rowid, .little);
            _ = try tree.insertRow(next_rowid, &payload);
            next_rowid += 1;
        }
        tree.close();
        try batch.commit();
    }
    for (threads) |thread| thread.join();
    for (scans) |scan| {
        if (scan.failure) |err| return err;
        try testing.expectEqual(@as(u32, 30), scan.scans);
    }
}

test "btree: a change through one handle saves the cursors of another handle on a shared registry" {
    var pages = MemPages.init(testing.allocator, 512);
    defer pages.deinit();
    const root = try MemTree.Tree.create(&pages, .table);
    var registry = MemTree.CursorRegistry{};
    var reader = MemTree.Tree.openShared(&pages, testing.allocator, root, .table, &registry);
    defer reader.close();
    var writer = MemTree.Tree.openShared(&pages, testing.allocator, root, .table, &registry);
    defer writer.close();
    var other = MemTree.Tree.openShared(&pages, testing.allocator, try MemTree.Tree.create(&pages, .table), .table, &registry);
    defer other.close();
    for (0..2000) |rowid| _ = try writer.insertRow(@intCast(rowid), "some payload bytes");
    var cursor: MemTree.Cursor = undefined;
    cursor.init(&reader);
    defer cursor.deinit();
    var other_cursor: MemTree.Cursor = undefined;
    other_cursor.init(&other);
    defer other_cursor.deinit();
    try testing.expect(try cursor.seekRowid(1500, .eq));
    try testing.expect(!try other_cursor.first());
    // Deleting almost everything merges and frees the page the cursor had pinned: MemPages
    // would panic on freeing a pinned page if the reader's cursor had not been saved.
    for (0..2000) |rowid| {
        if (rowid != 1500 and rowid != 1990) _ = try writer.deleteRow(@intCast(rowid));
    }
    try testing.expectEqual(@as(i64, 1500), try cursor.rowid());
    try testing.expect(try cursor.next());
    try testing.expectEqual(@as(i64, 1990), try cursor.rowid());
    try testing.expect(!try cursor.next());
}

test "btree model: 64 KiB pages (offsets near the u16 limit)" {
    const seed: u64 = 0x64c0;
    runTableModel(seed, 65536, model_operations / 4) catch |err| {
        std.debug.print("table model failed: seed 0x{x} page size 65536\n", .{seed});
        return err;
    };
    runIndexModel(seed, 65536, model_operations) catch |err| {
        std.debug.print("index model failed: seed 0x{x} page size 65536\n", .{seed});
        return err;
    };
}
