package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.MOJ;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class AssignmentDuplicateTest {

  private static final String RULE = "assignment-duplicate";

  @Test
  void theSameInstitutionInTheSameRoleTwiceIsReportedAtTheLaterAssignment() {
    Plan plan = withMeasure(valid(), 0, 0, m -> m.toBuilder().executor(MOJ).build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/sections/0/measures/0/institutions/2"),
            "institution ministry-of-justice is already assigned to measure 1.1 as executor at"
                + " /sections/0/measures/0/institutions/0"));
  }

  @Test
  void theSameInstitutionInTwoMeasuresIsFine() {
    // ministry-of-justice executes 1.1 and 2.1.1 in the valid plan.
    assertThat(findings(valid(), RULE)).isEmpty();
  }

  @Test
  void extensionsDoNotMakeARepeatedAssignmentAnotherAmongFewOrMany() {
    for (int others : new int[] {0, Assignments.SCAN_LIMIT + 1}) {
      Plan plan = withMeasure(valid(), 0, 0, m -> {
        io.github.ogpkit.model.Measure.Builder mb = m.toBuilder();
        for (int i = 0; i < others; i++) {
          mb.supporting("other-" + i);
        }
        return mb.institution(new io.github.ogpkit.model.Assignment(MOJ,
            io.github.ogpkit.model.Role.EXECUTOR,
            io.github.ogpkit.model.json.JsonObject.builder().put("note", "again").build()))
            .build();
      });
      assertThat(findings(plan, RULE)).as("%d others", others)
          .extracting(f -> f.path().toString())
          .containsExactly("/sections/0/measures/0/institutions/" + (2 + others));
    }
  }
}
