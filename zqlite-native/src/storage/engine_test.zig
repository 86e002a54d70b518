//! Model-based test of the storage engine as a whole: pager + B+trees + catalog + integrity
//! check, on a SimFile database (1 KiB pages, a small cache so big transactions spill) and on a
//! real file through OsFile (4 KiB pages).
//!
//! The database holds a catalog (the header's schema root: a table tree mapping rowids 1..3 to
//! the roots below), a table of rows [name TEXT, score INTEGER|REAL|NULL, payload TEXT|BLOB]
//! (payloads from empty to over a page, some of 20..100 KiB, a few of 1 MiB), an index on (name)
//! (unique-ish: names collide now and then) and an index on (score DESC). Seeded random
//! operations: insert, update (indexed columns change: old keys deleted, new ones inserted),
//! delete, point lookup, table range scans both ways, index prefix lookups and index range scans
//! both ways, commit, rollback, savepoint / rollbackTo / release, reopen (close and open again),
//! checkpoint, and a long-lived reader whose snapshot must not move. Every read is compared with
//! an in-memory model: the committed state, the pending transaction's state (plus one model per
//! savepoint), and the long reader's snapshot. checkDatabase (integrity.zig) runs every
//! `check_interval` operations and at the end, with a full scan against the model.
//!
//! Replay: a failure prints its seed; `ZQLITE_SEED=0x... zig build test` runs that seed, and
//! `ZQLITE_MODEL_OPS=N` changes the number of operations per run (default `model_operations`,
//! sized so the test takes seconds in Debug; use 200000+ with -Doptimize=ReleaseSafe for soak).
const std = @import("std");
const assert = std.debug.assert;
const pager = @import("pager.zig");
const io = @import("io.zig");
const btree = @import("btree.zig");
const record = @import("record.zig");
const key_codec = @import("key.zig");
const integrity = @import("integrity.zig");

const testing = std.testing;
const Value = record.Value;

/// Operations per run (each of the two backends runs once) in `zig build test`.
pub const model_operations: u32 = 10_000;
/// Operations between two forced 1 MiB inserts (random ones are rare).
const huge_value_interval: u32 = 3_000;
/// Operations between two integrity checks.
const check_interval: u32 = 2_000;
/// Rowids are drawn from 1..rowid_space, so inserts sometimes hit existing rows.
const rowid_space: i64 = 3_000;
/// Distinct names: small enough that the name index has duplicates.
const name_space: u32 = 1_500;
/// Rows a scan step compares at most.
const scan_length_max: u32 = 40;
const savepoints_max: usize = 8;
const value_size_bytes_huge: u32 = 1 << 20;
const record_size_bytes_max: u32 = value_size_bytes_huge + 256;

const Spec = struct {
    name_id: u32,
    score_kind: enum { integer, real, null },
    score: i32,
    payload_size_bytes: u32,
    payload_seed: u32,
    payload_text: bool,
};

const Entry = struct { rowid: i64, spec: Spec };

/// Rows sorted by rowid; cloned for transactions, savepoints and long readers.
const Model = struct {
    entries: std.ArrayListUnmanaged(Entry) = .{},

    fn deinit(model: *Model, allocator: std.mem.Allocator) void {
        model.entries.deinit(allocator);
        model.* = undefined;
    }

    fn clone(model: *const Model, allocator: std.mem.Allocator) !Model {
        return .{ .entries = try model.entries.clone(allocator) };
    }

    /// First index whose rowid is >= `rowid`.
    fn lowerBound(model: *const Model, rowid: i64) usize {
        var low: usize = 0;
        var high: usize = model.entries.items.len;
        while (low < high) {
            const middle = low + (high - low) / 2;
            if (model.entries.items[middle].rowid < rowid) low = middle + 1 else high = middle;
        }
        return low;
    }

    fn get(model: *const Model, rowid: i64) ?Spec {
        const at = model.lowerBound(rowid);
        if (at < model.entries.items.len and model.entries.items[at].rowid == rowid) return model.entries.items[at].spec;
        return null;
    }

    fn put(model: *Model, allocator: std.mem.Allocator, rowid: i64, spec: Spec) !void {
        const at = model.lowerBound(rowid);
        if (at < model.entries.items.len and model.entries.items[at].rowid == rowid) {
            model.entries.items[at].spec = spec;
        } else {
            try model.entries.insert(allocator, at, .{ .rowid = rowid, .spec = spec });
        }
    }

    fn remove(model: *Model, rowid: i64) void {
        const at = model.lowerBound(rowid);
        assert(at < model.entries.items.len and model.entries.items[at].rowid == rowid);
        _ = model.entries.orderedRemove(at);
    }
};

