package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.INFO;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class TranslationMissingTest {

  private static final String RULE = "translation-missing";

  @Test
  void aTextWithoutAnotherPlanLanguageIsReportedAtTheMissingEntry() {
    Plan plan = valid().toBuilder().languages("en", "az")
        .title(LocalizedText.of("en", "Test plan", "az", "Sınaq planı")).build();
    assertThat(findings(plan, RULE).get(0))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(INFO, path("/institutions/0/name/az"),
            "the text has no az translation, one of the languages of the plan");
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .doesNotContain(path("/title/az"))
        .contains(path("/sections/1/provisions/0/text/az"));
  }

  @Test
  void theFirstLanguageIsLanguageMissingsConcernNotThisRules() {
    Plan plan = valid().toBuilder().languages("az", "en").build();
    assertThat(findings(plan, RULE)).isEmpty();
  }

  @Test
  void aPlanInOneLanguageNeedsNoTranslation() {
    assertThat(findings(valid(), RULE)).isEmpty();
  }

  @Test
  void aLanguageListedTwiceIsReportedOnce() {
    Plan plan = valid().toBuilder().languages("en", "az", "az").build();
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsOnlyOnce(path("/title/az"));
  }

  @Test
  void everyMissingLanguageIsReported() {
    Plan plan = valid().toBuilder().languages("en", "az", "ru").build();
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .contains(path("/title/az"), path("/title/ru"));
  }

}
