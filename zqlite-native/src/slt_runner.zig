//! Root of the `slt-sqlite3` and `slt-zqlite` executables: it sits in src/ so that the runner
//! (testing/slt_main.zig) may import the SQL engine (sql/engine.zig) from the same module.
pub const main = @import("testing/slt_main.zig").main;
