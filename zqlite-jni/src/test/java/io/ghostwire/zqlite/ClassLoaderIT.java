package io.ghostwire.zqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Two class loaders over the packaged jar each load their own copy of the native library (a JVM
 * refuses to bind one library file to two loaders; the loader extracts a uniquely named copy per
 * loader) and each run a query.
 */
class ClassLoaderIT {

  @Test
  void twoClassLoadersEachLoadTheLibraryAndQuery() throws Exception {
    URL jar = Zqlite.class.getProtectionDomain().getCodeSource().getLocation();
    assertThat(Path.of(jar.toURI()).getFileName().toString()).endsWith(".jar");
    ClassLoader parent = ClassLoader.getPlatformClassLoader();
    try (URLClassLoader first = new URLClassLoader(new URL[] {jar}, parent);
        URLClassLoader second = new URLClassLoader(new URL[] {jar}, parent)) {
      Class<?> a = first.loadClass("io.ghostwire.zqlite.jdbc.ZqliteDriver");
      Class<?> b = second.loadClass("io.ghostwire.zqlite.jdbc.ZqliteDriver");
      assertThat(a).isNotSameAs(b);
      assertThat(query((Driver) a.getConstructor().newInstance(), 1)).isEqualTo(2);
      assertThat(query((Driver) b.getConstructor().newInstance(), 2)).isEqualTo(3);
      assertThat(query((Driver) a.getConstructor().newInstance(), 40)).isEqualTo(41);
    }
  }

  private static long query(Driver driver, int n) throws Exception {
    try (Connection c = driver.connect("jdbc:zqlite::memory:", new Properties());
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t(x)");
      s.execute("INSERT INTO t VALUES (" + n + ")");
      try (ResultSet r = s.executeQuery("SELECT x + 1 FROM t")) {
        assertThat(r.next()).isTrue();
        return r.getLong(1);
      }
    }
  }
}
