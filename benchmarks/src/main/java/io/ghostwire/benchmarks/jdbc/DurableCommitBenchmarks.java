package io.ghostwire.benchmarks.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * Durable single-row commits: each operation is one autocommit INSERT of a new peer, which returns
 * only once the engine's commit setting is satisfied (see {@link Engine} for what that means on
 * each). From one thread, and from eight threads with a connection each, where an engine with group
 * commit lets one fsync cover several commits.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
public class DurableCommitBenchmarks {
  private static final int BUSY = 5;
  private static final int BUSY_RETRIES_MAX = 1000;

  /** The database, shared by the threads of one run. */
  @State(Scope.Benchmark)
  public static class Database {
    @Param({"ZQLITE", "SQLITE", "H2"})
    public Engine engine;

    Path dir;
    final AtomicLong nextId = new AtomicLong();

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
      dir = Peers.newDirectory(engine);
      try (Connection c = engine.open(dir)) {
        Peers.create(c, engine);
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      Peers.deleteDirectory(dir);
    }
  }

  /** One connection per thread, with its insert prepared. */
  @State(Scope.Thread)
  public static class Session {
    Connection connection;
    PreparedStatement insert;

    @Setup(Level.Trial)
    public void setUp(Database db) throws SQLException {
      connection = db.engine.open(db.dir);
      insert = connection.prepareStatement(Peers.INSERT);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      insert.close();
      connection.close();
    }
  }

  @Benchmark
  @Threads(1)
  public int commit1Thread(Database db, Session session) throws SQLException {
    return insertOne(db, session);
  }

  @Benchmark
  @Threads(8)
  public int commit8Threads(Database db, Session session) throws SQLException {
    return insertOne(db, session);
  }

  private static int insertOne(Database db, Session session) throws SQLException {
    long id = db.nextId.incrementAndGet();
    session.insert.setLong(1, id);
    Peers.bindValues(session.insert, 2, id, Peers.nodeKey(id));
    for (int attempt = 1; ; attempt++) {
      try {
        return session.insert.executeUpdate();
      } catch (SQLException e) {
        // SQLite's busy handler sleeps between polls, so under 8 writers one of them can miss
        // the lock for longer than any busy timeout; an application would retry, so do we.
        if (e.getErrorCode() != BUSY || attempt == BUSY_RETRIES_MAX) {
          throw e;
        }
      }
    }
  }
}
