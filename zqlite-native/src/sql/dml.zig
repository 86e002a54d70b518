//! INSERT, UPDATE and DELETE: compiling them into plans and running the plans.
//!
//! Every row change goes through `Writer`, which owns the table tree and its index trees for
//! one statement execution and keeps them consistent: a row and its index keys are written and
//! deleted together, and every constraint (NOT NULL, CHECK, rowid and UNIQUE conflicts) is
//! checked before the first byte of that row changes. OR IGNORE skips the row, OR REPLACE deletes
//! the conflicting rows first, anything else fails the statement (whose savepoint the engine
//! then rolls back, so the statement is atomic).
//!
//! UPDATE and DELETE first collect the matching rows (rowid, old values, new values) with an
//! ordinary query core, then apply them: the scan never sees its own changes.
const std = @import("std");
const builtin = @import("builtin");
const assert = std.debug.assert;
const ast = @import("ast.zig");
const ir = @import("ir.zig");
const schema = @import("schema.zig");
const compile = @import("compile.zig");
const executor = @import("executor.zig");
const value_mod = @import("value.zig");
const unpainted = @import("../storage/unpainted.zig");
const record = @import("../storage/record.zig");
const key_codec = @import("../storage/key.zig");
const btree = @import("../storage/btree.zig");

const Allocator = std.mem.Allocator;
const Value = ir.Value;
const BTree = schema.BTree;
const Runtime = executor.Runtime;
const Error = executor.Error;

pub const ConstraintCode = enum(u16) {
    check = 275,
    foreign_key = 787,
    not_null = 1299,
    primary_key = 1555,
    unique = 2067,
    datatype = 3091,
};

pub const InsertPlan = struct {
    table: *schema.Table,
    /// Null for DEFAULT VALUES.
    source: ?*ir.Query,
    /// For each table column: the source column feeding it, or null (default).
    column_map: []?u32,
    rowid_source: ?u32,
    defaults: []?*ir.Expr,
    checks: []Check,
    conflict: ast.ConflictAction,
    upserts: []UpsertPlan = &.{},
    returning: Returning = .{},
};

/// A uniqueness constraint of a table: its rowid, or the UNIQUE index at this position of
/// `Table.indexes`.
pub const Constraint = union(enum) { rowid, index: u32 };

/// `ON CONFLICT [(target)] DO NOTHING | DO UPDATE SET ... [WHERE ...]`. SET values and WHERE
/// read a frame of the existing row's slots followed by the proposed row's (`excluded.*`).
pub const UpsertPlan = struct {
    /// The constraint the conflict target names, resolved when compiled (a target that names
    /// none is a compile error, as in SQLite); null, no target, matches any conflict.
    target: ?Constraint,
    update: bool,
    set_columns: []u32 = &.{},
    set_values: []*ir.Expr = &.{},
    where: ?*ir.Expr = null,
};

/// RETURNING expressions over a frame of the changed row's slots (columns, then rowid).
pub const Returning = struct {
    exprs: []*ir.Expr = &.{},
    names: [][]const u8 = &.{},
};

pub const Check = struct { expr: *ir.Expr, name: []const u8 };

pub const UpdatePlan = struct {
    table: *schema.Table,
    /// result = old slots (columns + rowid), then one value per `set_columns` entry.
    core: *ir.Core,
    /// Table column index per SET value; `column_count` means the rowid itself.
    set_columns: []u32,
    checks: []Check,
    conflict: ast.ConflictAction,
    returning: Returning = .{},
};

pub const DeletePlan = struct {
    table: *schema.Table,
    core: *ir.Core,
    returning: Returning = .{},
};

// ---------------------------------------------------------------------------------------------
// Compiling.

fn targetTable(c: *compile.Compiler, name: ast.QualifiedName) compile.Error!*schema.Table {
    if (c.catalog.findTable(name.name.text)) |table| return table;
    if (c.catalog.findView(name.name.text)) |view| {
        return c.fail(name.name.span.start, "cannot modify {s} because it is a view", .{view.name});
    }
    return c.fail(name.name.span.start, "no such table: {s}", .{name.name.text});
}

pub fn compileInsert(c: *compile.Compiler, insert: *const ast.Insert) compile.Error!*InsertPlan {
    const table = try targetTable(c, insert.table);
    const plan = try c.arena.create(InsertPlan);
    const n = table.columns.len;
    plan.* = .{
        .table = table,
        .source = null,
        .column_map = try c.arena.alloc(?u32, n),
        .rowid_source = null,
        .defaults = try c.arena.alloc(?*ir.Expr, n),
        .checks = try compileChecks(c, table),
        .conflict = insert.conflict orelse .abort,
    };
    @memset(plan.column_map, null);
    var width: usize = n;
    if (insert.columns.len > 0) {
        width = insert.columns.len;
        for (insert.columns, 0..) |name, i| {
            if (table.columnIndex(name.text)) |column| {
                plan.column_map[column] = @intCast(i);
            } else if (isRowidName(name.text)) {
                plan.rowid_source = @intCast(i);
            } else {
                return c.fail(name.span.start, "table {s} has no column named {s}", .{ table.name, name.text });
            }
        }
    } else if (insert.source != null) {
        for (plan.column_map, 0..) |*m, i| m.* = @intCast(i);
    }
    // DEFAULT VALUES: no source row, so every column takes its default (the map stays empty).
    var empty = compile.Scope{ .parent = null, .entries = .init(c.arena) };
    for (table.columns, 0..) |column, i| {
        plan.defaults[i] = if (column.default) |d| try c.compileExpr(&empty, d) else null;
    }
    if (insert.source) |select| {
        const query = try c.compileSelect(null, select);
        if (query.column_count != width) {
            if (insert.columns.len == 0) {
                return c.fail(null, "table {s} has {d} columns but {d} values were supplied", .{ table.name, n, query.column_count });
            }
            return c.fail(null, "{d} values for {d} columns", .{ query.column_count, width });
        }
        plan.source = query;
    }
    plan.upserts = try compileUpserts(c, table, insert.upserts);
    plan.returning = try compileReturning(c, table, insert.alias, insert.returning);
    return plan;
}

fn compileUpserts(c: *compile.Compiler, table: *schema.Table, upserts: []const ast.Upsert) compile.Error![]UpsertPlan {
    const plans = try c.arena.alloc(UpsertPlan, upserts.len);
    for (upserts, plans) |upsert, *plan| {
        const target: ?Constraint = if (upsert.target.len > 0) try resolveTarget(c, table, upsert) else null;
        plan.* = .{ .target = target, .update = upsert.action == .update };
        if (upsert.action == .update) {
            const update = upsert.action.update;
            var exprs = std.ArrayList(*const ast.Expr).init(c.arena);
            plan.set_columns = try c.arena.alloc(u32, update.sets.len);
            for (update.sets, plan.set_columns) |set, *column| {
                if (set.columns.len != 1) return c.fail(upsert.span.start, "row value misused", .{});
                column.* = table.columnIndex(set.columns[0].text) orelse
                    return c.fail(set.columns[0].span.start, "no such column: {s}", .{set.columns[0].text});
                try exprs.append(set.value);
            }
            if (update.where) |w| try exprs.append(w);
            const compiled = try compile.compileWithExcluded(c, table, exprs.items);
            plan.set_values = compiled[0..update.sets.len];
            if (update.where != null) plan.where = compiled[update.sets.len];
        }
    }
    return plans;
}

