package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.ERROR;
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

class NumberPrefixTest {

  private static final String RULE = "number-prefix";

  @Test
  void aMeasureNotNumberedUnderItsSectionIsReportedAtItsNumber() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().number("5.2").build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(ERROR, path("/sections/0/measures/1/number"),
            "number 5.2 does not continue the number 1 of its parent: expected 1.N"));
  }

  @Test
  void aChildTwoComponentsDeeperIsReported() {
    Plan plan = withSubMeasure(valid(), 1, 0, 1, m -> m.toBuilder().number("2.1.2.1").build());
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/sections/1/measures/0/measures/1/number"));
  }

  @Test
  void topLevelSectionsAreFree() {
    Plan plan = withSection(valid(), 0, s -> s.toBuilder().number("7.3").build());
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .doesNotContain(path("/sections/0/number"));
  }

  @Test
  void childrenUnderTheirParentsAreFine() {
    assertThat(findings(valid(), RULE)).isEmpty();
  }
}
