package io.ghostwire.zqlite.pool;

import io.ghostwire.zqlite.Zqlite;
import io.ghostwire.zqlite.ZqliteConnection;
import io.ghostwire.zqlite.ZqliteException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.pool2.DestroyMode;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.PooledObjectFactory;
import org.apache.commons.pool2.impl.DefaultPooledObject;

/**
 * Opens, validates, resets and closes the pool's connections (Commons Pool's lifecycle hooks).
 *
 * <p>Reset at return ({@link #passivateObject}): an open transaction is rolled back (which also
 * ends its savepoints), every statement prepared on the connection is finalized (their bindings and
 * cursors go with them, as JDBC pools close a connection's statements), and the busy timeout is set
 * back to the configured one. If any of that fails the pool closes the connection.
 *
 * <p>Validation ({@link #validateObject}, at borrow and by the evictor) is cheap: an age check for
 * max lifetime and one native call that proves the handle live and outside a transaction, skipped
 * when the connection was reset less than {@link #ALIVE_BYPASS} ago (HikariCP's 500 ms rule).
 */
final class ConnectionFactory implements PooledObjectFactory<ZqliteConnection> {
  private static final System.Logger LOG = System.getLogger("io.ghostwire.zqlite.pool");

  /** A connection returned (and reset) this recently is trusted at borrow without a native call. */
  static final Duration ALIVE_BYPASS = Duration.ofMillis(500);

  private final ZqlitePoolConfig config;
  private final Set<ZqliteConnection> live = ConcurrentHashMap.newKeySet();
  private volatile PoolMetricsRecorder recorder = PoolMetricsRecorder.NONE;

  ConnectionFactory(ZqlitePoolConfig config) {
    this.config = config;
  }

  void recorder(PoolMetricsRecorder value) {
    recorder = value;
  }

  PoolMetricsRecorder recorder() {
    return recorder;
  }

  /** Any open connection of the pool, or null: for reading engine statistics. */
  ZqliteConnection anyLive() {
    for (ZqliteConnection c : live) {
      return c;
    }
    return null;
  }

  @Override
  public PooledObject<ZqliteConnection> makeObject() throws ZqliteException {
    long start = System.nanoTime();
    ZqliteConnection connection = Zqlite.open(config.path(), config.options());
    recorder.recordCreationNanos(System.nanoTime() - start);
    live.add(connection);
    return new DefaultPooledObject<>(connection);
  }

  @Override
  public void destroyObject(PooledObject<ZqliteConnection> p) {
    destroyObject(p, DestroyMode.NORMAL);
  }

  @Override
  public void destroyObject(PooledObject<ZqliteConnection> p, DestroyMode mode) {
    if (mode == DestroyMode.ABANDONED) {
      reportLeak(p);
    }
    live.remove(p.getObject());
    p.getObject().close();
  }

  /** One warning carrying the stack that borrowed the connection (captured at borrow). */
  private void reportLeak(PooledObject<ZqliteConnection> p) {
    StringWriter stack = new StringWriter();
    try (PrintWriter out = new PrintWriter(stack)) {
      p.printStackTrace(out);
    }
    Duration held = Duration.between(p.getLastBorrowInstant(), Instant.now());
    LOG.log(
        System.Logger.Level.WARNING,
        "zqlite pool ''{0}'': connection leak: borrowed {1} ms ago and never returned (threshold"
            + " {2} ms); closing it. Borrowed at:\n{3}",
        config.name(),
        held.toMillis(),
        config.leakDetectionThreshold().toMillis(),
        stack);
  }

  @Override
  public boolean validateObject(PooledObject<ZqliteConnection> p) {
    ZqliteConnection connection = p.getObject();
    Instant now = Instant.now();
    if (!config.maxLifetime().isZero()
        && Duration.between(p.getCreateInstant(), now).compareTo(config.maxLifetime()) > 0) {
      return false;
    }
    // Reset (or opened) moments ago: skip the native check, as HikariCP skips its alive check.
    if (Duration.between(p.getLastReturnInstant(), now).compareTo(ALIVE_BYPASS) < 0) {
      return !connection.isClosed();
    }
    try {
      return !connection.isClosed() && !connection.inTransaction();
    } catch (ZqliteException e) {
      return false;
    }
  }

  @Override
  public void activateObject(PooledObject<ZqliteConnection> p) {}

  @Override
  public void passivateObject(PooledObject<ZqliteConnection> p) throws ZqliteException {
    ZqliteConnection connection = p.getObject();
    if (connection.inTransaction()) {
      connection.rollback();
    }
    connection.finalizeStatements();
    connection.setBusyTimeout(config.options().busyTimeout());
  }
}
