package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.INFO;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.PlanEdits.withSection;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class PolicyAreaUnknownTest {

  private static final String RULE = "policy-area-unknown";

  @Test
  void anUnknownAreaIsReportedAtTheArrayElement() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder()
        .policyAreas("open-data", "open-budgets", "gender").build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(INFO, path("/sections/0/measures/1/policyAreas/1"),
            "policy area open-budgets is not one of the OGP policy areas the format lists"));
  }

  @Test
  void aSectionsAreasAreCheckedToo() {
    Plan plan = withSection(valid(), 1, s -> s.toBuilder().policyAreas("land-and-spatial",
        "land-and-spatial-planning").build());
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/sections/1/policyAreas/0"));
  }

  @Test
  void everyAreaOfTheFormatsListIsKnown() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder()
        .policyAreas(PolicyAreaUnknown.AREAS).build());
    assertThat(PolicyAreaUnknown.AREAS).hasSize(35).doesNotHaveDuplicates();
    assertThat(findings(plan, RULE)).isEmpty();
  }

  @Test
  void itIsInfoInNationalProgramsToo() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().policyAreas("taxes").build())
        .toBuilder().kind(PlanKind.NATIONAL_PROGRAM).build();
    assertThat(findings(plan, RULE)).extracting(Finding::severity).containsExactly(INFO);
  }
}
