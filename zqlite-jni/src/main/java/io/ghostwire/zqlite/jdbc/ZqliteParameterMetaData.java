package io.ghostwire.zqlite.jdbc;

import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.Types;

/** Parameters are dynamically typed: every one is a nullable VARCHAR-ish IN parameter. */
final class ZqliteParameterMetaData implements ParameterMetaData, SelfWrapper {
  private final int count;

  ZqliteParameterMetaData(int count) {
    this.count = count;
  }

  private void check(int i) throws SQLException {
    if (i < 1 || i > count) {
      throw new SQLException("parameter index out of range: " + i, "07009");
    }
  }

  @Override
  public int getParameterCount() {
    return count;
  }

  @Override
  public int isNullable(int i) throws SQLException {
    check(i);
    return parameterNullable;
  }

  @Override
  public boolean isSigned(int i) throws SQLException {
    check(i);
    return true;
  }

  @Override
  public int getPrecision(int i) throws SQLException {
    check(i);
    return 0;
  }

  @Override
  public int getScale(int i) throws SQLException {
    check(i);
    return 0;
  }

  @Override
  public int getParameterType(int i) throws SQLException {
    check(i);
    return Types.VARCHAR;
  }

  @Override
  public String getParameterTypeName(int i) throws SQLException {
    check(i);
    return "TEXT";
  }

  @Override
  public String getParameterClassName(int i) throws SQLException {
    check(i);
    return Object.class.getName();
  }

  @Override
  public int getParameterMode(int i) throws SQLException {
    check(i);
    return parameterModeIn;
  }
}
