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
 */
public record ZqliteOptions(
    Durability durability, Duration busyTimeout, boolean readOnly, boolean create) {

  public ZqliteOptions {
    Objects.requireNonNull(durability, "durability");
    Objects.requireNonNull(busyTimeout, "busyTimeout");
    if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("busyTimeout out of range: " + busyTimeout);
    }
  }

  public static ZqliteOptions defaults() {
    return new ZqliteOptions(Durability.FULL, Duration.ofSeconds(5), false, true);
  }

  public ZqliteOptions withDurability(Durability value) {
    return new ZqliteOptions(value, busyTimeout, readOnly, create);
  }

  public ZqliteOptions withBusyTimeout(Duration value) {
    return new ZqliteOptions(durability, value, readOnly, create);
  }

  public ZqliteOptions withReadOnly(boolean value) {
    return new ZqliteOptions(durability, busyTimeout, value, create);
  }

  public ZqliteOptions withCreate(boolean value) {
    return new ZqliteOptions(durability, busyTimeout, readOnly, value);
  }
}
