package io.ghostwire.zqlite;

import java.time.Duration;
import java.util.Objects;

/**
 * How to open a database. Immutable; start from {@link #defaults()} and use the {@code with...}
 * methods.
 *
 * @param durability when commits reach the disk (default {@link Durability#FULL})
 * @param busyTimeout how long a call waits for another connection's lock before failing with {@link
 *     ErrorCode#BUSY} (default 5 s)
 * @param readOnly open for reading only (default false)
 * @param create create the file when it does not exist (default true)
 * @param cacheSizeBytes the page cache of the database, in bytes (whole KiB are used); 0 keeps the
 *     engine's default (8 MiB). The cache belongs to the database, which every connection of this
 *     process to the same file shares, so the first open of a path decides it.
 */
public record ZqliteOptions(
    Durability durability,
    Duration busyTimeout,
    boolean readOnly,
    boolean create,
    long cacheSizeBytes) {

  /** The largest page cache that can be asked for (just under 2 TiB, in whole KiB). */
  public static final long CACHE_SIZE_BYTES_MAX = (long) Integer.MAX_VALUE * 1024;

  public ZqliteOptions {
    Objects.requireNonNull(durability, "durability");
    Objects.requireNonNull(busyTimeout, "busyTimeout");
    if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("busyTimeout out of range: " + busyTimeout);
    }
    if (cacheSizeBytes < 0 || cacheSizeBytes > CACHE_SIZE_BYTES_MAX) {
      throw new IllegalArgumentException("cacheSizeBytes out of range: " + cacheSizeBytes);
    }
  }

  /** Options with the engine's default page cache. */
  public ZqliteOptions(
      Durability durability, Duration busyTimeout, boolean readOnly, boolean create) {
    this(durability, busyTimeout, readOnly, create, 0);
  }

  public static ZqliteOptions defaults() {
    return new ZqliteOptions(Durability.FULL, Duration.ofSeconds(5), false, true, 0);
  }

  public ZqliteOptions withDurability(Durability value) {
    return new ZqliteOptions(value, busyTimeout, readOnly, create, cacheSizeBytes);
  }

  public ZqliteOptions withBusyTimeout(Duration value) {
    return new ZqliteOptions(durability, value, readOnly, create, cacheSizeBytes);
  }

  public ZqliteOptions withReadOnly(boolean value) {
    return new ZqliteOptions(durability, busyTimeout, value, create, cacheSizeBytes);
  }

  public ZqliteOptions withCreate(boolean value) {
    return new ZqliteOptions(durability, busyTimeout, readOnly, value, cacheSizeBytes);
  }

  public ZqliteOptions withCacheSizeBytes(long value) {
    return new ZqliteOptions(durability, busyTimeout, readOnly, create, value);
  }
}
