package io.ghostwire.zqlite.pool;

import io.ghostwire.zqlite.ZqliteOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link ZqlitePool} is sized and kept healthy. Immutable; start from {@link #of(String)} and
 * use the {@code with...} methods.
 *
 * <p><b>Default sizing: one writer, many readers.</b> ZQLite runs one write transaction at a time
 * per database (the writer lock) while autocommit reads run on snapshots that never block it nor
 * each other. Connections beyond "one for the writer plus one reader per core" add no throughput
 * (the engine runs in-process, so a reader is CPU work on the caller's thread) and only hold
 * memory; fewer leave cores idle while a writer holds its lock. So {@link #maxTotal} defaults to
 * {@code availableProcessors + 1} (at least 2) and {@link #minIdle} to 1: the writer's connection
 * stays warm, readers are opened on demand and closed again after {@link #idleTimeout}. Opening a
 * connection to a file another connection of this process already has open is cheap (the pager's
 * database, cache and WAL index are shared), which is why min idle can stay this low.
 *
 * @param name the pool's name in metrics ({@code pool} tag), logs and exceptions
 * @param path the database file, or {@code :memory:} (each connection then gets its own private
 *     database: only useful with {@code maxTotal} 1)
 * @param options how each connection is opened (durability, busy timeout, page cache)
 * @param maxTotal the most connections open at once, borrowed or idle
 * @param minIdle idle connections kept open (and reopened by the evictor)
 * @param maxWait how long {@link ZqlitePool#borrow()} waits for a connection before it throws
 *     {@link ZqlitePoolTimeoutException} (default 30 s)
 * @param idleTimeout an idle connection above {@code minIdle} is closed after this long (default 10
 *     min); zero keeps idle connections
 * @param maxLifetime a connection older than this is closed when next validated, at borrow or by
 *     the evictor (default 30 min); zero means no limit
 * @param evictionInterval how often the evictor checks idle connections, refills {@code minIdle}
 *     and looks for abandoned connections (default 30 s); zero disables it
 * @param leakDetectionThreshold a connection borrowed for longer than this is treated as abandoned:
 *     the evictor logs the stack that borrowed it and closes it, so the leak cannot exhaust the
 *     pool (default zero: off; capturing the stack costs a little at every borrow)
 */
public record ZqlitePoolConfig(
    String name,
    String path,
    ZqliteOptions options,
    int maxTotal,
    int minIdle,
    Duration maxWait,
    Duration idleTimeout,
    Duration maxLifetime,
    Duration evictionInterval,
    Duration leakDetectionThreshold) {

  public ZqlitePoolConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    if (maxTotal < 1) {
      throw new IllegalArgumentException("maxTotal must be at least 1: " + maxTotal);
    }
    if (minIdle < 0 || minIdle > maxTotal) {
      throw new IllegalArgumentException("minIdle must be within 0.." + maxTotal + ": " + minIdle);
    }
    requireNonNegative(maxWait, "maxWait");
    requireNonNegative(idleTimeout, "idleTimeout");
    requireNonNegative(maxLifetime, "maxLifetime");
    requireNonNegative(evictionInterval, "evictionInterval");
    requireNonNegative(leakDetectionThreshold, "leakDetectionThreshold");
  }

  /** The default connections for this machine: one writer plus one reader per core. */
  public static int defaultMaxTotal() {
    return Math.max(2, Runtime.getRuntime().availableProcessors() + 1);
  }

  /** A pool named {@code zqlite} on {@code path} with every default (see the class comment). */
  public static ZqlitePoolConfig of(String path) {
    return new ZqlitePoolConfig(
        "zqlite",
        path,
        ZqliteOptions.defaults(),
        defaultMaxTotal(),
        1,
        Duration.ofSeconds(30),
        Duration.ofMinutes(10),
        Duration.ofMinutes(30),
        Duration.ofSeconds(30),
        Duration.ZERO);
  }

  public ZqlitePoolConfig withName(String value) {
    return new ZqlitePoolConfig(
        value,
        path,
        options,
        maxTotal,
        minIdle,
        maxWait,
        idleTimeout,
        maxLifetime,
        evictionInterval,
        leakDetectionThreshold);
  }

  public ZqlitePoolConfig withOptions(ZqliteOptions value) {
    return new ZqlitePoolConfig(
        name,
        path,
        value,
        maxTotal,
        minIdle,
        maxWait,
        idleTimeout,
        maxLifetime,
        evictionInterval,
        leakDetectionThreshold);
  }

  /** Sets max total; min idle is lowered to it when above. */
  public ZqlitePoolConfig withMaxTotal(int value) {
    return new ZqlitePoolConfig(
        name,
        path,
        options,
        value,
        Math.min(minIdle, Math.max(value, 0)),
        maxWait,
        idleTimeout,
        maxLifetime,
        evictionInterval,
        leakDetectionThreshold);
  }

  public ZqlitePoolConfig withMinIdle(int value) {
    return new ZqlitePoolConfig(
        name,
        path,
        options,
        maxTotal,
        value,
        maxWait,
        idleTimeout,
        maxLifetime,
        evictionInterval,
        leakDetectionThreshold);
  }

  public ZqlitePoolConfig withMaxWait(Duration value) {
    return new ZqlitePoolConfig(
        name,
        path,
        options,
        maxTotal,
        minIdle,
        value,
        idleTimeout,
        maxLifetime,
        evictionInterval,
        leakDetectionThreshold);
  }

  public ZqlitePoolConfig withIdleTimeout(Duration value) {
    return new ZqlitePoolConfig(
        name,
        path,
        options,
        maxTotal,
        minIdle,
        maxWait,
        value,
        maxLifetime,
        evictionInterval,
        leakDetectionThreshold);
  }

  public ZqlitePoolConfig withMaxLifetime(Duration value) {
    return new ZqlitePoolConfig(
        name,
        path,
        options,
        maxTotal,
        minIdle,
        maxWait,
        idleTimeout,
        value,
        evictionInterval,
        leakDetectionThreshold);
  }

  public ZqlitePoolConfig withEvictionInterval(Duration value) {
    return new ZqlitePoolConfig(
        name,
        path,
        options,
        maxTotal,
        minIdle,
        maxWait,
        idleTimeout,
        maxLifetime,
        value,
        leakDetectionThreshold);
  }

  public ZqlitePoolConfig withLeakDetectionThreshold(Duration value) {
    return new ZqlitePoolConfig(
        name,
        path,
        options,
        maxTotal,
        minIdle,
        maxWait,
        idleTimeout,
        maxLifetime,
        evictionInterval,
        value);
  }

  private static void requireNonNegative(Duration value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
  }
}
