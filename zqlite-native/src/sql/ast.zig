//! The abstract syntax tree of one SQL statement, as built by parser.zig.
//!
//! Ownership: every node, slice and decoded string lives in the arena the caller handed to the
//! parser; the tree is freed all at once with that arena. Strings that need no decoding (bare
//! names, most identifiers) are slices of the source text, so the source must outlive the tree.
//!
//! Invariants:
//! - Every node that can be the subject of a later error (expressions, names, table references,
//!   constraints, statements) carries a `Span`: byte offsets [start, end) into the source, so the
//!   binder can say "no such column" pointing at the text.
//! - Names are stored dequoted (`"a""b"` -> `a"b`); `Name.quote` remembers the quoting because
//!   SQLite lets a double-quoted name that matches no column act as a string literal.
//! - Optional parts are `?` or empty slices, never sentinel values.
const std = @import("std");

pub const Span = struct {
    start: u32,
    end: u32,

    pub fn text(span: Span, source: []const u8) []const u8 {
        std.debug.assert(span.start <= span.end);
        return source[span.start..span.end];
    }
};

pub const Name = struct {
    text: []const u8,
    span: Span,
    quote: Quote = .none,

    pub const Quote = enum(u8) { none, double, bracket, backtick, single };
};

/// `[schema.]name`.
pub const QualifiedName = struct {
    schema: ?Name = null,
    name: Name,
};

pub const SortOrder = enum(u8) { asc, desc };
pub const NullsOrder = enum(u8) { first, last };

/// `OR ROLLBACK|ABORT|FAIL|IGNORE|REPLACE` on INSERT/UPDATE, `ON CONFLICT ...` on constraints.
pub const ConflictAction = enum(u8) { rollback, abort, fail, ignore, replace };

pub const Expr = struct {
    span: Span,
    /// 1 for a leaf, else 1 + the tallest operand (subqueries count 1: their own expressions
    /// are bounded separately). The parser keeps it <= parser.depth_max, as SQLite's
    /// sqlite3ExprCheckHeight does, so every later recursion over the tree is bounded.
    height: u16 = 1,
    data: Data,

    pub const Data = union(enum) {
        null_literal,
        integer: i64,
        /// Also decimal integer literals too large for i64, as in SQLite.
        float: f64,
        /// Decoded ('' -> ').
        string: []const u8,
        /// Decoded bytes of X'...'.
        blob: []const u8,
        boolean: bool,
        current: CurrentTime,
        parameter: Parameter,
        column: ColumnRef,
        unary: Unary,
        binary: Binary,
        /// `x ISNULL`, `x NOTNULL`, `x NOT NULL` (`x IS NULL` stays a binary IS).
        null_test: NullTest,
        like: Like,
        between: Between,
        in_list: InList,
        in_select: InSelect,
        in_table: InTable,
        exists: *Select,
        subquery: *Select,
        function: Function,
        case: Case,
        cast: Cast,
        collate: Collate,
        /// `(a, b, ...)` with two or more members: a row value.
        row: []*Expr,
        raise: Raise,
    };

    pub const CurrentTime = enum(u8) { time, date, timestamp };

    pub const Parameter = struct {
        /// 1-based, numbered as SQLite numbers them (see parser.zig).
        index: u32,
        /// The text including its prefix (`:a`, `@a`, `$a`, `?5`), null for a bare `?`.
        name: ?[]const u8,
    };

    pub const ColumnRef = struct {
        schema: ?Name = null,
        table: ?Name = null,
        column: Name,
    };

    pub const UnaryOp = enum(u8) { negate, plus, bit_not, not };
    pub const Unary = struct { op: UnaryOp, operand: *Expr };

    pub const BinaryOp = enum(u8) {
        concat,
        json_ptr,
        json_ptr2,
        multiply,
        divide,
        remainder,
        add,
        subtract,
        shift_left,
        shift_right,
        bit_and,
        bit_or,
        less,
        less_equal,
        greater,
        greater_equal,
        equal,
        not_equal,
        /// `IS` and `IS NOT DISTINCT FROM`.
        is,
        /// `IS NOT` and `IS DISTINCT FROM`.
        is_not,
        @"and",
        @"or",
    };
    pub const Binary = struct { op: BinaryOp, left: *Expr, right: *Expr };

    pub const NullTest = struct { operand: *Expr, not_null: bool };

    pub const LikeOp = enum(u8) { like, glob, match, regexp };
    pub const Like = struct {
        op: LikeOp,
        negated: bool,
        left: *Expr,
        right: *Expr,
        escape: ?*Expr,
    };

    pub const Between = struct { operand: *Expr, low: *Expr, high: *Expr, negated: bool };
    pub const InList = struct { operand: *Expr, list: []*Expr, negated: bool };
    pub const InSelect = struct { operand: *Expr, select: *Select, negated: bool };
    /// `x IN table` or `x IN table_function(args)`.
    pub const InTable = struct { operand: *Expr, table: QualifiedName, args: []*Expr, negated: bool };

    pub const Function = struct {
        name: Name,
        args: []*Expr,
        distinct: bool = false,
        /// `count(*)`.
        star: bool = false,
        filter: ?*Expr = null,
        /// `OVER (...)` or `OVER name`: a window function call.
        over: ?Over = null,
    };

    pub const Over = union(enum) {
        name: Name,
        window: *WindowDef,
    };

    pub const WhenThen = struct { when: *Expr, then: *Expr };
    pub const Case = struct { operand: ?*Expr, whens: []WhenThen, else_expr: ?*Expr };

    pub const Cast = struct { operand: *Expr, type_name: TypeName };
    pub const Collate = struct { operand: *Expr, collation: Name };

    pub const RaiseKind = enum(u8) { ignore, rollback, abort, fail };
    pub const Raise = struct { kind: RaiseKind, message: ?*Expr };
};

