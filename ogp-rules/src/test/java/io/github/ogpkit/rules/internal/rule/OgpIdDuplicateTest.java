package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.ERROR;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.PlanEdits.withSection;
import static io.github.ogpkit.testing.generator.PlanEdits.withSubMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.MOJ;
import static io.github.ogpkit.testing.generator.SamplePlans.leaf;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class OgpIdDuplicateTest {

  private static final String RULE = "ogp-id-duplicate";

  @Test
  void anOgpIdOfASectionUsedAgainDeepDownIsReportedAtTheLaterOgpIdNamingTheFirst() {
    Plan plan = withSection(valid(), 0, s -> s.toBuilder().ogpId("AZ0038").build());
    plan = withSubMeasure(plan, 1, 0, 1, m -> m.toBuilder().ogpId("AZ0038").build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(ERROR, path("/sections/1/measures/0/measures/1/ogpId"),
            "OGP id AZ0038 is already used at /sections/0"));
  }

  @Test
  void everyLaterUseAcrossTopLevelMeasuresSectionsAndMeasuresNamesTheFirst() {
    Plan plan = valid().toBuilder().measure(leaf("3", "Top", "2020").toBuilder().executor(MOJ)
        .ogpId("KE0036").build()).build();
    plan = withMeasure(plan, 0, 0, m -> m.toBuilder().ogpId("KE0036").build());
    plan = withSection(plan, 1, s -> s.toBuilder().ogpId("KE0036").build());
    assertThat(findings(plan, RULE)).extracting(Finding::path, Finding::message)
        .containsExactly(
            tuple(path("/sections/0/measures/0/ogpId"), "OGP id KE0036 is already used at"
                + " /measures/0"),
            tuple(path("/sections/1/ogpId"), "OGP id KE0036 is already used at /measures/0"));
  }

  @Test
  void distinctOgpIdsAreFineAndComparedExactly() {
    Plan plan = withSection(valid(), 0, s -> s.toBuilder().ogpId("AZ0038").build());
    plan = withMeasure(plan, 0, 0, m -> m.toBuilder().ogpId("AZ00038").build());
    assertThat(findings(plan, RULE)).isEmpty();
    assertThat(findings(valid(), RULE)).isEmpty();
  }

  @Test
  void itIsAnErrorInEveryProfile() {
    Plan plan = withMeasure(withMeasure(valid(), 0, 0, m -> m.toBuilder().ogpId("AZ1").build()),
        0, 1, m -> m.toBuilder().ogpId("AZ1").build());
    assertThat(findings(plan.toBuilder().kind(PlanKind.NATIONAL_PROGRAM).build(), RULE))
        .extracting(Finding::severity).containsExactly(ERROR);
    assertThat(findings(plan.toBuilder().profile("executive-order").build(), RULE))
        .extracting(Finding::severity).containsExactly(ERROR);
  }
}
