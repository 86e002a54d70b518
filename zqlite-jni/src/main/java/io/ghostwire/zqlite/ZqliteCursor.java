package io.ghostwire.zqlite;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rows of a query, forward only. Rows arrive in batches (one native call fills the statement's
 * buffer with as many rows as fit, then one bulk copy brings the batch onto the heap); getters read
 * the current row from that copy. Columns are numbered from 0; by-name getters match names
 * case-insensitively.
 *
 * <p>Conversions follow SQLite: reading a number as text formats it, reading text as a number
 * parses its leading number (0 when none), and NULL reads as 0, 0.0, false or null.
 *
 * <p>Valid until closed, until the next row is fetched (for values), or until the statement runs
 * again. Not thread-safe.
 */
public final class ZqliteCursor implements AutoCloseable {
  /** Column types as {@link #type(int)} reports them (SQLite's numbers). */
  public static final int INTEGER = 1;

  public static final int FLOAT = 2;
  public static final int TEXT = 3;
  public static final int BLOB = 4;
  public static final int NULL = 5;

  private static final int ROW = 100;
  private static final int DONE = 101;
  private static final int HEADER_BYTES = 16;

  private final ZqliteStatement statement;
  private final NativeBuffer nativeBuffer;
  private static final int USED_AT = 12;
  private static final VarHandle I32 =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I64 =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The current batch, copied from the native buffer (see {@link NativeBuffer#copyToHeap}). */
  private byte[] rows = new byte[HEADER_BYTES];

  private int lastCode;
  private int rowsLeft;
  private int position;
  private int columnCount;
  private int[] offsets = new int[0];
  private boolean onRow;
  private boolean closed;
  private boolean lastNull;

  ZqliteCursor(ZqliteStatement statement, NativeBuffer buffer, int firstCode)
      throws ZqliteException {
    this.statement = statement;
    this.nativeBuffer = buffer;
    this.columnCount = statement.columnCount();
    accept(firstCode == 18 ? statement.fetch() : firstCode);
  }

  private void accept(int code) throws ZqliteException {
    if (code != ROW && code != DONE) {
      lastCode = DONE;
      rowsLeft = 0;
      throw statement.failure(code);
    }
    lastCode = code;
    ByteBuffer raw = nativeBuffer.raw();
    rows = nativeBuffer.copyToHeap(raw.getInt(USED_AT));
    rowsLeft = i32(0);
    int columns = i32(4);
    position = HEADER_BYTES;
    if (rowsLeft > 0 && columns != statement.columnCount()) {
      statement.redescribe();
    }
    if (rowsLeft > 0 || columns > 0) {
      columnCount = columns;
    }
  }

  /** Whether {@link #next()} must call the engine for more rows (none are left in the buffer). */
  public boolean needsFetch() {
    return rowsLeft == 0 && lastCode != DONE;
  }

  /** Moves to the next row; false at the end. */
  public boolean next() throws ZqliteException {
    ensureOpen();
    while (rowsLeft == 0) {
      if (lastCode == DONE) {
        onRow = false;
        return false;
      }
      accept(statement.fetch());
    }
    if (offsets.length != columnCount) {
      offsets = new int[columnCount];
    }
    int at = position;
    for (int c = 0; c < columnCount; c++) {
      offsets[c] = at;
      int tag = rows[at];
      at += tag == NativeBuffer.TAG_NULL ? 1 : tag <= NativeBuffer.TAG_REAL ? 9 : 5 + i32(at + 1);
    }
    position = at;
    rowsLeft--;
    onRow = true;
    return true;
  }

  /**
   * The declared type of column {@code column}, or null (see {@link
   * ZqliteStatement#columnDeclaredType}).
   */
  public String columnDeclaredType(int column) {
    return statement.columnDeclaredType(column);
  }

  private void ensureOpen() throws ZqliteException {
    if (closed || statement.isClosed()) {
      throw new ZqliteException(ErrorCode.MISUSE, "cursor is closed", statement.sql());
    }
  }

  private int at(int column) throws ZqliteException {
    ensureOpen();
    if (!onRow) {
      throw new ZqliteException(ErrorCode.MISUSE, "no current row", statement.sql());
    }
    if (column < 0 || column >= columnCount) {
      throw new ZqliteException(
          ErrorCode.RANGE,
          "column " + column + " out of range 0.." + (columnCount - 1),
          statement.sql());
    }
    return offsets[column];
  }

  public int columnCount() {
    return columnCount;
  }

  public String columnName(int column) {
    return statement.columnName(column);
  }

  /** The index (from 0) of the first column with this name, ignoring case; -1 when absent. */
  public int columnIndex(String name) {
    for (int c = 0; c < statement.columnCount(); c++) {
      if (statement.columnName(c).equalsIgnoreCase(name)) {
        return c;
      }
    }
    return -1;
  }

  private int column(String name) throws ZqliteException {
    int index = columnIndex(name);
    if (index < 0) {
      throw new ZqliteException(ErrorCode.RANGE, "no column named " + name, statement.sql());
    }
    return index;
  }

  /** The storage type of the value in this row: INTEGER, FLOAT, TEXT, BLOB or NULL. */
  public int type(int column) throws ZqliteException {
    return switch (rows[at(column)]) {
      case NativeBuffer.TAG_INTEGER -> INTEGER;
      case NativeBuffer.TAG_REAL -> FLOAT;
      case NativeBuffer.TAG_TEXT -> TEXT;
      case NativeBuffer.TAG_BLOB -> BLOB;
      default -> NULL;
    };
  }

  public boolean isNull(int column) throws ZqliteException {
    return rows[at(column)] == NativeBuffer.TAG_NULL;
  }

  /**
   * Whether the value the last getter read was NULL (as JDBC's {@code wasNull}), so a caller that
   * needs both the value and its nullness finds the column once.
   */
  public boolean wasNull() {
    return lastNull;
  }

  /** The tag of the value at {@code at}, remembering whether it is NULL for {@link #wasNull}. */
  private int tag(int at) {
    int tag = rows[at];
    lastNull = tag == NativeBuffer.TAG_NULL;
    return tag;
  }

  public long getLong(int column) throws ZqliteException {
    int at = at(column);
    return switch (tag(at)) {
      case NativeBuffer.TAG_INTEGER -> i64(at + 1);
      case NativeBuffer.TAG_REAL -> (long) f64(at + 1);
      case NativeBuffer.TAG_TEXT, NativeBuffer.TAG_BLOB -> parseLong(text(at));
      default -> 0L;
    };
  }

  public int getInt(int column) throws ZqliteException {
    return (int) getLong(column);
  }

  public double getDouble(int column) throws ZqliteException {
    int at = at(column);
    return switch (tag(at)) {
      case NativeBuffer.TAG_INTEGER -> (double) i64(at + 1);
      case NativeBuffer.TAG_REAL -> f64(at + 1);
      case NativeBuffer.TAG_TEXT, NativeBuffer.TAG_BLOB -> parseDouble(text(at));
      default -> 0.0;
    };
  }

  public boolean getBoolean(int column) throws ZqliteException {
    return getDouble(column) != 0.0;
  }

  /** The value as text (numbers formatted as SQLite does), or null for NULL. */
  public String getString(int column) throws ZqliteException {
    int at = at(column);
    return switch (tag(at)) {
      case NativeBuffer.TAG_INTEGER -> Long.toString(i64(at + 1));
      case NativeBuffer.TAG_REAL -> Values.realText(f64(at + 1));
      case NativeBuffer.TAG_TEXT, NativeBuffer.TAG_BLOB -> text(at);
      default -> null;
    };
  }

  /** The value's bytes (TEXT as UTF-8, numbers as their text), or null for NULL. */
  public byte[] getBytes(int column) throws ZqliteException {
    int at = at(column);
    int tag = tag(at);
    if (tag == NativeBuffer.TAG_TEXT || tag == NativeBuffer.TAG_BLOB) {
      return Arrays.copyOfRange(rows, at + 5, at + 5 + i32(at + 1));
    }
    String text = getString(column);
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }

  /** A UUID from a 16-byte BLOB or its text form, or null for NULL. */
  public UUID getUuid(int column) throws ZqliteException {
    try {
      return Values.uuidOf(getObject(column));
    } catch (IllegalArgumentException e) {
      throw mismatch(column, e);
    }
  }

  public Instant getInstant(int column) throws ZqliteException {
    return parsed(column, Values::instantOf);
  }

  public LocalDateTime getLocalDateTime(int column) throws ZqliteException {
    return parsed(column, Values::localDateTimeOf);
  }

  public LocalDate getLocalDate(int column) throws ZqliteException {
    return parsed(column, Values::localDateOf);
  }

  public OffsetDateTime getOffsetDateTime(int column) throws ZqliteException {
    return parsed(column, Values::offsetDateTimeOf);
  }

  /** The column's text parsed by {@code parse}; a parse failure is a MISMATCH. */
  private <T> T parsed(int column, Function<String, T> parse) throws ZqliteException {
    String text = getString(column);
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      throw mismatch(column, e);
    }
  }

  private ZqliteException mismatch(int column, RuntimeException e) {
    ZqliteException failure =
        new ZqliteException(
            ErrorCode.MISMATCH,
            "column " + column + " cannot be read as requested: " + e.getMessage(),
            statement.sql());
    failure.initCause(e);
    return failure;
  }

  /** The stored value: Long, Double, String, byte[] or null. */
  public Object getObject(int column) throws ZqliteException {
    int at = at(column);
    return switch (tag(at)) {
      case NativeBuffer.TAG_INTEGER -> i64(at + 1);
      case NativeBuffer.TAG_REAL -> f64(at + 1);
      case NativeBuffer.TAG_TEXT -> text(at);
      case NativeBuffer.TAG_BLOB -> getBytes(column);
      default -> null;
    };
  }

  public long getLong(String column) throws ZqliteException {
    return getLong(column(column));
  }

  public int getInt(String column) throws ZqliteException {
    return getInt(column(column));
  }

  public double getDouble(String column) throws ZqliteException {
    return getDouble(column(column));
  }

  public boolean getBoolean(String column) throws ZqliteException {
    return getBoolean(column(column));
  }

  public String getString(String column) throws ZqliteException {
    return getString(column(column));
  }

  public byte[] getBytes(String column) throws ZqliteException {
    return getBytes(column(column));
  }

  public UUID getUuid(String column) throws ZqliteException {
    return getUuid(column(column));
  }

  public Instant getInstant(String column) throws ZqliteException {
    return getInstant(column(column));
  }

  public LocalDateTime getLocalDateTime(String column) throws ZqliteException {
    return getLocalDateTime(column(column));
  }

  public LocalDate getLocalDate(String column) throws ZqliteException {
    return getLocalDate(column(column));
  }

  public OffsetDateTime getOffsetDateTime(String column) throws ZqliteException {
    return getOffsetDateTime(column(column));
  }

  public Object getObject(String column) throws ZqliteException {
    return getObject(column(column));
  }

  public boolean isNull(String column) throws ZqliteException {
    return isNull(column(column));
  }

  private String text(int at) {
    return new String(rows, at + 5, i32(at + 1), StandardCharsets.UTF_8);
  }

  private int i32(int at) {
    return (int) I32.get(rows, at);
  }

  private long i64(int at) {
    return (long) I64.get(rows, at);
  }

  private double f64(int at) {
    return Double.longBitsToDouble(i64(at));
  }

  static long parseLong(String text) {
    String t = text.trim();
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      return (long) parseDouble(t);
    }
  }

  static double parseDouble(String text) {
    String t = text.trim();
    int end = 0;
    while (end < t.length() && "+-0123456789.eE".indexOf(t.charAt(end)) >= 0) {
      end++;
    }
    for (; end > 0; end--) {
      try {
        return Double.parseDouble(t.substring(0, end));
      } catch (NumberFormatException e) {
        // try a shorter prefix, as SQLite reads the longest leading number
      }
    }
    return 0.0;
  }

  /** Called when the statement runs again or closes. */
  void detach() {
    closed = true;
    onRow = false;
  }

  public boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
    onRow = false;
  }
}
