package io.ghostwire.zqlite;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Entry point to ZQLite, the embedded SQL engine written in Zig and reached through JNI.
 *
 * <pre>{@code
 * try (ZqliteConnection db = Zqlite.open(Path.of("app.db"), ZqliteOptions.defaults());
 *     ZqliteStatement insert = db.prepare("INSERT INTO t(name) VALUES (?)")) {
 *   insert.bindString(1, "ada");
 *   insert.executeUpdate();
 * }
 * }</pre>
 */
public final class Zqlite {
  /** The path that opens a private in-memory database. */
  public static final String MEMORY = ":memory:";

  private Zqlite() {}

  /** Opens (by default creating) the database file at {@code path}. */
  public static ZqliteConnection open(Path path, ZqliteOptions options) throws ZqliteException {
    Objects.requireNonNull(path, "path");
    return ZqliteConnection.open(path.toString(), options);
  }

  /** Opens a database by its path string; {@value #MEMORY} is a private in-memory database. */
  public static ZqliteConnection open(String path, ZqliteOptions options) throws ZqliteException {
    Objects.requireNonNull(path, "path");
    return ZqliteConnection.open(path, options);
  }

  /** Opens a private in-memory database, gone when the connection closes. */
  public static ZqliteConnection openMemory() throws ZqliteException {
    return ZqliteConnection.open(MEMORY, ZqliteOptions.defaults());
  }

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
