package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.MemberStatus;
import io.github.ogpkit.model.MemberType;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanRef;
import io.github.ogpkit.model.ProgressEntry;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.Reporter;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.model.StatusChange;
import io.github.ogpkit.model.report.DatasetReport;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.testing.generator.SamplePlans;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link OgpValidator#validate(Dataset)}: one report per document in the dataset's order, plans
 * as alone with their profile, monitoring documents by the monitoring rules without a profile.
 */
class DatasetValidationTest {

  private static final Plan PLAN = SamplePlans.valid(); // xx-test-2020-2022, measures 1.1, 1.2

  private static ProgressReport report(String plan, String measure) {
    return ProgressReport.builder().id("gov").plan(plan)
        .reporter(Reporter.of(ReporterKind.GOVERNMENT, "en", "Government")).asOf("2021-06-30")
        .languages("en")
        .entry(ProgressEntry.builder().measure(measure).status(ProgressStatus.LIMITED).build())
        .build();
  }

  private static Member member() {
    return Member.builder().id("xx").name("en", "Xx").memberType(MemberType.NATIONAL)
        .country("AZ").joined("2011")
        .statusChange(StatusChange.of(MemberStatus.ACTIVE, "2011"))
        .actionPlan(PlanRef.of("a", "2016/2018")).actionPlan(PlanRef.of("b", "2017/2019"))
        .build();
  }

  @Test
  void eachDocumentGetsItsReportInTheDatasetsOrder() {
    ProgressReport report = report(PLAN.id(), "9");
    Member member = member();
    DatasetReport reports = OgpValidator.standard().validate(Dataset.of(report, PLAN, member));
    assertThat(reports.documents()).containsExactly(report, PLAN, member);
    assertThat(reports.reports()).hasSize(3);
    assertThat(reports.reports().get(1)).isEqualTo(OgpValidator.standard().validate(PLAN));
    assertThat(reports.reportFor(PLAN)).isSameAs(reports.reports().get(1));
    assertThat(reports.reportFor(report).findings()).extracting(Finding::rule)
        .containsExactly("reference-unknown");
    assertThat(reports.reportFor(member).findings()).extracting(Finding::rule)
        .containsExactly("plan-overlap");
    assertThat(reports.isValid()).isFalse();
  }

  @Test
  void aPlanKeepsItsProfileAndAMonitoringDocumentsReportHasNone() {
    ProgressReport report = report(PLAN.id(), "1.1");
    OgpValidator validator = OgpValidator.builder().profile(Profile.NATIONAL_PROGRAM).build();
    DatasetReport reports = validator.validate(Dataset.of(PLAN, report, member()));
    assertThat(reports.reportFor(PLAN).profile()).contains("national-program");
    assertThat(reports.reportFor(report).profile()).isEmpty();
    assertThat(reports.reports().get(2).profile()).isEmpty();
  }

  @Test
  void aCrossDocumentFindingSitsInTheReferringDocumentsReportOnly() {
    ProgressReport report = report(PLAN.id(), "9");
    DatasetReport reports = OgpValidator.standard().validate(Dataset.of(PLAN, report));
    assertThat(reports.reportFor(PLAN).forRule("reference-unknown").findings()).isEmpty();
    assertThat(reports.reportFor(report).findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).contains(PLAN.id()));
  }

  @Test
  void monitoringRulesCanBeConfiguredLikePlanRules() {
    Member member = member();
    OgpValidator validator = OgpValidator.builder().severity("plan-overlap", Severity.ERROR)
        .build();
    assertThat(validator.monitoringSeverity("plan-overlap")).contains(Severity.ERROR);
    assertThat(validator.validate(Dataset.of(member)).reportFor(member).findings())
        .extracting(Finding::severity).containsExactly(Severity.ERROR);
    OgpValidator off = OgpValidator.builder()
        .configure(Map.of("rule.plan-overlap", "off")).build();
    assertThat(off.monitoringSeverity("plan-overlap")).isEmpty();
    assertThat(off.validate(Dataset.of(member)).isValid()).isTrue();
    assertThat(off.validate(Dataset.of(member)).reportFor(member).findings()).isEmpty();
  }

  @Test
  void monitoringSeveritiesAreTheCatalogsWhateverTheProfile() {
    OgpValidator standard = OgpValidator.standard();
    for (RuleInfo rule : RuleCatalog.all()) {
      assertThat(standard.monitoringSeverity(rule.id())).as(rule.id())
          .isEqualTo(rule.monitoringSeverity());
    }
    assertThat(standard.monitoringSeverity("number-duplicate")).isEmpty();
    assertThat(standard.monitoringSeverity("jurisdiction-missing")).contains(Severity.ERROR);
    assertThat(standard.severity("jurisdiction-missing", Profile.NATIONAL_PROGRAM)).isEmpty();
  }

  @Test
  void monitoringDocumentsBuiltInCodeGetTheStructuralChecksOfTheirConstraints() {
    ProgressReport report = report("Bad Plan", "1.1").toBuilder()
        .entry(ProgressEntry.builder().measure("1.2").build()).build();
    Member member = member().toBuilder().statusHistory(List.of()).build();
    DatasetReport reports = OgpValidator.standard().validate(Dataset.of(report, member));
    assertThat(reports.reportFor(report).findings())
        .extracting(Finding::rule, f -> f.path().toString(), Finding::message)
        .containsExactlyInAnyOrder(
            tuple("invalid-value", "/plan", "plan \"Bad Plan\""
                + " is not an identifier: lower-case letters and digits in words joined by"
                + " hyphens, at most 100 characters"),
            tuple("required", "/entries/1/status", "the entry"
                + " states none of status, onSchedule and summary; it needs at least one"));
    assertThat(reports.reportFor(member).findings())
        .extracting(Finding::rule, f -> f.path().toString())
        .contains(tuple("required", "/statusHistory"));
    OgpValidator lenient = OgpValidator.builder().disable("invalid-value")
        .severity("required", Severity.WARNING).build();
    assertThat(lenient.validate(Dataset.of(report)).reportFor(report).findings())
        .extracting(Finding::rule, Finding::severity)
        .containsExactly(tuple("required", Severity.WARNING));
  }

  @Test
  void anEmptyDatasetHasAnEmptyReport() {
    DatasetReport reports = OgpValidator.standard().validate(Dataset.of());
    assertThat(reports.documents()).isEmpty();
    assertThat(reports.isValid()).isTrue();
  }

  @Test
  void aDatasetOfOnePlanReportsAsThePlanAlone() {
    ValidationReport alone = OgpValidator.standard().validate(PLAN);
    assertThat(OgpValidator.standard().validate(Dataset.of(PLAN)).reports())
        .containsExactly(alone);
  }

  @Test
  void aNullDatasetIsRefusedByName() {
    assertThatNullPointerException()
        .isThrownBy(() -> OgpValidator.standard().validate((Dataset) null))
        .withMessage("dataset");
  }
}
