//! Name resolution and expression compilation: ast.zig trees to ir.zig trees, once per prepare.
//!
//! Scopes: each query core has a `Scope` listing its FROM sources (name, columns, first slot);
//! a subquery's scope points to its enclosing one. A column name is looked up innermost first;
//! found N scopes out it compiles to (up = N, slot), and every scope crossed is marked as using
//! outer columns, which makes its subquery correlated (re-run per outer row). Each lookup also
//! records the highest slot used in the scope it resolved in, which is how WHERE conjuncts are
//! assigned to the earliest join level that binds every column they read.
//!
//! Errors carry SQLite's wording and, where SQLite gives one, the byte offset of the name.
const std = @import("std");
const assert = std.debug.assert;
const ast = @import("ast.zig");
const ir = @import("ir.zig");
const schema = @import("schema.zig");
const value_mod = @import("value.zig");
const compare = @import("compare.zig");
const functions = @import("functions.zig");
const aggregate_functions = @import("aggregates.zig");
const planner = @import("planner.zig");

const Allocator = std.mem.Allocator;
const Expr = ir.Expr;
const Value = ir.Value;
const Affinity = ir.Affinity;

pub const Error = error{ Compile, OutOfMemory };

/// Nested subqueries/CTEs a statement may have (the parser bounds expression depth already).
const nesting_max: u32 = 200;

pub const ColumnInfo = struct { name: []const u8, affinity: ?Affinity, collation: ?compare.Collation = null };

const Entry = struct {
    name: []const u8,
    columns: []const ColumnInfo,
    slot_base: u32,
    has_rowid: bool,
    /// Columns merged into an earlier source by USING/NATURAL: not found unqualified, not in `*`.
    hidden: []const []const u8 = &.{},
    /// Reachable only as `name.column` (upsert's `excluded`).
    qualified_only: bool = false,

    fn isHidden(entry: *const Entry, name: []const u8) bool {
        if (entry.qualified_only) return true;
        for (entry.hidden) |h| if (std.ascii.eqlIgnoreCase(h, name)) return true;
        return false;
    }
};

pub const Scope = struct {
    parent: ?*Scope,
    entries: std.ArrayList(Entry),
    uses_outer: bool = false,
    /// A scope with no frame of its own (the boundary around a subquery): crossing it does not
    /// count as a frame step.
    transparent: bool = false,
    /// Bit i: the conjunct being compiled reads source i of this scope (bit 63: i >= 63).
    ref_mask: u64 = 0,
    /// Non-null where aggregate calls are allowed (result columns, HAVING, ORDER BY).
    aggregates: ?*std.ArrayList(ir.AggCall) = null,
};

const CteBinding = struct { name: []const u8, cte: *const ast.Cte };

