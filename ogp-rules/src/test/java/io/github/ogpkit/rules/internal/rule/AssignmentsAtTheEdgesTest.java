package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.executiveOrder;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.MOF;
import static io.github.ogpkit.testing.generator.SamplePlans.MOJ;
import static io.github.ogpkit.testing.generator.SamplePlans.PARLIAMENT;
import static io.github.ogpkit.testing.generator.SamplePlans.institution;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The assignment rules at their edges: the first institution of the registry, the first
 * assignment of a measure, a measure with exactly two assignments and one with many.
 */
class AssignmentsAtTheEdgesTest {

  /** The valid plan with an institution moved to the front of the registry. */
  private static Plan withFirstInstitution(Institution first) {
    List<Institution> registry = new ArrayList<>(valid().institutions());
    registry.add(0, first);
    return valid().toBuilder().institutions(registry).build();
  }

  @Test
  void twoAssignmentsAreEnoughForADuplicate() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder()
        .institutions(List.of(Assignment.executor(MOF), Assignment.executor(MOF))).build());
    assertThat(findings(plan, "assignment-duplicate")).extracting(Finding::path)
        .containsExactly(path("/sections/0/measures/1/institutions/1"));
  }

  @Test
  void aConflictIsReportedOnceWhenTheFirstRoleComesBackAfterIt() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().institutions(List.of(
        Assignment.recommended(MOF), Assignment.executor(MOF), Assignment.recommended(MOF)))
        .build());
    assertThat(findings(plan, "assignment-conflict")).extracting(Finding::path)
        .containsExactly(path("/sections/0/measures/1/institutions/1"));
  }

  @Test
  void anIndependentBodyFirstInTheRegistryIsReportedAsExecutor() {
    Plan plan = withMeasure(withFirstInstitution(
        institution("audit-chamber", "Audit Chamber", InstitutionKind.AUDIT_INSTITUTION)),
        0, 1, m -> m.toBuilder().executor("audit-chamber").build());
    assertThat(findings(executiveOrder(plan), "independent-body-as-executor"))
        .extracting(Finding::path)
        .containsExactly(path("/sections/0/measures/1/institutions/1"));
  }

  @Test
  void aCollectiveExecutorFirstInTheRegistryIsCollective() {
    Plan plan = withMeasure(withFirstInstitution(institution("local-authorities",
        "Local executive authorities", InstitutionKind.EXECUTIVE_AUTHORITY).toBuilder()
        .collective(true).build()), 0, 1, m -> m.toBuilder()
        .institutions(List.of(Assignment.executor("local-authorities"))).build());
    assertThat(findings(plan, "executor-collective-only")).extracting(Finding::path)
        .containsExactly(path("/sections/0/measures/1"));
  }

  @Test
  void everyAssignmentOfAMeasureWithManyIsResolved() {
    Plan plan = valid().toBuilder()
        .institution(institution("agency-4", "Agency 4", InstitutionKind.STATE_AGENCY))
        .institution(institution("agency-5", "Agency 5", InstitutionKind.STATE_AGENCY))
        .build();
    Plan many = withMeasure(plan, 0, 1, m -> m.toBuilder().institutions(List.of(
        Assignment.executor(MOJ), Assignment.executor(MOF), Assignment.recommended(PARLIAMENT),
        Assignment.executor("agency-4"), Assignment.executor("agency-5"),
        Assignment.executor("agency-6"))).build());
    assertThat(findings(many, "institution-unknown"))
        .extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/sections/0/measures/1/institutions/5/institution"),
            "measure 1.2 names institution agency-6, but no institution has that id"));
  }
}
