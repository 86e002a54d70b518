package io.ghostwire.benchmarks.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The three embedded engines, each opened on a file with its most durable commit setting, so the
 * write benchmarks compare like with like as far as each engine allows:
 *
 * <ul>
 *   <li>{@link #ZQLITE}: our JDBC driver, durability FULL: the WAL is fsynced before a commit
 *       returns (one fsync covers every commit waiting for it).
 *   <li>{@link #SQLITE}: xerial sqlite-jdbc, {@code journal_mode=WAL}, {@code synchronous=FULL}:
 *       the WAL is fsynced at every commit.
 *   <li>{@link #H2}: H2 embedded in file mode (MVStore) with {@code WRITE_DELAY=0}, its most
 *       durable setting: each commit is written to the file before it returns, but H2 does not
 *       fsync per commit (its documentation says it does not guarantee that committed transactions
 *       survive a power failure), so H2's commits survive a process crash, not a power loss.
 * </ul>
 *
 * <p>Each gets the same page cache, {@link #CACHE_KIB} (64 MiB; the defaults are 8 MiB for ZQLite,
 * 2 MiB for SQLite and a share of the heap for H2), so reads of the 100k-row table (about 20 MB
 * with its index) are served from memory by all three.
 */
public enum Engine {
  ZQLITE("zqlite") {
    @Override
    Connection open(Path dir) throws SQLException {
      return DriverManager.getConnection(
          "jdbc:zqlite:"
              + dir.resolve("peers.zq")
              + "?durability=FULL&busyTimeoutMillis=10000&cacheSizeKiB="
              + CACHE_KIB);
    }
  },
  SQLITE("sqlite-jdbc") {
    @Override
    Connection open(Path dir) throws SQLException {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("peers.db"));
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout=10000");
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("PRAGMA cache_size=-" + CACHE_KIB);
      }
      return c;
    }
  },
  H2("h2") {
    @Override
    Connection open(Path dir) throws SQLException {
      return DriverManager.getConnection(
          "jdbc:h2:file:"
              + dir.resolve("peers")
              + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;CACHE_SIZE="
              + CACHE_KIB);
    }

    @Override
    String integerType() {
      return "BIGINT";
    }

    @Override
    String textType(int length) {
      return "VARCHAR(" + length + ")";
    }
  };

  /** The page cache every engine is given, in KiB. */
  static final int CACHE_KIB = 65536;

  private final String label;

  Engine(String label) {
    this.label = label;
  }

  /** Opens a new connection to the database in {@code dir} (created on first use). */
  abstract Connection open(Path dir) throws SQLException;

  String integerType() {
    return "INTEGER";
  }

  String textType(int length) {
    return "TEXT";
  }

  /** The name the result tables use. */
  public String label() {
    return label;
  }
}
