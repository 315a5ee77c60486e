package io.github.ogpkit.benchmarks;

import com.networknt.schema.Error;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.ValidationReport;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating a document that is already in memory: ogpkit's full {@code ogp-action-plan}
 * validation of a read plan, the same of an equal plan built in code (which also gets the Bean
 * Validation structural pass), networknt's JSON Schema validation of the same document's tree
 * against the plan schema, and Hibernate Validator's structural pass over the plan alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateBenchmark {

  /**
   * ogpkit: every plan rule of the profile, on a plan the reader bound (whose structure the
   * reader checked).
   *
   * @param d the document
   * @param t the tools
   * @return the report
   */
  @Benchmark
  public ValidationReport ogpkitValidate(Document d, Tools t) {
    return t.validator.validate(d.checkedPlan);
  }

  /**
   * ogpkit: the structural checks through Hibernate Validator and every plan rule, on an equal
   * plan built in code.
   *
   * @param d the document
   * @param t the tools
   * @return the report
   */
  @Benchmark
  public ValidationReport ogpkitValidateBuiltInCode(Document d, Tools t) {
    return t.validator.validate(d.planBuiltInCode);
  }

  /**
   * networknt json-schema-validator: the plan schema over the document's tree.
   *
   * @param d the document
   * @param t the tools
   * @return the errors
   */
  @Benchmark
  public List<Error> jsonSchemaValidate(Document d, Tools t) {
    return t.schema.validate(d.tree);
  }

  /**
   * Hibernate Validator: the model's Bean Validation constraints only.
   *
   * @param d the document
   * @param t the tools
   * @return the violations
   */
  @Benchmark
  public Set<ConstraintViolation<Plan>> hibernateStructural(Document d, Tools t) {
    return t.beanValidator.validate(d.plan);
  }
}
