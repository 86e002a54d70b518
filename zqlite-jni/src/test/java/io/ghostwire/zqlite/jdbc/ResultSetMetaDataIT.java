package io.ghostwire.zqlite.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.Test;

/** Column types come from the declared types of table columns, before the first row. */
class ResultSetMetaDataIT {
  private static final String QUERY =
      "SELECT id, name, score, seen, photo, flag, untyped, id * 2 AS twice FROM p";

  private static Connection withTable() throws Exception {
    Connection c = DriverManager.getConnection("jdbc:zqlite::memory:");
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE p(id INTEGER PRIMARY KEY, name VARCHAR(40), score REAL, seen TIMESTAMP,"
              + " photo BLOB, flag BOOLEAN, untyped)");
      s.execute("INSERT INTO p VALUES (1, 'ada', 2.5, '2024-01-02 03:04:05', x'01', 1, 'text')");
    }
    return c;
  }

  private static void assertDeclaredTypes(ResultSetMetaData m) throws Exception {
    assertThat(m.getColumnCount()).isEqualTo(8);
    assertThat(m.getColumnType(1)).isEqualTo(Types.INTEGER);
    assertThat(m.getColumnTypeName(1)).isEqualTo("INTEGER");
    assertThat(m.getColumnClassName(1)).isEqualTo(Long.class.getName());
    assertThat(m.getColumnType(2)).isEqualTo(Types.VARCHAR);
    // The declared type as written, size included, as sqlite3_column_decltype gives it.
    assertThat(m.getColumnTypeName(2)).isEqualTo("VARCHAR(40)");
    assertThat(m.getColumnClassName(2)).isEqualTo(String.class.getName());
    assertThat(m.getColumnType(3)).isEqualTo(Types.DOUBLE);
    assertThat(m.getColumnClassName(3)).isEqualTo(Double.class.getName());
    assertThat(m.getColumnType(4)).isEqualTo(Types.TIMESTAMP);
    assertThat(m.getColumnTypeName(4)).isEqualTo("TIMESTAMP");
    assertThat(m.getColumnType(5)).isEqualTo(Types.BLOB);
    assertThat(m.getColumnClassName(5)).isEqualTo(byte[].class.getName());
    assertThat(m.getColumnType(6)).isEqualTo(Types.BOOLEAN);
  }

  @Test
  void typeNamesKeepSizeArgumentsAsWritten() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:zqlite::memory:");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE m(price DECIMAL(10,2), code character varying(255), n int, spaced"
              + " decimal( 10 , 2 ))");
      try (PreparedStatement p = c.prepareStatement("SELECT price, code, n, spaced FROM m")) {
        ResultSetMetaData m = p.getMetaData();
        assertThat(m.getColumnTypeName(1)).isEqualTo("DECIMAL(10,2)");
        assertThat(m.getColumnType(1)).isEqualTo(Types.DECIMAL);
        assertThat(m.getColumnTypeName(2)).isEqualTo("character varying(255)");
        assertThat(m.getColumnType(2)).isEqualTo(Types.VARCHAR);
        assertThat(m.getColumnTypeName(3)).isEqualTo("INT");
        assertThat(m.getColumnTypeName(4)).isEqualTo("decimal( 10 , 2 )");
      }
    }
  }

  @Test
  void preparedStatementMetadataHasDeclaredTypesBeforeExecution() throws Exception {
    try (Connection c = withTable();
        PreparedStatement p = c.prepareStatement(QUERY)) {
      ResultSetMetaData m = p.getMetaData();
      assertDeclaredTypes(m);
      // No row yet: an expression or an untyped column cannot know its type.
      assertThat(m.getColumnType(7)).isEqualTo(Types.VARCHAR);
      assertThat(m.getColumnType(8)).isEqualTo(Types.VARCHAR);
    }
  }

  @Test
  void resultSetMetadataHasDeclaredTypesBeforeNextAndValueTypesForExpressions() throws Exception {
    try (Connection c = withTable();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(QUERY)) {
      assertDeclaredTypes(r.getMetaData());
      assertThat(r.next()).isTrue();
      ResultSetMetaData m = r.getMetaData();
      assertDeclaredTypes(m);
      assertThat(m.getColumnType(7)).isEqualTo(Types.VARCHAR);
      assertThat(m.getColumnTypeName(7)).isEqualTo("TEXT");
      assertThat(m.getColumnType(8)).isEqualTo(Types.BIGINT);
      assertThat(m.getColumnTypeName(8)).isEqualTo("INTEGER");
      assertThat(m.getColumnClassName(8)).isEqualTo(Long.class.getName());
    }
  }
}