fn randomSpec(random: std.Random) Spec {
    const roll = random.uintLessThan(u32, 10_000);
    const size: u32 = if (roll < 6000)
        random.uintLessThan(u32, 100)
    else if (roll < 8500)
        100 + random.uintLessThan(u32, 1900)
    else if (roll < 9700)
        2000 + random.uintLessThan(u32, 18_000)
    else if (roll < 9995)
        20_000 + random.uintLessThan(u32, 80_000)
    else
        value_size_bytes_huge;
    const kind_roll = random.uintLessThan(u32, 10);
    return .{
        .name_id = random.uintLessThan(u32, name_space),
        .score_kind = if (kind_roll < 8) .integer else if (kind_roll < 9) .real else .null,
        .score = random.intRangeAtMost(i32, -50, 50),
        .payload_size_bytes = size,
        .payload_seed = random.int(u32),
        .payload_text = random.boolean(),
    };
}

/// Buffers turning a Spec into column values, a record and index keys.
const Materializer = struct {
    name: [24]u8 = undefined,
    payload: []u8,
    record_bytes: []u8,
    key: [64]u8 = undefined,

    fn nameOf(m: *Materializer, name_id: u32) []const u8 {
        return std.fmt.bufPrint(&m.name, "user-{d:0>5}", .{name_id}) catch unreachable;
    }

    fn scoreOf(spec: Spec) Value {
        return switch (spec.score_kind) {
            .integer => .{ .integer = spec.score },
            .real => .{ .real = @as(f64, @floatFromInt(spec.score)) + 0.5 },
            .null => .null,
        };
    }

    fn values(m: *Materializer, spec: Spec) [3]Value {
        const payload = m.payload[0..spec.payload_size_bytes];
        var prng = std.Random.DefaultPrng.init(spec.payload_seed);
        prng.random().bytes(payload);
        if (spec.payload_text) {
            for (payload) |*byte| byte.* = 'a' + byte.* % 26;
        }
        const payload_value: Value = if (spec.payload_text) .{ .text = payload } else .{ .blob = payload };
        return .{ .{ .text = m.nameOf(spec.name_id) }, scoreOf(spec), payload_value };
    }

    fn encodeRecord(m: *Materializer, spec: Spec) []const u8 {
        const row = m.values(spec);
        const size = record.encode(&row, m.record_bytes);
        return m.record_bytes[0..size];
    }

    /// Key of the name index (rowid given) or a prefix key for a name (rowid null).
    fn nameKey(m: *Materializer, name_id: u32, rowid: ?i64) []const u8 {
        const column = [_]Value{.{ .text = m.nameOf(name_id) }};
        const size = key_codec.encode(&column, &.{false}, rowid, &m.key);
        return m.key[0..size];
    }

    /// Key of the score index (DESC), or a prefix key for a score.
    fn scoreKey(m: *Materializer, score: Value, rowid: ?i64) []const u8 {
        const column = [_]Value{score};
        const size = key_codec.encode(&column, &.{true}, rowid, &m.key);
        return m.key[0..size];
    }
};

const Roots = struct { catalog: u32, table: u32, name_index: u32, score_index: u32 };

const name_columns = [_]integrity.KeyColumn{.{ .ordinal = 0 }};
const score_columns = [_]integrity.KeyColumn{.{ .ordinal = 1, .descending = true }};

fn descriptors(roots: Roots) [4]integrity.TreeDescriptor {
    return .{
        .{ .table = .{ .root_page_no = roots.catalog } },
        .{ .table = .{ .root_page_no = roots.table } },
        .{ .index = .{ .root_page_no = roots.name_index, .table_root_page_no = roots.table, .columns = &name_columns } },
        .{ .index = .{ .root_page_no = roots.score_index, .table_root_page_no = roots.table, .columns = &score_columns } },
    };
}

const Backend = union(enum) {
    sim: struct { db_sim: *io.SimFile, wal_sim: *io.SimFile },
    os: struct { path: []const u8 },
};

const SavepointModel = struct { id: u32, model: Model };

