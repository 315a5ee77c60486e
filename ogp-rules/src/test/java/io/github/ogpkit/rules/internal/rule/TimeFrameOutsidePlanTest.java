package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.ERROR;
import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.executiveOrder;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.PlanEdits.withSubMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.testing.generator.SamplePlans;
import org.junit.jupiter.api.Test;

class TimeFrameOutsidePlanTest {

  private static final String RULE = "time-frame-outside-plan";

  private static Plan withTimeFrame(String timeFrame) {
    return withMeasure(valid(), 0, 1, m -> m.toBuilder().timeFrame(timeFrame).build());
  }

  @Test
  void aTimeFrameEndingAfterThePlanIsReportedAtTheTimeFrame() {
    assertThat(findings(withTimeFrame("2022/2023"), RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/sections/0/measures/1/timeFrame"),
            "time frame 2022/2023 of measure 1.2 is not within the plan period 2020/2022"));
  }

  @Test
  void itIsAnErrorInExecutiveOrders() {
    assertThat(findings(executiveOrder(withTimeFrame("2022/2023")), RULE))
        .extracting(Finding::severity).containsExactly(ERROR);
  }

  @Test
  void aTopLevelMeasureOutsideThePlanIsReportedAtItsPath() {
    Plan plan = valid().toBuilder().measure(SamplePlans.leaf("1", "Top", "2023").toBuilder()
        .executor(SamplePlans.MOJ).build()).build();
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/measures/0/timeFrame"));
  }

  @Test
  void aTimeFrameStartingBeforeThePlanIsReported() {
    assertThat(findings(withTimeFrame("2019-12/2020-03"), RULE)).hasSize(1);
  }

  @Test
  void theBoundariesOfThePlanPeriodAreInside() {
    assertThat(findings(withTimeFrame("2022-12"), RULE)).isEmpty();
    assertThat(findings(withTimeFrame("2020-01"), RULE)).isEmpty();
    assertThat(findings(withTimeFrame("2020/2022"), RULE)).isEmpty();
  }

  @Test
  void permanentIsAlwaysWithinThePlan() {
    assertThat(findings(withTimeFrame("permanent"), RULE)).isEmpty();
  }

  @Test
  void subMeasuresAreCheckedToo() {
    Plan plan = withSubMeasure(valid(), 1, 0, 1, m -> m.toBuilder().timeFrame("2023").build());
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/sections/1/measures/0/measures/1/timeFrame"));
  }

  @Test
  void aMeasureWithoutTimeFrameIsNotReported() {
    Plan plan = withMeasure(valid(), 1, 0, m -> m.toBuilder().timeFrame((TimeFrame) null)
        .build());
    assertThat(findings(plan, RULE)).isEmpty();
  }

  @Test
  void inANationalProgramItIsAWarning() {
    Plan plan = withTimeFrame("2023").toBuilder().kind(PlanKind.NATIONAL_PROGRAM).build();
    assertThat(findings(plan, RULE)).extracting(Finding::severity).containsExactly(WARNING);
  }
}
