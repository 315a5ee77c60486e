package io.github.ogpkit.benchmarks;

import io.github.ogpkit.io.DocumentReader;
import io.github.ogpkit.io.DocumentWriter;
import io.github.ogpkit.io.ReadResult;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.DatasetReport;
import io.github.ogpkit.rules.OgpValidator;
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

/**
 * Issue 15: validating monitoring documents together ({@code OgpValidator.validate(Dataset)})
 * grows linearly with their size. One plan and one progress report of N entries, a dataset of M
 * documents, and reading the report of N entries back from its canonical JSON. The inputs are
 * {@link MonitoringInputs}, built in code from a seed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonitoringBenchmark {

  /** One plan of N measures and one government progress report with an entry for each. */
  @State(Scope.Benchmark)
  public static class OneReport {
    /** The report's entries, and the plan's measures. */
    @Param({"1000", "10000"})
    public int entries;

    /** The plan and the report. */
    public Dataset dataset;
    /** The report alone, as {@code DocumentWriter.canonical()} writes it (UTF-8). */
    public byte[] reportJson;

    /** Builds the plan and the report. */
    @Setup
    public void setUp() {
      Plan plan = MonitoringInputs.plan("az-synthetic", entries, MonitoringInputs.SEED);
      var report = MonitoringInputs.report(plan, entries);
      dataset = Dataset.of(plan, report);
      reportJson = DocumentWriter.canonical().writeBytes(report);
    }
  }

  /** A dataset of M documents: a handful of plans, a member, progress reports, assessments. */
  @State(Scope.Benchmark)
  public static class ManyDocuments {
    /** The number of documents. */
    @Param({"100", "1000"})
    public int documents;

    /** The dataset. */
    public Dataset dataset;

    /** Builds the dataset. */
    @Setup
    public void setUp() {
      dataset = Dataset.of(MonitoringInputs.documents(documents));
    }
  }

  /** The validator, as a service holds it. */
  @State(Scope.Benchmark)
  public static class Validator {
    /** ogpkit's validator with its defaults. */
    public OgpValidator validator;
    /** ogpkit's reader of any document type, with its default limits. */
    public DocumentReader reader;

    /** Makes the tools. */
    @Setup
    public void setUp() {
      validator = OgpValidator.standard();
      reader = DocumentReader.standard();
    }
  }

  /**
   * The plan and the report of N entries validated together: the plan's rules and every
   * monitoring rule.
   *
   * @param in the inputs
   * @param t the validator
   * @return the reports
   */
  @Benchmark
  public DatasetReport validateReport(OneReport in, Validator t) {
    return t.validator.validate(in.dataset);
  }

  /**
   * A dataset of M documents validated together.
   *
   * @param in the inputs
   * @param t the validator
   * @return the reports
   */
  @Benchmark
  public DatasetReport validateDataset(ManyDocuments in, Validator t) {
    return t.validator.validate(in.dataset);
  }

  /**
   * The report of N entries read from its canonical JSON.
   *
   * @param in the inputs
   * @param t the reader
   * @return the read result
   */
  @Benchmark
  public ReadResult readReport(OneReport in, Validator t) {
    return t.reader.read(in.reportJson);
  }
}
