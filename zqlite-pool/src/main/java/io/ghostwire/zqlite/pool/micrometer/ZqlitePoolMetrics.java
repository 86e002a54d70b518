package io.ghostwire.zqlite.pool.micrometer;

import io.ghostwire.zqlite.ZqliteException;
import io.ghostwire.zqlite.ZqliteStats;
import io.ghostwire.zqlite.pool.PoolMetricsRecorder;
import io.ghostwire.zqlite.pool.ZqlitePool;
import io.ghostwire.zqlite.pool.ZqlitePoolState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * Binds a {@link ZqlitePool} to Micrometer under HikariCP's metric names with {@code zqlite.pool}
 * for {@code hikaricp}, so dashboards built for Hikari carry over; every meter is tagged {@code
 * pool=<name>}.
 *
 * <ul>
 *   <li>Gauges {@code zqlite.pool.connections} (open), {@code .active}, {@code .idle}, {@code
 *       .pending} (threads waiting), {@code .max}, {@code .min}.
 *   <li>Timers {@code zqlite.pool.connections.acquire} (borrow, including waiting), {@code .usage}
 *       (borrow to return), {@code .creation} (opening a connection); counter {@code
 *       zqlite.pool.connections.timeout}.
 *   <li>Engine statistics of the pool's database ({@link ZqliteStats}): counters {@code
 *       zqlite.engine.page.cache.hits}, {@code .misses}, {@code zqlite.engine.checkpoints}, {@code
 *       zqlite.engine.commits}, {@code zqlite.engine.fsyncs}, {@code zqlite.engine.statements}
 *       tagged {@code kind} (select, insert, update, delete, ddl, transaction, other); gauges
 *       {@code zqlite.engine.wal.size} (bytes) and {@code zqlite.engine.wal.frames}. They are the
 *       database's, not the pool's: two pools on one file report the same figures.
 * </ul>
 *
 * <p>Like Hikari's {@code PoolStats}, the engine figures are read at most once per second and
 * shared by all of its meters, so a scrape costs one native call.
 */
public final class ZqlitePoolMetrics implements MeterBinder {
  private static final long STATS_REFRESH_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final ZqlitePool pool;
  private final Tags tags;
  private ZqliteStats stats;
  private long statsReadNanos;

  public ZqlitePoolMetrics(ZqlitePool pool) {
    this.pool = Objects.requireNonNull(pool, "pool");
    this.tags = Tags.of("pool", pool.name());
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    bindPool(registry);
    bindEngine(registry);
  }

  private void bindPool(MeterRegistry registry) {
    String p = "zqlite.pool.connections";
    gauge(registry, p, "Open connections (active and idle)", s -> s.total());
    gauge(registry, p + ".active", "Connections borrowed now", ZqlitePoolState::active);
    gauge(registry, p + ".idle", "Idle connections", ZqlitePoolState::idle);
    gauge(registry, p + ".pending", "Threads waiting for a connection", ZqlitePoolState::waiting);
    gauge(registry, p + ".max", "Most connections the pool opens", ZqlitePoolState::max);
    gauge(registry, p + ".min", "Idle connections the pool keeps", ZqlitePoolState::min);
    Timer acquire = timer(registry, p + ".acquire", "Time to borrow a connection");
    Timer usage = timer(registry, p + ".usage", "Time a connection was borrowed");
    Timer creation = timer(registry, p + ".creation", "Time to open a connection");
    Counter timeout =
        Counter.builder(p + ".timeout")
            .description("Borrows that gave up after the max wait")
            .tags(tags)
            .register(registry);
    pool.metricsRecorder(new Recorder(acquire, usage, creation, timeout));
  }

  private void gauge(
      MeterRegistry registry,
      String name,
      String description,
      ToDoubleFunction<ZqlitePoolState> f) {
    Gauge.builder(name, pool, p -> f.applyAsDouble(p.state()))
        .description(description)
        .tags(tags)
        .register(registry);
  }

  private Timer timer(MeterRegistry registry, String name, String description) {
    return Timer.builder(name).description(description).tags(tags).register(registry);
  }

  private void bindEngine(MeterRegistry registry) {
    String e = "zqlite.engine.";
    counter(
        registry,
        e + "page.cache.hits",
        "Page reads served by the page cache",
        ZqliteStats::cacheHits,
        Tags.empty());
    counter(
        registry,
        e + "page.cache.misses",
        "Page reads from the WAL or the file",
        ZqliteStats::cacheMisses,
        Tags.empty());
    counter(
        registry,
        e + "checkpoints",
        "Checkpoints into the database file",
        ZqliteStats::checkpoints,
        Tags.empty());
    counter(
        registry,
        e + "commits",
        "Committed write transactions",
        ZqliteStats::commits,
        Tags.empty());
    counter(registry, e + "fsyncs", "fsync calls", ZqliteStats::fsyncs, Tags.empty());
    statements(registry, "select", ZqliteStats::statementsSelect);
    statements(registry, "insert", ZqliteStats::statementsInsert);
    statements(registry, "update", ZqliteStats::statementsUpdate);
    statements(registry, "delete", ZqliteStats::statementsDelete);
    statements(registry, "ddl", ZqliteStats::statementsDdl);
    statements(registry, "transaction", ZqliteStats::statementsTransaction);
    statements(registry, "other", ZqliteStats::statementsOther);
    Gauge.builder(e + "wal.size", this, m -> m.stats().walSizeBytes())
        .description("Bytes in the write-ahead log")
        .baseUnit(BaseUnits.BYTES)
        .tags(tags)
        .register(registry);
    Gauge.builder(e + "wal.frames", this, m -> m.stats().walFrames())
        .description("Frames in the write-ahead log")
        .tags(tags)
        .register(registry);
  }

  private void statements(MeterRegistry registry, String kind, ToLongFunction<ZqliteStats> f) {
    counter(
        registry,
        "zqlite.engine.statements",
        "Statements executed, by kind",
        f,
        Tags.of("kind", kind));
  }

  private void counter(
      MeterRegistry registry,
      String name,
      String description,
      ToLongFunction<ZqliteStats> f,
      Tags extra) {
    FunctionCounter.builder(name, this, m -> f.applyAsLong(m.stats()))
        .description(description)
        .tags(tags.and(extra))
        .register(registry);
  }

  /** The engine figures, read at most once per second; zeros while the pool cannot answer. */
  synchronized ZqliteStats stats() {
    long now = System.nanoTime();
    if (stats == null || now - statsReadNanos > STATS_REFRESH_NANOS) {
      try {
        stats = pool.engineStats();
      } catch (ZqliteException e) {
        if (stats == null) {
          stats = new ZqliteStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
      }
      statsReadNanos = now;
    }
    return stats;
  }

  /** Feeds the pool's events into the timers and the timeout counter. */
  private record Recorder(Timer acquire, Timer usage, Timer creation, Counter timeout)
      implements PoolMetricsRecorder {
    @Override
    public void recordAcquireNanos(long nanos) {
      acquire.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void recordUsageNanos(long nanos) {
      usage.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void recordCreationNanos(long nanos) {
      creation.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void recordTimeout() {
      timeout.increment();
    }
  }
}
