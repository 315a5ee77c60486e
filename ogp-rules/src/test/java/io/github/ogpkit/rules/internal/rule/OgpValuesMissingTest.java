package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.INFO;
import static io.github.ogpkit.rules.StandardValidation.executiveOrder;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.PlanEdits.withSection;
import static io.github.ogpkit.testing.generator.PlanEdits.withSubMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class OgpValuesMissingTest {

  private static final String RULE = "ogp-values-missing";

  @Test
  void aMeasureWithAnOgpIdAndNoValuesIsReportedAtTheMeasure() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().ogpId("KE0036").build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(INFO, path("/sections/0/measures/1"),
            "measure 1.2 has the OGP id KE0036 but claims no OGP values"));
  }

  @Test
  void aMeasureWithValuesOrWithoutOgpIdIsNotReported() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().ogpId("KE0036")
        .ogpValues(OgpValue.CIVIC_PARTICIPATION).build());
    assertThat(findings(plan, RULE)).isEmpty();
    assertThat(findings(valid(), RULE)).isEmpty();
  }

  @Test
  void aSectionWithAnOgpIdNoneOfWhoseMeasuresClaimsValuesIsReportedAtTheSection() {
    Plan plan = withSection(valid(), 1, s -> s.toBuilder().ogpId("AZ0038").build());
    assertThat(findings(plan, RULE)).extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/sections/1"),
            "section 2 has the OGP id AZ0038, but none of its measures claims an OGP value"));
  }

  @Test
  void aSectionIsFineWhenAMeasureAtAnyDepthClaimsValues() {
    Plan plan = withSection(valid(), 1, s -> s.toBuilder().ogpId("AZ0038").build());
    plan = withSubMeasure(plan, 1, 0, 1, m -> m.toBuilder()
        .ogpValues(OgpValue.ACCESS_TO_INFORMATION).build());
    assertThat(findings(plan, RULE)).isEmpty();

    Section sub = Section.builder().number("1.3").title("en", "Sub")
        .measure(io.github.ogpkit.testing.generator.SamplePlans.leaf("1.3.1", "Deep", "2020")
            .toBuilder().executor("ministry-of-justice")
            .ogpValues(OgpValue.PUBLIC_ACCOUNTABILITY).build())
        .build();
    Plan nested = withSection(valid(), 0, s -> s.toBuilder().ogpId("AZ0039").section(sub)
        .build());
    assertThat(findings(nested, RULE)).isEmpty();
  }

  @Test
  void itIsOffInExecutiveOrdersAndNationalPrograms() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().ogpId("KE0036").build());
    assertThat(findings(executiveOrder(plan), RULE)).isEmpty();
    assertThat(findings(plan.toBuilder().kind(PlanKind.NATIONAL_PROGRAM).build(), RULE))
        .isEmpty();
  }
}
