package io.ghostwire.zqlite.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghostwire.zqlite.Durability;
import io.ghostwire.zqlite.ZqliteConnection;
import io.ghostwire.zqlite.ZqliteOptions;
import io.ghostwire.zqlite.ZqliteStatement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 32 threads borrow and return from one pool on the default size (cores + 1) until a total count is
 * reached. Each borrow does a little real work: most only check the connection, some run a query
 * and leave the statement unclosed (reset must finalize it), some begin a transaction, insert and
 * never commit (reset must roll it back). At the end nothing may be stuck (the run is bounded by a
 * generous deadline that fails the test, not a timing assertion) and every count must balance: the
 * pool's borrows and returns equal the threads' count, nothing is active, open connections equal
 * created minus destroyed, and the table holds no row of the abandoned transactions.
 *
 * <p>CI runs the full 1M borrows: about 4 s on 2 shared cores at load average 11, so the test stays
 * far under a minute. {@code -Dzqlite.pool.stress.borrows=N} changes the count and {@code
 * -Dzqlite.pool.stress.seed=S} replays a run's choices.
 */
class ZqlitePoolStressTest {
  private static final int THREADS = 32;

  @Test
  void thirtyTwoThreadsBorrowWithoutDeadlockAndEveryCountBalances(@TempDir Path dir)
      throws Exception {
    long total = Long.getLong("zqlite.pool.stress.borrows", 1_000_000);
    long seed = Long.getLong("zqlite.pool.stress.seed", System.nanoTime());
    System.out.println("pool stress: " + THREADS + " threads, " + total + " borrows, seed " + seed);
    ZqlitePoolConfig config =
        ZqlitePoolConfig.of(dir.resolve("stress.db").toString())
            .withName("stress")
            .withOptions(ZqliteOptions.defaults().withDurability(Durability.OFF))
            .withMaxWait(Duration.ofSeconds(30));
    AtomicLong remaining = new AtomicLong(total);
    AtomicLong done = new AtomicLong();
    long started = System.nanoTime();
    try (ZqlitePool pool = new ZqlitePool(config)) {
      try (ZqliteLease lease = pool.borrow()) {
        lease.connection().execute("CREATE TABLE t(x INTEGER)");
      }
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Random random = new Random(seed + t);
        futures.add(threads.submit(() -> work(pool, random, remaining, done)));
      }
      threads.shutdown();
      boolean finished = threads.awaitTermination(10, TimeUnit.MINUTES);
      assertThat(finished).as("all threads finished (no deadlock)").isTrue();
      for (Future<?> f : futures) {
        f.get();
      }
      long seconds = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      System.out.println(
          "pool stress: "
              + done.get()
              + " borrows in "
              + seconds
              + " ms, "
              + pool.state()
              + ", created "
              + pool.createdCount()
              + ", destroyed "
              + pool.destroyedCount());
      assertThat(done.get()).isEqualTo(total);
      // +1: the borrow that created the table.
      assertThat(pool.borrowedCount()).isEqualTo(total + 1);
      assertThat(pool.returnedCount()).isEqualTo(total + 1);
      ZqlitePoolState state = pool.state();
      assertThat(state.active()).isZero();
      assertThat(state.waiting()).isZero();
      assertThat(state.idle()).isEqualTo(pool.createdCount() - pool.destroyedCount());
      assertThat(state.total()).isLessThanOrEqualTo(config.maxTotal());
      try (ZqliteLease lease = pool.borrow()) {
        assertThat(ZqlitePoolTest.count(lease.connection())).isZero();
      }
    }
  }

  private static Void work(ZqlitePool pool, Random random, AtomicLong remaining, AtomicLong done)
      throws Exception {
    while (remaining.getAndDecrement() > 0) {
      try (ZqliteLease lease = pool.borrow()) {
        ZqliteConnection db = lease.connection();
        int dice = random.nextInt(1024);
        if (dice == 0) {
          db.begin();
          db.executeUpdate("INSERT INTO t VALUES (?)", random.nextInt());
        } else if (dice < 16) {
          ZqliteStatement q = db.prepare("SELECT count(*) FROM t WHERE x > ?");
          q.bindLong(1, random.nextInt());
          q.executeQuery().next();
        } else {
          db.inTransaction();
        }
      }
      done.incrementAndGet();
    }
    return null;
  }
}