/// The constraint an ON CONFLICT target names: the rowid when it is the rowid alone (by a rowid
/// name or its INTEGER PRIMARY KEY), else the UNIQUE index whose columns are the target's in any
/// order; of twins, the newest, since sqlite3UpsertAnalyzeTarget walks indexes newest first.
fn resolveTarget(c: *compile.Compiler, table: *schema.Table, upsert: ast.Upsert) compile.Error!Constraint {
    const no_match = "ON CONFLICT clause does not match any PRIMARY KEY or UNIQUE constraint";
    const n: u32 = @intCast(table.columns.len);
    var columns: [key_codec.column_count_max]u32 = undefined;
    if (upsert.target.len > columns.len) return c.fail(null, no_match, .{});
    for (upsert.target, columns[0..upsert.target.len]) |indexed, *column| {
        const e = if (indexed.expr.data == .collate) indexed.expr.data.collate.operand else indexed.expr;
        if (e.data != .column) return c.fail(null, no_match, .{});
        const name = e.data.column.column.text;
        column.* = table.columnIndex(name) orelse if (isRowidName(name))
            n
        else
            return c.fail(e.span.start, "no such column: {s}", .{name});
    }
    const target = columns[0..upsert.target.len];
    if (target.len == 1 and (target[0] == n or table.rowid_alias == target[0])) return .rowid;
    var i: usize = table.indexes.len;
    while (i > 0) {
        i -= 1;
        const index = table.indexes[i];
        if (!index.unique or index.columns.len != target.len) continue;
        const same = for (index.columns) |column| {
            if (std.mem.indexOfScalar(u32, target, column.column) == null) break false;
        } else true;
        if (same) return .{ .index = @intCast(i) };
    }
    return c.fail(null, no_match, .{});
}

fn compileReturning(c: *compile.Compiler, table: *schema.Table, alias: ?ast.Name, columns: []const ast.ResultColumn) compile.Error!Returning {
    if (columns.len == 0) return .{};
    var exprs = std.ArrayList(*const ast.Expr).init(c.arena);
    var names = std.ArrayList([]const u8).init(c.arena);
    for (columns) |column| {
        switch (column.data) {
            .expr => |e| {
                try exprs.append(e.expr);
                try names.append(if (e.alias) |a| a.text else if (e.expr.data == .column) e.expr.data.column.column.text else e.expr.span.text(c.source));
            },
            .star, .table_star => for (table.columns) |table_column| {
                const ref = try c.arena.create(ast.Expr);
                ref.* = .{ .span = column.span, .data = .{ .column = .{ .column = .{ .text = table_column.name, .span = column.span } } } };
                try exprs.append(ref);
                try names.append(table_column.name);
            },
        }
    }
    const core = try compile.compileTableCore(c, table, if (alias) |a| a.text else null, null, exprs.items);
    return .{ .exprs = core.result[table.columns.len + 1 ..], .names = names.items };
}

fn isRowidName(name: []const u8) bool {
    return std.ascii.eqlIgnoreCase(name, "rowid") or std.ascii.eqlIgnoreCase(name, "oid") or
        std.ascii.eqlIgnoreCase(name, "_rowid_");
}

fn compileChecks(c: *compile.Compiler, table: *schema.Table) compile.Error![]Check {
    const checks = try c.arena.alloc(Check, table.checks.len);
    for (table.checks, 0..) |check, i| {
        const core = try compile.compileTableCore(c, table, null, null, &.{check});
        checks[i] = .{ .expr = core.result[core.result.len - 1], .name = check.span.text(table.sql) };
    }
    return checks;
}

pub fn compileUpdate(c: *compile.Compiler, update: *const ast.Update) compile.Error!*UpdatePlan {
    const table = try targetTable(c, update.table);
    if (update.from.len > 0) return c.fail(null, "UPDATE FROM is not supported", .{});
    var columns = std.ArrayList(u32).init(c.arena);
    var values = std.ArrayList(*const ast.Expr).init(c.arena);
    for (update.sets) |set| {
        if (set.columns.len != 1) return c.fail(null, "row value misused", .{});
        const name = set.columns[0];
        const column = table.columnIndex(name.text) orelse if (isRowidName(name.text))
            @as(u32, @intCast(table.columns.len))
        else
            return c.fail(name.span.start, "no such column: {s}", .{name.text});
        try columns.append(column);
        try values.append(set.value);
    }
    const alias = if (update.alias) |a| a.text else null;
    const plan = try c.arena.create(UpdatePlan);
    plan.* = .{
        .table = table,
        .core = try compile.compileTableCore(c, table, alias, update.where, values.items),
        .set_columns = columns.items,
        .checks = try compileChecks(c, table),
        .conflict = update.conflict orelse .abort,
        .returning = try compileReturning(c, table, update.alias, update.returning),
    };
    return plan;
}

pub fn compileDelete(c: *compile.Compiler, delete: *const ast.Delete) compile.Error!*DeletePlan {
    const table = try targetTable(c, delete.table);
    const alias = if (delete.alias) |a| a.text else null;
    const plan = try c.arena.create(DeletePlan);
    plan.* = .{
        .table = table,
        .core = try compile.compileTableCore(c, table, alias, delete.where, &.{}),
        .returning = try compileReturning(c, table, delete.alias, delete.returning),
    };
    return plan;
}

// ---------------------------------------------------------------------------------------------
// Running.

pub const Outcome = struct {
    changes: i64 = 0,
    last_rowid: ?i64 = null,
    /// RETURNING rows, in the execution arena.
    rows: std.ArrayListUnmanaged([]Value) = .{},
};

fn addReturning(rt: *Runtime, returning: Returning, slots: []const Value, outcome: *Outcome, scratch: Allocator) Error!void {
    if (returning.exprs.len == 0) return;
    const frame = executor.Frame{ .slots = @constCast(slots) };
    const row = try rt.arena.alloc(Value, returning.exprs.len);
    for (returning.exprs, row) |e, *v| v.* = try value_mod.dupe(rt.arena, try executor.eval(rt, &frame, e, scratch));
    try outcome.rows.append(rt.arena, row);
}

/// The expressions of `INSERT ... VALUES (one row)`, the prepared-insert shape, which runInsert
/// evaluates directly instead of running a whole query for one row.
fn singleValuesRow(source: *const ir.Query) ?[]*ir.Expr {
    if (source.cores.len != 1 or source.order_by.len > 0) return null;
    if (source.limit != null or source.offset != null) return null;
    const rows = source.cores[0].values orelse return null;
    return if (rows.len == 1) rows[0] else null;
}

fn evalValuesRow(rt: *Runtime, exprs: []*ir.Expr) Error![][]Value {
    const frame = executor.Frame{ .slots = &.{} };
    const row = try rt.arena.alloc(Value, exprs.len);
    for (exprs, row) |e, *v| {
        const value = try executor.eval(rt, &frame, e, rt.arena);
        // Bound values and constants outlive the execution; anything else is copied, as
        // runQuery's VALUES rows are.
        const stable = e.data == .parameter or e.data == .constant;
        v.* = if (stable) value else try value_mod.dupe(rt.arena, value);
    }
    const rows = try rt.arena.alloc([]Value, 1);
    rows[0] = row;
    return rows;
}

