package io.github.ogpkit.benchmarks;

import io.github.ogpkit.model.Plan;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;

/**
 * Reading the same bytes three ways: ogpkit's strict, located reader to a {@link Plan}, Jackson's
 * tree (the cost of parsing alone) and Jackson's binding to a plain {@link Map}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadBenchmark {

  /**
   * ogpkit: bytes to a bound, checked plan.
   *
   * @param d the document
   * @param t the tools
   * @return the plan
   */
  @Benchmark
  public Plan ogpkitReadPlan(Document d, Tools t) {
    return t.reader.readPlan(d.json);
  }

  /**
   * Jackson: bytes to a tree, the cost of parsing alone.
   *
   * @param d the document
   * @param t the tools
   * @return the tree
   */
  @Benchmark
  public JsonNode jacksonReadTree(Document d, Tools t) {
    return t.mapper.readTree(d.json);
  }

  /**
   * Jackson: bytes bound to a plain map.
   *
   * @param d the document
   * @param t the tools
   * @return the map
   */
  @Benchmark
  public Map<?, ?> jacksonReadMap(Document d, Tools t) {
    return t.mapper.readValue(d.json, Map.class);
  }
}
