package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.ERROR;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.PlanEdits.withSection;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class NumberDuplicateTest {

  private static final String RULE = "number-duplicate";

  @Test
  void aNumberUsedAgainIsReportedAtTheLaterUseNamingTheFirst() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().number("1.1").build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(ERROR, path("/sections/0/measures/1/number"),
            "number 1.1 is already used at /sections/0/measures/0"));
  }

  @Test
  void sectionsMeasuresAndProvisionsShareOneNamespace() {
    Plan plan = withSection(valid(), 1, s -> s.toBuilder()
        .provisions(java.util.List.of(Provision.of("2.1", "en", "Clashes with measure 2.1")))
        .build());
    assertThat(findings(plan, RULE)).extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/sections/1/provisions/0/number"),
            "number 2.1 is already used at /sections/1/measures/0"));
  }

  @Test
  void everyLaterUseIsReportedEachNamingTheFirst() {
    Plan plan = withSection(valid(), 1, s -> s.toBuilder().number("1").build());
    assertThat(findings(plan, RULE)).extracting(Finding::path).containsExactly(
        path("/sections/1/number"));
    Plan thrice = withMeasure(withMeasure(valid(), 0, 1, m -> m.toBuilder().number("1.1").build()),
        1, 0, m -> m.toBuilder().number("1.1").build());
    assertThat(findings(thrice, RULE)).extracting(Finding::message).containsExactly(
        "number 1.1 is already used at /sections/0/measures/0",
        "number 1.1 is already used at /sections/0/measures/0");
  }

  @Test
  void distinctNumbersAreFine() {
    assertThat(findings(valid(), RULE)).isEmpty();
  }
}
