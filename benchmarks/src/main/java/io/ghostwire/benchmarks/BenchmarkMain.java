package io.ghostwire.benchmarks;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The entry point of {@code benchmarks.jar}: runs JMH with the given command line (the same options
 * as JMH's own {@code Main}), then prints ZQLite's speed against each other engine for every
 * benchmark, so one run gives the numbers and the ratios side by side.
 */
public final class BenchmarkMain {
  /** Options that only print something; they go to JMH's own Main unchanged. */
  private static final Set<String> INFO_OPTIONS = Set.of("-h", "-l", "-lp", "-lprof", "-lrf");

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    if (List.of(args).stream().anyMatch(INFO_OPTIONS::contains)) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    Collection<RunResult> results;
    try {
      results = new Runner(new CommandLineOptions(args)).run();
    } catch (CommandLineOptionException | RunnerException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    System.out.println();
    System.out.println(Ratios.of(results).render());
    io.ghostwire.benchmarks.pool.PoolRatios.print(results);
  }
}
