package io.ghostwire.zqlite.jdbc;

import io.ghostwire.zqlite.Durability;
import io.ghostwire.zqlite.Zqlite;
import io.ghostwire.zqlite.ZqliteException;
import io.ghostwire.zqlite.ZqliteOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver: {@code jdbc:zqlite:<path>} or {@code jdbc:zqlite::memory:}, registered through
 * {@code META-INF/services/java.sql.Driver}. Properties (in the {@link Properties} given to
 * connect, or after {@code ?} in the URL as {@code key=value&...}): {@code durability} (FULL,
 * NORMAL, OFF), {@code busyTimeoutMillis} (default 5000), {@code readOnly} (true/false), {@code
 * cacheSizeKiB} (the database's page cache; default 8192, the engine's 8 MiB).
 */
public final class ZqliteDriver implements java.sql.Driver {
  public static final String PREFIX = "jdbc:zqlite:";

  static {
    try {
      DriverManager.registerDriver(new ZqliteDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    String rest = url.substring(PREFIX.length());
    Properties properties = new Properties();
    if (info != null) {
      properties.putAll(info);
    }
    int query = rest.indexOf('?');
    if (query >= 0) {
      for (String pair : rest.substring(query + 1).split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          properties.setProperty(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
      rest = rest.substring(0, query);
    }
    if (rest.isEmpty()) {
      throw new SQLException("no database path in " + url, "08001");
    }
    ZqliteOptions options = options(properties);
    try {
      boolean sqliteDialect = "sqlite".equalsIgnoreCase(properties.getProperty("dialect"));
      ZqliteJdbcConnection connection =
          new ZqliteJdbcConnection(url, Zqlite.open(rest, options), options.readOnly());
      connection.reportAsSqlite(sqliteDialect);
      return connection;
    } catch (ZqliteException e) {
      throw SqlExceptions.of(e);
    }
  }

  static ZqliteOptions options(Properties properties) throws SQLException {
    ZqliteOptions options = ZqliteOptions.defaults();
    try {
      String durability = properties.getProperty("durability");
      if (durability != null) {
        options = options.withDurability(Durability.valueOf(durability.toUpperCase(Locale.ROOT)));
      }
      String busy = properties.getProperty("busyTimeoutMillis");
      if (busy != null) {
        options = options.withBusyTimeout(Duration.ofMillis(Long.parseLong(busy)));
      }
      String cacheKiB = properties.getProperty("cacheSizeKiB");
      if (cacheKiB != null) {
        options = options.withCacheSizeBytes(Long.parseLong(cacheKiB) * 1024);
      }
      String readOnly = properties.getProperty("readOnly");
      if (readOnly != null) {
        options = options.withReadOnly(Boolean.parseBoolean(readOnly));
      }
    } catch (IllegalArgumentException e) {
      throw new SQLException("bad ZQLite connection property: " + e.getMessage(), "08001", e);
    }
    return options;
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    DriverPropertyInfo durability = new DriverPropertyInfo("durability", "FULL");
    durability.choices = new String[] {"FULL", "NORMAL", "OFF"};
    DriverPropertyInfo busy = new DriverPropertyInfo("busyTimeoutMillis", "5000");
    DriverPropertyInfo readOnly = new DriverPropertyInfo("readOnly", "false");
    DriverPropertyInfo cache = new DriverPropertyInfo("cacheSizeKiB", "8192");
    DriverPropertyInfo dialect = new DriverPropertyInfo("dialect", "zqlite");
    dialect.choices = new String[] {"zqlite", "sqlite"};
    return new DriverPropertyInfo[] {durability, busy, readOnly, cache, dialect};
  }

  @Override
  public int getMajorVersion() {
    return 0;
  }

  @Override
  public int getMinorVersion() {
    return 1;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("ZQLite logs through System.Logger");
  }
}
