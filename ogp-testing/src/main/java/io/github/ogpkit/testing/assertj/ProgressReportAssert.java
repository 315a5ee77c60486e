package io.github.ogpkit.testing.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.ProgressEntry;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.ReporterKind;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link ProgressReport}; obtain them from
 * {@link OgpAssertions#assertThat(ProgressReport)}. An entry is named by the number of its
 * section or measure ({@code "1.1.2"}) or by its OGP commitment id ({@code "US0113"}); when a
 * report has two entries about one, the first counts.
 *
 * <pre>{@code
 * ProgressReport report =
 *     (ProgressReport) OgpFixtures.document("us-ogp-nap-2022-2024-tracker-2024-02");
 * assertThat(report).isAsOf("2024-04-02").hasEntries(14)
 *     .hasStatus("1.1.1", ProgressStatus.COMPLETE);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ProgressReportAssert
    extends AbstractAssert<ProgressReportAssert, @Nullable ProgressReport> {

  ProgressReportAssert(@Nullable ProgressReport actual) {
    super(actual, ProgressReportAssert.class);
  }

  /**
   * Verifies that the report has an entry about a section or measure.
   *
   * @param ref the number of the section or measure, such as {@code 1.1.2}, or its OGP commitment
   *     id, such as {@code US0113}
   * @return this assertion
   */
  public ProgressReportAssert hasEntryFor(String ref) {
    entry(ref, "an entry for " + ref);
    return myself;
  }

  /**
   * Verifies the status the report states for a section or measure.
   *
   * @param ref the number of the section or measure, or its OGP commitment id
   * @param expected the status
   * @return this assertion
   */
  public ProgressReportAssert hasStatus(String ref, ProgressStatus expected) {
    String expecting = "status " + expected + " for " + ref;
    Optional<ProgressStatus> status = entry(ref, expecting).status();
    if (!status.equals(Optional.of(expected))) {
      failWithMessage("%s", "Expecting " + name() + " to have " + expecting + " but it states "
          + status.map(Object::toString).orElse("none"));
    }
    return myself;
  }

  /**
   * Verifies the number of entries.
   *
   * @param expected the expected count
   * @return this assertion
   */
  public ProgressReportAssert hasEntries(int expected) {
    isNotNull();
    if (actual.entries().size() != expected) {
      failWithMessage("%s", "Expecting " + name() + " to have " + expected
          + " entries but it has " + actual.entries().size() + ":\n  "
          + Entries.list(actual.entries()));
    }
    return myself;
  }

  /**
   * Verifies the day the report's statuses describe, its {@code asOf}.
   *
   * @param expected the day
   * @return this assertion
   */
  public ProgressReportAssert isAsOf(LocalDate expected) {
    isNotNull();
    if (!actual.asOf().equals(expected)) {
      failWithMessage("%s", "Expecting " + name() + " to be as of " + expected
          + " but it is as of " + actual.asOf());
    }
    return myself;
  }

  /**
   * Verifies the day the report's statuses describe, its {@code asOf}.
   *
   * @param expected the day in ISO notation, such as {@code 2024-04-02}
   * @return this assertion
   */
  public ProgressReportAssert isAsOf(String expected) {
    return isAsOf(LocalDate.parse(expected));
  }

  /**
   * Verifies the kind of the report's reporter.
   *
   * @param expected the kind
   * @return this assertion
   */
  public ProgressReportAssert isBy(ReporterKind expected) {
    isNotNull();
    if (actual.reporter().kind() != expected) {
      failWithMessage("%s", "Expecting " + name() + " to be by " + expected + " but it is by "
          + actual.reporter().kind());
    }
    return myself;
  }

  private ProgressEntry entry(String ref, String expecting) {
    isNotNull();
    Optional<ProgressEntry> found = Entries.find(actual.entries(), ref);
    if (found.isEmpty()) {
      failWithMessage("%s", "Expecting " + name() + " to have " + expecting
          + " but it has no entry for " + ref + "; its entries are:\n  "
          + Entries.list(actual.entries()));
    }
    return found.orElseThrow();
  }

  private String name() {
    return "progress report " + actual.id();
  }
}
