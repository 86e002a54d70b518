package io.ghostwire.zqlite.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The read path's getters against values known in Java: every getter reads the value once and takes
 * {@code wasNull} from that read, rows cross in batches of a 16 KiB buffer, and text is decoded
 * from UTF-8. Rows mix NULLs, empty and non-ASCII text, numbers, BLOBs and values larger than a
 * batch, so a getter that decoded a wrong offset, a stale NULL flag or a row split across two
 * batches would fail here.
 */
class ResultSetDecodeIT {
  private static final String[] ALPHABETS = {"abcxyz09", "äöü߀", "日本語", "😀🚀", " \t'\""};

  private record Row(long id, String text, Long number, Double real, byte[] blob) {}

  private static String text(SplittableRandom random) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return null;
    }
    if (kind == 1) {
      return "";
    }
    int length = kind == 2 ? 20_000 + random.nextInt(20_000) : random.nextInt(80);
    String alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
    StringBuilder b = new StringBuilder(length);
    while (b.length() < length) {
      b.appendCodePoint(
          alphabet.codePointAt(
              alphabet.offsetByCodePoints(
                  0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
    }
    return b.toString();
  }

  private static Row row(long id, SplittableRandom random) {
    Long number = random.nextInt(4) == 0 ? null : random.nextLong();
    Double real = random.nextInt(4) == 0 ? null : random.nextDouble() * 1e6;
    byte[] blob = null;
    if (random.nextInt(3) != 0) {
      blob = new byte[random.nextInt(4) == 0 ? 0 : random.nextInt(300)];
      random.nextBytes(blob);
    }
    return new Row(id, text(random), number, real, blob);
  }

  @Test
  void everyGetterMatchesTheStoredValueAcrossBatchBoundaries() throws SQLException {
    long seed = System.nanoTime();
    System.out.println("ResultSetDecodeIT seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<Row> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:zqlite::memory:")) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, t TEXT, n INTEGER, r REAL, b BLOB)");
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?)")) {
        for (long id = 1; id <= 3000; id++) {
          Row r = row(id, random);
          rows.add(r);
          p.setLong(1, id);
          p.setString(2, r.text());
          p.setObject(3, r.number());
          p.setObject(4, r.real());
          p.setBytes(5, r.blob());
          p.executeUpdate();
        }
      }
      try (PreparedStatement p =
          c.prepareStatement("SELECT id, t, n, r, b FROM t WHERE id >= ? AND id < ? ORDER BY id")) {
        p.setLong(1, 1);
        p.setLong(2, 100_000);
        try (ResultSet r = p.executeQuery()) {
          for (Row expected : rows) {
            assertThat(r.next()).isTrue();
            check(r, expected);
          }
          assertThat(r.next()).isFalse();
        }
      }
    }
  }

  private static void check(ResultSet r, Row expected) throws SQLException {
    String at = "row " + expected.id();
    assertThat(r.getLong(1)).as(at).isEqualTo(expected.id());
    assertThat(r.wasNull()).as(at).isFalse();
    assertThat(r.getString(2)).as(at).isEqualTo(expected.text());
    assertThat(r.wasNull()).as(at).isEqualTo(expected.text() == null);
    byte[] utf8 = expected.text() == null ? null : expected.text().getBytes(StandardCharsets.UTF_8);
    assertThat(r.getBytes(2)).as(at).isEqualTo(utf8);
    assertThat(r.wasNull()).as(at).isEqualTo(expected.text() == null);
    assertThat(r.getLong(3)).as(at).isEqualTo(expected.number() == null ? 0 : expected.number());
    assertThat(r.wasNull()).as(at).isEqualTo(expected.number() == null);
    assertThat(r.getObject(3)).as(at).isEqualTo(expected.number());
    assertThat(r.wasNull()).as(at).isEqualTo(expected.number() == null);
    assertThat(r.getDouble(4)).as(at).isEqualTo(expected.real() == null ? 0.0 : expected.real());
    assertThat(r.wasNull()).as(at).isEqualTo(expected.real() == null);
    assertThat(r.getString(4))
        .as(at)
        .isEqualTo(expected.real() == null ? null : r.getObject(4).toString());
    byte[] blob = r.getBytes(5);
    assertThat(r.wasNull()).as(at).isEqualTo(expected.blob() == null);
    assertThat(blob == null ? null : Arrays.toString(blob))
        .as(at)
        .isEqualTo(expected.blob() == null ? null : Arrays.toString(expected.blob()));
    // A non-NULL read after a NULL one clears the flag (and the other way round).
    r.getLong(1);
    assertThat(r.wasNull()).as(at).isFalse();
  }

  @Test
  void wasNullFollowsTheLastGetterOnRowsBuiltInJava() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:zqlite::memory:")) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)");
      }
      try (ResultSet r = c.getMetaData().getColumns(null, null, "t", "%")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString("COLUMN_NAME")).isEqualTo("id");
        assertThat(r.wasNull()).isFalse();
        assertThat(r.getString("REMARKS")).isNull();
        assertThat(r.wasNull()).isTrue();
        assertThat(r.getInt("ORDINAL_POSITION")).isEqualTo(1);
        assertThat(r.wasNull()).isFalse();
      }
    }
  }
}
