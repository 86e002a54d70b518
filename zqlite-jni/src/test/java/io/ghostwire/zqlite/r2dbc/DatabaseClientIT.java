package io.ghostwire.zqlite.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** The driver under Spring's DatabaseClient and reactive transactions, on a database file. */
class DatabaseClientIT {
  @TempDir Path directory;
  private ConnectionFactory factory;
  private DatabaseClient client;

  @BeforeEach
  void setUp() {
    factory =
        ConnectionFactories.get(
            "r2dbc:zqlite://" + directory.resolve("spring.db") + "?durability=OFF");
    // Spring knows no bind-marker style for ZQLite by name: $1, $2, ... are ZQLite parameters.
    client =
        DatabaseClient.builder()
            .connectionFactory(factory)
            .bindMarkers(BindMarkersFactory.indexed("$", 1))
            .build();
    client
        .sql(
            "CREATE TABLE node (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, online INTEGER)")
        .then()
        .block();
  }

  private Mono<Long> insert(String name, boolean online) {
    return client
        .sql("INSERT INTO node (name, online) VALUES (:name, :online)")
        .bind("name", name)
        .bind("online", online)
        .filter(statement -> statement.returnGeneratedValues("id"))
        .map(row -> row.get("id", Long.class))
        .one();
  }

  @Test
  void namedParametersGeneratedKeysAndMapping() {
    assertThat(insert("alpha", true).block()).isEqualTo(1L);
    assertThat(insert("beta", false).block()).isEqualTo(2L);
    List<String> online =
        client
            .sql("SELECT name FROM node WHERE online = :online ORDER BY id")
            .bind("online", true)
            .map(row -> row.get("name", String.class))
            .all()
            .collectList()
            .block();
    assertThat(online).containsExactly("alpha");
    Long updated = client.sql("UPDATE node SET online = 1").fetch().rowsUpdated().block();
    assertThat(updated).isEqualTo(2L);
    Map<String, Object> first = client.sql("SELECT * FROM node WHERE id = 1").fetch().one().block();
    assertThat(first).containsEntry("name", "alpha").containsEntry("online", 1);
    client
        .sql("SELECT name FROM node WHERE name = :n")
        .bindNull("n", String.class)
        .fetch()
        .all()
        .blockLast();
  }

  @Test
  void transactionalOperatorCommitsAndRollsBack() {
    TransactionalOperator tx = TransactionalOperator.create(new R2dbcTransactionManager(factory));
    insert("alpha", true).then(insert("beta", true)).as(tx::transactional).block();
    assertThatThrownBy(
            () -> insert("gamma", true).then(insert("alpha", true)).as(tx::transactional).block())
        .isInstanceOf(DataIntegrityViolationException.class);
    List<String> names =
        client
            .sql("SELECT name FROM node ORDER BY id")
            .map(r -> r.get(0, String.class))
            .all()
            .collectList()
            .block();
    assertThat(names).containsExactly("alpha", "beta");
  }
}
