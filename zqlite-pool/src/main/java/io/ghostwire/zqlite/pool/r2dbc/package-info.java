/**
 * A pooled R2DBC {@code ConnectionFactory} for ZQLite: r2dbc-pool over the driver, configured from
 * a {@link io.ghostwire.zqlite.pool.ZqlitePoolConfig} (see {@link
 * io.ghostwire.zqlite.pool.r2dbc.ZqliteR2dbcPools} for why r2dbc-pool rather than an adapter).
 */
package io.ghostwire.zqlite.pool.r2dbc;
