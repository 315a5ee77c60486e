package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.testing.generator.PlanEdits.plusInstitution;
import static io.github.ogpkit.rules.StandardValidation.executiveOrder;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.PARLIAMENT;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Institution;

class IndependentBodyAsExecutorTest {

  private static final String RULE = "independent-body-as-executor";

  @Test
  void anIndependentExecutorIsReportedAtTheAssignment() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().executor(PARLIAMENT).build());
    assertThat(findings(executiveOrder(plan), RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/sections/0/measures/1/institutions/1"),
            "institution parliament (LEGISLATURE) is independent of the executive but is an"
                + " executor of measure 1.2"));
  }

  @Test
  void itIsOffInOgpActionPlansWhereCivilSocietyCoLeadsAreNormal() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().executor(PARLIAMENT).build());
    assertThat(findings(plan, RULE)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = InstitutionKind.class, names = {"SUBNATIONAL_GOVERNMENT", "ACADEMIA",
      "MEDIA", "PRIVATE_SECTOR", "MULTI_STAKEHOLDER_FORUM", "OTHER"})
  void everyKindAnExecutiveActCannotDirectIsReportedAsExecutor(InstitutionKind kind) {
    Plan plan = withMeasure(plusInstitution(valid(), Institution.builder().id("body")
        .name("en", "Body").kind(kind).build()), 0, 1, m -> m.toBuilder().executor("body")
        .build());
    assertThat(findings(executiveOrder(plan), RULE)).extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/sections/0/measures/1/institutions/1"),
            "institution body (" + kind + ") is independent of the executive but is an"
                + " executor of measure 1.2"));
  }

  @Test
  void anIndependentBodyRecommendedAndDirectedExecutorsAreFine() {
    assertThat(findings(valid(), RULE)).isEmpty();
  }

  @Test
  void itIsOffInNationalPrograms() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().executor(PARLIAMENT).build())
        .toBuilder().kind(PlanKind.NATIONAL_PROGRAM).build();
    assertThat(findings(plan, RULE)).isEmpty();
  }
}
