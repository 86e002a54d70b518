package io.ghostwire.zqlite.jdbc;

/**
 * Every method of {@link java.sql.PreparedStatement} that ZQLite does not implement throws {@link
 * java.sql.SQLFeatureNotSupportedException}. Only what the subclass does not implement is here, so
 * this class lists what ZQLite leaves out.
 */
@SuppressWarnings({"deprecation", "rawtypes"})
abstract class BasePreparedStatement extends ZqliteJdbcStatement
    implements java.sql.PreparedStatement {
  BasePreparedStatement(ZqliteJdbcConnection connection) {
    super(connection);
  }

  @Override
  public void setArray(int a0, java.sql.Array a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setArray");
  }

  @Override
  public void setAsciiStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setAsciiStream");
  }

  @Override
  public void setAsciiStream(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setAsciiStream");
  }

  @Override
  public void setAsciiStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setAsciiStream");
  }

  @Override
  public void setBlob(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setBlob");
  }

  @Override
  public void setBlob(int a0, java.io.InputStream a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setBlob");
  }

  @Override
  public void setBlob(int a0, java.sql.Blob a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setBlob");
  }

  @Override
  public void setClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setClob");
  }

  @Override
  public void setClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setClob");
  }

  @Override
  public void setClob(int a0, java.sql.Clob a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setClob");
  }

  @Override
  public void setNCharacterStream(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setNCharacterStream");
  }

  @Override
  public void setNCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setNCharacterStream");
  }

  @Override
  public void setNClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setNClob");
  }

  @Override
  public void setNClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setNClob");
  }

  @Override
  public void setNClob(int a0, java.sql.NClob a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setNClob");
  }

  @Override
  public void setRef(int a0, java.sql.Ref a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setRef");
  }

  @Override
  public void setRowId(int a0, java.sql.RowId a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setRowId");
  }

  @Override
  public void setSQLXML(int a0, java.sql.SQLXML a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setSQLXML");
  }

  @Override
  public void setURL(int a0, java.net.URL a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setURL");
  }

  @Override
  public void setUnicodeStream(int a0, java.io.InputStream a1, int a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("setUnicodeStream");
  }
}
