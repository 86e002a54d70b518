package io.ghostwire.zqlite.r2dbc;

import io.ghostwire.zqlite.Values;
import io.r2dbc.spi.Blob;
import io.r2dbc.spi.Clob;
import io.r2dbc.spi.Parameter;
import io.r2dbc.spi.R2dbcType;
import io.r2dbc.spi.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Java values to and from ZQLite's storage values (null, Long, Double, String, byte[]), following
 * {@link Values} so core, JDBC and R2DBC agree. SQLite columns are dynamically typed, so a value's
 * natural Java type comes from how it is stored in that row: INTEGER is {@code Integer} when it
 * fits, else {@code Long}; REAL is {@code Double}; TEXT is {@code String}; BLOB is {@code
 * ByteBuffer}.
 */
final class Codecs {
  private Codecs() {}

  /**
   * The storage value of a bound value, or a {@link Mono} of it for {@link Blob}, {@link Clob} and
   * streams that must be read first. Throws IllegalArgumentException for unsupported types.
   */
  static Object encode(Object value) {
    if (value instanceof Parameter parameter) {
      return parameter.getValue() == null ? null : encode(parameter.getValue());
    }
    if (value instanceof ByteBuffer buffer) {
      return bytesOf(buffer);
    }
    if (value instanceof Blob blob) {
      return Flux.from(blob.stream()).collectList().map(Codecs::concat);
    }
    if (value instanceof Clob clob) {
      return Flux.from(clob.stream())
          .reduce(new StringBuilder(), StringBuilder::append)
          .map(StringBuilder::toString);
    }
    return Values.toStorage(value);
  }

  private static byte[] bytesOf(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }

  private static byte[] concat(java.util.List<ByteBuffer> parts) {
    int total = 0;
    for (ByteBuffer part : parts) {
      total = Math.addExact(total, part.remaining());
    }
    ByteBuffer all = ByteBuffer.allocate(total);
    for (ByteBuffer part : parts) {
      all.put(part.duplicate());
    }
    return all.array();
  }

  /** The natural Java value of a storage value (see the class comment). */
  static Object natural(Object stored) {
    if (stored instanceof Long l) {
      return l == l.intValue() ? (Object) l.intValue() : l;
    }
    if (stored instanceof byte[] bytes) {
      return ByteBuffer.wrap(bytes.clone()).asReadOnlyBuffer();
    }
    return stored;
  }

  static Class<?> naturalType(Object stored) {
    if (stored == null) {
      return Object.class;
    }
    if (stored instanceof byte[]) {
      return ByteBuffer.class;
    }
    return natural(stored).getClass();
  }

  static Type r2dbcType(Object stored) {
    if (stored instanceof Long l) {
      return l == l.intValue() ? R2dbcType.INTEGER : R2dbcType.BIGINT;
    }
    if (stored instanceof Double) {
      return R2dbcType.DOUBLE;
    }
    if (stored instanceof String) {
      return R2dbcType.VARCHAR;
    }
    if (stored instanceof byte[]) {
      return R2dbcType.VARBINARY;
    }
    return NullType.INSTANCE;
  }

  /** The type of a NULL value: SQLite's NULL storage class. */
  enum NullType implements Type {
    INSTANCE;

    @Override
    public Class<?> getJavaType() {
      return Object.class;
    }

    @Override
    public String getName() {
      return "NULL";
    }
  }

  /** Reads a storage value as {@code type}; IllegalArgumentException when it cannot. */
  @SuppressWarnings("unchecked")
  static <T> T decode(Object stored, Class<T> type) {
    if (type == null) {
      throw new IllegalArgumentException("type must not be null");
    }
    if (stored == null) {
      return null;
    }
    Object value = type == Object.class ? natural(stored) : convert(stored, type);
    if (value == null) {
      throw new IllegalArgumentException(
          "cannot read " + stored.getClass().getSimpleName() + " as " + type.getName());
    }
    return (T) value;
  }

  private static Object convert(Object stored, Class<?> type) {
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return number(stored, type);
    }
    if (type == String.class) {
      return stored instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : text(stored);
    }
    if (type == byte[].class) {
      return bytes(stored);
    }
    if (type == ByteBuffer.class) {
      return ByteBuffer.wrap(bytes(stored));
    }
    if (type == Blob.class) {
      return Blob.from(Mono.just(ByteBuffer.wrap(bytes(stored))));
    }
    if (type == Clob.class) {
      return Clob.from(Mono.just(text(stored)));
    }
    return other(stored, type);
  }

  private static Object other(Object stored, Class<?> type) {
    if (type == Boolean.class) {
      return asDouble(stored) != 0.0;
    }
    if (type == UUID.class) {
      return Values.uuidOf(stored);
    }
    String text = text(stored);
    if (type == Instant.class) {
      return Values.instantOf(text);
    }
    if (type == LocalDateTime.class) {
      return Values.localDateTimeOf(text);
    }
    if (type == LocalDate.class) {
      return Values.localDateOf(text);
    }
    if (type == OffsetDateTime.class) {
      return Values.offsetDateTimeOf(text);
    }
    if (type == ZonedDateTime.class) {
      return Values.offsetDateTimeOf(text).toZonedDateTime();
    }
    if (type == LocalTime.class) {
      return LocalTime.parse(text);
    }
    return type.isInstance(stored) ? stored : null;
  }

  private static Object number(Object stored, Class<?> type) {
    if (type == Long.class || type == long.class) {
      return asLong(stored);
    }
    if (type == Integer.class || type == int.class) {
      return (int) asLong(stored);
    }
    if (type == Short.class || type == short.class) {
      return (short) asLong(stored);
    }
    if (type == Byte.class || type == byte.class) {
      return (byte) asLong(stored);
    }
    if (type == Double.class || type == double.class) {
      return asDouble(stored);
    }
    if (type == Float.class || type == float.class) {
      return (float) asDouble(stored);
    }
    if (type == BigDecimal.class) {
      return stored instanceof Long l ? BigDecimal.valueOf(l) : new BigDecimal(text(stored));
    }
    if (type == BigInteger.class) {
      return stored instanceof Long l ? BigInteger.valueOf(l) : new BigInteger(text(stored));
    }
    if (type == Number.class) {
      return stored instanceof Number ? natural(stored) : null;
    }
    return type == boolean.class ? asDouble(stored) != 0.0 : null;
  }

  private static long asLong(Object stored) {
    if (stored instanceof Long l) {
      return l;
    }
    if (stored instanceof Double d) {
      return d.longValue();
    }
    String text = text(stored).trim();
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return (long) Double.parseDouble(text);
    }
  }

  private static double asDouble(Object stored) {
    if (stored instanceof Number n) {
      return n.doubleValue();
    }
    return Double.parseDouble(text(stored).trim());
  }

  private static String text(Object stored) {
    if (stored instanceof byte[] b) {
      return new String(b, StandardCharsets.UTF_8);
    }
    return stored.toString();
  }

  private static byte[] bytes(Object stored) {
    if (stored instanceof byte[] b) {
      return b.clone();
    }
    return text(stored).getBytes(StandardCharsets.UTF_8);
  }
}
