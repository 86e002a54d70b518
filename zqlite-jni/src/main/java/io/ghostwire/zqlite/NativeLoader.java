package io.ghostwire.zqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Finds and loads libzqlite.so, trying in order:
 *
 * <ol>
 *   <li>the file named by {@value #LIB_PATH_PROPERTY}, when set;
 *   <li>the copy bundled in this jar under {@code native/<os>-<arch>/}, extracted into {@value
 *       #TMPDIR_PROPERTY} (default {@code java.io.tmpdir}; some {@code /tmp} are mounted noexec).
 * </ol>
 *
 * <p>The extracted copy has a unique name, so several class loaders can each load their own, and is
 * verified against the jar resource by SHA-256 before loading. It is deleted as soon as it is
 * loaded (the mapping stays valid on Linux); copies left by a process that died before that are
 * removed by the next load. A failure names the OS, the architecture and every path tried.
 */
final class NativeLoader {
  static final String LIB_PATH_PROPERTY = "io.ghostwire.zqlite.lib.path";
  static final String TMPDIR_PROPERTY = "io.ghostwire.zqlite.tmpdir";
  private static final String LIBRARY_FILE = "libzqlite.so";
  private static final String EXTRACTED_PREFIX = "zqlite-";

  /** Where the library came from: {@code source} is a jar URL or the explicit path. */
  record Loaded(String source, Path loadedPath) {}

  private NativeLoader() {}

  static Loaded load(Properties properties) {
    String explicit = properties.getProperty(LIB_PATH_PROPERTY);
    if (explicit != null && !explicit.isBlank()) {
      return loadExplicit(Path.of(explicit).toAbsolutePath());
    }
    String os = properties.getProperty("os.name", "unknown");
    String arch = properties.getProperty("os.arch", "unknown");
    String platform = platform(os, arch);
    String resource = "/native/" + platform + "/" + LIBRARY_FILE;
    URL url = platform == null ? null : NativeLoader.class.getResource(resource);
    if (url == null) {
      throw new UnsatisfiedLinkError(
          "ZQLite has no native library for os.name="
              + os
              + ", os.arch="
              + arch
              + "; tried: "
              + LIB_PATH_PROPERTY
              + " (unset), classpath:"
              + resource
              + " (absent). Build libzqlite.so for this platform and set -D"
              + LIB_PATH_PROPERTY
              + "=/path/to/it.");
    }
    Path dir =
        Path.of(properties.getProperty(TMPDIR_PROPERTY, System.getProperty("java.io.tmpdir")));
    Path extracted = extract(url, dir);
    try {
      System.load(extracted.toString());
    } catch (UnsatisfiedLinkError e) {
      throw linkError("loading " + extracted + " extracted from " + url + " failed", e);
    } finally {
      deleteQuietly(extracted);
    }
    return new Loaded(url.toString(), extracted);
  }

  /** Maps Java's os.name/os.arch to our resource folder name, or null when unsupported. */
  static String platform(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String arch = osArch.toLowerCase(Locale.ROOT);
    boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
    if (os.startsWith("linux") && x64) {
      return "linux-x86_64";
    }
    return null;
  }

  private static Loaded loadExplicit(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new UnsatisfiedLinkError(
          "ZQLite native library not found; tried: " + LIB_PATH_PROPERTY + "=" + path);
    }
    try {
      System.load(path.toString());
    } catch (UnsatisfiedLinkError e) {
      throw linkError("loading " + LIB_PATH_PROPERTY + "=" + path + " failed", e);
    }
    return new Loaded(path.toString(), path);
  }

  private static Path extract(URL url, Path dir) {
    try {
      Files.createDirectories(dir);
      removeStaleCopies(dir);
      String name = EXTRACTED_PREFIX + ProcessHandle.current().pid() + "-";
      Path target = Files.createTempFile(dir, name, ".so");
      byte[] expected;
      try (InputStream in = url.openStream()) {
        expected = copyWithDigest(in, target);
      }
      byte[] actual;
      try (InputStream in = Files.newInputStream(target)) {
        actual = copyWithDigest(in, null);
      }
      if (!Arrays.equals(expected, actual)) {
        deleteQuietly(target);
        throw new UnsatisfiedLinkError("extracted copy " + target + " differs from " + url);
      }
      return target;
    } catch (IOException e) {
      throw linkError("extracting " + url + " into " + dir + " failed: " + e.getMessage(), e);
    }
  }

  /** Copies to target (when non-null) and returns the SHA-256 of the bytes read. */
  private static byte[] copyWithDigest(InputStream in, Path target) throws IOException {
    MessageDigest digest = sha256();
    try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
      if (target == null) {
        digesting.transferTo(java.io.OutputStream.nullOutputStream());
      } else {
        Files.copy(digesting, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return digest.digest();
  }

  /** Deletes copies extracted by processes that are no longer alive. */
  private static void removeStaleCopies(Path dir) throws IOException {
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> copies = Files.newDirectoryStream(dir, EXTRACTED_PREFIX + "*.so")) {
      for (Path copy : copies) {
        long pid = ownerPid(copy.getFileName().toString());
        if (pid > 0 && ProcessHandle.of(pid).isEmpty()) {
          stale.add(copy);
        }
      }
    }
    stale.forEach(NativeLoader::deleteQuietly);
  }

  /** Reads the pid out of "zqlite-PID-RANDOM.so", or -1 when the name is not ours. */
  static long ownerPid(String fileName) {
    int start = EXTRACTED_PREFIX.length();
    int end = fileName.indexOf('-', start);
    if (!fileName.startsWith(EXTRACTED_PREFIX) || end < 0) {
      return -1;
    }
    try {
      return Long.parseLong(fileName.substring(start, end));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }

  private static UnsatisfiedLinkError linkError(String message, Throwable cause) {
    UnsatisfiedLinkError error = new UnsatisfiedLinkError("ZQLite: " + message);
    error.initCause(cause);
    return error;
  }
}
