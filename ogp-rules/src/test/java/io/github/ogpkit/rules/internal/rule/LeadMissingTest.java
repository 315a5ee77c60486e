package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.INFO;
import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.executiveOrder;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.MOF;
import static io.github.ogpkit.testing.generator.SamplePlans.MOJ;
import static io.github.ogpkit.testing.generator.SamplePlans.PARLIAMENT;
import static io.github.ogpkit.testing.generator.SamplePlans.leaf;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadMissingTest {

  private static final String RULE = "lead-missing";

  private static Plan assigned(Assignment... assignments) {
    return withMeasure(valid(), 0, 1, m -> m.toBuilder().institutions(List.of(assignments))
        .build());
  }

  /** Measure 2.1 with the given assignments, its milestones 2.1.1 and 2.1.2 with none. */
  private static Plan commitment(Assignment... assignments) {
    return withMeasure(valid(), 1, 0, m -> m.toBuilder().institutions(List.of(assignments))
        .measures(List.of(leaf("2.1.1", "Milestone one", "2020"),
            leaf("2.1.2", "Milestone two", "2021")))
        .build());
  }

  @Test
  void aLeafWithAssignmentsButNoExecutorIsReportedAtTheMeasure() {
    assertThat(findings(assigned(Assignment.recommended(PARLIAMENT),
        Assignment.supporting(MOF)), RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/sections/0/measures/1"),
            "measure 1.2 names institutions but no executor to lead it"));
  }

  @Test
  void aLeafWithAnExecutorOrWithoutAssignmentsIsNotReported() {
    assertThat(findings(valid(), RULE)).isEmpty();
    assertThat(findings(assigned(Assignment.supporting(MOF), Assignment.executor(MOJ)), RULE))
        .isEmpty();
    // No assignment at all is measure-without-institution's.
    assertThat(findings(assigned(), RULE)).isEmpty();
    assertThat(findings(assigned(), "measure-without-institution")).hasSize(1);
  }

  @Test
  void milestonesInheritTheirCommitmentsLead() {
    Plan plan = commitment(Assignment.executor(MOJ), Assignment.supporting(MOF));
    assertThat(findings(plan, RULE)).isEmpty();
    assertThat(findings(plan, "measure-without-institution")).isEmpty();
  }

  @Test
  void milestonesOfACommitmentWithoutLeadAreReportedEachAtItself() {
    Plan plan = commitment(Assignment.supporting(MOF));
    assertThat(findings(plan, RULE)).extracting(Finding::path).containsExactly(
        path("/sections/1/measures/0/measures/0"), path("/sections/1/measures/0/measures/1"));
  }

  @Test
  void aMilestoneWithAssignmentsOfItsOwnDoesNotInherit() {
    Plan plan = withMeasure(commitment(Assignment.executor(MOJ)), 1, 0, m -> m.toBuilder()
        .measures(List.of(m.measures().get(0).toBuilder().supporting(MOF).build(),
            m.measures().get(1)))
        .build());
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/sections/1/measures/0/measures/0"));
  }

  @Test
  void theNearestAncestorWithAssignmentsIsInherited() {
    Measure milestone = leaf("2.1.1.1", "Deep milestone", "2020");
    Plan plan = withMeasure(valid(), 1, 0, m -> m.toBuilder().executor(MOJ)
        .measures(List.of(Measure.builder().number("2.1.1").title("en", "Middle")
            .supporting(MOF).measure(milestone).build()))
        .build());
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/sections/1/measures/0/measures/0/measures/0"));
    assertThat(findings(plan, "measure-without-institution")).isEmpty();
  }

  @Test
  void otherAssignmentRulesAreReportedOnceAtTheCommitmentNotAtItsMilestones() {
    Plan plan = executiveOrder(commitment(Assignment.executor(PARLIAMENT),
        Assignment.recommended(MOF)));
    assertThat(findings(plan, "independent-body-as-executor")).extracting(Finding::path)
        .containsExactly(path("/sections/1/measures/0/institutions/0"));
    assertThat(findings(plan, "directed-body-as-recommended")).extracting(Finding::path)
        .containsExactly(path("/sections/1/measures/0/institutions/1"));
  }

  @Test
  void itIsInfoInExecutiveOrdersAndOffInNationalPrograms() {
    Plan plan = assigned(Assignment.recommended(PARLIAMENT));
    assertThat(findings(executiveOrder(plan), RULE)).extracting(Finding::severity)
        .containsExactly(INFO);
    assertThat(findings(plan.toBuilder().kind(PlanKind.NATIONAL_PROGRAM).build(), RULE))
        .isEmpty();
  }
}
