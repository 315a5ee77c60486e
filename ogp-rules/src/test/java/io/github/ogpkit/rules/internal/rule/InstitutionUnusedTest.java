package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.plusInstitution;
import static io.github.ogpkit.testing.generator.PlanEdits.withInstitution;
import static io.github.ogpkit.testing.generator.SamplePlans.institution;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class InstitutionUnusedTest {

  private static final String RULE = "institution-unused";

  @Test
  void anInstitutionNoMeasureAssignsIsReportedAtTheInstitution() {
    Plan plan = plusInstitution(valid(), institution("cabinet", "Cabinet of Ministers",
        InstitutionKind.CABINET));
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/institutions/3"), "institution cabinet is"
            + " assigned to no measure and is the parent of no assigned institution"));
  }

  @Test
  void theParentOfAUsedInstitutionIsUsedTransitively() {
    Plan plan = plusInstitution(plusInstitution(valid(),
        institution("president", "Administration of the President",
            InstitutionKind.HEAD_OF_STATE_ADMINISTRATION)),
        institution("cabinet", "Cabinet of Ministers", InstitutionKind.CABINET).toBuilder()
            .parent("president").build());
    Plan withParent = withInstitution(plan, 0,
        i -> i.toBuilder().parent("cabinet").build());
    assertThat(findings(withParent, RULE)).isEmpty();
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/institutions/3"), path("/institutions/4"));
  }

  @Test
  void aParentOfAnUnusedInstitutionIsUnused() {
    Plan plan = plusInstitution(plusInstitution(valid(),
        institution("cabinet", "Cabinet of Ministers", InstitutionKind.CABINET)),
        institution("office", "An office", InstitutionKind.STATE_AGENCY).toBuilder()
            .parent("cabinet").build());
    assertThat(findings(plan, RULE)).hasSize(2);
  }

  @Test
  void assignedInstitutionsAreUsed() {
    assertThat(findings(valid(), RULE)).isEmpty();
  }
}
