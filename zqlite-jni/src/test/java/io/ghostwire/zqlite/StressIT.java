package io.ghostwire.zqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * 16 threads, 100k mixed operations in 5 rounds: half the threads share one connection (the native
 * mutex serialises them), the other half each use their own, plus a file database shared by
 * separate connections; statements are prepared and closed, connections opened and closed, and
 * closed handles misused on purpose. Nothing may crash, and the process RSS must stay flat across
 * rounds after warm-up (a leak of even one statement per operation would add tens of MiB).
 */
class StressIT {
  private static final int THREADS = 16;
  private static final int ROUNDS = 5;
  private static final int OPS_PER_THREAD_PER_ROUND = 100_000 / (THREADS * ROUNDS);
  private static final long RSS_GROWTH_BYTES_MAX = 96L * 1024 * 1024;

  @Test
  void sixteenThreadsHundredThousandOperationsNoCrashNoLeak(@TempDir Path dir) throws Exception {
    ZqliteOptions fileOptions = ZqliteOptions.defaults().withDurability(Durability.OFF);
    Path file = dir.resolve("stress.db");
    try (ZqliteConnection shared = Zqlite.openMemory();
        ZqliteConnection setup = Zqlite.open(file, fileOptions)) {
      shared.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, owner INTEGER, v TEXT, b BLOB)");
      setup.execute("CREATE TABLE f(id INTEGER PRIMARY KEY, v TEXT)");
      List<Long> rss = new ArrayList<>();
      AtomicLong ops = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        for (int round = 0; round < ROUNDS; round++) {
          List<Future<?>> futures = new ArrayList<>();
          for (int t = 0; t < THREADS; t++) {
            int thread = t;
            long seed = round * 1000L + t;
            futures.add(
                pool.submit(
                    () -> {
                      work(thread, seed, shared, file, fileOptions, ops);
                      return null;
                    }));
          }
          for (Future<?> future : futures) {
            future.get(120, TimeUnit.SECONDS);
          }
          System.gc();
          Thread.sleep(100);
          rss.add(rssBytes());
        }
      } finally {
        pool.shutdownNow();
      }
      System.out.println("StressIT: " + ops.get() + " operations, RSS after each round: " + rss);
      assertThat(ops.get()).isGreaterThanOrEqualTo(100_000);
      long warm = rss.get(1);
      long last = rss.get(rss.size() - 1);
      assertThat(last - warm).as("RSS per round: %s", rss).isLessThan(RSS_GROWTH_BYTES_MAX);
    }
  }

  private static void work(
      int thread,
      long seed,
      ZqliteConnection shared,
      Path file,
      ZqliteOptions fileOptions,
      AtomicLong ops)
      throws Exception {
    Random random = new Random(seed);
    boolean useShared = thread % 2 == 0;
    try (ZqliteConnection own = useShared ? null : Zqlite.openMemory();
        ZqliteConnection fileConnection = thread % 4 == 1 ? Zqlite.open(file, fileOptions) : null) {
      ZqliteConnection db = useShared ? shared : own;
      if (!useShared) {
        db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, owner INTEGER, v TEXT, b BLOB)");
      }
      try (ZqliteStatement insert = db.prepare("INSERT INTO t(owner, v, b) VALUES (?, ?, ?)");
          ZqliteStatement select = db.prepare("SELECT v, b FROM t WHERE owner = ? LIMIT 5");
          ZqliteStatement delete = db.prepare("DELETE FROM t WHERE owner = ?")) {
        for (int i = 0; i < OPS_PER_THREAD_PER_ROUND; i++) {
          operation(random.nextInt(20), thread, random, db, fileConnection, insert, select, delete);
          ops.incrementAndGet();
        }
        delete.bindLong(1, thread).executeUpdate();
      }
    }
  }

  private static void operation(
      int kind,
      int thread,
      Random random,
      ZqliteConnection db,
      ZqliteConnection fileConnection,
      ZqliteStatement insert,
      ZqliteStatement select,
      ZqliteStatement delete)
      throws Exception {
    if (kind < 8) {
      byte[] blob = new byte[random.nextInt(64)];
      insert.bindLong(1, thread).bindString(2, "v" + random.nextInt()).bindBytes(3, blob);
      assertThat(insert.executeUpdate()).isEqualTo(1);
    } else if (kind < 14) {
      try (ZqliteCursor rows = select.bindLong(1, thread).executeQuery()) {
        while (rows.next()) {
          assertThat(rows.getString(0)).startsWith("v");
          assertThat(rows.getBytes(1)).isNotNull();
        }
      }
    } else if (kind < 15) {
      delete.bindLong(1, thread).executeUpdate();
    } else if (kind < 17) {
      try (ZqliteStatement s = db.prepare("SELECT count(*), ? FROM t")) {
        s.bindInt(1, kind);
        try (ZqliteCursor rows = s.executeQuery()) {
          assertThat(rows.next()).isTrue();
        }
      }
    } else if (kind < 18) {
      ZqliteStatement closed = db.prepare("SELECT 1");
      closed.close();
      assertThatThrownBy(closed::executeQuery).isInstanceOf(ZqliteException.class);
    } else if (kind < 19 && fileConnection != null) {
      fileConnection.executeUpdate("INSERT INTO f(v) VALUES (?)", "x");
      fileConnection.executeUpdate("DELETE FROM f WHERE id % 7 = 0");
    } else if (random.nextInt(50) == 0) {
      ZqliteConnection temporary = Zqlite.openMemory();
      ZqliteStatement orphan = temporary.prepare("SELECT 1");
      temporary.close();
      orphan.close();
      assertThatThrownBy(orphan::executeQuery).isInstanceOf(ZqliteException.class);
    }
  }

  private static long rssBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        String kb = line.substring(6).trim().split("\\s+")[0];
        return Long.parseLong(kb) * 1024;
      }
    }
    throw new IllegalStateException("no VmRSS in /proc/self/status");
  }
}
