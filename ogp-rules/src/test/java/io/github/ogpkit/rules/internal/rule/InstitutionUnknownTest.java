package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.ERROR;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withInstitution;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class InstitutionUnknownTest {

  private static final String RULE = "institution-unknown";

  @Test
  void anAssignmentOfAnUnknownIdIsReportedAtItsInstitutionProperty() {
    Plan plan = withMeasure(valid(), 0, 0, m -> m.toBuilder().executor("ministry-of-health")
        .build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(ERROR, path("/sections/0/measures/0/institutions/2/institution"),
            "measure 1.1 names institution ministry-of-health, but no institution has that id"));
  }

  @Test
  void anUnknownParentIsReportedAtParent() {
    Plan plan = withInstitution(valid(), 1, i -> i.toBuilder().parent("cabinet").build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/institutions/1/parent"),
            "institution ministry-of-finance names parent cabinet, but no institution has that"
                + " id"));
  }

  @Test
  void knownIdsAreFine() {
    Plan plan = withInstitution(valid(), 1, i -> i.toBuilder().parent("ministry-of-justice")
        .build());
    assertThat(findings(plan, RULE)).isEmpty();
  }
}
