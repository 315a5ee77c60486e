package io.github.ogpkit.benchmarks;

import com.networknt.schema.Error;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The service path, bytes in and report out: ogpkit's reader and full validation, against
 * Jackson's tree and networknt's JSON Schema validation of it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadValidateBenchmark {

  /**
   * ogpkit: read, bind and validate, one report with locations.
   *
   * @param d the document
   * @param t the tools
   * @return the report
   */
  @Benchmark
  public ValidationReport ogpkitReadValidate(Document d, Tools t) {
    return t.reader.validate(d.json, t.validator);
  }

  /**
   * Jackson tree and networknt JSON Schema validation.
   *
   * @param d the document
   * @param t the tools
   * @return the errors
   */
  @Benchmark
  public List<Error> jsonSchemaReadValidate(Document d, Tools t) {
    return t.schema.validate(t.mapper.readTree(d.json));
  }
}
