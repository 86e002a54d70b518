package io.ghostwire.zqlite.r2dbc;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Result;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Flux;

/** SQL texts without parameters, run in order, a result per statement. */
final class ZqliteBatch implements Batch {
  private static final Object[] NO_VALUES = new Object[0];

  private final ZqliteR2dbcConnection connection;
  private final List<String> statements = new ArrayList<>();

  ZqliteBatch(ZqliteR2dbcConnection connection) {
    this.connection = connection;
  }

  @Override
  public Batch add(String sql) {
    if (sql == null) {
      throw new IllegalArgumentException("sql must not be null");
    }
    statements.add(sql);
    return this;
  }

  @Override
  public Flux<Result> execute() {
    List<String> texts = List.copyOf(statements);
    return Flux.fromIterable(texts)
        .concatMap(sql -> connection.execute(sql, List.<Object[]>of(NO_VALUES)), 1);
  }
}
