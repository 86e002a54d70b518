package io.ghostwire.zqlite.pool;

import io.ghostwire.zqlite.ZqliteException;
import io.ghostwire.zqlite.jdbc.ZqliteDriver;
import io.ghostwire.zqlite.jdbc.ZqliteJdbcConnection;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} handing out pooled JDBC connections of a {@link ZqlitePool}. Each {@link
 * #getConnection()} borrows a core connection and wraps it in a fresh JDBC connection (autocommit
 * on); its {@link Connection#close()} rolls back an open transaction and returns the core
 * connection to the pool, which resets it (see {@link ZqlitePool}), so statements of a closed JDBC
 * connection are finalized as well.
 *
 * <p>A borrow timeout is a {@link SQLTransientConnectionException} (SQLState 08001) carrying the
 * pool's {@link ZqlitePoolTimeoutException} as its cause. ZQLite has no users: the credentials of
 * {@link #getConnection(String, String)} are ignored.
 */
public final class ZqliteDataSource implements DataSource, AutoCloseable {
  private final ZqlitePool pool;
  private final String url;
  private PrintWriter logWriter;

  public ZqliteDataSource(ZqlitePool pool) {
    this.pool = Objects.requireNonNull(pool, "pool");
    this.url = ZqliteDriver.PREFIX + pool.config().path();
  }

  /** The pool behind this DataSource. */
  public ZqlitePool pool() {
    return pool;
  }

  @Override
  public Connection getConnection() throws SQLException {
    ZqliteLease lease;
    try {
      lease = pool.borrow();
    } catch (ZqlitePoolTimeoutException e) {
      throw new SQLTransientConnectionException(e.getMessage(), "08001", e);
    } catch (ZqliteException e) {
      throw new SQLException(e.getMessage(), "08001", e);
    }
    return ZqliteJdbcConnection.pooled(url, lease.connection(), lease::close);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    logWriter = out;
  }

  /** Unsupported: the wait is the pool's {@link ZqlitePoolConfig#maxWait()}. */
  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    throw new SQLFeatureNotSupportedException("set maxWait on ZqlitePoolConfig instead");
  }

  @Override
  public int getLoginTimeout() {
    return (int) Math.min(Integer.MAX_VALUE, pool.config().maxWait().toSeconds());
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("logs go to System.Logger io.ghostwire.zqlite.pool");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    if (iface.isInstance(pool)) {
      return iface.cast(pool);
    }
    throw new SQLException("not a wrapper for " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this) || iface.isInstance(pool);
  }

  /** Closes the pool. */
  @Override
  public void close() {
    pool.close();
  }

  @Override
  public String toString() {
    return "ZqliteDataSource[" + pool + "]";
  }
}
