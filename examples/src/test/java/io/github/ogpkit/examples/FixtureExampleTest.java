package io.github.ogpkit.examples;

import static io.github.ogpkit.testing.assertj.OgpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import io.github.ogpkit.testing.OgpFixtures;
import io.github.ogpkit.testing.junit.OgpFixture;
import org.junit.jupiter.api.Test;

/**
 * How a service's own test suite uses ogp-testing: the real plans as fixtures, the AssertJ
 * assertions, and the JUnit extension that injects fixtures. The README's "Test with the real
 * plans" shows the code between the markers, checked by a test. Copy from here.
 */
class FixtureExampleTest {

  // fixtures:begin
  @Test
  void everyRealPlanComesBackFromStorageUnchanged() {
    for (String id : OgpFixtures.ids()) {
      Plan plan = OgpFixtures.plan(id); // read once, then cached; plans are immutable
      String stored = PlanWriter.canonical().write(plan); // replace with your own storage
      assertThat(PlanReader.standard().readPlan(stored)).as(id).isEqualTo(plan);
    }
  }

  @Test
  void thePlanAsPrintedHasNumberingErrors() {
    byte[] json = OgpFixtures.json(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED); // a new copy
    ValidationReport report = PlanReader.standard().validate(json, OgpValidator.standard());
    assertThat(report.errorCount()).isEqualTo(37);
  }
  // fixtures:end

  // monitoring-fixtures:begin
  @Test
  void theUsPlanComesWithWhatItsTrackerAndTheIrmSaid() {
    String us = OgpFixtures.US_OGP_NAP_2022_2024;
    Dataset dataset = OgpFixtures.dataset(us); // the plan, two tracker updates, the IRM review
    assertThat(dataset.latestStatus(us, OutlineNumber.parse("1.1.1"))
        .get(ReporterKind.GOVERNMENT).entry().status()).contains(ProgressStatus.COMPLETE);
    assertThat(dataset.assessments(us, OutlineNumber.parse("1.1"))).hasSize(1);
  }

  @Test
  void azerbaijansPlanRanWhileItWasInactiveAndSuspended() {
    Dataset dataset = OgpFixtures.dataset(OgpFixtures.AZ_OGP_NAP_2016_2018); // + the member
    assertThat(OgpValidator.standard().validate(dataset)).hasNoErrors()
        .reportFor(OgpFixtures.AZERBAIJAN).hasCount(Severity.INFO, 3)
        .hasFinding("plan-while-not-active", "/actionPlans/1/period");
  }
  // monitoring-fixtures:end

  // assertions:begin
  @Test
  void theCorrectedPlanIsValidAndNamesItsExecutors() {
    Plan plan = OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018);
    assertThat(plan).hasMeasureCount(59).hasMeasure("8.12.4");
    assertThat(plan).measure("1.2")
        .hasExecutor("ministry-of-communications-and-high-technologies")
        .isWithin("2016/2018");
    assertThat(OgpValidator.standard().validate(plan)).hasNoErrors();
  }
  // assertions:end

  // extension:begin
  @Test
  void theRealPlanIsValid(@OgpFixture("az-ogp-nap-2016-2018") Plan plan) {
    assertThat(OgpValidator.standard().validate(plan)).hasNoErrors();
  }

  @Test
  void thePrintedNumberingFaultsAreFound(
      @OgpFixture("az-ogp-nap-2016-2018-as-published") byte[] json) {
    ValidationReport report = PlanReader.standard().validate(json, OgpValidator.standard());
    assertThat(report)
        .hasFinding("number-duplicate", "/sections/4/measures/6/number")
        .hasFinding("number-prefix", "/sections/4/measures/6/number");
  }
  // extension:end
}