const LongReader = struct { txn: pager.ReadTxn, model: Model, ops_left: u32 };

const OpKind = enum {
    insert,
    update,
    delete,
    point,
    table_scan,
    name_lookup,
    score_scan,
    commit,
    rollback,
    savepoint,
    rollback_to,
    release,
    reopen,
    checkpoint,
    long_reader,
};

/// Per mille weights of the operations (the integrity check runs on its own schedule).
const op_weights = [_]struct { kind: OpKind, weight: u32 }{
    .{ .kind = .insert, .weight = 230 },     .{ .kind = .update, .weight = 150 },
    .{ .kind = .delete, .weight = 110 },     .{ .kind = .point, .weight = 170 },
    .{ .kind = .table_scan, .weight = 80 },  .{ .kind = .name_lookup, .weight = 60 },
    .{ .kind = .score_scan, .weight = 50 },  .{ .kind = .commit, .weight = 50 },
    .{ .kind = .rollback, .weight = 15 },    .{ .kind = .savepoint, .weight = 30 },
    .{ .kind = .rollback_to, .weight = 20 }, .{ .kind = .release, .weight = 10 },
    .{ .kind = .reopen, .weight = 5 },       .{ .kind = .checkpoint, .weight = 10 },
    .{ .kind = .long_reader, .weight = 10 },
};

comptime {
    var total: u32 = 0;
    for (op_weights) |w| total += w.weight;
    assert(total == 1000);
}

/// Read checks against a model, through any page source (ReadTxn or WriteTxn).
fn ReadChecksType(comptime Pages: type) type {
    const BTree = btree.BTreeType(Pages);
    return struct {
        const Context = struct {
            pages: *Pages,
            allocator: std.mem.Allocator,
            roots: Roots,
            model: *const Model,
            m: *Materializer,
            actual: []u8,
        };

        /// A tree of the snapshot with a cursor on it, where every check starts. Initialised in
        /// place: the cursor points at the tree.
        const Opened = struct {
            tree: BTree.Tree,
            cursor: BTree.Cursor,

            fn init(opened: *Opened, c: Context, root: u32, kind: btree.TreeKind) void {
                opened.tree = BTree.Tree.open(c.pages, c.allocator, root, kind);
                opened.cursor.init(&opened.tree);
            }

            fn deinit(opened: *Opened) void {
                opened.cursor.deinit();
                opened.tree.close();
            }
        };

        fn expectRow(c: Context, cursor: *BTree.Cursor, entry: Entry) !void {
            try testing.expectEqual(entry.rowid, try cursor.rowid());
            const size = try cursor.payloadSizeBytes();
            const expected = c.m.encodeRecord(entry.spec);
            try testing.expectEqual(expected.len, size);
            try cursor.readPayload(c.actual[0..size]);
            try testing.expect(std.mem.eql(u8, expected, c.actual[0..size]));
        }

        fn point(c: Context, rowid: i64) !void {
            var table: Opened = undefined;
            table.init(c, c.roots.table, .table);
            defer table.deinit();
            const found = try table.cursor.seekRowid(rowid, .eq);
            const spec = c.model.get(rowid);
            try testing.expectEqual(spec != null, found);
            if (spec) |s| try expectRow(c, &table.cursor, .{ .rowid = rowid, .spec = s });
        }

        /// From the first row >= start (forward) or the last row <= start (backward).
        fn tableScan(c: Context, start: i64, forward: bool, limit: u32) !void {
            var table: Opened = undefined;
            table.init(c, c.roots.table, .table);
            defer table.deinit();
            const cursor = &table.cursor;
            const entries = c.model.entries.items;
            const lower = c.model.lowerBound(start);
            var at: isize = if (forward) @intCast(lower) else blk: {
                const exact = lower < entries.len and entries[lower].rowid == start;
                break :blk @as(isize, @intCast(lower)) - @intFromBool(!exact);
            };
            var valid = try cursor.seekRowid(start, if (forward) .ge else .le);
            var steps: u32 = 0;
            while (steps < limit) : (steps += 1) {
                const in_model = at >= 0 and at < entries.len;
                try testing.expectEqual(in_model, valid);
                if (!in_model) return;
                try expectRow(c, cursor, entries[@intCast(at)]);
                valid = if (forward) try cursor.next() else try cursor.prev();
                at += if (forward) 1 else -1;
            }
        }

        /// Seeks `target` (.ge forward, .le backward) and compares entries with sorted `keys`.
        fn indexScan(c: Context, root: u32, keys: []const []const u8, target: []const u8, forward: bool, limit: u32) !void {
            var index: Opened = undefined;
            index.init(c, root, .index);
            defer index.deinit();
            const cursor = &index.cursor;
            var at: isize = 0;
            while (at < keys.len and btree.comparePrefix(keys[@intCast(at)], target) == .lt) at += 1;
            if (!forward) {
                while (at < keys.len and btree.comparePrefix(keys[@intCast(at)], target) == .eq) at += 1;
                at -= 1;
            }
            var valid = try cursor.seekKey(target, if (forward) .ge else .le);
            var steps: u32 = 0;
            while (steps < limit) : (steps += 1) {
                const in_model = at >= 0 and at < keys.len;
                try testing.expectEqual(in_model, valid);
                if (!in_model) return;
                try testing.expectEqualSlices(u8, keys[@intCast(at)], try cursor.key());
                valid = if (forward) try cursor.next() else try cursor.prev();
                at += if (forward) 1 else -1;
            }
        }

        /// Every row, in order, equals the model.
        fn fullScan(c: Context) !void {
            var table: Opened = undefined;
            table.init(c, c.roots.table, .table);
            defer table.deinit();
            const cursor = &table.cursor;
            var valid = try cursor.first();
            for (c.model.entries.items) |entry| {
                try testing.expect(valid);
                try expectRow(c, cursor, entry);
                valid = try cursor.next();
            }
            try testing.expect(!valid);
        }
    };
}

