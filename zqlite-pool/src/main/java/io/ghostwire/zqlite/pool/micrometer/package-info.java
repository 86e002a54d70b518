/**
 * Micrometer metrics of a {@link io.ghostwire.zqlite.pool.ZqlitePool}: HikariCP's meter names under
 * {@code zqlite.pool.connections*} and the engine statistics of its database ({@link
 * io.ghostwire.zqlite.pool.micrometer.ZqlitePoolMetrics}). Micrometer is an optional dependency.
 */
package io.ghostwire.zqlite.pool.micrometer;