pub fn runInsert(rt: *Runtime, plan: *const InsertPlan) Error!Outcome {
    const rows: [][]Value = if (plan.source) |query| blk: {
        if (singleValuesRow(query)) |exprs| break :blk try evalValuesRow(rt, exprs);
        break :blk try executor.runQuery(rt, query, null, null, rt.arena);
    } else blk: {
        const one = try rt.arena.alloc([]Value, 1);
        one[0] = &.{};
        break :blk one;
    };
    var writer = try Writer.openForStatement(rt, plan.table);
    defer writer.close();
    var outcome = Outcome{};
    const n = plan.table.columns.len;
    const slots = try rt.arena.alloc(Value, n + 1);
    const empty_frame = executor.Frame{ .slots = &.{} };
    // One scratch arena, emptied per row (keeping its memory): no malloc/free per row.
    var scratch_state = std.heap.ArenaAllocator.init(rt.gpa);
    defer scratch_state.deinit();
    for (rows) |row| {
        _ = scratch_state.reset(.retain_capacity);
        const scratch = scratch_state.allocator();
        for (0..n) |i| {
            slots[i] = if (plan.column_map[i]) |source| row[source] else if (plan.defaults[i]) |d|
                try executor.eval(rt, &empty_frame, d, scratch)
            else
                .null;
        }
        var rowid_value: Value = if (plan.rowid_source) |source| row[source] else .null;
        if (plan.table.rowid_alias) |alias| rowid_value = slots[alias];
        const rowid = try writer.rowidFor(rowid_value);
        slots[n] = .{ .integer = rowid };
        switch (try writer.writeUpsert(slots, null, plan.checks, plan.conflict, plan.upserts, scratch)) {
            .skipped => {},
            .written => {
                outcome.changes += 1;
                outcome.last_rowid = rowid;
                try addReturning(rt, plan.returning, slots, &outcome, scratch);
            },
            .upserted => |new_slots| {
                outcome.changes += 1;
                try addReturning(rt, plan.returning, new_slots, &outcome, scratch);
            },
        }
    }
    return outcome;
}

pub fn runUpdate(rt: *Runtime, plan: *const UpdatePlan) Error!Outcome {
    var rows = std.ArrayList([]Value).init(rt.arena);
    try executor.runCore(rt, plan.core, null, null, &rows);
    var writer = try Writer.openForStatement(rt, plan.table);
    defer writer.close();
    const n = plan.table.columns.len;
    var outcome = Outcome{};
    const slots = try rt.arena.alloc(Value, n + 1);
    var scratch_state = std.heap.ArenaAllocator.init(rt.gpa);
    defer scratch_state.deinit();
    for (rows.items) |row| {
        _ = scratch_state.reset(.retain_capacity);
        const old = row[0 .. n + 1];
        @memcpy(slots, old);
        for (plan.set_columns, row[n + 1 ..]) |column, v| slots[column] = v;
        var rowid_value = slots[n];
        if (plan.table.rowid_alias) |alias| {
            // Setting either the alias or rowid moves the row.
            const alias_changed = for (plan.set_columns) |column| {
                if (column == alias) break true;
            } else false;
            if (alias_changed) rowid_value = slots[alias];
        }
        const old_rowid = old[n].integer;
        const rowid = try writer.rowidForUpdate(rowid_value);
        slots[n] = .{ .integer = rowid };
        if (try writer.write(slots, .{ .rowid = old_rowid, .values = old }, plan.checks, plan.conflict, scratch_state.allocator())) {
            outcome.changes += 1;
            try addReturning(rt, plan.returning, slots, &outcome, scratch_state.allocator());
        }
    }
    return outcome;
}

pub fn runDelete(rt: *Runtime, plan: *const DeletePlan) Error!Outcome {
    var rows = std.ArrayList([]Value).init(rt.arena);
    try executor.runCore(rt, plan.core, null, null, &rows);
    var writer = try Writer.openForStatement(rt, plan.table);
    defer writer.close();
    const n = plan.table.columns.len;
    var outcome = Outcome{ .changes = @intCast(rows.items.len) };
    for (rows.items) |row| {
        try writer.delete(row[n].integer, row[0 .. n + 1]);
        try addReturning(rt, plan.returning, row[0 .. n + 1], &outcome, rt.arena);
    }
    return outcome;
}

const OldRow = struct { rowid: i64, values: []const Value };

/// A UNIQUE index probe of the row being inserted, with the full key it probed.
const KeyProbe = struct { key: []const u8, probe: BTree.Tree.KeyProbe };

