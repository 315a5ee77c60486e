package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.PlanEdits.withSubMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class TimeFrameOutsideParentTest {

  private static final String RULE = "time-frame-outside-parent";

  private static Plan parentAndChild(String parent, String child) {
    Plan plan = withMeasure(valid(), 1, 0, m -> m.toBuilder()
        .timeFrame(parent == null ? null : TimeFrame.parse(parent)).build());
    return withSubMeasure(plan, 1, 0, 1, m -> m.toBuilder().timeFrame(child).build());
  }

  @Test
  void aSubMeasureOutsideItsParentIsReportedAtItsTimeFrame() {
    assertThat(findings(parentAndChild("2020/2021", "2022"), RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/sections/1/measures/0/measures/1/timeFrame"),
            "time frame 2022 of measure 2.1.2 is not within the time frame 2020/2021 of its"
                + " parent measure 2.1"));
  }

  @Test
  void aTimeFrameEndingExactlyAtTheParentsEndIsInside() {
    assertThat(findings(parentAndChild("2020/2021-06", "2021-06"), RULE)).isEmpty();
    assertThat(findings(parentAndChild("2020/2021-06", "2021-07"), RULE)).hasSize(1);
  }

  @Test
  void aPermanentParentContainsEverything() {
    assertThat(findings(parentAndChild("permanent", "2022"), RULE)).isEmpty();
    assertThat(findings(parentAndChild("permanent", "permanent"), RULE)).isEmpty();
  }

  @Test
  void aPermanentChildOfABoundedParentIsOutside() {
    assertThat(findings(parentAndChild("2020/2022", "permanent"), RULE))
        .extracting(Finding::message)
        .containsExactly("time frame permanent of measure 2.1.2 is not within the time frame"
            + " 2020/2022 of its parent measure 2.1");
  }

  @Test
  void openEndsAreComparedByTheBoundsTheyState() {
    assertThat(findings(parentAndChild("2020/2022", "../2021-Q2"), RULE)).isEmpty();
    assertThat(findings(parentAndChild("2020/2022", "2022-12-31/.."), RULE)).isEmpty();
    assertThat(findings(parentAndChild("2020/2022", "../2023-01"), RULE)).hasSize(1);
    assertThat(findings(parentAndChild("../2022", "2019-07-01/2022-Q4"), RULE)).isEmpty();
    assertThat(findings(parentAndChild("2020/..", "2019-12-31"), RULE)).hasSize(1);
  }

  @Test
  void aPermanentChildIsOutsideAParentWithAnOpenEndToo() {
    assertThat(findings(parentAndChild("2020/..", "permanent"), RULE)).hasSize(1);
  }

  @Test
  void aParentWithoutTimeFrameContainsEverything() {
    assertThat(findings(parentAndChild(null, "2022"), RULE)).isEmpty();
  }

  @Test
  void measuresOfASectionHaveNoParentMeasure() {
    assertThat(findings(valid(), RULE)).isEmpty();
  }
}
