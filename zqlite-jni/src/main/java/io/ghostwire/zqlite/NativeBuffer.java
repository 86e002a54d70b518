package io.ghostwire.zqlite;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A direct, little-endian buffer shared with the native side for one call at a time: SQL text, bind
 * sets (an {@code int} count, then tagged values: 0 NULL, 1 int64, 2 float64, 3 UTF-8 text and 4
 * BLOB as {@code u32} length + bytes, the encoding of {@code zqlite_step_batch}), row batches and
 * error blocks. It grows on demand; {@link #trim()} drops an oversized one so one 16 MiB value does
 * not pin 16 MiB for the life of a statement.
 *
 * <p>Not thread-safe: each statement and cursor uses its own; connection-level calls take the
 * connection's lock.
 */
final class NativeBuffer {
  static final int TAG_NULL = 0;
  static final int TAG_INTEGER = 1;
  static final int TAG_REAL = 2;
  static final int TAG_TEXT = 3;
  static final int TAG_BLOB = 4;
  static final int DEFAULT_CAPACITY = 16 * 1024;
  private static final int KEEP_CAPACITY_MAX = 1024 * 1024;

  private ByteBuffer buffer;
  private byte[] heap = new byte[0];

  NativeBuffer() {
    this(DEFAULT_CAPACITY);
  }

  NativeBuffer(int capacity) {
    buffer = allocate(capacity);
  }

  private static ByteBuffer allocate(int capacity) {
    return ByteBuffer.allocateDirect(Math.max(capacity, 64)).order(ByteOrder.LITTLE_ENDIAN);
  }

  ByteBuffer raw() {
    return buffer;
  }

  int capacity() {
    return buffer.capacity();
  }

  /** Makes room for {@code extra} more bytes after the current position, keeping the content. */
  void ensureRemaining(int extra) {
    long needed = (long) buffer.position() + extra;
    if (needed <= buffer.capacity()) {
      return;
    }
    if (needed > Integer.MAX_VALUE - 64) {
      throw new IllegalArgumentException("value too big for ZQLite: " + needed + " bytes");
    }
    long grown = Math.max(needed, Math.min((long) buffer.capacity() * 2, Integer.MAX_VALUE - 64));
    ByteBuffer bigger = allocate((int) grown);
    buffer.flip();
    bigger.put(buffer);
    buffer = bigger;
  }

  /** Replaces the buffer with an empty one of at least {@code capacity} bytes. */
  void ensureCapacity(int capacity) {
    if (capacity > buffer.capacity()) {
      buffer = allocate(capacity);
    }
  }

  /** Shrinks back to the default size when a big value left the buffer oversized. */
  void trim() {
    if (buffer.capacity() > KEEP_CAPACITY_MAX) {
      buffer = allocate(DEFAULT_CAPACITY);
    }
    if (heap.length > KEEP_CAPACITY_MAX) {
      heap = new byte[0];
    }
  }

  /**
   * Bytes {@code [0, used)} of the buffer copied into a heap array (reused from call to call, so
   * valid until the next copy). A row batch is read this way: one bulk copy, then every value is
   * read from the array, and text becomes a String straight from it, instead of each value being
   * copied out of native memory on its own.
   */
  byte[] copyToHeap(int used) {
    if (used < 0 || used > buffer.capacity()) {
      throw new IllegalStateException("batch of " + used + " bytes in a " + capacity() + " buffer");
    }
    if (heap.length < used || (heap.length > KEEP_CAPACITY_MAX && used <= KEEP_CAPACITY_MAX)) {
      heap = new byte[Math.max(used, Math.min(DEFAULT_CAPACITY, KEEP_CAPACITY_MAX))];
    }
    buffer.get(0, heap, 0, used);
    return heap;
  }

  /** Starts writing at offset {@code start}. */
  void begin(int start) {
    buffer.clear();
    buffer.position(start);
  }

  int position() {
    return buffer.position();
  }

  void putInt(int v) {
    ensureRemaining(4);
    buffer.putInt(v);
  }

  /**
   * Writes UTF-8 text without a length prefix; returns its length in bytes. One bulk encode and one
   * bulk copy: for ASCII text the JDK's encoder is a vectorised array copy, where a put per char
   * into the direct buffer was ~4% of a JDBC batch insert.
   */
  int putUtf8(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ensureRemaining(bytes.length);
    buffer.put(bytes);
    return bytes.length;
  }

  /** Writes one tagged value: null, Long, Double, String or byte[]. */
  void putValue(Object value) {
    if (value == null) {
      ensureRemaining(1);
      buffer.put((byte) TAG_NULL);
    } else if (value instanceof Long v) {
      ensureRemaining(9);
      buffer.put((byte) TAG_INTEGER).putLong(v);
    } else if (value instanceof Double v) {
      ensureRemaining(9);
      buffer.put((byte) TAG_REAL).putDouble(v);
    } else if (value instanceof String s) {
      ensureRemaining(5);
      buffer.put((byte) TAG_TEXT);
      int lengthAt = buffer.position();
      buffer.putInt(0);
      int length = putUtf8(s);
      buffer.putInt(lengthAt, length);
    } else if (value instanceof byte[] b) {
      ensureRemaining(5 + b.length);
      buffer.put((byte) TAG_BLOB).putInt(b.length).put(b);
    } else {
      throw new IllegalArgumentException("not a storage value: " + value.getClass().getName());
    }
  }

  /** Reads the error block at {@code at} into an exception about {@code sql}. */
  ZqliteException error(int at, int returnedCode, String sql) {
    int code = buffer.getInt(at);
    int offset = buffer.getInt(at + 4);
    int length = buffer.getInt(at + 8);
    if (code != returnedCode || length < 0 || at + 12 + length > buffer.capacity()) {
      return new ZqliteException(returnedCode, "ZQLite error " + returnedCode, sql, -1);
    }
    byte[] message = new byte[length];
    buffer.get(at + 12, message);
    return new ZqliteException(code, new String(message, StandardCharsets.UTF_8), sql, offset);
  }

  /** Reads a string written as {@code i32 length} (-1 for none) then UTF-8; advances. */
  String getString() {
    int length = buffer.getInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    buffer.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
