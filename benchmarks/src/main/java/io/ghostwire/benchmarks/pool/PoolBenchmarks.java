package io.ghostwire.benchmarks.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.ghostwire.zqlite.Zqlite;
import io.ghostwire.zqlite.ZqliteConnection;
import io.ghostwire.zqlite.ZqliteOptions;
import io.ghostwire.zqlite.pool.ZqliteDataSource;
import io.ghostwire.zqlite.pool.ZqliteLease;
import io.ghostwire.zqlite.pool.ZqlitePool;
import io.ghostwire.zqlite.pool.ZqlitePoolConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Borrow/return throughput of connection pools, each holding 4 connections to a file database: one
 * operation borrows a connection and returns it, doing nothing in between, so the figure is the
 * pool's own cost. From 1 thread, and from 8 threads (twice the connections, so borrowers wait).
 *
 * <ul>
 *   <li>{@code ZQLITE_POOL}: {@link ZqlitePool} (validation at borrow, reset at return: rollback
 *       check, statement finalization, busy timeout; four JNI calls per operation).
 *   <li>{@code ZQLITE_DATASOURCE}: the same through {@link ZqliteDataSource}, a JDBC connection
 *       wrapped per borrow.
 *   <li>{@code COMMONS_POOL2}: a bare {@link GenericObjectPool} of ZQLite connections with no
 *       validation and no reset: the floor ZqlitePool builds on.
 *   <li>{@code HIKARI_SQLITE}: HikariCP 7.1 over xerial sqlite-jdbc (WAL), JDBC connections.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PoolBenchmarks {
  static final int CONNECTIONS = 4;

  /** A pool of one kind, shared by the threads of one run. */
  @State(Scope.Benchmark)
  public static class Pools {
    @Param({"ZQLITE_POOL", "ZQLITE_DATASOURCE", "COMMONS_POOL2", "HIKARI_SQLITE"})
    public String pool;

    Path dir;
    ZqlitePool zqlitePool;
    ZqliteDataSource zqliteDataSource;
    GenericObjectPool<ZqliteConnection> commonsPool;
    HikariDataSource hikari;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      dir = Files.createTempDirectory("pool-bench");
      String file = dir.resolve("pool.db").toString();
      switch (pool) {
        case "ZQLITE_POOL" -> zqlitePool = new ZqlitePool(zqliteConfig(file));
        case "ZQLITE_DATASOURCE" ->
            zqliteDataSource = new ZqliteDataSource(new ZqlitePool(zqliteConfig(file)));
        case "COMMONS_POOL2" -> commonsPool = commonsPool(file);
        case "HIKARI_SQLITE" -> hikari = hikari(file);
        default -> throw new IllegalArgumentException(pool);
      }
    }

    private static ZqlitePoolConfig zqliteConfig(String file) {
      return ZqlitePoolConfig.of(file)
          .withName("bench")
          .withMaxTotal(CONNECTIONS)
          .withMinIdle(CONNECTIONS)
          .withMaxWait(Duration.ofSeconds(30));
    }

    private static GenericObjectPool<ZqliteConnection> commonsPool(String file) throws Exception {
      GenericObjectPoolConfig<ZqliteConnection> config = new GenericObjectPoolConfig<>();
      config.setMaxTotal(CONNECTIONS);
      config.setMaxIdle(CONNECTIONS);
      config.setMinIdle(CONNECTIONS);
      config.setJmxEnabled(false);
      GenericObjectPool<ZqliteConnection> p =
          new GenericObjectPool<>(
              new BasePooledObjectFactory<>() {
                @Override
                public ZqliteConnection create() throws Exception {
                  return Zqlite.open(file, ZqliteOptions.defaults());
                }

                @Override
                public PooledObject<ZqliteConnection> wrap(ZqliteConnection c) {
                  return new DefaultPooledObject<>(c);
                }

                @Override
                public void destroyObject(PooledObject<ZqliteConnection> p) {
                  p.getObject().close();
                }
              },
              config);
      p.preparePool();
      return p;
    }

    private static HikariDataSource hikari(String file) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl("jdbc:sqlite:" + file);
      config.addDataSourceProperty("journal_mode", "WAL");
      config.setMaximumPoolSize(CONNECTIONS);
      config.setMinimumIdle(CONNECTIONS);
      config.setPoolName("bench");
      return new HikariDataSource(config);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      if (zqlitePool != null) {
        zqlitePool.close();
      }
      if (zqliteDataSource != null) {
        zqliteDataSource.close();
      }
      if (commonsPool != null) {
        commonsPool.close();
      }
      if (hikari != null) {
        hikari.close();
      }
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(PoolBenchmarks::delete);
      }
    }

    void borrowReturn(Blackhole bh) throws Exception {
      switch (pool) {
        case "ZQLITE_POOL" -> {
          try (ZqliteLease lease = zqlitePool.borrow()) {
            bh.consume(lease.connection());
          }
        }
        case "ZQLITE_DATASOURCE" -> {
          try (Connection c = zqliteDataSource.getConnection()) {
            bh.consume(c);
          }
        }
        case "COMMONS_POOL2" -> {
          ZqliteConnection c = commonsPool.borrowObject();
          bh.consume(c);
          commonsPool.returnObject(c);
        }
        default -> {
          try (Connection c = hikari.getConnection()) {
            bh.consume(c);
          }
        }
      }
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  @Threads(1)
  public void borrowReturn1Thread(Pools pools, Blackhole bh) throws Exception {
    pools.borrowReturn(bh);
  }

  @Benchmark
  @Threads(8)
  public void borrowReturn8Threads(Pools pools, Blackhole bh) throws Exception {
    pools.borrowReturn(bh);
  }
}
