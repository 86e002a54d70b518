//! Comparing values: the total order used by ORDER BY, DISTINCT, GROUP BY, indexes and min/max
//! (sqlite3MemCompare), the collating sequences, the comparison affinity applied when an
//! operator compares a column with something else, and three-valued logic for =, <, IS, IN,
//! BETWEEN, AND, OR and NOT.
//!
//! The total order: NULL < INTEGER and REAL (compared exactly by value: 1 = 1.0, and i64 against
//! f64 without rounding) < TEXT (by collation) < BLOB (memcmp, then length). Every comparison
//! operator except IS / IS NOT yields NULL (`null` here) when either side is NULL.
//!
//! Comparison affinity (sqlite3CompareAffinity): each operand carries the affinity of the column
//! it reads, or none (`null`) for expressions and literals. If both are columns, NUMERIC when
//! either is numeric, else none; if one is a column, that column's affinity. NUMERIC-class
//! affinity turns text that is entirely a number into that number before comparing
//! (so an INTEGER column holding 12 equals '12'); TEXT affinity renders numbers as text.
const std = @import("std");
const assert = std.debug.assert;
const value_mod = @import("value.zig");
const numeric = @import("numeric.zig");

const Value = value_mod.Value;
const Affinity = value_mod.Affinity;
const Order = std.math.Order;

pub const Collation = enum {
    binary,
    /// ASCII case folding only, as SQLite's built-in NOCASE.
    nocase,
    /// BINARY, ignoring trailing spaces.
    rtrim,

    /// The built-in collation of that name (case-insensitive), else null.
    pub fn fromName(name: []const u8) ?Collation {
        inline for (@typeInfo(Collation).@"enum".fields) |field| {
            if (std.ascii.eqlIgnoreCase(name, field.name)) return @enumFromInt(field.value);
        }
        return null;
    }
};

/// Orders two texts by a collation.
pub fn compareText(left: []const u8, right: []const u8, collation: Collation) Order {
    return switch (collation) {
        .binary => std.mem.order(u8, left, right),
        .nocase => compareNocase(left, right),
        .rtrim => std.mem.order(
            u8,
            std.mem.trimRight(u8, left, " "),
            std.mem.trimRight(u8, right, " "),
        ),
    };
}

fn compareNocase(left: []const u8, right: []const u8) Order {
    const common = @min(left.len, right.len);
    for (left[0..common], right[0..common]) |l, r| {
        const order = std.math.order(std.ascii.toLower(l), std.ascii.toLower(r));
        if (order != .eq) return order;
    }
    return std.math.order(left.len, right.len);
}

fn classRank(value: Value) u8 {
    return switch (value) {
        .null => 0,
        .integer, .real => 1,
        .text => 2,
        .blob => 3,
    };
}

/// sqlite3MemCompare: the total order of values (see the file comment).
pub fn compareValues(left: Value, right: Value, collation: Collation) Order {
    const rank_left = classRank(left);
    const rank_right = classRank(right);
    if (rank_left != rank_right) return std.math.order(rank_left, rank_right);
    assert(rank_left <= 3);
    return switch (left) {
        .null => .eq,
        .integer, .real => compareNumbers(left, right),
        .text => |text| compareText(text, right.text, collation),
        .blob => |bytes| std.mem.order(u8, bytes, right.blob),
    };
}

fn compareNumbers(left: Value, right: Value) Order {
    switch (left) {
        .integer => |l| switch (right) {
            .integer => |r| return std.math.order(l, r),
            .real => |r| return numeric.compareIntReal(l, r),
            else => unreachable,
        },
        .real => |l| switch (right) {
            .integer => |r| return numeric.compareIntReal(r, l).invert(),
            .real => |r| return compareReals(l, r),
            else => unreachable,
        },
        else => unreachable,
    }
}

fn compareReals(left: f64, right: f64) Order {
    if (left < right) return .lt;
    if (left > right) return .gt;
    return .eq;
}

/// The affinity an operator applies to both operands; `null` means none.
pub fn comparisonAffinity(left: ?Affinity, right: ?Affinity) ?Affinity {
    if (left != null and right != null) {
        if (left.?.isNumeric() or right.?.isNumeric()) return .numeric;
        return null;
    }
    return left orelse right;
}

/// An operand after comparison affinity. Rendered numbers live in `buffer`.
fn applyComparisonAffinity(value: Value, affinity: ?Affinity, buffer: *value_mod.TextBuffer) Value {
    const target = affinity orelse return value;
    if (target.isNumeric()) {
        return switch (value) {
            .text => |bytes| value_mod.numericAffinityOfText(bytes, false) orelse value,
            else => value,
        };
    }
    if (target == .text) {
        return switch (value) {
            .integer, .real => .{ .text = value_mod.textOf(value, buffer).? },
            else => value,
        };
    }
    return value;
}

