package io.ghostwire.zqlite.pool.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole Spring Boot application (embedded Tomcat, actuator, Prometheus registry) that only adds
 * zqlite-pool and sets {@code zqlite.path}; the test does some JDBC work through the
 * auto-configured DataSource and then reads {@code /actuator/prometheus} and {@code
 * /actuator/health} over HTTP.
 */
@SpringBootTest(
    classes = ZqliteActuatorApplicationTest.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "management.endpoints.web.exposure.include=health,prometheus",
      "management.endpoint.health.show-details=always",
      "zqlite.pool.name=app",
      "zqlite.durability=off"
    })
class ZqliteActuatorApplicationTest {
  private static Path dir;

  @SpringBootApplication
  static class App {}

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws Exception {
    dir = Files.createTempDirectory("zqlite-boot");
    registry.add("zqlite.path", () -> dir.resolve("app.db").toString());
  }

  @AfterAll
  static void clean() throws Exception {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcTemplate jdbc;

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  @Test
  void prometheusShowsHikariStylePoolMetricsAndEngineStatistics() throws Exception {
    jdbc.execute("CREATE TABLE peers(id INTEGER PRIMARY KEY, name TEXT)");
    for (int i = 0; i < 3; i++) {
      jdbc.update("INSERT INTO peers(name) VALUES (?)", "p" + i);
    }
    assertThat(jdbc.queryForObject("SELECT count(*) FROM peers", Long.class)).isEqualTo(3);
    String metrics = get("/actuator/prometheus");
    assertThat(metrics)
        .contains("zqlite_pool_connections{pool=\"app\"}")
        .contains("zqlite_pool_connections_active{pool=\"app\"} 0.0")
        .contains("zqlite_pool_connections_idle{pool=\"app\"}")
        .contains("zqlite_pool_connections_pending{pool=\"app\"} 0.0")
        .contains("zqlite_pool_connections_max{pool=\"app\"}")
        .contains("zqlite_pool_connections_min{pool=\"app\"} 1.0")
        .contains("zqlite_pool_connections_acquire_seconds_count{pool=\"app\"}")
        .contains("zqlite_pool_connections_usage_seconds_count{pool=\"app\"}")
        .contains("zqlite_pool_connections_creation_seconds_count{pool=\"app\"}")
        .contains("zqlite_pool_connections_timeout_total{pool=\"app\"} 0.0")
        .contains("zqlite_engine_statements_total{kind=\"insert\",pool=\"app\"} 3.0")
        .contains("zqlite_engine_statements_total{kind=\"ddl\",pool=\"app\"} 1.0")
        .contains("zqlite_engine_commits_total{pool=\"app\"}")
        .contains("zqlite_engine_fsyncs_total{pool=\"app\"}")
        .contains("zqlite_engine_checkpoints_total{pool=\"app\"}")
        .contains("zqlite_engine_page_cache_hits_total{pool=\"app\"}")
        .contains("zqlite_engine_page_cache_misses_total{pool=\"app\"}")
        .contains("zqlite_engine_wal_size_bytes{pool=\"app\"}")
        .contains("zqlite_engine_wal_frames{pool=\"app\"}");
    assertThat(acquires(metrics)).isGreaterThanOrEqualTo(5);
  }

  @Test
  void healthShowsTheDatabaseTheWalAndThePool() throws Exception {
    String health = get("/actuator/health");
    String zqlite = health.substring(health.indexOf("\"zqlite\":{"));
    assertThat(zqlite)
        .contains("\"database\":\"" + dir.resolve("app.db") + "\"")
        .contains("\"walSizeBytes\":")
        .contains("\"walFrames\":")
        .contains("\"pool\":{")
        .contains("\"name\":\"app\"")
        .contains("\"status\":\"UP\"");
  }

  private static double acquires(String metrics) {
    return metrics
        .lines()
        .filter(l -> l.startsWith("zqlite_pool_connections_acquire_seconds_count{pool=\"app\"}"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElse(-1);
  }
}
