package io.ghostwire.zqlite.pool;

import io.ghostwire.zqlite.ErrorCode;
import io.ghostwire.zqlite.Zqlite;
import io.ghostwire.zqlite.ZqliteConnection;
import io.ghostwire.zqlite.ZqliteException;
import io.ghostwire.zqlite.ZqliteStats;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.commons.pool2.impl.AbandonedConfig;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;

/**
 * A pool of {@link ZqliteConnection}s on Apache Commons Pool2's {@link GenericObjectPool}. Sized by
 * default for ZQLite's one writer and many readers (see {@link ZqlitePoolConfig}).
 *
 * <ul>
 *   <li><b>Borrow</b> ({@link #borrow()}): the most recently returned idle connection (LIFO, so its
 *       pages are warm), validated cheaply; a new one when none is idle and fewer than max total
 *       are open; else the caller waits up to max wait and then gets a {@link
 *       ZqlitePoolTimeoutException} naming the pool and its counts.
 *   <li><b>Return</b> ({@link ZqliteLease#close()}): the connection is reset (open transaction
 *       rolled back, savepoints ended, statements finalized so no bindings survive, busy timeout
 *       restored) and goes back to the idle list; a connection that cannot be reset is closed.
 *   <li><b>Maintenance</b> (the evictor, every eviction interval): closes idle connections above
 *       min idle after the idle timeout and any connection past max lifetime, reopens up to min
 *       idle, and, with a leak detection threshold, closes connections borrowed for longer, logging
 *       the stack that borrowed each (logger {@code io.ghostwire.zqlite.pool}).
 * </ul>
 *
 * <p>Engine statistics ({@link #engineStats()}) are read from a separate monitor connection for a
 * file database, so a metrics scrape never waits behind a long statement of a borrower.
 */
public final class ZqlitePool implements AutoCloseable {
  private final ZqlitePoolConfig config;
  private final ConnectionFactory factory;
  private final GenericObjectPool<ZqliteConnection> pool;
  private final ZqliteConnection monitor;

  /**
   * Opens the pool and its first min idle connections; fails when the database cannot be opened.
   */
  public ZqlitePool(ZqlitePoolConfig config) throws ZqliteException {
    this.config = Objects.requireNonNull(config, "config");
    // First, so a database that cannot be opened fails before the evictor thread exists.
    boolean memory = Zqlite.MEMORY.equals(config.path());
    this.monitor = memory ? null : Zqlite.open(config.path(), config.options());
    this.factory = new ConnectionFactory(config);
    this.pool = new GenericObjectPool<>(factory, poolConfig(config), abandonedConfig(config));
    try {
      pool.preparePool();
    } catch (ZqliteException e) {
      close();
      throw e;
    } catch (Exception e) {
      close();
      throw internal("could not open the first connections", e);
    }
  }

  private static GenericObjectPoolConfig<ZqliteConnection> poolConfig(ZqlitePoolConfig config) {
    GenericObjectPoolConfig<ZqliteConnection> c = new GenericObjectPoolConfig<>();
    c.setMaxTotal(config.maxTotal());
    c.setMaxIdle(config.maxTotal());
    c.setMinIdle(config.minIdle());
    c.setMaxWait(config.maxWait());
    c.setBlockWhenExhausted(true);
    c.setLifo(true);
    c.setTestOnBorrow(true);
    c.setTestWhileIdle(true);
    // Idle connections above min idle go after the idle timeout; none go by idle time alone
    // (non-positive durations mean "never" to Commons Pool).
    c.setSoftMinEvictableIdleDuration(
        config.idleTimeout().isZero() ? Duration.ZERO : config.idleTimeout());
    c.setMinEvictableIdleDuration(Duration.ZERO);
    c.setNumTestsPerEvictionRun(config.maxTotal());
    c.setTimeBetweenEvictionRuns(
        config.evictionInterval().isZero() ? Duration.ofMillis(-1) : config.evictionInterval());
    c.setJmxEnabled(false);
    return c;
  }

  private static AbandonedConfig abandonedConfig(ZqlitePoolConfig config) {
    if (config.leakDetectionThreshold().isZero()) {
      return null;
    }
    AbandonedConfig a = new AbandonedConfig();
    a.setRemoveAbandonedOnMaintenance(true);
    a.setRemoveAbandonedOnBorrow(false);
    a.setRemoveAbandonedTimeout(config.leakDetectionThreshold());
    // Captures the borrowing stack at each borrow; ConnectionFactory logs it when reclaiming.
    a.setLogAbandoned(true);
    a.setRequireFullStackTrace(true);
    a.setLogWriter(new PrintWriter(Writer.nullWriter()));
    return a;
  }