/// Compares for =, <, <=, >, >=, <> after applying `affinity` (from comparisonAffinity);
/// null when either operand is NULL.
pub fn compareForOperator(left: Value, right: Value, affinity: ?Affinity, collation: Collation) ?Order {
    if (left == .null or right == .null) return null;
    var left_buffer: value_mod.TextBuffer = undefined;
    var right_buffer: value_mod.TextBuffer = undefined;
    const l = applyComparisonAffinity(left, affinity, &left_buffer);
    const r = applyComparisonAffinity(right, affinity, &right_buffer);
    assert(l != .null and r != .null);
    return compareValues(l, r, collation);
}

pub const Operator = enum { eq, ne, lt, le, gt, ge };

/// `left <op> right` in three-valued logic.
pub fn evaluate(
    op: Operator,
    left: Value,
    right: Value,
    affinity: ?Affinity,
    collation: Collation,
) ?bool {
    const order = compareForOperator(left, right, affinity, collation) orelse return null;
    return switch (op) {
        .eq => order == .eq,
        .ne => order != .eq,
        .lt => order == .lt,
        .le => order != .gt,
        .gt => order == .gt,
        .ge => order != .lt,
    };
}

/// `left IS right`: never NULL; NULL IS NULL is true.
pub fn is(left: Value, right: Value, affinity: ?Affinity, collation: Collation) bool {
    if (left == .null or right == .null) return left == .null and right == .null;
    return compareForOperator(left, right, affinity, collation).? == .eq;
}

pub fn isNot(left: Value, right: Value, affinity: ?Affinity, collation: Collation) bool {
    return !is(left, right, affinity, collation);
}

pub fn logicalAnd(left: ?bool, right: ?bool) ?bool {
    if (left == false or right == false) return false;
    if (left == null or right == null) return null;
    return true;
}

pub fn logicalOr(left: ?bool, right: ?bool) ?bool {
    if (left == true or right == true) return true;
    if (left == null or right == null) return null;
    return false;
}

pub fn logicalNot(operand: ?bool) ?bool {
    const known = operand orelse return null;
    return !known;
}

/// `needle IN (list)`: true on a match; otherwise NULL if the needle or any list item is NULL
/// (for a non-empty list), else false. An empty list is false even for a NULL needle.
pub fn inList(needle: Value, list: []const Value, affinity: ?Affinity, collation: Collation) ?bool {
    if (list.len == 0) return false;
    if (needle == .null) return null;
    assert(list.len > 0);
    var saw_null = false;
    for (list) |item| {
        const order = compareForOperator(needle, item, affinity, collation) orelse {
            saw_null = true;
            continue;
        };
        if (order == .eq) return true;
    }
    return if (saw_null) null else false;
}

/// `x BETWEEN low AND high`, which SQLite evaluates as `x >= low AND x <= high`.
pub fn between(x: Value, low: Value, high: Value, affinity: ?Affinity, collation: Collation) ?bool {
    return logicalAnd(
        evaluate(.ge, x, low, affinity, collation),
        evaluate(.le, x, high, affinity, collation),
    );
}

// ---------------------------------------------------------------------------------------------
// Tests. Expected values come from `sqlite3` 3.40.1.

const testing = std.testing;

test "total order: NULL < numbers < text < blob, numbers exact" {
    const ordered = [_]Value{
        .null,
        .{ .real = -1e300 },
        .{ .integer = numeric.smallest_int64 },
        .{ .integer = -1 },
        .{ .real = -0.5 },
        .{ .integer = 0 },
        .{ .real = 0.5 },
        .{ .integer = 9007199254740992 },
        .{ .integer = 9007199254740993 },
        .{ .real = 9007199254740994.0 },
        .{ .integer = numeric.largest_int64 },
        .{ .real = 9223372036854775808.0 },
        .{ .real = std.math.inf(f64) },
        .{ .text = "" },
        .{ .text = "A" },
        .{ .text = "a" },
        .{ .text = "ab" },
        .{ .blob = "" },
        .{ .blob = "\x00" },
        .{ .blob = "a" },
    };
    for (ordered, 0..) |left, i| {
        for (ordered, 0..) |right, j| {
            const want = std.math.order(i, j);
            testing.expectEqual(want, compareValues(left, right, .binary)) catch |err| {
                std.debug.print("{any} vs {any}\n", .{ left, right });
                return err;
            };
        }
    }
    try testing.expectEqual(Order.eq, compareValues(.{ .integer = 1 }, .{ .real = 1.0 }, .binary));
    try testing.expectEqual(Order.eq, compareValues(.{ .real = -0.0 }, .{ .integer = 0 }, .binary));
}

test "collations" {
    try testing.expectEqual(Order.eq, compareText("ABC", "abc", .nocase));
    try testing.expectEqual(Order.lt, compareText("ABC", "abc", .binary));
    try testing.expectEqual(Order.eq, compareText("abc  ", "abc", .rtrim));
    try testing.expectEqual(Order.lt, compareText("ab", "ABC", .nocase));
    try testing.expectEqual(Order.gt, compareText("\xc3\xa9", "\xc3\x89", .nocase));
    try testing.expectEqual(@as(?Collation, .nocase), Collation.fromName("NoCase"));
}

