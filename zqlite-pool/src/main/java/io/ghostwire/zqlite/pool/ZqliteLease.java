package io.ghostwire.zqlite.pool;

import io.ghostwire.zqlite.ZqliteConnection;

/**
 * A connection borrowed from a {@link ZqlitePool}; {@link #close()} hands it back (reset: see
 * {@link ZqlitePool}). Use it in try-with-resources:
 *
 * <pre>{@code
 * try (ZqliteLease lease = pool.borrow()) {
 *   lease.connection().executeUpdate("INSERT INTO peers(key) VALUES (?)", key);
 * }
 * }</pre>
 *
 * <p>Not thread-safe, like the JDBC connection it resembles. Do not keep the {@link
 * ZqliteConnection} or its statements past {@link #close()}: the next borrower owns it then, and
 * its statements are finalized.
 */
public final class ZqliteLease implements AutoCloseable {
  private final ZqlitePool pool;
  private final ZqliteConnection connection;
  private final long borrowedNanos;
  private boolean returned;

  ZqliteLease(ZqlitePool pool, ZqliteConnection connection, long borrowedNanos) {
    this.pool = pool;
    this.connection = connection;
    this.borrowedNanos = borrowedNanos;
  }

  /** The borrowed connection. */
  public ZqliteConnection connection() {
    if (returned) {
      throw new IllegalStateException("this connection was returned to " + pool);
    }
    return connection;
  }

  /** Whether {@link #close()} ran. */
  public boolean isReturned() {
    return returned;
  }

  /** Returns the connection to the pool; again is a no-op. */
  @Override
  public void close() {
    if (returned) {
      return;
    }
    returned = true;
    pool.giveBack(connection, borrowedNanos);
  }

  @Override
  public String toString() {
    return "ZqliteLease[" + connection + (returned ? ", returned]" : "]");
  }
}
