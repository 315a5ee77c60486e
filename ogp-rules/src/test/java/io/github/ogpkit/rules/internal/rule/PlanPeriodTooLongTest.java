package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class PlanPeriodTooLongTest {

  private static final String RULE = "plan-period-too-long";

  private static Plan period(String period) {
    return valid().toBuilder().period(period).build();
  }

  @Test
  void fiveCalendarYearsAreReportedAtThePeriod() {
    assertThat(findings(period("2020/2024"), RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/period"),
            "the plan period 2020/2024 spans 5 calendar years, more than four"));
  }

  @Test
  void calendarYearsCountNotMonths() {
    // Little more than three years, but five calendar years touched.
    assertThat(findings(period("2020-12/2024-01"), RULE)).hasSize(1);
    // Four full calendar years exactly: the boundary is inside.
    assertThat(findings(period("2020/2023"), RULE)).isEmpty();
  }

  @Test
  void aPermanentPeriodIsLeftToInvalidValue() {
    assertThat(findings(valid().toBuilder().period(TimeFrame.permanent()).build(), RULE))
        .isEmpty();
  }

  @Test
  void itIsOffInNationalPrograms() {
    Plan plan = period("2020/2030").toBuilder().kind(PlanKind.NATIONAL_PROGRAM).build();
    assertThat(findings(plan, RULE)).isEmpty();
  }
}
