package io.ghostwire.zqlite.jdbc;

/**
 * Every method of {@link java.sql.Connection} that ZQLite does not implement throws {@link
 * java.sql.SQLFeatureNotSupportedException}. Only what the subclass does not implement is here, so
 * this class lists what ZQLite leaves out.
 */
@SuppressWarnings({"deprecation", "rawtypes"})
abstract class BaseConnection implements java.sql.Connection {
  @Override
  public java.sql.Array createArrayOf(java.lang.String a0, java.lang.Object[] a1)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("createArrayOf");
  }

  @Override
  public java.sql.Blob createBlob() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("createBlob");
  }

  @Override
  public java.sql.Clob createClob() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("createClob");
  }

  @Override
  public java.sql.NClob createNClob() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("createNClob");
  }

  @Override
  public java.sql.SQLXML createSQLXML() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("createSQLXML");
  }

  @Override
  public java.sql.Struct createStruct(java.lang.String a0, java.lang.Object[] a1)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("createStruct");
  }

  @Override
  public java.sql.CallableStatement prepareCall(java.lang.String a0, int a1, int a2, int a3)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("prepareCall");
  }

  @Override
  public java.sql.CallableStatement prepareCall(java.lang.String a0, int a1, int a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("prepareCall");
  }

  @Override
  public java.sql.CallableStatement prepareCall(java.lang.String a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("prepareCall");
  }
}
