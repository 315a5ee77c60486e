package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.PlanEdits.withSection;
import static io.github.ogpkit.testing.generator.PlanEdits.withSubMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class CodeDuplicateTest {

  private static final String RULE = "code-duplicate";

  @Test
  void aCodeUsedAgainIsReportedAtTheLaterCodeNamingTheFirst() {
    Plan plan = withSection(valid(), 1, s -> s.toBuilder().code("II.3").build());
    plan = withSubMeasure(plan, 1, 0, 0, m -> m.toBuilder().code("II.3").build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/sections/1/measures/0/measures/0/code"),
            "code \"II.3\" is already used at /sections/1"));
  }

  @Test
  void codesAreComparedAsExactStrings() {
    Plan plan = withMeasure(valid(), 0, 0, m -> m.toBuilder().code("C03.1.2").build());
    plan = withMeasure(plan, 0, 1, m -> m.toBuilder().code("c03.1.2").build());
    assertThat(findings(plan, RULE)).isEmpty();
  }

  @Test
  void aCodeEqualToAnotherPartsNumberIsFine() {
    // A misprint kept as code: "1.1" printed for measure 1.2.
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().code("1.1").build());
    assertThat(findings(plan, RULE)).isEmpty();
  }
}
