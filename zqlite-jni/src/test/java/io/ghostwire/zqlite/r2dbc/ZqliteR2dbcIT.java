package io.ghostwire.zqlite.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcType;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Statement;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The R2DBC driver's own behaviour, beyond the TCK, on the real engine. */
class ZqliteR2dbcIT {
  private static final int BIG_ROWS = 1 << 14;

  @TempDir Path directory;
  private ConnectionFactory factory;
  private Connection connection;

  @BeforeEach
  void open() {
    factory = ConnectionFactories.get("r2dbc:zqlite:///:memory:");
    connection = Mono.from(factory.create()).block();
    run(
        "CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, born TEXT, photo BLOB)");
  }

  @AfterEach
  void close() {
    Mono.from(connection.close()).block();
  }

  private long run(String sql) {
    return Flux.from(connection.createStatement(sql).execute())
        .flatMap(Result::getRowsUpdated)
        .reduce(0L, Long::sum)
        .block();
  }

  private <T> List<T> query(Statement statement, Function<Row, T> mapper) {
    return Flux.from(statement.execute())
        .flatMap(result -> result.map((row, metadata) -> mapper.apply(row)))
        .collectList()
        .block();
  }

  private <T> List<T> query(String sql, Function<Row, T> mapper) {
    return query(connection.createStatement(sql), mapper);
  }

  private R2dbcException error(String sql) {
    try {
      run(sql);
    } catch (R2dbcException e) {
      return e;
    }
    throw new AssertionError("no error from: " + sql);
  }

  @Test
  void cancellingALongQueryInterruptsItSoTheConnectionRunsItsNextStatement() throws Exception {
    run("CREATE TABLE t(x INTEGER)");
    run("INSERT INTO t VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
    run("CREATE TABLE u(x INTEGER)");
    run("INSERT INTO u SELECT a.x FROM t a, t b, t c");
    // 10^12 rows: without the interrupt the worker would never get to the next statement.
    reactor.core.Disposable endless =
        Flux.from(connection.createStatement("SELECT count(*) FROM u a, u b, u c, u d").execute())
            .flatMap(result -> result.map((row, metadata) -> row.get(0)))
            .subscribe(v -> {}, e -> {});
    Thread.sleep(200);
    endless.dispose();
    // Bounded, so a missed interrupt fails the test instead of hanging it.
    List<Long> count =
        Flux.from(connection.createStatement("SELECT count(*) FROM u").execute())
            .flatMap(result -> result.map((row, metadata) -> row.get(0, Long.class)))
            .collectList()
            .block(java.time.Duration.ofMinutes(2));
    assertThat(count).containsExactly(1000L);
  }

  @Test
  void memoryDatabasesArePrivateToTheirConnection() {
    run("INSERT INTO person (name) VALUES ('ada')");
    Connection other = Mono.from(factory.create()).block();
    try {
      Throwable e =
          Flux.from(other.createStatement("SELECT name FROM person").execute())
              .flatMap(r -> r.map(row -> row.get(0)))
              .then()
              .materialize()
              .block()
              .getThrowable();
      assertThat(e).isInstanceOf(R2dbcBadGrammarException.class).hasMessageContaining("person");
    } finally {
      Mono.from(other.close()).block();
    }
  }

  @Test
  void nativeCallsRunOnTheConnectionWorkerNeverOnTheCallersThread() {
    Scheduler eventLoop = Schedulers.newSingle("event-loop");
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Integer> values =
          Flux.usingWhen(
                  Mono.from(factory.create())
                      .doOnNext(c -> threads.add(Thread.currentThread().getName())),
                  c ->
                      Flux.from(c.createStatement("SELECT 1 UNION ALL SELECT 2").execute())
                          .doOnNext(r -> threads.add(Thread.currentThread().getName()))
                          .flatMap(
                              r ->
                                  r.map(
                                      row -> {
                                        threads.add(Thread.currentThread().getName());
                                        return row.get(0, Integer.class);
                                      })),
                  Connection::close)
              .subscribeOn(eventLoop)
              .collectList()
              .block();
      assertThat(values).containsExactly(1, 2);
    } finally {
      eventLoop.dispose();
    }
    // Opening, running and reading all happened on the worker: not on the event loop, not here.
    assertThat(threads).hasSize(4).allMatch(name -> name.startsWith(Worker.THREAD_PREFIX));
  }