/// A declared type: `INT`, `VARCHAR(40)`, `DOUBLE PRECISION`, `UNSIGNED BIG INT`, `DECIMAL(10,2)`.
pub const TypeName = struct {
    /// The words joined by single spaces, dequoted; SQLite's affinity rules read this.
    name: []const u8,
    /// The words one by one (a quoted word may itself hold spaces).
    words: []const []const u8,
    /// The signed numbers in parentheses, as written (0, 1 or 2 of them).
    args: []const []const u8,
    span: Span,
};

pub const Select = struct {
    span: Span,
    with: ?*With = null,
    first: *SelectCore,
    /// `UNION [ALL] | INTERSECT | EXCEPT` chain, left-associative; ORDER BY and LIMIT below apply
    /// to the whole compound.
    compounds: []Compound = &.{},
    order_by: []OrderingTerm = &.{},
    limit: ?*Expr = null,
    offset: ?*Expr = null,

    pub const CompoundOp = enum(u8) { union_distinct, union_all, intersect, except };
    pub const Compound = struct { op: CompoundOp, core: *SelectCore };
};

pub const SelectCore = struct {
    span: Span,
    data: Data,

    pub const Data = union(enum) {
        select: Core,
        /// `VALUES (...), (...)`: rows of equal width (the parser checks).
        values: [][]*Expr,
    };

    pub const Core = struct {
        distinct: bool = false,
        columns: []ResultColumn,
        from: []FromItem = &.{},
        where: ?*Expr = null,
        group_by: []*Expr = &.{},
        having: ?*Expr = null,
        windows: []NamedWindow = &.{},
    };
};

/// `[base] [PARTITION BY ...] [ORDER BY ...] [frame]`, in OVER (...) and WINDOW clauses.
pub const WindowDef = struct {
    span: Span,
    base: ?Name = null,
    partition_by: []*Expr = &.{},
    order_by: []OrderingTerm = &.{},
    frame: ?Frame = null,
};

pub const Frame = struct {
    unit: Unit,
    start: FrameBound,
    /// Null for the one-bound form (`ROWS 2 PRECEDING`), whose end is CURRENT ROW.
    end: ?FrameBound,
    exclude: Exclude = .no_others,

    pub const Unit = enum(u8) { rows, range, groups };
    pub const Exclude = enum(u8) { no_others, current_row, group, ties };
};

pub const FrameBound = struct {
    kind: Kind,
    /// The offset of `expr PRECEDING` and `expr FOLLOWING`.
    offset: ?*Expr = null,

    pub const Kind = enum(u8) { unbounded_preceding, preceding, current_row, following, unbounded_following };
};

