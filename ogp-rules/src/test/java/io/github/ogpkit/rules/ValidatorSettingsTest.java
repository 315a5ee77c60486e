package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.testing.generator.SamplePlans;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a validator says of its own settings, and how they carry over to a derived one. */
class ValidatorSettingsTest {

  @Test
  void toStringNamesProfileOverridesAndLocale() {
    assertThat(OgpValidator.standard()).hasToString(
        "OgpValidator[profile=from the plan, overrides={}, locale=en]");
    OgpValidator configured = OgpValidator.builder().profile(Profile.NATIONAL_PROGRAM)
        .disable("section-empty").locale(Locale.forLanguageTag("az")).build();
    assertThat(configured).hasToString("OgpValidator[profile=national-program,"
        + " overrides={section-empty=Optional.empty}, locale=az]");
  }

  @Test
  void aDerivedValidatorKeepsEveryOverride() {
    OgpValidator validator = OgpValidator.builder().severity("section-empty", Severity.ERROR)
        .disable("translation-missing").build();
    OgpValidator derived = validator.toBuilder().build();
    assertThat(derived.overrides()).isEqualTo(Map.of("section-empty", Optional.of(Severity.ERROR),
        "translation-missing", Optional.empty()));
    assertThat(derived.severity("section-empty", Profile.OGP_ACTION_PLAN))
        .contains(Severity.ERROR);
  }

  @Test
  void theSeverityOfAnUnknownRuleIsRefusedNamingTheRule() {
    assertThatThrownBy(() -> OgpValidator.standard().severity("no-such-rule",
        Profile.OGP_ACTION_PLAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown rule \"no-such-rule\"; known rules: json-syntax, ");
  }

  @Test
  void aConfigurationKeyWithoutValueIsRefusedByName() {
    Map<String, String> configuration = new HashMap<>();
    configuration.put("locale", null);
    assertThatThrownBy(() -> OgpValidator.builder().configure(configuration))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("configuration key \"locale\" has no value");
  }

  @Test
  void requiredAloneStillRunsTheStructuralChecks() {
    Plan noLanguages = SamplePlans.valid().toBuilder().languages(List.of()).build();
    OgpValidator validator = OgpValidator.builder().disable(RuleCatalog.INVALID_VALUE).build();
    assertThat(validator.validate(noLanguages).forRule(RuleCatalog.REQUIRED).findings())
        .extracting(Finding::path).containsExactly(StandardValidation.path("/languages"));
  }

  @Test
  void invalidValueAloneStillRunsTheStructuralChecks() {
    Plan badCountry = SamplePlans.valid().toBuilder().country("Azerbaijan").build();
    OgpValidator validator = OgpValidator.builder().disable(RuleCatalog.REQUIRED).build();
    assertThat(validator.validate(badCountry).forRule(RuleCatalog.INVALID_VALUE).findings())
        .extracting(Finding::path).containsExactly(StandardValidation.path("/country"));
  }

  @Test
  void withBothOffNoStructuralCheckRuns() {
    Plan badCountry = SamplePlans.valid().toBuilder().country("Azerbaijan").build();
    OgpValidator validator = OgpValidator.builder().disable(RuleCatalog.REQUIRED)
        .disable(RuleCatalog.INVALID_VALUE).build();
    assertThat(validator.validate(badCountry).isValid()).isTrue();
  }
}
