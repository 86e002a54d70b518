package io.ghostwire.zqlite;

import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An open database. Thread-safe: calls from several threads are serialised by the native side (a
 * mutex per connection); statements and cursors it creates are not thread-safe, as in JDBC.
 *
 * <p>{@link #close()} finalizes every statement of the connection; using one afterwards throws
 * {@link ErrorCode#MISUSE}, closing it is a no-op. A connection or statement that becomes
 * unreachable without being closed is freed by a {@link Cleaner}, which logs a warning on the
 * {@code io.ghostwire.zqlite} {@link System.Logger}.
 */
public final class ZqliteConnection implements AutoCloseable {
  static final Cleaner CLEANER = Cleaner.create();
  static final System.Logger LOG = System.getLogger("io.ghostwire.zqlite");
  private static final int SPARE_BUFFERS_MAX = 4;

  private final String path;
  private final State state;
  private final Cleaner.Cleanable cleanable;
  private final ArrayDeque<NativeBuffer> spareBuffers = new ArrayDeque<>();
  private volatile boolean closed;

  /** What the cleaner needs: never the connection itself. */
  private static final class State implements Runnable {
    final long handle;
    final String path;
    volatile boolean explicit;

    State(long handle, String path) {
      this.handle = handle;
      this.path = path;
    }

    @Override
    public void run() {
      if (!explicit) {
        LOG.log(System.Logger.Level.WARNING, "ZQLite connection to {0} was never closed", path);
      }
      NativeLibrary.close(handle);
    }
  }

  private ZqliteConnection(String path, long handle) {
    this.path = path;
    this.state = new State(handle, path);
    this.cleanable = CLEANER.register(this, state);
  }

  static ZqliteConnection open(String path, ZqliteOptions options) throws ZqliteException {
    Objects.requireNonNull(options, "options");
    NativeBuffer buffer = new NativeBuffer();
    buffer.begin(0);
    int pathLength = buffer.putUtf8(path);
    int flags =
        (options.readOnly() ? NativeLibrary.OPEN_READONLY : 0)
            | (options.create() && !options.readOnly() ? NativeLibrary.OPEN_CREATE : 0);
    long handle =
        NativeLibrary.open(
            buffer.raw(),
            pathLength,
            flags,
            options.durability().ordinal(),
            (int) options.busyTimeout().toMillis(),
            (int) (options.cacheSizeBytes() / 1024));
    if (handle < 0) {
      ZqliteException e = buffer.error(0, (int) -handle, null);
      throw new ZqliteException(e.nativeCode(), e.getMessage() + ": " + path, null, -1);
    }
    return new ZqliteConnection(path, handle);
  }

  long handle() throws ZqliteException {
    if (closed) {
      throw new ZqliteException(ErrorCode.MISUSE, "connection is closed: " + path, null);
    }
    return state.handle;
  }

  /** The path this connection was opened with ({@code :memory:} for an in-memory database). */
  public String path() {
    return path;
  }

  /** Compiles the first statement of {@code sql}. */
  public ZqliteStatement prepare(String sql) throws ZqliteException {
    Objects.requireNonNull(sql, "sql");
    return ZqliteStatement.prepare(this, sql);
  }

  /** Runs every statement of a script (separated by ';'), discarding rows. */
  public void execute(String script) throws ZqliteException {
    Objects.requireNonNull(script, "script");
    long handle = handle();
    NativeBuffer buffer = borrowBuffer();
    try {
      buffer.begin(0);
      int length = buffer.putUtf8(script);
      int code = NativeLibrary.exec(handle, buffer.raw(), length);
      if (code != 0) {
        throw failure(buffer, code, script);
      }
    } finally {
      returnBuffer(buffer);
    }
  }

  /** Prepares, binds {@code args} (see {@link ZqliteStatement#bind}) and runs one update. */
  public long executeUpdate(String sql, Object... args) throws ZqliteException {
    try (ZqliteStatement statement = prepare(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.bind(i + 1, args[i]);
      }
      return statement.executeUpdate();
    }
  }

  /** Starts an explicit transaction ({@code BEGIN}); autocommit resumes at commit or rollback. */
  public void begin() throws ZqliteException {
    execute("BEGIN");
  }

  public void commit() throws ZqliteException {
    execute("COMMIT");
  }

  public void rollback() throws ZqliteException {
    execute("ROLLBACK");
  }

  /** Opens a named savepoint (starting a transaction if none is active). */
  public void savepoint(String name) throws ZqliteException {
    execute("SAVEPOINT " + quoteIdentifier(name));
  }

  /** Releases a savepoint and every later one (commits when it began the transaction). */
  public void releaseSavepoint(String name) throws ZqliteException {
    execute("RELEASE SAVEPOINT " + quoteIdentifier(name));
  }

  /** Undoes the work since a savepoint, which stays open. */
  public void rollbackToSavepoint(String name) throws ZqliteException {
    execute("ROLLBACK TO SAVEPOINT " + quoteIdentifier(name));
  }

  /** True inside BEGIN ... COMMIT/ROLLBACK (or a savepoint that started one). */
  public boolean inTransaction() throws ZqliteException {
    return NativeLibrary.info(handle(), NativeLibrary.INFO_IN_TRANSACTION) != 0;
  }

  /** Rows changed by the most recent INSERT, UPDATE or DELETE. */
  public long changes() throws ZqliteException {
    return NativeLibrary.info(handle(), NativeLibrary.INFO_CHANGES);
  }

  /** Rows changed since the connection opened. */
  public long totalChanges() throws ZqliteException {
    return NativeLibrary.info(handle(), NativeLibrary.INFO_TOTAL_CHANGES);
  }

  /** The rowid of the most recent successful INSERT on this connection. */
  public long lastInsertRowid() throws ZqliteException {
    return NativeLibrary.info(handle(), NativeLibrary.INFO_LAST_INSERT_ROWID);
  }

  /** How long a call waits for another connection's lock before failing with BUSY. */
  public void setBusyTimeout(Duration timeout) throws ZqliteException {
    long millis = timeout.toMillis();
    if (millis < 0 || millis > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("busy timeout out of range: " + timeout);
    }
    int code = NativeLibrary.busyTimeout(handle(), (int) millis);
    if (code != 0) {
      throw new ZqliteException(code, "setBusyTimeout failed", null, -1);
    }
  }

  /**
   * Engine statistics of the database this connection is open on: shared by every connection of
   * this process to the same file, so any one of them reads the figures of all (see {@link
   * ZqliteStats}). Cheap: relaxed reads of atomic counters, no lock beyond the connection's.
   */
  public ZqliteStats stats() throws ZqliteException {
    long handle = handle();
    NativeBuffer buffer = borrowBuffer();
    try {
      buffer.ensureCapacity(ZqliteStats.FIGURES * Long.BYTES);
      int written = NativeLibrary.stats(handle, buffer.raw());
      if (written < 0) {
        throw new ZqliteException(-written, "stats failed: " + path, null, -1);
      }
      return ZqliteStats.read(buffer.raw(), written);
    } finally {
      returnBuffer(buffer);
    }
  }

  /**
   * Finalizes every statement prepared on this connection, leaving it open: their bindings and
   * cursors are gone, and a later call through one of them fails with {@link ErrorCode#MISUSE}
   * (closing it stays a no-op). A pool does this when a connection is returned, as JDBC pools close
   * a connection's statements. Returns how many statements were finalized.
   */
  public int finalizeStatements() throws ZqliteException {
    int finalized = NativeLibrary.finalizeStatements(handle());
    if (finalized < 0) {
      throw new ZqliteException(-finalized, "finalizeStatements failed: " + path, null, -1);
    }
    return finalized;
  }

  /**
   * Makes the statement running on this connection, from any thread, fail with {@link
   * ErrorCode#INTERRUPT} at its next check (every few hundred rows it visits), like {@code
   * sqlite3_interrupt}. The connection stays usable. An interrupt while nothing runs is lost: the
   * engine clears it when a statement starts. A no-op on a closed connection.
   */
  public void interrupt() {
    if (!closed) {
      // A stale handle (closed meanwhile) answers MISUSE: nothing was running to interrupt.
      NativeLibrary.interrupt(state.handle);
    }
  }

  /** The tables and views of the database, with columns and indexes (for metadata and tools). */
  public List<ZqliteTable> tables() throws ZqliteException {
    long handle = handle();
    NativeBuffer buffer = borrowBuffer();
    try {
      for (int attempt = 0; attempt < 4; attempt++) {
        int code = NativeLibrary.catalog(handle, buffer.raw());
        if (code != 0) {
          throw failure(buffer, code, null);
        }
        int size = buffer.raw().getInt(0);
        if (size + 4 <= buffer.capacity()) {
          return ZqliteTable.read(buffer);
        }
        buffer.ensureCapacity(size + 4);
      }
      throw new ZqliteException(ErrorCode.INTERNAL, "catalog kept growing", null);
    } finally {
      returnBuffer(buffer);
    }
  }

  public boolean isClosed() {
    return closed;
  }

  /** Closes the connection and finalizes its statements. Closing again is a no-op. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    state.explicit = true;
    cleanable.clean();
  }

  ZqliteException failure(NativeBuffer buffer, int code, String sql) {
    if (closed) {
      return new ZqliteException(ErrorCode.MISUSE, "connection is closed: " + path, sql);
    }
    return buffer.error(0, code, sql);
  }

  NativeBuffer borrowBuffer() {
    synchronized (spareBuffers) {
      NativeBuffer spare = spareBuffers.pollFirst();
      if (spare != null) {
        return spare;
      }
    }
    return new NativeBuffer();
  }

  void returnBuffer(NativeBuffer buffer) {
    buffer.trim();
    synchronized (spareBuffers) {
      if (spareBuffers.size() < SPARE_BUFFERS_MAX) {
        spareBuffers.addFirst(buffer);
      }
    }
  }

  /** Quotes an identifier for SQL: {@code a"b} becomes {@code "a""b"}. */
  public static String quoteIdentifier(String name) {
    Objects.requireNonNull(name, "name");
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ZqliteConnection[" + path + (closed ? ", closed]" : "]");
  }

  static <T> List<T> listOf(int size) {
    return new ArrayList<>(Math.max(0, Math.min(size, 1024)));
  }
}
