package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.ERROR;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.executiveOrder;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.PlanEdits.withSubMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureWithoutInstitutionTest {

  private static final String RULE = "measure-without-institution";

  @Test
  void aLeafMeasureWithoutAssignmentIsReportedAtTheMeasure() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().institutions(List.of()).build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/sections/0/measures/1"),
            "measure 1.2 names no institution"));
    assertThat(findings(executiveOrder(plan), RULE)).extracting(Finding::severity)
        .containsExactly(ERROR);
  }

  @Test
  void aSubMeasureWithoutAssignmentIsReported() {
    Plan plan = withSubMeasure(valid(), 1, 0, 0, m -> m.toBuilder().institutions(List.of())
        .build());
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/sections/1/measures/0/measures/0"));
  }

  @Test
  void milestonesInheritTheAssignmentsOfTheirNearestAncestorMeasure() {
    // 2.1 names the Ministry of Justice; its milestones name nobody of their own.
    Plan plan = withMeasure(valid(), 1, 0, m -> m.toBuilder().executor("ministry-of-justice")
        .measures(m.measures().stream().map(s -> s.toBuilder().institutions(List.of()).build())
            .toList())
        .build());
    assertThat(findings(plan, RULE)).isEmpty();
  }

  @Test
  void milestonesOfACommitmentWithoutAssignmentsAreReportedEach() {
    Plan plan = withMeasure(valid(), 1, 0, m -> m.toBuilder()
        .measures(m.measures().stream().map(s -> s.toBuilder().institutions(List.of()).build())
            .toList())
        .build());
    assertThat(findings(plan, RULE)).extracting(Finding::path).containsExactly(
        path("/sections/1/measures/0/measures/0"), path("/sections/1/measures/0/measures/1"));
  }

  @Test
  void aMeasureWithSubMeasuresNeedsNoAssignment() {
    // 2.1 has sub-measures and no assignment in the valid plan.
    assertThat(findings(valid(), RULE)).isEmpty();
  }
}
