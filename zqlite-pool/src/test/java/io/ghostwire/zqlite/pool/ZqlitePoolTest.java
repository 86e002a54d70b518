package io.ghostwire.zqlite.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghostwire.zqlite.Durability;
import io.ghostwire.zqlite.ErrorCode;
import io.ghostwire.zqlite.ZqliteConnection;
import io.ghostwire.zqlite.ZqliteCursor;
import io.ghostwire.zqlite.ZqliteException;
import io.ghostwire.zqlite.ZqliteOptions;
import io.ghostwire.zqlite.ZqliteStatement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool on the real engine: exhaustion, reset, validation, eviction, leak detection. */
class ZqlitePoolTest {
  @TempDir Path dir;

  private ZqlitePoolConfig config(String name) {
    return ZqlitePoolConfig.of(dir.resolve(name + ".db").toString())
        .withName(name)
        .withOptions(ZqliteOptions.defaults().withDurability(Durability.OFF))
        .withEvictionInterval(Duration.ZERO);
  }

  @Test
  void exhaustionThrowsTheTimeoutExceptionNamingThePoolAfterMaxWait() throws Exception {
    try (ZqlitePool pool =
            new ZqlitePool(config("tight").withMaxTotal(2).withMaxWait(Duration.ofMillis(200)));
        ZqliteLease a = pool.borrow();
        ZqliteLease b = pool.borrow()) {
      assertThat(a.connection()).isNotSameAs(b.connection());
      assertThatThrownBy(pool::borrow)
          .isInstanceOfSatisfying(
              ZqlitePoolTimeoutException.class,
              e -> {
                assertThat(e.getMessage())
                    .startsWith("zqlite pool 'tight': connection not available after ")
                    .contains("total=2, active=2, idle=0, waiting=0");
                assertThat(e.poolName()).isEqualTo("tight");
                assertThat(e.state().active()).isEqualTo(2);
                assertThat(e.waited()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
                assertThat(e.errorCode()).isEqualTo(ErrorCode.BUSY);
              });
    }
  }

  @Test
  void aWaitingBorrowerIsCountedAndServedByAReturn() throws Exception {
    try (ZqlitePool pool = new ZqlitePool(config("wait").withMaxTotal(1))) {
      ZqliteLease held = pool.borrow();
      ZqliteConnection first = held.connection();
      List<ZqliteConnection> got = new ArrayList<>();
      Thread waiter =
          new Thread(
              () -> {
                try (ZqliteLease lease = pool.borrow()) {
                  got.add(lease.connection());
                } catch (ZqliteException e) {
                  throw new AssertionError(e);
                }
              });
      waiter.start();
      while (pool.state().waiting() == 0) {
        Thread.onSpinWait();
      }
      assertThat(pool.state().waiting()).isEqualTo(1);
      held.close();
      waiter.join();
      assertThat(got).containsExactly(first);
      assertThat(pool.state().waiting()).isZero();
    }
  }

  @Test
  void aReturnedConnectionIsResetTransactionSavepointsAndStatements() throws Exception {
    try (ZqlitePool pool = new ZqlitePool(config("reset").withMaxTotal(1))) {
      ZqliteStatement leftOver;
      try (ZqliteLease lease = pool.borrow()) {
        ZqliteConnection db = lease.connection();
        db.execute("CREATE TABLE t(x)");
        db.begin();
        db.executeUpdate("INSERT INTO t VALUES (1)");
        db.savepoint("sp");
        db.executeUpdate("INSERT INTO t VALUES (2)");
        leftOver = db.prepare("INSERT INTO t VALUES (?)");
        leftOver.bindLong(1, 3);
        db.setBusyTimeout(Duration.ofMillis(1));
      }
      try (ZqliteLease lease = pool.borrow()) {
        ZqliteConnection db = lease.connection();
        assertThat(db.inTransaction()).isFalse();
        assertThat(count(db)).isZero();
        assertThatThrownBy(leftOver::executeUpdate)
            .isInstanceOfSatisfying(
                ZqliteException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MISUSE));
        assertThatThrownBy(() -> db.releaseSavepoint("sp")).isInstanceOf(ZqliteException.class);
      }
      assertThat(pool.createdCount()).isEqualTo(1);
    }
  }

  @Test
  void aLeaseIsReturnedOnceAndItsConnectionIsOffLimitsAfterwards() throws Exception {
    try (ZqlitePool pool = new ZqlitePool(config("once").withMaxTotal(2))) {
      ZqliteLease lease = pool.borrow();
      lease.close();
      lease.close();
      assertThat(lease.isReturned()).isTrue();
      assertThatThrownBy(lease::connection).isInstanceOf(IllegalStateException.class);
      assertThat(pool.returnedCount()).isEqualTo(1);
      assertThat(pool.state().active()).isZero();
    }
  }

