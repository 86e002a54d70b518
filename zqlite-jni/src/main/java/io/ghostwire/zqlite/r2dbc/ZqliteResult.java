package io.ghostwire.zqlite.r2dbc;

import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The outcome of one statement run: an update count, or rows streamed from an open cursor (see
 * {@link CursorSource}) followed, for statements that write (INSERT ... RETURNING), by the count. A
 * result can be consumed once; mapper functions run on the connection's worker thread.
 */
final class ZqliteResult implements Result {
  private final Flux<Segment> source;
  private final CursorSource cursor;
  private final AtomicBoolean consumed = new AtomicBoolean();

  ZqliteResult(Flux<Segment> source) {
    this.source = source;
    this.cursor = null;
  }

  ZqliteResult(CursorSource cursor) {
    this.source = cursor.segments();
    this.cursor = cursor;
  }

  /** Rows read from the engine so far; 0 for an update count. */
  long rowsRead() {
    return cursor == null ? 0 : cursor.rowsRead();
  }

  static ZqliteResult ofCount(long rows) {
    return new ZqliteResult(Flux.just(new Count(rows)));
  }

  private Flux<Segment> segments() {
    if (!consumed.compareAndSet(false, true)) {
      return Flux.error(new IllegalStateException("this Result was consumed already"));
    }
    return source;
  }

  @Override
  public Mono<Long> getRowsUpdated() {
    return segments()
        .filter(UpdateCount.class::isInstance)
        .map(segment -> ((UpdateCount) segment).value())
        .reduce(Long::sum);
  }

  @Override
  public <T> Flux<T> map(BiFunction<Row, RowMetadata, ? extends T> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return map((Readable readable) -> mapper.apply((Row) readable, ((Row) readable).getMetadata()));
  }

  @Override
  public <T> Flux<T> map(Function<? super Readable, ? extends T> mapper) {
    if (mapper == null) {
      throw new IllegalArgumentException("mapper must not be null");
    }
    return segments()
        .handle(
            (segment, sink) -> {
              if (segment instanceof RowSegment row) {
                T value = mapper.apply(row.row());
                if (value == null) {
                  sink.error(new IllegalStateException("the mapper returned null"));
                  return;
                }
                sink.next(value);
              } else if (segment instanceof Message message) {
                sink.error(message.exception());
              }
            });
  }

  @Override
  public Result filter(Predicate<Segment> filter) {
    if (filter == null) {
      throw new IllegalArgumentException("filter must not be null");
    }
    return new ZqliteResult(Flux.defer(this::segments).filter(filter));
  }

  @Override
  public <T> Flux<T> flatMap(Function<Segment, ? extends Publisher<? extends T>> mapper) {
    if (mapper == null) {
      throw new IllegalArgumentException("mapper must not be null");
    }
    return segments().concatMap(mapper);
  }

  /** A row of the result. */
  record RowData(Row row) implements RowSegment {}

  /** The rows a statement inserted, updated or deleted. */
  record Count(long value) implements UpdateCount {}
}
