package io.github.ogpkit.benchmarks;

import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.model.Plan;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reading the same bytes three ways: ogpkit's strict, located reader to a {@link Plan}, Jackson's
 * tree (the cost of parsing alone) and Jackson's binding to a plain {@link Map}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadBenchmark {

  /** {@value Inputs#FIXTURE} or a number of measures. */
  @Param({Inputs.FIXTURE, "1000", "10000", "100000"})
  public String input;

  private byte[] json;
  private PlanReader reader;
  private ObjectMapper mapper;

  /** Makes the input and the readers, outside the measurement. */
  @Setup
  public void setUp() {
    json = Inputs.json(input);
    reader = Inputs.reader();
    mapper = Inputs.mapper();
  }

  /**
   * ogpkit: bytes to a bound, checked plan.
   *
   * @return the plan
   */
  @Benchmark
  public Plan ogpkitReadPlan() {
    return reader.readPlan(json);
  }

  /**
   * Jackson: bytes to a tree, the cost of parsing alone.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode jacksonReadTree() {
    return mapper.readTree(json);
  }

  /**
   * Jackson: bytes bound to a plain map.
   *
   * @return the map
   */
  @Benchmark
  public Map<?, ?> jacksonReadMap() {
    return mapper.readValue(json, Map.class);
  }
}
