package io.github.ogpkit.benchmarks;

import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.model.Plan;
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
import tools.jackson.databind.ObjectWriter;

/**
 * Writing UTF-8 JSON: ogpkit's canonical form of a plan against Jackson writing the same
 * document's tree with its default pretty printer (also two-space indentation, but no ordering
 * or normalization).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WriteBenchmark {

  /** {@value Inputs#FIXTURE} or a number of measures. */
  @Param({Inputs.FIXTURE, "1000", "10000", "100000"})
  public String input;

  private Plan plan;
  private JsonNode tree;
  private PlanWriter writer;
  private ObjectWriter treeWriter;

  /** Reads the input both ways, outside the measurement. */
  @Setup
  public void setUp() {
    byte[] json = Inputs.json(input);
    plan = Inputs.reader().readPlan(json);
    tree = Inputs.mapper().readTree(json);
    writer = PlanWriter.canonical();
    treeWriter = Inputs.mapper().writerWithDefaultPrettyPrinter();
  }

  /**
   * ogpkit: the canonical UTF-8 bytes.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] ogpkitWrite() {
    return writer.writeBytes(plan);
  }

  /**
   * Jackson: the tree, pretty-printed, as UTF-8 bytes.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] jacksonWriteTree() {
    return treeWriter.writeValueAsBytes(tree);
  }
}
