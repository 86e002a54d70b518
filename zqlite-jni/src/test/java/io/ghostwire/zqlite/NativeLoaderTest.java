package io.ghostwire.zqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLoaderTest {

  @Test
  void mapsLinuxX8664ToItsResourceFolder() {
    assertThat(NativeLoader.platform("Linux", "amd64")).isEqualTo("linux-x86_64");
    assertThat(NativeLoader.platform("Linux", "x86_64")).isEqualTo("linux-x86_64");
  }

  @Test
  void reportsUnsupportedPlatforms() {
    assertThat(NativeLoader.platform("Mac OS X", "aarch64")).isNull();
    assertThat(NativeLoader.platform("Linux", "aarch64")).isNull();
  }

  @Test
  void unsupportedPlatformErrorNamesOsArchAndEveryPathTried() {
    Properties properties = new Properties();
    properties.setProperty("os.name", "Plan9");
    properties.setProperty("os.arch", "mips");
    assertThatThrownBy(() -> NativeLoader.load(properties))
        .isInstanceOf(UnsatisfiedLinkError.class)
        .hasMessageContaining("os.name=Plan9")
        .hasMessageContaining("os.arch=mips")
        .hasMessageContaining(NativeLoader.LIB_PATH_PROPERTY)
        .hasMessageContaining("classpath:/native/null/libzqlite.so");
  }

  @Test
  void explicitPathThatDoesNotExistIsNamedInTheError(@TempDir Path dir) {
    Path missing = dir.resolve("nope/libzqlite.so");
    Properties properties = new Properties();
    properties.setProperty(NativeLoader.LIB_PATH_PROPERTY, missing.toString());
    assertThatThrownBy(() -> NativeLoader.load(properties))
        .isInstanceOf(UnsatisfiedLinkError.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void readsTheOwnerPidOutOfExtractedCopies() {
    assertThat(NativeLoader.ownerPid("zqlite-4242-123456.so")).isEqualTo(4242);
    assertThat(NativeLoader.ownerPid("zqlite-abc-1.so")).isEqualTo(-1);
    assertThat(NativeLoader.ownerPid("other-1-2.so")).isEqualTo(-1);
  }
}
