package io.ghostwire.zqlite.jdbc;

import io.ghostwire.zqlite.ErrorCode;
import io.ghostwire.zqlite.ZqliteConnection;
import io.ghostwire.zqlite.ZqliteException;
import io.ghostwire.zqlite.ZqliteStatement;
import java.nio.charset.StandardCharsets;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;

/**
 * A JDBC statement. {@link #execute(String)} runs every statement of a script in turn; the last
 * one's result (rows or an update count) is the result.
 */
public class ZqliteJdbcStatement implements java.sql.Statement, SelfWrapper {
  /** Statements one script may hold (a loop bound). */
  private static final int SCRIPT_STATEMENTS_MAX = 1_000_000;

  final ZqliteJdbcConnection connection;
  private ZqliteStatement scriptStatement;
  private ZqliteResultSet resultSet;
  private long updateCount = -1;
  long maxRows;
  private int queryTimeoutSeconds;
  private int fetchSize;
  boolean closed;
  private boolean closeOnCompletion;
  private final List<String> batch = new ArrayList<>();
  private long generatedKey;
  private volatile boolean executing;
  private volatile boolean timedOut;

  /** The open result set's watch, so cancel and the timeout also stop its later fetches. */
  private volatile FetchWatch watch;

  private boolean hasGeneratedKey;

  ZqliteJdbcStatement(ZqliteJdbcConnection connection) {
    this.connection = connection;
  }

  void ensureOpen() throws SQLException {
    if (closed) {
      throw SqlExceptions.closed("statement");
    }
    connection.db();
  }

  void clearResults() {
    if (resultSet != null) {
      resultSet.close();
      resultSet = null;
    }
    watch = null;
    updateCount = -1;
  }

  private void closeScriptStatement() {
    if (scriptStatement != null) {
      scriptStatement.close();
      scriptStatement = null;
    }
  }

  void checkWritable(ZqliteStatement statement) throws SQLException {
    if (connection.isReadOnlyFlag() && !statement.isReadOnly()) {
      throw new SQLException(
          "attempt to write a readonly database (connection is read-only)", "25006", 8);
    }
  }

  /** Runs one compiled statement: rows become the result set, otherwise an update count. */
  boolean run(ZqliteStatement statement) throws SQLException {
    checkWritable(statement);
    return guarded(() -> runNow(statement));
  }

  private boolean runNow(ZqliteStatement statement) throws SQLException {
    try {
      if (statement.columnCount() > 0) {
        FetchWatch rowsWatch = new FetchWatch(this::interruptConnection, queryTimeoutSeconds);
        resultSet =
            new ZqliteResultSet(this, Rows.of(statement.executeQuery(), rowsWatch), maxRows);
        watch = rowsWatch;
        return true;
      }
      updateCount = statement.executeUpdate();
      hasGeneratedKey = updateCount > 0 && isInsert(statement.sql());
      generatedKey = statement.lastInsertRowid();
      return false;
    } catch (ZqliteException e) {
      throw SqlExceptions.of(e);
    }
  }