pub const Compiler = struct {
    arena: Allocator,
    catalog: *const schema.Catalog,
    source: []const u8,
    ctes: std.ArrayList(CteBinding),
    nesting: u32 = 0,
    message_buffer: [256]u8 = undefined,
    message: []const u8 = "",
    offset: ?u32 = null,

    pub fn init(arena: Allocator, catalog: *const schema.Catalog, source: []const u8) Compiler {
        return .{ .arena = arena, .catalog = catalog, .source = source, .ctes = std.ArrayList(CteBinding).init(arena) };
    }

    pub fn fail(c: *Compiler, offset: ?u32, comptime format: []const u8, args: anytype) Error {
        c.message = std.fmt.bufPrint(&c.message_buffer, format, args) catch c.message_buffer[0..];
        c.offset = offset;
        return error.Compile;
    }

    fn new(c: *Compiler, data: Expr.Data) Error!*Expr {
        const e = try c.arena.create(Expr);
        e.* = .{ .data = data };
        return e;
    }

    // -----------------------------------------------------------------------------------------
    // Queries.

    pub fn compileSelect(c: *Compiler, parent: ?*Scope, select: *const ast.Select) Error!*ir.Query {
        c.nesting += 1;
        defer c.nesting -= 1;
        if (c.nesting > nesting_max) return c.fail(select.span.start, "too many nested subqueries", .{});
        const ctes_len = c.ctes.items.len;
        defer c.ctes.shrinkRetainingCapacity(ctes_len);
        if (select.with) |with| {
            for (with.ctes) |*cte| try c.ctes.append(.{ .name = cte.name.text, .cte = cte });
        }
        if (select.compounds.len == 0) return c.compileSimple(parent, select);
        return c.compileCompound(parent, select);
    }

    fn compileSimple(c: *Compiler, parent: ?*Scope, select: *const ast.Select) Error!*ir.Query {
        const query = try c.arena.create(ir.Query);
        var keys = std.ArrayList(ir.OrderKey).init(c.arena);
        const core = try c.compileCore(parent, select.first, select.order_by, &keys);
        const cores = try c.arena.alloc(*ir.Core, 1);
        cores[0] = core.core;
        query.* = .{
            .cores = cores,
            .order_by = keys.items,
            .column_names = core.names,
            .column_affinities = core.affinities,
            .column_count = core.core.output_count,
        };
        try c.compileLimit(parent, query, select);
        planner.useIndexOrder(query);
        return query;
    }

    fn compileLimit(c: *Compiler, parent: ?*Scope, query: *ir.Query, select: *const ast.Select) Error!void {
        var scope = Scope{ .parent = parent, .entries = std.ArrayList(Entry).init(c.arena) };
        if (select.limit) |limit| query.limit = try c.compileExpr(&scope, limit);
        if (select.offset) |offset| query.offset = try c.compileExpr(&scope, offset);
    }

    fn compileCompound(c: *Compiler, parent: ?*Scope, select: *const ast.Select) Error!*ir.Query {
        const query = try c.arena.create(ir.Query);
        const cores = try c.arena.alloc(*ir.Core, select.compounds.len + 1);
        const ops = try c.arena.alloc(ast.Select.CompoundOp, select.compounds.len);
        var no_keys = std.ArrayList(ir.OrderKey).init(c.arena);
        const first = try c.compileCore(parent, select.first, &.{}, &no_keys);
        cores[0] = first.core;
        for (select.compounds, 0..) |compound, i| {
            const next = try c.compileCore(parent, compound.core, &.{}, &no_keys);
            if (next.core.output_count != first.core.output_count) {
                const word = switch (compound.op) {
                    .union_distinct => "UNION",
                    .union_all => "UNION ALL",
                    .intersect => "INTERSECT",
                    .except => "EXCEPT",
                };
                return c.fail(null, "SELECTs to the left and right of {s} do not have the same number of result columns", .{word});
            }
            cores[i + 1] = next.core;
            ops[i] = compound.op;
        }
        query.* = .{
            .cores = cores,
            .ops = ops,
            .column_names = first.names,
            .column_affinities = first.affinities,
            .column_count = first.core.output_count,
        };
        query.order_by = try c.compoundOrderBy(select.order_by, first.names);
        try c.compileLimit(parent, query, select);
        return query;
    }

    fn compoundOrderBy(c: *Compiler, terms: []const ast.OrderingTerm, names: [][]const u8) Error![]ir.OrderKey {
        const keys = try c.arena.alloc(ir.OrderKey, terms.len);
        for (terms, 0..) |term, i| {
            const column = c.orderByColumn(term.expr, names) orelse
                return c.fail(null, "{d}{s} ORDER BY term does not match any column in the result set", .{ i + 1, ordinalSuffix(i + 1) });
            if (column >= names.len) {
                return c.fail(null, "{d}{s} ORDER BY term out of range - should be between 1 and {d}", .{ i + 1, ordinalSuffix(i + 1), names.len });
            }
            keys[i] = orderKey(column, term);
        }
        return keys;
    }

    /// An ORDER BY term naming an output column by position or alias.
    fn orderByColumn(c: *Compiler, expr: *const ast.Expr, names: [][]const u8) ?u32 {
        switch (expr.data) {
            .integer => |k| return if (k >= 1) @intCast(@min(k - 1, std.math.maxInt(u32))) else std.math.maxInt(u32),
            .column => |ref| {
                if (ref.table != null) return null;
                for (names, 0..) |name, i| if (std.ascii.eqlIgnoreCase(name, ref.column.text)) return @intCast(i);
                return null;
            },
            .collate => |col| return c.orderByColumn(col.operand, names),
            else => return null,
        }
    }

    const CompiledCore = struct { core: *ir.Core, names: [][]const u8, affinities: []?Affinity };

    fn compileCore(
        c: *Compiler,
        parent: ?*Scope,
        core_ast: *const ast.SelectCore,
        order_by: []const ast.OrderingTerm,
        keys: *std.ArrayList(ir.OrderKey),
    ) Error!CompiledCore {
        const core = try c.arena.create(ir.Core);
        core.* = .{};
        var scope = Scope{ .parent = parent, .entries = std.ArrayList(Entry).init(c.arena) };
        switch (core_ast.data) {
            .values => |rows| return c.compileValues(&scope, core, rows, order_by, keys),
            .select => |*select| {
                const names = try c.compileSelectCore(&scope, core, select, order_by, keys);
                return names;
            },
        }
    }

    fn compileValues(
        c: *Compiler,
        scope: *Scope,
        core: *ir.Core,
        rows: [][]*ast.Expr,
        order_by: []const ast.OrderingTerm,
        keys: *std.ArrayList(ir.OrderKey),
    ) Error!CompiledCore {
        const compiled = try c.arena.alloc([]*Expr, rows.len);
        for (rows, 0..) |row, i| {
            compiled[i] = try c.arena.alloc(*Expr, row.len);
            for (row, 0..) |e, j| compiled[i][j] = try c.compileExpr(scope, e);
        }
        const width = if (rows.len > 0) rows[0].len else 0;
        core.values = compiled;
        core.output_count = @intCast(width);
        const names = try c.arena.alloc([]const u8, width);
        const affinities = try c.arena.alloc(?Affinity, width);
        for (names, 0..) |*name, i| name.* = try std.fmt.allocPrint(c.arena, "column{d}", .{i + 1});
        @memset(affinities, null);
        for (order_by, 0..) |term, i| {
            const column = c.orderByColumn(term.expr, names) orelse
                return c.fail(null, "{d}{s} ORDER BY term does not match any column in the result set", .{ i + 1, ordinalSuffix(i + 1) });
            try keys.append(orderKey(column, term));
        }
        return .{ .core = core, .names = names, .affinities = affinities };
    }

    fn compileSelectCore(
        c: *Compiler,
        scope: *Scope,
        core: *ir.Core,
        select: *const ast.SelectCore.Core,
        order_by: []const ast.OrderingTerm,
        keys: *std.ArrayList(ir.OrderKey),
    ) Error!CompiledCore {
        var sources = std.ArrayList(ir.Source).init(c.arena);
        var conjuncts = std.ArrayList(*const ast.Expr).init(c.arena);
        var on_lists = std.ArrayList(std.ArrayList(*const ast.Expr)).init(c.arena);
        try c.bindFrom(scope, select.from, &sources, &conjuncts, &on_lists);
        core.sources = sources.items;
        core.slot_count = if (sources.items.len == 0) 0 else blk: {
            const last = sources.items[sources.items.len - 1];
            break :blk last.slot_base + last.width;
        };
        core.distinct = select.distinct;
        if (select.where) |where| try splitAnd(where, &conjuncts);
        try c.assignFilters(scope, core, conjuncts.items, on_lists.items);

        var aggregates = std.ArrayList(ir.AggCall).init(c.arena);
        var result = std.ArrayList(*Expr).init(c.arena);
        var names = std.ArrayList([]const u8).init(c.arena);
        var affinities = std.ArrayList(?Affinity).init(c.arena);
        scope.aggregates = &aggregates;
        for (select.columns) |column| try c.compileResultColumn(scope, column, &result, &names, &affinities);
        core.output_count = @intCast(result.items.len);
        if (select.having) |having| core.having = try c.compileExpr(scope, having);
        try c.compileOrderBy(scope, core, order_by, names.items, &result, keys);
        scope.aggregates = null;
        core.group_by = try c.arena.alloc(*Expr, select.group_by.len);
        for (select.group_by, 0..) |term, i| core.group_by[i] = try c.compileGroupTerm(scope, term, select.columns, result.items);
        core.result = result.items;
        core.aggregates = aggregates.items;
        core.aggregate = aggregates.items.len > 0 or core.group_by.len > 0;
        if (core.having != null and !core.aggregate) {
            return c.fail(null, "a GROUP BY clause is required before HAVING", .{});
        }
        try planner.chooseAccess(c.arena, core);
        return .{ .core = core, .names = names.items, .affinities = affinities.items };
    }

    fn compileGroupTerm(c: *Compiler, scope: *Scope, term: *const ast.Expr, columns: []ast.ResultColumn, result: []*Expr) Error!*Expr {
        if (term.data == .integer) {
            const k = term.data.integer;
            if (k < 1 or k > columns.len) return c.fail(null, "1st GROUP BY term out of range - should be between 1 and {d}", .{columns.len});
            return result[@intCast(k - 1)];
        }
        if (term.data == .column and term.data.column.table == null) {
            if (c.tryResolve(scope, null, term.data.column.column.text) == null) {
                for (columns, 0..) |column, i| {
                    if (column.data != .expr) continue;
                    const alias = column.data.expr.alias orelse continue;
                    if (std.ascii.eqlIgnoreCase(alias.text, term.data.column.column.text)) return result[i];
                }
            }
        }
        return c.compileExpr(scope, term);
    }

    fn compileOrderBy(
        c: *Compiler,
        scope: *Scope,
        core: *ir.Core,
        order_by: []const ast.OrderingTerm,
        names: [][]const u8,
        result: *std.ArrayList(*Expr),
        keys: *std.ArrayList(ir.OrderKey),
    ) Error!void {
        for (order_by, 0..) |term, i| {
            if (term.expr.data == .integer) {
                const k = term.expr.data.integer;
                if (k < 1 or k > core.output_count) {
                    return c.fail(null, "{d}{s} ORDER BY term out of range - should be between 1 and {d}", .{ i + 1, ordinalSuffix(i + 1), core.output_count });
                }
                try keys.append(orderKey(@intCast(k - 1), term));
                continue;
            }
            if (term.expr.data == .column and term.expr.data.column.table == null) {
                const name = term.expr.data.column.column.text;
                const alias_match = for (names, 0..) |n, j| {
                    if (std.ascii.eqlIgnoreCase(n, name)) break @as(?u32, @intCast(j));
                } else null;
                if (alias_match) |j| {
                    if (c.tryResolve(scope, null, name) == null or j < core.output_count) {
                        try keys.append(orderKey(j, term));
                        continue;
                    }
                }
            }
            const expr = try c.compileExpr(scope, term.expr);
            try result.append(expr);
            try keys.append(orderKey(@intCast(result.items.len - 1), term));
        }
    }

    fn compileResultColumn(
        c: *Compiler,
        scope: *Scope,
        column: ast.ResultColumn,
        result: *std.ArrayList(*Expr),
        names: *std.ArrayList([]const u8),
        affinities: *std.ArrayList(?Affinity),
    ) Error!void {
        switch (column.data) {
            .expr => |e| {
                const compiled = try c.compileExpr(scope, e.expr);
                try result.append(compiled);
                try affinities.append(compiled.affinity);
                const name = if (e.alias) |alias| alias.text else if (e.expr.data == .column)
                    e.expr.data.column.column.text
                else
                    e.expr.span.text(c.source);
                try names.append(name);
            },
            .star => {
                if (scope.entries.items.len == 0) return c.fail(column.span.start, "no tables specified", .{});
                for (scope.entries.items) |*entry| try c.expandEntry(entry, result, names, affinities);
            },
            .table_star => |table_name| {
                for (scope.entries.items) |*entry| {
                    if (std.ascii.eqlIgnoreCase(entry.name, table_name.text)) {
                        return c.expandEntry(entry, result, names, affinities);
                    }
                }
                return c.fail(table_name.span.start, "no such table: {s}", .{table_name.text});
            },
        }
    }

    fn expandEntry(
        c: *Compiler,
        entry: *const Entry,
        result: *std.ArrayList(*Expr),
        names: *std.ArrayList([]const u8),
        affinities: *std.ArrayList(?Affinity),
    ) Error!void {
        for (entry.columns, 0..) |column, i| {
            if (entry.isHidden(column.name)) continue;
            const e = try c.new(.{ .column = .{ .up = 0, .slot = entry.slot_base + @as(u32, @intCast(i)) } });
            e.affinity = column.affinity;
            e.collation = column.collation;
            try result.append(e);
            try names.append(column.name);
            try affinities.append(column.affinity);
        }
    }

    // -----------------------------------------------------------------------------------------
    // FROM.

    fn bindFrom(
        c: *Compiler,
        scope: *Scope,
        items: []const ast.FromItem,
        sources: *std.ArrayList(ir.Source),
        conjuncts: *std.ArrayList(*const ast.Expr),
        on_lists: *std.ArrayList(std.ArrayList(*const ast.Expr)),
    ) Error!void {
        for (items) |*item| {
            if (item.source == .nested) {
                try c.bindFrom(scope, item.source.nested, sources, conjuncts, on_lists);
                continue;
            }
            if (item.join.kind == .right or item.join.kind == .full) {
                return c.fail(item.span.start, "RIGHT and FULL OUTER JOINs are not supported", .{});
            }
            const left_count = scope.entries.items.len;
            const slot_base: u32 = if (sources.items.len == 0) 0 else blk: {
                const last = sources.items[sources.items.len - 1];
                break :blk last.slot_base + last.width;
            };
            const bound = try c.bindSource(scope, item, slot_base);
            try sources.append(bound.source);
            try scope.entries.append(bound.entry);
            var on_list = std.ArrayList(*const ast.Expr).init(c.arena);
            const is_left = item.join.kind == .left;
            sources.items[sources.items.len - 1].left_join = is_left;
            const target = if (is_left) &on_list else conjuncts;
            switch (item.constraint) {
                .none => {},
                .on => |on| try splitAnd(on, target),
                .using => |names| try c.joinUsing(scope, left_count, names, target),
            }
            if (item.join.natural) try c.joinNatural(scope, left_count, target);
            try on_lists.append(on_list);
        }
    }

    const Bound = struct { source: ir.Source, entry: Entry };

    fn bindSource(c: *Compiler, scope: *Scope, item: *const ast.FromItem, slot_base: u32) Error!Bound {
        _ = scope;
        const alias = if (item.alias) |a| a.text else null;
        switch (item.source) {
            .table => |qualified| {
                const name = qualified.name.text;
                if (qualified.schema == null) {
                    if (c.findCte(name)) |cte| return c.bindQuery(cte.select, cte.columns, alias orelse name, slot_base);
                }
                if (c.catalog.findTable(name)) |table| {
                    var bound = try c.bindTable(table, alias orelse table.name, slot_base);
                    bound.source.not_indexed = item.indexed == .not_indexed;
                    return bound;
                }
                if (c.catalog.findView(name)) |view| {
                    // The view's spans (names of expression columns) index its own stored text.
                    const source = c.source;
                    c.source = view.sql;
                    defer c.source = source;
                    return c.bindQuery(view.select, view.columns, alias orelse view.name, slot_base);
                }
                if (schema.isSchemaName(name)) return c.bindTable(try schema.schemaTable(c.arena, name), alias orelse name, slot_base);
                return c.fail(qualified.name.span.start, "no such table: {s}", .{name});
            },
            .subquery => |select| return c.bindQuery(select, &.{}, alias orelse "(subquery)", slot_base),
            .function => |f| return c.fail(f.name.name.span.start, "no such table: {s}", .{f.name.name.text}),
            .nested => unreachable,
        }
    }

    fn findCte(c: *Compiler, name: []const u8) ?*const ast.Cte {
        var i = c.ctes.items.len;
        while (i > 0) {
            i -= 1;
            if (std.ascii.eqlIgnoreCase(c.ctes.items[i].name, name)) return c.ctes.items[i].cte;
        }
        return null;
    }

    fn bindTable(c: *Compiler, table: *schema.Table, name: []const u8, slot_base: u32) Error!Bound {
        const columns = try c.arena.alloc(ColumnInfo, table.columns.len);
        for (table.columns, 0..) |column, i| {
            columns[i] = .{
                .name = column.name,
                .affinity = column.affinity,
                .collation = if (column.collation_nocase) .nocase else null,
            };
        }
        const width: u32 = @intCast(table.columns.len + 1);
        return .{
            .source = .{ .name = name, .slot_base = slot_base, .width = width, .data = .{ .table = table } },
            .entry = .{ .name = name, .columns = columns, .slot_base = slot_base, .has_rowid = true },
        };
    }

    fn bindQuery(c: *Compiler, select: *const ast.Select, column_names: []const ast.Name, name: []const u8, slot_base: u32) Error!Bound {
        // A derived table sees no columns of the query around it (SQLite has no LATERAL).
        const query = try c.compileSelect(null, select);
        const width = query.column_count;
        const columns = try c.arena.alloc(ColumnInfo, width);
        for (columns, 0..) |*column, i| {
            const column_name = if (i < column_names.len) column_names[i].text else query.column_names[i];
            column.* = .{ .name = column_name, .affinity = query.column_affinities[i] };
        }
        const materialized = try c.arena.create(ir.Materialized);
        materialized.* = .{ .query = query };
        return .{
            .source = .{ .name = name, .slot_base = slot_base, .width = width, .data = .{ .query = materialized } },
            .entry = .{ .name = name, .columns = columns, .slot_base = slot_base, .has_rowid = false },
        };
    }

    fn joinUsing(c: *Compiler, scope: *Scope, left_count: usize, names: []const ast.Name, target: *std.ArrayList(*const ast.Expr)) Error!void {
        const right = &scope.entries.items[scope.entries.items.len - 1];
        const hidden = try c.arena.alloc([]const u8, names.len);
        for (names, 0..) |name, i| {
            try c.addJoinEquality(scope, left_count, name.text, name.span, target);
            hidden[i] = name.text;
        }
        right.hidden = hidden;
    }

    fn joinNatural(c: *Compiler, scope: *Scope, left_count: usize, target: *std.ArrayList(*const ast.Expr)) Error!void {
        const right = &scope.entries.items[scope.entries.items.len - 1];
        var hidden = std.ArrayList([]const u8).init(c.arena);
        for (right.columns) |column| {
            const in_left = for (scope.entries.items[0..left_count]) |*entry| {
                if (columnOf(entry, column.name) != null) break true;
            } else false;
            if (!in_left) continue;
            try c.addJoinEquality(scope, left_count, column.name, .{ .start = 0, .end = 0 }, target);
            try hidden.append(column.name);
        }
        right.hidden = hidden.items;
    }

    /// Adds `left.name = right.name` as a synthetic AST conjunct.
    fn addJoinEquality(c: *Compiler, scope: *Scope, left_count: usize, name: []const u8, span: ast.Span, target: *std.ArrayList(*const ast.Expr)) Error!void {
        const right = &scope.entries.items[scope.entries.items.len - 1];
        const left = for (scope.entries.items[0..left_count]) |*entry| {
            if (columnOf(entry, name) != null) break entry;
        } else return c.fail(span.start, "cannot join using column {s} - column not present in both tables", .{name});
        if (columnOf(right, name) == null) {
            return c.fail(span.start, "cannot join using column {s} - column not present in both tables", .{name});
        }
        const l = try c.columnAst(left.name, name, span);
        const r = try c.columnAst(right.name, name, span);
        const eq = try c.arena.create(ast.Expr);
        eq.* = .{ .span = span, .data = .{ .binary = .{ .op = .equal, .left = l, .right = r } } };
        try target.append(eq);
    }

    fn columnAst(c: *Compiler, table: []const u8, column: []const u8, span: ast.Span) Error!*ast.Expr {
        const e = try c.arena.create(ast.Expr);
        e.* = .{ .span = span, .data = .{ .column = .{
            .table = .{ .text = table, .span = span },
            .column = .{ .text = column, .span = span },
        } } };
        return e;
    }

    fn assignFilters(c: *Compiler, scope: *Scope, core: *ir.Core, conjuncts: []const *const ast.Expr, on_lists: []const std.ArrayList(*const ast.Expr)) Error!void {
        const n = core.sources.len;
        var compiled = std.ArrayList(planner.Conjunct).init(c.arena);
        for (conjuncts) |conjunct| {
            scope.ref_mask = 0;
            const e = try c.compileExpr(scope, conjunct);
            try compiled.append(.{ .expr = e, .mask = scope.ref_mask });
        }
        for (core.sources, 0..) |*source, i| {
            if (!source.left_join) continue;
            var on = std.ArrayList(*Expr).init(c.arena);
            for (on_lists[i].items) |conjunct| try on.append(try c.compileExpr(scope, conjunct));
            source.on_filters = on.items;
        }
        const order = try planner.chooseOrder(c.arena, core.sources, compiled.items);
        const reordered = try c.arena.alloc(ir.Source, n);
        const position = try c.arena.alloc(u32, n);
        for (order, 0..) |original, k| {
            reordered[k] = core.sources[original];
            position[original] = @intCast(k);
        }
        core.sources = reordered;
        var pre = std.ArrayList(*Expr).init(c.arena);
        const levels = try c.arena.alloc(std.ArrayList(*Expr), n);
        for (levels) |*level| level.* = std.ArrayList(*Expr).init(c.arena);
        for (compiled.items) |conjunct| {
            const level = levelOfMask(position, conjunct.mask) orelse {
                try pre.append(conjunct.expr);
                continue;
            };
            try levels[level].append(conjunct.expr);
        }
        core.pre_filters = pre.items;
        core.filters = try c.arena.alloc([]*Expr, n);
        for (levels, 0..) |level, i| core.filters[i] = level.items;
    }

    // -----------------------------------------------------------------------------------------
    // Names.

    const Resolved = struct { up: u16, slot: u32, affinity: ?Affinity, collation: ?compare.Collation, target: *Scope, entry: u32 };

    fn tryResolve(c: *Compiler, scope: *Scope, table: ?[]const u8, column: []const u8) ?Resolved {
        _ = c;
        var current: ?*Scope = scope;
        var up: u16 = 0;
        while (current) |s| : ({
            current = s.parent;
            if (!s.transparent) up += 1;
        }) {
            for (s.entries.items, 0..) |*entry, entry_index| {
                if (table) |t| if (!std.ascii.eqlIgnoreCase(entry.name, t)) continue;
                if (table == null and entry.isHidden(column)) continue;
                if (columnOf(entry, column)) |i| {
                    const info = entry.columns[i];
                    return .{ .up = up, .slot = entry.slot_base + i, .affinity = info.affinity, .collation = info.collation, .target = s, .entry = @intCast(entry_index) };
                }
                if (entry.has_rowid and isRowidName(column)) {
                    return .{ .up = up, .slot = entry.slot_base + @as(u32, @intCast(entry.columns.len)), .affinity = .integer, .collation = null, .target = s, .entry = @intCast(entry_index) };
                }
            }
        }
        return null;
    }

    fn markUse(scope: *Scope, resolved: Resolved) void {
        var current: *Scope = scope;
        var steps: u32 = 0;
        while (current != resolved.target) : (steps += 1) {
            assert(steps <= nesting_max * 2 + 2);
            current.uses_outer = true;
            current = current.parent.?;
        }
        current.ref_mask |= @as(u64, 1) << @intCast(@min(resolved.entry, 63));
    }

    fn compileColumn(c: *Compiler, scope: *Scope, e: *const ast.Expr) Error!*Expr {
        const ref = e.data.column;
        const table = if (ref.table) |t| t.text else null;
        if (table == null) try c.checkAmbiguous(scope, ref.column);
        const resolved = c.tryResolve(scope, table, ref.column.text) orelse {
            if (table == null and ref.column.quote == .double) return c.new(.{ .constant = .{ .text = ref.column.text } });
            if (table) |t| return c.fail(ref.column.span.start, "no such column: {s}.{s}", .{ t, ref.column.text });
            return c.fail(ref.column.span.start, "no such column: {s}", .{ref.column.text});
        };
        markUse(scope, resolved);
        const out = try c.new(.{ .column = .{ .up = resolved.up, .slot = resolved.slot } });
        out.affinity = resolved.affinity;
        out.collation = resolved.collation;
        return out;
    }

    fn checkAmbiguous(c: *Compiler, scope: *Scope, name: ast.Name) Error!void {
        var current: ?*Scope = scope;
        while (current) |s| : (current = s.parent) {
            var found: u32 = 0;
            for (s.entries.items) |*entry| {
                if (entry.isHidden(name.text)) continue;
                if (columnOf(entry, name.text) != null) found += 1;
            }
            if (found > 1) return c.fail(name.span.start, "ambiguous column name: {s}", .{name.text});
            if (found == 1) return;
        }
    }

    // -----------------------------------------------------------------------------------------
    // Expressions.

    pub fn compileExpr(c: *Compiler, scope: *Scope, e: *const ast.Expr) Error!*Expr {
        return switch (e.data) {
            .null_literal => c.new(.{ .constant = .null }),
            .integer => |v| c.new(.{ .constant = .{ .integer = v } }),
            .float => |v| c.new(.{ .constant = .{ .real = v } }),
            .string => |v| c.new(.{ .constant = .{ .text = v } }),
            .blob => |v| c.new(.{ .constant = .{ .blob = v } }),
            .boolean => |v| c.new(.{ .constant = .{ .integer = @intFromBool(v) } }),
            .parameter => |p| c.new(.{ .parameter = p.index - 1 }),
            .column => c.compileColumn(scope, e),
            .unary => |u| c.new(.{ .unary = .{ .op = u.op, .operand = try c.compileExpr(scope, u.operand) } }),
            .binary => |b| c.compileBinary(scope, b),
            .null_test => |n| c.new(.{ .null_test = .{ .operand = try c.compileExpr(scope, n.operand), .not_null = n.not_null } }),
            .like => |l| c.compileLike(scope, e, l),
            .between => |b| c.compileBetween(scope, b),
            .in_list => |l| c.compileInList(scope, l),
            .in_select => |s| c.compileInSelect(scope, s.operand, s.select, s.negated),
            .in_table => |t| c.compileInTable(scope, e, t),
            .exists => |s| c.new(.{ .exists = try c.compileSubquery(scope, s) }),
            .subquery => |s| c.compileScalar(scope, s),
            .function => |f| c.compileFunction(scope, e, f),
            .case => |k| c.compileCase(scope, k),
            .cast => |k| c.compileCast(scope, k),
            .collate => |k| c.compileCollate(scope, k),
            .row => c.fail(e.span.start, "row value misused", .{}),
            .current, .raise => c.fail(e.span.start, "unsupported expression", .{}),
        };
    }

    fn compileBinary(c: *Compiler, scope: *Scope, b: ast.Expr.Binary) Error!*Expr {
        const left = try c.compileExpr(scope, b.left);
        const right = try c.compileExpr(scope, b.right);
        const affinity = compare.comparisonAffinity(left.affinity, right.affinity);
        const collation = left.collation orelse right.collation orelse .binary;
        return c.new(.{ .binary = .{ .op = b.op, .left = left, .right = right, .affinity = affinity, .collation = collation } });
    }

    fn compileLike(c: *Compiler, scope: *Scope, e: *const ast.Expr, l: ast.Expr.Like) Error!*Expr {
        const name = @tagName(l.op);
        const function = functions.lookup(name) orelse return c.fail(e.span.start, "no such function: {s}", .{name});
        const count: usize = if (l.escape != null) 3 else 2;
        const args = try c.arena.alloc(*Expr, count);
        args[0] = try c.compileExpr(scope, l.right);
        args[1] = try c.compileExpr(scope, l.left);
        if (l.escape) |escape| args[2] = try c.compileExpr(scope, escape);
        return c.new(.{ .like = .{ .function = function, .negated = l.negated, .args = args } });
    }

    fn compileBetween(c: *Compiler, scope: *Scope, b: ast.Expr.Between) Error!*Expr {
        const operand = try c.compileExpr(scope, b.operand);
        const low = try c.compileExpr(scope, b.low);
        const high = try c.compileExpr(scope, b.high);
        return c.new(.{ .between = .{
            .operand = operand,
            .low = low,
            .high = high,
            .negated = b.negated,
            .affinity = operand.affinity,
            .collation = operand.collation orelse .binary,
        } });
    }

    fn compileInList(c: *Compiler, scope: *Scope, l: ast.Expr.InList) Error!*Expr {
        const operand = try c.compileExpr(scope, l.operand);
        const list = try c.arena.alloc(*Expr, l.list.len);
        for (l.list, 0..) |item, i| list[i] = try c.compileExpr(scope, item);
        return c.new(.{ .in_list = .{ .operand = operand, .list = list, .negated = l.negated, .collation = operand.collation orelse .binary } });
    }

    fn compileInSelect(c: *Compiler, scope: *Scope, operand_ast: *const ast.Expr, select: *const ast.Select, negated: bool) Error!*Expr {
        const operand = try c.compileExpr(scope, operand_ast);
        const sub = try c.compileSubquery(scope, select);
        if (sub.query.column_count != 1) {
            return c.fail(null, "sub-select returns {d} columns - expected 1", .{sub.query.column_count});
        }
        return c.new(.{ .in_select = .{ .operand = operand, .sub = sub, .negated = negated } });
    }

    fn compileInTable(c: *Compiler, scope: *Scope, e: *const ast.Expr, t: ast.Expr.InTable) Error!*Expr {
        if (t.args.len != 0) return c.fail(e.span.start, "no such table: {s}", .{t.table.name.text});
        // `x IN t` is `x IN (SELECT * FROM t)`.
        const columns = try c.arena.alloc(ast.ResultColumn, 1);
        columns[0] = .{ .span = e.span, .data = .star };
        const from = try c.arena.alloc(ast.FromItem, 1);
        from[0] = .{ .span = t.table.name.span, .join = .{ .kind = .comma }, .source = .{ .table = t.table } };
        const core = try c.arena.create(ast.SelectCore);
        core.* = .{ .span = e.span, .data = .{ .select = .{ .columns = columns, .from = from } } };
        const select = try c.arena.create(ast.Select);
        select.* = .{ .span = e.span, .first = core };
        return c.compileInSelect(scope, t.operand, select, t.negated);
    }

    fn compileSubquery(c: *Compiler, scope: *Scope, select: *const ast.Select) Error!*ir.Subquery {
        var inner = Scope{ .parent = scope, .entries = std.ArrayList(Entry).init(c.arena), .transparent = true };
        const query = try c.compileSelect(&inner, select);
        const sub = try c.arena.create(ir.Subquery);
        sub.* = .{ .query = query, .correlated = inner.uses_outer, .column_affinity = if (query.column_count > 0) query.column_affinities[0] else null };
        return sub;
    }

    fn compileScalar(c: *Compiler, scope: *Scope, select: *const ast.Select) Error!*Expr {
        const sub = try c.compileSubquery(scope, select);
        const e = try c.new(.{ .scalar = sub });
        e.affinity = sub.column_affinity;
        return e;
    }

    fn compileCase(c: *Compiler, scope: *Scope, k: ast.Expr.Case) Error!*Expr {
        const operand = if (k.operand) |o| try c.compileExpr(scope, o) else null;
        const whens = try c.arena.alloc(Expr.When, k.whens.len);
        for (k.whens, 0..) |w, i| whens[i] = .{ .when = try c.compileExpr(scope, w.when), .then = try c.compileExpr(scope, w.then) };
        const else_expr = if (k.else_expr) |x| try c.compileExpr(scope, x) else null;
        return c.new(.{ .case = .{ .operand = operand, .whens = whens, .else_expr = else_expr } });
    }

    fn compileCast(c: *Compiler, scope: *Scope, k: ast.Expr.Cast) Error!*Expr {
        const affinity = value_mod.affinityFromTypeName(k.type_name.name);
        const e = try c.new(.{ .cast = .{ .operand = try c.compileExpr(scope, k.operand), .affinity = affinity } });
        e.affinity = affinity;
        return e;
    }

    fn compileCollate(c: *Compiler, scope: *Scope, k: ast.Expr.Collate) Error!*Expr {
        const collation = compare.Collation.fromName(k.collation.text) orelse
            return c.fail(k.collation.span.start, "no such collation sequence: {s}", .{k.collation.text});
        const inner = try c.compileExpr(scope, k.operand);
        const e = try c.arena.create(Expr);
        e.* = inner.*;
        e.collation = collation;
        return e;
    }

    fn compileFunction(c: *Compiler, scope: *Scope, e: *const ast.Expr, f: ast.Expr.Function) Error!*Expr {
        if (f.over != null) return c.fail(e.span.start, "window functions are not supported", .{});
        if (try c.aggregateKind(f)) |kind| return c.compileAggregate(scope, f, kind);
        const function = functions.lookup(f.name.text) orelse
            return c.fail(f.name.span.start, "no such function: {s}", .{f.name.text});
        var diagnostic: value_mod.Diagnostic = .{};
        functions.checkArity(function, f.name.text, f.args.len, &diagnostic) catch
            return c.fail(f.name.span.start, "wrong number of arguments to function {s}()", .{f.name.text});
        if (f.distinct) return c.fail(f.name.span.start, "DISTINCT aggregates must have exactly one argument", .{});
        const args = try c.arena.alloc(*Expr, f.args.len);
        for (f.args, 0..) |arg, i| args[i] = try c.compileExpr(scope, arg);
        return c.new(.{ .function = .{ .function = function, .args = args } });
    }

    /// The aggregate `f` calls, by aggregates.lookup (name and arity), or null for a scalar call.
    fn aggregateKind(c: *Compiler, f: ast.Expr.Function) Error!?ir.AggKind {
        var diagnostic: value_mod.Diagnostic = .{};
        const arg_count = if (f.star) 0 else f.args.len;
        // The arity is checked first, as SQLite does (before DISTINCT and misuse).
        return aggregate_functions.lookup(f.name.text, arg_count, &diagnostic) catch
            c.fail(f.name.span.start, "wrong number of arguments to function {s}()", .{f.name.text});
    }

    fn compileAggregate(c: *Compiler, scope: *Scope, f: ast.Expr.Function, kind: ir.AggKind) Error!*Expr {
        const list = scope.aggregates orelse return c.fail(f.name.span.start, "misuse of aggregate function {s}()", .{f.name.text});
        if (f.distinct and f.args.len != 1) {
            // sqlite3 reports this one without a position.
            return c.fail(null, "DISTINCT aggregates must have exactly one argument", .{});
        }
        // Arguments may not themselves hold aggregates.
        scope.aggregates = null;
        defer scope.aggregates = list;
        const args = try c.arena.alloc(*Expr, f.args.len);
        for (f.args, 0..) |arg, i| args[i] = try c.compileExpr(scope, arg);
        try list.append(.{ .kind = kind, .args = args, .distinct = f.distinct });
        const out = try c.new(.{ .aggregate = @intCast(list.items.len - 1) });
        if (kind == .min or kind == .max) {
            out.affinity = args[0].affinity;
        }
        return out;
    }
};

