package io.ghostwire.zqlite.pool.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghostwire.zqlite.Durability;
import io.ghostwire.zqlite.ZqliteException;
import io.ghostwire.zqlite.pool.ZqliteDataSource;
import io.ghostwire.zqlite.pool.ZqlitePool;
import io.ghostwire.zqlite.pool.ZqlitePoolConfig;
import io.ghostwire.zqlite.pool.micrometer.ZqlitePoolMetrics;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/** One scenario per test, on Boot's ApplicationContextRunner with the real engine. */
class ZqliteAutoConfigurationTest {
  @TempDir Path dir;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ZqliteAutoConfiguration.class, ZqliteHealthAutoConfiguration.class));

  private String path() {
    return "zqlite.path=" + dir.resolve("app.db");
  }

  @Test
  void withoutAPathNothingIsConfiguredAndTheReportSaysWhy() {
    runner.run(
        context -> {
          assertThat(context).doesNotHaveBean(ZqlitePool.class);
          assertThat(context).doesNotHaveBean(DataSource.class);
        });
  }

  @Test
  void aPathGivesAPoolADataSourceAnR2dbcPoolMetricsAndHealth() {
    runner
        .withPropertyValues(path())
        .run(
            context -> {
              assertThat(context).hasSingleBean(ZqlitePool.class);
              assertThat(context).hasSingleBean(ZqliteDataSource.class);
              assertThat(context).hasSingleBean(ConnectionPool.class);
              assertThat(context).hasSingleBean(ZqlitePoolMetrics.class);
              assertThat(context)
                  .hasSingleBean(io.ghostwire.zqlite.pool.micrometer.ZqliteObservations.class);
              assertThat(context).hasSingleBean(ZqliteHealthIndicator.class);
              assertThat(context.getBean(ZqliteDataSource.class).pool())
                  .isSameAs(context.getBean(ZqlitePool.class));
            });
  }

  @Test
  void propertiesReachThePoolConfig() {
    runner
        .withPropertyValues(
            "zqlite.url=jdbc:zqlite:" + dir.resolve("u.db"),
            "zqlite.durability=normal",
            "zqlite.busy-timeout=250ms",
            "zqlite.cache-size=2MB",
            "zqlite.pool.name=main",
            "zqlite.pool.max-size=7",
            "zqlite.pool.min-idle=2",
            "zqlite.pool.max-wait=3s",
            "zqlite.pool.idle-timeout=1m",
            "zqlite.pool.max-lifetime=0",
            "zqlite.pool.leak-detection-threshold=20s")
        .run(
            context -> {
              ZqlitePoolConfig c = context.getBean(ZqlitePool.class).config();
              assertThat(c.path()).isEqualTo(dir.resolve("u.db").toString());
              assertThat(c.name()).isEqualTo("main");
              assertThat(c.maxTotal()).isEqualTo(7);
              assertThat(c.minIdle()).isEqualTo(2);
              assertThat(c.maxWait()).isEqualTo(Duration.ofSeconds(3));
              assertThat(c.idleTimeout()).isEqualTo(Duration.ofMinutes(1));
              assertThat(c.maxLifetime()).isZero();
              assertThat(c.leakDetectionThreshold()).isEqualTo(Duration.ofSeconds(20));
              assertThat(c.options().durability()).isEqualTo(Durability.NORMAL);
              assertThat(c.options().busyTimeout()).isEqualTo(Duration.ofMillis(250));
              assertThat(c.options().cacheSizeBytes()).isEqualTo(2 * 1024 * 1024);
              assertThat(context.getBean(ZqlitePool.class).state().idle()).isEqualTo(2);
            });
  }

  @Test
  void aBadUrlFailsStartupWithAnAction() {
    runner
        .withPropertyValues("zqlite.url=jdbc:sqlite:x.db")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("zqlite.url must start with jdbc:zqlite:"));
  }

  @Test
  void theApplicationsOwnBeansWin() {
    runner
        .withPropertyValues(path())
        .withUserConfiguration(OwnBeans.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(ZqlitePool.class);
              assertThat(context.getBean(ZqlitePool.class).name()).isEqualTo("own");
              assertThat(context).hasSingleBean(DataSource.class);
              assertThat(context).doesNotHaveBean(ZqliteDataSource.class);
              assertThat(context).hasSingleBean(ConnectionFactory.class);
              assertThat(context).doesNotHaveBean(ConnectionPool.class);
            });
  }

  @Test
  void withoutR2dbcPoolOnTheClassPathThereIsNoConnectionFactory() {
    runner
        .withPropertyValues(path())
        .withClassLoader(new FilteredClassLoader(ConnectionPool.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(ZqlitePool.class);
              assertThat(context).doesNotHaveBean(ConnectionFactory.class);
            });
  }

  @Test
  void theHealthIndicatorCanBeSwitchedOff() {
    runner
        .withPropertyValues(path(), "management.health.zqlite.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(ZqliteHealthIndicator.class));
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    @Bean(destroyMethod = "close")
    ZqlitePool ownPool(
        @org.springframework.beans.factory.annotation.Value("${zqlite.path}") String path)
        throws ZqliteException {
      return new ZqlitePool(ZqlitePoolConfig.of(path).withName("own"));
    }

    @Bean
    DataSource ownDataSource(ZqlitePool pool) {
      return new org.springframework.jdbc.datasource.DriverManagerDataSource(
          "jdbc:zqlite:" + pool.config().path());
    }

    @Bean
    ConnectionFactory ownConnectionFactory() {
      return new ConnectionFactory() {
        @Override
        public org.reactivestreams.Publisher<? extends io.r2dbc.spi.Connection> create() {
          return Mono.empty();
        }

        @Override
        public io.r2dbc.spi.ConnectionFactoryMetadata getMetadata() {
          return () -> "own";
        }
      };
    }
  }
}
