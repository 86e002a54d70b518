//! The compiled form of a statement: expressions with every name resolved to a slot, and
//! queries as lists of sources, per-level filters and result expressions. Built once per
//! prepare by compile.zig, read by executor.zig and planner.zig; never re-parsed per row.
//!
//! Slots: a query core binds its FROM sources side by side in one `[]Value` frame; source i owns
//! slots [slot_base, slot_base + width), the last of which is the rowid for a table source. A
//! column reference is (up, slot): `up` frames outward (0 = this core, 1 = the enclosing query
//! for a correlated subquery, ...). Aggregate results live in the frame's `aggregates`.
//!
//! Mutable runtime state hanging off the tree (subquery caches, materialized derived tables)
//! is keyed by the execution epoch, so a reset statement never sees stale results.
const std = @import("std");
const ast = @import("ast.zig");
const value_mod = @import("value.zig");
const compare = @import("compare.zig");
const functions = @import("functions.zig");
const schema = @import("schema.zig");

pub const Value = value_mod.Value;
pub const Affinity = value_mod.Affinity;
pub const Collation = compare.Collation;

pub const Expr = struct {
    /// The affinity a comparison applies from this operand (columns, CAST); null for none.
    affinity: ?Affinity = null,
    collation: ?Collation = null,
    data: Data,

    pub const Data = union(enum) {
        constant: Value,
        column: struct { up: u16, slot: u32 },
        parameter: u32,
        aggregate: u32,
        unary: struct { op: ast.Expr.UnaryOp, operand: *Expr },
        binary: struct { op: ast.Expr.BinaryOp, left: *Expr, right: *Expr, affinity: ?Affinity, collation: Collation },
        null_test: struct { operand: *Expr, not_null: bool },
        like: struct { function: *const functions.Function, negated: bool, args: []*Expr },
        between: struct { operand: *Expr, low: *Expr, high: *Expr, negated: bool, affinity: ?Affinity, collation: Collation },
        in_list: struct { operand: *Expr, list: []*Expr, negated: bool, collation: Collation },
        in_select: struct { operand: *Expr, sub: *Subquery, negated: bool },
        exists: *Subquery,
        scalar: *Subquery,
        function: struct { function: *const functions.Function, args: []*Expr },
        case: struct { operand: ?*Expr, whens: []When, else_expr: ?*Expr },
        cast: struct { operand: *Expr, affinity: Affinity },
    };

    pub const When = struct { when: *Expr, then: *Expr };
};

/// A subquery used as an expression. Uncorrelated ones run once per statement execution.
pub const Subquery = struct {
    query: *Query,
    correlated: bool,
    cache_epoch: u64 = 0,
    cache_value: Value = .null,
    /// IN (SELECT ...): the first column of every row, and whether one was NULL.
    cache_list: []Value = &.{},
    /// The affinity of the subquery's first column, for IN comparisons.
    column_affinity: ?Affinity = null,
};

pub const Query = struct {
    cores: []*Core,
    /// cores.len - 1 operators, left-associative.
    ops: []ast.Select.CompoundOp = &.{},
    /// Keys over output columns (a single core appends hidden sort columns to its result).
    order_by: []OrderKey = &.{},
    limit: ?*Expr = null,
    offset: ?*Expr = null,
    column_names: [][]const u8,
    column_affinities: []?Affinity,
    /// Slots needed by the widest core (frames are allocated once per execution).
    column_count: u32,
};

pub const OrderKey = struct { column: u32, descending: bool, nulls_first: bool };

/// The aggregate functions (aggregates.zig implements them).
pub const AggKind = @import("aggregates.zig").Kind;

pub const AggCall = struct {
    kind: AggKind,
    args: []*Expr,
    distinct: bool,
};

pub const Core = struct {
    /// VALUES rows (then sources is empty and result unused).
    values: ?[][]*Expr = null,
    sources: []Source = &.{},
    slot_count: u32 = 0,
    /// Conjuncts that depend on no source of this core: checked once before scanning.
    pre_filters: []*Expr = &.{},
    /// filters[i]: conjuncts to check once sources 0..i are bound.
    filters: [][]*Expr = &.{},
    /// Visible columns first, then hidden ORDER BY keys.
    result: []*Expr = &.{},
    output_count: u32 = 0,
    distinct: bool = false,
    aggregate: bool = false,
    group_by: []*Expr = &.{},
    aggregates: []AggCall = &.{},
    having: ?*Expr = null,
};

pub const Source = struct {
    /// As EXPLAIN QUERY PLAN names it (alias if any).
    name: []const u8,
    slot_base: u32,
    /// Slots: the columns, plus the rowid for a table.
    width: u32,
    data: Data,
    left_join: bool = false,
    /// LEFT JOIN: the ON conjuncts, which decide whether a row matches (not WHERE filters).
    on_filters: []*Expr = &.{},
    access: Access = .scan,
    /// Columns the core's expressions read (bit i = column i < 64; columns from 64 on count as
    /// read). Unread columns are never decoded. Set by planner.chooseAccess.
    columns_needed: u64 = std.math.maxInt(u64),
    /// Columns decoded from a stored row: 1 + the last one read (the rest stay NULL).
    decode_count: u32 = std.math.maxInt(u32),
    /// `FROM t NOT INDEXED`: no index may be read (rowid seeks may), as in SQLite.
    not_indexed: bool = false,
    /// The access reads an index whose keys hold every column the core reads (and the rowid):
    /// rows come from the index keys alone, never the table (SQLite's covering index).
    covering: bool = false,
    /// Conjuncts the access reproduces exactly when its bound values are integers, so the
    /// executor may skip them then (rowid_eq: [0]; rowid_range: [0] low, [1] high).
    seek_conjuncts: [2]?*Expr = .{ null, null },

    pub const Data = union(enum) {
        table: *schema.Table,
        query: *Materialized,
    };
};

/// A derived table, view or CTE reference: run once per execution, rows kept.
pub const Materialized = struct {
    query: *Query,
    epoch: u64 = 0,
    rows: [][]Value = &.{},
};

/// How a table source is read, chosen by planner.zig.
pub const Access = union(enum) {
    scan,
    /// Every row in ORDER BY order: the table by rowid (index null) or through an index,
    /// backwards when `reverse`; chosen so the query needs no sort.
    ordered: struct { index: ?*schema.Index, reverse: bool },
    rowid_eq: *Expr,
    /// `rowid IN (list)`: one seek per distinct value.
    rowid_in: []*Expr,
    rowid_range: struct { low: ?Bound, high: ?Bound },
    /// Equality on the first `values.len` index columns, and optionally `IN (in_list)` on the
    /// next one (one prefix seek per distinct list value).
    index_eq: struct { index: *schema.Index, values: []*Expr, in_list: ?[]*Expr = null },
    /// Equality on the first `values.len` index columns, then a range (`<`, `<=`, `>`, `>=`,
    /// BETWEEN; one end or both) on the next one: one seek, read until the upper bound.
    index_range: struct { index: *schema.Index, values: []*Expr, low: ?Bound, high: ?Bound },

    pub const Bound = struct { expr: *Expr, inclusive: bool };

    /// The index the access reads, if any.
    pub fn indexRead(access: Access) ?*schema.Index {
        return switch (access) {
            .ordered => |o| o.index,
            .index_eq => |ix| ix.index,
            .index_range => |ix| ix.index,
            .scan, .rowid_eq, .rowid_in, .rowid_range => null,
        };
    }
};
