package io.ghostwire.zqlite.r2dbc;

import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.Nullability;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Column names and types of a row. SQLite columns are dynamically typed, so each column's type is
 * that of its value in this row (see {@link Codecs}): INTEGER as {@code Integer}/{@code Long}, REAL
 * as {@code Double}, TEXT as {@code String}, BLOB as {@code ByteBuffer}, NULL as {@code Object}.
 * Nullability is always UNKNOWN.
 */
final class ZqliteRowMetadata implements RowMetadata {
  private final List<String> names;
  private final List<ColumnMetadata> columns;

  ZqliteRowMetadata(List<String> names, Object[] values) {
    this.names = names;
    List<ColumnMetadata> list = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      list.add(new Column(names.get(i), values[i]));
    }
    this.columns = Collections.unmodifiableList(list);
  }

  @Override
  public ColumnMetadata getColumnMetadata(int index) {
    if (index < 0 || index >= columns.size()) {
      throw new IndexOutOfBoundsException(
          "column " + index + " out of range 0.." + (columns.size() - 1));
    }
    return columns.get(index);
  }

  @Override
  public ColumnMetadata getColumnMetadata(String name) {
    int index = ZqliteRow.indexOf(names, name);
    if (index < 0) {
      throw new NoSuchElementException("no column named " + name + " in " + names);
    }
    return columns.get(index);
  }

  @Override
  public List<? extends ColumnMetadata> getColumnMetadatas() {
    return columns;
  }

  @Override
  public boolean contains(String name) {
    return ZqliteRow.indexOf(names, name) >= 0;
  }

  @Override
  public String toString() {
    return "ZqliteRowMetadata" + names;
  }

  /** One column: its name and the type of the value it holds in this row. */
  private static final class Column implements ColumnMetadata {
    private final String name;
    private final Object stored;

    Column(String name, Object stored) {
      this.name = name;
      this.stored = stored;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public Class<?> getJavaType() {
      return Codecs.naturalType(stored);
    }

    @Override
    public Type getType() {
      return Codecs.r2dbcType(stored);
    }

    @Override
    public Nullability getNullability() {
      return Nullability.UNKNOWN;
    }

    @Override
    public Object getNativeTypeMetadata() {
      return getType().getName();
    }

    @Override
    public String toString() {
      return name + " " + getType().getName();
    }
  }
}
