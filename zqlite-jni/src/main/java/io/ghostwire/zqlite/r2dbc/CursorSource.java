package io.ghostwire.zqlite.r2dbc;

import io.ghostwire.zqlite.ZqliteConnection;
import io.ghostwire.zqlite.ZqliteCursor;
import io.ghostwire.zqlite.ZqliteException;
import io.ghostwire.zqlite.ZqliteStatement;
import io.r2dbc.spi.Result.Segment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Streams the rows of an open cursor with backpressure. Each request queues a drain task on the
 * connection's worker, which reads at most {@link #ROWS_PER_TASK} rows (and never more than were
 * requested) before yielding the thread, so rows are read from the engine's batch buffer as the
 * subscriber asks for them, never all at once. The end of the rows, an error or a cancel finalizes
 * the statement (ending its read of the database; a cancel also interrupts a fetch in progress) and
 * completes {@link #finished()}, which the statement waits for before running its next binding set
 * or SQL statement.
 */
final class CursorSource {
  /** Rows one worker task reads at most before letting other tasks of the connection run. */
  static final int ROWS_PER_TASK = 256;

  private final Worker worker;
  private final ZqliteConnection db;
  private final ZqliteStatement statement;
  private final ZqliteCursor cursor;
  private final boolean countChanges;
  private final Sinks.Empty<Void> finished = Sinks.empty();
  private final AtomicBoolean done = new AtomicBoolean();
  private final Set<CursorSource> open;
  private volatile FluxSink<Segment> subscriber;
  private List<String> names;
  private volatile long rowsRead;

  /**
   * @param open the connection's open cursors: this one is in it until finished, so closing the
   *     connection can end its row stream with an error instead of leaving it waiting
   */
  CursorSource(
      Worker worker,
      ZqliteConnection db,
      ZqliteStatement statement,
      ZqliteCursor cursor,
      Set<CursorSource> open) {
    this.worker = worker;
    this.db = db;
    this.statement = statement;
    this.cursor = cursor;
    this.countChanges = !statement.isReadOnly();
    this.open = open;
    open.add(this);
  }

  /** Rows read from the engine so far (tests: reads follow requests). */
  long rowsRead() {
    return rowsRead;
  }

  Mono<Void> finished() {
    return finished.asMono();
  }

  Flux<Segment> segments() {
    return Flux.create(
        sink -> {
          subscriber = sink;
          sink.onRequest(n -> worker.execute(() -> drain(sink), sink::error));
          sink.onCancel(
              () -> {
                // A fetch running on the worker now stops at its next interrupt check.
                if (!done.get()) {
                  db.interrupt();
                }
                worker.execute(this::finish, e -> finish());
              });
        });
  }

  private void drain(FluxSink<Segment> sink) {
    assert Worker.onWorkerThread() : "natives run on the worker";
    if (done.get()) {
      return;
    }
    for (int read = 0; read < ROWS_PER_TASK && sink.requestedFromDownstream() > 0; read++) {
      try {
        if (!cursor.next()) {
          complete(sink);
          return;
        }
        rowsRead++;
        sink.next(new ZqliteResult.RowData(new ZqliteRow(names(), copyRow())));
      } catch (ZqliteException e) {
        finish();
        sink.error(R2dbcExceptions.of(e));
        return;
      }
    }
    if (sink.requestedFromDownstream() > 0 && !done.get()) {
      worker.execute(() -> drain(sink), sink::error);
    }
  }

  private void complete(FluxSink<Segment> sink) throws ZqliteException {
    long changes = countChanges ? db.changes() : -1;
    finish();
    if (changes >= 0) {
      sink.next(new ZqliteResult.Count(changes));
    }
    sink.complete();
  }

  private List<String> names() {
    if (names == null || names.size() != cursor.columnCount()) {
      List<String> list = new ArrayList<>(cursor.columnCount());
      for (int i = 0; i < cursor.columnCount(); i++) {
        list.add(cursor.columnName(i));
      }
      names = Collections.unmodifiableList(list);
    }
    return names;
  }

  private Object[] copyRow() throws ZqliteException {
    Object[] values = new Object[cursor.columnCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = cursor.getObject(i);
    }
    return values;
  }

  /** Finalizes the statement once; the connection is free for its next statement. */
  void finish() {
    if (done.compareAndSet(false, true)) {
      cursor.close();
      statement.close();
      open.remove(this);
      finished.tryEmitEmpty();
    }
  }

  /** The connection is closing: end the row stream with an error (on the worker). */
  void abort() {
    assert Worker.onWorkerThread() : "natives run on the worker";
    boolean wasOpen = !done.get();
    finish();
    FluxSink<Segment> sink = subscriber;
    if (wasOpen && sink != null) {
      sink.error(R2dbcExceptions.closed());
    }
  }
}
