package io.ghostwire.benchmarks.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads on a table of {@code rows} peers, one thread, statements prepared once (as a pool's
 * statement cache would have them): a point select by primary key, a point select by the unique
 * node key, and a 1,000-row range scan; every column of every row is read through the JDBC getter
 * of its type. Keys are drawn from a fixed seed, so every engine reads the same rows in the same
 * order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class ReadBenchmarks {
  private static final int KEYS = 1 << 14;
  private static final int SCAN_ROWS = 1000;

  @Param({"ZQLITE", "SQLITE", "H2"})
  public Engine engine;

  @Param({"100000"})
  public int rows;

  private Path dir;
  private Connection connection;
  private PreparedStatement byId;
  private PreparedStatement byKey;
  private PreparedStatement range;
  private long[] ids;
  private String[] keys;
  private long[] scanStarts;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    dir = Peers.newDirectory(engine);
    connection = engine.open(dir);
    Peers.create(connection, engine);
    Peers.fill(connection, rows);
    if (Peers.count(connection) != rows) {
      throw new IllegalStateException("table not filled");
    }
    byId = connection.prepareStatement(Peers.SELECT_BY_ID);
    byKey = connection.prepareStatement(Peers.SELECT_BY_KEY);
    range = connection.prepareStatement(Peers.SELECT_RANGE);
    SplittableRandom random = new SplittableRandom(20261126);
    ids = new long[KEYS];
    keys = new String[KEYS];
    scanStarts = new long[KEYS];
    for (int i = 0; i < KEYS; i++) {
      ids[i] = 1 + random.nextLong(rows);
      keys[i] = Peers.nodeKey(1 + random.nextLong(rows));
      scanStarts[i] = 1 + random.nextLong(rows - SCAN_ROWS + 1);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    connection.close();
    Peers.deleteDirectory(dir);
  }

  private int nextIndex() {
    next = (next + 1) & (KEYS - 1);
    return next;
  }

  @Benchmark
  public long pointSelectById() throws SQLException {
    byId.setLong(1, ids[nextIndex()]);
    return readOne(byId);
  }

  @Benchmark
  public long pointSelectByNodeKey() throws SQLException {
    byKey.setString(1, keys[nextIndex()]);
    return readOne(byKey);
  }

  @Benchmark
  public long rangeScan1000() throws SQLException {
    long start = scanStarts[nextIndex()];
    range.setLong(1, start);
    range.setLong(2, start + SCAN_ROWS);
    try (ResultSet r = range.executeQuery()) {
      return Peers.consume(r);
    }
  }

  private static long readOne(PreparedStatement p) throws SQLException {
    try (ResultSet r = p.executeQuery()) {
      long sum = Peers.consume(r);
      if (sum == 0) {
        throw new IllegalStateException("row not found");
      }
      return sum;
    }
  }
}
