package io.ghostwire.zqlite.jdbc;

/**
 * Every method of {@link java.sql.PreparedStatement} that ZQLite does not implement throws {@link
 * java.sql.SQLFeatureNotSupportedException}. Generated once from the interface by reflection;
 * subclasses override what is supported.
 */
@SuppressWarnings({"deprecation", "rawtypes"})
abstract class BasePreparedStatement extends ZqliteJdbcStatement
    implements java.sql.PreparedStatement {
  BasePreparedStatement(ZqliteJdbcConnection connection) {
    super(connection);
  }

  @Override
  public void addBatch() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support addBatch");
  }

  @Override
  public void clearParameters() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support clearParameters");
  }

  @Override
  public boolean execute() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support execute");
  }

  @Override
  public java.sql.ResultSet executeQuery() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support executeQuery");
  }

  @Override
  public int executeUpdate() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support executeUpdate");
  }

  @Override
  public java.sql.ResultSetMetaData getMetaData() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support getMetaData");
  }

  @Override
  public java.sql.ParameterMetaData getParameterMetaData() throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException(
        "ZQLite does not support getParameterMetaData");
  }

  @Override
  public void setArray(int a0, java.sql.Array a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setArray");
  }

  @Override
  public void setAsciiStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setAsciiStream");
  }

  @Override
  public void setAsciiStream(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setAsciiStream");
  }

  @Override
  public void setAsciiStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setAsciiStream");
  }

  @Override
  public void setBigDecimal(int a0, java.math.BigDecimal a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setBigDecimal");
  }

  @Override
  public void setBinaryStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setBinaryStream");
  }

  @Override
  public void setBinaryStream(int a0, java.io.InputStream a1, long a2)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setBinaryStream");
  }

  @Override
  public void setBinaryStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setBinaryStream");
  }

  @Override
  public void setBlob(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setBlob");
  }

  @Override
  public void setBlob(int a0, java.io.InputStream a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setBlob");
  }

  @Override
  public void setBlob(int a0, java.sql.Blob a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setBlob");
  }

  @Override
  public void setBoolean(int a0, boolean a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setBoolean");
  }

  @Override
  public void setByte(int a0, byte a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setByte");
  }

  @Override
  public void setBytes(int a0, byte[] a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setBytes");
  }

  @Override
  public void setCharacterStream(int a0, java.io.Reader a1, int a2) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException(
        "ZQLite does not support setCharacterStream");
  }

  @Override
  public void setCharacterStream(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException(
        "ZQLite does not support setCharacterStream");
  }

  @Override
  public void setCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException(
        "ZQLite does not support setCharacterStream");
  }

  @Override
  public void setClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setClob");
  }

  @Override
  public void setClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setClob");
  }

  @Override
  public void setClob(int a0, java.sql.Clob a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setClob");
  }

  @Override
  public void setDate(int a0, java.sql.Date a1, java.util.Calendar a2)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setDate");
  }

  @Override
  public void setDate(int a0, java.sql.Date a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setDate");
  }

  @Override
  public void setDouble(int a0, double a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setDouble");
  }

  @Override
  public void setFloat(int a0, float a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setFloat");
  }

  @Override
  public void setInt(int a0, int a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setInt");
  }

  @Override
  public void setLong(int a0, long a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setLong");
  }

  @Override
  public void setNCharacterStream(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException(
        "ZQLite does not support setNCharacterStream");
  }

  @Override
  public void setNCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException(
        "ZQLite does not support setNCharacterStream");
  }

  @Override
  public void setNClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setNClob");
  }

  @Override
  public void setNClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setNClob");
  }

  @Override
  public void setNClob(int a0, java.sql.NClob a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setNClob");
  }

  @Override
  public void setNString(int a0, java.lang.String a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setNString");
  }

  @Override
  public void setNull(int a0, int a1, java.lang.String a2) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setNull");
  }

  @Override
  public void setNull(int a0, int a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setNull");
  }

  @Override
  public void setObject(int a0, java.lang.Object a1, int a2, int a3) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setObject");
  }

  @Override
  public void setObject(int a0, java.lang.Object a1, int a2) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setObject");
  }

  @Override
  public void setObject(int a0, java.lang.Object a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setObject");
  }

  @Override
  public void setRef(int a0, java.sql.Ref a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setRef");
  }

  @Override
  public void setRowId(int a0, java.sql.RowId a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setRowId");
  }

  @Override
  public void setSQLXML(int a0, java.sql.SQLXML a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setSQLXML");
  }

  @Override
  public void setShort(int a0, short a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setShort");
  }

  @Override
  public void setString(int a0, java.lang.String a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setString");
  }

  @Override
  public void setTime(int a0, java.sql.Time a1, java.util.Calendar a2)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setTime");
  }

  @Override
  public void setTime(int a0, java.sql.Time a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setTime");
  }

  @Override
  public void setTimestamp(int a0, java.sql.Timestamp a1, java.util.Calendar a2)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setTimestamp");
  }

  @Override
  public void setTimestamp(int a0, java.sql.Timestamp a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setTimestamp");
  }

  @Override
  public void setURL(int a0, java.net.URL a1) throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setURL");
  }

  @Override
  public void setUnicodeStream(int a0, java.io.InputStream a1, int a2)
      throws java.sql.SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("ZQLite does not support setUnicodeStream");
  }
}
