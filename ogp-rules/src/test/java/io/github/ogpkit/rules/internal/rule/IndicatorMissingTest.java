package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.model.report.Severity.INFO;
import static io.github.ogpkit.rules.StandardValidation.executiveOrder;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorMissingTest {

  private static final String RULE = "indicator-missing";

  private static Plan withoutIndicator() {
    return withMeasure(valid(), 0, 1, m -> m.toBuilder().indicators(List.of()).build());
  }

  @Test
  void aLeafMeasureWithoutIndicatorIsReportedAtTheMeasure() {
    assertThat(findings(withoutIndicator(), RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(INFO, path("/sections/0/measures/1"),
            "measure 1.2 has no indicator"));
  }

  @Test
  void itIsAWarningInExecutiveOrders() {
    assertThat(findings(executiveOrder(withoutIndicator()), RULE))
        .extracting(Finding::severity).containsExactly(WARNING);
  }

  @Test
  void aMeasureWithSubMeasuresNeedsNoIndicator() {
    // 2.1 has sub-measures and no indicator in the valid plan.
    assertThat(findings(valid(), RULE)).isEmpty();
  }

  @Test
  void itIsOffInNationalPrograms() {
    Plan plan = withoutIndicator().toBuilder().kind(PlanKind.NATIONAL_PROGRAM).build();
    assertThat(findings(plan, RULE)).isEmpty();
  }
}
