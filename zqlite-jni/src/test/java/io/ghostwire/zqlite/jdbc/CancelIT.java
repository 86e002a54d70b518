package io.ghostwire.zqlite.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;

/**
 * {@link Statement#cancel()} and {@link Statement#setQueryTimeout(int)}: the query below would
 * visit 10^12 rows, so it ends only when interrupted.
 */
class CancelIT {
  private static final String ENDLESS = "SELECT count(*) FROM u a, u b, u c, u d";
  private static final int CANCEL_ATTEMPTS_MAX = 60_000;

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

  @Test
  void cancelWithNothingRunningChangesNothing() throws Exception {
    try (Connection c = withThousandRows();
        Statement s = c.createStatement()) {
      s.cancel();
      assertThat(count(c)).isEqualTo(1000);
    }
  }
}
