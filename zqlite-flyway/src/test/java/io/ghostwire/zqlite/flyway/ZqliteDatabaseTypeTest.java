package io.ghostwire.zqlite.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Flyway migrates a plain {@code jdbc:zqlite:} database once this module is on the classpath. */
class ZqliteDatabaseTypeTest {

  @Test
  void flywayMigratesWithoutTheDialectFlag(@TempDir Path dir) {
    String url = "jdbc:zqlite:" + dir.resolve("flyway.db");
    SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, true);
    try {
      Flyway flyway = Flyway.configure().dataSource(dataSource).load();
      MigrateResult result = flyway.migrate();
      assertThat(result.migrationsExecuted).isEqualTo(2);
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      assertThat(jdbc.queryForObject("SELECT count(*) FROM person", Integer.class)).isEqualTo(2);
      assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo("2");
      assertThat(Flyway.configure().dataSource(dataSource).load().migrate().migrationsExecuted)
          .isZero();
    } finally {
      dataSource.destroy();
    }
  }

  @Test
  void claimsOnlyZqliteUrlsAndProductNames() {
    ZqliteDatabaseType type = new ZqliteDatabaseType();
    assertThat(type.getName()).isEqualTo("ZQLite");
    assertThat(type.handlesJDBCUrl("jdbc:zqlite:/tmp/x.db")).isTrue();
    assertThat(type.handlesJDBCUrl("jdbc:sqlite:/tmp/x.db")).isFalse();
    assertThat(type.handlesDatabaseProductNameAndVersion("ZQLite", "0.1.0", null)).isTrue();
    assertThat(type.handlesDatabaseProductNameAndVersion("SQLite", "3.45.0", null)).isFalse();
  }
}
