package io.ghostwire.zqlite.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Flyway applying migrations through the driver alone (classpath:db/migration). Flyway picks its
 * database support by URL and product name and, without the {@code zqlite-flyway} module (see its
 * own test), has none for "ZQLite"; then the URL can ask the driver to report the SQLite dialect it
 * follows ({@code dialect=sqlite}), and Flyway uses its SQLite support.
 */
class FlywayIT {

  @Test
  void flywayRefusesAnUnknownProductName(@TempDir Path dir) {
    SingleConnectionDataSource dataSource =
        new SingleConnectionDataSource("jdbc:zqlite:" + dir.resolve("plain.db"), true);
    try {
      assertThatThrownBy(() -> Flyway.configure().dataSource(dataSource).load().migrate())
          .hasMessageContaining("Unsupported Database: ZQLite");
    } finally {
      dataSource.destroy();
    }
  }

  @Test
  void flywayAppliesMigrations(@TempDir Path dir) {
    String url = "jdbc:zqlite:" + dir.resolve("flyway.db") + "?dialect=sqlite";
    SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, true);
    try {
      MigrateResult result = Flyway.configure().dataSource(dataSource).load().migrate();
      assertThat(result.migrationsExecuted).isEqualTo(2);
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      assertThat(jdbc.queryForObject("SELECT count(*) FROM person", Integer.class)).isEqualTo(2);
      MigrateResult again = Flyway.configure().dataSource(dataSource).load().migrate();
      assertThat(again.migrationsExecuted).isZero();
    } finally {
      dataSource.destroy();
    }
  }
}