  /** Work on the engine that {@link #cancel()} and the query timeout may interrupt. */
  interface Execution<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} as this statement's execution: {@link #cancel()} from another thread, or the
   * query timeout, interrupts the connection while it runs. A timed-out execution throws {@link
   * SQLTimeoutException} (SQLState HYT00); a cancelled one the engine's INTERRUPT error (HY008).
   * When it returns a result set, both go on covering that result set's fetches ({@link
   * FetchWatch}) until its rows end.
   */
  <T> T guarded(Execution<T> work) throws SQLException {
    int seconds = queryTimeoutSeconds;
    timedOut = false;
    watch = null;
    executing = true;
    ScheduledFuture<?> deadline =
        seconds > 0 ? QueryTimeouts.schedule(this::timeOut, seconds) : null;
    try {
      T result = work.run();
      FetchWatch rowsWatch = watch;
      if (deadline != null && rowsWatch != null) {
        rowsWatch.keepDeadline(deadline);
        deadline = null;
      }
      return result;
    } catch (SQLException e) {
      if (timedOut && e.getErrorCode() == ErrorCode.INTERRUPT.number()) {
        throw new SQLTimeoutException(
            "query timed out after " + seconds + " s", "HYT00", e.getErrorCode(), e);
      }
      throw e;
    } finally {
      executing = false;
      if (deadline != null) {
        deadline.cancel(false);
      }
    }
  }

  private void timeOut() {
    // The watch first: past the handover the execution is over and only its rows can be stopped.
    FetchWatch rowsWatch = watch;
    if (rowsWatch != null) {
      rowsWatch.stop(true);
    }
    if (executing) {
      timedOut = true;
      interruptConnection();
    }
  }

  private void interruptConnection() {
    ZqliteConnection db = connection.dbOrNull();
    if (db != null) {
      db.interrupt();
    }
  }

  static boolean isInsert(String sql) {
    String head = sql.stripLeading();
    String word = head.length() >= 7 ? head.substring(0, 7).toUpperCase(Locale.ROOT) : "";
    return word.startsWith("INSERT") || word.startsWith("REPLACE");
  }

  @Override
  public boolean execute(String sql) throws SQLException {
    ensureOpen();
    clearResults();
    closeScriptStatement();
    connection.beforeStatement();
    ZqliteConnection db = connection.db();
    byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
    int offset = 0;
    boolean rows = false;
    for (int count = 0; count < SCRIPT_STATEMENTS_MAX; count++) {
      String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
      ZqliteStatement statement;
      try {
        statement = db.prepare(text);
      } catch (ZqliteException e) {
        if (count > 0 && e.errorCode() == ErrorCode.MISUSE && e.getMessage().startsWith("empty")) {
          break;
        }
        throw SqlExceptions.of(e);
      }
      offset += statement.tailOffsetBytes();
      clearResults();
      scriptStatement = statement;
      rows = run(statement);
      if (offset >= bytes.length || isBlank(bytes, offset)) {
        break;
      }
      if (!rows) {
        closeScriptStatement();
      }
    }
    return rows;
  }

  private static boolean isBlank(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (!Character.isWhitespace(bytes[i]) && bytes[i] != ';') {
        return false;
      }
    }
    return true;
  }

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    if (!execute(sql)) {
      throw new SQLException("not a query: " + sql, "07000");
    }
    return resultSet;
  }

  @Override
  public int executeUpdate(String sql) throws SQLException {
    return (int) executeLargeUpdate(sql);
  }

  @Override
  public long executeLargeUpdate(String sql) throws SQLException {
    execute(sql);
    return Math.max(updateCount, 0);
  }

  @Override
  public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
    return executeUpdate(sql);
  }

  @Override
  public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
    return executeUpdate(sql);
  }

  @Override
  public int executeUpdate(String sql, String[] columnNames) throws SQLException {
    return executeUpdate(sql);
  }

  @Override
  public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
    return execute(sql);
  }

  @Override
  public boolean execute(String sql, int[] columnIndexes) throws SQLException {
    return execute(sql);
  }

  @Override
  public boolean execute(String sql, String[] columnNames) throws SQLException {
    return execute(sql);
  }

  @Override
  public ResultSet getResultSet() throws SQLException {
    ensureOpen();
    return resultSet;
  }

  @Override
  public int getUpdateCount() throws SQLException {
    ensureOpen();
    return (int) updateCount;
  }

  @Override
  public long getLargeUpdateCount() throws SQLException {
    ensureOpen();
    return updateCount;
  }

  @Override
  public boolean getMoreResults() throws SQLException {
    ensureOpen();
    clearResults();
    return false;
  }

  @Override
  public boolean getMoreResults(int current) throws SQLException {
    return getMoreResults();
  }

  /** The rowid of the row the last INSERT added, as a one-column result (empty otherwise). */
  @Override
  public ResultSet getGeneratedKeys() throws SQLException {
    ensureOpen();
    List<Object[]> rows = new ArrayList<>();
    if (hasGeneratedKey) {
      rows.add(new Object[] {generatedKey});
    }
    return new ZqliteResultSet(this, Rows.of(List.of("last_insert_rowid()"), rows), 0);
  }

  void recordGeneratedKey(boolean has, long key) {
    hasGeneratedKey = has;
    generatedKey = key;
  }

  @Override
  public void addBatch(String sql) throws SQLException {
    ensureOpen();
    batch.add(sql);
  }

  @Override
  public void clearBatch() throws SQLException {
    ensureOpen();
    batch.clear();
  }

  @Override
  public int[] executeBatch() throws SQLException {
    ensureOpen();
    int[] counts = new int[batch.size()];
    try {
      for (int i = 0; i < counts.length; i++) {
        try {
          execute(batch.get(i));
        } catch (SQLException e) {
          throw new BatchUpdateException(
              e.getMessage(), e.getSQLState(), e.getErrorCode(), Arrays.copyOf(counts, i), e);
        }
        counts[i] = updateCount < 0 ? SUCCESS_NO_INFO : (int) updateCount;
      }
      return counts;
    } finally {
      batch.clear();
    }
  }

  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    clearResults();
    closeScriptStatement();
  }

  @Override
  public boolean isClosed() {
    return closed || connection.isClosed();
  }

  @Override
  public Connection getConnection() throws SQLException {
    ensureOpen();
    return connection;
  }

  @Override
  public int getMaxRows() throws SQLException {
    ensureOpen();
    return (int) maxRows;
  }

  @Override
  public void setMaxRows(int max) throws SQLException {
    setLargeMaxRows(max);
  }

  @Override
  public long getLargeMaxRows() throws SQLException {
    ensureOpen();
    return maxRows;
  }

  @Override
  public void setLargeMaxRows(long max) throws SQLException {
    ensureOpen();
    if (max < 0) {
      throw new SQLException("negative max rows", "HY024");
    }
    maxRows = max;
  }

  /**
   * Bounds each execution of this statement, and the reading of the result set it returns: past the
   * timeout the connection is interrupted and the execution, or the result set's next {@code
   * next()}, throws {@link SQLTimeoutException}. The time runs from the execution until the rows
   * end (read to the end or closed).
   */
  @Override
  public void setQueryTimeout(int seconds) throws SQLException {
    ensureOpen();
    if (seconds < 0) {
      throw new SQLException("negative timeout", "HY024");
    }
    queryTimeoutSeconds = seconds;
  }

  @Override
  public int getQueryTimeout() throws SQLException {
    ensureOpen();
    return queryTimeoutSeconds;
  }

  @Override
  public void setFetchSize(int rows) throws SQLException {
    ensureOpen();
    fetchSize = rows;
  }

  @Override
  public int getFetchSize() throws SQLException {
    ensureOpen();
    return fetchSize;
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    ensureOpen();
    if (direction != ResultSet.FETCH_FORWARD) {
      throw new SQLException("forward-only", "HY024");
    }
  }

  @Override
  public int getFetchDirection() {
    return ResultSet.FETCH_FORWARD;
  }

  @Override
  public int getResultSetConcurrency() {
    return ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public int getResultSetType() {
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public int getResultSetHoldability() {
    return ResultSet.CLOSE_CURSORS_AT_COMMIT;
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
  public void setEscapeProcessing(boolean enable) throws SQLException {
    ensureOpen();
  }

  @Override
  public void setMaxFieldSize(int max) throws SQLException {
    ensureOpen();
  }

  @Override
  public int getMaxFieldSize() throws SQLException {
    ensureOpen();
    return 0;
  }

  @Override
  public void setCursorName(String name) throws SQLException {
    ensureOpen();
  }

  @Override
  public void setPoolable(boolean poolable) throws SQLException {
    ensureOpen();
  }

  @Override
  public boolean isPoolable() {
    return false;
  }

  @Override
  public void closeOnCompletion() throws SQLException {
    ensureOpen();
    closeOnCompletion = true;
  }

  @Override
  public boolean isCloseOnCompletion() throws SQLException {
    ensureOpen();
    return closeOnCompletion;
  }

  /**
   * Interrupts this statement's execution running on another thread, or the reading of the result
   * set it returned: the execution, or the result set's next {@code next()}, fails with an
   * INTERRUPT error (SQLState HY008) and the connection stays usable. A no-op when nothing runs and
   * no rows are left to read.
   */
  @Override
  public void cancel() throws SQLException {
    ensureOpen();
    FetchWatch rowsWatch = watch;
    if (rowsWatch != null) {
      rowsWatch.stop(false);
    }
    if (executing) {
      interruptConnection();
    }
  }
}
