package io.ghostwire.zqlite.pool.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghostwire.zqlite.Durability;
import io.ghostwire.zqlite.ZqliteOptions;
import io.ghostwire.zqlite.pool.ZqlitePoolConfig;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** r2dbc-pool over the ZQLite driver, configured from a ZqlitePoolConfig, on the real engine. */
class ZqliteR2dbcPoolsTest {
  @TempDir Path dir;

  @Test
  void connectionsAreReusedBoundedAndReleasedOnClose() {
    ZqlitePoolConfig config =
        ZqlitePoolConfig.of(dir.resolve("r.db").toString())
            .withName("reactive")
            .withOptions(ZqliteOptions.defaults().withDurability(Durability.OFF))
            .withMaxTotal(2)
            .withMinIdle(1);
    ConnectionPool pool = ZqliteR2dbcPools.create(config);
    try {
      Long count =
          Mono.usingWhen(
                  pool.create(),
                  c ->
                      Flux.from(c.createStatement("CREATE TABLE t(x INTEGER)").execute())
                          .thenMany(
                              Flux.range(1, 5)
                                  .concatMap(
                                      i ->
                                          Flux.from(
                                                  c.createStatement("INSERT INTO t VALUES ($1)")
                                                      .bind("$1", i)
                                                      .execute())
                                              .flatMap(r -> r.getRowsUpdated())))
                          .then(
                              Flux.from(c.createStatement("SELECT count(*) FROM t").execute())
                                  .flatMap(r -> r.map((row, meta) -> row.get(0, Long.class)))
                                  .single()),
                  Connection::close)
              .block(Duration.ofSeconds(30));
      assertThat(count).isEqualTo(5);
      var metrics = pool.getMetrics().orElseThrow();
      assertThat(metrics.acquiredSize()).isZero();
      assertThat(metrics.getMaxAllocatedSize()).isEqualTo(2);
      // Three concurrent users on two connections: the third waits, then all finish.
      Long total =
          Flux.range(0, 3)
              .flatMap(
                  i ->
                      Mono.usingWhen(
                          pool.create(),
                          c ->
                              Flux.from(c.createStatement("SELECT count(*) FROM t").execute())
                                  .flatMap(r -> r.map((row, meta) -> row.get(0, Long.class)))
                                  .single(),
                          Connection::close))
              .reduce(0L, Long::sum)
              .block(Duration.ofSeconds(30));
      assertThat(total).isEqualTo(15);
      assertThat(metrics.allocatedSize()).isLessThanOrEqualTo(2);
      assertThat(metrics.acquiredSize()).isZero();
    } finally {
      pool.dispose();
    }
  }
}