  @Test
  void connectionsPastMaxLifetimeAreReplacedAtBorrow() throws Exception {
    try (ZqlitePool pool =
        new ZqlitePool(
            config("life").withMaxTotal(1).withMinIdle(0).withMaxLifetime(Duration.ofMillis(20)))) {
      ZqliteConnection first;
      try (ZqliteLease lease = pool.borrow()) {
        first = lease.connection();
      }
      Thread.sleep(60);
      try (ZqliteLease lease = pool.borrow()) {
        assertThat(lease.connection()).isNotSameAs(first);
      }
      assertThat(first.isClosed()).isTrue();
      assertThat(pool.destroyedCount()).isEqualTo(1);
    }
  }

  @Test
  void idleConnectionsAboveMinIdleAreClosedAfterTheIdleTimeout() throws Exception {
    ZqlitePoolConfig c =
        config("idle").withMaxTotal(4).withMinIdle(1).withIdleTimeout(Duration.ofMillis(20));
    try (ZqlitePool pool = new ZqlitePool(c)) {
      assertThat(pool.state().idle()).isEqualTo(1);
      List<ZqliteLease> leases = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        leases.add(pool.borrow());
      }
      leases.forEach(ZqliteLease::close);
      assertThat(pool.state().idle()).isEqualTo(4);
      Thread.sleep(60);
      pool.evictNow();
      assertThat(pool.state().idle()).isEqualTo(1);
      assertThat(pool.destroyedCount()).isEqualTo(3);
    }
  }

  @Test
  void leakDetectionLogsTheBorrowingStackAndReclaimsTheConnection() throws Exception {
    Logger logger = Logger.getLogger("io.ghostwire.zqlite.pool");
    List<LogRecord> records = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            synchronized (records) {
              records.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(handler);
    try (ZqlitePool pool =
        new ZqlitePool(
            config("leaky").withMaxTotal(2).withLeakDetectionThreshold(Duration.ofMillis(30)))) {
      ZqliteLease leaked = leakAConnection(pool);
      Thread.sleep(100);
      pool.evictNow();
      String logged;
      synchronized (records) {
        assertThat(records).hasSize(1);
        LogRecord record = records.get(0);
        logged = java.text.MessageFormat.format(record.getMessage(), record.getParameters());
      }
      assertThat(logged)
          .contains("zqlite pool 'leaky': connection leak")
          .contains("ZqlitePoolTest.leakAConnection")
          .contains("ZqlitePool.borrow");
      assertThat(leaked.connection().isClosed()).isTrue();
      assertThat(pool.state().active()).isZero();
      leaked.close();
      try (ZqliteLease fresh = pool.borrow()) {
        assertThat(fresh.connection().isClosed()).isFalse();
      }
    } finally {
      logger.removeHandler(handler);
    }
  }

  private static ZqliteLease leakAConnection(ZqlitePool pool) throws ZqliteException {
    return pool.borrow();
  }

  @Test
  void engineStatsComeFromTheDatabaseOfThePool() throws Exception {
    try (ZqlitePool pool = new ZqlitePool(config("stats"))) {
      long before = pool.engineStats().statementsInsert();
      try (ZqliteLease lease = pool.borrow()) {
        lease
            .connection()
            .execute("CREATE TABLE t(x); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)");
      }
      assertThat(pool.engineStats().statementsInsert() - before).isEqualTo(2);
      assertThat(pool.engineStats().walSizeBytes()).isGreaterThan(0);
    }
  }

  @Test
  void aPoolOnADatabaseThatCannotBeOpenedFailsAtConstruction() {
    ZqlitePoolConfig c = ZqlitePoolConfig.of(dir.resolve("missing/dir/x.db").toString());
    assertThatThrownBy(() -> new ZqlitePool(c))
        .isInstanceOfSatisfying(
            ZqliteException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CANTOPEN));
  }

  @Test
  void aClosedPoolRefusesBorrows() throws Exception {
    ZqlitePool pool = new ZqlitePool(config("closed"));
    pool.close();
    assertThatThrownBy(pool::borrow)
        .isInstanceOfSatisfying(
            ZqliteException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MISUSE));
  }

  @Test
  void configRejectsNonsense() {
    ZqlitePoolConfig c = ZqlitePoolConfig.of("x.db");
    assertThat(c.maxTotal())
        .isEqualTo(ZqlitePoolConfig.defaultMaxTotal())
        .isGreaterThanOrEqualTo(2);
    assertThat(c.minIdle()).isEqualTo(1);
    assertThatThrownBy(() -> c.withMaxTotal(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.withMinIdle(c.maxTotal() + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.withMaxWait(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static long count(ZqliteConnection db) throws ZqliteException {
    try (ZqliteStatement q = db.prepare("SELECT count(*) FROM t");
        ZqliteCursor rows = q.executeQuery()) {
      assertThat(rows.next()).isTrue();
      return rows.getLong(0);
    }
  }
}