pub const Writer = struct {
    rt: *Runtime,
    table: *schema.Table,
    tree: BTree.Tree,
    index_trees: []BTree.Tree,
    /// An INSERT's constraint checks descend to where the row and its keys go; the writes then
    /// reuse those paths instead of descending again (SQLite's "use seek result"). Only for new
    /// rows whose checks deleted nothing: a REPLACE (and its foreign key actions, which may
    /// use other handles on these trees) sets `probes_spoiled`.
    row_probe: ?BTree.Tree.RowProbe = null,
    key_probes: []?KeyProbe,
    probes_spoiled: bool = false,
    /// The trees' shared write scratch when `open` allocated it from the heap.
    owned_scratch: ?[]u8 = null,
    /// Per index: an UPDATE that keeps the rowid leaves this index's key as it is, so the index
    /// needs no UNIQUE check, delete or insert (SQLite skips indexes of unchanged columns too).
    /// An UPDATE of unindexed columns then dirties only the row's table page.
    unchanged_keys: []bool,

    /// The writer of a statement's own target table: its scratch comes from the execution
    /// arena, which a prepared statement keeps across executions, so a one-row INSERT
    /// allocates nothing per execution. Others (foreign key actions, opened once per parent
    /// row) use `open`, which frees its scratch at close.
    pub fn openForStatement(rt: *Runtime, table: *schema.Table) Error!Writer {
        return openWith(rt, table, rt.arena, false);
    }

    pub fn open(rt: *Runtime, table: *schema.Table) Error!Writer {
        return openWith(rt, table, rt.gpa, true);
    }

    fn openWith(rt: *Runtime, table: *schema.Table, scratch_allocator: Allocator, owned: bool) Error!Writer {
        const index_trees = try rt.arena.alloc(BTree.Tree, table.indexes.len);
        for (table.indexes, index_trees) |index, *tree| tree.* = BTree.Tree.open(rt.txn, rt.gpa, index.root_page_no, .index);
        const key_probes = try rt.arena.alloc(?KeyProbe, table.indexes.len);
        @memset(key_probes, null);
        const unchanged_keys = try rt.arena.alloc(bool, table.indexes.len);
        @memset(unchanged_keys, false);
        var tree = BTree.Tree.open(rt.txn, rt.gpa, table.root_page_no, .table);
        // One pair of write scratch buffers serves all the trees (they write one at a time).
        const cell_size = tree.layout.cell_size_bytes_max;
        // Unpainted: a cell plus a page, always written before read; painting it on every executed
        // INSERT was ~1.3% of a JDBC batch insert.
        const scratch = try unpainted.alloc(u8, scratch_allocator, cell_size + tree.layout.usable_size_bytes);
        tree.lendScratch(scratch[0..cell_size], scratch[cell_size..]);
        for (index_trees) |*index_tree| index_tree.lendScratch(scratch[0..cell_size], scratch[cell_size..]);
        return .{
            .rt = rt,
            .table = table,
            .tree = tree,
            .index_trees = index_trees,
            .key_probes = key_probes,
            .unchanged_keys = unchanged_keys,
            .owned_scratch = if (owned) scratch else null,
        };
    }

    fn clearProbes(w: *Writer) void {
        w.row_probe = null;
        @memset(w.key_probes, null);
        w.probes_spoiled = false;
    }

    pub fn close(w: *Writer) void {
        for (w.index_trees) |*tree| tree.close();
        w.tree.close();
        if (w.owned_scratch) |scratch| w.rt.gpa.free(scratch);
    }

    /// The rowid a new row gets: the given integer (after INTEGER affinity), else max + 1.
    pub fn rowidFor(w: *Writer, given: Value) Error!i64 {
        if (given != .null) {
            const converted = value_mod.applyColumnAffinity(w.rt.arena, given, .integer) catch |err| return w.rt.valueError(err, &.{});
            if (converted != .integer) {
                w.rt.message = "datatype mismatch";
                return error.Mismatch;
            }
            return converted.integer;
        }
        return w.nextRowid();
    }

    /// Functions that keep a cursor (16 KiB of key buffer) on the stack are noinline: inlined into
    /// the per-row path, their frames made each INSERT probe 36 KiB of stack (~2% of a batch).
    noinline fn nextRowid(w: *Writer) Error!i64 {
        var cursor: BTree.Cursor = undefined;
        cursor.init(&w.tree);
        defer cursor.deinit();
        if (!try cursor.last()) return 1;
        const last = try cursor.rowid();
        if (last == std.math.maxInt(i64)) return w.rt.fail("database or disk is full", .{});
        return last + 1;
    }

    /// The rowid an UPDATE or upsert moves a row to: as rowidFor, but NULL is refused as in SQLite.
    fn rowidForUpdate(w: *Writer, given: Value) Error!i64 {
        if (given == .null) {
            w.rt.message = "datatype mismatch";
            return error.Mismatch;
        }
        return w.rowidFor(given);
    }

    /// Checks and writes one row (slots: columns then rowid). Returns false when OR IGNORE
    /// skipped it. `old` is the row being replaced by an UPDATE.
    pub fn write(w: *Writer, slots: []Value, old: ?OldRow, checks: []const Check, conflict: ast.ConflictAction, scratch: Allocator) Error!bool {
        return switch (try w.writeUpsert(slots, old, checks, conflict, &.{}, scratch)) {
            .written => true,
            .skipped => false,
            .upserted => unreachable,
        };
    }

    pub const WriteResult = union(enum) { written, skipped, upserted: []Value };

    /// `write` with upsert clauses: a conflict an ON CONFLICT clause matches is resolved by it.
    pub fn writeUpsert(w: *Writer, slots: []Value, old: ?OldRow, checks: []const Check, conflict: ast.ConflictAction, upserts: []const UpsertPlan, scratch: Allocator) Error!WriteResult {
        const n = w.table.columns.len;
        w.clearProbes();
        try w.applyTypes(slots, scratch);
        if (!try w.checkNotNull(slots, conflict)) return .skipped;
        try w.checkChecks(slots, checks, scratch);
        if (w.rt.foreign_keys) try w.checkParents(slots, scratch);
        const rowid = slots[n].integer;
        const self_rowid: ?i64 = if (old) |o| o.rowid else null;
        try w.markUnchangedKeys(slots, old, scratch);
        switch (try w.resolveConflicts(slots, self_rowid, conflict, upserts, scratch)) {
            .proceed => {},
            .skip => return .skipped,
            .upsert => |u| return w.applyUpsert(u.plan, u.rowid, slots, checks, scratch),
        }
        if (old) |o| {
            try w.deleteKeys(o.rowid, o.values, w.unchanged_keys, scratch);
            if (o.rowid != rowid) _ = try w.tree.deleteRow(o.rowid);
        }
        try w.writeRecord(slots, scratch);
        try w.insertKeys(rowid, slots, w.unchanged_keys, scratch);
        if (old) |o| if (w.rt.foreign_keys) try w.handleParentUpdate(o.values, slots, scratch);
        return .written;
    }

    /// DO NOTHING skips; DO UPDATE rewrites the existing row from SET (reading it and the
    /// proposed row as `excluded`), unless its WHERE is not true.
    fn applyUpsert(w: *Writer, plan: *const UpsertPlan, existing_rowid: i64, proposed: []const Value, checks: []const Check, scratch: Allocator) Error!WriteResult {
        if (!plan.update) return .skipped;
        const n = w.table.columns.len;
        const frame_slots = try scratch.alloc(Value, 2 * (n + 1));
        if (!try w.readStored(existing_rowid, frame_slots[0 .. n + 1], scratch)) return .skipped;
        @memcpy(frame_slots[n + 1 ..], proposed);
        const frame = executor.Frame{ .slots = frame_slots };
        if (plan.where) |where| {
            if (!try executor.isTrue(w.rt, &frame, where, scratch)) return .skipped;
        }
        const old = try scratch.dupe(Value, frame_slots[0 .. n + 1]);
        const new = try scratch.dupe(Value, old);
        for (plan.set_columns, plan.set_values) |column, e| new[column] = try executor.eval(w.rt, &frame, e, scratch);
        // Setting the INTEGER PRIMARY KEY moves the row, as in UPDATE.
        if (w.table.rowid_alias) |alias| for (plan.set_columns) |column| {
            if (column == alias) new[n] = .{ .integer = try w.rowidForUpdate(new[alias]) };
        };
        if (!try w.write(new, .{ .rowid = existing_rowid, .values = old }, checks, .abort, scratch)) return .skipped;
        return .{ .upserted = new };
    }

    noinline fn readStored(w: *Writer, rowid: i64, slots: []Value, scratch: Allocator) Error!bool {
        var cursor: BTree.Cursor = undefined;
        cursor.init(&w.tree);
        defer cursor.deinit();
        if (!try cursor.seekRowid(rowid, .eq)) return false;
        const payload = try scratch.alloc(u8, try cursor.payloadSizeBytes());
        try cursor.readPayload(payload);
        try executor.decodeRow(payload, w.table, rowid, slots);
        return true;
    }

    fn applyTypes(w: *Writer, slots: []Value, scratch: Allocator) Error!void {
        for (w.table.columns, 0..) |column, i| {
            if (w.table.rowid_alias == @as(u32, @intCast(i))) {
                slots[i] = slots[w.table.columns.len];
                continue;
            }
            if (column.strict_type) |strict_type| {
                var diagnostic = value_mod.Diagnostic{};
                slots[i] = value_mod.checkStrict(scratch, strict_type, slots[i], &diagnostic) catch |err| {
                    if (err == error.OutOfMemory) return error.OutOfMemory;
                    // Named only on failure: formatting it for every row was a per-row cost.
                    diagnostic.column_name = try std.fmt.allocPrint(scratch, "{s}.{s}", .{ w.table.name, column.name });
                    w.rt.message = diagnostic.message(err, &w.rt.message_buffer);
                    w.rt.constraint_code = @intFromEnum(ConstraintCode.datatype);
                    return error.Constraint;
                };
            } else {
                slots[i] = value_mod.applyColumnAffinity(scratch, slots[i], column.affinity) catch |err| return w.rt.valueError(err, &.{});
            }
        }
    }

    fn checkNotNull(w: *Writer, slots: []Value, conflict: ast.ConflictAction) Error!bool {
        for (w.table.columns, 0..) |column, i| {
            if (!column.not_null or slots[i] != .null) continue;
            if (conflict == .ignore) return false;
            w.rt.constraint_code = @intFromEnum(ConstraintCode.not_null);
            w.rt.setMessage("NOT NULL constraint failed: {s}.{s}", .{ w.table.name, column.name });
            return error.Constraint;
        }
        return true;
    }

    fn checkChecks(w: *Writer, slots: []Value, checks: []const Check, scratch: Allocator) Error!void {
        const frame = executor.Frame{ .slots = slots };
        for (checks) |check| {
            const v = try executor.eval(w.rt, &frame, check.expr, scratch);
            if (value_mod.truthy(v) == false) {
                w.rt.constraint_code = @intFromEnum(ConstraintCode.check);
                w.rt.setMessage("CHECK constraint failed: {s}", .{check.name});
                return error.Constraint;
            }
        }
    }

    const Resolution = union(enum) { proceed, skip, upsert: struct { plan: *const UpsertPlan, rowid: i64 } };

    /// Finds rows other than `self_rowid` that the new row collides with, in the order SQLite
    /// checks (sqlite3GenerateConstraintChecks): the constraints ON CONFLICT targets name, in
    /// clause order; then the rowid; then the other UNIQUE indexes, newest first (SQLite keeps a
    /// table's indexes newest first). The first conflict found is resolved by the first upsert
    /// clause matching its constraint, else by `conflict`; so a row colliding with the target
    /// and the PRIMARY KEY takes the DO UPDATE, and one colliding only elsewhere fails.
    fn resolveConflicts(w: *Writer, slots: []Value, self_rowid: ?i64, conflict: ast.ConflictAction, upserts: []const UpsertPlan, scratch: Allocator) Error!Resolution {
        const context = ConflictContext{ .slots = slots, .self_rowid = self_rowid, .conflict = conflict, .upserts = upserts, .scratch = scratch };
        var rowid_checked = false;
        for (upserts) |upsert| {
            const target = upsert.target orelse break;
            if (try w.resolveConstraint(target, context)) |resolution| return resolution;
            rowid_checked = rowid_checked or target == .rowid;
        }
        if (!rowid_checked) {
            if (try w.resolveConstraint(.rowid, context)) |resolution| return resolution;
        }
        var i: u32 = @intCast(w.table.indexes.len);
        while (i > 0) {
            i -= 1;
            if (try w.resolveConstraint(.{ .index = i }, context)) |resolution| return resolution;
        }
        return .proceed;
    }

    const ConflictContext = struct {
        slots: []Value,
        self_rowid: ?i64,
        conflict: ast.ConflictAction,
        upserts: []const UpsertPlan,
        scratch: Allocator,
    };

    /// Checks one constraint: null when the row may proceed past it (no conflict, or REPLACE
    /// deleted the conflicting rows). A constraint checked twice (a repeated target) finds
    /// nothing the second time.
    fn resolveConstraint(w: *Writer, constraint: Constraint, context: ConflictContext) Error!?Resolution {
        const slots = context.slots;
        switch (constraint) {
            .rowid => {
                const rowid = slots[w.table.columns.len].integer;
                const exists = if (context.self_rowid) |self|
                    self != rowid and try w.rowExists(rowid)
                else
                    try w.probeRow(rowid);
                if (!exists) return null;
                return w.resolveConflict(constraint, rowid, context);
            },
            .index => |i| {
                if (!w.table.indexes[i].unique or w.unchanged_keys[i]) return null;
                var round: u32 = 0;
                while (try w.nextConflict(i, &w.index_trees[i], slots, context.self_rowid, round == 0, context.scratch)) |other| : (round += 1) {
                    if (round > 1_000_000) return error.Corrupt;
                    if (try w.resolveConflict(constraint, other, context)) |resolution| return resolution;
                }
                return null;
            },
        }
    }

    /// One conflicting row `other`: an upsert clause matching the constraint takes it, else
    /// IGNORE skips the new row, REPLACE deletes `other` (null: go on), anything else fails.
    fn resolveConflict(w: *Writer, constraint: Constraint, other: i64, context: ConflictContext) Error!?Resolution {
        if (matchUpsert(context.upserts, constraint)) |u| return .{ .upsert = .{ .plan = u, .rowid = other } };
        switch (context.conflict) {
            .ignore => return .skip,
            .replace => {
                w.probes_spoiled = true;
                try w.deleteStored(other, context.scratch);
                return null;
            },
            else => return w.uniqueError(switch (constraint) {
                .rowid => null,
                .index => |i| w.table.indexes[i],
            }),
        }
    }

    /// Sets unchanged_keys for this write: all false unless it rewrites row `old` in place.
    fn markUnchangedKeys(w: *Writer, slots: []const Value, old: ?OldRow, scratch: Allocator) Error!void {
        @memset(w.unchanged_keys, false);
        const o = old orelse return;
        const rowid = slots[w.table.columns.len].integer;
        if (o.rowid != rowid) return;
        for (w.table.indexes, w.unchanged_keys) |index, *unchanged| {
            const before = try fullKey(index, o.values, rowid, scratch);
            const after = try fullKey(index, slots, rowid, scratch);
            unchanged.* = std.mem.eql(u8, before, after);
        }
    }

    /// rowExists for a new row, keeping the descent for writeRecord.
    fn probeRow(w: *Writer, rowid: i64) Error!bool {
        w.row_probe = try w.tree.probeRow(rowid);
        return w.row_probe.?.existing != null;
    }

    /// The next row that UNIQUE index `i` says the new row collides with. The first round of a
    /// new row probes the full key once (kept for insertKeys); only when its neighbours lie in
    /// other leaves, or after a REPLACE deleted one, is the index searched by its key columns.
    fn nextConflict(w: *Writer, i: usize, tree: *BTree.Tree, slots: []const Value, self_rowid: ?i64, first_round: bool, scratch: Allocator) Error!?i64 {
        const index = w.table.indexes[i];
        if (first_round and self_rowid == null and !w.probes_spoiled) {
            if (try w.probeKey(i, tree, slots, scratch)) |probe| {
                if (probe.conclusive) return probe.conflict_rowid;
            }
        }
        return w.findConflict(index, tree, slots, self_rowid, scratch);
    }

    /// Probes index `i` for the new row's full key; null when a key column is NULL (NULLs
    /// never conflict, and findConflict says so without a search).
    fn probeKey(w: *Writer, i: usize, tree: *BTree.Tree, slots: []const Value, scratch: Allocator) Error!?*const BTree.Tree.KeyProbe {
        const index = w.table.indexes[i];
        const columns = try keyValuesAlloc(index, slots, scratch);
        for (columns.values) |v| if (v == .null) return null;
        const n = w.table.columns.len;
        const key = try encodeFullKey(columns, slots[n].integer, scratch);
        const prefix_len = key.len - key_codec.suffixSizeBytes(columns.values);
        assert(prefix_len > 0 and prefix_len < key.len);
        w.key_probes[i] = .{ .key = key, .probe = try tree.probeKeyUnique(key, prefix_len) };
        return &w.key_probes[i].?.probe;
    }

    /// The first ON CONFLICT clause whose target is `constraint`, or that has no target.
    fn matchUpsert(upserts: []const UpsertPlan, constraint: Constraint) ?*const UpsertPlan {
        for (upserts) |*u| {
            const target = u.target orelse return u;
            if (std.meta.eql(target, constraint)) return u;
        }
        return null;
    }

    noinline fn rowExists(w: *Writer, rowid: i64) Error!bool {
        var cursor: BTree.Cursor = undefined;
        cursor.init(&w.tree);
        defer cursor.deinit();
        return cursor.seekRowid(rowid, .eq);
    }

    fn uniqueError(w: *Writer, index: ?*schema.Index) Error {
        const table = w.table;
        var text = std.ArrayList(u8).init(w.rt.arena);
        if (index) |ix| {
            for (ix.columns, 0..) |column, i| {
                if (i > 0) text.appendSlice(", ") catch {};
                text.writer().print("{s}.{s}", .{ table.name, table.columns[column.column].name }) catch {};
            }
        } else {
            const name = if (table.rowid_alias) |alias| table.columns[alias].name else "rowid";
            text.writer().print("{s}.{s}", .{ table.name, name }) catch {};
        }
        const is_pk = if (index) |ix| ix.primary_key else true;
        w.rt.constraint_code = @intFromEnum(if (is_pk) ConstraintCode.primary_key else ConstraintCode.unique);
        w.rt.setMessage("UNIQUE constraint failed: {s}", .{text.items});
        return error.Constraint;
    }

    fn keyValues(index: *const schema.Index, slots: []const Value, values: []Value, descending: []bool) void {
        for (index.columns, 0..) |column, i| {
            values[i] = slots[column.column];
            descending[i] = column.descending;
        }
    }

    const KeyColumns = struct { values: []Value, descending: []bool };

    /// keyValues into `scratch`, sized to the index: `[column_count_max]Value = undefined` on
    /// the stack is painted (1.6 KiB) on every call in safe builds, twice per inserted row.
    fn keyValuesAlloc(index: *const schema.Index, slots: []const Value, scratch: Allocator) Error!KeyColumns {
        const k = index.columns.len;
        assert(k > 0 and k <= key_codec.column_count_max);
        const columns = KeyColumns{
            .values = try scratch.alloc(Value, k),
            .descending = try scratch.alloc(bool, k),
        };
        keyValues(index, slots, columns.values, columns.descending);
        return columns;
    }

    noinline fn findConflict(w: *Writer, index: *const schema.Index, tree: *BTree.Tree, slots: []const Value, self_rowid: ?i64, scratch: Allocator) Error!?i64 {
        _ = w;
        const columns = try keyValuesAlloc(index, slots, scratch);
        for (columns.values) |v| if (v == .null) return null;
        const prefix = try scratch.alloc(u8, key_codec.encodedSizeBytes(columns.values, false));
        _ = key_codec.encode(columns.values, columns.descending, null, prefix);
        var cursor: BTree.Cursor = undefined;
        cursor.init(tree);
        defer cursor.deinit();
        var more = try cursor.seekKey(prefix, .eq);
        while (more) : (more = try cursor.next()) {
            if (btree.comparePrefix(try cursor.key(), prefix) != .eq) return null;
            const rowid = try cursor.rowid();
            if (rowid != self_rowid) return rowid;
        }
        return null;
    }

    fn fullKey(index: *const schema.Index, slots: []const Value, rowid: i64, scratch: Allocator) Error![]u8 {
        return encodeFullKey(try keyValuesAlloc(index, slots, scratch), rowid, scratch);
    }

    fn encodeFullKey(columns: KeyColumns, rowid: i64, scratch: Allocator) Error![]u8 {
        const buffer = try scratch.alloc(u8, key_codec.encodedSizeBytes(columns.values, true));
        const size = key_codec.encode(columns.values, columns.descending, rowid, buffer);
        return buffer[0..size];
    }

    /// Inserts the row's key into every index but those `skip` marks.
    fn insertKeys(w: *Writer, rowid: i64, slots: []const Value, skip: []const bool, scratch: Allocator) Error!void {
        for (w.table.indexes, w.index_trees, w.key_probes, skip) |index, *tree, *maybe_probe, skipped| {
            if (skipped) continue;
            if (maybe_probe.*) |*p| if (!w.probes_spoiled) {
                // The probe encoded this very key: the slots have not changed since.
                // Re-encoding the key to check it cost ~3% of a batch insert in the shipped
                // (ReleaseSafe) library: checked in Debug builds, which the tests use.
                if (builtin.mode == .Debug) assert(std.mem.eql(u8, p.key, try fullKey(index, slots, rowid, scratch)));
                _ = try tree.insertKeyProbed(&p.probe, p.key);
                continue;
            };
            _ = try tree.insertKey(try fullKey(index, slots, rowid, scratch));
        }
    }

    /// Deletes the row's key from every index but those `skip` marks.
    fn deleteKeys(w: *Writer, rowid: i64, slots: []const Value, skip: ?[]const bool, scratch: Allocator) Error!void {
        for (w.table.indexes, w.index_trees, 0..) |index, *tree, i| {
            if (skip) |s| if (s[i]) continue;
            _ = try tree.deleteKey(try fullKey(index, slots, rowid, scratch));
        }
    }

    fn writeRecord(w: *Writer, slots: []const Value, scratch: Allocator) Error!void {
        const n = w.table.columns.len;
        const stored = slots[0..n];
        var alias_saved: Value = .null;
        if (w.table.rowid_alias) |alias| {
            alias_saved = stored[alias];
            @constCast(stored)[alias] = .null;
        }
        defer if (w.table.rowid_alias) |alias| {
            @constCast(stored)[alias] = alias_saved;
        };
        const payload = try scratch.alloc(u8, try record.encodedSizeBytes(stored));
        _ = record.encode(stored, payload);
        const rowid = slots[n].integer;
        const hint: ?*const BTree.Tree.RowProbe = if (w.probes_spoiled) null else if (w.row_probe) |*p| p else null;
        _ = try w.tree.insertRowProbed(hint, rowid, payload);
    }

    /// Deletes a stored row found by rowid, with its index keys (OR REPLACE).
    noinline fn deleteStored(w: *Writer, rowid: i64, scratch: Allocator) Error!void {
        const n = w.table.columns.len;
        const slots = try scratch.alloc(Value, n + 1);
        {
            var cursor: BTree.Cursor = undefined;
            cursor.init(&w.tree);
            defer cursor.deinit();
            if (!try cursor.seekRowid(rowid, .eq)) return;
            const payload = try scratch.alloc(u8, try cursor.payloadSizeBytes());
            try cursor.readPayload(payload);
            try executor.decodeRow(payload, w.table, rowid, slots);
        }
        try w.delete(rowid, slots);
    }

    const checkParents = WriterFk.checkParents;
    const handleChildren = WriterFk.handleChildren;
    const handleParentUpdate = WriterFk.handleParentUpdate;

    pub fn delete(w: *Writer, rowid: i64, slots: []const Value) Error!void {
        var scratch_state = std.heap.ArenaAllocator.init(w.rt.gpa);
        defer scratch_state.deinit();
        if (w.rt.foreign_keys) try w.handleChildren(slots, scratch_state.allocator());
        try w.deleteKeys(rowid, slots, null, scratch_state.allocator());
        _ = try w.tree.deleteRow(rowid);
    }
};

