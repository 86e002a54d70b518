package io.ghostwire.zqlite.jdbc;

import io.ghostwire.zqlite.ErrorCode;
import io.ghostwire.zqlite.ZqliteCursor;
import io.ghostwire.zqlite.ZqliteException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.ScheduledFuture;

/**
 * Lets {@link java.sql.Statement#cancel()} and the query timeout stop a result set while its rows
 * are read, after the execution that returned it. A stop that lands during a native fetch
 * interrupts the connection, so the engine fails that fetch with INTERRUPT; one that lands between
 * fetches makes the next {@code next()} fail the same way. So a stop is never lost, and it never
 * interrupts other work on the connection. A row already in the buffer costs one volatile read.
 */
final class FetchWatch {
  private final Runnable interruptConnection;
  private final int timeoutSeconds;
  private volatile boolean fetching;
  private volatile boolean stopped;
  private volatile boolean timedOut;
  private volatile boolean ended;
  private ScheduledFuture<?> deadline;

  FetchWatch(Runnable interruptConnection, int timeoutSeconds) {
    this.interruptConnection = interruptConnection;
    this.timeoutSeconds = timeoutSeconds;
  }

  /** {@link ZqliteCursor#next()}, unless a stop came; the rows' end ends the watch. */
  boolean next(ZqliteCursor cursor) throws SQLException {
    try {
      if (stopped) {
        throw interrupted();
      }
      if (!cursor.needsFetch()) {
        return cursor.next() || end();
      }
      fetching = true;
      try {
        // Checked again after publishing `fetching`: stop() reads it after setting `stopped`, so
        // one of the two sees the other and the stop is never lost.
        if (stopped) {
          throw interrupted();
        }
        return cursor.next() || end();
      } finally {
        fetching = false;
      }
    } catch (ZqliteException e) {
      throw failure(SqlExceptions.of(e));
    }
  }

  private static ZqliteException interrupted() {
    return new ZqliteException(ErrorCode.INTERRUPT, "interrupted", null);
  }

  /** An INTERRUPT after the timeout fired is the timeout's {@link SQLTimeoutException}. */
  SQLException failure(SQLException e) {
    if (timedOut && e.getErrorCode() == ErrorCode.INTERRUPT.number()) {
      return new SQLTimeoutException(
          "query timed out after " + timeoutSeconds + " s", "HYT00", e.getErrorCode(), e);
    }
    return e;
  }

  /** Stops the rows (from any thread); {@code timeout} says the query timeout did it. */
  void stop(boolean timeout) {
    if (ended) {
      return;
    }
    if (timeout) {
      timedOut = true;
    }
    stopped = true;
    if (fetching) {
      interruptConnection.run();
    }
  }

  /** Keeps the execution's timeout running until the rows end (or cancels it if they have). */
  synchronized void keepDeadline(ScheduledFuture<?> future) {
    if (ended) {
      future.cancel(false);
    } else {
      deadline = future;
    }
  }

  /** The rows ended (read to the end, or closed): nothing is left to stop. Returns false. */
  synchronized boolean end() {
    ended = true;
    if (deadline != null) {
      deadline.cancel(false);
      deadline = null;
    }
    return false;
  }
}
