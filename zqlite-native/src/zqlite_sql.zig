//! The SQL engine as a module for tools outside src/ (the SQL benchmark): a module's files may
//! import only below its root, and the engine imports ../storage, so the root sits here.
pub const engine = @import("sql/engine.zig");
