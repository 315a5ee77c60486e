package io.github.ogpkit.benchmarks;

import io.github.ogpkit.model.Plan;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;

/**
 * The document every benchmark works on, in the forms they start from, made once per fork
 * outside the measurement: its canonical JSON bytes, the plan ogpkit's reader made of them, the
 * same plan copied in code, and Jackson's tree of the same bytes.
 */
@State(Scope.Benchmark)
public class Document {

  /** {@value Inputs#FIXTURE} or a number of measures. */
  @Param({Inputs.FIXTURE, "1000", "10000", "100000"})
  public String input;

  /** The canonical JSON, UTF-8. */
  public byte[] json;
  /** The plan as the reader bound it. */
  public Plan plan;
  /**
   * An equal plan built in code ({@code toBuilder().build()}): the validator knows nothing of
   * it, so it gets the Bean Validation structural pass that a plan the reader bound does not
   * need.
   */
  public Plan planBuiltInCode;
  /** Jackson's tree of the same bytes. */
  public JsonNode tree;

  /** Makes the forms of the input. */
  @Setup
  public void setUp() {
    json = Inputs.json(input);
    plan = Inputs.reader().readPlan(json);
    planBuiltInCode = plan.toBuilder().build();
    tree = Inputs.mapper().readTree(json);
  }
}
