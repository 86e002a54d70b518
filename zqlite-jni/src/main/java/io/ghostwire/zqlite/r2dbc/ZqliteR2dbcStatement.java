package io.ghostwire.zqlite.r2dbc;

import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import reactor.core.publisher.Flux;

/**
 * A statement with bindings. Placeholders are ZQLite's (SQLite's): {@code ?}, {@code ?NNN}, {@code
 * :name}, {@code @name} and {@code $name}. {@code bind(int, ...)} counts from 0 ({@code ?1} is
 * index 0); {@code bind(String, ...)} takes a name with or without its prefix, so {@code $1} binds
 * {@code bind("$1", v)} or {@code bind("1", v)}, {@code :id} binds {@code bind("id", v)} or {@code
 * bind(":id", v)}, and {@code ?2} binds {@code bind("?2", v)}.
 *
 * <p>{@link #returnGeneratedValues(String...)} appends {@code RETURNING} with the given columns (or
 * {@code *} when none are given) to an INSERT, UPDATE or DELETE that has no RETURNING clause.
 *
 * <p>A SQL text with several statements separated by ';' runs them in order, a result each; such a
 * text cannot have parameters.
 */
public final class ZqliteR2dbcStatement implements Statement {
  private final ZqliteR2dbcConnection connection;
  private final String sql;
  private final Parameters parameters;
  private final List<Object[]> sets = new ArrayList<>();
  private Object[] current;
  private boolean[] bound;
  private String[] generatedColumns;

  ZqliteR2dbcStatement(ZqliteR2dbcConnection connection, String sql) {
    this.connection = connection;
    this.sql = sql;
    this.parameters = Parameters.scan(sql);
    this.current = new Object[parameters.count()];
    this.bound = new boolean[parameters.count()];
  }

  private int index(int index) {
    if (index < 0 || index >= current.length) {
      throw new IndexOutOfBoundsException(
          "parameter index " + index + " out of range 0.." + (current.length - 1) + " in: " + sql);
    }
    return index;
  }

  private int index(String name) {
    if (name == null) {
      throw new IllegalArgumentException("parameter name must not be null");
    }
    int index = parameters.indexOf(name);
    if (index < 0) {
      throw new NoSuchElementException("no parameter named " + name + " in: " + sql);
    }
    return index;
  }

  private Statement set(int index, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("value must not be null: use bindNull");
    }
    current[index] = Codecs.encode(value);
    bound[index] = true;
    return this;
  }

  @Override
  public Statement bind(int index, Object value) {
    return set(index(index), value);
  }

  @Override
  public Statement bind(String name, Object value) {
    return set(index(name), value);
  }

  @Override
  public Statement bindNull(int index, Class<?> type) {
    return setNull(index(index), type);
  }

  @Override
  public Statement bindNull(String name, Class<?> type) {
    return setNull(index(name), type);
  }

  private Statement setNull(int index, Class<?> type) {
    if (type == null) {
      throw new IllegalArgumentException("type must not be null");
    }
    current[index] = null;
    bound[index] = true;
    return this;
  }

  @Override
  public Statement add() {
    requireComplete();
    sets.add(current);
    current = new Object[parameters.count()];
    bound = new boolean[parameters.count()];
    return this;
  }

  private void requireComplete() {
    for (int i = 0; i < bound.length; i++) {
      if (!bound[i]) {
        throw new IllegalStateException("parameter " + i + " is not bound in: " + sql);
      }
    }
  }

  private boolean anyBound() {
    for (boolean b : bound) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Statement returnGeneratedValues(String... columns) {
    if (columns == null) {
      throw new IllegalArgumentException("columns must not be null");
    }
    generatedColumns = columns.clone();
    return this;
  }

  @Override
  public Statement fetchSize(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("fetch size must not be negative: " + rows);
    }
    return this;
  }

  @Override
  public Flux<Result> execute() {
    List<Object[]> runs = new ArrayList<>(sets);
    if (!runs.isEmpty() && !anyBound() && parameters.count() > 0) {
      return Flux.error(
          new IllegalStateException("add() must be followed by bindings, not execute(): " + sql));
    }
    if (anyBound() || runs.isEmpty()) {
      requireComplete();
      runs.add(current);
    }
    String text = generatedColumns == null ? sql : withReturning(sql, generatedColumns);
    return connection.execute(text, List.copyOf(runs));
  }

  static String withReturning(String sql, String[] columns) {
    String trimmed = sql.strip();
    while (trimmed.endsWith(";")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
    }
    String upper = trimmed.toUpperCase(Locale.ROOT);
    boolean writes =
        upper.startsWith("INSERT")
            || upper.startsWith("REPLACE")
            || upper.startsWith("UPDATE")
            || upper.startsWith("DELETE");
    if (!writes || upper.contains("RETURNING")) {
      return sql;
    }
    String list = columns.length == 0 ? "*" : String.join(", ", Arrays.asList(columns));
    return trimmed + " RETURNING " + list;
  }

  @Override
  public String toString() {
    return "ZqliteR2dbcStatement[" + sql + "]";
  }
}
