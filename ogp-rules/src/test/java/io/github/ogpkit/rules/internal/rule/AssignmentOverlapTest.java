package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.MOF;
import static io.github.ogpkit.testing.generator.SamplePlans.MOJ;
import static io.github.ogpkit.testing.generator.SamplePlans.PARLIAMENT;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentOverlapTest {

  private static final String RULE = "assignment-overlap";

  private static Plan assigned(Assignment... assignments) {
    return withMeasure(valid(), 0, 1, m -> m.toBuilder().institutions(List.of(assignments))
        .build());
  }

  @Test
  void supportingAfterExecutorIsReportedAtTheSupportingAssignmentNamingTheExecutor() {
    assertThat(findings(assigned(Assignment.executor(MOF), Assignment.supporting(MOF)), RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/sections/0/measures/1/institutions/1"),
            "institution ministry-of-finance is assigned to measure 1.2 as supporting body here"
                + " and already as executor at /sections/0/measures/1/institutions/0"));
  }

  @Test
  void recommendedAfterSupportingIsReportedAtTheRecommendedAssignment() {
    assertThat(findings(assigned(Assignment.executor(MOF), Assignment.supporting(PARLIAMENT),
        Assignment.recommended(PARLIAMENT)), RULE))
        .extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/sections/0/measures/1/institutions/2"),
            "institution parliament is assigned to measure 1.2 as recommended body here and"
                + " already as supporting body at /sections/0/measures/1/institutions/1"));
  }

  @Test
  void itIsReportedOncePerInstitutionAndMeasure() {
    Plan plan = assigned(Assignment.executor(MOF), Assignment.supporting(MOF),
        Assignment.recommended(MOF), Assignment.supporting(MOF), Assignment.executor(MOF));
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/sections/0/measures/1/institutions/1"));
  }

  @Test
  void itIsIndependentOfAssignmentConflict() {
    Plan plan = assigned(Assignment.executor(MOF), Assignment.recommended(MOF),
        Assignment.supporting(MOF));
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/sections/0/measures/1/institutions/2"));
    assertThat(findings(plan, "assignment-conflict")).extracting(Finding::path)
        .containsExactly(path("/sections/0/measures/1/institutions/1"));
  }

  @Test
  void supportingAloneOrTwiceOrBesideOthersIsNoOverlap() {
    assertThat(findings(assigned(Assignment.executor(MOF), Assignment.supporting(MOJ),
        Assignment.supporting(MOJ)), RULE)).isEmpty();
    assertThat(findings(valid(), RULE)).isEmpty();
  }

  @Test
  void rolesInAParentAndItsSubMeasureAreNoOverlap() {
    Plan plan = withMeasure(valid(), 1, 0, m -> m.toBuilder().supporting(MOJ).build());
    assertThat(findings(plan, RULE)).isEmpty();
  }

  @Test
  void manyAssignmentsAreIndexedAndStillReportedOnce() {
    Assignment[] many = new Assignment[12];
    for (int i = 0; i < 10; i++) {
      many[i] = Assignment.executor("body-" + i);
    }
    many[10] = Assignment.supporting("body-3");
    many[11] = Assignment.supporting("body-3");
    assertThat(findings(assigned(many), RULE)).extracting(Finding::path)
        .containsExactly(path("/sections/0/measures/1/institutions/10"));
  }
}