pub const NamedWindow = struct { name: Name, window: *WindowDef };

pub const ResultColumn = struct {
    span: Span,
    data: Data,

    pub const Data = union(enum) {
        expr: struct { expr: *Expr, alias: ?Name },
        star,
        table_star: Name,
    };
};

pub const With = struct {
    recursive: bool,
    ctes: []Cte,
};

pub const Cte = struct {
    name: Name,
    columns: []Name,
    materialized: Materialized,
    select: *Select,

    pub const Materialized = enum(u8) { default, materialized, not_materialized };
};

pub const JoinOp = struct {
    kind: Kind,
    natural: bool = false,

    pub const Kind = enum(u8) { comma, inner, left, right, full, cross };
};

/// One member of a FROM list. `join` says how it joins the members before it (ignored for the
/// first one, which has `.comma`).
pub const FromItem = struct {
    span: Span,
    join: JoinOp,
    source: Source,
    alias: ?Name = null,
    indexed: Indexed = .none,
    constraint: JoinConstraint = .none,

    pub const Source = union(enum) {
        table: QualifiedName,
        /// `name(args)`: a table-valued function.
        function: struct { name: QualifiedName, args: []*Expr },
        subquery: *Select,
        /// A parenthesized join: `(a JOIN b ON ...)`.
        nested: []FromItem,
    };

    pub const Indexed = union(enum) { none, not_indexed, by: Name };

    pub const JoinConstraint = union(enum) { none, on: *Expr, using: []Name };
};

pub const OrderingTerm = struct {
    expr: *Expr,
    order: ?SortOrder = null,
    nulls: ?NullsOrder = null,
};

/// A column of an index, a PRIMARY KEY/UNIQUE constraint or an upsert target.
pub const IndexedColumn = struct {
    expr: *Expr,
    order: ?SortOrder = null,
};

pub const Statement = struct {
    span: Span,
    explain: Explain = .none,
    data: Data,

    pub const Explain = enum(u8) { none, explain, query_plan };

    pub const Data = union(enum) {
        select: *Select,
        insert: *Insert,
        update: *Update,
        delete: *Delete,
        create_table: *CreateTable,
        create_index: *CreateIndex,
        create_view: *CreateView,
        drop: Drop,
        alter_table: *AlterTable,
        begin: TransactionMode,
        commit,
        rollback: ?Name,
        savepoint: Name,
        release: Name,
        pragma: Pragma,
        vacuum: ?Name,
        analyze: ?QualifiedName,
        reindex: ?QualifiedName,
        create_trigger: *CreateTrigger,
        /// `ATTACH [DATABASE] file AS schema`.
        attach: struct { file: *Expr, schema: *Expr },
        /// `DETACH [DATABASE] schema`.
        detach: *Expr,
    };

    pub const TransactionMode = enum(u8) { deferred, immediate, exclusive };
};

pub const Returning = []ResultColumn;

pub const Insert = struct {
    with: ?*With = null,
    /// `OR ...`; `REPLACE INTO` is `.replace`.
    conflict: ?ConflictAction = null,
    table: QualifiedName,
    alias: ?Name = null,
    columns: []Name = &.{},
    /// Null for DEFAULT VALUES; VALUES rows are a Select with a `.values` core.
    source: ?*Select,
    upserts: []Upsert = &.{},
    returning: Returning = &.{},
};

pub const SetClause = struct {
    /// One name, or several for `(a, b) = (...)`.
    columns: []Name,
    value: *Expr,
};

pub const Upsert = struct {
    span: Span,
    target: []IndexedColumn = &.{},
    target_where: ?*Expr = null,
    action: Action,

    pub const Action = union(enum) {
        nothing,
        update: struct { sets: []SetClause, where: ?*Expr },
    };
};

pub const Update = struct {
    with: ?*With = null,
    conflict: ?ConflictAction = null,
    table: QualifiedName,
    alias: ?Name = null,
    indexed: FromItem.Indexed = .none,
    sets: []SetClause,
    from: []FromItem = &.{},
    where: ?*Expr = null,
    returning: Returning = &.{},
    /// `ORDER BY ... LIMIT ...`: parsed only with `parser.Options.update_delete_limit`.
    limit: RowLimit = .{},
};

