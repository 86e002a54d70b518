package io.ghostwire.zqlite.jdbc;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one daemon thread that fires {@link java.sql.Statement#setQueryTimeout} deadlines for every
 * ZQLite JDBC statement. A deadline only interrupts the connection ({@code ZqliteConnection
 * .interrupt()}, a flag the engine reads every few hundred rows), so the thread never waits on the
 * engine; cancelled deadlines are removed at once, so the queue holds only running statements.
 */
final class QueryTimeouts {
  private static final ScheduledThreadPoolExecutor TIMER = newTimer();

  private QueryTimeouts() {}

  private static ScheduledThreadPoolExecutor newTimer() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "zqlite-jdbc-query-timeout");
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  /** Runs {@code action} after {@code seconds} unless the returned future is cancelled first. */
  static ScheduledFuture<?> schedule(Runnable action, int seconds) {
    return TIMER.schedule(action, seconds, TimeUnit.SECONDS);
  }
}
