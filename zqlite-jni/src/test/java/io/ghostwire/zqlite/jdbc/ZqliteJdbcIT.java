package io.ghostwire.zqlite.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC driver through DriverManager and the packaged jar. */
class ZqliteJdbcIT {

  private static Connection memory() throws SQLException {
    return DriverManager.getConnection("jdbc:zqlite::memory:");
  }

  @Test
  void driverIsFoundThroughServiceLoader() throws Exception {
    assertThat(DriverManager.getDriver("jdbc:zqlite::memory:")).isInstanceOf(ZqliteDriver.class);
    try (Connection c = memory()) {
      assertThat(c.isValid(1)).isTrue();
      assertThat(c.getAutoCommit()).isTrue();
      assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
      assertThat(c.unwrap(io.ghostwire.zqlite.ZqliteConnection.class)).isNotNull();
    }
  }

  @Test
  void everySetterAndGetterRoundTrips() throws Exception {
    UUID uuid = UUID.randomUUID();
    Instant instant = Instant.parse("2024-05-06T07:08:09.123456Z");
    LocalDateTime local = LocalDateTime.of(2024, 5, 6, 7, 8, 9, 500_000_000);
    OffsetDateTime offset = OffsetDateTime.of(local, ZoneOffset.ofHours(-3));
    try (Connection c = memory();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE v(a, b, c, d, e, f, g, h, i, j, k, l, m, n)");
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO v VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        p.setInt(1, 42);
        p.setLong(2, Long.MIN_VALUE);
        p.setDouble(3, 1.25);
        p.setString(4, "ünï");
        p.setBytes(5, new byte[] {9, 8});
        p.setNull(6, Types.VARCHAR);
        p.setBoolean(7, true);
        p.setObject(8, uuid);
        p.setObject(9, instant);
        p.setObject(10, local);
        p.setObject(11, LocalDate.of(2020, 1, 2));
        p.setObject(12, offset);
        p.setBigDecimal(13, new BigDecimal("12.50"));
        p.setTimestamp(14, Timestamp.valueOf(local));
        assertThat(p.executeUpdate()).isEqualTo(1);
      }
      try (ResultSet r = s.executeQuery("SELECT * FROM v")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getInt(1)).isEqualTo(42);
        assertThat(r.getShort("a")).isEqualTo((short) 42);
        assertThat(r.getLong(2)).isEqualTo(Long.MIN_VALUE);
        assertThat(r.getDouble(3)).isEqualTo(1.25);
        assertThat(r.getFloat(3)).isEqualTo(1.25f);
        assertThat(r.getString(4)).isEqualTo("ünï");
        assertThat(r.getBytes(5)).containsExactly(9, 8);
        assertThat(r.getString(6)).isNull();
        assertThat(r.wasNull()).isTrue();
        assertThat(r.getInt(6)).isZero();
        assertThat(r.wasNull()).isTrue();
        assertThat(r.getBoolean(7)).isTrue();
        assertThat(r.wasNull()).isFalse();
        assertThat(r.getObject(8, UUID.class)).isEqualTo(uuid);
        assertThat(r.getObject(9, Instant.class)).isEqualTo(instant);
        assertThat(r.getObject(10, LocalDateTime.class)).isEqualTo(local);
        assertThat(r.getObject(11, LocalDate.class)).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(r.getDate(11).toLocalDate()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(r.getObject(12, OffsetDateTime.class)).isEqualTo(offset);
        assertThat(r.getBigDecimal(13)).isEqualByComparingTo("12.5");
        assertThat(r.getTimestamp(14)).isEqualTo(Timestamp.valueOf(local));
        assertThat(r.getObject(1)).isEqualTo(42L);
        assertThat(r.getObject(1, Integer.class)).isEqualTo(42);
        assertThat(r.getMetaData().getColumnCount()).isEqualTo(14);
        assertThat(r.getMetaData().getColumnName(4)).isEqualTo("d");
        assertThat(r.getMetaData().getColumnType(1)).isEqualTo(Types.BIGINT);
        assertThat(r.next()).isFalse();
      }
    }
  }

  @Test
  void transactionsSavepointsAndAutocommit(@TempDir Path dir) throws Exception {
    String url = "jdbc:zqlite:" + dir.resolve("t.db") + "?durability=NORMAL";
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.executeUpdate("CREATE TABLE t(x INTEGER)");
      c.setAutoCommit(false);
      s.executeUpdate("INSERT INTO t VALUES (1)");
      Savepoint sp = c.setSavepoint();
      s.executeUpdate("INSERT INTO t VALUES (2)");
      c.rollback(sp);
      c.commit();
      s.executeUpdate("INSERT INTO t VALUES (3)");
      c.rollback();
      c.setAutoCommit(true);
      assertThatThrownBy(c::commit).isInstanceOf(SQLException.class);
      try (ResultSet r = s.executeQuery("SELECT count(*), sum(x) FROM t")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getInt(1)).isEqualTo(1);
        assertThat(r.getInt(2)).isEqualTo(1);
      }
    }
  }

  @Test
  void batchesAreFastAtomicAndReportFailures() throws Exception {
    try (Connection c = memory();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE b(id INTEGER PRIMARY KEY, v TEXT)");
      try (PreparedStatement p = c.prepareStatement("INSERT INTO b VALUES (?, ?)")) {
        for (int i = 0; i < 5000; i++) {
          p.setInt(1, i);
          p.setString(2, "v" + i);
          p.addBatch();
        }
        assertThat(p.executeBatch()).hasSize(5000).containsOnly(1);
        try (ResultSet keys = p.getGeneratedKeys()) {
          assertThat(keys.next()).isTrue();
          assertThat(keys.getLong(1)).isEqualTo(4999);
        }
        p.setInt(1, 10_000);
        p.setString(2, "new");
        p.addBatch();
        p.setInt(1, 1);
        p.setString(2, "dup");
        p.addBatch();
        assertThatThrownBy(p::executeBatch)
            .isInstanceOf(BatchUpdateException.class)
            .satisfies(
                e -> {
                  BatchUpdateException b = (BatchUpdateException) e;
                  assertThat(b.getUpdateCounts()).containsExactly(1);
                  assertThat(b.getSQLState()).isEqualTo("23505");
                });
      }
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM b")) {
        r.next();
        assertThat(r.getInt(1)).as("the failed autocommit batch rolled back").isEqualTo(5000);
      }
      s.addBatch("INSERT INTO b VALUES (20000, 'x')");
      s.addBatch("UPDATE b SET v = 'y' WHERE id < 10");
      assertThat(s.executeBatch()).containsExactly(1, 10);
    }
  }

  @Test
  void batchesSpanningManyChunksKeepLargeValuesAndCountAcrossChunks() throws Exception {
    // Values of 200-300 KB (half of them non-ASCII) fill a 1 MiB chunk every few rows, so each
    // batch crosses JNI in several calls and row `failing` sits in a later chunk.
    String ascii = "a".repeat(200_000);
    String wide = "\u00fc\u20ac".repeat(60_000);
    int rows = 40;
    int failing = 27;
    try (Connection c = memory();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE big(id INTEGER PRIMARY KEY, k TEXT UNIQUE, v TEXT)");
      try (PreparedStatement p = c.prepareStatement("INSERT INTO big VALUES (?, ?, ?)")) {
        for (int i = 0; i < rows; i++) {
          p.setInt(1, i);
          p.setString(2, "k" + i);
          p.setString(3, i + (i % 2 == 0 ? ascii : wide));
          p.addBatch();
        }
        assertThat(p.executeBatch()).hasSize(rows).containsOnly(1);
        for (int i = 0; i < rows; i++) {
          p.setInt(1, rows + i);
          p.setString(2, i == failing ? "k3" : "new" + i);
          p.setString(3, wide);
          p.addBatch();
        }
        assertThatThrownBy(p::executeBatch)
            .isInstanceOf(BatchUpdateException.class)
            .satisfies(
                e -> {
                  BatchUpdateException b = (BatchUpdateException) e;
                  assertThat(b.getUpdateCounts()).hasSize(failing).containsOnly(1);
                  assertThat(b.getSQLState()).isEqualTo("23505");
                  assertThat(b.getMessage()).contains("big.k");
                });
      }
      try (ResultSet r = s.executeQuery("SELECT id, v FROM big ORDER BY id")) {
        int n = 0;
        while (r.next()) {
          assertThat(r.getInt(1)).isEqualTo(n);
          assertThat(r.getString(2)).isEqualTo(n + (n % 2 == 0 ? ascii : wide));
          n++;
        }
        assertThat(n).as("the failed autocommit batch rolled back every chunk").isEqualTo(rows);
      }
    }
  }

  @Test
  void generatedKeysAndScripts() throws Exception {
    try (Connection c = memory();
        Statement s = c.createStatement()) {
      assertThat(
              s.execute(
                  "CREATE TABLE k(id INTEGER PRIMARY KEY, v TEXT); INSERT INTO k(v) VALUES ('a');"
                      + " SELECT v FROM k"))
          .isTrue();
      try (ResultSet r = s.getResultSet()) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("a");
      }
      s.executeUpdate("INSERT INTO k(v) VALUES ('b')", Statement.RETURN_GENERATED_KEYS);
      try (ResultSet keys = s.getGeneratedKeys()) {
        assertThat(keys.next()).isTrue();
        assertThat(keys.getLong(1)).isEqualTo(2);
      }
      s.executeUpdate("UPDATE k SET v = 'c'");
      assertThat(s.getGeneratedKeys().next()).isFalse();
      assertThat(s.getUpdateCount()).isEqualTo(2);
    }
  }

  @Test
  void returningClauseGivesRows() throws Exception {
    try (Connection c = memory();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE r(id INTEGER PRIMARY KEY, v TEXT)");
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO r(v) VALUES (?) RETURNING id, upper(v)")) {
        p.setString(1, "abc");
        try (ResultSet rows = p.executeQuery()) {
          assertThat(rows.next()).isTrue();
          assertThat(rows.getLong(1)).isEqualTo(1);
          assertThat(rows.getString(2)).isEqualTo("ABC");
          assertThat(rows.next()).isFalse();
        }
      }
      try (ResultSet count = s.executeQuery("SELECT count(*) FROM r")) {
        assertThat(count.next()).isTrue();
        assertThat(count.getInt(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void exceptionsMapToJdbcClassesAndStates() throws Exception {
    try (Connection c = memory();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE e(id INTEGER PRIMARY KEY, n TEXT NOT NULL)");
      s.execute("INSERT INTO e VALUES (1, 'x')");
      assertThatThrownBy(() -> s.execute("INSERT INTO e VALUES (1, 'y')"))
          .isInstanceOf(SQLIntegrityConstraintViolationException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("23505");
      assertThatThrownBy(() -> s.execute("INSERT INTO e VALUES (2, NULL)"))
          .isInstanceOf(SQLIntegrityConstraintViolationException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("23502");
      assertThatThrownBy(() -> s.execute("SELEC 1"))
          .isInstanceOf(SQLSyntaxErrorException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("42000");
      assertThatThrownBy(() -> s.execute("SELECT * FROM missing"))
          .isInstanceOf(SQLSyntaxErrorException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("42S02");
      c.setReadOnly(true);
      assertThatThrownBy(() -> s.execute("DELETE FROM e"))
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("25006");
      c.setReadOnly(false);
    }
  }

  @Test
  void aLockedDatabaseIsATransientBusyError(@TempDir Path dir) throws Exception {
    String url = "jdbc:zqlite:" + dir.resolve("busy.db") + "?busyTimeoutMillis=100";
    try (Connection setup = DriverManager.getConnection(url);
        Statement s = setup.createStatement()) {
      // Before the other connections open: the engine reads the schema at open only (for now).
      s.execute("CREATE TABLE t(x)");
    }
    try (Connection holder = DriverManager.getConnection(url);
        Connection waiter = DriverManager.getConnection(url);
        Statement h = holder.createStatement();
        Statement w = waiter.createStatement()) {
      holder.setAutoCommit(false);
      h.execute("INSERT INTO t VALUES (1)");
      assertThatThrownBy(() -> w.execute("INSERT INTO t VALUES (2)"))
          .isInstanceOf(java.sql.SQLTransientException.class)
          .satisfies(
              e -> {
                assertThat(((SQLException) e).getSQLState()).isEqualTo("40001");
                assertThat(((SQLException) e).getErrorCode()).isEqualTo(5);
              });
      holder.commit();
      w.execute("INSERT INTO t VALUES (2)");
    }
  }

  @Test
  void closedObjectsThrowAndCloseIsIdempotent() throws Exception {
    Connection c = memory();
    Statement s = c.createStatement();
    PreparedStatement p = c.prepareStatement("SELECT 1");
    ResultSet r = p.executeQuery();
    c.close();
    c.close();
    assertThat(c.isClosed()).isTrue();
    assertThat(c.isValid(1)).isFalse();
    assertThatThrownBy(() -> s.execute("SELECT 1"))
        .isInstanceOf(SQLNonTransientConnectionException.class);
    assertThatThrownBy(p::executeQuery).isInstanceOf(SQLException.class);
    assertThatThrownBy(r::next).isInstanceOf(SQLException.class);
    p.close();
    s.close();
    r.close();
  }

  @Test
  void metadataDescribesTablesColumnsKeysAndIndexes() throws Exception {
    try (Connection c = memory();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE person(id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, age INT,"
              + " score REAL, photo BLOB)");
      s.execute("CREATE TABLE pair(a TEXT, b TEXT, PRIMARY KEY (b, a))");
      s.execute("CREATE INDEX person_age ON person(age)");
      s.execute("CREATE VIEW adults AS SELECT * FROM person WHERE age >= 18");
      DatabaseMetaData md = c.getMetaData();
      assertThat(md.getDatabaseProductName()).isEqualTo("ZQLite");
      assertThat(md.getIdentifierQuoteString()).isEqualTo("\"");
      assertThat(names(md.getTables(null, null, "%", new String[] {"TABLE"}), "TABLE_NAME"))
          .containsExactly("pair", "person");
      assertThat(names(md.getTables(null, null, "%", null), "TABLE_NAME"))
          .containsExactly("adults", "pair", "person");
      assertThat(names(md.getColumns(null, null, "person", "%"), "COLUMN_NAME"))
          .containsExactly("id", "email", "age", "score", "photo");
      try (ResultSet cols = md.getColumns(null, null, "person", "email")) {
        assertThat(cols.next()).isTrue();
        assertThat(cols.getInt("DATA_TYPE")).isEqualTo(Types.VARCHAR);
        assertThat(cols.getString("IS_NULLABLE")).isEqualTo("NO");
        assertThat(cols.getInt("ORDINAL_POSITION")).isEqualTo(2);
      }
      assertThat(names(md.getPrimaryKeys(null, null, "person"), "COLUMN_NAME"))
          .containsExactly("id");
      assertThat(names(md.getPrimaryKeys(null, null, "pair"), "COLUMN_NAME"))
          .containsExactly("b", "a");
      assertThat(names(md.getIndexInfo(null, null, "person", false, true), "INDEX_NAME"))
          .contains("person_age");
      assertThat(names(md.getIndexInfo(null, null, "person", true, true), "INDEX_NAME"))
          .doesNotContain("person_age")
          .isNotEmpty();
      assertThat(names(md.getTypeInfo(), "TYPE_NAME")).contains("INTEGER", "TEXT", "BLOB");
      assertThat(md.getSchemas().next()).isFalse();
      assertThat(md.getCatalogs().next()).isFalse();
      assertThat(names(md.getTableTypes(), "TABLE_TYPE")).containsExactly("TABLE", "VIEW");
    }
  }

  static List<String> names(ResultSet rows, String column) throws SQLException {
    List<String> names = new ArrayList<>();
    try (rows) {
      while (rows.next()) {
        names.add(rows.getString(column));
      }
    }
    return names;
  }
}
