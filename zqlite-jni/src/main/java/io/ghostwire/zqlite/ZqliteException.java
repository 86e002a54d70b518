package io.ghostwire.zqlite;

import java.nio.charset.StandardCharsets;

/**
 * A failed ZQLite call: the {@link ErrorCode}, the engine's code number and message, the SQL being
 * run (when there was one) and, for syntax and name errors, where in the SQL the engine stopped
 * ({@link #offset()} in characters, {@link #line()} and {@link #column()} from 1).
 */
public class ZqliteException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ErrorCode errorCode;
  private final int nativeCode;
  private final String sql;
  private final int offset;
  private final int line;
  private final int column;

  /**
   * @param byteOffset the error position in the SQL's UTF-8 bytes as the engine reports it, or -1
   */
  public ZqliteException(int nativeCode, String message, String sql, int byteOffset) {
    super(describe(message, sql, byteOffset));
    this.errorCode = ErrorCode.of(nativeCode, message);
    this.nativeCode = nativeCode;
    this.sql = sql;
    this.offset = charOffset(sql, byteOffset);
    int[] lineColumn = lineColumn(sql, offset);
    this.line = lineColumn[0];
    this.column = lineColumn[1];
  }

  /** An error raised by the Java side (closed handles, bad arguments): no position. */
  public ZqliteException(ErrorCode code, String message, String sql) {
    this(code.number(), message, sql, -1);
  }

  public ErrorCode errorCode() {
    return errorCode;
  }

  /** The engine's result code number (extended for constraints), as SQLite numbers them. */
  public int nativeCode() {
    return nativeCode;
  }

  /** The SQL that failed, or null. */
  public String sql() {
    return sql;
  }

  /** Character offset of the error in {@link #sql()}, or -1. */
  public int offset() {
    return offset;
  }

  /** Line (from 1) of the error in {@link #sql()}, or -1. */
  public int line() {
    return line;
  }

  /** Column (from 1, in characters) of the error in {@link #sql()}, or -1. */
  public int column() {
    return column;
  }

  private static String describe(String message, String sql, int byteOffset) {
    if (sql == null) {
      return message;
    }
    String where = byteOffset >= 0 ? " at offset " + charOffset(sql, byteOffset) : "";
    return message + where + " in: " + abbreviate(sql);
  }

  private static String abbreviate(String sql) {
    return sql.length() <= 200 ? sql : sql.substring(0, 200) + "...";
  }

  static int charOffset(String sql, int byteOffset) {
    if (sql == null || byteOffset < 0) {
      return -1;
    }
    byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
    int end = Math.min(byteOffset, bytes.length);
    return new String(bytes, 0, end, StandardCharsets.UTF_8).length();
  }

  private static int[] lineColumn(String sql, int offset) {
    if (offset < 0) {
      return new int[] {-1, -1};
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < sql.length(); i++) {
      if (sql.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }
}
