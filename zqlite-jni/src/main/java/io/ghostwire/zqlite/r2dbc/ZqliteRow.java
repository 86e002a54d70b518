package io.ghostwire.zqlite.r2dbc;

import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One row, copied out of the cursor's batch buffer (so it stays valid after the cursor moves on).
 * Columns are found by index from 0 or by name ignoring case (the first match wins when names
 * repeat).
 */
final class ZqliteRow implements Row {
  private final List<String> names;
  private final Object[] values;
  private ZqliteRowMetadata metadata;

  ZqliteRow(List<String> names, Object[] values) {
    assert names.size() == values.length : "a value per column";
    this.names = names;
    this.values = values;
  }

  static int indexOf(List<String> names, String name) {
    if (name == null) {
      throw new IllegalArgumentException("name must not be null");
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private int column(int index) {
    if (index < 0 || index >= values.length) {
      throw new IndexOutOfBoundsException(
          "column " + index + " out of range 0.." + (values.length - 1));
    }
    return index;
  }

  private int column(String name) {
    int index = indexOf(names, name);
    if (index < 0) {
      throw new NoSuchElementException("no column named " + name + " in " + names);
    }
    return index;
  }

  @Override
  public <T> T get(int index, Class<T> type) {
    return Codecs.decode(values[column(index)], type);
  }

  @Override
  public <T> T get(String name, Class<T> type) {
    return Codecs.decode(values[column(name)], type);
  }

  @Override
  public RowMetadata getMetadata() {
    if (metadata == null) {
      metadata = new ZqliteRowMetadata(names, values);
    }
    return metadata;
  }

  @Override
  public String toString() {
    return "ZqliteRow" + names;
  }
}
