package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.plusInstitution;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.institution;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutorCollectiveOnlyTest {

  private static final String RULE = "executor-collective-only";
  private static final String GROUP = "central-and-local-executive-authorities";

  private static Plan withGroup() {
    return plusInstitution(valid(), institution(GROUP, "Central and local executive authorities",
        InstitutionKind.EXECUTIVE_AUTHORITY).toBuilder().collective(true).build());
  }

  @Test
  void aMeasureWhoseEveryExecutorIsCollectiveIsReportedAtTheMeasure() {
    Plan plan = withMeasure(withGroup(), 0, 1,
        m -> m.toBuilder().institutions(List.of(Assignment.executor(GROUP))).build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/sections/0/measures/1"),
            "every executor of measure 1.2 is a group of bodies"
                + " (central-and-local-executive-authorities)"));
  }

  @Test
  void oneSingleBodyAmongTheExecutorsIsEnough() {
    Plan plan = withMeasure(withGroup(), 0, 1, m -> m.toBuilder().executor(GROUP).build());
    assertThat(findings(plan, RULE)).isEmpty();
  }

  @Test
  void aCollectiveBodyOnlyRecommendedIsFine() {
    Plan plan = withMeasure(withGroup(), 0, 1, m -> m.toBuilder().recommended(GROUP).build());
    assertThat(findings(plan, RULE)).isEmpty();
  }

  @Test
  void itIsOffInNationalPrograms() {
    Plan plan = withMeasure(withGroup(), 0, 1,
        m -> m.toBuilder().institutions(List.of(Assignment.executor(GROUP))).build())
        .toBuilder().kind(PlanKind.NATIONAL_PROGRAM).build();
    assertThat(findings(plan, RULE)).isEmpty();
  }
}
