package io.github.ogpkit.examples;

import static io.github.ogpkit.testing.assertj.OgpAssertions.assertThat;

import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import io.github.ogpkit.testing.junit.OgpFixture;
import org.junit.jupiter.api.Test;

/**
 * How a service's own test suite uses the fixtures: the real plans injected by the extension, and
 * the AssertJ assertions. Copy from here.
 */
class FixtureExampleTest {

  @Test
  void theRealPlanIsValidAndNamesItsExecutors(@OgpFixture("az-ogp-nap-2016-2018") Plan plan) {
    assertThat(plan).hasMeasureCount(59).hasMeasure("8.12.4");
    assertThat(plan).measure("1.2")
        .hasExecutor("ministry-of-communications-and-high-technologies")
        .isWithin("2016/2018");
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

  @Test
  void yourCodeKeepsPlansIntact(@OgpFixture("az-human-rights-program-2012-2015") Plan plan) {
    // Replace this round trip with your own storage: what goes in must come out equal.
    Plan back = PlanReader.standard().readPlan(PlanWriter.canonical().write(plan));
    org.assertj.core.api.Assertions.assertThat(back).isEqualTo(plan);
  }
}