/// ORDER BY and LIMIT of UPDATE and DELETE; ORDER BY never comes without LIMIT (the parser
/// reports "ORDER BY without LIMIT on ...").
pub const RowLimit = struct {
    order_by: []OrderingTerm = &.{},
    limit: ?*Expr = null,
    offset: ?*Expr = null,
};

pub const Delete = struct {
    with: ?*With = null,
    table: QualifiedName,
    alias: ?Name = null,
    indexed: FromItem.Indexed = .none,
    where: ?*Expr = null,
    returning: Returning = &.{},
    limit: RowLimit = .{},
};

pub const CreateTable = struct {
    temp: bool,
    if_not_exists: bool,
    name: QualifiedName,
    body: Body,

    pub const Body = union(enum) {
        definition: Definition,
        as_select: *Select,
    };

    pub const Definition = struct {
        columns: []ColumnDef,
        constraints: []TableConstraint,
        without_rowid: bool = false,
        strict: bool = false,
    };
};

pub const ColumnDef = struct {
    span: Span,
    name: Name,
    type_name: ?TypeName,
    constraints: []ColumnConstraint,
};

pub const ForeignKeyAction = enum(u8) { set_null, set_default, cascade, restrict, no_action };

pub const ForeignKey = struct {
    table: Name,
    columns: []Name,
    on_delete: ?ForeignKeyAction = null,
    on_update: ?ForeignKeyAction = null,
    /// `DEFERRABLE INITIALLY DEFERRED`.
    deferred: bool = false,
};

pub const ColumnConstraint = struct {
    span: Span,
    name: ?Name,
    data: Data,

    pub const Data = union(enum) {
        primary_key: struct { order: ?SortOrder, conflict: ?ConflictAction, autoincrement: bool },
        not_null: ?ConflictAction,
        /// A bare `NULL` constraint (allowed and meaningless, as in SQLite).
        null,
        unique: ?ConflictAction,
        check: *Expr,
        /// The expression; its span gives the text SQLite stores as the default.
        default: *Expr,
        collate: Name,
        references: ForeignKey,
        generated: struct { expr: *Expr, stored: bool },
    };
};

pub const TableConstraint = struct {
    span: Span,
    name: ?Name,
    data: Data,

    pub const Data = union(enum) {
        primary_key: struct { columns: []IndexedColumn, conflict: ?ConflictAction, autoincrement: bool },
        unique: struct { columns: []IndexedColumn, conflict: ?ConflictAction },
        check: *Expr,
        foreign_key: struct { columns: []Name, references: ForeignKey },
    };
};

pub const CreateIndex = struct {
    unique: bool,
    if_not_exists: bool,
    name: QualifiedName,
    table: Name,
    columns: []IndexedColumn,
    where: ?*Expr,
};

pub const CreateTrigger = struct {
    temp: bool,
    if_not_exists: bool,
    name: QualifiedName,
    timing: Timing,
    event: Event,
    table: Name,
    for_each_row: bool,
    when: ?*Expr,
    /// INSERT, UPDATE, DELETE or SELECT statements, each ended by `;` in the source.
    body: []*Statement,

    pub const Timing = enum(u8) { before, after, instead_of };
    pub const Event = union(enum) {
        delete,
        insert,
        /// `UPDATE [OF columns]`: empty for any column.
        update: []Name,
    };
};

pub const CreateView = struct {
    temp: bool,
    if_not_exists: bool,
    name: QualifiedName,
    columns: []Name,
    select: *Select,
};

pub const Drop = struct {
    kind: Kind,
    if_exists: bool,
    name: QualifiedName,

    pub const Kind = enum(u8) { table, index, view, trigger };
};

pub const AlterTable = struct {
    table: QualifiedName,
    action: Action,

    pub const Action = union(enum) {
        rename_table: Name,
        rename_column: struct { old: Name, new: Name },
        add_column: ColumnDef,
        drop_column: Name,
    };
};

pub const Pragma = struct {
    name: QualifiedName,
    /// A signed number, a name or a string, as an expression; null for `PRAGMA name`.
    value: ?*Expr,
};
