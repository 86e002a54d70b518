package io.ghostwire.zqlite.r2dbc;

import io.ghostwire.zqlite.Zqlite;
import io.ghostwire.zqlite.ZqliteOptions;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Opens {@link ZqliteR2dbcConnection}s to one database. Each connection gets its own worker thread
 * (see {@link Worker}), on which the database is opened and every later native call runs; the
 * thread ends when the connection closes. Bound the number of threads by bounding connections (an
 * r2dbc-pool).
 *
 * <p>{@link Zqlite#MEMORY} opens a private in-memory database per connection: two connections never
 * see each other's data; use a pool of one connection to share it.
 */
public final class ZqliteConnectionFactory implements ConnectionFactory {
  private static final ConnectionFactoryMetadata METADATA = () -> "ZQLite";

  private final String path;
  private final ZqliteOptions options;

  public ZqliteConnectionFactory(String path, ZqliteOptions options) {
    this.path = Objects.requireNonNull(path, "path");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The database path ({@value Zqlite#MEMORY} for in-memory databases). */
  public String path() {
    return path;
  }

  public ZqliteOptions options() {
    return options;
  }

  @Override
  public Mono<Connection> create() {
    return Mono.defer(
        () -> {
          Worker worker = new Worker();
          return worker
              .call(() -> Zqlite.open(path, options))
              .<Connection>map(db -> new ZqliteR2dbcConnection(db, worker))
              .doOnError(e -> worker.shutdown());
        });
  }

  @Override
  public ConnectionFactoryMetadata getMetadata() {
    return METADATA;
  }

  @Override
  public String toString() {
    return "ZqliteConnectionFactory[" + path + ", " + options + "]";
  }
}
