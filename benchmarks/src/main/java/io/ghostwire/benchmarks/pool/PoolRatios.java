package io.ghostwire.benchmarks.pool;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;

/**
 * After a run with {@link PoolBenchmarks}: each pool's borrow/return throughput next to the others,
 * as a ratio to {@code ZQLITE_POOL} (above 1: that pool is faster than ZqlitePool).
 */
public final class PoolRatios {
  private static final String PARAM = "pool";
  private static final String OURS = "ZQLITE_POOL";

  private PoolRatios() {}

  /** Prints the table when the results hold pool benchmarks; nothing otherwise. */
  public static void print(Collection<RunResult> results) {
    Map<String, Map<String, Double>> byBenchmark = new LinkedHashMap<>();
    for (RunResult run : results) {
      String pool = run.getParams().getParam(PARAM);
      if (pool == null) {
        continue;
      }
      String name = run.getParams().getBenchmark();
      String key = name.substring(name.lastIndexOf('.') + 1);
      byBenchmark
          .computeIfAbsent(key, k -> new LinkedHashMap<>())
          .put(pool, run.getPrimaryResult().getScore());
    }
    if (byBenchmark.isEmpty()) {
      return;
    }
    System.out.println();
    System.out.println("Pool borrow/return, ops/s, and each pool relative to ZQLITE_POOL");
    for (Map.Entry<String, Map<String, Double>> entry : byBenchmark.entrySet()) {
      Double ours = entry.getValue().get(OURS);
      for (Map.Entry<String, Double> pool : entry.getValue().entrySet()) {
        String ratio =
            ours == null || ours <= 0
                ? "-"
                : String.format(Locale.ROOT, "%.2fx", pool.getValue() / ours);
        System.out.println(
            String.format(
                Locale.ROOT,
                "%-22s %-18s %14.0f %8s",
                entry.getKey(),
                pool.getKey(),
                pool.getValue(),
                ratio));
      }
    }
  }
}
