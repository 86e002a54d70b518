package io.ghostwire.zqlite.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Column names and types: the declared type of a column that reads a table column (known before the
 * first row), else the current row's value type (VARCHAR when unknown); see {@link ColumnTypes}.
 */
final class ZqliteResultSetMetaData implements ResultSetMetaData, SelfWrapper {
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
    Integer declared = ColumnTypes.ofDeclared(rows.declaredType(column(i)));
    return declared != null ? declared : valueType(i);
  }

  /** The current row's value type: for expressions and columns declared without a type. */
  private int valueType(int i) throws SQLException {
    try {
      return ColumnTypes.ofValue(rows.getObject(column(i)));
    } catch (SQLException e) {
      return Types.VARCHAR;
    }
  }

  @Override
  public String getColumnTypeName(int i) throws SQLException {
    String declared = rows.declaredType(column(i));
    if (declared != null && !declared.isBlank()) {
      return declared;
    }
    return ColumnTypes.nameOfValueType(valueType(i));
  }

  @Override
  public String getColumnClassName(int i) throws SQLException {
    return ColumnTypes.className(getColumnType(i));
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
}
