/**
 * The JDBC driver: {@code jdbc:zqlite:<path>[?durability=FULL|NORMAL|OFF&busyTimeoutMillis=N&
 * readOnly=true]} and {@code jdbc:zqlite::memory:}, registered through {@code
 * META-INF/services/java.sql.Driver}. Result sets are forward-only and read-only; isolation is
 * SERIALIZABLE; with autocommit off a transaction starts at the first statement. Errors map to
 * JDBC's exception classes and SQLStates in {@link io.ghostwire.zqlite.jdbc.SqlExceptions}.
 */
package io.ghostwire.zqlite.jdbc;