// ---------------------------------------------------------------------------------------------
// FOREIGN KEY enforcement (when PRAGMA foreign_keys is on): a child row's key must exist in the
// parent (its rowid or a UNIQUE/PRIMARY KEY index on the parent columns); deleting a parent row
// applies the child's ON DELETE action (CASCADE, SET NULL, SET DEFAULT, else the constraint
// fails); changing a referenced parent key by UPDATE (or upsert) applies its ON UPDATE action the
// same way, once the parent row holds its new key (so cascaded children find it). The catalog
// resolved every key's parent and listed the keys referencing each table when it loaded
// (schema.linkForeignKeys), so a changed row never searches the catalog; child rows are found by
// scanning the child table.

const fk_cascade_depth_max: u32 = 100;

const ParentKey = schema.ParentKey;

fn foreignKeyError(rt: *Runtime) Error {
    rt.constraint_code = @intFromEnum(ConstraintCode.foreign_key);
    rt.setMessage("FOREIGN KEY constraint failed", .{});
    return error.Constraint;
}

/// The parent key `fk` (a key of `child`) finds its parent rows by; SQLite reports a missing
/// parent table or a key no index backs only when the key is used, so this is checked here.
fn usableParentKey(rt: *Runtime, child: *const schema.Table, fk: *const schema.ForeignKey) Error!ParentKey {
    const parent = fk.parent_table orelse return rt.fail("no such table: main.{s}", .{fk.parent});
    return fk.parent_key orelse
        rt.fail("foreign key mismatch - \"{s}\" referencing \"{s}\"", .{ child.name, parent.name });
}

