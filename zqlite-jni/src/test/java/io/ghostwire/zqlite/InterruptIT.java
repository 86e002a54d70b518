package io.ghostwire.zqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * {@link ZqliteConnection#interrupt()} from another thread. The query would visit 10^12 rows (it
 * never ends by itself), so only an interrupt can finish it; the interrupting thread repeats its
 * call until the query has returned, because an interrupt that lands before the statement starts is
 * lost by design.
 */
class InterruptIT {
  /** Visits 1000^4 rows: far beyond any test's patience, within the engine's row bound. */
  static final String ENDLESS = "SELECT count(*) FROM u a, u b, u c, u d";

  private static final int INTERRUPT_ATTEMPTS_MAX = 60_000;

  /** Creates {@code u} with 1,000 rows. */
  static void createThousandRows(ZqliteConnection db) throws ZqliteException {
    db.execute(
        "CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9);"
            + " CREATE TABLE u(x INTEGER); INSERT INTO u SELECT a.x FROM t a, t b, t c");
  }

  /** Interrupts {@code db} every 10 ms until {@code outcome} completes; returns its value. */
  static <T> T interruptUntilDone(ZqliteConnection db, CompletableFuture<T> outcome)
      throws Exception {
    for (int attempt = 0; attempt < INTERRUPT_ATTEMPTS_MAX; attempt++) {
      db.interrupt();
      try {
        return outcome.get(10, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillRunning) {
        // not interrupted yet: the statement had not started, try again
      }
    }
    throw new AssertionError("the query was never interrupted");
  }

  @Test
  void aLongQueryIsInterruptedFromAnotherThreadAndTheConnectionStaysUsable() throws Exception {
    try (ZqliteConnection db = Zqlite.openMemory()) {
      createThousandRows(db);
      try (ZqliteStatement endless = db.prepare(ENDLESS)) {
        CompletableFuture<ZqliteException> outcome =
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    endless.executeQuery().next();
                    return null;
                  } catch (ZqliteException e) {
                    return e;
                  }
                });
        ZqliteException e = interruptUntilDone(db, outcome);
        assertThat(e).isNotNull();
        assertThat(e.errorCode()).isEqualTo(ErrorCode.INTERRUPT);
        assertThat(e.getMessage()).contains("interrupted");
      }
      try (ZqliteStatement count = db.prepare("SELECT count(*) FROM u");
          ZqliteCursor rows = count.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getLong(0)).isEqualTo(1000);
      }
      // An interrupt while nothing runs is lost: the next statement is not affected.
      db.interrupt();
      assertThat(db.executeUpdate("INSERT INTO t VALUES (10)")).isEqualTo(1);
    }
  }

  @Test
  void interruptingAClosedConnectionIsANoOp() throws Exception {
    ZqliteConnection db = Zqlite.openMemory();
    db.close();
    db.interrupt();
    assertThat(db.isClosed()).isTrue();
  }
}
