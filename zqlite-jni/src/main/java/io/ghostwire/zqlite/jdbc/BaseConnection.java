package io.ghostwire.zqlite.jdbc;

/**
 * Every method of {@link java.sql.Connection} that ZQLite does not implement throws {@link
 * java.sql.SQLFeatureNotSupportedException}. Generated once from the interface by reflection;
 * subclasses override what is supported.
 */
@SuppressWarnings({"deprecation", "rawtypes"})
abstract class BaseConnection implements java.sql.Connection {
  @Override
  public void abort(java.util.concurrent.Executor a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support abort");
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
  public void commit() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support commit");
  }

  @Override
  public java.sql.Array createArrayOf(java.lang.String a0, java.lang.Object[] a1)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support createArrayOf");
  }

  @Override
  public java.sql.Blob createBlob() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support createBlob");
  }

  @Override
  public java.sql.Clob createClob() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support createClob");
  }

  @Override
  public java.sql.NClob createNClob() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support createNClob");
  }

  @Override
  public java.sql.SQLXML createSQLXML() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support createSQLXML");
  }

  @Override
  public java.sql.Statement createStatement() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support createStatement");
  }

  @Override
  public java.sql.Statement createStatement(int a0, int a1, int a2) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support createStatement");
  }

  @Override
  public java.sql.Statement createStatement(int a0, int a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support createStatement");
  }

  @Override
  public java.sql.Struct createStruct(java.lang.String a0, java.lang.Object[] a1)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support createStruct");
  }

  @Override
  public boolean getAutoCommit() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getAutoCommit");
  }

  @Override
  public java.lang.String getCatalog() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getCatalog");
  }

  @Override
  public java.util.Properties getClientInfo() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getClientInfo");
  }

  @Override
  public java.lang.String getClientInfo(java.lang.String a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getClientInfo");
  }

  @Override
  public int getHoldability() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getHoldability");
  }

  @Override
  public java.sql.DatabaseMetaData getMetaData() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getMetaData");
  }

  @Override
  public int getNetworkTimeout() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getNetworkTimeout");
  }

  @Override
  public java.lang.String getSchema() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getSchema");
  }

  @Override
  public int getTransactionIsolation() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException(
        "ZQLite does not support getTransactionIsolation");
  }

  @Override
  public java.util.Map<java.lang.String, java.lang.Class<?>> getTypeMap()
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getTypeMap");
  }

  @Override
  public java.sql.SQLWarning getWarnings() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getWarnings");
  }

  @Override
  public boolean isClosed() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support isClosed");
  }

  @Override
  public boolean isReadOnly() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support isReadOnly");
  }

  @Override
  public boolean isValid(int a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support isValid");
  }

  @Override
  public boolean isWrapperFor(java.lang.Class<?> a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support isWrapperFor");
  }

  @Override
  public java.lang.String nativeSQL(java.lang.String a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support nativeSQL");
  }

  @Override
  public java.sql.CallableStatement prepareCall(java.lang.String a0, int a1, int a2, int a3)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support prepareCall");
  }

  @Override
  public java.sql.CallableStatement prepareCall(java.lang.String a0, int a1, int a2)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support prepareCall");
  }

  @Override
  public java.sql.CallableStatement prepareCall(java.lang.String a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support prepareCall");
  }

  @Override
  public java.sql.PreparedStatement prepareStatement(java.lang.String a0, int[] a1)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support prepareStatement");
  }

  @Override
  public java.sql.PreparedStatement prepareStatement(java.lang.String a0, java.lang.String[] a1)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support prepareStatement");
  }

  @Override
  public java.sql.PreparedStatement prepareStatement(java.lang.String a0, int a1, int a2, int a3)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support prepareStatement");
  }

  @Override
  public java.sql.PreparedStatement prepareStatement(java.lang.String a0, int a1, int a2)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support prepareStatement");
  }

  @Override
  public java.sql.PreparedStatement prepareStatement(java.lang.String a0, int a1)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support prepareStatement");
  }

  @Override
  public java.sql.PreparedStatement prepareStatement(java.lang.String a0)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support prepareStatement");
  }

  @Override
  public void releaseSavepoint(java.sql.Savepoint a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support releaseSavepoint");
  }

  @Override
  public void rollback() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support rollback");
  }

  @Override
  public void rollback(java.sql.Savepoint a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support rollback");
  }

  @Override
  public void setAutoCommit(boolean a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setAutoCommit");
  }

  @Override
  public void setCatalog(java.lang.String a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setCatalog");
  }

  @Override
  public void setClientInfo(java.lang.String a0, java.lang.String a1)
      throws java.sql.SQLClientInfoException {
    throw new java.sql.SQLClientInfoException();
  }

  @Override
  public void setClientInfo(java.util.Properties a0) throws java.sql.SQLClientInfoException {
    throw new java.sql.SQLClientInfoException();
  }

  @Override
  public void setHoldability(int a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setHoldability");
  }

  @Override
  public void setNetworkTimeout(java.util.concurrent.Executor a0, int a1)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setNetworkTimeout");
  }

  @Override
  public void setReadOnly(boolean a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setReadOnly");
  }

  @Override
  public java.sql.Savepoint setSavepoint() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setSavepoint");
  }

  @Override
  public java.sql.Savepoint setSavepoint(java.lang.String a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setSavepoint");
  }

  @Override
  public void setSchema(java.lang.String a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setSchema");
  }

  @Override
  public void setTransactionIsolation(int a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException(
        "ZQLite does not support setTransactionIsolation");
  }

  @Override
  public void setTypeMap(java.util.Map<java.lang.String, java.lang.Class<?>> a0)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setTypeMap");
  }

  @Override
  public <T> T unwrap(java.lang.Class<T> a0) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support unwrap");
  }
}
