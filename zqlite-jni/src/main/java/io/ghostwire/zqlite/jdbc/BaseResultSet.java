package io.ghostwire.zqlite.jdbc;

/**
 * Every method of {@link java.sql.ResultSet} that ZQLite does not implement throws {@link
 * java.sql.SQLFeatureNotSupportedException}. Only what the subclass does not implement is here, so
 * this class lists what ZQLite leaves out.
 */
@SuppressWarnings({"deprecation", "rawtypes"})
abstract class BaseResultSet implements java.sql.ResultSet {
  @Override
  public boolean absolute(int a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("absolute");
  }

  @Override
  public void afterLast() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("afterLast");
  }

  @Override
  public void beforeFirst() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("beforeFirst");
  }

  @Override
  public void cancelRowUpdates() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("cancelRowUpdates");
  }

  @Override
  public void deleteRow() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("deleteRow");
  }

  @Override
  public boolean first() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("first");
  }

  @Override
  public java.sql.Array getArray(java.lang.String a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getArray");
  }

  @Override
  public java.sql.Array getArray(int a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getArray");
  }

  @Override
  public java.io.InputStream getAsciiStream(java.lang.String a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getAsciiStream");
  }

  @Override
  public java.io.InputStream getAsciiStream(int a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getAsciiStream");
  }

  @Override
  public java.math.BigDecimal getBigDecimal(java.lang.String a0, int a1)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getBigDecimal");
  }

  @Override
  public java.sql.Blob getBlob(java.lang.String a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getBlob");
  }

  @Override
  public java.sql.Blob getBlob(int a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getBlob");
  }

  @Override
  public java.sql.Clob getClob(java.lang.String a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getClob");
  }

  @Override
  public java.sql.Clob getClob(int a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getClob");
  }

  @Override
  public java.lang.String getCursorName() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getCursorName");
  }

  @Override
  public java.sql.Date getDate(java.lang.String a0, java.util.Calendar a1)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getDate");
  }

  @Override
  public java.io.Reader getNCharacterStream(java.lang.String a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getNCharacterStream");
  }

  @Override
  public java.io.Reader getNCharacterStream(int a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getNCharacterStream");
  }

  @Override
  public java.sql.NClob getNClob(java.lang.String a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getNClob");
  }

  @Override
  public java.sql.NClob getNClob(int a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getNClob");
  }

  @Override
  public java.lang.Object getObject(
      java.lang.String a0, java.util.Map<java.lang.String, java.lang.Class<?>> a1)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getObject");
  }

  @Override
  public java.sql.Ref getRef(java.lang.String a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getRef");
  }

  @Override
  public java.sql.Ref getRef(int a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getRef");
  }

  @Override
  public java.sql.RowId getRowId(java.lang.String a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getRowId");
  }

  @Override
  public java.sql.RowId getRowId(int a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getRowId");
  }

  @Override
  public java.sql.SQLXML getSQLXML(java.lang.String a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getSQLXML");
  }

  @Override
  public java.sql.SQLXML getSQLXML(int a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getSQLXML");
  }

  @Override
  public java.sql.Time getTime(java.lang.String a0, java.util.Calendar a1)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getTime");
  }

  @Override
  public java.sql.Timestamp getTimestamp(java.lang.String a0, java.util.Calendar a1)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getTimestamp");
  }

  @Override
  public java.net.URL getURL(java.lang.String a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getURL");
  }

  @Override
  public java.net.URL getURL(int a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getURL");
  }

  @Override
  public java.io.InputStream getUnicodeStream(java.lang.String a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getUnicodeStream");
  }

  @Override
  public java.io.InputStream getUnicodeStream(int a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("getUnicodeStream");
  }

  @Override
  public void insertRow() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("insertRow");
  }

  @Override
  public boolean isLast() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("isLast");
  }

  @Override
  public boolean last() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("last");
  }

  @Override
  public void moveToCurrentRow() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("moveToCurrentRow");
  }

  @Override
  public void moveToInsertRow() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("moveToInsertRow");
  }

  @Override
  public boolean previous() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("previous");
  }

  @Override
  public void refreshRow() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("refreshRow");
  }

  @Override
  public boolean relative(int a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("relative");
  }

  @Override
  public boolean rowDeleted() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("rowDeleted");
  }

  @Override
  public boolean rowInserted() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("rowInserted");
  }

  @Override
  public boolean rowUpdated() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("rowUpdated");
  }

  @Override
  public void updateArray(java.lang.String a0, java.sql.Array a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateArray");
  }

  @Override
  public void updateArray(int a0, java.sql.Array a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateArray");
  }

  @Override
  public void updateAsciiStream(java.lang.String a0, java.io.InputStream a1, int a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateAsciiStream");
  }

  @Override
  public void updateAsciiStream(java.lang.String a0, java.io.InputStream a1, long a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateAsciiStream");
  }

  @Override
  public void updateAsciiStream(java.lang.String a0, java.io.InputStream a1)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateAsciiStream");
  }

  @Override
  public void updateAsciiStream(int a0, java.io.InputStream a1, int a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateAsciiStream");
  }

  @Override
  public void updateAsciiStream(int a0, java.io.InputStream a1, long a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateAsciiStream");
  }

  @Override
  public void updateAsciiStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateAsciiStream");
  }

  @Override
  public void updateBigDecimal(java.lang.String a0, java.math.BigDecimal a1)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBigDecimal");
  }

  @Override
  public void updateBigDecimal(int a0, java.math.BigDecimal a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBigDecimal");
  }

  @Override
  public void updateBinaryStream(java.lang.String a0, java.io.InputStream a1, int a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBinaryStream");
  }

  @Override
  public void updateBinaryStream(java.lang.String a0, java.io.InputStream a1, long a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBinaryStream");
  }

  @Override
  public void updateBinaryStream(java.lang.String a0, java.io.InputStream a1)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBinaryStream");
  }

  @Override
  public void updateBinaryStream(int a0, java.io.InputStream a1, int a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBinaryStream");
  }

  @Override
  public void updateBinaryStream(int a0, java.io.InputStream a1, long a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBinaryStream");
  }

  @Override
  public void updateBinaryStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBinaryStream");
  }

  @Override
  public void updateBlob(java.lang.String a0, java.io.InputStream a1, long a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBlob");
  }

  @Override
  public void updateBlob(java.lang.String a0, java.io.InputStream a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBlob");
  }

  @Override
  public void updateBlob(java.lang.String a0, java.sql.Blob a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBlob");
  }

  @Override
  public void updateBlob(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBlob");
  }

  @Override
  public void updateBlob(int a0, java.io.InputStream a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBlob");
  }

  @Override
  public void updateBlob(int a0, java.sql.Blob a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBlob");
  }

  @Override
  public void updateBoolean(java.lang.String a0, boolean a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBoolean");
  }

  @Override
  public void updateBoolean(int a0, boolean a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBoolean");
  }

  @Override
  public void updateByte(java.lang.String a0, byte a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateByte");
  }

  @Override
  public void updateByte(int a0, byte a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateByte");
  }

  @Override
  public void updateBytes(java.lang.String a0, byte[] a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBytes");
  }

  @Override
  public void updateBytes(int a0, byte[] a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateBytes");
  }

  @Override
  public void updateCharacterStream(java.lang.String a0, java.io.Reader a1, int a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateCharacterStream");
  }

  @Override
  public void updateCharacterStream(java.lang.String a0, java.io.Reader a1, long a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateCharacterStream");
  }

  @Override
  public void updateCharacterStream(java.lang.String a0, java.io.Reader a1)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateCharacterStream");
  }

  @Override
  public void updateCharacterStream(int a0, java.io.Reader a1, int a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateCharacterStream");
  }

  @Override
  public void updateCharacterStream(int a0, java.io.Reader a1, long a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateCharacterStream");
  }

  @Override
  public void updateCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateCharacterStream");
  }

  @Override
  public void updateClob(java.lang.String a0, java.io.Reader a1, long a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateClob");
  }

  @Override
  public void updateClob(java.lang.String a0, java.io.Reader a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateClob");
  }

  @Override
  public void updateClob(java.lang.String a0, java.sql.Clob a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateClob");
  }

  @Override
  public void updateClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateClob");
  }

  @Override
  public void updateClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateClob");
  }

  @Override
  public void updateClob(int a0, java.sql.Clob a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateClob");
  }

  @Override
  public void updateDate(java.lang.String a0, java.sql.Date a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateDate");
  }

  @Override
  public void updateDate(int a0, java.sql.Date a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateDate");
  }

  @Override
  public void updateDouble(java.lang.String a0, double a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateDouble");
  }

  @Override
  public void updateDouble(int a0, double a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateDouble");
  }

  @Override
  public void updateFloat(java.lang.String a0, float a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateFloat");
  }

  @Override
  public void updateFloat(int a0, float a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateFloat");
  }

  @Override
  public void updateInt(java.lang.String a0, int a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateInt");
  }

  @Override
  public void updateInt(int a0, int a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateInt");
  }

  @Override
  public void updateLong(java.lang.String a0, long a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateLong");
  }

  @Override
  public void updateLong(int a0, long a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateLong");
  }

  @Override
  public void updateNCharacterStream(java.lang.String a0, java.io.Reader a1, long a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateNCharacterStream");
  }

  @Override
  public void updateNCharacterStream(java.lang.String a0, java.io.Reader a1)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateNCharacterStream");
  }

  @Override
  public void updateNCharacterStream(int a0, java.io.Reader a1, long a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateNCharacterStream");
  }

  @Override
  public void updateNCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateNCharacterStream");
  }

  @Override
  public void updateNClob(java.lang.String a0, java.io.Reader a1, long a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateNClob");
  }

  @Override
  public void updateNClob(java.lang.String a0, java.io.Reader a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateNClob");
  }

  @Override
  public void updateNClob(java.lang.String a0, java.sql.NClob a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateNClob");
  }

  @Override
  public void updateNClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateNClob");
  }

  @Override
  public void updateNClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateNClob");
  }

  @Override
  public void updateNClob(int a0, java.sql.NClob a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateNClob");
  }

  @Override
  public void updateNString(java.lang.String a0, java.lang.String a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateNString");
  }

  @Override
  public void updateNString(int a0, java.lang.String a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateNString");
  }

  @Override
  public void updateNull(java.lang.String a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateNull");
  }

  @Override
  public void updateNull(int a0) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateNull");
  }

  @Override
  public void updateObject(java.lang.String a0, java.lang.Object a1, int a2)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateObject");
  }

  @Override
  public void updateObject(java.lang.String a0, java.lang.Object a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateObject");
  }

  @Override
  public void updateObject(int a0, java.lang.Object a1, int a2) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateObject");
  }

  @Override
  public void updateObject(int a0, java.lang.Object a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateObject");
  }

  @Override
  public void updateRef(java.lang.String a0, java.sql.Ref a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateRef");
  }

  @Override
  public void updateRef(int a0, java.sql.Ref a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateRef");
  }

  @Override
  public void updateRow() throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateRow");
  }

  @Override
  public void updateRowId(java.lang.String a0, java.sql.RowId a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateRowId");
  }

  @Override
  public void updateRowId(int a0, java.sql.RowId a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateRowId");
  }

  @Override
  public void updateSQLXML(java.lang.String a0, java.sql.SQLXML a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateSQLXML");
  }

  @Override
  public void updateSQLXML(int a0, java.sql.SQLXML a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateSQLXML");
  }

  @Override
  public void updateShort(java.lang.String a0, short a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateShort");
  }

  @Override
  public void updateShort(int a0, short a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateShort");
  }

  @Override
  public void updateString(java.lang.String a0, java.lang.String a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateString");
  }

  @Override
  public void updateString(int a0, java.lang.String a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateString");
  }

  @Override
  public void updateTime(java.lang.String a0, java.sql.Time a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateTime");
  }

  @Override
  public void updateTime(int a0, java.sql.Time a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateTime");
  }

  @Override
  public void updateTimestamp(java.lang.String a0, java.sql.Timestamp a1)
      throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateTimestamp");
  }

  @Override
  public void updateTimestamp(int a0, java.sql.Timestamp a1) throws java.sql.SQLException {
    throw SqlExceptions.unsupported("updateTimestamp");
  }
}
