package io.ghostwire.zqlite.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghostwire.zqlite.Durability;
import io.ghostwire.zqlite.Zqlite;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** URLs and options reach the factory through ServiceLoader; no database is opened here. */
class ZqliteConnectionFactoryProviderTest {
  @Test
  void absolutePathUrlFindsTheDriverThroughServiceLoader() {
    ConnectionFactory factory = ConnectionFactories.get("r2dbc:zqlite:///var/lib/app/app.db");
    assertThat(factory).isInstanceOf(ZqliteConnectionFactory.class);
    ZqliteConnectionFactory zqlite = (ZqliteConnectionFactory) factory;
    assertThat(zqlite.path()).isEqualTo("/var/lib/app/app.db");
    assertThat(zqlite.options().durability()).isEqualTo(Durability.FULL);
    assertThat(zqlite.options().busyTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(factory.getMetadata().getName()).isEqualTo("ZQLite");
  }

  @Test
  void memoryUrlOpensAPrivateInMemoryDatabase() {
    ZqliteConnectionFactory factory =
        (ZqliteConnectionFactory) ConnectionFactories.get("r2dbc:zqlite:///:memory:");
    assertThat(factory.path()).isEqualTo(Zqlite.MEMORY);
  }

  @Test
  void durabilityAndBusyTimeoutComeFromTheQuery() {
    ZqliteConnectionFactory factory =
        (ZqliteConnectionFactory)
            ConnectionFactories.get(
                "r2dbc:zqlite:///tmp/x.db?durability=normal&busyTimeout=250&readOnly=true");
    assertThat(factory.options().durability()).isEqualTo(Durability.NORMAL);
    assertThat(factory.options().busyTimeout()).isEqualTo(Duration.ofMillis(250));
    assertThat(factory.options().readOnly()).isTrue();
    factory =
        (ZqliteConnectionFactory)
            ConnectionFactories.get("r2dbc:zqlite:///tmp/x.db?busyTimeout=PT2S");
    assertThat(factory.options().busyTimeout()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void programmaticOptionsAcceptTypedValues() {
    ConnectionFactoryOptions options =
        ConnectionFactoryOptions.builder()
            .option(ConnectionFactoryOptions.DRIVER, "zqlite")
            .option(ConnectionFactoryOptions.DATABASE, "/data/app.db")
            .option(ZqliteConnectionFactoryProvider.DURABILITY, Durability.OFF)
            .option(ConnectionFactoryOptions.LOCK_WAIT_TIMEOUT, Duration.ofMillis(10))
            .build();
    ZqliteConnectionFactory factory = (ZqliteConnectionFactory) ConnectionFactories.get(options);
    assertThat(factory.path()).isEqualTo("/data/app.db");
    assertThat(factory.options().durability()).isEqualTo(Durability.OFF);
    assertThat(factory.options().busyTimeout()).isEqualTo(Duration.ofMillis(10));
  }

  @Test
  void otherDriversAndBadOptionsAreRefused() {
    ZqliteConnectionFactoryProvider provider = new ZqliteConnectionFactoryProvider();
    assertThat(provider.supports(ConnectionFactoryOptions.parse("r2dbc:h2:mem:///x"))).isFalse();
    assertThatThrownBy(
            () -> ConnectionFactories.get("r2dbc:zqlite:///tmp/x.db?durability=sometimes"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
