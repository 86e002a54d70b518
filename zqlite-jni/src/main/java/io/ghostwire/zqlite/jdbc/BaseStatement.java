package io.ghostwire.zqlite.jdbc;

/**
 * Every method of {@link java.sql.Statement} that ZQLite does not implement throws {@link
 * java.sql.SQLFeatureNotSupportedException}. Generated once from the interface by reflection;
 * subclasses override what is supported.
 */
@SuppressWarnings({"deprecation", "rawtypes"})
abstract class BaseStatement implements java.sql.Statement {
  @Override
  public void addBatch(java.lang.String a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support addBatch");
  }

  @Override
  public void cancel() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support cancel");
  }

  @Override
  public void clearBatch() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support clearBatch");
  }

  @Override
  public void clearWarnings() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support clearWarnings");
  }

  @Override
  public void close() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support close");
  }

  @Override
  public void closeOnCompletion() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support closeOnCompletion");
  }

  @Override
  public boolean execute(java.lang.String a0, int[] a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support execute");
  }

  @Override
  public boolean execute(java.lang.String a0, java.lang.String[] a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support execute");
  }

  @Override
  public boolean execute(java.lang.String a0, int a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support execute");
  }

  @Override
  public boolean execute(java.lang.String a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support execute");
  }

  @Override
  public int[] executeBatch() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support executeBatch");
  }

  @Override
  public java.sql.ResultSet executeQuery(java.lang.String a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support executeQuery");
  }

  @Override
  public int executeUpdate(java.lang.String a0, int[] a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support executeUpdate");
  }

  @Override
  public int executeUpdate(java.lang.String a0, java.lang.String[] a1)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support executeUpdate");
  }

  @Override
  public int executeUpdate(java.lang.String a0, int a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support executeUpdate");
  }

  @Override
  public int executeUpdate(java.lang.String a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support executeUpdate");
  }

  @Override
  public java.sql.Connection getConnection() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getConnection");
  }

  @Override
  public int getFetchDirection() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getFetchDirection");
  }

  @Override
  public int getFetchSize() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getFetchSize");
  }

  @Override
  public java.sql.ResultSet getGeneratedKeys() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getGeneratedKeys");
  }

  @Override
  public int getMaxFieldSize() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getMaxFieldSize");
  }

  @Override
  public int getMaxRows() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getMaxRows");
  }

  @Override
  public boolean getMoreResults() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getMoreResults");
  }

  @Override
  public boolean getMoreResults(int a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getMoreResults");
  }

  @Override
  public int getQueryTimeout() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getQueryTimeout");
  }

  @Override
  public java.sql.ResultSet getResultSet() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getResultSet");
  }

  @Override
  public int getResultSetConcurrency() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException(
        "ZQLite does not support getResultSetConcurrency");
  }

  @Override
  public int getResultSetHoldability() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException(
        "ZQLite does not support getResultSetHoldability");
  }

  @Override
  public int getResultSetType() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getResultSetType");
  }

  @Override
  public int getUpdateCount() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getUpdateCount");
  }

  @Override
  public java.sql.SQLWarning getWarnings() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getWarnings");
  }

  @Override
  public boolean isCloseOnCompletion() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException(
        "ZQLite does not support isCloseOnCompletion");
  }

  @Override
  public boolean isClosed() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support isClosed");
  }

  @Override
  public boolean isPoolable() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support isPoolable");
  }

  @Override
  public boolean isWrapperFor(java.lang.Class<?> a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support isWrapperFor");
  }

  @Override
  public void setCursorName(java.lang.String a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setCursorName");
  }

  @Override
  public void setEscapeProcessing(boolean a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException(
        "ZQLite does not support setEscapeProcessing");
  }

  @Override
  public void setFetchDirection(int a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setFetchDirection");
  }

  @Override
  public void setFetchSize(int a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setFetchSize");
  }

  @Override
  public void setMaxFieldSize(int a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setMaxFieldSize");
  }

  @Override
  public void setMaxRows(int a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setMaxRows");
  }

  @Override
  public void setPoolable(boolean a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setPoolable");
  }

  @Override
  public void setQueryTimeout(int a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setQueryTimeout");
  }

  @Override
  public <T> T unwrap(java.lang.Class<T> a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support unwrap");
  }
}
