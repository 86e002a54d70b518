package io.ghostwire.zqlite.pool.r2dbc;

import io.ghostwire.zqlite.pool.ZqlitePoolConfig;
import io.ghostwire.zqlite.r2dbc.ZqliteConnectionFactory;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ValidationDepth;
import java.time.Duration;

/**
 * A pooled R2DBC {@code ConnectionFactory}: r2dbc-pool's {@link ConnectionPool} over the ZQLite
 * R2DBC driver, configured from the same {@link ZqlitePoolConfig} as the blocking pool.
 *
 * <p><b>Why r2dbc-pool and not an adapter of {@code ZqlitePool}.</b> Borrowing from Commons Pool
 * blocks the calling thread while it waits, which on an event loop stalls every other request;
 * r2dbc-pool (on reactor-pool) acquires without blocking, queues subscribers with backpressure and
 * cancellation, and releases on the connection's {@code close()} publisher. It also pools the right
 * object: an R2DBC connection of our driver owns a worker thread on which its natives run (see
 * {@code ZqliteConnectionFactory}), so pooling R2DBC connections keeps those threads alive and
 * bounded, whereas adapting the core pool would have to start a worker per borrow. Spring Boot
 * knows r2dbc-pool (it binds its metrics and health), and its options map one for one: max size,
 * min idle, max idle time, max lifetime, max acquire time, background eviction. The cost is a
 * second pool implementation with its own metric names ({@code r2dbc.pool.*}); the ZQLite engine
 * metrics bound by a {@code ZqlitePool} on the same file still cover the database.
 */
public final class ZqliteR2dbcPools {
  private ZqliteR2dbcPools() {}

  /** The r2dbc-pool configuration for {@code config}; not yet started. */
  public static ConnectionPoolConfiguration configuration(ZqlitePoolConfig config) {
    ZqliteConnectionFactory factory = new ZqliteConnectionFactory(config.path(), config.options());
    return ConnectionPoolConfiguration.builder(factory)
        .name(config.name())
        .initialSize(config.minIdle())
        .minIdle(config.minIdle())
        .maxSize(config.maxTotal())
        .maxAcquireTime(config.maxWait())
        .maxIdleTime(orNever(config.idleTimeout()))
        .maxLifeTime(orNever(config.maxLifetime()))
        .backgroundEvictionInterval(orNever(config.evictionInterval()))
        .validationDepth(ValidationDepth.LOCAL)
        .build();
  }

  /** A started-on-first-use pool; close it (or dispose it) when done. */
  public static ConnectionPool create(ZqlitePoolConfig config) {
    return new ConnectionPool(configuration(config));
  }

  /** r2dbc-pool reads a negative duration as "never"; ZqlitePoolConfig uses zero for that. */
  private static Duration orNever(Duration value) {
    return value.isZero() ? Duration.ofMillis(-1) : value;
  }
}
