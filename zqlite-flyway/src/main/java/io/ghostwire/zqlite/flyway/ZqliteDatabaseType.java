package io.ghostwire.zqlite.flyway;

import org.flywaydb.core.internal.database.sqlite.SQLiteDatabaseType;

/**
 * Flyway's database type for ZQLite, found by Flyway through {@code ServiceLoader} ({@code
 * META-INF/services/org.flywaydb.core.extensibility.Plugin}) when this jar is on the classpath.
 *
 * <p>ZQLite speaks SQLite's SQL and answers SQLite's catalog queries ({@code sqlite_master}, {@code
 * PRAGMA table_info}), so everything but recognition is Flyway's own SQLite support: parser, schema
 * history table, clean. This type only claims {@code jdbc:zqlite:} URLs and the {@code ZQLite}
 * product name. Flyway keeps database types in its {@code internal} packages (its own database
 * modules extend them the same way), so this module is built against one Flyway line (11.x, the one
 * Spring Boot manages); the driver's {@code ?dialect=sqlite} flag remains as a fallback for a
 * Flyway this module does not fit.
 */
public class ZqliteDatabaseType extends SQLiteDatabaseType {
  static final String URL_PREFIX = "jdbc:zqlite:";
  static final String PRODUCT_NAME = "ZQLite";

  @Override
  public String getName() {
    return PRODUCT_NAME;
  }

  @Override
  public boolean handlesJDBCUrl(String url) {
    return url.startsWith(URL_PREFIX);
  }

  @Override
  public String getDriverClass(String url, ClassLoader classLoader) {
    return "io.ghostwire.zqlite.jdbc.ZqliteDriver";
  }

  @Override
  public boolean handlesDatabaseProductNameAndVersion(
      String databaseProductName, String databaseProductVersion, java.sql.Connection connection) {
    return databaseProductName.startsWith(PRODUCT_NAME);
  }
}
