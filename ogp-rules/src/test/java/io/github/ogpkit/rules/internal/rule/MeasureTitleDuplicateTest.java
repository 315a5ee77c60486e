package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.PlanEdits.withSubMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class MeasureTitleDuplicateTest {

  private static final String RULE = "measure-title-duplicate";

  @Test
  void theSameTitleAfterNormalizationIsReportedAtTheLaterTitleNamingTheFirst() {
    Plan plan = withSubMeasure(valid(), 1, 0, 1,
        m -> m.toBuilder().title("en", "OPEN BUDGET   data ").build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/sections/1/measures/0/measures/1/title/en"),
            "measure 2.1.2 has the same title in en as measure 1.2 at /sections/0/measures/1"));
  }

  @Test
  void turkishAndAzerbaijaniTitlesFoldTheirOwnWay() {
    Plan plan = withMeasure(withMeasure(valid(), 0, 0,
            m -> m.toBuilder().title(LocalizedText.of("tr", "İnsan hakları")).build()), 0, 1,
        m -> m.toBuilder().title(LocalizedText.of("tr", "INSAN HAKLARI")).build());
    // Turkish I folds to ı, not i: "ınsan" is not "insan".
    assertThat(findings(plan, RULE)).isEmpty();
  }

  @Test
  void differentTitlesAreFine() {
    assertThat(findings(valid(), RULE)).isEmpty();
  }
}