fn columnOf(entry: *const Entry, name: []const u8) ?u32 {
    for (entry.columns, 0..) |column, i| {
        if (std.ascii.eqlIgnoreCase(column.name, name)) return @intCast(i);
    }
    return null;
}

fn isRowidName(name: []const u8) bool {
    return std.ascii.eqlIgnoreCase(name, "rowid") or std.ascii.eqlIgnoreCase(name, "oid") or
        std.ascii.eqlIgnoreCase(name, "_rowid_");
}

/// The join level at which every source a conjunct reads is bound: the latest of them in the
/// chosen order. Bit 63 stands for "source 63 or later", so such conjuncts wait for the end.
fn levelOfMask(position: []const u32, mask: u64) ?usize {
    if (mask == 0 or position.len == 0) return null;
    var level: usize = 0;
    for (position, 0..) |p, i| {
        const bit = @as(u64, 1) << @intCast(@min(i, 63));
        if (mask & bit != 0) level = @max(level, p);
    }
    if (mask & (@as(u64, 1) << 63) != 0 and position.len > 63) level = position.len - 1;
    return level;
}

pub fn splitAnd(e: *const ast.Expr, out: *std.ArrayList(*const ast.Expr)) Error!void {
    if (e.data == .binary and e.data.binary.op == .@"and") {
        try splitAnd(e.data.binary.left, out);
        try splitAnd(e.data.binary.right, out);
        return;
    }
    try out.append(e);
}

