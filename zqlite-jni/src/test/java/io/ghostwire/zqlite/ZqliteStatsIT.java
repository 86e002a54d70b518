package io.ghostwire.zqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghostwire.zqlite.jdbc.ZqliteJdbcConnection;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engine statistics, statement finalization and pooled JDBC connections: what zqlite-pool uses. */
class ZqliteStatsIT {

  @Test
  void statsCountStatementsByKindForEveryConnectionOfTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("stats.db");
    try (ZqliteConnection a = Zqlite.open(file, ZqliteOptions.defaults());
        ZqliteConnection b = Zqlite.open(file, ZqliteOptions.defaults())) {
      ZqliteStats before = a.stats();
      a.execute("CREATE TABLE t(x INTEGER)");
      b.executeUpdate("INSERT INTO t VALUES (?)", 1);
      b.executeUpdate("INSERT INTO t VALUES (?)", 2);
      a.executeUpdate("UPDATE t SET x = x + 1");
      try (ZqliteStatement q = b.prepare("SELECT count(*) FROM t");
          ZqliteCursor rows = q.executeQuery()) {
        assertThat(rows.next()).isTrue();
      }
      b.begin();
      b.executeUpdate("DELETE FROM t WHERE x = 2");
      b.commit();
      ZqliteStats after = b.stats();
      assertThat(after).isEqualTo(a.stats());
      assertThat(after.statementsDdl() - before.statementsDdl()).isEqualTo(1);
      assertThat(after.statementsInsert() - before.statementsInsert()).isEqualTo(2);
      assertThat(after.statementsUpdate() - before.statementsUpdate()).isEqualTo(1);
      assertThat(after.statementsSelect() - before.statementsSelect()).isEqualTo(1);
      assertThat(after.statementsDelete() - before.statementsDelete()).isEqualTo(1);
      assertThat(after.statementsTransaction() - before.statementsTransaction()).isEqualTo(2);
      assertThat(after.statements() - before.statements()).isEqualTo(8);
      assertThat(after.commits() - before.commits()).isGreaterThanOrEqualTo(5);
      // FULL durability fsyncs the WAL for every commit (group commit may merge, never skip).
      assertThat(after.fsyncs()).isGreaterThan(before.fsyncs());
      assertThat(after.walSizeBytes()).isGreaterThan(0);
      assertThat(after.walFrames()).isGreaterThan(0);
      assertThat(after.cacheHits() + after.cacheMisses()).isGreaterThan(0);
    }
  }

  @Test
  void finalizeStatementsLeavesTheConnectionUsableAndItsStatementsStale() throws Exception {
    try (ZqliteConnection db = Zqlite.openMemory()) {
      db.execute("CREATE TABLE t(x)");
      ZqliteStatement insert = db.prepare("INSERT INTO t VALUES (?)");
      insert.bindLong(1, 7);
      ZqliteStatement query = db.prepare("SELECT x FROM t");
      assertThat(db.finalizeStatements()).isEqualTo(2);
      assertThatThrownBy(insert::executeUpdate)
          .isInstanceOfSatisfying(
              ZqliteException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MISUSE));
      insert.close();
      query.close();
      assertThat(db.finalizeStatements()).isZero();
      assertThat(db.executeUpdate("INSERT INTO t VALUES (?)", 8)).isEqualTo(1);
    }
    ZqliteConnection closed = Zqlite.openMemory();
    closed.close();
    assertThatThrownBy(closed::finalizeStatements).isInstanceOf(ZqliteException.class);
    assertThatThrownBy(closed::stats).isInstanceOf(ZqliteException.class);
  }

  @Test
  void cacheSizeIsAnOpenOptionCheckedForRange(@TempDir Path dir) throws Exception {
    ZqliteOptions small = ZqliteOptions.defaults().withCacheSizeBytes(256 * 1024);
    try (ZqliteConnection db = Zqlite.open(dir.resolve("c.db"), small)) {
      db.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
      assertThat(db.stats().commits()).isGreaterThan(0);
    }
    assertThatThrownBy(() -> ZqliteOptions.defaults().withCacheSizeBytes(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ZqliteOptions.defaults().cacheSizeBytes()).isZero();
  }

  @Test
  void pooledJdbcConnectionHandsTheCoreConnectionBackInsteadOfClosingIt() throws Exception {
    try (ZqliteConnection db = Zqlite.openMemory()) {
      db.execute("CREATE TABLE t(x)");
      AtomicInteger released = new AtomicInteger();
      Connection jdbc =
          ZqliteJdbcConnection.pooled("jdbc:zqlite::memory:", db, released::incrementAndGet);
      jdbc.setAutoCommit(false);
      try (Statement s = jdbc.createStatement()) {
        s.executeUpdate("INSERT INTO t VALUES (1)");
      }
      assertThat(db.inTransaction()).isTrue();
      jdbc.close();
      jdbc.close();
      assertThat(released).hasValue(1);
      assertThat(jdbc.isClosed()).isTrue();
      assertThat(db.isClosed()).isFalse();
      assertThat(db.inTransaction()).isFalse();
      try (ZqliteStatement q = db.prepare("SELECT count(*) FROM t");
          ZqliteCursor rows = q.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getLong(0)).isZero();
      }
    }
  }
}