fn keyLessThan(_: void, a: []const u8, b: []const u8) bool {
    return std.mem.order(u8, a, b) == .lt;
}

/// The sorted keys an index should hold for `model` (name index or score index).
fn expectedKeys(arena: std.mem.Allocator, model: *const Model, m: *Materializer, which: enum { name, score }) ![]const []const u8 {
    const keys = try arena.alloc([]const u8, model.entries.items.len);
    for (model.entries.items, keys) |entry, *key| {
        const bytes = switch (which) {
            .name => m.nameKey(entry.spec.name_id, entry.rowid),
            .score => m.scoreKey(Materializer.scoreOf(entry.spec), entry.rowid),
        };
        key.* = try arena.dupe(u8, bytes);
    }
    std.mem.sort([]const u8, keys, {}, keyLessThan);
    return keys;
}

const WriteTree = btree.BTreeType(pager.WriteTxn);

const Harness = struct {
    allocator: std.mem.Allocator,
    random: std.Random,
    backend: Backend,
    options: pager.Options,
    db: *pager.Database,
    roots: Roots = undefined,
    committed: Model = .{},
    /// The pending transaction's state; meaningful while `write` is set.
    current: Model = .{},
    write: ?pager.WriteTxn = null,
    savepoints: std.ArrayListUnmanaged(SavepointModel) = .{},
    reader: ?LongReader = null,
    m: Materializer,
    actual: []u8,
    op_counts: [@typeInfo(OpKind).@"enum".fields.len]u32 = [_]u32{0} ** @typeInfo(OpKind).@"enum".fields.len,

    fn init(allocator: std.mem.Allocator, random: std.Random, backend: Backend, options: pager.Options) !Harness {
        const payload = try allocator.alloc(u8, value_size_bytes_huge);
        errdefer allocator.free(payload);
        const record_bytes = try allocator.alloc(u8, record_size_bytes_max);
        errdefer allocator.free(record_bytes);
        const actual = try allocator.alloc(u8, record_size_bytes_max);
        errdefer allocator.free(actual);
        var h = Harness{
            .allocator = allocator,
            .random = random,
            .backend = backend,
            .options = options,
            .db = undefined,
            .m = .{ .payload = payload, .record_bytes = record_bytes },
            .actual = actual,
        };
        h.db = try h.openDatabase();
        return h;
    }

    fn deinit(h: *Harness) void {
        h.endReader();
        if (h.write != null) h.rollback();
        h.db.close();
        h.committed.deinit(h.allocator);
        h.savepoints.deinit(h.allocator);
        h.allocator.free(h.m.payload);
        h.allocator.free(h.m.record_bytes);
        h.allocator.free(h.actual);
    }

    fn openDatabase(h: *Harness) !*pager.Database {
        return switch (h.backend) {
            .sim => |sim| pager.Database.openFiles(h.allocator, sim.db_sim.file(), sim.wal_sim.file(), h.options),
            .os => |os| pager.Database.open(h.allocator, os.path, h.options),
        };
    }

    /// Creates the catalog and the three trees, committed.
    fn createSchema(h: *Harness) !void {
        var w = try h.db.beginWrite();
        errdefer w.rollback();
        const roots = Roots{
            .catalog = try WriteTree.Tree.create(&w, .table),
            .table = try WriteTree.Tree.create(&w, .table),
            .name_index = try WriteTree.Tree.create(&w, .index),
            .score_index = try WriteTree.Tree.create(&w, .index),
        };
        var catalog = WriteTree.Tree.open(&w, h.allocator, roots.catalog, .table);
        defer catalog.close();
        const children = [_]u32{ roots.table, roots.name_index, roots.score_index };
        for (children, 1..) |root, rowid| {
            var buffer: [16]u8 = undefined;
            const size = record.encode(&.{.{ .integer = root }}, &buffer);
            _ = try catalog.insertRow(@intCast(rowid), buffer[0..size]);
        }
        try w.setSchemaRoot(roots.catalog);
        try w.commit();
        h.roots = roots;
    }

    /// The roots as the catalog says (after a reopen they must be unchanged).
    fn loadRoots(h: *Harness) !Roots {
        var r = try h.db.beginRead();
        defer r.end();
        const ReadTree = btree.BTreeType(pager.ReadTxn);
        var catalog = ReadTree.Tree.open(&r, h.allocator, try r.schemaRoot(), .table);
        defer catalog.close();
        var cursor: ReadTree.Cursor = undefined;
        cursor.init(&catalog);
        defer cursor.deinit();
        var roots: [3]u32 = undefined;
        for (&roots, 1..) |*root, rowid| {
            try testing.expect(try cursor.seekRowid(@intCast(rowid), .eq));
            var buffer: [16]u8 = undefined;
            const size = try cursor.payloadSizeBytes();
            try cursor.readPayload(buffer[0..size]);
            const row = try record.Record.parse(buffer[0..size]);
            root.* = @intCast((try row.column(0)).integer);
        }
        return .{ .catalog = try r.schemaRoot(), .table = roots[0], .name_index = roots[1], .score_index = roots[2] };
    }

    fn ensureWrite(h: *Harness) !*pager.WriteTxn {
        if (h.write == null) {
            h.write = try h.db.beginWrite();
            h.current = try h.committed.clone(h.allocator);
        }
        return &h.write.?;
    }

    fn randomRowid(h: *Harness, model: *const Model) i64 {
        const entries = model.entries.items;
        if (entries.len > 0 and h.random.uintLessThan(u32, 4) != 0) {
            return entries[h.random.uintLessThan(usize, entries.len)].rowid;
        }
        return h.random.intRangeAtMost(i64, 1, rowid_space);
    }

    /// Puts a row (insert or replace), keeping both indexes in step.
    fn putRow(h: *Harness, rowid: i64, spec: Spec) !void {
        const w = try h.ensureWrite();
        const old = h.current.get(rowid);
        var table = WriteTree.Tree.open(w, h.allocator, h.roots.table, .table);
        defer table.close();
        const replaced = try table.insertRow(rowid, h.m.encodeRecord(spec));
        try testing.expectEqual(old != null, replaced);
        if (old) |o| try h.deleteKeys(w, rowid, o);
        try h.insertKeys(w, rowid, spec);
        try h.current.put(h.allocator, rowid, spec);
    }

    fn deleteRow(h: *Harness, rowid: i64) !void {
        const w = try h.ensureWrite();
        const old = h.current.get(rowid);
        var table = WriteTree.Tree.open(w, h.allocator, h.roots.table, .table);
        defer table.close();
        try testing.expectEqual(old != null, try table.deleteRow(rowid));
        if (old) |o| {
            try h.deleteKeys(w, rowid, o);
            h.current.remove(rowid);
        }
    }

    /// The two index trees of the schema, open in `w`: the setup every key change starts with.
    const IndexTrees = struct {
        names: WriteTree.Tree,
        scores: WriteTree.Tree,

        fn open(h: *const Harness, w: *pager.WriteTxn) IndexTrees {
            return .{
                .names = WriteTree.Tree.open(w, h.allocator, h.roots.name_index, .index),
                .scores = WriteTree.Tree.open(w, h.allocator, h.roots.score_index, .index),
            };
        }

        fn close(trees: *IndexTrees) void {
            trees.scores.close();
            trees.names.close();
        }
    };

    fn insertKeys(h: *Harness, w: *pager.WriteTxn, rowid: i64, spec: Spec) !void {
        var trees = IndexTrees.open(h, w);
        defer trees.close();
        try testing.expect(try trees.names.insertKey(h.m.nameKey(spec.name_id, rowid)));
        try testing.expect(try trees.scores.insertKey(h.m.scoreKey(Materializer.scoreOf(spec), rowid)));
    }

    fn deleteKeys(h: *Harness, w: *pager.WriteTxn, rowid: i64, spec: Spec) !void {
        var trees = IndexTrees.open(h, w);
        defer trees.close();
        try testing.expect(try trees.names.deleteKey(h.m.nameKey(spec.name_id, rowid)));
        try testing.expect(try trees.scores.deleteKey(h.m.scoreKey(Materializer.scoreOf(spec), rowid)));
    }

    fn commit(h: *Harness) !void {
        var w = h.write orelse return;
        h.write = null;
        h.dropSavepoints();
        try w.commit();
        h.committed.deinit(h.allocator);
        h.committed = h.current;
        h.current = .{};
    }

    fn rollback(h: *Harness) void {
        var w = h.write orelse return;
        h.write = null;
        h.dropSavepoints();
        w.rollback();
        h.current.deinit(h.allocator);
        h.current = .{};
    }

    fn dropSavepoints(h: *Harness) void {
        while (h.savepoints.popOrNull()) |sp| {
            var model = sp.model;
            model.deinit(h.allocator);
        }
    }

    fn savepoint(h: *Harness) !void {
        if (h.savepoints.items.len >= savepoints_max) return;
        const w = try h.ensureWrite();
        const id = try w.savepoint();
        var model = try h.current.clone(h.allocator);
        errdefer model.deinit(h.allocator);
        try h.savepoints.append(h.allocator, .{ .id = id, .model = model });
    }

    /// Undo to a random savepoint (kept), ending the newer ones.
    fn rollbackTo(h: *Harness) !void {
        if (h.savepoints.items.len == 0) return;
        const index = h.random.uintLessThan(usize, h.savepoints.items.len);
        try h.write.?.rollbackTo(h.savepoints.items[index].id);
        while (h.savepoints.items.len > index + 1) {
            var newer = h.savepoints.pop();
            newer.model.deinit(h.allocator);
        }
        h.current.deinit(h.allocator);
        h.current = try h.savepoints.items[index].model.clone(h.allocator);
    }

    /// Ends a random savepoint and the newer ones, keeping their changes.
    fn release(h: *Harness) !void {
        if (h.savepoints.items.len == 0) return;
        const index = h.random.uintLessThan(usize, h.savepoints.items.len);
        try h.write.?.releaseSavepoint(h.savepoints.items[index].id);
        while (h.savepoints.items.len > index) {
            var ended = h.savepoints.pop();
            ended.model.deinit(h.allocator);
        }
    }

    fn endReader(h: *Harness) void {
        if (h.reader) |*reader| {
            reader.txn.end();
            reader.model.deinit(h.allocator);
            h.reader = null;
        }
    }

    fn reopen(h: *Harness) !void {
        h.endReader();
        if (h.write != null) {
            if (h.random.boolean()) try h.commit() else h.rollback();
        }
        h.db.close();
        h.db = try h.openDatabase();
        try testing.expectEqual(h.roots, try h.loadRoots());
    }

    fn toggleLongReader(h: *Harness) !void {
        if (h.reader) |*reader| {
            try h.runRead(pager.ReadTxn, &reader.txn, &reader.model, .full_scan);
            h.endReader();
            return;
        }
        var model = try h.committed.clone(h.allocator);
        errdefer model.deinit(h.allocator);
        h.reader = .{ .txn = try h.db.beginRead(), .model = model, .ops_left = 0 };
    }

    const ReadOp = union(enum) {
        point: i64,
        table_scan: struct { start: i64, forward: bool },
        name_lookup: struct { name_id: u32, forward: bool },
        score_scan: struct { score: Value, forward: bool },
        full_scan,
    };

    /// Runs a read through the long reader (its snapshot), the write transaction (its pending
    /// state) or a fresh read transaction (the committed state, whatever is pending).
    fn readCheck(h: *Harness, op: ReadOp) !void {
        const roll = h.random.uintLessThan(u32, 10);
        if (h.reader != null and roll == 0) {
            return h.runRead(pager.ReadTxn, &h.reader.?.txn, &h.reader.?.model, op);
        }
        if (h.write != null and roll < 8) return h.runRead(pager.WriteTxn, &h.write.?, &h.current, op);
        var r = try h.db.beginRead();
        defer r.end();
        return h.runRead(pager.ReadTxn, &r, &h.committed, op);
    }

    fn runRead(h: *Harness, comptime Pages: type, pages: *Pages, model: *const Model, op: ReadOp) !void {
        const Checks = ReadChecksType(Pages);
        const c = Checks.Context{ .pages = pages, .allocator = h.allocator, .roots = h.roots, .model = model, .m = &h.m, .actual = h.actual };
        var arena = std.heap.ArenaAllocator.init(h.allocator);
        defer arena.deinit();
        const limit = 1 + h.random.uintLessThan(u32, scan_length_max);
        switch (op) {
            .point => |rowid| try Checks.point(c, rowid),
            .table_scan => |s| try Checks.tableScan(c, s.start, s.forward, limit),
            .name_lookup => |s| {
                const keys = try expectedKeys(arena.allocator(), model, &h.m, .name);
                const target = try arena.allocator().dupe(u8, h.m.nameKey(s.name_id, null));
                try Checks.indexScan(c, h.roots.name_index, keys, target, s.forward, limit);
            },
            .score_scan => |s| {
                const keys = try expectedKeys(arena.allocator(), model, &h.m, .score);
                const target = try arena.allocator().dupe(u8, h.m.scoreKey(s.score, null));
                try Checks.indexScan(c, h.roots.score_index, keys, target, s.forward, limit);
            },
            .full_scan => try Checks.fullScan(c),
        }
    }

    fn checkIntegrity(h: *Harness) !void {
        var r = try h.db.beginRead();
        defer r.end();
        const trees = descriptors(h.roots);
        var report = try integrity.checkDatabase(&r, h.allocator, &trees);
        defer report.deinit();
        if (!report.ok()) {
            std.debug.print("engine model: integrity check failed:\n", .{});
            report.write(std.io.getStdErr().writer()) catch {};
            return error.IntegrityCheckFailed;
        }
        try h.runRead(pager.ReadTxn, &r, &h.committed, .full_scan);
        if (h.write) |*w| {
            var pending = try integrity.checkDatabase(w, h.allocator, &trees);
            defer pending.deinit();
            try testing.expect(pending.ok());
            try h.runRead(pager.WriteTxn, w, &h.current, .full_scan);
        }
    }

    fn pickOp(h: *Harness) OpKind {
        var roll = h.random.uintLessThan(u32, 1000);
        for (op_weights) |w| {
            if (roll < w.weight) return w.kind;
            roll -= w.weight;
        }
        unreachable;
    }

    fn step(h: *Harness) !void {
        const kind = h.pickOp();
        h.op_counts[@intFromEnum(kind)] += 1;
        const view = if (h.write != null) &h.current else &h.committed;
        switch (kind) {
            .insert => try h.putRow(h.random.intRangeAtMost(i64, 1, rowid_space), randomSpec(h.random)),
            .update => try h.update(),
            .delete => try h.deleteRow(h.randomRowid(view)),
            .point => try h.readCheck(.{ .point = h.randomRowid(view) }),
            .table_scan => try h.readCheck(.{ .table_scan = .{ .start = h.randomRowid(view), .forward = h.random.boolean() } }),
            .name_lookup => try h.readCheck(.{ .name_lookup = .{ .name_id = h.random.uintLessThan(u32, name_space), .forward = h.random.boolean() } }),
            .score_scan => try h.readCheck(.{ .score_scan = .{ .score = Materializer.scoreOf(randomSpec(h.random)), .forward = h.random.boolean() } }),
            .commit => try h.commit(),
            .rollback => h.rollback(),
            .savepoint => try h.savepoint(),
            .rollback_to => try h.rollbackTo(),
            .release => try h.release(),
            .reopen => try h.reopen(),
            .checkpoint => if (h.write == null) try h.db.checkpoint(),
            .long_reader => try h.toggleLongReader(),
        }
    }

    fn putHugeRow(h: *Harness) !void {
        var spec = randomSpec(h.random);
        spec.payload_size_bytes = value_size_bytes_huge;
        try h.putRow(h.random.intRangeAtMost(i64, 1, rowid_space), spec);
    }

    /// Changes indexed columns (and sometimes the payload) of an existing row.
    fn update(h: *Harness) !void {
        const view = if (h.write != null) &h.current else &h.committed;
        if (view.entries.items.len == 0) return;
        const rowid = view.entries.items[h.random.uintLessThan(usize, view.entries.items.len)].rowid;
        var spec = view.get(rowid).?;
        const fresh = randomSpec(h.random);
        if (h.random.boolean()) spec.name_id = fresh.name_id;
        if (h.random.boolean()) {
            spec.score_kind = fresh.score_kind;
            spec.score = fresh.score;
        }
        if (h.random.uintLessThan(u32, 3) == 0) {
            spec.payload_size_bytes = fresh.payload_size_bytes;
            spec.payload_seed = fresh.payload_seed;
            spec.payload_text = fresh.payload_text;
        }
        try h.putRow(rowid, spec);
    }

    fn run(h: *Harness, operations: u32, op_index: *u32) !void {
        try h.createSchema();
        op_index.* = 0;
        while (op_index.* < operations) : (op_index.* += 1) {
            // A few 1 MiB values in every run, whatever the dice say.
            if (op_index.* % huge_value_interval == huge_value_interval / 2) try h.putHugeRow();
            try h.step();
            if ((op_index.* + 1) % check_interval == 0) try h.checkIntegrity();
        }
        try h.commit();
        try h.checkIntegrity();
        try h.reopen();
        try h.checkIntegrity();
        // A run that never exercised an operation proves nothing about it.
        for (op_weights) |w| try testing.expect(h.op_counts[@intFromEnum(w.kind)] > 0);
    }
};

