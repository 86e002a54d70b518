package io.ghostwire.zqlite.pool;

/**
 * Where a pool reports what it times, in HikariCP's terms (its {@code IMetricsTracker}): every
 * method defaults to nothing, so a pool without metrics pays one virtual call per event. Set one
 * with {@link ZqlitePool#metricsRecorder(PoolMetricsRecorder)}; the Micrometer binder does.
 */
public interface PoolMetricsRecorder {
  /** The recorder that records nothing. */
  PoolMetricsRecorder NONE = new PoolMetricsRecorder() {};

  /** A borrow succeeded after waiting this long (including validation). */
  default void recordAcquireNanos(long nanos) {}

  /** A connection went back to the pool after being borrowed this long. */
  default void recordUsageNanos(long nanos) {}

  /** Opening a new connection took this long. */
  default void recordCreationNanos(long nanos) {}

  /** A borrow gave up after the max wait. */
  default void recordTimeout() {}
}
