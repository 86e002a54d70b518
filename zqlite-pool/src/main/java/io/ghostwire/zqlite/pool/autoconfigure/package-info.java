/**
 * Spring Boot 4 auto-configuration of ZQLite: {@code zqlite.*} properties, a pool, a DataSource, a
 * pooled R2DBC ConnectionFactory, pool and engine metrics, and the {@code zqlite} health indicator.
 * Registered in {@code
 * META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}.
 */
package io.ghostwire.zqlite.pool.autoconfigure;
