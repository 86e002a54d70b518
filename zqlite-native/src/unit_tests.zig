//! Gathers every Zig unit test: `zig build test` compiles this file. Add one line per source file.
comptime {
    _ = @import("version.zig");
    _ = @import("c_api.zig");
    _ = @import("jni.zig");
    _ = @import("testing/slt.zig");
    _ = @import("sql/tokenizer.zig");
    _ = @import("sql/parser.zig");
    _ = @import("sql/render.zig");
    _ = @import("sql/parser_test.zig");
    _ = @import("sql/slt_parse_test.zig");
    _ = @import("storage/errors.zig");
    _ = @import("storage/page_ref.zig");
    _ = @import("storage/mem_pages.zig");
    _ = @import("storage/record.zig");
    _ = @import("storage/key.zig");
    _ = @import("storage/btree_page.zig");
    _ = @import("storage/io.zig");
    _ = @import("storage/header.zig");
    _ = @import("storage/wal.zig");
    _ = @import("storage/cache.zig");
    _ = @import("storage/freelist.zig");
    _ = @import("storage/pager.zig");
    _ = @import("storage/pager_test.zig");
    _ = @import("storage/pager_sim_test.zig");
    _ = @import("sql/numeric.zig");
    _ = @import("sql/value.zig");
    _ = @import("sql/compare.zig");
    _ = @import("sql/arith.zig");
    _ = @import("sql/like.zig");
    _ = @import("storage/btree.zig");
    _ = @import("storage/btree_check.zig");
    _ = @import("storage/btree_test.zig");
    _ = @import("sql/printf.zig");
    _ = @import("sql/functions.zig");
    _ = @import("sql/datetime.zig");
    _ = @import("sql/aggregates.zig");
}