noinline fn parentExists(rt: *Runtime, parent: *schema.Table, key: ParentKey, values: []const Value, scratch: Allocator) Error!bool {
    switch (key) {
        .rowid => {
            const v = value_mod.applyColumnAffinity(scratch, values[0], .integer) catch |err| return rt.valueError(err, &.{});
            if (v != .integer) return false;
            var tree = BTree.Tree.open(rt.txn, rt.gpa, parent.root_page_no, .table);
            defer tree.close();
            var cursor: BTree.Cursor = undefined;
            cursor.init(&tree);
            defer cursor.deinit();
            return cursor.seekRowid(v.integer, .eq);
        },
        .index => |index| {
            var converted: [key_codec.column_count_max]Value = undefined;
            var descending: [key_codec.column_count_max]bool = undefined;
            for (values, 0..) |v, i| {
                const affinity = parent.columns[index.columns[i].column].affinity;
                converted[i] = value_mod.applyColumnAffinity(scratch, v, affinity) catch |err| return rt.valueError(err, &.{});
                descending[i] = index.columns[i].descending;
            }
            const k = values.len;
            const prefix = try scratch.alloc(u8, key_codec.encodedSizeBytes(converted[0..k], false));
            _ = key_codec.encode(converted[0..k], descending[0..k], null, prefix);
            var tree = BTree.Tree.open(rt.txn, rt.gpa, index.root_page_no, .index);
            defer tree.close();
            var cursor: BTree.Cursor = undefined;
            cursor.init(&tree);
            defer cursor.deinit();
            if (!try cursor.seekKey(prefix, .eq)) return false;
            return btree.comparePrefix(try cursor.key(), prefix) == .eq;
        },
    }
}

