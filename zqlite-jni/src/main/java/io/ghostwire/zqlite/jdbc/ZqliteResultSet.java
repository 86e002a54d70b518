package io.ghostwire.zqlite.jdbc;

import io.ghostwire.zqlite.Values;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Map;
import java.util.UUID;

/**
 * A forward-only, read-only result set. Dates and times are read from ISO-8601 text (see {@link
 * Values}); an INTEGER read as a date, time or timestamp is milliseconds since the epoch.
 */
public final class ZqliteResultSet extends BaseResultSet implements SelfWrapper {
  private final Statement statement;
  private final Rows rows;
  private final long maxRows;
  private long row;
  private boolean closed;
  private boolean wasNull;
  private boolean after;

  ZqliteResultSet(Statement statement, Rows rows, long maxRows) {
    this.statement = statement;
    this.rows = rows;
    this.maxRows = maxRows;
  }

  private void ensureOpen() throws SQLException {
    if (closed) {
      throw new SQLException("result set is closed", "24000");
    }
  }

  private int column(int jdbcIndex) throws SQLException {
    ensureOpen();
    if (jdbcIndex < 1 || jdbcIndex > rows.columnCount()) {
      throw new SQLException(
          "column index " + jdbcIndex + " out of range 1.." + rows.columnCount(), "22023");
    }
    return jdbcIndex - 1;
  }

  private int track(int jdbcIndex) throws SQLException {
    int c = column(jdbcIndex);
    wasNull = rows.isNull(c);
    return c;
  }

