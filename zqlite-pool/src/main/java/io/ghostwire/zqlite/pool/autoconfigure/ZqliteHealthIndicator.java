package io.ghostwire.zqlite.pool.autoconfigure;

import io.ghostwire.zqlite.ZqliteCursor;
import io.ghostwire.zqlite.ZqliteStatement;
import io.ghostwire.zqlite.ZqliteStats;
import io.ghostwire.zqlite.pool.ZqliteLease;
import io.ghostwire.zqlite.pool.ZqlitePool;
import io.ghostwire.zqlite.pool.ZqlitePoolState;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code /actuator/health} for ZQLite: UP when a connection can be borrowed and runs {@code SELECT
 * 1}; details name the database, the write-ahead log (bytes, frames) and the pool (active, idle,
 * waiting, max). A borrow that times out makes it DOWN with the pool's timeout message.
 */
public final class ZqliteHealthIndicator extends AbstractHealthIndicator {
  private final ZqlitePool pool;

  public ZqliteHealthIndicator(ZqlitePool pool) {
    super("ZQLite health check failed");
    this.pool = pool;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    builder.withDetail("database", pool.config().path());
    ZqlitePoolState state = pool.state();
    builder.withDetail(
        "pool",
        java.util.Map.of(
            "name", pool.name(),
            "active", state.active(),
            "idle", state.idle(),
            "waiting", state.waiting(),
            "max", state.max()));
    ZqliteStats stats = pool.engineStats();
    builder.withDetail("walSizeBytes", stats.walSizeBytes());
    builder.withDetail("walFrames", stats.walFrames());
    try (ZqliteLease lease = pool.borrow();
        ZqliteStatement ping = lease.connection().prepare("SELECT 1");
        ZqliteCursor rows = ping.executeQuery()) {
      if (rows.next() && rows.getLong(0) == 1) {
        builder.up();
      } else {
        builder.down().withDetail("error", "SELECT 1 returned no 1");
      }
    }
  }
}
