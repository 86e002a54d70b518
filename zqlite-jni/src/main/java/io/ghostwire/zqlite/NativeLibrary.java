package io.ghostwire.zqlite;

import java.nio.ByteBuffer;

/**
 * The JNI surface of libzqlite.so. Every native method lives here, so the Zig side has one class
 * name to export against ({@code Java_io_ghostwire_zqlite_NativeLibrary_*});
 * zqlite-native/src/jni.zig documents each one.
 *
 * <p>Conventions: handles are positive {@code long}s checked by the native side (a stale handle is
 * MISUSE, never a crash); data crosses in a direct, little-endian {@link ByteBuffer} of at least 64
 * bytes (see {@link NativeBuffer}); natives never throw, they return a code ({@code -code} for
 * {@code long} results) and leave an error block in the buffer.
 */
final class NativeLibrary {
  private static final NativeLoader.Loaded LOADED = NativeLoader.load(System.getProperties());

  /** The file System.load was given; the extracted copy no longer exists once loaded. */
  static final java.nio.file.Path LOADED_PATH = LOADED.loadedPath();

  static final int OPEN_READONLY = 1;
  static final int OPEN_CREATE = 4;
  static final int INFO_CHANGES = 0;
  static final int INFO_TOTAL_CHANGES = 1;
  static final int INFO_LAST_INSERT_ROWID = 2;
  static final int INFO_IN_TRANSACTION = 3;

  private NativeLibrary() {}

  static String source() {
    return LOADED.source();
  }

  static native String version();

  static native long open(
      ByteBuffer buf, int pathLen, int flags, int durability, int busyMs, int cacheKib);

  static native int close(long db);

  static native int exec(long db, ByteBuffer buf, int sqlLen);

  static native long prepare(long db, ByteBuffer buf, int sqlLen);

  static native int describe(long stmt, ByteBuffer buf);

  static native int step(long stmt, ByteBuffer buf, int bindLen);

  static native long update(long stmt, ByteBuffer buf, int bindLen);

  static native int batch(long stmt, ByteBuffer buf, int len, int sets);

  static native int reset(long stmt);

  static native int finalize(long stmt);

  static native long info(long db, int what);

  static native int busyTimeout(long db, int ms);

  /** Safe from any thread, also while another thread is inside a call on {@code db}. */
  static native int interrupt(long db);

  static native int catalog(long db, ByteBuffer buf);

  /** Engine statistics as little-endian longs from offset 0; returns how many, or -code. */
  static native int stats(long db, ByteBuffer buf);

  /** Finalizes every statement of the connection; returns how many, or -code. */
  static native int finalizeStatements(long db);
}
