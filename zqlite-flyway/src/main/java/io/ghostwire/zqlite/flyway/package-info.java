/**
 * Flyway support for ZQLite: {@link io.ghostwire.zqlite.flyway.ZqliteDatabaseType}, which Flyway
 * loads by itself when this artifact is on the classpath.
 */
package io.ghostwire.zqlite.flyway;
