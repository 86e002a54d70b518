package io.ghostwire.zqlite.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghostwire.zqlite.ZqliteConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * {@link Statement#cancel()} and {@link Statement#setQueryTimeout(int)}: the query below would
 * visit 10^12 rows, so it ends only when interrupted.
 */
class CancelIT {
  private static final String ENDLESS = "SELECT count(*) FROM u a, u b, u c, u d";
  private static final int CANCEL_ATTEMPTS_MAX = 60_000;

  /**
   * A cross join read with {@code next()}: its first 2,000,000 rows come at once (many fetches),
   * then no row matches in the 10^12 it still visits, so the fetch after them never ends.
   */
  private static final String DENSE_THEN_ENDLESS =
      "SELECT d.x FROM u a, u b, u c, u d WHERE (a.rowid = 1 AND b.rowid <= 2) OR d.x < 0";

  private static final long DENSE_ROWS = 2_000_000;

  /** A liveness bound for the iterating thread, not a timing assertion. */
  private static final long OUTCOME_WAIT_SECONDS = 120;

  private static Connection withThousandRows() throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:zqlite::memory:");
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9);"
              + " CREATE TABLE u(x INTEGER); INSERT INTO u SELECT a.x FROM t a, t b, t c");
    }
    return c;
  }

  private static long count(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM u")) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void cancelFromAnotherThreadEndsTheQueryWithHy008AndTheConnectionStaysUsable() throws Exception {
    try (Connection c = withThousandRows();
        PreparedStatement endless = c.prepareStatement(ENDLESS)) {
      CompletableFuture<SQLException> outcome =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  endless.executeQuery();
                  return null;
                } catch (SQLException e) {
                  return e;
                }
              });
      SQLException e = null;
      // cancel() is a no-op until the statement runs: repeat until it has ended.
      for (int attempt = 0; attempt < CANCEL_ATTEMPTS_MAX && e == null; attempt++) {
        endless.cancel();
        try {
          e = outcome.get(10, TimeUnit.MILLISECONDS);
          assertThat((Throwable) e).as("the endless query must not complete").isNotNull();
        } catch (TimeoutException stillRunning) {
          // not cancelled yet
        }
      }
      assertThat((Throwable) e).isNotNull().isNotInstanceOf(SQLTimeoutException.class);
      assertThat(e.getSQLState()).isEqualTo("HY008");
      assertThat(e.getErrorCode()).isEqualTo(9);
      assertThat(count(c)).isEqualTo(1000);
    }
  }

  @Test
  void aQueryPastItsTimeoutThrowsSqlTimeoutExceptionAndTheStatementRunsAgain() throws Exception {
    try (Connection c = withThousandRows();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      assertThat(s.getQueryTimeout()).isEqualTo(1);
      assertThatThrownBy(() -> s.executeQuery(ENDLESS))
          .isInstanceOf(SQLTimeoutException.class)
          .hasMessageContaining("timed out")
          .extracting(t -> ((SQLException) t).getSQLState())
          .isEqualTo("HYT00");
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM u")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getLong(1)).isEqualTo(1000);
      }
    }
  }

  /**
   * Reads every row of a result set on another thread, counting them. Closing it makes sure that
   * thread has ended, interrupting the connection if it must, so a failed test cannot leave it
   * holding the connection in a fetch that never ends.
   */
  private static final class Reading implements AutoCloseable {
    private static final int STOP_ATTEMPTS_MAX = 60_000;
    final AtomicLong read = new AtomicLong();
    final CompletableFuture<SQLException> outcome;
    private final Connection connection;

    Reading(Connection connection, ResultSet r) {
      this.connection = connection;
      outcome =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  while (r.next()) {
                    read.incrementAndGet();
                  }
                  return null;
                } catch (SQLException e) {
                  return e;
                }
              });
    }

    /** Waits (bounded) until {@code rows} rows were read. */
    void awaitRows(long rows) throws InterruptedException {
      for (int waited = 0; waited < 600_000 && read.get() < rows && !outcome.isDone(); waited++) {
        Thread.sleep(1);
      }
      assertThat(read.get()).isGreaterThanOrEqualTo(rows);
    }

    /** Waits (bounded) until {@code rows} rows were read, then until no more arrive. */
    void awaitRowsThenQuiet(long rows) throws InterruptedException {
      awaitRows(rows);
      long before = -1;
      for (int round = 0; round < 6_000 && read.get() != before; round++) {
        before = read.get();
        Thread.sleep(50);
      }
    }

    SQLException outcome() throws Exception {
      return outcome.get(OUTCOME_WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
      ZqliteConnection db = connection.unwrap(ZqliteConnection.class);
      for (int attempt = 0; attempt < STOP_ATTEMPTS_MAX && !outcome.isDone(); attempt++) {
        db.interrupt();
        Thread.sleep(1);
      }
    }
  }

  private static void assertCancelled(SQLException e) {
    assertThat((Throwable) e).as("the rows must not end by themselves").isNotNull();
    assertThat((Throwable) e).isNotInstanceOf(SQLTimeoutException.class);
    assertThat(e.getSQLState()).isEqualTo("HY008");
    assertThat(e.getErrorCode()).isEqualTo(9);
  }

  @Test
  void cancelStopsAResultSetWhileItsRowsAreReadAndTheConnectionStaysUsable() throws Exception {
    try (Connection c = withThousandRows();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(DENSE_THEN_ENDLESS);
        Reading reading = new Reading(c, r)) {
      // The execution is over: rows are being read, from the buffer or by later fetches.
      reading.awaitRows(10_000);
      s.cancel();
      assertCancelled(reading.outcome());
      assertThat(reading.read.get()).isLessThanOrEqualTo(DENSE_ROWS);
      r.close();
      assertThat(count(c)).isEqualTo(1000);
    }
  }

  @Test
  void cancelInterruptsAFetchThatNeverEnds() throws Exception {
    try (Connection c = withThousandRows();
        PreparedStatement p = c.prepareStatement(DENSE_THEN_ENDLESS);
        ResultSet r = p.executeQuery();
        Reading reading = new Reading(c, r)) {
      // The dense rows, but for those of the batch the endless fetch is still filling, are read;
      // then no more arrive: the reading thread waits in that fetch, which only an interrupt ends.
      reading.awaitRowsThenQuiet(DENSE_ROWS - 10_000);
      assertThat(reading.outcome.isDone()).isFalse();
      p.cancel();
      assertCancelled(reading.outcome());
      assertThat(reading.read.get()).isLessThanOrEqualTo(DENSE_ROWS);
      r.close();
      assertThat(count(c)).isEqualTo(1000);
      // The statement runs again, and a fresh read is not stopped by the old cancel.
      try (ResultSet again = p.executeQuery()) {
        assertThat(again.next()).isTrue();
        assertThat(again.getLong(1)).isZero();
      }
    }
  }

  @Test
  void theQueryTimeoutAlsoBoundsReadingTheRowsAndThrowsSqlTimeoutException() throws Exception {
    try (Connection c = withThousandRows();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      try (ResultSet r = s.executeQuery(DENSE_THEN_ENDLESS);
          Reading reading = new Reading(c, r)) {
        SQLException e = reading.outcome();
        assertThat((Throwable) e).isInstanceOf(SQLTimeoutException.class);
        assertThat(e.getSQLState()).isEqualTo("HYT00");
        assertThat(e.getErrorCode()).isEqualTo(9);
        assertThat((Throwable) e).hasMessageContaining("timed out");
      }
      try (ResultSet again = s.executeQuery("SELECT count(*) FROM u")) {
        assertThat(again.next()).isTrue();
        assertThat(again.getLong(1)).isEqualTo(1000);
      }
    }
  }

  @Test
  void cancelWithNothingRunningChangesNothing() throws Exception {
    try (Connection c = withThousandRows();
        Statement s = c.createStatement()) {
      s.cancel();
      assertThat(count(c)).isEqualTo(1000);
    }
  }
}
