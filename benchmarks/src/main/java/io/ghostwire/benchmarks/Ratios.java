package io.ghostwire.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * ZQLite's speed relative to each other engine, per benchmark: above 1 means ZQLite is faster. For
 * throughput that is ZQLite's score over the other's; for time per operation, the other's over
 * ZQLite's. Results are grouped by benchmark and every parameter except {@code engine}.
 */
final class Ratios {
  private static final String ENGINE = "engine";
  private static final String OURS = "ZQLITE";

  private final Map<String, Map<String, Result<?>>> groups;
  private final Map<String, Boolean> higherIsBetter;

  private Ratios(Map<String, Map<String, Result<?>>> groups, Map<String, Boolean> higherIsBetter) {
    this.groups = groups;
    this.higherIsBetter = higherIsBetter;
  }

  static Ratios of(Collection<RunResult> results) {
    Map<String, Map<String, Result<?>>> groups = new LinkedHashMap<>();
    Map<String, Boolean> higherIsBetter = new LinkedHashMap<>();
    for (RunResult run : results) {
      BenchmarkParams params = run.getParams();
      String engine = params.getParam(ENGINE);
      if (engine == null) {
        continue;
      }
      String key = groupKey(params);
      groups.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(engine, run.getPrimaryResult());
      higherIsBetter.put(key, params.getMode().shortLabel().equals("thrpt"));
    }
    return new Ratios(groups, higherIsBetter);
  }

  private static String groupKey(BenchmarkParams params) {
    String name = params.getBenchmark();
    StringBuilder key =
        new StringBuilder(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
    for (String param : params.getParamsKeys()) {
      if (!param.equals(ENGINE)) {
        key.append(' ').append(param).append('=').append(params.getParam(param));
      }
    }
    key.append(" threads=").append(params.getThreads());
    return key.toString();
  }

  /** A table: benchmark, each engine's score, ZQLite/sqlite-jdbc and ZQLite/H2 speed ratios. */
  String render() {
    List<String> lines = new ArrayList<>();
    lines.add("ZQLite speed relative to the others (>1: ZQLite faster)");
    lines.add(
        String.format(
            Locale.ROOT,
            "%-58s %14s %14s %14s %-8s %9s %9s",
            "benchmark",
            "zqlite",
            "sqlite-jdbc",
            "h2",
            "unit",
            "vs sqlite",
            "vs h2"));
    for (Map.Entry<String, Map<String, Result<?>>> group : groups.entrySet()) {
      Map<String, Result<?>> byEngine = group.getValue();
      Result<?> ours = byEngine.get(OURS);
      boolean higher = higherIsBetter.get(group.getKey());
      lines.add(
          String.format(
              Locale.ROOT,
              "%-58s %14s %14s %14s %-8s %9s %9s",
              group.getKey(),
              score(ours),
              score(byEngine.get("SQLITE")),
              score(byEngine.get("H2")),
              ours == null ? "" : ours.getScoreUnit(),
              ratio(ours, byEngine.get("SQLITE"), higher),
              ratio(ours, byEngine.get("H2"), higher)));
    }
    return String.join(System.lineSeparator(), lines);
  }

  private static String score(Result<?> result) {
    return result == null ? "-" : String.format(Locale.ROOT, "%.1f", result.getScore());
  }

  private static String ratio(Result<?> ours, Result<?> theirs, boolean higherIsBetter) {
    if (ours == null || theirs == null || ours.getScore() <= 0 || theirs.getScore() <= 0) {
      return "-";
    }
    double r =
        higherIsBetter ? ours.getScore() / theirs.getScore() : theirs.getScore() / ours.getScore();
    return String.format(Locale.ROOT, "%.2fx", r);
  }
}
