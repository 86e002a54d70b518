package io.ghostwire.zqlite.r2dbc;

import io.ghostwire.zqlite.ErrorCode;
import io.ghostwire.zqlite.ZqliteException;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;

/**
 * Maps {@link ZqliteException}s to R2DBC's exception classes, with the same SQLStates as the JDBC
 * driver. The error code of each exception is the engine's (SQLite's) result code number.
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>ErrorCode</th><th>Exception</th><th>SQLState</th></tr>
 *   <tr><td>CONSTRAINT*</td><td>R2dbcDataIntegrityViolationException</td><td>23505, 23502, 23503, 23514, 23000</td></tr>
 *   <tr><td>BUSY</td><td>R2dbcTimeoutException (the busy timeout ran out)</td><td>40001</td></tr>
 *   <tr><td>LOCKED</td><td>R2dbcTransientResourceException</td><td>40001</td></tr>
 *   <tr><td>SYNTAX, NO_SUCH_TABLE, NO_SUCH_COLUMN</td><td>R2dbcBadGrammarException (with the SQL)</td><td>42000, 42S02, 42S22</td></tr>
 *   <tr><td>everything else</td><td>R2dbcNonTransientResourceException</td><td>as JDBC: 08003, 22018, ..., HY000</td></tr>
 * </table>
 */
final class R2dbcExceptions {
  private R2dbcExceptions() {}

  static R2dbcException of(ZqliteException e) {
    String message = e.getMessage();
    int vendor = e.nativeCode();
    ErrorCode code = e.errorCode();
    String state = sqlState(code);
    if (code.isConstraint()) {
      return new R2dbcDataIntegrityViolationException(message, state, vendor, e.sql(), e);
    }
    return switch (code) {
      case BUSY -> new R2dbcTimeoutException(message, state, vendor, e.sql(), e);
      case LOCKED -> new R2dbcTransientResourceException(message, state, vendor, e.sql(), e);
      case SYNTAX, NO_SUCH_TABLE, NO_SUCH_COLUMN ->
          new R2dbcBadGrammarException(message, state, vendor, e.sql(), e);
      default -> new R2dbcNonTransientResourceException(message, state, vendor, e.sql(), e);
    };
  }

  /** ZqliteExceptions become R2DBC exceptions; anything else passes through unchanged. */
  static Throwable translate(Throwable e) {
    return e instanceof ZqliteException z ? of(z) : e;
  }

  static R2dbcNonTransientResourceException closed() {
    return new R2dbcNonTransientResourceException("ZQLite R2DBC connection is closed", "08003");
  }

  static String sqlState(ErrorCode code) {
    return switch (code) {
      case CONSTRAINT_UNIQUE, CONSTRAINT_PRIMARYKEY -> "23505";
      case CONSTRAINT_NOTNULL -> "23502";
      case CONSTRAINT_FOREIGNKEY -> "23503";
      case CONSTRAINT_CHECK -> "23514";
      case CONSTRAINT -> "23000";
      case TYPE_MISMATCH, MISMATCH -> "22018";
      case BUSY, LOCKED -> "40001";
      case SYNTAX -> "42000";
      case NO_SUCH_TABLE -> "42S02";
      case NO_SUCH_COLUMN -> "42S22";
      case READONLY -> "25006";
      case MISUSE -> "08003";
      case CANTOPEN, NOTADB -> "08001";
      case TOOBIG -> "22001";
      case RANGE -> "22023";
      default -> "HY000";
    };
  }
}
