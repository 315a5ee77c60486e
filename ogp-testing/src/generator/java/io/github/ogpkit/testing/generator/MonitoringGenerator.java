package io.github.ogpkit.testing.generator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.ProgressReport;
import org.apiguardian.api.API;

/**
 * Generates the monitoring documents of MONITORING.md (progress reports, IRM assessments and
 * members) that use every property of their type, with text from every Unicode plane, partial
 * dates of every precision at the edges of their years, extensions holding any JSON value, and
 * optional booleans both absent and {@code false}. Each is written and read back by ogp-io
 * without a reading finding and equal; their references and dates are arbitrary, so the rules
 * find problems in most.
 *
 * <pre>{@code
 * Property.forAll(MonitoringGenerator.documents()).tries(1000)
 *     .check(document -> assertThat(roundTrip(document)).isEqualTo(document));
 * }</pre>
 *
 * <p>The same seed and size always give an equal document. Do not use these documents to test
 * rules that need real data; use the monitoring fixtures of ogp-testing for that.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class MonitoringGenerator {

  private MonitoringGenerator() {}

  /**
   * Returns a generator of progress reports.
   *
   * @return the generator, not null
   */
  public static Generator<ProgressReport> progressReports() {
    return source -> new ReadableDocuments(source).progressReport();
  }

  /**
   * Returns a generator of IRM assessments.
   *
   * @return the generator, not null
   */
  public static Generator<IrmAssessment> irmAssessments() {
    return source -> new ReadableDocuments(source).irmAssessment();
  }

  /**
   * Returns a generator of members.
   *
   * @return the generator, not null
   */
  public static Generator<Member> members() {
    return source -> new ReadableDocuments(source).member();
  }

  /**
   * Returns a generator of documents of the three monitoring types, each as often as the others.
   *
   * @return the generator, not null
   */
  public static Generator<Document> documents() {
    return Generator.oneOf(progressReports(), irmAssessments(), members());
  }
}
