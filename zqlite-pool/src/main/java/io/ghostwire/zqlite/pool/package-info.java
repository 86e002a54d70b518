/**
 * Pooled ZQLite connections: {@link io.ghostwire.zqlite.pool.ZqlitePool} (Apache Commons Pool2,
 * sized by default for one writer and many readers, see {@link
 * io.ghostwire.zqlite.pool.ZqlitePoolConfig}), leases that reset connections at return, and {@link
 * io.ghostwire.zqlite.pool.ZqliteDataSource} for JDBC. Subpackages add Micrometer metrics, a pooled
 * R2DBC ConnectionFactory and Spring Boot auto-configuration, each on optional dependencies.
 */
package io.ghostwire.zqlite.pool;
