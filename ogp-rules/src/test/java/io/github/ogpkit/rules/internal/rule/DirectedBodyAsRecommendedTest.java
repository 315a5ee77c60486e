package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.INFO;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.executiveOrder;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.MOF;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class DirectedBodyAsRecommendedTest {

  private static final String RULE = "directed-body-as-recommended";

  @Test
  void aDirectedBodyRecommendedIsReportedAtTheAssignment() {
    Plan plan = withMeasure(valid(), 0, 0, m -> m.toBuilder().recommended(MOF).build());
    assertThat(findings(executiveOrder(plan), RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(INFO, path("/sections/0/measures/0/institutions/2"),
            "institution ministry-of-finance (MINISTRY) is an executive body but is only"
                + " recommended to act in measure 1.1"));
  }

  @Test
  void itIsOffInOgpActionPlans() {
    Plan plan = withMeasure(valid(), 0, 0, m -> m.toBuilder().recommended(MOF).build());
    assertThat(findings(plan, RULE)).isEmpty();
  }

  @Test
  void anIndependentBodyRecommendedIsFine() {
    assertThat(findings(valid(), RULE)).isEmpty();
  }

  @Test
  void itIsOffInNationalPrograms() {
    Plan plan = withMeasure(valid(), 0, 0, m -> m.toBuilder().recommended(MOF).build())
        .toBuilder().kind(PlanKind.NATIONAL_PROGRAM).build();
    assertThat(findings(plan, RULE)).isEmpty();
  }
}