  private void fillBig() {
    StringBuilder sql = new StringBuilder("CREATE TABLE big (n INTEGER, pad TEXT);");
    sql.append("INSERT INTO big VALUES (1, printf('%100d', 1));");
    for (int i = 0; i < 14; i++) {
      sql.append("INSERT INTO big SELECT n + (SELECT max(n) FROM big), pad FROM big;");
    }
    run(sql.toString());
  }

  @Test
  void rowsStreamOnlyAsRequestedAndCancelFreesTheConnection() throws Exception {
    fillBig();
    List<Integer> received = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch ten = new CountDownLatch(10);
    CountDownLatch fifteen = new CountDownLatch(15);
    BaseSubscriber<Integer> subscriber =
        new BaseSubscriber<>() {
          @Override
          protected void hookOnSubscribe(Subscription subscription) {
            request(10);
          }

          @Override
          protected void hookOnNext(Integer value) {
            received.add(value);
            ten.countDown();
            fifteen.countDown();
          }
        };
    ZqliteResult result =
        (ZqliteResult)
            Flux.from(connection.createStatement("SELECT n FROM big ORDER BY n").execute())
                .blockFirst();
    result.map(row -> row.get(0, Integer.class)).subscribe(subscriber);
    assertThat(ten.await(30, TimeUnit.SECONDS)).isTrue();
    // A later task on the same single worker runs after any drain the first request queued.
    assertThat(query("SELECT count(*) FROM big", row -> row.get(0, Long.class)))
        .containsExactly((long) BIG_ROWS);
    assertThat(received).hasSize(10);
    assertThat(result.rowsRead()).isEqualTo(10);
    subscriber.request(5);
    assertThat(fifteen.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(query("SELECT 1", row -> row.get(0))).containsExactly(1);
    assertThat(received).hasSize(15).startsWith(1, 2, 3);
    assertThat(result.rowsRead()).isEqualTo(15);
    subscriber.cancel();
    // The cancelled statement is finalized: the table it read can be dropped.
    run("DROP TABLE big");
    assertThat(query("SELECT count(*) FROM sqlite_master WHERE name = 'big'", r -> r.get(0)))
        .containsExactly(0);
  }

  @Test
  void takeCancelsAQueryAndTheNextStatementRuns() {
    fillBig();
    List<Integer> first =
        Flux.from(connection.createStatement("SELECT n FROM big").execute())
            .flatMap(r -> r.map(row -> row.get("n", Integer.class)))
            .take(3)
            .collectList()
            .block();
    assertThat(first).hasSize(3);
    assertThat(run("DELETE FROM big")).isEqualTo(BIG_ROWS);
  }

  @Test
  void bindsByIndexAndByEveryPlaceholderName() {
    Statement numbered =
        connection.createStatement("INSERT INTO person (name, born) VALUES ($1, $2)");
    numbered.bind(0, "ada").bind(1, LocalDate.of(1815, 12, 10)).add();
    numbered.bind("$1", "alan").bind("2", "1912-06-23").add();
    numbered.bind("1", "grace").bindNull("$2", String.class);
    assertThat(Flux.from(numbered.execute()).flatMap(Result::getRowsUpdated).collectList().block())
        .containsExactly(1L, 1L, 1L);
    Statement named =
        connection.createStatement("INSERT INTO person (name, born) VALUES (:name, @born)");
    named.bind("name", "edsger").bind("@born", "1930-05-11");
    Flux.from(named.execute()).flatMap(Result::getRowsUpdated).blockLast();
    Statement question =
        connection.createStatement("SELECT name FROM person WHERE born > ?1 OR name = ?");
    question.bind("?1", "1900").bind(1, "ada");
    assertThat(query(question, row -> row.get(0, String.class)))
        .containsExactlyInAnyOrder("ada", "alan", "edsger");
    Statement dollar = connection.createStatement("SELECT born FROM person WHERE name = $who");
    dollar.bind("who", "ada");
    assertThat(query(dollar, row -> row.get(0, LocalDate.class)))
        .containsExactly(LocalDate.of(1815, 12, 10));
    assertThat(
            query(
                "SELECT born FROM person WHERE name = 'grace'",
                row -> Optional.ofNullable(row.get(0))))
        .containsExactly(Optional.empty());
  }

  @Test
  void valuesRoundTripWithTheirJavaTypes() {
    UUID id = UUID.randomUUID();
    Statement insert =
        connection.createStatement("INSERT INTO person (id, name, photo) VALUES ($1, $2, $3)");
    insert.bind(0, 5_000_000_000L).bind(1, "ada").bind(2, ByteBuffer.wrap(new byte[] {1, 2, 3}));
    insert.add().bind(0, 7).bind(1, id).bind(2, Parameters.in(R2dbcType.VARBINARY, new byte[] {4}));
    Flux.from(insert.execute()).flatMap(Result::getRowsUpdated).blockLast();
    List<List<Object>> rows =
        query(
            "SELECT id, name, photo, 1.5 AS r, NULL AS z FROM person ORDER BY id",
            row ->
                List.of(row.get("ID"), row.get(1, Object.class), row.get("photo"), row.get("r")));
    assertThat(rows.get(0).get(0)).isEqualTo(7);
    assertThat(rows.get(1).get(0)).isEqualTo(5_000_000_000L);
    assertThat(rows.get(1).get(1)).isEqualTo("ada");
    assertThat(rows.get(1).get(2)).isEqualTo(ByteBuffer.wrap(new byte[] {1, 2, 3}));
    assertThat(rows.get(0).get(3)).isEqualTo(1.5);
    assertThat(query("SELECT name FROM person WHERE id = 7", r -> r.get(0, UUID.class)))
        .containsExactly(id);
    assertThat(query("SELECT photo FROM person WHERE id = 7", r -> r.get(0, byte[].class)))
        .singleElement()
        .isEqualTo(new byte[] {4});
  }

  @Test
  void rowMetadataReportsNamesAndTheTypesOfTheValues() {
    run("INSERT INTO person (id, name, photo) VALUES (1, 'ada', x'00')");
    RowMetadata metadata =
        Flux.from(
                connection
                    .createStatement(
                        "SELECT id, name, photo, 2.5 AS real, NULL AS nul, 9000000000 AS big FROM person")
                    .execute())
            .flatMap(r -> r.map((row, m) -> m))
            .blockLast();
    assertThat(metadata.getColumnMetadatas())
        .extracting(c -> c.getName())
        .containsExactly("id", "name", "photo", "real", "nul", "big");
    assertThat(metadata.getColumnMetadatas())
        .<Object>extracting(c -> c.getJavaType())
        .containsExactly(
            Integer.class, String.class, ByteBuffer.class, Double.class, Object.class, Long.class);
    assertThat(metadata.getColumnMetadata("NAME").getType()).isEqualTo(R2dbcType.VARCHAR);
    assertThat(metadata.getColumnMetadata(5).getType()).isEqualTo(R2dbcType.BIGINT);
    assertThat(metadata.contains("Photo")).isTrue();
    assertThat(metadata.contains("missing")).isFalse();
  }

  @Test
  void generatedValuesComeFromReturning() {
    Statement insert = connection.createStatement("INSERT INTO person (name) VALUES ($1)");
    insert.bind(0, "ada").add().bind(0, "alan");
    insert.returnGeneratedValues("id");
    assertThat(query(insert, row -> row.get("id", Long.class))).containsExactly(1L, 2L);
    Statement all = connection.createStatement("INSERT INTO person (name) VALUES ('grace');");
    all.returnGeneratedValues();
    assertThat(query(all, row -> row.get("name", String.class))).containsExactly("grace");
    Statement counted = connection.createStatement("INSERT INTO person (name) VALUES ('edsger')");
    counted.returnGeneratedValues("id");
    assertThat(Flux.from(counted.execute()).flatMap(Result::getRowsUpdated).blockLast())
        .isEqualTo(1L);
  }

  @Test
  void filterAndFlatMapSeeSegments() {
    run("INSERT INTO person (name) VALUES ('ada'), ('alan')");
    Long updates =
        Flux.from(connection.createStatement("UPDATE person SET born = '1900'").execute())
            .flatMap(r -> r.filter(Result.UpdateCount.class::isInstance).getRowsUpdated())
            .blockLast();
    assertThat(updates).isEqualTo(2L);
    List<String> names =
        Flux.from(connection.createStatement("SELECT name FROM person ORDER BY id").execute())
            .flatMap(
                r ->
                    r.flatMap(
                        segment ->
                            segment instanceof Result.RowSegment row
                                ? Mono.just(row.row().get(0, String.class))
                                : Mono.empty()))
            .collectList()
            .block();
    assertThat(names).containsExactly("ada", "alan");
    Long none =
        Flux.from(connection.createStatement("SELECT name FROM person").execute())
            .flatMap(r -> r.filter(s -> false).getRowsUpdated())
            .blockLast();
    assertThat(none).isNull();
  }

  @Test
  void transactionsCommitRollBackAndKeepSavepoints() {
    assertThat(connection.isAutoCommit()).isTrue();
    assertThat(connection.getTransactionIsolationLevel()).isEqualTo(IsolationLevel.SERIALIZABLE);
    Mono.from(connection.setTransactionIsolationLevel(IsolationLevel.READ_COMMITTED)).block();
    assertThat(connection.getTransactionIsolationLevel()).isEqualTo(IsolationLevel.SERIALIZABLE);
    Mono.from(connection.beginTransaction()).block();
    assertThat(connection.isAutoCommit()).isFalse();
    run("INSERT INTO person (name) VALUES ('ada')");
    Mono.from(connection.createSavepoint("s1")).block();
    run("INSERT INTO person (name) VALUES ('alan')");
    Mono.from(connection.rollbackTransactionToSavepoint("s1")).block();
    Mono.from(connection.releaseSavepoint("s1")).block();
    Mono.from(connection.commitTransaction()).block();
    assertThat(connection.isAutoCommit()).isTrue();
    Mono.from(connection.beginTransaction()).block();
    run("INSERT INTO person (name) VALUES ('grace')");
    Mono.from(connection.rollbackTransaction()).block();
    assertThat(query("SELECT name FROM person", r -> r.get(0))).containsExactly("ada");
    Mono.from(connection.setAutoCommit(false)).block();
    run("INSERT INTO person (name) VALUES ('edsger')");
    assertThat(connection.isAutoCommit()).isFalse();
    Mono.from(connection.rollbackTransaction()).block();
    assertThat(query("SELECT count(*) FROM person", r -> r.get(0))).containsExactly(1);
  }

  @Test
  void errorsMapToR2dbcExceptionsWithSqlState() {
    run("INSERT INTO person (name) VALUES ('ada')");
    R2dbcException unique = error("INSERT INTO person (name) VALUES ('ada')");
    assertThat(unique).isInstanceOf(R2dbcDataIntegrityViolationException.class);
    assertThat(unique.getSqlState()).isEqualTo("23505");
    assertThat(unique.getErrorCode()).isEqualTo(2067);
    R2dbcException notNull = error("INSERT INTO person (name) VALUES (NULL)");
    assertThat(notNull).isInstanceOf(R2dbcDataIntegrityViolationException.class);
    assertThat(notNull.getSqlState()).isEqualTo("23502");
    R2dbcException syntax = error("SELEKT 1");
    assertThat(syntax).isInstanceOf(R2dbcBadGrammarException.class);
    assertThat(syntax.getSqlState()).isEqualTo("42000");
    assertThat(syntax.getSql()).isEqualTo("SELEKT 1");
    R2dbcException table = error("SELECT * FROM nowhere");
    assertThat(table).isInstanceOf(R2dbcBadGrammarException.class);
    assertThat(table.getSqlState()).isEqualTo("42S02");
    R2dbcException other = error("SELECT no_such_function(1)");
    assertThat(other).isInstanceOf(R2dbcNonTransientResourceException.class);
  }

  @Test
  void aLockedDatabaseFailsWithATimeoutAfterTheBusyTimeout() throws Exception {
    Path file = directory.resolve("busy.db");
    Files.deleteIfExists(file);
    ConnectionFactory files =
        ConnectionFactories.get("r2dbc:zqlite://" + file + "?busyTimeout=100&durability=OFF");
    Connection holder = Mono.from(files.create()).block();
    Flux.from(holder.createStatement("CREATE TABLE t (a INTEGER)").execute())
        .flatMap(Result::getRowsUpdated)
        .blockLast();
    // Opened after the CREATE: a connection does not see tables other connections create later.
    Connection waiter = Mono.from(files.create()).block();
    try {
      Mono.from(holder.beginTransaction()).block();
      Flux.from(holder.createStatement("INSERT INTO t VALUES (1)").execute())
          .flatMap(Result::getRowsUpdated)
          .blockLast();
      Throwable busy =
          Flux.from(waiter.createStatement("INSERT INTO t VALUES (2)").execute())
              .flatMap(Result::getRowsUpdated)
              .then()
              .materialize()
              .block()
              .getThrowable();
      assertThat(busy).isInstanceOf(R2dbcTimeoutException.class);
      assertThat(((R2dbcException) busy).getSqlState()).isEqualTo("40001");
    } finally {
      Mono.from(holder.close()).block();
      Mono.from(waiter.close()).block();
    }
  }

  @Test
  void closingEndsAnOpenRowStreamWithAnError() throws Exception {
    fillBig();
    Connection c = Mono.from(factory.create()).block();
    Flux.from(c.createStatement("CREATE TABLE n (x INTEGER)").execute())
        .flatMap(Result::getRowsUpdated)
        .blockLast();
    Flux.from(c.createStatement("INSERT INTO n VALUES (1), (2), (3)").execute())
        .flatMap(Result::getRowsUpdated)
        .blockLast();
    Result result = Flux.from(c.createStatement("SELECT x FROM n").execute()).blockFirst();
    CountDownLatch one = new CountDownLatch(1);
    List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    BaseSubscriber<Object> subscriber =
        new BaseSubscriber<>() {
          @Override
          protected void hookOnSubscribe(Subscription subscription) {
            request(1);
          }

          @Override
          protected void hookOnNext(Object value) {
            one.countDown();
          }

          @Override
          protected void hookOnError(Throwable e) {
            errors.add(e);
          }
        };
    Flux.from(result.map(row -> row.get(0))).subscribe(subscriber);
    assertThat(one.await(30, TimeUnit.SECONDS)).isTrue();
    Mono.from(c.close()).block();
    assertThat(errors).singleElement().isInstanceOf(R2dbcNonTransientResourceException.class);
  }

  @Test
  void closedConnectionsFailAndValidateFalse() {
    Connection c = Mono.from(factory.create()).block();
    assertThat(Mono.from(c.validate(io.r2dbc.spi.ValidationDepth.REMOTE)).block()).isTrue();
    Mono.from(c.close()).block();
    Mono.from(c.close()).block();
    assertThat(Mono.from(c.validate(io.r2dbc.spi.ValidationDepth.REMOTE)).block()).isFalse();
    StepVerifier.create(c.createStatement("SELECT 1").execute())
        .expectError(R2dbcNonTransientResourceException.class)
        .verify();
  }
}