fn envInt(name: []const u8) ?u64 {
    const text = std.posix.getenv(name) orelse return null;
    return std.fmt.parseInt(u64, text, 0) catch null;
}

fn modelSeed() u64 {
    return envInt("ZQLITE_SEED") orelse @truncate(@as(u128, @bitCast(std.time.nanoTimestamp())));
}

fn modelOperations() u32 {
    return @intCast(envInt("ZQLITE_MODEL_OPS") orelse model_operations);
}

fn runModel(name: []const u8, backend: Backend, options: pager.Options) !void {
    const seed = modelSeed();
    var prng = std.Random.DefaultPrng.init(seed);
    var h = try Harness.init(testing.allocator, prng.random(), backend, options);
    defer h.deinit();
    var op_index: u32 = 0;
    errdefer std.debug.print("engine model ({s}): FAILED at operation {d} with seed 0x{x}; replay: " ++
        "ZQLITE_SEED=0x{x} zig build test\n", .{ name, op_index, seed, seed });
    try h.run(modelOperations(), &op_index);
}

test "engine model: pager + catalog + table + two indexes on SimFile (1 KiB pages, spilling cache)" {
    const db_sim = try io.SimFile.create(testing.allocator, true);
    defer db_sim.destroy();
    const wal_sim = try io.SimFile.create(testing.allocator, true);
    defer wal_sim.destroy();
    try runModel("SimFile", .{ .sim = .{ .db_sim = db_sim, .wal_sim = wal_sim } }, .{
        .page_size_bytes = 1024,
        .cache_size_bytes_max = 192 * 1024,
        .busy_timeout_ms = 100,
        .auto_checkpoint_frames = 300,
    });
}

test "engine model: pager + catalog + table + two indexes on a real file (OsFile, 4 KiB pages)" {
    var tmp = testing.tmpDir(.{});
    defer tmp.cleanup();
    const dir_path = try tmp.dir.realpathAlloc(testing.allocator, ".");
    defer testing.allocator.free(dir_path);
    const path = try std.fs.path.join(testing.allocator, &.{ dir_path, "model.db" });
    defer testing.allocator.free(path);
    try runModel("OsFile", .{ .os = .{ .path = path } }, .{
        .page_size_bytes = 4096,
        .cache_size_bytes_max = 1024 * 1024,
        .busy_timeout_ms = 100,
        // Commits need not wait for fsync here (the kill test covers FULL durability).
        .durability = .normal,
    });
}
