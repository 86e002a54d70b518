package io.ghostwire.zqlite.pool.autoconfigure;

import io.ghostwire.zqlite.Durability;
import io.ghostwire.zqlite.ZqliteOptions;
import io.ghostwire.zqlite.pool.ZqlitePoolConfig;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code zqlite.*}: the database and its pool. Set {@code zqlite.path} (or {@code zqlite.url});
 * everything else has a default. Pool defaults follow {@link ZqlitePoolConfig}: one writer plus one
 * reader per core.
 */
@ConfigurationProperties("zqlite")
public class ZqliteProperties {
  static final String JDBC_PREFIX = "jdbc:zqlite:";
  static final String R2DBC_PREFIX = "r2dbc:zqlite:";

  /** The database file (created when missing). ":memory:" gives each connection a private one. */
  private String path;

  /**
   * The database as a URL, "jdbc:zqlite:<path>" or "r2dbc:zqlite:<path>", instead of path. Options
   * are set with the zqlite.* properties, not in the URL.
   */
  private String url;

  /** When commits reach the disk: FULL (fsync at commit), NORMAL (at checkpoints) or OFF. */
  private Durability durability = Durability.FULL;

  /** How long a statement waits for another connection's write lock before failing with BUSY. */
  private Duration busyTimeout = Duration.ofSeconds(5);

  /** The page cache of the database (shared by its connections); unset keeps the engine's 8MB. */
  private DataSize cacheSize;

  private final Pool pool = new Pool();

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public Durability getDurability() {
    return durability;
  }

  public void setDurability(Durability durability) {
    this.durability = durability;
  }

  public Duration getBusyTimeout() {
    return busyTimeout;
  }

  public void setBusyTimeout(Duration busyTimeout) {
    this.busyTimeout = busyTimeout;
  }

  public DataSize getCacheSize() {
    return cacheSize;
  }

  public void setCacheSize(DataSize cacheSize) {
    this.cacheSize = cacheSize;
  }

  public Pool getPool() {
    return pool;
  }

  /** The database path: {@code path}, else {@code url} without its scheme. */
  String resolvedPath() {
    if (path != null && !path.isBlank()) {
      return path;
    }
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("set zqlite.path or zqlite.url");
    }
    String rest;
    if (url.startsWith(JDBC_PREFIX)) {
      rest = url.substring(JDBC_PREFIX.length());
    } else if (url.startsWith(R2DBC_PREFIX)) {
      rest = url.substring(R2DBC_PREFIX.length());
    } else {
      throw new IllegalStateException(
          "zqlite.url must start with " + JDBC_PREFIX + " or " + R2DBC_PREFIX + ": " + url);
    }
    if (rest.isEmpty() || rest.contains("?")) {
      throw new IllegalStateException(
          "zqlite.url needs a path and no '?options' (use zqlite.* properties): " + url);
    }
    return rest;
  }

  /** The pool configuration these properties describe. */
  ZqlitePoolConfig toPoolConfig() {
    ZqliteOptions options =
        ZqliteOptions.defaults().withDurability(durability).withBusyTimeout(busyTimeout);
    if (cacheSize != null) {
      options = options.withCacheSizeBytes(cacheSize.toBytes());
    }
    ZqlitePoolConfig config = ZqlitePoolConfig.of(resolvedPath()).withOptions(options);
    config = config.withName(pool.name);
    if (pool.maxSize != null) {
      config = config.withMaxTotal(pool.maxSize);
    }
    return config
        .withMinIdle(pool.minIdle)
        .withMaxWait(pool.maxWait)
        .withIdleTimeout(pool.idleTimeout)
        .withMaxLifetime(pool.maxLifetime)
        .withEvictionInterval(pool.evictionInterval)
        .withLeakDetectionThreshold(pool.leakDetectionThreshold);
  }

  /** {@code zqlite.pool.*}. */
  public static class Pool {
    /** The pool's name: the "pool" tag of its metrics, and in logs and exceptions. */
    private String name = "zqlite";

    /** The most connections open at once; unset means one writer plus one reader per core. */
    private Integer maxSize;

    /** Idle connections kept open. */
    private int minIdle = 1;

    /** How long a borrow waits for a free connection before it fails. */
    private Duration maxWait = Duration.ofSeconds(30);

    /** Idle connections above min-idle are closed after this long; 0 keeps them. */
    private Duration idleTimeout = Duration.ofMinutes(10);

    /** Connections older than this are replaced; 0 means no limit. */
    private Duration maxLifetime = Duration.ofMinutes(30);

    /** How often idle connections, lifetimes and leaks are checked; 0 disables the checks. */
    private Duration evictionInterval = Duration.ofSeconds(30);

    /**
     * A connection borrowed for longer is logged with the stack that borrowed it and closed; 0 (the
     * default) turns leak detection off.
     */
    private Duration leakDetectionThreshold = Duration.ZERO;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Integer getMaxSize() {
      return maxSize;
    }

    public void setMaxSize(Integer maxSize) {
      this.maxSize = maxSize;
    }

    public int getMinIdle() {
      return minIdle;
    }

    public void setMinIdle(int minIdle) {
      this.minIdle = minIdle;
    }

    public Duration getMaxWait() {
      return maxWait;
    }

    public void setMaxWait(Duration maxWait) {
      this.maxWait = maxWait;
    }

    public Duration getIdleTimeout() {
      return idleTimeout;
    }

    public void setIdleTimeout(Duration idleTimeout) {
      this.idleTimeout = idleTimeout;
    }

    public Duration getMaxLifetime() {
      return maxLifetime;
    }

    public void setMaxLifetime(Duration maxLifetime) {
      this.maxLifetime = maxLifetime;
    }

    public Duration getEvictionInterval() {
      return evictionInterval;
    }

    public void setEvictionInterval(Duration evictionInterval) {
      this.evictionInterval = evictionInterval;
    }

    public Duration getLeakDetectionThreshold() {
      return leakDetectionThreshold;
    }

    public void setLeakDetectionThreshold(Duration leakDetectionThreshold) {
      this.leakDetectionThreshold = leakDetectionThreshold;
    }
  }
}
