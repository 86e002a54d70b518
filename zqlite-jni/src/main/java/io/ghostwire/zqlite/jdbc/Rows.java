package io.ghostwire.zqlite.jdbc;

import io.ghostwire.zqlite.ZqliteCursor;
import io.ghostwire.zqlite.ZqliteException;
import io.ghostwire.zqlite.ZqliteStatement;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

/**
 * Where a result set's rows come from: a live {@link ZqliteCursor}, or rows built in Java (catalog
 * metadata, generated keys). Columns are numbered from 0 here; JDBC's from 1.
 */
interface Rows {
  boolean next() throws SQLException;

  int columnCount();

  String columnName(int column);

  /** The declared type of a column that reads a table column, else null. */
  default String declaredType(int column) {
    return null;
  }

  boolean isNull(int column) throws SQLException;

  long getLong(int column) throws SQLException;

  double getDouble(int column) throws SQLException;

  String getString(int column) throws SQLException;

  byte[] getBytes(int column) throws SQLException;

  /** Long, Double, String, byte[] or null. */
  Object getObject(int column) throws SQLException;

  /** Whether the value the last getter read was NULL. */
  boolean wasNull();

  void close();

  /** A live cursor's rows; {@code watch} (may be null) lets cancel and the timeout stop them. */
  static Rows of(ZqliteCursor cursor, FetchWatch watch) {
    return new CursorRows(cursor, watch);
  }

  static Rows of(List<String> names, List<Object[]> rows) {
    return new ListRows(names, rows, null);
  }

  /** No rows: the shape of a prepared statement's result, with its declared types. */
  static Rows shapeOf(ZqliteStatement statement) {
    List<String> names = new java.util.ArrayList<>();
    List<String> types = new java.util.ArrayList<>();
    for (int c = 0; c < statement.columnCount(); c++) {
      names.add(statement.columnName(c));
      types.add(statement.columnDeclaredType(c));
    }
    return new ListRows(names, List.of(), types);
  }

  final class CursorRows implements Rows {
    private final ZqliteCursor cursor;
    private final FetchWatch watch;

    CursorRows(ZqliteCursor cursor, FetchWatch watch) {
      this.cursor = cursor;
      this.watch = watch;
    }

    @Override
    public boolean next() throws SQLException {
      if (watch != null) {
        return watch.next(cursor);
      }
      try {
        return cursor.next();
      } catch (ZqliteException e) {
        throw SqlExceptions.of(e);
      }
    }

    @Override
    public int columnCount() {
      return cursor.columnCount();
    }

    @Override
    public String columnName(int column) {
      return cursor.columnName(column);
    }

    @Override
    public String declaredType(int column) {
      return cursor.columnDeclaredType(column);
    }

    @Override
    public boolean isNull(int column) throws SQLException {
      try {
        return cursor.isNull(column);
      } catch (ZqliteException e) {
        throw SqlExceptions.of(e);
      }
    }

    @Override
    public long getLong(int column) throws SQLException {
      try {
        return cursor.getLong(column);
      } catch (ZqliteException e) {
        throw SqlExceptions.of(e);
      }
    }

    @Override
    public double getDouble(int column) throws SQLException {
      try {
        return cursor.getDouble(column);
      } catch (ZqliteException e) {
        throw SqlExceptions.of(e);
      }
    }

    @Override
    public String getString(int column) throws SQLException {
      try {
        return cursor.getString(column);
      } catch (ZqliteException e) {
        throw SqlExceptions.of(e);
      }
    }

    @Override
    public byte[] getBytes(int column) throws SQLException {
      try {
        return cursor.getBytes(column);
      } catch (ZqliteException e) {
        throw SqlExceptions.of(e);
      }
    }

    @Override
    public Object getObject(int column) throws SQLException {
      try {
        return cursor.getObject(column);
      } catch (ZqliteException e) {
        throw SqlExceptions.of(e);
      }
    }

    @Override
    public boolean wasNull() {
      return cursor.wasNull();
    }

    @Override
    public void close() {
      if (watch != null) {
        watch.end();
      }
      cursor.close();
    }
  }

  final class ListRows implements Rows {
    private final List<String> names;
    private final List<Object[]> rows;
    private final List<String> declaredTypes;
    private int index = -1;
    private boolean lastNull;

    ListRows(List<String> names, List<Object[]> rows, List<String> declaredTypes) {
      this.names = names;
      this.rows = rows;
      this.declaredTypes = declaredTypes;
    }

    @Override
    public String declaredType(int column) {
      return declaredTypes == null ? null : declaredTypes.get(column);
    }

    @Override
    public boolean next() {
      if (index < rows.size()) {
        index++;
      }
      return index < rows.size();
    }

    @Override
    public int columnCount() {
      return names.size();
    }

    @Override
    public String columnName(int column) {
      return names.get(column);
    }

    @Override
    public Object getObject(int column) throws SQLException {
      if (index < 0 || index >= rows.size()) {
        throw new SQLException("no current row", "24000");
      }
      if (column < 0 || column >= names.size()) {
        throw new SQLException("column index out of range: " + (column + 1), "22023");
      }
      Object value = rows.get(index)[column];
      lastNull = value == null;
      if (value instanceof Integer i) {
        return i.longValue();
      }
      if (value instanceof Boolean b) {
        return b ? 1L : 0L;
      }
      return value;
    }

    @Override
    public boolean isNull(int column) throws SQLException {
      return getObject(column) == null;
    }

    @Override
    public long getLong(int column) throws SQLException {
      Object v = getObject(column);
      if (v instanceof Number n) {
        return n.longValue();
      }
      return v == null ? 0 : Long.parseLong(v.toString().trim());
    }

    @Override
    public double getDouble(int column) throws SQLException {
      Object v = getObject(column);
      if (v instanceof Number n) {
        return n.doubleValue();
      }
      return v == null ? 0 : Double.parseDouble(v.toString().trim());
    }

    @Override
    public String getString(int column) throws SQLException {
      Object v = getObject(column);
      if (v instanceof byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
      }
      return v == null ? null : v.toString();
    }

    @Override
    public byte[] getBytes(int column) throws SQLException {
      Object v = getObject(column);
      if (v instanceof byte[] b) {
        return b.clone();
      }
      return v == null ? null : v.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean wasNull() {
      return lastNull;
    }

    @Override
    public void close() {
      index = rows.size();
    }
  }
}
