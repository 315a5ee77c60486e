package io.github.ogpkit.benchmarks;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.CheckedPlan;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import tools.jackson.databind.JsonNode;

/**
 * The document every benchmark works on, in the form it starts from, made once per fork outside
 * the measurement: its canonical JSON bytes, the plan ogpkit's reader made of them, the same plan
 * copied in code, or Jackson's tree of the same bytes.
 *
 * <p>A fork keeps only the form its benchmark uses. Everything kept stays reachable for the whole
 * fork, and the collector marks and copies it again and again: at 100,000 measures the four forms
 * together are about 480 MB, which made every benchmark there slower by an amount that depended
 * on what the other benchmarks needed.
 */
@State(Scope.Benchmark)
public class Document {

  /** {@value Inputs#FIXTURE} or a number of measures. */
  @Param({Inputs.FIXTURE, "1000", "10000", "100000"})
  public String input;

  /** The canonical JSON, UTF-8; for the benchmarks that read. */
  public byte[] json;
  /** The plan as the reader bound it; for the benchmarks that write a plan or validate it alone. */
  public Plan plan;
  /**
   * The same plan as the reader hands it to a validator ({@code ReadResult.checkedPlan()}): the
   * validator skips the Bean Validation structural pass, whose constraints the reader checked
   * while binding.
   */
  public CheckedPlan checkedPlan;
  /**
   * An equal plan built in code ({@code toBuilder().build()}): the validator knows nothing of
   * it, so it gets the Bean Validation structural pass that a plan the reader bound does not
   * need.
   */
  public Plan planBuiltInCode;
  /** Jackson's tree of the same bytes; for the benchmarks that validate or write a tree. */
  public JsonNode tree;

  /**
   * Makes the form of the input that the benchmark being run uses.
   *
   * @param params which benchmark runs
   */
  @Setup
  public void setUp(BenchmarkParams params) {
    String benchmark = params.getBenchmark();
    String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    byte[] bytes = Inputs.json(input);
    switch (method) {
      case "jsonSchemaValidate", "jacksonWriteTree" -> tree = Inputs.mapper().readTree(bytes);
      case "ogpkitValidate" -> checkedPlan = Inputs.reader().read(bytes).checkedPlan()
          .orElseThrow(() -> new IllegalStateException(input + " does not bind"));
      case "hibernateStructural", "ogpkitWrite" -> plan = Inputs.reader().readPlan(bytes);
      case "ogpkitValidateBuiltInCode" ->
          planBuiltInCode = Inputs.reader().readPlan(bytes).toBuilder().build();
      default -> json = bytes;
    }
  }
}