  /** The pool's name (the {@code pool} tag of its metrics). */
  public String name() {
    return config.name();
  }

  public ZqlitePoolConfig config() {
    return config;
  }

  /**
   * Borrows a connection, waiting up to max wait for one to become free.
   *
   * @throws ZqlitePoolTimeoutException when none became free in time
   * @throws ZqliteException when a new connection could not be opened, or the pool is closed
   */
  public ZqliteLease borrow() throws ZqliteException {
    long start = System.nanoTime();
    ZqliteConnection connection;
    try {
      connection = pool.borrowObject();
    } catch (NoSuchElementException e) {
      if (isTimeout(e)) {
        factory.recorder().recordTimeout();
        throw new ZqlitePoolTimeoutException(
            config.name(), Duration.ofNanos(System.nanoTime() - start), state());
      }
      throw internal("could not provide a valid connection", e);
    } catch (IllegalStateException e) {
      throw new ZqliteException(ErrorCode.MISUSE, this + " is closed", null);
    } catch (ZqliteException e) {
      throw e;
    } catch (Exception e) {
      throw internal("borrow failed", e);
    }
    long now = System.nanoTime();
    factory.recorder().recordAcquireNanos(now - start);
    return new ZqliteLease(this, connection, now);
  }

  private boolean isTimeout(NoSuchElementException e) {
    String message = e.getMessage();
    return e.getCause() == null && message != null && message.startsWith("Timeout");
  }

  void giveBack(ZqliteConnection connection, long borrowedNanos) {
    factory.recorder().recordUsageNanos(System.nanoTime() - borrowedNanos);
    try {
      pool.returnObject(connection);
    } catch (IllegalStateException e) {
      // Reclaimed as abandoned (and closed) while borrowed, or returned after the pool closed.
      connection.close();
    }
  }

  /** The pool's counts now. */
  public ZqlitePoolState state() {
    return new ZqlitePoolState(
        pool.getNumActive(),
        pool.getNumIdle(),
        pool.getNumWaiters(),
        config.maxTotal(),
        config.minIdle());
  }

  /** Connections opened and closed so far, as Commons Pool counts them. */
  public long createdCount() {
    return pool.getCreatedCount();
  }

  public long destroyedCount() {
    return pool.getDestroyedCount();
  }

  /** Borrows and returns so far. */
  public long borrowedCount() {
    return pool.getBorrowedCount();
  }

  public long returnedCount() {
    return pool.getReturnedCount();
  }

  /**
   * Engine statistics of the pool's database (see {@link ZqliteStats}): from the monitor
   * connection, or for {@code :memory:} from any open connection of the pool (all zeros when none).
   */
  public ZqliteStats engineStats() throws ZqliteException {
    ZqliteConnection source = monitor != null ? monitor : factory.anyLive();
    if (source == null) {
      return new ZqliteStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
    return source.stats();
  }

  /** Where the pool reports acquire, usage and creation times and timeouts. */
  public void metricsRecorder(PoolMetricsRecorder recorder) {
    factory.recorder(Objects.requireNonNull(recorder, "recorder"));
  }

  /** Runs the evictor's pass now (idle timeout, max lifetime, min idle, leaks), as tests need. */
  public void evictNow() throws ZqliteException {
    try {
      pool.evict();
      pool.preparePool();
    } catch (ZqliteException e) {
      throw e;
    } catch (Exception e) {
      throw internal("eviction failed", e);
    }
  }

  public boolean isClosed() {
    return pool.isClosed();
  }

  /** Closes idle connections now and borrowed ones as they come back; borrowing then fails. */
  @Override
  public void close() {
    pool.close();
    if (monitor != null) {
      monitor.close();
    }
  }

  private ZqliteException internal(String what, Exception cause) {
    ZqliteException e =
        new ZqliteException(
            ErrorCode.INTERNAL, "zqlite pool '" + config.name() + "': " + what, null);
    e.initCause(cause);
    return e;
  }

  @Override
  public String toString() {
    return "ZqlitePool[" + config.name() + ", " + config.path() + ", " + state() + "]";
  }
}
