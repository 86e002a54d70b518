package io.ghostwire.zqlite.jdbc;

import java.sql.Types;
import java.util.Locale;

/**
 * JDBC types of result columns. A column that reads a table column has the type its CREATE TABLE
 * declared (known before the first row); SQLite's affinity rules decide its storage class, hence
 * the class {@code getObject} returns. An expression, or a column declared without a type, has no
 * declared type: its type is the current row's value (VARCHAR before the first row).
 */
final class ColumnTypes {
  private ColumnTypes() {}

  /** The {@link Types} constant for a declared type, or null when it says nothing (blank). */
  static Integer ofDeclared(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    String t = declared.toUpperCase(Locale.ROOT);
    if (t.contains("INT")) {
      return t.startsWith("BIGINT")
          ? Types.BIGINT
          : t.startsWith("SMALLINT")
              ? Types.SMALLINT
              : t.startsWith("TINYINT") ? Types.TINYINT : Types.INTEGER;
    }
    if (t.contains("CHAR") || t.contains("TEXT")) {
      return Types.VARCHAR;
    }
    if (t.contains("CLOB")) {
      return Types.CLOB;
    }
    if (t.contains("BLOB")) {
      return Types.BLOB;
    }
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
      return Types.DOUBLE;
    }
    return ofNumeric(t);
  }

  /** Declared types of NUMERIC affinity, named as people write them. */
  private static Integer ofNumeric(String t) {
    if (t.startsWith("BOOL")) {
      return Types.BOOLEAN;
    }
    if (t.startsWith("DATETIME") || t.startsWith("TIMESTAMP")) {
      return Types.TIMESTAMP;
    }
    if (t.startsWith("DATE")) {
      return Types.DATE;
    }
    if (t.startsWith("TIME")) {
      return Types.TIME;
    }
    if (t.startsWith("DECIMAL")) {
      return Types.DECIMAL;
    }
    return Types.NUMERIC;
  }

  /** The type of a stored value (Long, Double, String, byte[] or null). */
  static int ofValue(Object value) {
    if (value instanceof Long) {
      return Types.BIGINT;
    }
    if (value instanceof Double) {
      return Types.DOUBLE;
    }
    if (value instanceof byte[]) {
      return Types.BLOB;
    }
    return Types.VARCHAR;
  }

  /** The storage type name of a value type (for columns without a declared type). */
  static String nameOfValueType(int type) {
    return switch (type) {
      case Types.BIGINT -> "INTEGER";
      case Types.DOUBLE -> "REAL";
      case Types.BLOB -> "BLOB";
      default -> "TEXT";
    };
  }

  /**
   * The class {@code getObject} returns for a column of {@code type}: what the affinity stores
   * (INTEGER affinity Long, REAL Double, TEXT String, BLOB byte[]); NUMERIC affinity (dates,
   * decimals, booleans) may hold any, so Object.
   */
  static String className(int type) {
    return switch (type) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Long.class.getName();
      case Types.DOUBLE -> Double.class.getName();
      case Types.VARCHAR, Types.CLOB -> String.class.getName();
      case Types.BLOB -> byte[].class.getName();
      default -> Object.class.getName();
    };
  }
}
