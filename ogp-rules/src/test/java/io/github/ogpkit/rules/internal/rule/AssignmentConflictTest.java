package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.ERROR;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.MOJ;
import static io.github.ogpkit.testing.generator.SamplePlans.PARLIAMENT;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class AssignmentConflictTest {

  private static final String RULE = "assignment-conflict";

  @Test
  void anExecutorAlsoRecommendedIsReportedOnceAtTheSecondRole() {
    Plan plan = withMeasure(valid(), 0, 0, m -> m.toBuilder().recommended(MOJ, MOJ).build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(ERROR, path("/sections/0/measures/0/institutions/2"),
            "institution ministry-of-justice is assigned to measure 1.1 as recommended body here"
                + " and as executor at /sections/0/measures/0/institutions/0"));
  }

  @Test
  void aRecommendedBodyAlsoExecutorIsReported() {
    Plan plan = withMeasure(valid(), 0, 0, m -> m.toBuilder().executor(PARLIAMENT).build());
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/sections/0/measures/0/institutions/2"));
  }

  @Test
  void supportingBesideExecutorOrRecommendedIsNoConflict() {
    Plan plan = withMeasure(valid(), 0, 0, m -> m.toBuilder().supporting(MOJ, PARLIAMENT)
        .build());
    assertThat(findings(plan, RULE)).isEmpty();
    assertThat(findings(plan, "assignment-overlap")).hasSize(2);
  }

  @Test
  void differentInstitutionsInDifferentRolesAreFine() {
    assertThat(findings(valid(), RULE)).isEmpty();
  }
}
