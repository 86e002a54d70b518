package io.ghostwire.zqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core API end to end through the packaged jar's native library. */
class ZqliteCoreIT {

  @Test
  void insertsAndQueriesEveryType() throws Exception {
    try (ZqliteConnection db = Zqlite.openMemory()) {
      db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB)");
      try (ZqliteStatement insert = db.prepare("INSERT INTO t(i, r, s, b) VALUES (?, ?, ?, ?)")) {
        insert.bindLong(1, Long.MAX_VALUE).bindDouble(2, 2.5).bindString(3, "héllo ✓");
        insert.bindBytes(4, new byte[] {1, 2, 3});
        assertThat(insert.executeUpdate()).isEqualTo(1);
        assertThat(insert.lastInsertRowid()).isEqualTo(1);
        insert.bindNull(1).bindNull(2).bindNull(3).bindNull(4);
        assertThat(insert.executeUpdate()).isEqualTo(1);
      }
      assertThat(db.lastInsertRowid()).isEqualTo(2);
      try (ZqliteStatement query = db.prepare("SELECT id, i, r, s, b FROM t ORDER BY id");
          ZqliteCursor rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getLong(1)).isEqualTo(Long.MAX_VALUE);
        assertThat(rows.getDouble("r")).isEqualTo(2.5);
        assertThat(rows.getString("S")).isEqualTo("héllo ✓");
        assertThat(rows.getBytes(4)).containsExactly(1, 2, 3);
        assertThat(rows.getObject(0)).isEqualTo(1L);
        assertThat(rows.type(2)).isEqualTo(ZqliteCursor.FLOAT);
        assertThat(rows.getString(2)).isEqualTo("2.5");
        assertThat(rows.getString(0)).isEqualTo("1");
        assertThat(rows.next()).isTrue();
        assertThat(rows.isNull(1)).isTrue();
        assertThat(rows.getLong(1)).isZero();
        assertThat(rows.getString(3)).isNull();
        assertThat(rows.getBytes(4)).isNull();
        assertThat(rows.next()).isFalse();
        assertThat(rows.next()).isFalse();
      }
    }
  }

  @Test
  void bindsByNameBooleansUuidsAndTime() throws Exception {
    UUID uuid = UUID.randomUUID();
    Instant instant = Instant.parse("2024-03-01T10:15:30.123Z");
    LocalDateTime local = LocalDateTime.of(2024, 3, 1, 10, 15, 30);
    LocalDate date = LocalDate.of(2024, 2, 29);
    OffsetDateTime offset = OffsetDateTime.of(local, ZoneOffset.ofHours(2));
    try (ZqliteConnection db = Zqlite.openMemory()) {
      db.execute("CREATE TABLE e(flag, id, at, local, day, off)");
      try (ZqliteStatement insert =
          db.prepare("INSERT INTO e VALUES (:flag, :id, @at, $local, :day, :off)")) {
        assertThat(insert.parameterCount()).isEqualTo(6);
        assertThat(insert.parameterName(1)).isEqualTo(":flag");
        insert.bindBoolean("flag", true).bindUuid(":id", uuid).bind("at", instant);
        insert.bind("local", local).bind("day", date).bind("off", offset);
        insert.executeUpdate();
      }
      try (ZqliteStatement query =
              db.prepare("SELECT flag, id, at, local, day, off, typeof(id), length(id) FROM e");
          ZqliteCursor row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getBoolean("flag")).isTrue();
        assertThat(row.getUuid("id")).isEqualTo(uuid);
        assertThat(row.getString(6)).isEqualTo("blob");
        assertThat(row.getLong(7)).isEqualTo(16);
        assertThat(row.getInstant("at")).isEqualTo(instant);
        assertThat(row.getString("at")).isEqualTo("2024-03-01T10:15:30.123Z");
        assertThat(row.getLocalDateTime("local")).isEqualTo(local);
        assertThat(row.getString("local")).isEqualTo("2024-03-01 10:15:30");
        assertThat(row.getLocalDate("day")).isEqualTo(date);
        assertThat(row.getOffsetDateTime("off")).isEqualTo(offset);
        assertThatThrownBy(() -> row.getUuid("flag"))
            .isInstanceOf(ZqliteException.class)
            .extracting(e -> ((ZqliteException) e).errorCode())
            .isEqualTo(ErrorCode.MISMATCH);
      }
    }
  }

  @Test
  void errorsCarryCodesAndPositions() throws Exception {
    try (ZqliteConnection db = Zqlite.openMemory()) {
      db.execute(
          "CREATE TABLE p(id INTEGER PRIMARY KEY, u TEXT UNIQUE, n TEXT NOT NULL,"
              + " c INTEGER CHECK (c > 0))");
      db.execute("INSERT INTO p VALUES (1, 'a', 'x', 1)");
      assertCode(db, "INSERT INTO p VALUES (2, 'a', 'x', 1)", ErrorCode.CONSTRAINT_UNIQUE);
      assertCode(db, "INSERT INTO p VALUES (1, 'b', 'x', 1)", ErrorCode.CONSTRAINT_PRIMARYKEY);
      assertCode(db, "INSERT INTO p VALUES (3, 'c', NULL, 1)", ErrorCode.CONSTRAINT_NOTNULL);
      assertCode(db, "INSERT INTO p VALUES (4, 'd', 'x', -1)", ErrorCode.CONSTRAINT_CHECK);
      assertCode(db, "SELECT * FROM nope", ErrorCode.NO_SUCH_TABLE);
      assertCode(db, "SELECT nope FROM p", ErrorCode.NO_SUCH_COLUMN);
      ZqliteException syntax = assertCode(db, "SELECT 1,\n  2 FROM p WHERE", ErrorCode.SYNTAX);
      assertThat(syntax.sql()).isEqualTo("SELECT 1,\n  2 FROM p WHERE");
      ZqliteException near = assertCode(db, "SELECT 1 FROM p\n WHER x = 1", ErrorCode.SYNTAX);
      // As in SQLite, WHER is read as an alias of p: the error is at x.
      assertThat(near.offset()).isEqualTo(22);
      assertThat(near.line()).isEqualTo(2);
      assertThat(near.column()).isEqualTo(7);
      assertThat(near.getMessage()).startsWith("near \"x\"");
      // FRM is an alias: the error is at p, byte 16 but character 15 (é is two bytes).
      ZqliteException unicode = assertCode(db, "SELECT 'é' FRM p", ErrorCode.SYNTAX);
      assertThat(unicode.offset()).isEqualTo(15);
      assertThat(unicode.nativeCode()).isEqualTo(1);
    }
  }

  private static ZqliteException assertCode(ZqliteConnection db, String sql, ErrorCode code) {
    ZqliteException thrown = null;
    try (ZqliteStatement statement = db.prepare(sql)) {
      statement.executeQuery().next();
    } catch (ZqliteException e) {
      thrown = e;
    }
    assertThat(thrown).as(sql).isNotNull();
    assertThat(thrown.errorCode()).as(thrown.getMessage()).isEqualTo(code);
    return thrown;
  }

  @Test
  void closedHandlesThrowAndCloseTwiceIsFine() throws Exception {
    ZqliteConnection db = Zqlite.openMemory();
    ZqliteStatement statement = db.prepare("SELECT 1");
    ZqliteCursor cursor = statement.executeQuery();
    db.close();
    db.close();
    assertThat(db.isClosed()).isTrue();
    assertThat(statement.isClosed()).isTrue();
    assertThatThrownBy(statement::executeQuery)
        .isInstanceOf(ZqliteException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> db.prepare("SELECT 1")).hasMessageContaining("connection is closed");
    assertThatThrownBy(() -> db.execute("SELECT 1")).hasMessageContaining("connection is closed");
    assertThatThrownBy(db::changes).isInstanceOf(ZqliteException.class);
    // Finalisation after the connection closed: a no-op, not a crash.
    statement.close();
    statement.close();
    cursor.close();
    assertThatThrownBy(cursor::next).hasMessageContaining("closed");
  }

  @Test
  void statementClosedThenReuseThrows() throws Exception {
    try (ZqliteConnection db = Zqlite.openMemory()) {
      ZqliteStatement statement = db.prepare("SELECT 1");
      statement.close();
      assertThatThrownBy(statement::executeUpdate).hasMessageContaining("statement is closed");
      ZqliteStatement other = db.prepare("SELECT 2");
      try (ZqliteCursor rows = other.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getLong(0)).isEqualTo(2);
      }
      other.close();
    }
  }

  @Test
  void transactionsAndSavepoints(@TempDir Path dir) throws Exception {
    ZqliteOptions options = ZqliteOptions.defaults().withDurability(Durability.NORMAL);
    try (ZqliteConnection db = Zqlite.open(dir.resolve("t.db"), options)) {
      db.execute("CREATE TABLE t(x)");
      db.begin();
      assertThat(db.inTransaction()).isTrue();
      db.executeUpdate("INSERT INTO t VALUES (?)", 1);
      db.savepoint("a");
      db.executeUpdate("INSERT INTO t VALUES (?)", 2);
      db.rollbackToSavepoint("a");
      db.commit();
      assertThat(db.inTransaction()).isFalse();
      db.savepoint("outer");
      db.executeUpdate("INSERT INTO t VALUES (?)", 4);
      db.rollbackToSavepoint("outer");
      db.releaseSavepoint("outer");
      assertThat(db.inTransaction()).isFalse();
      db.begin();
      db.executeUpdate("INSERT INTO t VALUES (?)", 3);
      db.rollback();
      assertThat(count(db, "SELECT count(*) FROM t")).isEqualTo(1);
      assertThat(db.executeUpdate("UPDATE t SET x = x + 1")).isEqualTo(1);
      assertThat(db.changes()).isEqualTo(1);
      assertThat(db.executeUpdate("CREATE TABLE u(y)")).isZero();
    }
    try (ZqliteConnection db = Zqlite.open(dir.resolve("t.db"), ZqliteOptions.defaults())) {
      assertThat(count(db, "SELECT x FROM t")).isEqualTo(2);
    }
    ZqliteOptions noCreate = ZqliteOptions.defaults().withCreate(false);
    assertThatThrownBy(() -> Zqlite.open(dir.resolve("missing.db"), noCreate))
        .isInstanceOf(ZqliteException.class)
        .extracting(e -> ((ZqliteException) e).errorCode())
        .isEqualTo(ErrorCode.CANTOPEN);
  }

  static long count(ZqliteConnection db, String sql) throws ZqliteException {
    try (ZqliteStatement statement = db.prepare(sql);
        ZqliteCursor rows = statement.executeQuery()) {
      assertThat(rows.next()).isTrue();
      return rows.getLong(0);
    }
  }

  @Test
  void manyRowsCrossInSeveralBatchesAndBatchesInsertInOneCall() throws Exception {
    try (ZqliteConnection db = Zqlite.openMemory()) {
      db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, s TEXT)");
      List<Object[]> sets = new ArrayList<>();
      for (int i = 0; i < 20_000; i++) {
        sets.add(new Object[] {(long) i, "row " + i});
      }
      try (ZqliteStatement insert = db.prepare("INSERT INTO t VALUES (?, ?)")) {
        int[] counts = insert.executeBatch(sets);
        assertThat(counts).hasSize(20_000).containsOnly(1);
        sets.set(0, new Object[] {0L, "dup"});
        ZqliteBatchException failed =
            (ZqliteBatchException)
                org.assertj.core.api.Assertions.catchThrowable(
                    () -> insert.executeBatch(List.of(new Object[] {-1L, "ok"}, sets.get(0))));
        assertThat(failed.errorCode()).isEqualTo(ErrorCode.CONSTRAINT_PRIMARYKEY);
        assertThat(failed.failedIndex()).isEqualTo(1);
      }
      assertThat(count(db, "SELECT count(*) FROM t")).isEqualTo(20_000);
      try (ZqliteStatement query = db.prepare("SELECT id, s FROM t ORDER BY id");
          ZqliteCursor rows = query.executeQuery()) {
        int n = 0;
        while (rows.next()) {
          assertThat(rows.getLong(0)).isEqualTo(n);
          assertThat(rows.getString(1)).isEqualTo("row " + n);
          n++;
        }
        assertThat(n).isEqualTo(20_000);
      }
    }
  }

  @Test
  void sixteenMebibyteBlobsAndTextRoundTrip() throws Exception {
    byte[] blob = new byte[16 * 1024 * 1024];
    new Random(42).nextBytes(blob);
    char[] chars = new char[4 * 1024 * 1024];
    Arrays.fill(chars, 'ü');
    String text = new String(chars);
    try (ZqliteConnection db = Zqlite.openMemory()) {
      db.execute("CREATE TABLE big(b BLOB, t TEXT)");
      db.executeUpdate("INSERT INTO big VALUES (?, ?)", blob, text);
      try (ZqliteStatement query = db.prepare("SELECT b, t, length(b) FROM big");
          ZqliteCursor rows = query.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getLong(2)).isEqualTo(blob.length);
        assertThat(Arrays.equals(rows.getBytes(0), blob)).isTrue();
        assertThat(rows.getString(1)).isEqualTo(text);
      }
    }
  }

  @Test
  void interruptedThreadsStillWorkAndKeepTheirFlag() throws Exception {
    try (ZqliteConnection db = Zqlite.openMemory()) {
      Thread.currentThread().interrupt();
      db.execute("CREATE TABLE t(x)");
      db.executeUpdate("INSERT INTO t VALUES (1)");
      assertThat(count(db, "SELECT count(*) FROM t")).isEqualTo(1);
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void leakedStatementsAndConnectionsAreCleanedWithAWarning() throws Exception {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("io.ghostwire.zqlite");
    java.util.concurrent.atomic.AtomicInteger warnings =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.logging.Handler counter =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord record) {
            if (record.getLevel() == java.util.logging.Level.WARNING) {
              warnings.incrementAndGet();
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(counter);
    try {
      for (int i = 0; i < 200; i++) {
        ZqliteConnection db = Zqlite.openMemory();
        db.prepare("SELECT 1").executeQuery().next();
      }
      for (int attempt = 0; attempt < 50 && warnings.get() == 0; attempt++) {
        System.gc();
        Thread.sleep(100);
      }
      assertThat(warnings.get()).as("leak warnings logged by the Cleaner").isPositive();
      try (ZqliteConnection db = Zqlite.openMemory()) {
        assertThat(count(db, "SELECT 42")).isEqualTo(42);
      }
    } finally {
      logger.removeHandler(counter);
    }
  }
}
