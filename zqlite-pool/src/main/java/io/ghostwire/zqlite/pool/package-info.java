/**
 * Pooled ZQLite connections (Commons Pool2), a DataSource, Micrometer metrics and Spring Boot
 * auto-configuration.
 */
package io.ghostwire.zqlite.pool;