const compare_mod = @import("compare.zig");

fn childMatches(child_slots: []const Value, fk: *const schema.ForeignKey, parent_values: []const Value) bool {
    for (fk.columns, parent_values) |column, parent_value| {
        const v = child_slots[column];
        if (v == .null or parent_value == .null) return false;
        if (compare_mod.compareValues(v, parent_value, .binary) != .eq) return false;
    }
    return true;
}

noinline fn collectChildren(rt: *Runtime, child: *schema.Table, fk: *const schema.ForeignKey, parent_values: []const Value, scratch: Allocator) Error![][]Value {
    var found = std.ArrayList([]Value).init(scratch);
    var tree = BTree.Tree.open(rt.txn, rt.gpa, child.root_page_no, .table);
    defer tree.close();
    var cursor: BTree.Cursor = undefined;
    cursor.init(&tree);
    defer cursor.deinit();
    const n = child.columns.len;
    var more = try cursor.first();
    while (more) : (more = try cursor.next()) {
        const payload = try scratch.alloc(u8, try cursor.payloadSizeBytes());
        try cursor.readPayload(payload);
        const slots = try scratch.alloc(Value, n + 1);
        try executor.decodeRow(payload, child, try cursor.rowid(), slots);
        if (childMatches(slots, fk, parent_values)) try found.append(slots);
    }
    return found.items;
}

