package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.ERROR;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withSection;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class LanguageMissingTest {

  private static final String RULE = "language-missing";

  @Test
  void aTextWithoutThePlansFirstLanguageIsReportedAtTheMissingEntry() {
    Plan plan = withSection(valid(), 1, s -> s.toBuilder()
        .title(LocalizedText.of("az", "Dövlət xidmətləri")).build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(ERROR, path("/sections/1/title/en"),
            "the text has no en entry, the first language of the plan"));
  }

  @Test
  void everyTextOfThePlanIsChecked() {
    Plan plan = valid().toBuilder().languages("az", "en").build();
    assertThat(findings(plan, RULE)).extracting(Finding::path).contains(
        path("/title/az"), path("/institutions/0/name/az"), path("/sections/0/title/az"),
        path("/sections/0/measures/0/title/az"),
        path("/sections/0/measures/0/indicators/0/text/az"),
        path("/sections/1/measures/0/measures/1/title/az"),
        path("/sections/1/provisions/0/text/az"));
  }

  @Test
  void textsInTheFirstLanguageAreFine() {
    assertThat(findings(valid(), RULE)).isEmpty();
  }
}
