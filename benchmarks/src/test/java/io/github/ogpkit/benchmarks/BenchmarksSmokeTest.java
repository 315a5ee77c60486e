package io.github.ogpkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, briefly, on the smallest input (the fixture, also for the tables
 * and report benchmarks; for the monitoring benchmarks a report of 100 entries and a dataset of 20
 * documents), so that the benchmarks cannot rot. It checks that each one runs, never how fast.
 */
class BenchmarksSmokeTest {

  private static final int BENCHMARK_METHODS = 24;

  @Test
  void everyBenchmarkRunsOneShortIterationOnTheFixture() throws RunnerException {
    Options options = new OptionsBuilder()
        .include("io\\.github\\.ogpkit\\.benchmarks\\..*Benchmark\\..*")
        .param("input", Inputs.FIXTURE)
        // MonitoringBenchmark's smallest sizes, far below its own.
        .param("entries", "100")
        .param("documents", "20")
        // In this JVM: a fork would need the benchmark jar, and this is a smoke run.
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .timeUnit(TimeUnit.MILLISECONDS)
        .shouldFailOnError(true)
        .verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT)
        .build();

    Collection<RunResult> results = new Runner(options).run();

    assertThat(results).hasSize(BENCHMARK_METHODS);
    assertThat(results).allSatisfy(r ->
        assertThat(r.getPrimaryResult().getSampleCount()).isPositive());
  }
}
