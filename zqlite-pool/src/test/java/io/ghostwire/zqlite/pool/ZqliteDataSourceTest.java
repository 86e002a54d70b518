package io.ghostwire.zqlite.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghostwire.zqlite.Durability;
import io.ghostwire.zqlite.ZqliteOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The DataSource hands out pooled JDBC connections whose close returns them. */
class ZqliteDataSourceTest {
  @TempDir Path dir;

  private ZqliteDataSource dataSource(int maxTotal) throws Exception {
    return new ZqliteDataSource(
        new ZqlitePool(
            ZqlitePoolConfig.of(dir.resolve("ds.db").toString())
                .withName("ds")
                .withOptions(ZqliteOptions.defaults().withDurability(Durability.OFF))
                .withMaxTotal(maxTotal)
                .withMaxWait(Duration.ofMillis(100))));
  }

  @Test
  void closeReturnsTheConnectionAndRollsBackWhatWasNotCommitted() throws Exception {
    try (ZqliteDataSource ds = dataSource(1)) {
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t(x)");
        c.setAutoCommit(false);
        s.executeUpdate("INSERT INTO t VALUES (1)");
        assertThat(ds.pool().state().active()).isEqualTo(1);
      }
      assertThat(ds.pool().state().active()).isZero();
      assertThat(ds.pool().state().idle()).isEqualTo(1);
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement();
          ResultSet rows = s.executeQuery("SELECT count(*) FROM t")) {
        assertThat(c.getAutoCommit()).isTrue();
        assertThat(rows.next()).isTrue();
        assertThat(rows.getLong(1)).isZero();
      }
      assertThat(ds.pool().createdCount()).isEqualTo(1);
    }
  }

  @Test
  void exhaustionIsATransientConnectionExceptionCarryingThePoolState() throws Exception {
    try (ZqliteDataSource ds = dataSource(1);
        Connection held = ds.getConnection()) {
      assertThat(held.isValid(1)).isTrue();
      assertThatThrownBy(ds::getConnection)
          .isInstanceOfSatisfying(
              SQLTransientConnectionException.class,
              e -> {
                assertThat(e.getSQLState()).isEqualTo("08001");
                assertThat(e.getMessage()).contains("zqlite pool 'ds'").contains("active=1");
                assertThat(e.getCause()).isInstanceOf(ZqlitePoolTimeoutException.class);
              });
    }
  }

  @Test
  void worksUnderJdbcTemplate() throws Exception {
    try (ZqliteDataSource ds = dataSource(2)) {
      JdbcTemplate jdbc = new JdbcTemplate(ds);
      jdbc.execute("CREATE TABLE peers(id INTEGER PRIMARY KEY, name TEXT)");
      for (int i = 0; i < 10; i++) {
        jdbc.update("INSERT INTO peers(name) VALUES (?)", "p" + i);
      }
      assertThat(jdbc.queryForObject("SELECT count(*) FROM peers", Long.class)).isEqualTo(10);
      assertThat(ds.pool().state().active()).isZero();
      assertThat(ds.unwrap(ZqlitePool.class)).isSameAs(ds.pool());
    }
  }
}
