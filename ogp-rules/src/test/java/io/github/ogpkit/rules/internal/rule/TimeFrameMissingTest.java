package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.ERROR;
import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.executiveOrder;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.PlanEdits.withSubMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.MOJ;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class TimeFrameMissingTest {

  private static final String RULE = "time-frame-missing";

  private static Measure withoutTimeFrame(Measure m) {
    return m.toBuilder().timeFrame((TimeFrame) null).build();
  }

  @Test
  void aLeafMeasureWithoutTimeFrameIsReportedAtItsMissingTimeFrame() {
    Plan plan = withMeasure(valid(), 0, 1, TimeFrameMissingTest::withoutTimeFrame);
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/sections/0/measures/1/timeFrame"),
            "measure 1.2 has no time frame"));
  }

  @Test
  void aSubMeasureWithoutTimeFrameIsReported() {
    Plan plan = withSubMeasure(valid(), 1, 0, 1, TimeFrameMissingTest::withoutTimeFrame);
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/sections/1/measures/0/measures/1/timeFrame"));
  }

  @Test
  void aMeasureWithSubMeasuresNeedsNoTimeFrame() {
    Plan plan = withMeasure(valid(), 1, 0, TimeFrameMissingTest::withoutTimeFrame);
    assertThat(findings(plan, RULE)).isEmpty();
    assertThat(findings(valid(), RULE)).isEmpty();
  }

  @Test
  void aTopLevelMeasureWithoutTimeFrameIsReportedAtItsPath() {
    Plan plan = valid().toBuilder().measure(Measure.builder().number("3").title("en", "Top")
        .executor(MOJ).indicator("en", "Done").build()).build();
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/measures/0/timeFrame"));
  }

  @Test
  void itIsAnErrorInExecutiveOrdersAndNationalPrograms() {
    Plan plan = withMeasure(valid(), 0, 1, TimeFrameMissingTest::withoutTimeFrame);
    assertThat(findings(executiveOrder(plan), RULE)).extracting(Finding::severity)
        .containsExactly(ERROR);
    assertThat(findings(plan.toBuilder().kind(PlanKind.NATIONAL_PROGRAM).build(), RULE))
        .extracting(Finding::severity).containsExactly(ERROR);
  }
}
