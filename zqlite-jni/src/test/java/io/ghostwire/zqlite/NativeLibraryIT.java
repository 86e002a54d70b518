package io.ghostwire.zqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs against the packaged jar (failsafe puts the jar, not target/classes, on the class path): a
 * JNI call goes through the bundled library into Zig and returns the engine version.
 */
class NativeLibraryIT {

  @Test
  void versionComesFromTheZigEngineBundledInTheJar() throws Exception {
    String version = Zqlite.version();

    assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(version).isEqualTo(shellVersion());
    assertThat(Zqlite.nativeLibrarySource())
        .startsWith("jar:file:")
        .contains("zqlite-jni-")
        .endsWith(".jar!/native/linux-x86_64/libzqlite.so");
  }

  @Test
  void extractedCopyIsRemovedOnceLoaded() {
    Zqlite.version();
    assertThat(NativeLibrary.LOADED_PATH).doesNotExist();
  }

  /** The version printed by the zqlite shell built from the same Zig sources. */
  private static String shellVersion() throws IOException, InterruptedException {
    Path shell = Path.of(System.getProperty("zqlite.shell"));
    Process process = new ProcessBuilder(shell.toString(), "--version").start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(Files.isExecutable(shell)).isTrue();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }
}