  @Override
  public boolean next() throws SQLException {
    ensureOpen();
    if (after || (maxRows > 0 && row >= maxRows) || !rows.next()) {
      after = true;
      return false;
    }
    row++;
    return true;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      rows.close();
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public boolean wasNull() throws SQLException {
    ensureOpen();
    return wasNull;
  }

  @Override
  public int findColumn(String label) throws SQLException {
    ensureOpen();
    for (int c = 0; c < rows.columnCount(); c++) {
      if (rows.columnName(c).equalsIgnoreCase(label)) {
        return c + 1;
      }
    }
    throw new SQLException("no column named " + label, "42S22");
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    ensureOpen();
    return new ZqliteResultSetMetaData(rows);
  }

  // The hot getters read the value once and take its nullness from that read (track() would
  // find the column a second time just to test for NULL).

  @Override
  public String getString(int i) throws SQLException {
    String value = rows.getString(column(i));
    wasNull = rows.wasNull();
    return value;
  }

  @Override
  public boolean getBoolean(int i) throws SQLException {
    int c = track(i);
    if (wasNull) {
      return false;
    }
    Object v = rows.getObject(c);
    if (v instanceof String s) {
      String t = s.trim();
      if (t.equalsIgnoreCase("true")) {
        return true;
      }
      if (t.equalsIgnoreCase("false")) {
        return false;
      }
    }
    return rows.getDouble(c) != 0.0;
  }

  @Override
  public byte getByte(int i) throws SQLException {
    return (byte) getLong(i);
  }

  @Override
  public short getShort(int i) throws SQLException {
    return (short) getLong(i);
  }

  @Override
  public int getInt(int i) throws SQLException {
    return (int) getLong(i);
  }

  @Override
  public long getLong(int i) throws SQLException {
    long value = rows.getLong(column(i));
    wasNull = rows.wasNull();
    return value;
  }

  @Override
  public float getFloat(int i) throws SQLException {
    return (float) getDouble(i);
  }

  @Override
  public double getDouble(int i) throws SQLException {
    double value = rows.getDouble(column(i));
    wasNull = rows.wasNull();
    return value;
  }

  @Override
  public BigDecimal getBigDecimal(int i) throws SQLException {
    int c = track(i);
    Object v = rows.getObject(c);
    if (v == null) {
      return null;
    }
    if (v instanceof Long l) {
      return BigDecimal.valueOf(l);
    }
    if (v instanceof Double d) {
      return BigDecimal.valueOf(d);
    }
    try {
      return new BigDecimal(rows.getString(c).trim());
    } catch (NumberFormatException e) {
      throw new SQLException("not a number: " + rows.getString(c), "22018", e);
    }
  }

  @Override
  public BigDecimal getBigDecimal(int i, int scale) throws SQLException {
    BigDecimal value = getBigDecimal(i);
    return value == null ? null : value.setScale(scale, java.math.RoundingMode.HALF_UP);
  }

  @Override
  public byte[] getBytes(int i) throws SQLException {
    byte[] value = rows.getBytes(column(i));
    wasNull = rows.wasNull();
    return value;
  }

  @Override
  public Date getDate(int i) throws SQLException {
    int c = track(i);
    if (wasNull) {
      return null;
    }
    if (rows.getObject(c) instanceof Long millis) {
      return new Date(millis);
    }
    return Date.valueOf(parse(() -> Values.localDateOf(rows.getString(c))));
  }

  @Override
  public Time getTime(int i) throws SQLException {
    int c = track(i);
    if (wasNull) {
      return null;
    }
    if (rows.getObject(c) instanceof Long millis) {
      return new Time(millis);
    }
    String text = rows.getString(c).trim();
    String time = text.length() > 10 && text.charAt(4) == '-' ? text.substring(11) : text;
    return Time.valueOf(parse(() -> LocalTime.parse(time)));
  }

  @Override
  public Timestamp getTimestamp(int i) throws SQLException {
    int c = track(i);
    if (wasNull) {
      return null;
    }
    if (rows.getObject(c) instanceof Long millis) {
      return new Timestamp(millis);
    }
    String text = rows.getString(c);
    if (hasOffset(text)) {
      return Timestamp.from(parse(() -> Values.instantOf(text)));
    }
    return Timestamp.valueOf(parse(() -> Values.localDateTimeOf(text)));
  }

  private static boolean hasOffset(String text) {
    String t = text.trim();
    return t.length() > 19
        && (t.endsWith("Z") || t.lastIndexOf('+') > 10 || t.lastIndexOf('-') > 10);
  }

  @Override
  public Date getDate(int i, Calendar calendar) throws SQLException {
    return getDate(i);
  }

  @Override
  public Time getTime(int i, Calendar calendar) throws SQLException {
    return getTime(i);
  }

  @Override
  public Timestamp getTimestamp(int i, Calendar calendar) throws SQLException {
    return getTimestamp(i);
  }

  private interface Parse<T> {
    T get() throws SQLException;
  }

  private static <T> T parse(Parse<T> parse) throws SQLException {
    try {
      return parse.get();
    } catch (RuntimeException e) {
      throw new SQLException("cannot convert: " + e.getMessage(), "22007", e);
    }
  }

  @Override
  public Object getObject(int i) throws SQLException {
    Object value = rows.getObject(column(i));
    wasNull = rows.wasNull();
    return value;
  }

  @Override
  public Object getObject(int i, Map<String, Class<?>> map) throws SQLException {
    return getObject(i);
  }

  @Override
  public <T> T getObject(int i, Class<T> type) throws SQLException {
    int c = track(i);
    if (wasNull) {
      return null;
    }
    Object value = convert(c, i, type);
    return type.cast(value);
  }

  private Object convert(int c, int i, Class<?> type) throws SQLException {
    if (type == String.class) {
      return rows.getString(c);
    } else if (type == Long.class) {
      return rows.getLong(c);
    } else if (type == Integer.class) {
      return (int) rows.getLong(c);
    } else if (type == Short.class) {
      return (short) rows.getLong(c);
    } else if (type == Byte.class) {
      return (byte) rows.getLong(c);
    } else if (type == Double.class) {
      return rows.getDouble(c);
    } else if (type == Float.class) {
      return (float) rows.getDouble(c);
    } else if (type == Boolean.class) {
      return getBoolean(i);
    } else if (type == byte[].class) {
      return rows.getBytes(c);
    } else if (type == BigDecimal.class) {
      return getBigDecimal(i);
    } else if (type == Object.class) {
      return rows.getObject(c);
    }
    return convertRich(c, i, type);
  }

  private Object convertRich(int c, int i, Class<?> type) throws SQLException {
    if (type == UUID.class) {
      return parse(() -> Values.uuidOf(rows.getObject(c)));
    } else if (type == Instant.class) {
      return parse(() -> Values.instantOf(rows.getString(c)));
    } else if (type == LocalDateTime.class) {
      return parse(() -> Values.localDateTimeOf(rows.getString(c)));
    } else if (type == LocalDate.class) {
      return parse(() -> Values.localDateOf(rows.getString(c)));
    } else if (type == OffsetDateTime.class) {
      return parse(() -> Values.offsetDateTimeOf(rows.getString(c)));
    } else if (type == ZonedDateTime.class) {
      return parse(() -> Values.offsetDateTimeOf(rows.getString(c)).toZonedDateTime());
    } else if (type == LocalTime.class) {
      return getTime(i).toLocalTime();
    } else if (type == Timestamp.class) {
      return getTimestamp(i);
    } else if (type == Date.class) {
      return getDate(i);
    } else if (type == Time.class) {
      return getTime(i);
    }
    throw new SQLException("cannot read a column as " + type.getName(), "22018");
  }

  @Override
  public InputStream getBinaryStream(int i) throws SQLException {
    byte[] bytes = getBytes(i);
    return bytes == null ? null : new ByteArrayInputStream(bytes);
  }

  @Override
  public Reader getCharacterStream(int i) throws SQLException {
    String text = getString(i);
    return text == null ? null : new StringReader(text);
  }

  @Override
  public String getNString(int i) throws SQLException {
    return getString(i);
  }

  @Override
  public String getString(String label) throws SQLException {
    return getString(findColumn(label));
  }

  @Override
  public boolean getBoolean(String label) throws SQLException {
    return getBoolean(findColumn(label));
  }

  @Override
  public byte getByte(String label) throws SQLException {
    return getByte(findColumn(label));
  }

  @Override
  public short getShort(String label) throws SQLException {
    return getShort(findColumn(label));
  }

  @Override
  public int getInt(String label) throws SQLException {
    return getInt(findColumn(label));
  }

  @Override
  public long getLong(String label) throws SQLException {
    return getLong(findColumn(label));
  }

  @Override
  public float getFloat(String label) throws SQLException {
    return getFloat(findColumn(label));
  }

  @Override
  public double getDouble(String label) throws SQLException {
    return getDouble(findColumn(label));
  }

  @Override
  public BigDecimal getBigDecimal(String label) throws SQLException {
    return getBigDecimal(findColumn(label));
  }

  @Override
  public byte[] getBytes(String label) throws SQLException {
    return getBytes(findColumn(label));
  }

  @Override
  public Date getDate(String label) throws SQLException {
    return getDate(findColumn(label));
  }

  @Override
  public Time getTime(String label) throws SQLException {
    return getTime(findColumn(label));
  }

  @Override
  public Timestamp getTimestamp(String label) throws SQLException {
    return getTimestamp(findColumn(label));
  }

  @Override
  public Object getObject(String label) throws SQLException {
    return getObject(findColumn(label));
  }

  @Override
  public <T> T getObject(String label, Class<T> type) throws SQLException {
    return getObject(findColumn(label), type);
  }

  @Override
  public InputStream getBinaryStream(String label) throws SQLException {
    return getBinaryStream(findColumn(label));
  }

  @Override
  public Reader getCharacterStream(String label) throws SQLException {
    return getCharacterStream(findColumn(label));
  }

  @Override
  public String getNString(String label) throws SQLException {
    return getString(findColumn(label));
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    ensureOpen();
    return null;
  }

  @Override
  public void clearWarnings() throws SQLException {
    ensureOpen();
  }

  @Override
  public Statement getStatement() {
    return statement;
  }

  @Override
  public int getType() {
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public int getConcurrency() {
    return ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public int getHoldability() {
    return ResultSet.CLOSE_CURSORS_AT_COMMIT;
  }

  @Override
  public int getFetchDirection() {
    return ResultSet.FETCH_FORWARD;
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    if (direction != ResultSet.FETCH_FORWARD) {
      throw new SQLException("forward-only result set");
    }
  }

  @Override
  public int getFetchSize() {
    return 0;
  }

  @Override
  public void setFetchSize(int rows) {}

  @Override
  public int getRow() {
    return after ? 0 : (int) row;
  }

  @Override
  public boolean isBeforeFirst() {
    return row == 0 && !after;
  }

  @Override
  public boolean isAfterLast() {
    return after && row > 0;
  }

  @Override
  public boolean isFirst() {
    return row == 1 && !after;
  }
}
