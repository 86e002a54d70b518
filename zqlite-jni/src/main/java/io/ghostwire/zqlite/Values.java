package io.ghostwire.zqlite;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.UUID;

/**
 * How Java values are stored, in one place (so the core API, JDBC and R2DBC agree):
 *
 * <ul>
 *   <li>boolean: INTEGER 1/0.
 *   <li>UUID: a 16-byte BLOB, most significant byte first (compact, sorts like the UUID's bytes);
 *       reading also accepts the 36-character TEXT form.
 *   <li>LocalDate: TEXT {@code 2024-01-31}; LocalDateTime: TEXT {@code 2024-01-31 13:45:00[.fff]},
 *       SQLite's own form, so it compares with {@code datetime('now')}; Instant: TEXT ISO-8601 in
 *       UTC, {@code 2024-01-31T13:45:00Z}; OffsetDateTime: TEXT ISO-8601 with its offset. Reading
 *       accepts 'T' or ' ' between date and time and an optional offset (none means UTC).
 * </ul>
 */
public final class Values {
  private static final DateTimeFormatter LOCAL_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral(' ')
          .appendPattern("HH:mm:ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .toFormatter();

  private Values() {}

  /** The storage value (null, Long, Double, String or byte[]) of a Java value. */
  public static Object toStorage(Object value) {
    if (value == null
        || value instanceof Long
        || value instanceof Double
        || value instanceof String
        || value instanceof byte[]) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (value instanceof UUID u) {
      return uuidBytes(u);
    }
    if (value instanceof java.math.BigDecimal d) {
      if (d.scale() == 0 && d.unscaledValue().bitLength() < 64) {
        return d.longValueExact();
      }
      return d.toPlainString();
    }
    if (value instanceof java.math.BigInteger i) {
      return i.bitLength() < 64 ? (Object) i.longValue() : i.toString();
    }
    if (value instanceof Character || value instanceof CharSequence) {
      return value.toString();
    }
    return temporal(value);
  }

  private static Object temporal(Object value) {
    if (value instanceof Instant i) {
      return i.toString();
    }
    if (value instanceof LocalDateTime t) {
      return LOCAL_DATE_TIME.format(t);
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof OffsetDateTime o) {
      return o.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    if (value instanceof java.time.ZonedDateTime z) {
      return z.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    if (value instanceof java.time.LocalTime t) {
      return t.toString();
    }
    throw new IllegalArgumentException("ZQLite cannot store a " + value.getClass().getName());
  }

  public static byte[] uuidBytes(UUID uuid) {
    return ByteBuffer.allocate(16)
        .putLong(uuid.getMostSignificantBits())
        .putLong(uuid.getLeastSignificantBits())
        .array();
  }

  public static UUID uuidOf(Object stored) {
    if (stored == null) {
      return null;
    }
    if (stored instanceof byte[] b && b.length == 16) {
      ByteBuffer buffer = ByteBuffer.wrap(b);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    if (stored instanceof String s) {
      return UUID.fromString(s.trim());
    }
    throw new IllegalArgumentException("not a UUID (16-byte BLOB or text): " + describe(stored));
  }

  public static OffsetDateTime offsetDateTimeOf(String text) {
    if (text == null) {
      return null;
    }
    String iso = isoForm(text);
    if (hasOffset(iso)) {
      return OffsetDateTime.parse(iso);
    }
    if (iso.length() == 10) {
      return LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
    return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
  }

  public static Instant instantOf(String text) {
    return text == null ? null : offsetDateTimeOf(text).toInstant();
  }

  public static LocalDateTime localDateTimeOf(String text) {
    if (text == null) {
      return null;
    }
    String iso = isoForm(text);
    if (hasOffset(iso)) {
      return OffsetDateTime.parse(iso).toLocalDateTime();
    }
    return iso.length() == 10 ? LocalDate.parse(iso).atStartOfDay() : LocalDateTime.parse(iso);
  }

  public static LocalDate localDateOf(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.trim();
    return LocalDate.parse(trimmed.length() > 10 ? trimmed.substring(0, 10) : trimmed);
  }

  private static String isoForm(String text) {
    String trimmed = text.trim();
    if (trimmed.length() > 10 && trimmed.charAt(10) == ' ') {
      return trimmed.substring(0, 10) + 'T' + trimmed.substring(11);
    }
    return trimmed;
  }

  private static boolean hasOffset(String iso) {
    if (iso.length() <= 10) {
      return false;
    }
    String time = iso.substring(11);
    return time.endsWith("Z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
  }

  /** SQLite's text form of a REAL, close enough for display: 10.0, 0.5, 1.0E20. */
  static String realText(double v) {
    if (Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) < 1e15) {
      return (long) v + ".0";
    }
    return Double.toString(v);
  }

  static String describe(Object stored) {
    if (stored instanceof byte[] b) {
      return "BLOB of " + b.length + " bytes";
    }
    return stored == null ? "NULL" : stored.getClass().getSimpleName() + " " + stored;
  }
}
