package io.ghostwire.zqlite.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Column names and, since SQLite columns are dynamically typed, types taken from the current row's
 * values (VARCHAR when unknown, e.g. before the first row or for NULL).
 */
final class ZqliteResultSetMetaData implements ResultSetMetaData {
  private final Rows rows;

  ZqliteResultSetMetaData(Rows rows) {
    this.rows = rows;
  }

  private int column(int i) throws SQLException {
    if (i < 1 || i > rows.columnCount()) {
      throw new SQLException("column index out of range: " + i, "22023");
    }
    return i - 1;
  }

  @Override
  public int getColumnCount() {
    return rows.columnCount();
  }

  @Override
  public String getColumnLabel(int i) throws SQLException {
    return rows.columnName(column(i));
  }

  @Override
  public String getColumnName(int i) throws SQLException {
    return rows.columnName(column(i));
  }

  @Override
  public int getColumnType(int i) throws SQLException {
    Object value;
    try {
      value = rows.getObject(column(i));
    } catch (SQLException e) {
      return Types.VARCHAR;
    }
    if (value instanceof Long) {
      return Types.BIGINT;
    }
    if (value instanceof Double) {
      return Types.DOUBLE;
    }
    if (value instanceof byte[]) {
      return Types.BLOB;
    }
    return Types.VARCHAR;
  }

  @Override
  public String getColumnTypeName(int i) throws SQLException {
    return switch (getColumnType(i)) {
      case Types.BIGINT -> "INTEGER";
      case Types.DOUBLE -> "REAL";
      case Types.BLOB -> "BLOB";
      default -> "TEXT";
    };
  }

  @Override
  public String getColumnClassName(int i) throws SQLException {
    return switch (getColumnType(i)) {
      case Types.BIGINT -> Long.class.getName();
      case Types.DOUBLE -> Double.class.getName();
      case Types.BLOB -> byte[].class.getName();
      default -> String.class.getName();
    };
  }

  @Override
  public boolean isAutoIncrement(int i) throws SQLException {
    column(i);
    return false;
  }

  @Override
  public boolean isCaseSensitive(int i) throws SQLException {
    column(i);
    return true;
  }

  @Override
  public boolean isSearchable(int i) throws SQLException {
    column(i);
    return true;
  }

  @Override
  public boolean isCurrency(int i) throws SQLException {
    column(i);
    return false;
  }

  @Override
  public int isNullable(int i) throws SQLException {
    column(i);
    return columnNullableUnknown;
  }

  @Override
  public boolean isSigned(int i) throws SQLException {
    column(i);
    return true;
  }

  @Override
  public int getColumnDisplaySize(int i) throws SQLException {
    column(i);
    return Integer.MAX_VALUE;
  }

  @Override
  public String getSchemaName(int i) throws SQLException {
    column(i);
    return "";
  }

  @Override
  public int getPrecision(int i) throws SQLException {
    column(i);
    return 0;
  }

  @Override
  public int getScale(int i) throws SQLException {
    column(i);
    return 0;
  }

  @Override
  public String getTableName(int i) throws SQLException {
    column(i);
    return "";
  }

  @Override
  public String getCatalogName(int i) throws SQLException {
    column(i);
    return "";
  }

  @Override
  public boolean isReadOnly(int i) throws SQLException {
    column(i);
    return true;
  }

  @Override
  public boolean isWritable(int i) throws SQLException {
    column(i);
    return false;
  }

  @Override
  public boolean isDefinitelyWritable(int i) throws SQLException {
    column(i);
    return false;
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper for " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
