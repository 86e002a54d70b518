/**
 * ZQLite for Java: the core API over the native engine.
 *
 * <ul>
 *   <li>{@link io.ghostwire.zqlite.Zqlite#open(java.nio.file.Path, ZqliteOptions)} / {@link
 *       io.ghostwire.zqlite.Zqlite#openMemory()} give a {@link
 *       io.ghostwire.zqlite.ZqliteConnection} (thread-safe; durability, busy timeout, read-only and
 *       create are {@link io.ghostwire.zqlite.ZqliteOptions}).
 *   <li>{@link io.ghostwire.zqlite.ZqliteConnection#prepare(String)} gives a {@link
 *       io.ghostwire.zqlite.ZqliteStatement}: parameters from 1, by index or name; {@code
 *       executeQuery()} returns a {@link io.ghostwire.zqlite.ZqliteCursor} (columns from 0), {@code
 *       executeUpdate()} the change count, {@code executeBatch(List)} runs many binding sets in a
 *       few native calls inside one transaction.
 *   <li>Failures are checked {@link io.ghostwire.zqlite.ZqliteException}s carrying an {@link
 *       io.ghostwire.zqlite.ErrorCode}, the engine's code number, the SQL and the error position.
 *   <li>Value mapping is in {@link io.ghostwire.zqlite.Values}: boolean as 1/0, UUID as a 16-byte
 *       BLOB, java.time values as ISO-8601 text.
 * </ul>
 *
 * <p>Threading: a connection may be shared; calls on it are serialised natively. Statements and
 * cursors belong to one thread at a time. Closing a connection finalizes its statements; closing
 * them afterwards is a no-op; anything unclosed is freed by a Cleaner with a warning on the {@code
 * io.ghostwire.zqlite} System.Logger.
 *
 * <p>An async layer (R2DBC) should run these blocking calls on a bounded scheduler of its own, one
 * statement per thread at a time, and reuse {@code ZqliteStatement.executeBatch} for bulk writes.
 */
package io.ghostwire.zqlite;
