package io.github.ogpkit.benchmarks;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.report.PlanReport;
import io.github.ogpkit.rules.OgpValidator;
import io.github.ogpkit.rules.RuleCatalog;
import io.github.ogpkit.rules.RuleInfo;
import java.io.IOException;
import java.io.OutputStream;
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
 * Issue 17: writing a plan's HTML report ({@link PlanReport#write(Plan, java.io.OutputStream)})
 * to a stream that counts the bytes and keeps none, for plans of 1,000, 10,000 and 100,000
 * measures, so that the growth from one size to the next shows whether the report is written in
 * linear time.
 *
 * <p>{@link #report} is the report as a user gets it: {@link PlanReport#standard()}, whose
 * findings summary runs the standard validator on the plan (structural checks and plan rules) on
 * every write. {@link #reportWithoutRules} is the same page with a validator that has every rule
 * turned off, so no check runs and the findings summary is empty: the writing alone. The
 * difference between the two is the validation's share.
 *
 * <p>The plans are the other benchmarks' synthetic plans ({@link Inputs#json(String)} read by
 * {@link Inputs#reader()}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ReportBenchmark {

  /** The plan and the two reports. */
  @State(Scope.Benchmark)
  public static class Reports {
    /** {@value Inputs#FIXTURE} or a number of measures. */
    @Param({"1000", "10000", "100000"})
    public String input;

    /** The plan as the reader bound it. */
    public Plan plan;
    /** The report with the standard validator. */
    public PlanReport standard;
    /** The report with a validator of no rules. */
    public PlanReport withoutRules;

    /** Makes the plan and the reports. */
    @Setup
    public void setUp() {
      plan = Inputs.reader().readPlan(Inputs.json(input));
      standard = PlanReport.standard();
      withoutRules = PlanReport.builder().validator(noRules()).build();
    }
  }

  /**
   * Returns a validator with every rule it runs on plans turned off: no structural check (both
   * {@code required} and {@code invalid-value} are off) and no plan rule.
   *
   * @return the validator, not null
   */
  public static OgpValidator noRules() {
    OgpValidator.Builder builder = OgpValidator.builder();
    for (RuleInfo rule : RuleCatalog.all()) {
      if (rule.appliesToPlans()) {
        builder.disable(rule.id());
      }
    }
    return builder.build();
  }

  /**
   * The page as {@link PlanReport#standard()} writes it, validation included.
   *
   * @param r the inputs
   * @return the bytes written
   * @throws IOException never: the stream does not fail
   */
  @Benchmark
  public long report(Reports r) throws IOException {
    Counting out = new Counting();
    r.standard.write(r.plan, out);
    return out.count;
  }

  /**
   * The same page with a validator of no rules: the writing alone.
   *
   * @param r the inputs
   * @return the bytes written
   * @throws IOException never: the stream does not fail
   */
  @Benchmark
  public long reportWithoutRules(Reports r) throws IOException {
    Counting out = new Counting();
    r.withoutRules.write(r.plan, out);
    return out.count;
  }

  /** An output stream that counts the bytes and keeps none. */
  static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
