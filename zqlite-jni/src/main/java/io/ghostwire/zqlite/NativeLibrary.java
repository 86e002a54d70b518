package io.ghostwire.zqlite;

/**
 * The JNI surface of libzqlite.so. Every native method lives here, so the Zig side has one class
 * name to export against ({@code Java_io_ghostwire_zqlite_NativeLibrary_*}).
 */
final class NativeLibrary {
  private static final NativeLoader.Loaded LOADED = NativeLoader.load(System.getProperties());

  /** The file System.load was given; the extracted copy no longer exists once loaded. */
  static final java.nio.file.Path LOADED_PATH = LOADED.loadedPath();

  private NativeLibrary() {}

  static String source() {
    return LOADED.source();
  }

  static native String version();
}
