package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withInstitution;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class InstitutionNameDuplicateTest {

  private static final String RULE = "institution-name-duplicate";

  private static Plan secondNamed(LocalizedText name) {
    return withInstitution(valid(), 1, i -> i.toBuilder().name(name).build());
  }

  private static Plan bothNamed(LocalizedText first, LocalizedText second) {
    return withInstitution(secondNamed(second), 0, i -> i.toBuilder().name(first).build());
  }

  @Test
  void theSameNameAfterNormalizationIsReportedAtTheLaterNameNamingTheFirst() {
    Plan plan = secondNamed(LocalizedText.of("en", "  ministry of  JUSTICE"));
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/institutions/1/name/en"),
            "institution ministry-of-finance has the same name in en as institution"
                + " ministry-of-justice at /institutions/0: \"  ministry of  JUSTICE\""));
  }

  @Test
  void azerbaijaniFoldsDottedAndDotlessIByItsOwnRules() {
    Plan same = bothNamed(LocalizedText.of("az", "Ədliyyə Nazirliyi"),
        LocalizedText.of("az", "ƏDLİYYƏ NAZİRLİYİ"));
    assertThat(findings(same, RULE)).extracting(Finding::path)
        .containsExactly(path("/institutions/1/name/az"));
    // Dotless I is ı in Azerbaijani, so "NAZIRLIYI" is not "nazirliyi".
    Plan different = bothNamed(LocalizedText.of("az", "Ədliyyə Nazirliyi"),
        LocalizedText.of("az", "ƏDLIYYƏ NAZIRLIYI"));
    assertThat(findings(different, RULE)).isEmpty();
  }

  @Test
  void namesAreComparedWithinOneLanguageOnly() {
    Plan plan = bothNamed(LocalizedText.of("en", "Milli Məclis"),
        LocalizedText.of("az", "Milli Məclis"));
    assertThat(findings(plan, RULE)).isEmpty();
  }

  @Test
  void nfcAndNfdSpellingsAreTheSameName() {
    Plan decomposed = bothNamed(LocalizedText.of("fr", "Cour des comptes \u00e9"),
        LocalizedText.of("fr", "Cour des comptes e\u0301"));
    assertThat(findings(decomposed, RULE)).hasSize(1);
  }

  @Test
  void differentNamesAreFine() {
    assertThat(findings(valid(), RULE)).isEmpty();
  }
}
