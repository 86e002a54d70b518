package io.ghostwire.zqlite.jdbc;

import io.ghostwire.zqlite.ZqliteBatchException;
import io.ghostwire.zqlite.ZqliteException;
import io.ghostwire.zqlite.ZqliteStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/**
 * A JDBC prepared statement over one compiled {@link ZqliteStatement}. Batches run through {@link
 * ZqliteStatement#executeBatch}: all sets in a few native calls inside one transaction (an
 * autocommit batch is atomic: a failure rolls every set back).
 */
public final class ZqlitePreparedStatement extends BasePreparedStatement {
  private final ZqliteStatement statement;
  private final List<Object[]> batch = new ArrayList<>();

  ZqlitePreparedStatement(ZqliteJdbcConnection connection, ZqliteStatement statement) {
    super(connection);
    this.statement = statement;
  }

  private ZqliteStatement open() throws SQLException {
    ensureOpen();
    return statement;
  }

  private void bind(int index, Object value) throws SQLException {
    try {
      open().bind(index, value);
    } catch (IndexOutOfBoundsException e) {
      throw new SQLException(e.getMessage(), "07009", e);
    } catch (IllegalArgumentException e) {
      throw new SQLException(e.getMessage(), "22023", e);
    }
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    if (!execute()) {
      throw new SQLException("not a query: " + statement.sql(), "07000");
    }
    return getResultSet();
  }

  @Override
  public int executeUpdate() throws SQLException {
    return (int) executeLargeUpdate();
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    execute();
    return Math.max(getLargeUpdateCount(), 0);
  }

  @Override
  public boolean execute() throws SQLException {
    open();
    clearResults();
    connection.beforeStatement();
    return run(statement);
  }

  @Override
  public void addBatch() throws SQLException {
    batch.add(open().bindings());
  }

  @Override
  public void clearBatch() throws SQLException {
    open();
    batch.clear();
  }

  @Override
  public int[] executeBatch() throws SQLException {
    open();
    checkWritable(statement);
    connection.beforeStatement();
    try {
      return guarded(this::runBatch);
    } finally {
      batch.clear();
    }
  }

  private int[] runBatch() throws SQLException {
    try {
      int[] counts = statement.executeBatch(batch);
      recordGeneratedKey(
          counts.length > 0 && isInsert(statement.sql()), statement.lastInsertRowid());
      return counts;
    } catch (ZqliteBatchException e) {
      SQLException cause = SqlExceptions.of(e);
      throw new BatchUpdateException(
          e.getMessage(), cause.getSQLState(), e.nativeCode(), e.completedCounts(), cause);
    } catch (ZqliteException e) {
      throw SqlExceptions.of(e);
    }
  }

  @Override
  public void close() throws SQLException {
    if (!closed) {
      super.close();
      statement.close();
    }
  }

  @Override
  public void clearParameters() throws SQLException {
    open().clearBindings();
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    return new ZqliteResultSetMetaData(Rows.shapeOf(open()));
  }

  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    return new ZqliteParameterMetaData(open().parameterCount());
  }

  @Override
  public void setNull(int i, int sqlType) throws SQLException {
    bind(i, null);
  }

  @Override
  public void setNull(int i, int sqlType, String typeName) throws SQLException {
    bind(i, null);
  }

  @Override
  public void setBoolean(int i, boolean x) throws SQLException {
    bind(i, x);
  }

  @Override
  public void setByte(int i, byte x) throws SQLException {
    bind(i, (long) x);
  }

  @Override
  public void setShort(int i, short x) throws SQLException {
    bind(i, (long) x);
  }

  @Override
  public void setInt(int i, int x) throws SQLException {
    bind(i, (long) x);
  }

  @Override
  public void setLong(int i, long x) throws SQLException {
    bind(i, x);
  }

  @Override
  public void setFloat(int i, float x) throws SQLException {
    bind(i, (double) x);
  }

  @Override
  public void setDouble(int i, double x) throws SQLException {
    bind(i, x);
  }

  @Override
  public void setBigDecimal(int i, BigDecimal x) throws SQLException {
    bind(i, x);
  }

  @Override
  public void setString(int i, String x) throws SQLException {
    bind(i, x);
  }

  @Override
  public void setNString(int i, String x) throws SQLException {
    bind(i, x);
  }

  @Override
  public void setBytes(int i, byte[] x) throws SQLException {
    bind(i, x);
  }

  @Override
  public void setDate(int i, Date x) throws SQLException {
    bind(i, x == null ? null : x.toLocalDate());
  }

  @Override
  public void setDate(int i, Date x, Calendar calendar) throws SQLException {
    setDate(i, x);
  }

  @Override
  public void setTime(int i, Time x) throws SQLException {
    bind(i, x == null ? null : x.toLocalTime());
  }

  @Override
  public void setTime(int i, Time x, Calendar calendar) throws SQLException {
    setTime(i, x);
  }

  @Override
  public void setTimestamp(int i, Timestamp x) throws SQLException {
    bind(i, x == null ? null : x.toLocalDateTime());
  }

  @Override
  public void setTimestamp(int i, Timestamp x, Calendar calendar) throws SQLException {
    setTimestamp(i, x);
  }

  @Override
  public void setObject(int i, Object x) throws SQLException {
    if (x instanceof Date d) {
      setDate(i, d);
    } else if (x instanceof Timestamp t) {
      setTimestamp(i, t);
    } else if (x instanceof Time t) {
      setTime(i, t);
    } else if (x instanceof java.util.Date d) {
      bind(i, d.toInstant());
    } else {
      bind(i, x);
    }
  }

  @Override
  public void setObject(int i, Object x, int targetSqlType) throws SQLException {
    if (x == null) {
      bind(i, null);
      return;
    }
    switch (targetSqlType) {
      case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.CLOB ->
          bind(i, x instanceof byte[] ? x : x.toString());
      case Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT ->
          bind(i, x instanceof Number n ? (Object) n.longValue() : x);
      case Types.DOUBLE, Types.FLOAT, Types.REAL ->
          bind(i, x instanceof Number n ? (Object) n.doubleValue() : x);
      default -> setObject(i, x);
    }
  }

  @Override
  public void setObject(int i, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
    setObject(i, x, targetSqlType);
  }

  @Override
  public void setBinaryStream(int i, InputStream x) throws SQLException {
    try {
      bind(i, x == null ? null : x.readAllBytes());
    } catch (IOException e) {
      throw new SQLException("reading the stream failed", "HY000", e);
    }
  }

  @Override
  public void setBinaryStream(int i, InputStream x, int length) throws SQLException {
    setBinaryStream(i, x);
  }

  @Override
  public void setBinaryStream(int i, InputStream x, long length) throws SQLException {
    setBinaryStream(i, x);
  }

  @Override
  public void setCharacterStream(int i, Reader x) throws SQLException {
    try {
      if (x == null) {
        bind(i, null);
        return;
      }
      StringBuilder text = new StringBuilder();
      char[] chunk = new char[8192];
      for (int n = x.read(chunk); n >= 0; n = x.read(chunk)) {
        text.append(chunk, 0, n);
      }
      bind(i, text.toString());
    } catch (IOException e) {
      throw new SQLException("reading the stream failed", "HY000", e);
    }
  }

  @Override
  public void setCharacterStream(int i, Reader x, int length) throws SQLException {
    setCharacterStream(i, x);
  }

  @Override
  public void setCharacterStream(int i, Reader x, long length) throws SQLException {
    setCharacterStream(i, x);
  }

  @Override
  public String toString() {
    return "ZqlitePreparedStatement[" + statement.sql() + "]";
  }
}
