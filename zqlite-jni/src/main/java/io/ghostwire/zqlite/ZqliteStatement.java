package io.ghostwire.zqlite;

import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A compiled statement. Parameters are numbered from 1 ({@code ?}, {@code ?NNN}) or named ({@code
 * :name}, {@code @name}, {@code $name}; by-name binders accept the name with or without its
 * prefix). Bindings stay until changed or {@link #clearBindings()}, so a statement can be run again
 * with a few changes. Result columns are numbered from 0, as in SQLite.
 *
 * <p>Value mapping (see {@link Values}): boolean as INTEGER 1/0, UUID as a 16-byte BLOB, java.time
 * values as ISO-8601 TEXT.
 *
 * <p>Not thread-safe. Running the statement again closes its open cursor.
 */
public final class ZqliteStatement implements AutoCloseable {
  private static final int BATCH_CHUNK_BYTES = 1 << 20;
  private static final int STEP_DONE = 101;
  private static final int TOOBIG = 18;

  private final ZqliteConnection connection;
  private final String sql;
  private final State state;
  private final Cleaner.Cleanable cleanable;
  private NativeBuffer buffer;
  private String[] parameterNames;
  private String[] columnNames;
  private String[] columnDeclaredTypes;
  private boolean readOnly;
  private int tailOffset;
  private final Object[] parameters;
  private ZqliteCursor cursor;
  private long lastInsertRowid;
  private boolean closed;

  private static final class State implements Runnable {
    final long handle;
    final String sql;
    volatile boolean explicit;

    State(long handle, String sql) {
      this.handle = handle;
      this.sql = sql;
    }

    @Override
    public void run() {
      if (!explicit) {
        ZqliteConnection.LOG.log(
            System.Logger.Level.WARNING, "ZQLite statement was never closed: {0}", sql);
      }
      // After its connection closed the handle is stale: a harmless MISUSE.
      NativeLibrary.finalize(handle);
    }
  }

  private ZqliteStatement(
      ZqliteConnection connection, String sql, long handle, NativeBuffer buffer) {
    this.connection = connection;
    this.sql = sql;
    this.buffer = buffer;
    this.state = new State(handle, sql);
    this.cleanable = ZqliteConnection.CLEANER.register(this, state);
    readDescription(buffer.raw(), 4);
    this.parameters = new Object[parameterNames.length];
  }

  static ZqliteStatement prepare(ZqliteConnection connection, String sql) throws ZqliteException {
    long db = connection.handle();
    NativeBuffer buffer = connection.borrowBuffer();
    buffer.begin(0);
    int length = buffer.putUtf8(sql);
    long handle = NativeLibrary.prepare(db, buffer.raw(), length);
    if (handle < 0) {
      ZqliteException e = connection.failure(buffer, (int) -handle, sql);
      connection.returnBuffer(buffer);
      throw e;
    }
    int described = buffer.raw().getInt(0);
    if (described + 4 > buffer.capacity()) {
      int tail = buffer.raw().getInt(4);
      buffer.ensureCapacity(described + 4);
      NativeLibrary.describe(handle, buffer.raw());
      buffer.raw().putInt(4, tail);
    }
    return new ZqliteStatement(connection, sql, handle, buffer);
  }

  private void readDescription(ByteBuffer raw, int at) {
    raw.clear();
    raw.position(at);
    int tailBytes = raw.getInt();
    readOnly = raw.getInt() != 0;
    String[] params = new String[raw.getInt()];
    String[] columns = new String[raw.getInt()];
    for (int i = 0; i < params.length; i++) {
      params[i] = buffer.getString();
    }
    for (int i = 0; i < columns.length; i++) {
      columns[i] = buffer.getString();
    }
    String[] declaredTypes = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      declaredTypes[i] = buffer.getString();
    }
    parameterNames = params;
    columnNames = columns;
    columnDeclaredTypes = declaredTypes;
    tailOffset = tailBytes;
  }

  /** Re-reads the column names after a schema change altered the result shape. */
  void redescribe() throws ZqliteException {
    NativeBuffer scratch = new NativeBuffer(4096);
    for (int attempt = 0; attempt < 4; attempt++) {
      int code = NativeLibrary.describe(handle(), scratch.raw());
      if (code != 0) {
        throw connection.failure(scratch, code, sql);
      }
      int size = scratch.raw().getInt(0);
      if (size + 4 <= scratch.capacity()) {
        NativeBuffer saved = buffer;
        buffer = scratch;
        readDescription(scratch.raw(), 4);
        buffer = saved;
        return;
      }
      scratch.ensureCapacity(size + 4);
    }
  }

  long handle() throws ZqliteException {
    if (closed) {
      throw new ZqliteException(ErrorCode.MISUSE, "statement is closed", sql);
    }
    connection.handle();
    return state.handle;
  }

  public ZqliteConnection connection() {
    return connection;
  }

  /** The SQL this statement was prepared from (the whole text given to prepare). */
  public String sql() {
    return sql;
  }

  /** Byte offset in the prepared text just past this statement (where a next one would begin). */
  public int tailOffsetBytes() {
    return tailOffset;
  }

  /** True when the statement only reads (SELECT, EXPLAIN, PRAGMA). */
  public boolean isReadOnly() {
    return readOnly;
  }

  public int parameterCount() {
    return parameterNames.length;
  }

  /** The name of parameter {@code index} (from 1) with its prefix, or null when positional. */
  public String parameterName(int index) {
    checkParameter(index);
    return parameterNames[index - 1];
  }

  /** The index (from 1) of a named parameter, with or without its prefix; -1 when absent. */
  public int parameterIndex(String name) {
    Objects.requireNonNull(name, "name");
    for (int i = 0; i < parameterNames.length; i++) {
      String candidate = parameterNames[i];
      if (candidate == null) {
        continue;
      }
      if (candidate.equals(name)
          || (candidate.length() == name.length() + 1 && candidate.endsWith(name))) {
        return i + 1;
      }
    }
    return -1;
  }

  public int columnCount() {
    return columnNames.length;
  }

  /** The name of result column {@code index} (from 0). */
  public String columnName(int index) {
    return columnNames[index];
  }

  /**
   * The declared type of result column {@code index} (from 0) when it reads a table column: the
   * type as written in CREATE TABLE, size arguments included ({@code VARCHAR(40)}; {@code INTEGER}
   * for a rowid); null for a column declared without a type and for an expression. Known from
   * prepare on, like {@code sqlite3_column_decltype}.
   */
  public String columnDeclaredType(int index) {
    return index >= 0 && index < columnDeclaredTypes.length ? columnDeclaredTypes[index] : null;
  }

  List<String> columnNames() {
    return List.of(columnNames);
  }

  private void checkParameter(int index) {
    if (index < 1 || index > parameterNames.length) {
      throw new IndexOutOfBoundsException(
          "parameter " + index + " out of range 1.." + parameterNames.length + " in: " + sql);
    }
  }

  private int indexOf(String name) {
    int index = parameterIndex(name);
    if (index < 0) {
      throw new IllegalArgumentException("no parameter named " + name + " in: " + sql);
    }
    return index;
  }

  /**
   * Binds any supported Java value (null, numbers, String, byte[], Boolean, UUID, java.time values,
   * BigDecimal) with the mapping of {@link Values}.
   */
  public ZqliteStatement bind(int index, Object value) {
    checkParameter(index);
    parameters[index - 1] = Values.toStorage(value);
    return this;
  }

  public ZqliteStatement bind(String name, Object value) {
    return bind(indexOf(name), value);
  }

  public ZqliteStatement bindLong(int index, long value) {
    checkParameter(index);
    parameters[index - 1] = value;
    return this;
  }

  public ZqliteStatement bindInt(int index, int value) {
    return bindLong(index, value);
  }

  public ZqliteStatement bindDouble(int index, double value) {
    checkParameter(index);
    parameters[index - 1] = value;
    return this;
  }

  public ZqliteStatement bindString(int index, String value) {
    checkParameter(index);
    parameters[index - 1] = value;
    return this;
  }

  /** Binds a BLOB; the array is copied when the statement runs, not now. */
  public ZqliteStatement bindBytes(int index, byte[] value) {
    checkParameter(index);
    parameters[index - 1] = value;
    return this;
  }

  public ZqliteStatement bindNull(int index) {
    checkParameter(index);
    parameters[index - 1] = null;
    return this;
  }

  public ZqliteStatement bindBoolean(int index, boolean value) {
    return bindLong(index, value ? 1 : 0);
  }

  /** Binds a UUID as a 16-byte BLOB (most significant byte first); null binds NULL. */
  public ZqliteStatement bindUuid(int index, UUID value) {
    return bind(index, value);
  }

  public ZqliteStatement bindInstant(int index, Instant value) {
    return bind(index, value);
  }

  public ZqliteStatement bindLocalDateTime(int index, LocalDateTime value) {
    return bind(index, value);
  }

  public ZqliteStatement bindLocalDate(int index, LocalDate value) {
    return bind(index, value);
  }

  public ZqliteStatement bindOffsetDateTime(int index, OffsetDateTime value) {
    return bind(index, value);
  }

  public ZqliteStatement bindLong(String name, long value) {
    return bindLong(indexOf(name), value);
  }

  public ZqliteStatement bindInt(String name, int value) {
    return bindLong(indexOf(name), value);
  }

  public ZqliteStatement bindDouble(String name, double value) {
    return bindDouble(indexOf(name), value);
  }

  public ZqliteStatement bindString(String name, String value) {
    return bindString(indexOf(name), value);
  }

  public ZqliteStatement bindBytes(String name, byte[] value) {
    return bindBytes(indexOf(name), value);
  }

  public ZqliteStatement bindNull(String name) {
    return bindNull(indexOf(name));
  }

  public ZqliteStatement bindBoolean(String name, boolean value) {
    return bindBoolean(indexOf(name), value);
  }

  public ZqliteStatement bindUuid(String name, UUID value) {
    return bind(indexOf(name), value);
  }

  /** Sets every parameter back to NULL. */
  public ZqliteStatement clearBindings() {
    Arrays.fill(parameters, null);
    return this;
  }

  /** A copy of the current bindings in storage form, for {@link #executeBatch(List)}. */
  public Object[] bindings() {
    return parameters.clone();
  }

  /** Replaces all bindings with storage values (as returned by {@link #bindings()}). */
  public ZqliteStatement restoreBindings(Object[] values) {
    if (values.length != parameters.length) {
      throw new IllegalArgumentException("expected " + parameters.length + " values");
    }
    System.arraycopy(values, 0, parameters, 0, values.length);
    return this;
  }

  private int encodeBindings(int start) {
    buffer.begin(start);
    encodeSet(parameters);
    return buffer.position();
  }

  private void encodeSet(Object[] values) {
    buffer.putInt(values.length);
    for (Object value : values) {
      buffer.putValue(value);
    }
  }

  private void closeCursor() {
    if (cursor != null) {
      cursor.detach();
      cursor = null;
    }
  }

  /** Runs the statement and returns a cursor over its rows (closing any open cursor). */
  public ZqliteCursor executeQuery() throws ZqliteException {
    long handle = handle();
    closeCursor();
    int length = encodeBindings(0);
    int code = NativeLibrary.step(handle, buffer.raw(), length);
    cursor = new ZqliteCursor(this, buffer, code);
    return cursor;
  }

  /** Fetches the next batch into the buffer: the native step result after growing on TOOBIG. */
  int fetch() throws ZqliteException {
    long handle = handle();
    int code = NativeLibrary.step(handle, buffer.raw(), -1);
    for (int attempt = 0; code == TOOBIG && attempt < 2; attempt++) {
      int needed = buffer.raw().getInt(8);
      if (needed <= buffer.capacity()) {
        break;
      }
      buffer.ensureCapacity(needed);
      code = NativeLibrary.step(handle, buffer.raw(), -1);
    }
    return code;
  }

  ZqliteException failure(int code) {
    return connection.failure(buffer, code, sql);
  }

  boolean isDone(int code) {
    return code == STEP_DONE;
  }

  /** Runs the statement to its end; returns the rows it inserted, updated or deleted. */
  public long executeUpdate() throws ZqliteException {
    long handle = handle();
    closeCursor();
    int length = encodeBindings(0);
    long changed = NativeLibrary.update(handle, buffer.raw(), length);
    if (changed < 0) {
      throw failure((int) -changed);
    }
    lastInsertRowid = buffer.raw().getLong(0);
    buffer.trim();
    return changed;
  }

  /**
   * Runs the statement once per binding set (each as from {@link #bindings()}) in as few native
   * calls as fit 1 MiB chunks, inside one transaction: outside an explicit transaction, a BEGIN and
   * COMMIT are added and a failure rolls every set back. Returns each set's change count.
   *
   * @throws ZqliteBatchException naming how many sets succeeded (their counts included)
   */
  public int[] executeBatch(List<Object[]> sets) throws ZqliteException {
    handle();
    closeCursor();
    boolean own = !connection.inTransaction();
    if (own) {
      connection.begin();
    }
    int[] counts = new int[sets.size()];
    try {
      int done = 0;
      while (done < sets.size()) {
        done += runChunk(sets, done, counts);
      }
      if (own) {
        connection.commit();
      }
      return counts;
    } catch (ZqliteException | RuntimeException e) {
      if (own && connection.inTransaction()) {
        connection.rollback();
      }
      throw e;
    } finally {
      buffer.trim();
    }
  }

  private int runChunk(List<Object[]> sets, int from, int[] counts) throws ZqliteException {
    long handle = handle();
    buffer.begin(16);
    int n = 0;
    while (from + n < sets.size() && (n == 0 || buffer.position() < BATCH_CHUNK_BYTES)) {
      Object[] set = sets.get(from + n);
      if (set.length != parameters.length) {
        throw new IllegalArgumentException(
            "batch set "
                + (from + n)
                + " has "
                + set.length
                + " values, expected "
                + parameters.length);
      }
      encodeSet(set);
      n++;
    }
    int code = NativeLibrary.batch(handle, buffer.raw(), buffer.position(), n);
    ByteBuffer raw = buffer.raw();
    int completed = raw.getInt(0);
    for (int i = 0; i < completed; i++) {
      counts[from + i] = raw.getInt(16 + 4 * i);
    }
    lastInsertRowid = raw.getLong(8);
    if (code != 0) {
      ZqliteException cause = connection.failure(buffer, code, sql);
      if (!connection.isClosed()) {
        cause = buffer.error(16 + 4 * completed, code, sql);
      }
      throw new ZqliteBatchException(cause, Arrays.copyOf(counts, from + completed));
    }
    return n;
  }

  /** The rowid of the last row inserted by this statement's most recent update or batch. */
  public long lastInsertRowid() {
    return lastInsertRowid;
  }

  public boolean isClosed() {
    return closed || connection.isClosed();
  }

  /** Finalizes the statement. A no-op when closed already or when its connection was closed. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeCursor();
    state.explicit = true;
    cleanable.clean();
    connection.returnBuffer(buffer);
  }

  @Override
  public String toString() {
    return "ZqliteStatement[" + sql + "]";
  }
}
