package io.ghostwire.zqlite.pool.autoconfigure;

import io.ghostwire.zqlite.pool.ZqlitePool;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code zqlite} health indicator, when Boot's health module is present and a {@link
 * ZqlitePool} exists; {@code management.health.zqlite.enabled=false} turns it off.
 */
@AutoConfiguration(after = ZqliteAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ZqlitePool.class})
@ConditionalOnBean(ZqlitePool.class)
@ConditionalOnEnabledHealthIndicator("zqlite")
public final class ZqliteHealthAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "zqliteHealthIndicator")
  ZqliteHealthIndicator zqliteHealthIndicator(ZqlitePool pool) {
    return new ZqliteHealthIndicator(pool);
  }
}