const WriterFk = struct {
    fn checkParents(w: *Writer, slots: []const Value, scratch: Allocator) Error!void {
        for (w.table.foreign_keys) |*fk| {
            const values = try scratch.alloc(Value, fk.columns.len);
            var has_null = false;
            for (fk.columns, values) |column, *v| {
                v.* = slots[column];
                has_null = has_null or v.* == .null;
            }
            if (has_null) continue;
            const key = try usableParentKey(w.rt, w.table, fk);
            if (!try parentExists(w.rt, fk.parent_table.?, key, values, scratch)) return foreignKeyError(w.rt);
        }
    }

    /// Calls `action(context, reference, key)` for each foreign key referencing w's table (the
    /// catalog's list: no other table is looked at), as one more level of cascading actions.
    fn forEachReference(w: *Writer, context: anytype, comptime action: anytype) Error!void {
        const references = w.table.referenced_by;
        if (references.len == 0) return;
        w.rt.fk_depth += 1;
        defer w.rt.fk_depth -= 1;
        if (w.rt.fk_depth > fk_cascade_depth_max) return w.rt.fail("too many levels of foreign key cascades", .{});
        for (references) |reference| {
            assert(reference.key.parent_table == w.table);
            const key = try usableParentKey(w.rt, reference.child, reference.key);
            try action(context, reference, key);
        }
    }

    /// A parent row (slots: columns then rowid) is being deleted: children that reference it
    /// follow their ON DELETE action.
    fn handleChildren(w: *Writer, parent_slots: []const Value, scratch: Allocator) Error!void {
        const Deleted = struct {
            w: *Writer,
            parent_slots: []const Value,
            scratch: Allocator,

            fn apply(d: @This(), reference: schema.Reference, key: ParentKey) Error!void {
                const fk = reference.key;
                const values = try d.scratch.alloc(Value, fk.columns.len);
                for (values, 0..) |*v, i| v.* = d.parent_slots[key.column(d.w.table, i)];
                const rows = try collectChildren(d.w.rt, reference.child, fk, values, d.scratch);
                if (rows.len == 0) return;
                try applyOnDelete(d.w.rt, reference.child, fk, rows, values, d.scratch);
            }
        };
        const deleted = Deleted{ .w = w, .parent_slots = parent_slots, .scratch = scratch };
        try forEachReference(w, deleted, Deleted.apply);
    }

    /// A parent row changed from `old` to `new` (slots: columns then rowid): children that
    /// referenced a key that changed follow their ON UPDATE action.
    fn handleParentUpdate(w: *Writer, old: []const Value, new: []const Value, scratch: Allocator) Error!void {
        assert(old.len == new.len);
        const Updated = struct {
            w: *Writer,
            old: []const Value,
            new: []const Value,
            scratch: Allocator,

            fn apply(u: @This(), reference: schema.Reference, key: ParentKey) Error!void {
                const fk = reference.key;
                const old_values = try u.scratch.alloc(Value, fk.columns.len);
                const new_values = try u.scratch.alloc(Value, fk.columns.len);
                var changed = false;
                for (old_values, new_values, 0..) |*old_value, *new_value, i| {
                    old_value.* = u.old[key.column(u.w.table, i)];
                    new_value.* = u.new[key.column(u.w.table, i)];
                    changed = changed or !compare_mod.is(old_value.*, new_value.*, null, .binary);
                }
                if (!changed) return;
                const rows = try collectChildren(u.w.rt, reference.child, fk, old_values, u.scratch);
                if (rows.len == 0) return;
                try applyOnUpdate(u.w.rt, reference.child, fk, rows, new_values, u.scratch);
            }
        };
        const updated = Updated{ .w = w, .old = old, .new = new, .scratch = scratch };
        try forEachReference(w, updated, Updated.apply);
    }
};

/// The values ON ... SET NULL writes into the child key.
fn nullKey(fk: *const schema.ForeignKey, scratch: Allocator) Error![]Value {
    const values = try scratch.alloc(Value, fk.columns.len);
    @memset(values, .null);
    return values;
}

/// The values ON ... SET DEFAULT writes into the child key: each column's DEFAULT evaluated as an
/// INSERT would (NULL without one), with the column's affinity, as the child row will hold it.
fn keyDefaults(rt: *Runtime, child: *schema.Table, fk: *const schema.ForeignKey, scratch: Allocator) Error![]Value {
    const catalog = rt.catalog orelse return rt.fail("no catalog for SET DEFAULT", .{});
    const values = try scratch.alloc(Value, fk.columns.len);
    var c = compile.Compiler.init(scratch, catalog, child.sql);
    var empty = compile.Scope{ .parent = null, .entries = .init(scratch) };
    const frame = executor.Frame{ .slots = &.{} };
    for (fk.columns, values) |column, *v| {
        const default = child.columns[column].default orelse {
            v.* = .null;
            continue;
        };
        const e = c.compileExpr(&empty, default) catch |err| switch (err) {
            error.OutOfMemory => return error.OutOfMemory,
            error.Compile => return rt.fail("{s}", .{c.message}),
        };
        const raw = try executor.eval(rt, &frame, e, scratch);
        const affinity = child.columns[column].affinity;
        v.* = value_mod.applyColumnAffinity(scratch, raw, affinity) catch |err| return rt.valueError(err, &.{});
    }
    return values;
}

/// The child's CHECK constraints, compiled for the rows an action rewrites: SQLite runs SET NULL,
/// SET DEFAULT and CASCADE on update as UPDATEs of the child, so its CHECKs (and NOT NULL, which
/// `write` checks) apply, and a violation aborts the parent's statement whatever its OR clause.
fn childChecks(rt: *Runtime, child: *schema.Table, scratch: Allocator) Error![]const Check {
    if (child.checks.len == 0) return &.{};
    const catalog = rt.catalog orelse return rt.fail("no catalog for CHECK", .{});
    var c = compile.Compiler.init(scratch, catalog, child.sql);
    const checks = compileChecks(&c, child) catch |err| switch (err) {
        error.OutOfMemory => return error.OutOfMemory,
        error.Compile => return rt.fail("{s}", .{c.message}),
    };
    assert(checks.len == child.checks.len);
    return checks;
}

fn applyOnUpdate(rt: *Runtime, child: *schema.Table, fk: *const schema.ForeignKey, rows: [][]Value, new_key: []const Value, scratch: Allocator) Error!void {
    assert(rows.len > 0);
    assert(new_key.len == fk.columns.len);
    const replacement: []const Value = switch (fk.on_update) {
        .cascade => new_key,
        .set_null => try nullKey(fk, scratch),
        .set_default => try keyDefaults(rt, child, fk, scratch),
        .restrict, .no_action => return foreignKeyError(rt),
    };
    const checks = try childChecks(rt, child, scratch);
    var writer = try Writer.open(rt, child);
    defer writer.close();
    const n = child.columns.len;
    for (rows) |row| {
        const new = try scratch.dupe(Value, row);
        for (fk.columns, replacement) |column, value| new[column] = value;
        _ = try writer.write(new, .{ .rowid = row[n].integer, .values = row }, checks, .abort, scratch);
    }
}

/// Children of a parent row being deleted: CASCADE deletes them, SET NULL and SET DEFAULT
/// rewrite their key. The parent row still exists while its children are handled, so a default
/// equal to its key is refused here (SQLite's end-of-statement check would find it dangling).
fn applyOnDelete(rt: *Runtime, child: *schema.Table, fk: *const schema.ForeignKey, rows: [][]Value, deleted_key: []const Value, scratch: Allocator) Error!void {
    assert(rows.len > 0);
    assert(deleted_key.len == fk.columns.len);
    const replacement: ?[]const Value = switch (fk.on_delete) {
        .cascade => null,
        .set_null => try nullKey(fk, scratch),
        .set_default => try keyDefaults(rt, child, fk, scratch),
        .restrict, .no_action => return foreignKeyError(rt),
    };
    const checks: []const Check = if (replacement == null) &.{} else try childChecks(rt, child, scratch);
    var writer = try Writer.open(rt, child);
    defer writer.close();
    const n = child.columns.len;
    for (rows) |row| {
        const rowid = row[n].integer;
        const values = replacement orelse {
            if (try writer.rowExists(rowid)) try writer.delete(rowid, row);
            continue;
        };
        const new = try scratch.dupe(Value, row);
        for (fk.columns, values) |column, value| new[column] = value;
        // Written first so the child's NOT NULL and CHECK fail before the dangling key, as the
        // UPDATE SQLite runs fails before its end-of-statement foreign key check.
        _ = try writer.write(new, .{ .rowid = rowid, .values = row }, checks, .abort, scratch);
        if (childMatches(new, fk, deleted_key)) return foreignKeyError(rt);
    }
}
