package io.github.ogpkit.testing.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.report.DatasetReport;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link DatasetReport}, the reports of a dataset's documents; obtain them from
 * {@link OgpAssertions#assertThat(DatasetReport)}. Failures list each failing document by its type
 * and id, then its findings one a line.
 *
 * <pre>{@code
 * DatasetReport reports = OgpValidator.standard().validate(OgpFixtures.dataset(planId));
 * assertThat(reports).hasNoErrors();
 * assertThat(reports).reportFor("azerbaijan").hasFinding("plan-while-not-active",
 *     "/actionPlans/1/period");
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class DatasetReportAssert
    extends AbstractAssert<DatasetReportAssert, @Nullable DatasetReport> {

  DatasetReportAssert(@Nullable DatasetReport actual) {
    super(actual, DatasetReportAssert.class);
  }

  /**
   * Verifies that no document's report has an error.
   *
   * @return this assertion
   */
  public DatasetReportAssert hasNoErrors() {
    isNotNull();
    StringBuilder failures = new StringBuilder();
    for (int i = 0; i < actual.documents().size(); i++) {
      List<Finding> errors = actual.reports().get(i).withSeverity(Severity.ERROR).findings();
      if (!errors.isEmpty()) {
        failures.append(name(actual.documents().get(i))).append(": ").append(errors.size())
            .append(errors.size() == 1 ? " error" : " errors").append('\n')
            .append(ReportAssert.lines(errors)).append('\n');
      }
    }
    if (failures.length() > 0) {
      failWithMessage("%s",
          "Expecting no errors but found:\n" + failures.toString().stripTrailing());
    }
    return myself;
  }

  /**
   * Starts assertions on the report of the document with an id: the only document with that id,
   * whatever its type.
   *
   * @param documentId the document's id, not null
   * @return the assertions on its report
   */
  public ReportAssert reportFor(String documentId) {
    isNotNull();
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < actual.documents().size(); i++) {
      if (actual.documents().get(i).id().equals(documentId)) {
        found.add(i);
      }
    }
    if (found.size() != 1) {
      failWithMessage("%s", "Expecting one document with id \"" + documentId + "\" but found "
          + found.size() + " among " + actual.documents().stream()
              .map(DatasetReportAssert::name).toList());
    }
    ValidationReport report = actual.reports().get(found.get(0));
    return new ReportAssert(report);
  }

  private static String name(Document d) {
    return d.documentType().jsonName() + " " + d.id();
  }
}
