package io.ghostwire.benchmarks.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The benchmark table, shaped like Ghostwire's peers: a rowid primary key, a unique 64-hex-digit
 * node key, and four more columns (two texts, two integers). Row {@code id} is the same on every
 * engine: its values derive from the id alone.
 */
final class Peers {
  static final String SELECT_BY_ID =
      "SELECT id, node_key, hostname, ipv4, last_seen_ms, expiry_ms FROM peers WHERE id = ?";
  static final String SELECT_BY_KEY =
      "SELECT id, node_key, hostname, ipv4, last_seen_ms, expiry_ms FROM peers WHERE node_key = ?";
  static final String SELECT_RANGE =
      "SELECT id, node_key, hostname, ipv4, last_seen_ms, expiry_ms FROM peers"
          + " WHERE id >= ? AND id < ? ORDER BY id";
  static final String INSERT =
      "INSERT INTO peers (id, node_key, hostname, ipv4, last_seen_ms, expiry_ms)"
          + " VALUES (?, ?, ?, ?, ?, ?)";
  private static final long EPOCH_MS = 1_790_000_000_000L;

  private Peers() {}

  static void create(Connection c, Engine engine) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS peers");
      s.execute(
          "CREATE TABLE peers (id "
              + engine.integerType()
              + " PRIMARY KEY, node_key "
              + engine.textType(64)
              + " NOT NULL UNIQUE, hostname "
              + engine.textType(64)
              + " NOT NULL, ipv4 "
              + engine.textType(15)
              + " NOT NULL, last_seen_ms "
              + engine.integerType()
              + " NOT NULL, expiry_ms "
              + engine.integerType()
              + ")");
    }
  }

  /** The node key of row {@code id}: 32 pseudo-random bytes as 64 lower-case hex digits. */
  static String nodeKey(long id) {
    SplittableRandom random = new SplittableRandom(id * 0x9E3779B97F4A7C15L);
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i += 8) {
      long bits = random.nextLong();
      for (int b = 0; b < 8; b++) {
        key[i + b] = (byte) (bits >>> (8 * b));
      }
    }
    return HexFormat.of().formatHex(key);
  }

  /** Binds row {@code id}'s values from parameter {@code first} on (the id itself excluded). */
  static void bindValues(PreparedStatement p, int first, long id, String nodeKey)
      throws SQLException {
    p.setString(first, nodeKey);
    p.setString(first + 1, "node-" + id + ".tailnet.example");
    p.setString(first + 2, "100." + (id >> 16 & 63) + "." + (id >> 8 & 255) + "." + (id & 255));
    p.setLong(first + 3, EPOCH_MS + id * 1000);
    p.setLong(first + 4, EPOCH_MS + 86_400_000L + id);
  }

  /** Inserts rows 1..count in batches of 10,000, one transaction each. */
  static void fill(Connection c, long count) throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement p = c.prepareStatement(INSERT)) {
      for (long id = 1; id <= count; id++) {
        p.setLong(1, id);
        bindValues(p, 2, id, nodeKey(id));
        p.addBatch();
        if (id % 10_000 == 0 || id == count) {
          p.executeBatch();
          c.commit();
        }
      }
    } finally {
      c.setAutoCommit(true);
    }
  }

  static long count(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM peers")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Reads every column of every row of {@code r}; returns a value that depends on all of them. */
  static long consume(ResultSet r) throws SQLException {
    long sum = 0;
    while (r.next()) {
      sum += r.getLong(1);
      sum += r.getString(2).length();
      sum += r.getString(3).length();
      sum += r.getString(4).length();
      sum += r.getLong(5);
      sum += r.getLong(6);
    }
    return sum;
  }

  static Path newDirectory(Engine engine) {
    try {
      return Files.createTempDirectory("ghostwire-bench-" + engine.label() + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteDirectory(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
