package io.ghostwire.benchmarks.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Inserts {@code rows} peers into an empty table with {@code addBatch}/{@code executeBatch} in one
 * transaction, committed durably (see {@link Engine}). Each measured invocation starts from a new
 * empty table; binding the values is part of the work, computing them is not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class BatchInsertBenchmark {
  @Param({"ZQLITE", "SQLITE", "H2"})
  public Engine engine;

  @Param({"100000"})
  public int rows;

  private Path dir;
  private Connection connection;
  private String[] keys;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    dir = Peers.newDirectory(engine);
    connection = engine.open(dir);
    keys = new String[rows + 1];
    for (int id = 1; id <= rows; id++) {
      keys[id] = Peers.nodeKey(id);
    }
  }

  @Setup(Level.Iteration)
  public void emptyTable() throws SQLException {
    connection.setAutoCommit(true);
    Peers.create(connection, engine);
  }

  @TearDown(Level.Iteration)
  public void check() throws SQLException {
    if (Peers.count(connection) != rows) {
      throw new IllegalStateException("batch lost rows");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    connection.close();
    Peers.deleteDirectory(dir);
  }

  @Benchmark
  public int batchInsert() throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement p = connection.prepareStatement(Peers.INSERT)) {
      for (int id = 1; id <= rows; id++) {
        p.setLong(1, id);
        Peers.bindValues(p, 2, id, keys[id]);
        p.addBatch();
      }
      int changed = p.executeBatch().length;
      connection.commit();
      return changed;
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
