package io.ghostwire.zqlite.jdbc;

import io.ghostwire.zqlite.ErrorCode;
import io.ghostwire.zqlite.ZqliteException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientException;

/**
 * Maps {@link ZqliteException}s to JDBC's exception classes and SQLStates. The vendor code is the
 * engine's (SQLite's) result code number.
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>ErrorCode</th><th>Exception</th><th>SQLState</th></tr>
 *   <tr><td>CONSTRAINT_UNIQUE, _PRIMARYKEY</td><td>SQLIntegrityConstraintViolationException</td><td>23505</td></tr>
 *   <tr><td>CONSTRAINT_NOTNULL</td><td>SQLIntegrityConstraintViolationException</td><td>23502</td></tr>
 *   <tr><td>CONSTRAINT_FOREIGNKEY</td><td>SQLIntegrityConstraintViolationException</td><td>23503</td></tr>
 *   <tr><td>CONSTRAINT_CHECK</td><td>SQLIntegrityConstraintViolationException</td><td>23514</td></tr>
 *   <tr><td>other constraints</td><td>SQLIntegrityConstraintViolationException</td><td>23000</td></tr>
 *   <tr><td>BUSY, LOCKED</td><td>SQLTransientException</td><td>40001</td></tr>
 *   <tr><td>SYNTAX</td><td>SQLSyntaxErrorException</td><td>42000</td></tr>
 *   <tr><td>NO_SUCH_TABLE</td><td>SQLSyntaxErrorException</td><td>42S02</td></tr>
 *   <tr><td>NO_SUCH_COLUMN</td><td>SQLSyntaxErrorException</td><td>42S22</td></tr>
 *   <tr><td>READONLY</td><td>SQLException</td><td>25006</td></tr>
 *   <tr><td>INTERRUPT (Statement.cancel)</td><td>SQLException</td><td>HY008</td></tr>
 *   <tr><td>INTERRUPT at the query timeout</td><td>SQLTimeoutException</td><td>HYT00</td></tr>
 *   <tr><td>MISUSE (closed objects)</td><td>SQLNonTransientConnectionException</td><td>08003</td></tr>
 *   <tr><td>CANTOPEN, NOTADB</td><td>SQLNonTransientConnectionException</td><td>08001</td></tr>
 *   <tr><td>TOOBIG, RANGE, MISMATCH, TYPE_MISMATCH</td><td>SQLException</td><td>22000 / 22023 / 22018</td></tr>
 *   <tr><td>everything else</td><td>SQLException</td><td>HY000</td></tr>
 * </table>
 */
public final class SqlExceptions {
  private SqlExceptions() {}

  public static SQLException of(ZqliteException e) {
    String message = e.getMessage();
    int vendor = e.nativeCode();
    ErrorCode code = e.errorCode();
    String state = sqlState(code);
    SQLException mapped;
    if (code.isConstraint()) {
      mapped = new SQLIntegrityConstraintViolationException(message, state, vendor, e);
    } else {
      mapped =
          switch (code) {
            case BUSY, LOCKED -> new SQLTransientException(message, state, vendor, e);
            case SYNTAX, NO_SUCH_TABLE, NO_SUCH_COLUMN ->
                new SQLSyntaxErrorException(message, state, vendor, e);
            case MISUSE, CANTOPEN, NOTADB ->
                new SQLNonTransientConnectionException(message, state, vendor, e);
            default -> new SQLException(message, state, vendor, e);
          };
    }
    return mapped;
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
      case INTERRUPT -> "HY008";
      case MISUSE -> "08003";
      case CANTOPEN, NOTADB -> "08001";
      case TOOBIG -> "22001";
      case RANGE -> "22023";
      default -> "HY000";
    };
  }

  /** A JDBC feature ZQLite leaves out (SQLState 0A000). */
  static SQLFeatureNotSupportedException unsupported(String method) {
    return new SQLFeatureNotSupportedException("ZQLite does not support " + method, "0A000");
  }

  static SQLException closed(String what) {
    return new SQLNonTransientConnectionException(what + " is closed", "08003");
  }
}