fn orderKey(column: u32, term: ast.OrderingTerm) ir.OrderKey {
    const descending = term.order == .desc;
    const nulls_first = if (term.nulls) |n| n == .first else !descending;
    return .{ .column = column, .descending = descending, .nulls_first = nulls_first };
}

fn ordinalSuffix(n: usize) []const u8 {
    if (n % 100 >= 11 and n % 100 <= 13) return "th";
    return switch (n % 10) {
        1 => "st",
        2 => "nd",
        3 => "rd",
        else => "th",
    };
}

/// A core over one table (UPDATE, DELETE, CHECK): result = every slot (columns, then rowid),
/// then `extras` compiled in the table's scope.
pub fn compileTableCore(
    c: *Compiler,
    table: *schema.Table,
    alias: ?[]const u8,
    where: ?*const ast.Expr,
    extras: []const *const ast.Expr,
) Error!*ir.Core {
    const core = try c.arena.create(ir.Core);
    core.* = .{};
    var scope = Scope{ .parent = null, .entries = std.ArrayList(Entry).init(c.arena) };
    const bound = try c.bindTable(table, alias orelse table.name, 0);
    const sources = try c.arena.alloc(ir.Source, 1);
    sources[0] = bound.source;
    core.sources = sources;
    core.slot_count = bound.source.width;
    try scope.entries.append(bound.entry);
    var conjuncts = std.ArrayList(*const ast.Expr).init(c.arena);
    if (where) |w| try splitAnd(w, &conjuncts);
    const on_lists = try c.arena.alloc(std.ArrayList(*const ast.Expr), 1);
    on_lists[0] = std.ArrayList(*const ast.Expr).init(c.arena);
    try c.assignFilters(&scope, core, conjuncts.items, on_lists);
    const result = try c.arena.alloc(*Expr, bound.source.width + extras.len);
    for (0..bound.source.width) |i| {
        result[i] = try c.new(.{ .column = .{ .up = 0, .slot = @intCast(i) } });
    }
    for (extras, 0..) |extra, i| result[bound.source.width + i] = try c.compileExpr(&scope, extra);
    core.result = result;
    core.output_count = @intCast(result.len);
    try planner.chooseAccess(c.arena, core);
    return core;
}

/// Compiles expressions over a table's row (slots 0..n) and the proposed row as `excluded`
/// (slots n+1..2n+1), for ON CONFLICT DO UPDATE.
pub fn compileWithExcluded(c: *Compiler, table: *schema.Table, exprs: []const *const ast.Expr) Error![]*Expr {
    var scope = Scope{ .parent = null, .entries = std.ArrayList(Entry).init(c.arena) };
    const own = try c.bindTable(table, table.name, 0);
    var excluded = try c.bindTable(table, "excluded", own.source.width);
    excluded.entry.qualified_only = true;
    try scope.entries.append(own.entry);
    try scope.entries.append(excluded.entry);
    const out = try c.arena.alloc(*Expr, exprs.len);
    for (exprs, out) |e, *o| o.* = try c.compileExpr(&scope, e);
    return out;
}
