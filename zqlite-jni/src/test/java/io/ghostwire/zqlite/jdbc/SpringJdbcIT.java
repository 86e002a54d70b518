package io.ghostwire.zqlite.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The driver under Spring's JdbcTemplate: queries, updates, keys, batches, transactions. */
class SpringJdbcIT {

  @Test
  void jdbcTemplateWorksEndToEnd(@TempDir Path dir) {
    SingleConnectionDataSource dataSource =
        new SingleConnectionDataSource("jdbc:zqlite:" + dir.resolve("spring.db"), true);
    try {
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      jdbc.execute(
          "CREATE TABLE account(id INTEGER PRIMARY KEY, owner TEXT NOT NULL UNIQUE,"
              + " balance INTEGER NOT NULL, opened TEXT, token BLOB)");
      UUID token = UUID.randomUUID();
      assertThat(
              jdbc.update(
                  "INSERT INTO account(owner, balance, opened, token) VALUES (?, ?, ?, ?)",
                  "ada",
                  100,
                  LocalDate.of(2024, 1, 2),
                  token))
          .isEqualTo(1);
      GeneratedKeyHolder keys = new GeneratedKeyHolder();
      jdbc.update(
          c -> {
            var p =
                c.prepareStatement(
                    "INSERT INTO account(owner, balance) VALUES (?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            p.setString(1, "grace");
            p.setLong(2, 50);
            return p;
          },
          keys);
      assertThat(keys.getKey().longValue()).isEqualTo(2);
      int[] counts =
          jdbc.batchUpdate(
              "INSERT INTO account(owner, balance) VALUES (?, ?)",
              List.of(new Object[] {"linus", 1}, new Object[] {"barbara", 2}));
      assertThat(counts).containsExactly(1, 1);
      assertThat(jdbc.queryForObject("SELECT sum(balance) FROM account", Long.class))
          .isEqualTo(153);
      Map<String, Object> ada = jdbc.queryForMap("SELECT * FROM account WHERE owner = ?", "ada");
      assertThat(ada).containsEntry("balance", 100L).containsEntry("opened", "2024-01-02");
      UUID stored =
          jdbc.queryForObject(
              "SELECT token FROM account WHERE id = 1", (rs, n) -> rs.getObject(1, UUID.class));
      assertThat(stored).isEqualTo(token);
      assertThat(jdbc.queryForList("SELECT owner FROM account ORDER BY owner", String.class))
          .containsExactly("ada", "barbara", "grace", "linus");

      NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
      assertThat(
              named.queryForObject(
                  "SELECT balance FROM account WHERE owner = :owner",
                  new MapSqlParameterSource("owner", "grace"),
                  Integer.class))
          .isEqualTo(50);

      assertThatThrownBy(() -> jdbc.update("INSERT INTO account(owner, balance) VALUES ('ada', 1)"))
          .isInstanceOf(DuplicateKeyException.class);
      assertThatThrownBy(() -> jdbc.update("INSERT INTO account(owner) VALUES ('x')"))
          .isInstanceOf(DataIntegrityViolationException.class);
      assertThatThrownBy(() -> jdbc.queryForList("SELECT * FROM nowhere"))
          .isInstanceOf(BadSqlGrammarException.class);

      TransactionTemplate tx =
          new TransactionTemplate(new DataSourceTransactionManager(dataSource));
      assertThatThrownBy(
              () ->
                  tx.executeWithoutResult(
                      status -> {
                        jdbc.update("UPDATE account SET balance = balance - 100 WHERE id = 1");
                        throw new IllegalStateException("abort");
                      }))
          .hasMessage("abort");
      assertThat(jdbc.queryForObject("SELECT balance FROM account WHERE id = 1", Integer.class))
          .isEqualTo(100);
      tx.executeWithoutResult(
          status -> jdbc.update("UPDATE account SET balance = balance - 10 WHERE id = 1"));
      assertThat(jdbc.queryForObject("SELECT balance FROM account WHERE id = 1", Integer.class))
          .isEqualTo(90);
    } finally {
      dataSource.destroy();
    }
  }
}
