package io.github.ogpkit.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
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

/**
 * Validating a document that is already in memory: ogpkit's full {@code ogp-action-plan}
 * validation of a read plan, networknt's JSON Schema validation of the same document's tree
 * against the plan schema, and Hibernate Validator's structural pass over the plan alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateBenchmark {

  /** {@value Inputs#FIXTURE} or a number of measures. */
  @Param({Inputs.FIXTURE, "1000", "10000", "100000"})
  public String input;

  private Plan plan;
  private JsonNode tree;
  private OgpValidator ogpValidator;
  private Schema schema;
  private Validator beanValidator;

  /** Reads the input both ways and bootstraps the validators, outside the measurement. */
  @Setup
  public void setUp() {
    byte[] json = Inputs.json(input);
    plan = Inputs.reader().readPlan(json);
    tree = Inputs.mapper().readTree(json);
    ogpValidator = Inputs.ogpValidator();
    schema = Inputs.jsonSchema();
    beanValidator = Inputs.beanValidator();
  }

  /**
   * ogpkit: the structural checks and every plan rule of the profile.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport ogpkitValidate() {
    return ogpValidator.validate(plan);
  }

  /**
   * networknt json-schema-validator: the plan schema over the document's tree.
   *
   * @return the errors
   */
  @Benchmark
  public List<Error> jsonSchemaValidate() {
    return schema.validate(tree);
  }

  /**
   * Hibernate Validator: the model's Bean Validation constraints only.
   *
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<Plan>> hibernateStructural() {
    return beanValidator.validate(plan);
  }
}
