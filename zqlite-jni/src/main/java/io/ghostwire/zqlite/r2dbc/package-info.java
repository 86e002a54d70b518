/**
 * The R2DBC driver for ZQLite: {@code ConnectionFactories.get("r2dbc:zqlite:///path/app.db")} (or
 * {@code r2dbc:zqlite:///:memory:}), see {@link
 * io.ghostwire.zqlite.r2dbc.ZqliteConnectionFactoryProvider} for the options.
 *
 * <p>Threading: the engine is reached through blocking JNI calls, so every native call of a
 * connection runs on that connection's own worker thread ({@code zqlite-r2dbc-N}), never on the
 * subscriber's or an event loop's thread; one thread per connection, bounded by the pool size.
 * Signals (connections, results, rows) are delivered on the worker thread.
 *
 * <p>Rows stream from the engine's batch buffer with backpressure: each request reads at most that
 * many rows (and at most 256 per worker task); cancelling a row stream finalizes the statement. The
 * rows of a query must be consumed or cancelled before the connection's next statement of the same
 * {@code execute()} runs.
 *
 * <p>Types: SQLite columns are dynamically typed; a value's natural Java type follows its storage
 * class in that row (INTEGER: Integer when it fits, else Long; REAL: Double; TEXT: String; BLOB:
 * ByteBuffer), and {@code Row.get(i, T.class)} converts as {@link io.ghostwire.zqlite.Values} does
 * (Boolean, UUID, java.time values, BigDecimal, byte[], Blob, Clob, ...). Errors are mapped by
 * {@code R2dbcExceptions}: constraints to {@code R2dbcDataIntegrityViolationException}, BUSY to
 * {@code R2dbcTimeoutException}, syntax and unknown names to {@code R2dbcBadGrammarException},
 * everything else to {@code R2dbcNonTransientResourceException}, with JDBC's SQLStates.
 */
package io.ghostwire.zqlite.r2dbc;
