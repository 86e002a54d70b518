package io.ghostwire.zqlite.pool.micrometer;

import io.ghostwire.zqlite.ZqliteException;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Locale;
import java.util.Objects;

/**
 * Micrometer Observations around statement execution, so traces show database spans: {@link
 * #observe} runs a piece of work as an observation named {@value #NAME} (contextual name {@code
 * "zqlite <kind>"}), with low-cardinality keys {@code db.system=zqlite}, {@code pool} and {@code
 * kind} (the statement's first keyword: select, insert, ...) and the SQL text as the
 * high-cardinality {@code db.statement}. Errors are recorded on the observation and rethrown. With
 * no registry configured ({@link ObservationRegistry#NOOP}) it costs one null check.
 *
 * <pre>{@code
 * ZqliteObservations observations = new ZqliteObservations(registry, pool.name());
 * long changed = observations.observe(sql, () -> lease.connection().executeUpdate(sql, key));
 * }</pre>
 */
public final class ZqliteObservations {
  /** The observation name (and so the timer and span name). */
  public static final String NAME = "zqlite.statement";

  private final ObservationRegistry registry;
  private final String poolName;

  public ZqliteObservations(ObservationRegistry registry, String poolName) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.poolName = Objects.requireNonNull(poolName, "poolName");
  }

  /** Work on a ZQLite connection that may fail with its checked exception. */
  @FunctionalInterface
  public interface Work<T> {
    T run() throws ZqliteException;
  }

  /** Runs {@code work} inside an observation of {@code sql}. */
  public <T> T observe(String sql, Work<T> work) throws ZqliteException {
    String kind = kindOf(sql);
    Observation observation =
        Observation.createNotStarted(NAME, registry)
            .contextualName("zqlite " + kind)
            .lowCardinalityKeyValues(
                KeyValues.of("db.system", "zqlite", "pool", poolName, "kind", kind))
            .highCardinalityKeyValue("db.statement", sql)
            .start();
    try (Observation.Scope scope = observation.openScope()) {
      return work.run();
    } catch (ZqliteException | RuntimeException e) {
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }

  /** The statement's first keyword, lower case ("other" when there is none). */
  static String kindOf(String sql) {
    int start = 0;
    while (start < sql.length() && !Character.isLetter(sql.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
      end++;
    }
    return end > start ? sql.substring(start, end).toLowerCase(Locale.ROOT) : "other";
  }
}
