package io.github.ogpkit.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import java.util.List;
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
import tools.jackson.databind.ObjectMapper;

/**
 * The service path, bytes in and report out: ogpkit's reader and full validation, against
 * Jackson's tree and networknt's JSON Schema validation of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadValidateBenchmark {

  /** {@value Inputs#FIXTURE} or a number of measures. */
  @Param({Inputs.FIXTURE, "1000", "10000", "100000"})
  public String input;

  private byte[] json;
  private PlanReader reader;
  private OgpValidator ogpValidator;
  private ObjectMapper mapper;
  private Schema schema;

  /** Makes the input and the tools, outside the measurement. */
  @Setup
  public void setUp() {
    json = Inputs.json(input);
    reader = Inputs.reader();
    ogpValidator = Inputs.ogpValidator();
    mapper = Inputs.mapper();
    schema = Inputs.jsonSchema();
  }

  /**
   * ogpkit: read, bind and validate, one report with locations.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport ogpkitReadValidate() {
    return reader.validate(json, ogpValidator);
  }

  /**
   * Jackson tree and networknt JSON Schema validation.
   *
   * @return the errors
   */
  @Benchmark
  public List<Error> jsonSchemaReadValidate() {
    return schema.validate(mapper.readTree(json));
  }
}
