package io.ghostwire.zqlite;

import java.util.Locale;

/**
 * What went wrong, mapped from the engine's result codes (SQLite's numbers, extended codes for
 * constraints). SQLite reports syntax errors and unknown names as plain {@code ERROR}; those are
 * told apart by the message ({@link #SYNTAX}, {@link #NO_SUCH_TABLE}, {@link #NO_SUCH_COLUMN}).
 */
public enum ErrorCode {
  ERROR(1),
  INTERNAL(2),
  PERM(3),
  ABORT(4),
  BUSY(5),
  LOCKED(6),
  NOMEM(7),
  READONLY(8),
  INTERRUPT(9),
  IOERR(10),
  CORRUPT(11),
  FULL(13),
  CANTOPEN(14),
  SCHEMA(17),
  TOOBIG(18),
  CONSTRAINT(19),
  MISMATCH(20),
  MISUSE(21),
  RANGE(25),
  NOTADB(26),
  CONSTRAINT_CHECK(275),
  CONSTRAINT_FOREIGNKEY(787),
  CONSTRAINT_NOTNULL(1299),
  CONSTRAINT_PRIMARYKEY(1555),
  CONSTRAINT_UNIQUE(2067),
  /** A value does not fit a STRICT column's type (SQLITE_CONSTRAINT_DATATYPE). */
  TYPE_MISMATCH(3091),
  /** SQLITE_ERROR whose message is a syntax error ("near ...", "incomplete input"). */
  SYNTAX(1),
  NO_SUCH_TABLE(1),
  NO_SUCH_COLUMN(1),
  /** A code this binding does not know; {@link ZqliteException#nativeCode()} has the number. */
  UNKNOWN(-1);

  private final int number;

  ErrorCode(int number) {
    this.number = number;
  }

  /** The engine's (SQLite's) result code number; SYNTAX and the NO_SUCH_* codes are 1. */
  public int number() {
    return number;
  }

  /** True for every constraint violation (primary code 19). */
  public boolean isConstraint() {
    return number > 0 && (number & 0xff) == 19;
  }

  /** Maps a native code and its message. */
  public static ErrorCode of(int nativeCode, String message) {
    if (nativeCode == 1) {
      return ofPlainError(message == null ? "" : message.toLowerCase(Locale.ROOT));
    }
    for (ErrorCode code : values()) {
      if (code.number == nativeCode && code.number != 1) {
        return code;
      }
    }
    return (nativeCode & 0xff) == 19 ? CONSTRAINT : UNKNOWN;
  }

  private static ErrorCode ofPlainError(String message) {
    if (message.startsWith("no such table") || message.startsWith("no such view")) {
      return NO_SUCH_TABLE;
    }
    if (message.startsWith("no such column")) {
      return NO_SUCH_COLUMN;
    }
    if (message.contains("syntax error")
        || message.startsWith("near ")
        || message.contains("incomplete input")
        || message.startsWith("unrecognized token")) {
      return SYNTAX;
    }
    return ERROR;
  }
}