test "comparison affinity: a column against a literal" {
    // create table t(i integer, x text, b blob); insert into t values (12, '12', '12');
    // select i='12', x=12, b=12, b='12', i<'abc', '12'=12, i=' 12 ', x=12.0 from t
    //   -> 1|1|0|1|1|0|1|0
    const int_col: ?Affinity = .integer;
    const text_col: ?Affinity = .text;
    const blob_col: ?Affinity = .blob;
    const i: Value = .{ .integer = 12 };
    const x: Value = .{ .text = "12" };
    const b: Value = .{ .text = "12" };
    try testing.expectEqual(@as(?bool, true), evaluate(.eq, i, .{ .text = "12" }, comparisonAffinity(int_col, null), .binary));
    try testing.expectEqual(@as(?bool, true), evaluate(.eq, x, .{ .integer = 12 }, comparisonAffinity(text_col, null), .binary));
    try testing.expectEqual(@as(?bool, false), evaluate(.eq, b, .{ .integer = 12 }, comparisonAffinity(blob_col, null), .binary));
    try testing.expectEqual(@as(?bool, true), evaluate(.eq, b, .{ .text = "12" }, comparisonAffinity(blob_col, null), .binary));
    try testing.expectEqual(@as(?bool, true), evaluate(.lt, i, .{ .text = "abc" }, comparisonAffinity(int_col, null), .binary));
    try testing.expectEqual(@as(?bool, false), evaluate(.eq, .{ .text = "12" }, .{ .integer = 12 }, comparisonAffinity(null, null), .binary));
    try testing.expectEqual(@as(?bool, true), evaluate(.eq, i, .{ .text = " 12 " }, comparisonAffinity(int_col, null), .binary));
    try testing.expectEqual(@as(?bool, false), evaluate(.eq, x, .{ .real = 12.0 }, comparisonAffinity(text_col, null), .binary));
    // Two columns: integer vs text column -> numeric; text vs blob column -> none.
    try testing.expectEqual(@as(?Affinity, .numeric), comparisonAffinity(int_col, text_col));
    try testing.expectEqual(@as(?Affinity, null), comparisonAffinity(text_col, blob_col));
}

test "three-valued logic, IS, IN, BETWEEN" {
    const one: Value = .{ .integer = 1 };
    const two: Value = .{ .integer = 2 };
    try testing.expectEqual(@as(?bool, null), evaluate(.eq, .null, one, null, .binary));
    try testing.expectEqual(@as(?bool, null), evaluate(.ne, .null, .null, null, .binary));
    try testing.expect(is(.null, .null, null, .binary));
    try testing.expect(!is(.null, one, null, .binary));
    try testing.expect(isNot(one, two, null, .binary));
    try testing.expect(is(one, .{ .real = 1.0 }, null, .binary));
    // select 1 in (1,null), 2 in (1,null), null in (), null in (1), 2 in (1,2.0)
    //   -> 1||0||1
    try testing.expectEqual(@as(?bool, true), inList(one, &.{ one, .null }, null, .binary));
    try testing.expectEqual(@as(?bool, null), inList(two, &.{ one, .null }, null, .binary));
    try testing.expectEqual(@as(?bool, false), inList(.null, &.{}, null, .binary));
    try testing.expectEqual(@as(?bool, null), inList(.null, &.{one}, null, .binary));
    try testing.expectEqual(@as(?bool, true), inList(two, &.{ one, .{ .real = 2.0 } }, null, .binary));
    try testing.expectEqual(@as(?bool, false), inList(two, &.{one}, null, .binary));
    // select 2 between 1 and 3, 5 between 1 and null, 0 between 1 and null, null between 1 and 2
    //   -> 1||0|
    try testing.expectEqual(@as(?bool, true), between(two, one, .{ .integer = 3 }, null, .binary));
    try testing.expectEqual(@as(?bool, null), between(.{ .integer = 5 }, one, .null, null, .binary));
    try testing.expectEqual(@as(?bool, false), between(.{ .integer = 0 }, one, .null, null, .binary));
    try testing.expectEqual(@as(?bool, null), between(.null, one, two, null, .binary));
    const truth = [_]?bool{ true, false, null };
    const and_table = [3][3]?bool{ .{ true, false, null }, .{ false, false, false }, .{ null, false, null } };
    const or_table = [3][3]?bool{ .{ true, true, true }, .{ true, false, null }, .{ true, null, null } };
    for (truth, 0..) |l, a| {
        for (truth, 0..) |r, b| {
            try testing.expectEqual(and_table[a][b], logicalAnd(l, r));
            try testing.expectEqual(or_table[a][b], logicalOr(l, r));
        }
    }
    try testing.expectEqual(@as(?bool, null), logicalNot(null));
    try testing.expectEqual(@as(?bool, false), logicalNot(true));
}
