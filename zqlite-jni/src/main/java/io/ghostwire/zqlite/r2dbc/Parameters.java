package io.ghostwire.zqlite.r2dbc;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of a SQL text, found in Java so that {@code bind} can check indexes and names
 * without a native call on the caller's thread. Numbers them as SQLite does: {@code ?} takes the
 * largest index so far plus one, {@code ?NNN} takes NNN, and a named parameter ({@code :name},
 * {@code @name}, {@code $name}) takes the next index on its first appearance and keeps it. Skips
 * string literals, quoted identifiers ({@code "x"}, {@code `x`}, {@code [x]}) and comments.
 */
final class Parameters {
  /** SQLite's SQLITE_MAX_VARIABLE_NUMBER: the largest ?NNN. */
  static final int INDEX_MAX = 32766;

  /** Index (0-based) → name with its prefix, or null for ? and ?NNN. */
  private final List<String> names;

  private Parameters(List<String> names) {
    this.names = names;
  }

  int count() {
    return names.size();
  }

  /**
   * The 0-based index of a parameter named {@code name}, with or without its prefix ({@code $1},
   * {@code 1}, {@code :id}, {@code id}, {@code ?2}); -1 when the SQL has no such parameter.
   */
  int indexOf(String name) {
    for (int i = 0; i < names.size(); i++) {
      String candidate = names.get(i);
      String numbered = "?" + (i + 1);
      if (name.equals(numbered) || (candidate == null && name.equals(numbered.substring(1)))) {
        return i;
      }
      if (candidate != null
          && (candidate.equals(name)
              || (candidate.length() == name.length() + 1 && candidate.endsWith(name)))) {
        return i;
      }
    }
    return -1;
  }

  static Parameters scan(String sql) {
    List<String> names = new ArrayList<>();
    int at = 0;
    int length = sql.length();
    int stepsMax = length + 1;
    for (int step = 0; at < length && step < stepsMax; step++) {
      char c = sql.charAt(at);
      at =
          switch (c) {
            case '\'', '"', '`' -> skipQuoted(sql, at, c);
            case '[' -> skipQuoted(sql, at, ']');
            case '-' -> sql.startsWith("--", at) ? skipLine(sql, at) : at + 1;
            case '/' -> sql.startsWith("/*", at) ? skipBlock(sql, at) : at + 1;
            case '?' -> numbered(sql, at, names);
            case ':', '@', '$' -> named(sql, at, names);
            default -> at + 1;
          };
    }
    assert at >= length : "scan did not finish";
    return new Parameters(names);
  }

  /** True when {@code sql} holds only blanks, ';' and comments (no statement to run). */
  static boolean isBlank(String sql) {
    int at = 0;
    int length = sql.length();
    for (int step = 0; at < length && step <= length; step++) {
      char c = sql.charAt(at);
      if (Character.isWhitespace(c) || c == ';') {
        at++;
      } else if (sql.startsWith("--", at)) {
        at = skipLine(sql, at);
      } else if (sql.startsWith("/*", at)) {
        at = skipBlock(sql, at);
      } else {
        return false;
      }
    }
    return true;
  }

  private static int skipQuoted(String sql, int at, char close) {
    int end = sql.indexOf(close, at + 1);
    while (end >= 0 && close != ']' && end + 1 < sql.length() && sql.charAt(end + 1) == close) {
      end = sql.indexOf(close, end + 2);
    }
    return end < 0 ? sql.length() : end + 1;
  }

  private static int skipLine(String sql, int at) {
    int end = sql.indexOf('\n', at);
    return end < 0 ? sql.length() : end + 1;
  }

  private static int skipBlock(String sql, int at) {
    int end = sql.indexOf("*/", at + 2);
    return end < 0 ? sql.length() : end + 2;
  }

  private static int numbered(String sql, int at, List<String> names) {
    int end = at + 1;
    while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
      end++;
    }
    if (end == at + 1) {
      names.add(null);
      return end;
    }
    int index = Integer.parseInt(sql.substring(at + 1, Math.min(end, at + 7)));
    if (index < 1 || index > INDEX_MAX) {
      throw new IllegalArgumentException("parameter index out of range: " + sql.substring(at, end));
    }
    while (names.size() < index) {
      names.add(null);
    }
    return end;
  }

  private static int named(String sql, int at, List<String> names) {
    int end = at + 1;
    while (end < sql.length() && isNameChar(sql.charAt(end))) {
      end++;
    }
    if (end == at + 1) {
      return end;
    }
    String name = sql.substring(at, end);
    for (String known : names) {
      if (name.equals(known)) {
        return end;
      }
    }
    names.add(name);
    return end;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c > 0x7f;
  }

  @Override
  public String toString() {
    return names.toString();
  }
}
