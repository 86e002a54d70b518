package io.ghostwire.zqlite.pool.autoconfigure;

import io.ghostwire.zqlite.ZqliteException;
import io.ghostwire.zqlite.pool.ZqliteDataSource;
import io.ghostwire.zqlite.pool.ZqlitePool;
import io.ghostwire.zqlite.pool.micrometer.ZqliteObservations;
import io.ghostwire.zqlite.pool.micrometer.ZqlitePoolMetrics;
import io.ghostwire.zqlite.pool.r2dbc.ZqliteR2dbcPools;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * ZQLite for Spring Boot: with {@code zqlite.path} (or {@code zqlite.url}) set, a {@link
 * ZqlitePool}, a {@link DataSource} on it, a pooled R2DBC {@link ConnectionFactory} when r2dbc-pool
 * is present, and the pool's Micrometer metrics when Micrometer is. Every bean backs off when the
 * application defines its own of that type. Runs before Boot's DataSource and R2DBC
 * auto-configurations, so theirs back off in turn.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration"
    })
@ConditionalOnClass(ZqlitePool.class)
@Conditional(OnZqliteDatabaseCondition.class)
@EnableConfigurationProperties(ZqliteProperties.class)
public final class ZqliteAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  ZqlitePool zqlitePool(ZqliteProperties properties) throws ZqliteException {
    return new ZqlitePool(properties.toPoolConfig());
  }

  /** Closing the DataSource would close the pool, which has its own destroy method. */
  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean(DataSource.class)
  ZqliteDataSource zqliteDataSource(ZqlitePool pool) {
    return new ZqliteDataSource(pool);
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({ConnectionPool.class, ConnectionFactory.class})
  static class R2dbc {
    @Bean(destroyMethod = "dispose")
    @ConditionalOnMissingBean(ConnectionFactory.class)
    ConnectionPool zqliteConnectionFactory(ZqliteProperties properties) {
      return ZqliteR2dbcPools.create(properties.toPoolConfig());
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterBinder.class)
  static class Metrics {
    /** Boot binds every MeterBinder bean to its registries. */
    @Bean
    @ConditionalOnMissingBean
    ZqlitePoolMetrics zqlitePoolMetrics(ZqlitePool pool) {
      return new ZqlitePoolMetrics(pool);
    }

    /** Statement observations for the application's code (see ZqliteObservations). */
    @Bean
    @ConditionalOnMissingBean
    ZqliteObservations zqliteObservations(
        ObjectProvider<ObservationRegistry> registry, ZqlitePool pool) {
      return new ZqliteObservations(
          registry.getIfAvailable(() -> ObservationRegistry.NOOP), pool.name());
    }
  }
}
