package io.ghostwire.zqlite.r2dbc;

import static io.r2dbc.spi.ConnectionFactoryOptions.DATABASE;
import static io.r2dbc.spi.ConnectionFactoryOptions.DRIVER;
import static io.r2dbc.spi.ConnectionFactoryOptions.LOCK_WAIT_TIMEOUT;

import io.ghostwire.zqlite.Durability;
import io.ghostwire.zqlite.Zqlite;
import io.ghostwire.zqlite.ZqliteOptions;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.ConnectionFactoryProvider;
import io.r2dbc.spi.Option;
import java.time.Duration;
import java.util.Locale;

/**
 * Finds ZQLite for {@code ConnectionFactories.get(url)}. URLs:
 *
 * <ul>
 *   <li>{@code r2dbc:zqlite:///var/lib/app/app.db} — the file {@code /var/lib/app/app.db} (the path
 *       after the third slash is absolute);
 *   <li>{@code r2dbc:zqlite:///:memory:} — a private in-memory database per connection (the only
 *       in-memory form: R2DBC URLs need {@code ://}, so {@code r2dbc:zqlite:mem:} is not one).
 * </ul>
 *
 * Options (URL query or {@link ConnectionFactoryOptions}): {@code durability} = {@code
 * FULL|NORMAL|OFF} (default FULL), {@code busyTimeout} = a {@link Duration}, ISO-8601 text ({@code
 * PT2S}) or milliseconds (default 5 s; the standard {@code lockWaitTimeout} is read too), {@code
 * readOnly} = {@code true|false}.
 */
public final class ZqliteConnectionFactoryProvider implements ConnectionFactoryProvider {
  public static final String DRIVER_NAME = "zqlite";

  /** When commits reach the disk: FULL, NORMAL or OFF. */
  public static final Option<Object> DURABILITY = Option.valueOf("durability");

  /** How long a statement waits for another connection's write lock before failing BUSY. */
  public static final Option<Object> BUSY_TIMEOUT = Option.valueOf("busyTimeout");

  /** Open the database for reading only. */
  public static final Option<Object> READ_ONLY = Option.valueOf("readOnly");

  @Override
  public ZqliteConnectionFactory create(ConnectionFactoryOptions options) {
    if (!supports(options)) {
      throw new IllegalArgumentException("not a ZQLite configuration: " + options);
    }
    return new ZqliteConnectionFactory(path(options), engineOptions(options));
  }

  @Override
  public boolean supports(ConnectionFactoryOptions options) {
    return options != null
        && DRIVER_NAME.equals(options.getValue(DRIVER))
        && options.getValue(DATABASE) != null;
  }

  @Override
  public String getDriver() {
    return DRIVER_NAME;
  }

  /** The DATABASE option as a path: {@code :memory:}, or absolute (the URL drops its first '/'). */
  static String path(ConnectionFactoryOptions options) {
    String database = options.getValue(DATABASE).toString();
    if (database.equals(Zqlite.MEMORY) || database.equals("/" + Zqlite.MEMORY)) {
      return Zqlite.MEMORY;
    }
    return database.startsWith("/") ? database : "/" + database;
  }

  static ZqliteOptions engineOptions(ConnectionFactoryOptions options) {
    ZqliteOptions result = ZqliteOptions.defaults();
    Object durability = options.getValue(DURABILITY);
    if (durability != null) {
      result =
          result.withDurability(
              durability instanceof Durability d
                  ? d
                  : Durability.valueOf(durability.toString().trim().toUpperCase(Locale.ROOT)));
    }
    Object busy = options.getValue(BUSY_TIMEOUT);
    if (busy == null) {
      busy = options.getValue(LOCK_WAIT_TIMEOUT);
    }
    if (busy != null) {
      result = result.withBusyTimeout(duration(busy));
    }
    Object readOnly = options.getValue(READ_ONLY);
    if (readOnly != null) {
      result = result.withReadOnly(Boolean.parseBoolean(readOnly.toString()));
    }
    return result;
  }

  static Duration duration(Object value) {
    if (value instanceof Duration d) {
      return d;
    }
    if (value instanceof Number n) {
      return Duration.ofMillis(n.longValue());
    }
    String text = value.toString().trim();
    if (text.chars().allMatch(Character::isDigit) && !text.isEmpty()) {
      return Duration.ofMillis(Long.parseLong(text));
    }
    return Duration.parse(text);
  }
}
