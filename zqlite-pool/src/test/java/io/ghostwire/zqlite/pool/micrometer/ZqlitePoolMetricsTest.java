package io.ghostwire.zqlite.pool.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghostwire.zqlite.Durability;
import io.ghostwire.zqlite.ZqliteOptions;
import io.ghostwire.zqlite.pool.ZqliteLease;
import io.ghostwire.zqlite.pool.ZqlitePool;
import io.ghostwire.zqlite.pool.ZqlitePoolConfig;
import io.ghostwire.zqlite.pool.ZqlitePoolTimeoutException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binder's meters move with the pool and the engine. */
class ZqlitePoolMetricsTest {
  @TempDir Path dir;

  @Test
  void gaugesTimersTimeoutsAndEngineCountersFollowThePool() throws Exception {
    ZqlitePoolConfig config =
        ZqlitePoolConfig.of(dir.resolve("m.db").toString())
            .withName("m")
            .withOptions(ZqliteOptions.defaults().withDurability(Durability.OFF))
            .withMaxTotal(2)
            .withMinIdle(0)
            .withMaxWait(Duration.ofMillis(50));
    MeterRegistry registry = new SimpleMeterRegistry();
    try (ZqlitePool pool = new ZqlitePool(config)) {
      new ZqlitePoolMetrics(pool).bindTo(registry);
      try (ZqliteLease a = pool.borrow();
          ZqliteLease b = pool.borrow()) {
        a.connection().execute("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
        assertThat(gauge(registry, "zqlite.pool.connections.active")).isEqualTo(2);
        assertThat(gauge(registry, "zqlite.pool.connections")).isEqualTo(2);
        assertThat(gauge(registry, "zqlite.pool.connections.max")).isEqualTo(2);
        assertThatThrownBy(pool::borrow).isInstanceOf(ZqlitePoolTimeoutException.class);
        b.connection().inTransaction();
      }
      assertThat(gauge(registry, "zqlite.pool.connections.active")).isZero();
      assertThat(gauge(registry, "zqlite.pool.connections.idle")).isEqualTo(2);
      assertThat(registry.get("zqlite.pool.connections.timeout").tag("pool", "m").counter().count())
          .isEqualTo(1);
      assertThat(registry.get("zqlite.pool.connections.acquire").timer().count()).isEqualTo(2);
      assertThat(registry.get("zqlite.pool.connections.usage").timer().count()).isEqualTo(2);
      assertThat(registry.get("zqlite.pool.connections.creation").timer().count()).isEqualTo(2);
      assertThat(
              registry
                  .get("zqlite.engine.statements")
                  .tags("pool", "m", "kind", "insert")
                  .functionCounter()
                  .count())
          .isEqualTo(1);
      assertThat(registry.get("zqlite.engine.commits").functionCounter().count()).isPositive();
      assertThat(registry.get("zqlite.engine.wal.size").gauge().value()).isPositive();
    }
  }

  private static double gauge(MeterRegistry registry, String name) {
    return registry.get(name).tag("pool", "m").gauge().value();
  }
}
