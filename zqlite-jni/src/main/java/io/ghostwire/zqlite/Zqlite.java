package io.ghostwire.zqlite;

/** Entry point to ZQLite, the embedded SQL engine written in Zig and reached through JNI. */
public final class Zqlite {
  private Zqlite() {}

  /**
   * Returns the version of the native engine, for example {@code "0.1.0"}. The first call loads the
   * native library bundled in this jar.
   */
  public static String version() {
    return NativeLibrary.version();
  }

  /** Describes where the native library was loaded from (a jar resource or an explicit path). */
  public static String nativeLibrarySource() {
    return NativeLibrary.source();
  }
}
