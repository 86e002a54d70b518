package io.ghostwire.zqlite.pool;

import io.ghostwire.zqlite.ErrorCode;
import io.ghostwire.zqlite.ZqliteException;
import java.time.Duration;

/**
 * No connection became free within the pool's max wait. The message names the pool, the wait and
 * the pool's state when the borrow gave up, as HikariCP's does: {@code zqlite pool 'main':
 * connection not available after 250 ms (total=4, active=4, idle=0, waiting=3)}. Its {@link
 * #errorCode()} is {@link ErrorCode#BUSY}.
 */
public final class ZqlitePoolTimeoutException extends ZqliteException {
  private static final long serialVersionUID = 1L;

  private final String poolName;
  private final transient ZqlitePoolState state;
  private final Duration waited;

  ZqlitePoolTimeoutException(String poolName, Duration waited, ZqlitePoolState state) {
    super(
        ErrorCode.BUSY,
        "zqlite pool '"
            + poolName
            + "': connection not available after "
            + waited.toMillis()
            + " ms ("
            + state
            + ")",
        null);
    this.poolName = poolName;
    this.state = state;
    this.waited = waited;
  }

  public String poolName() {
    return poolName;
  }

  /** The pool's counts when the borrow gave up. */
  public ZqlitePoolState state() {
    return state;
  }

  /** How long the borrow waited. */
  public Duration waited() {
    return waited;
  }
}
