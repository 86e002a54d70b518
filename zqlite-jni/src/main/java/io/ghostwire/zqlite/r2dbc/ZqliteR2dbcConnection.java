package io.ghostwire.zqlite.r2dbc;

import io.ghostwire.zqlite.Zqlite;
import io.ghostwire.zqlite.ZqliteConnection;
import io.ghostwire.zqlite.ZqliteCursor;
import io.ghostwire.zqlite.ZqliteException;
import io.ghostwire.zqlite.ZqliteStatement;
import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An R2DBC connection over one {@link ZqliteConnection}, whose native calls all run on the
 * connection's {@link Worker} thread, in the order they were issued.
 *
 * <p>Transactions: a new connection is in auto-commit mode. {@link #beginTransaction()} runs {@code
 * BEGIN}; {@link #setAutoCommit(boolean) setAutoCommit(false)} makes the next statement begin one;
 * {@code setAutoCommit(true)} commits an open one. A savepoint outside a transaction begins one.
 * ZQLite transactions are serializable (one writer at a time, readers see a snapshot), so the
 * isolation level is always reported as SERIALIZABLE; asking for a weaker level is accepted, since
 * SERIALIZABLE gives every guarantee the weaker ones do.
 */
public final class ZqliteR2dbcConnection implements Connection {
  private final ZqliteConnection db;
  private final Worker worker;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean autoCommit = true;
  private volatile boolean inTransaction;
  private final Set<CursorSource> openCursors = ConcurrentHashMap.newKeySet();

  ZqliteR2dbcConnection(ZqliteConnection db, Worker worker) {
    this.db = db;
    this.worker = worker;
  }

  /** Runs {@code task} on the worker, refreshing the transaction state afterwards. */
  <T> Mono<T> call(java.util.concurrent.Callable<T> task) {
    return Mono.defer(
        () ->
            closed.get()
                ? Mono.error(R2dbcExceptions.closed())
                : worker.call(
                    () -> {
                      try {
                        return task.call();
                      } finally {
                        refreshTransactionState();
                      }
                    }));
  }

  private Mono<Void> run(ZqliteTask task) {
    return call(() -> {
          task.run();
          return Boolean.TRUE;
        })
        .then();
  }

  /** A unit of work on the worker. */
  @FunctionalInterface
  interface ZqliteTask {
    void run() throws ZqliteException;
  }

  private void refreshTransactionState() throws ZqliteException {
    if (!db.isClosed()) {
      inTransaction = db.inTransaction();
    }
  }

  /** Begins a transaction before a statement when auto-commit is off and none is open. */
  void beginIfManual() throws ZqliteException {
    if (!autoCommit && !db.inTransaction()) {
      db.begin();
    }
  }

  @Override
  public Mono<Void> beginTransaction() {
    return run(
        () -> {
          if (!db.inTransaction()) {
            db.begin();
          }
        });
  }

  /**
   * Begins a transaction; {@code LOCK_WAIT_TIMEOUT} sets the busy timeout (for the rest of the
   * connection's life), any isolation level is accepted (ZQLite is always serializable), and {@code
   * READ_ONLY} and {@code NAME} are ignored.
   */
  @Override
  public Mono<Void> beginTransaction(TransactionDefinition definition) {
    if (definition == null) {
      return Mono.error(new IllegalArgumentException("definition must not be null"));
    }
    Duration lockWait = definition.getAttribute(TransactionDefinition.LOCK_WAIT_TIMEOUT);
    Mono<Void> timeout = lockWait == null ? Mono.empty() : setLockWaitTimeout(lockWait);
    return timeout.then(beginTransaction());
  }

  @Override
  public Mono<Void> commitTransaction() {
    return run(
        () -> {
          if (db.inTransaction()) {
            db.commit();
          }
        });
  }

  @Override
  public Mono<Void> rollbackTransaction() {
    return run(
        () -> {
          if (db.inTransaction()) {
            db.rollback();
          }
        });
  }

  @Override
  public Mono<Void> createSavepoint(String name) {
    requireName(name);
    return run(
        () -> {
          if (!db.inTransaction()) {
            db.begin();
          }
          db.savepoint(name);
        });
  }

  @Override
  public Mono<Void> releaseSavepoint(String name) {
    requireName(name);
    return run(() -> db.releaseSavepoint(name));
  }

  @Override
  public Mono<Void> rollbackTransactionToSavepoint(String name) {
    requireName(name);
    return run(() -> db.rollbackToSavepoint(name));
  }

  private static void requireName(String name) {
    if (name == null) {
      throw new IllegalArgumentException("savepoint name must not be null");
    }
  }

  @Override
  public boolean isAutoCommit() {
    return autoCommit && !inTransaction;
  }

  @Override
  public Mono<Void> setAutoCommit(boolean value) {
    return run(
        () -> {
          if (value && db.inTransaction()) {
            db.commit();
          }
          autoCommit = value;
        });
  }

  @Override
  public IsolationLevel getTransactionIsolationLevel() {
    return IsolationLevel.SERIALIZABLE;
  }

  @Override
  public Mono<Void> setTransactionIsolationLevel(IsolationLevel level) {
    if (level == null) {
      return Mono.error(new IllegalArgumentException("isolation level must not be null"));
    }
    return Mono.empty();
  }

  @Override
  public Mono<Void> setLockWaitTimeout(Duration timeout) {
    if (timeout == null) {
      return Mono.error(new IllegalArgumentException("timeout must not be null"));
    }
    return run(() -> db.setBusyTimeout(timeout));
  }

  /** Only zero (no timeout) is accepted: the engine cannot interrupt a running statement yet. */
  @Override
  public Mono<Void> setStatementTimeout(Duration timeout) {
    if (timeout == null) {
      return Mono.error(new IllegalArgumentException("timeout must not be null"));
    }
    if (!timeout.isZero()) {
      return Mono.error(
          new UnsupportedOperationException("ZQLite has no statement timeout: " + timeout));
    }
    return Mono.empty();
  }

  @Override
  public Batch createBatch() {
    return new ZqliteBatch(this);
  }

  @Override
  public ZqliteR2dbcStatement createStatement(String sql) {
    if (sql == null) {
      throw new IllegalArgumentException("sql must not be null");
    }
    return new ZqliteR2dbcStatement(this, sql);
  }

  @Override
  public ConnectionMetadata getMetadata() {
    return new ConnectionMetadata() {
      @Override
      public String getDatabaseProductName() {
        return "ZQLite";
      }

      @Override
      public String getDatabaseVersion() {
        return Zqlite.version();
      }
    };
  }

  @Override
  public Mono<Boolean> validate(ValidationDepth depth) {
    if (depth == null) {
      return Mono.error(new IllegalArgumentException("depth must not be null"));
    }
    if (depth == ValidationDepth.LOCAL) {
      return Mono.fromSupplier(() -> !closed.get() && !db.isClosed());
    }
    return call(() -> {
          try (ZqliteStatement probe = db.prepare("SELECT 1");
              ZqliteCursor rows = probe.executeQuery()) {
            return rows.next() && rows.getLong(0) == 1;
          }
        })
        .onErrorReturn(false)
        .defaultIfEmpty(false);
  }

  /**
   * Ends open row streams with an error, closes the database (rolling back an open transaction),
   * then ends the worker thread.
   */
  @Override
  public Mono<Void> close() {
    return Mono.defer(
        () -> {
          if (!closed.compareAndSet(false, true)) {
            return Mono.empty();
          }
          return worker
              .call(
                  () -> {
                    for (CursorSource rows : List.copyOf(openCursors)) {
                      rows.abort();
                    }
                    db.close();
                    return Boolean.TRUE;
                  })
              .doFinally(signal -> worker.shutdown())
              .then();
        });
  }

  /**
   * Runs the statements of {@code sql} once per binding set, one after another: a query's result
   * must be consumed (or cancelled) before the next statement runs.
   */
  Flux<Result> execute(String sql, List<Object[]> sets) {
    return Flux.fromIterable(sets).concatMap(set -> resolve(set).flatMapMany(v -> run(sql, v)), 1);
  }

  private static Mono<Object[]> resolve(Object[] set) {
    Object[] values = set.clone();
    Mono<Void> all = Mono.empty();
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Mono<?> pending) {
        int index = i;
        all = all.then(pending.doOnNext(value -> values[index] = value).then());
      }
    }
    return all.thenReturn(values);
  }

  private Flux<Result> run(String sql, Object[] values) {
    StepState state = new StepState();
    return call(() -> state.runUnlessCancelled(() -> step(sql, values)))
        .doOnCancel(state::cancel)
        .flatMapMany(
            step ->
                Flux.concat(
                    Mono.just(step.result),
                    step.finished.then(Mono.empty()),
                    step.tail == null ? Flux.empty() : Flux.defer(() -> run(step.tail, values))));
  }

  /**
   * Cancelling one statement's step: a step not started yet is skipped; a running one is
   * interrupted (the engine reads the flag every few hundred rows), again every 10 ms while it
   * runs, because an interrupt that lands just before the engine starts the statement is lost.
   */
  private final class StepState {
    private static final int NOT_STARTED = 0;
    private static final int RUNNING = 1;
    private static final int ENDED = 2;
    private static final long REPEATS_MAX = 60_000 / 10;
    private final AtomicInteger phase = new AtomicInteger(NOT_STARTED);

    Step runUnlessCancelled(Callable<Step> step) throws Exception {
      if (!phase.compareAndSet(NOT_STARTED, RUNNING)) {
        return new Step(ZqliteResult.ofCount(0), Mono.empty(), null);
      }
      try {
        return step.call();
      } finally {
        phase.set(ENDED);
      }
    }

    void cancel() {
      if (phase.compareAndSet(NOT_STARTED, ENDED) || phase.get() != RUNNING) {
        return;
      }
      db.interrupt();
      Flux.interval(Duration.ofMillis(10))
          .takeWhile(tick -> phase.get() == RUNNING && tick < REPEATS_MAX)
          .subscribe(tick -> db.interrupt());
    }
  }

  /** One statement's result, when it is done, and the SQL after it (null when none). */
  private record Step(Result result, Mono<Void> finished, String tail) {}

  private Step step(String sql, Object[] values) throws ZqliteException {
    assert Worker.onWorkerThread() : "natives run on the worker";
    beginIfManual();
    ZqliteStatement statement = db.prepare(sql);
    try {
      String tail = tailOf(sql, statement.tailOffsetBytes());
      bind(statement, values, tail != null);
      if (statement.columnCount() > 0) {
        ZqliteCursor cursor = statement.executeQuery();
        CursorSource rows = new CursorSource(worker, db, statement, cursor, openCursors);
        return new Step(new ZqliteResult(rows), rows.finished(), tail);
      }
      long changed = statement.executeUpdate();
      statement.close();
      return new Step(ZqliteResult.ofCount(changed), Mono.empty(), tail);
    } catch (ZqliteException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private static void bind(ZqliteStatement statement, Object[] values, boolean compound) {
    if (values.length > 0 && compound) {
      throw new IllegalArgumentException(
          "parameters are supported in single statements only: " + statement.sql());
    }
    if (statement.parameterCount() != values.length) {
      throw new IllegalArgumentException(
          "the engine found "
              + statement.parameterCount()
              + " parameters, the driver "
              + values.length
              + ", in: "
              + statement.sql());
    }
    for (int i = 0; i < values.length; i++) {
      statement.bind(i + 1, values[i]);
    }
  }

  /** The SQL after the first statement, or null when only blanks, comments or ';' remain. */
  static String tailOf(String sql, int tailOffsetBytes) {
    byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
    if (tailOffsetBytes <= 0 || tailOffsetBytes >= bytes.length) {
      return null;
    }
    String tail =
        new String(bytes, tailOffsetBytes, bytes.length - tailOffsetBytes, StandardCharsets.UTF_8);
    return Parameters.isBlank(tail) ? null : tail;
  }

  public boolean isClosed() {
    return closed.get();
  }

  @Override
  public String toString() {
    return "ZqliteR2dbcConnection[" + db.path() + (closed.get() ? ", closed]" : "]");
  }
}
