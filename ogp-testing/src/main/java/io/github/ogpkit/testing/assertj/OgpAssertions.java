package io.github.ogpkit.testing.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.report.DatasetReport;
import io.github.ogpkit.model.report.ValidationReport;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of ogpkit's AssertJ assertions, for plans, measures, time frames, validation
 * reports (a dataset's included), and the monitoring documents: progress reports, IRM
 * assessments, members and datasets.
 *
 * <pre>{@code
 * import static io.github.ogpkit.testing.assertj.OgpAssertions.assertThat;
 *
 * assertThat(report).hasNoErrors();
 * assertThat(report).hasFinding("number-duplicate", "/sections/4/measures/6/number");
 * assertThat(plan).hasMeasure("1.2");
 * assertThat(plan.findMeasure("1.2").orElseThrow())
 *     .hasExecutor("ministry-of-justice").isWithin("2016/2018");
 * assertThat(progressReport).hasStatus("1.1.2", ProgressStatus.COMPLETE);
 * }</pre>
 *
 * <p>Failure messages show plans by their measure numbers and reports by their findings, one a
 * line, as people read them. Needs AssertJ on the class path; {@code ogp-testing} declares it
 * optional, so a test suite that uses these assertions depends on {@code assertj-core} itself.
 */
@API(status = STABLE, since = "0.1")
public final class OgpAssertions {

  private OgpAssertions() {}

  /**
   * Starts assertions on a plan.
   *
   * @param actual the plan
   * @return the assertions
   */
  public static PlanAssert assertThat(@Nullable Plan actual) {
    return new PlanAssert(actual);
  }

  /**
   * Starts assertions on a measure.
   *
   * @param actual the measure
   * @return the assertions
   */
  public static MeasureAssert assertThat(@Nullable Measure actual) {
    return new MeasureAssert(actual);
  }

  /**
   * Starts assertions on a time frame.
   *
   * @param actual the time frame
   * @return the assertions
   */
  public static TimeFrameAssert assertThat(@Nullable TimeFrame actual) {
    return new TimeFrameAssert(actual);
  }

  /**
   * Starts assertions on a validation report.
   *
   * @param actual the report
   * @return the assertions
   */
  public static ReportAssert assertThat(@Nullable ValidationReport actual) {
    return new ReportAssert(actual);
  }

  /**
   * Starts assertions on the reports of a dataset's documents.
   *
   * @param actual the dataset's reports
   * @return the assertions
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static DatasetReportAssert assertThat(@Nullable DatasetReport actual) {
    return new DatasetReportAssert(actual);
  }

  /**
   * Starts assertions on a progress report.
   *
   * @param actual the progress report
   * @return the assertions
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static ProgressReportAssert assertThat(@Nullable ProgressReport actual) {
    return new ProgressReportAssert(actual);
  }

  /**
   * Starts assertions on an IRM assessment.
   *
   * @param actual the IRM assessment
   * @return the assertions
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static IrmAssessmentAssert assertThat(@Nullable IrmAssessment actual) {
    return new IrmAssessmentAssert(actual);
  }

  /**
   * Starts assertions on a member.
   *
   * @param actual the member
   * @return the assertions
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static MemberAssert assertThat(@Nullable Member actual) {
    return new MemberAssert(actual);
  }

  /**
   * Starts assertions on a dataset.
   *
   * @param actual the dataset
   * @return the assertions
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static DatasetAssert assertThat(@Nullable Dataset actual) {
    return new DatasetAssert(actual);
  }
}
