package io.ghostwire.zqlite;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * A table or view as the catalog describes it.
 *
 * @param name the table name as declared
 * @param type {@code "TABLE"} or {@code "VIEW"}
 * @param sql the CREATE statement
 * @param columns in declaration order (views: declared column names only, may be empty)
 * @param indexes every index, including those implied by PRIMARY KEY and UNIQUE
 */
public record ZqliteTable(
    String name, String type, String sql, List<Column> columns, List<Index> indexes) {

  /**
   * @param primaryKeyPosition position in the primary key from 1, or 0 when not part of it
   */
  public record Column(String name, String declaredType, boolean notNull, int primaryKeyPosition) {}

  public record Index(String name, boolean unique, boolean primaryKey, List<String> columns) {}

  static List<ZqliteTable> read(NativeBuffer buffer) {
    ByteBuffer raw = buffer.raw();
    raw.clear();
    raw.position(4);
    int count = raw.getInt();
    List<ZqliteTable> tables = ZqliteConnection.listOf(count);
    for (int t = 0; t < count; t++) {
      String name = buffer.getString();
      String type = buffer.getString();
      String sql = buffer.getString();
      int columnCount = raw.getInt();
      List<Column> columns = ZqliteConnection.listOf(columnCount);
      for (int c = 0; c < columnCount; c++) {
        columns.add(
            new Column(buffer.getString(), buffer.getString(), raw.getInt() != 0, raw.getInt()));
      }
      int indexCount = raw.getInt();
      List<Index> indexes = ZqliteConnection.listOf(indexCount);
      for (int i = 0; i < indexCount; i++) {
        String indexName = buffer.getString();
        boolean unique = raw.getInt() != 0;
        boolean primary = raw.getInt() != 0;
        int n = raw.getInt();
        List<String> names = ZqliteConnection.listOf(n);
        for (int k = 0; k < n; k++) {
          names.add(buffer.getString());
        }
        indexes.add(new Index(indexName, unique, primary, List.copyOf(names)));
      }
      tables.add(new ZqliteTable(name, type, sql, List.copyOf(columns), List.copyOf(indexes)));
    }
    return List.copyOf(tables);
  }
}
