package io.github.ogpkit.rules;

import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class OgpValidatorTest {

  /** An OGP plan with a measure without indicator and a time frame past the plan's end. */
  private static Plan flawed() {
    return withMeasure(valid(), 0, 1, m -> m.toBuilder().indicators(List.of()).timeFrame("2023")
        .build());
  }

  private static List<String> rulesAndSeverities(ValidationReport report) {
    return report.findings().stream().map(f -> f.rule() + "=" + f.severity().label()).toList();
  }

  @Test
  void theStandardValidatorChoosesTheProfileFromThePlansKind() {
    OgpValidator v = OgpValidator.standard();
    assertThat(v.profile()).isEmpty();
    ValidationReport ogp = v.validate(flawed());
    assertThat(ogp.profile()).contains("ogp-action-plan");
    assertThat(rulesAndSeverities(ogp))
        .containsExactly("indicator-missing=info", "time-frame-outside-plan=warning");

    ValidationReport program = v.validate(
        flawed().toBuilder().kind(PlanKind.NATIONAL_PROGRAM).build());
    assertThat(program.profile()).contains("national-program");
    assertThat(rulesAndSeverities(program)).containsExactly("time-frame-outside-plan=warning");
  }

  @Test
  void anExplicitProfileOverridesThePlansKind() {
    OgpValidator v = OgpValidator.builder().profile(Profile.NATIONAL_PROGRAM).build();
    ValidationReport report = v.validate(flawed());
    assertThat(report.profile()).contains("national-program");
    assertThat(rulesAndSeverities(report)).containsExactly("time-frame-outside-plan=warning");
    assertThat(v.profileFor(flawed())).isEqualTo(Profile.NATIONAL_PROGRAM);
  }

  @Test
  void aRuleCanBeGivenAnotherSeverityOrTurnedOff() {
    OgpValidator v = OgpValidator.builder()
        .severity("time-frame-outside-plan", Severity.INFO)
        .disable("indicator-missing")
        .build();
    ValidationReport report = v.validate(flawed());
    assertThat(rulesAndSeverities(report)).containsExactly("time-frame-outside-plan=info");
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void aSeverityTurnsOnARuleTheProfileTurnsOff() {
    OgpValidator v = OgpValidator.builder().profile(Profile.NATIONAL_PROGRAM)
        .severity("indicator-missing", Severity.ERROR).build();
    assertThat(rulesAndSeverities(v.validate(flawed())))
        .containsExactly("indicator-missing=error", "time-frame-outside-plan=warning");
  }

  @Test
  void resetReturnsARuleToItsProfilesDefault() {
    OgpValidator v = OgpValidator.builder().disable("indicator-missing")
        .reset("indicator-missing").build();
    assertThat(rulesAndSeverities(v.validate(flawed())))
        .contains("indicator-missing=info");
  }

  @Test
  void configurationSetsProfileRulesAndLocale() {
    OgpValidator v = OgpValidator.builder().configure(Map.of(
        "profile", "national-program",
        "rule.time-frame-outside-plan", " ERROR ",
        "rule.translation-missing", "off",
        "rule.indicator-missing", "warning",
        "locale", "az")).build();
    assertThat(v.profile()).contains(Profile.NATIONAL_PROGRAM);
    assertThat(v.locale().getLanguage()).isEqualTo("az");
    assertThat(v.severity("translation-missing", Profile.NATIONAL_PROGRAM)).isEmpty();
    assertThat(rulesAndSeverities(v.validate(flawed())))
        .containsExactly("indicator-missing=warning", "time-frame-outside-plan=error");
  }

  @Test
  void configurationCanComeFromProperties() {
    Properties p = new Properties();
    p.setProperty("rule.indicator-missing", "off");
    p.setProperty("profile", "auto");
    OgpValidator v = OgpValidator.builder().profile(Profile.NATIONAL_PROGRAM).configure(p)
        .build();
    assertThat(v.profile()).isEmpty();
    assertThat(rulesAndSeverities(v.validate(flawed())))
        .containsExactly("time-frame-outside-plan=warning");
  }

  @Test
  void anUnknownKeyIsRejectedNamingTheAcceptedKeys() {
    assertThatThrownBy(() -> OgpValidator.builder().configure(Map.of("rules.x", "off")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown configuration key \"rules.x\"; expected profile, locale or"
            + " rule.<rule id>");
  }

  @Test
  void anUnknownRuleIsRejectedNamingTheKeyAndTheKnownRules() {
    assertThatThrownBy(() -> OgpValidator.builder()
        .configure(Map.of("rule.indicators-missing", "off")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("configuration key \"rule.indicators-missing\": unknown rule"
            + " \"indicators-missing\"; known rules: json-syntax, duplicate-key,")
        .hasMessageContaining("indicator-missing");
    assertThatThrownBy(() -> OgpValidator.builder().disable("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown rule \"nope\"");
  }

  @Test
  void aBadValueIsRejectedNamingTheKeyAndTheAcceptedValues() {
    assertThatThrownBy(() -> OgpValidator.builder()
        .configure(Map.of("rule.indicator-missing", "fatal")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("configuration key \"rule.indicator-missing\" has value \"fatal\"; expected"
            + " error, warning, info, off");
    assertThatThrownBy(() -> OgpValidator.builder()
        .configure(Map.of("profile", "OGP_ACTION_PLAN")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("configuration key \"profile\" has value \"OGP_ACTION_PLAN\"; expected"
            + " ogp-action-plan, executive-order, national-program, auto");
    assertThatThrownBy(() -> OgpValidator.builder().configure(Map.of("locale", "ru")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("configuration key \"locale\" has value \"ru\"; expected en, az");
  }

  @Test
  void everyProfileAndSeverityIsConfiguredByItsOwnName() {
    for (Profile p : Profile.values()) {
      assertThat(OgpValidator.builder().configure(Map.of("profile", p.id())).build().profile())
          .contains(p);
    }
    for (Severity s : Severity.values()) {
      assertThat(OgpValidator.builder().configure(Map.of("rule.indicator-missing", s.label()))
          .build().overrides()).containsEntry("indicator-missing", Optional.of(s));
    }
  }

  @Test
  void configurationValuesAndNamesInMessagesAreQuotedAndEscaped() {
    assertThatThrownBy(() -> OgpValidator.builder().configure(Map.of("profile", "a\u001bb")))
        .hasMessage("configuration key \"profile\" has value \"a\\u001bb\"; expected"
            + " ogp-action-plan, executive-order, national-program, auto");
    assertThatThrownBy(() -> OgpValidator.builder().configure(Map.of("a\nb", "x")))
        .hasMessage("unknown configuration key \"a\\u000ab\"; expected profile, locale or"
            + " rule.<rule id>");
    assertThatThrownBy(() -> OgpValidator.builder().disable("a\u202eb"))
        .hasMessageStartingWith("unknown rule \"a\\u202eb\"; known rules:");
    assertThatThrownBy(() -> Profile.byId("a\u2028b"))
        .hasMessageStartingWith("unknown profile \"a\\u2028b\"; expected");
  }

  @Test
  void aRejectedConfigurationChangesNothing() {
    OgpValidator.Builder b = OgpValidator.builder();
    assertThatThrownBy(() -> b.configure(Map.of("profile", "national-program",
        "rule.indicator-missing", "bad"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(b.build().profile()).isEmpty();
    assertThat(b.build().overrides()).isEmpty();
  }

  @Test
  void severityAnswersForReadingRulesToo() {
    OgpValidator v = OgpValidator.standard();
    assertThat(v.severity("unknown-property", Profile.OGP_ACTION_PLAN)).contains(Severity.ERROR);
    assertThat(v.severity("json-syntax", Profile.NATIONAL_PROGRAM)).contains(Severity.ERROR);
    assertThat(v.severity("plan-period-too-long", Profile.NATIONAL_PROGRAM)).isEmpty();
  }

  @Test
  void readingRulesTheValidatorDoesNotReportCannotBeConfiguredOnIt() {
    String why = "rule json-syntax cannot be configured on the validator: it is a reading rule,"
        + " which ogp-io's reader reports while it reads JSON text, at the severity RULES.md"
        + " gives it, and the validator never reports";
    assertThatThrownBy(() -> OgpValidator.builder().disable("json-syntax"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(why);
    assertThatThrownBy(() -> OgpValidator.builder().severity("json-syntax", Severity.WARNING))
        .hasMessage(why);
    assertThatThrownBy(() -> OgpValidator.builder().reset("json-syntax")).hasMessage(why);
    assertThatThrownBy(() -> OgpValidator.builder()
        .configure(Map.of("rule.json-syntax", "off")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("configuration key \"rule.json-syntax\": " + why);
    for (String reading : List.of("duplicate-key", "unknown-property", "wrong-type",
        "schema-version")) {
      assertThatThrownBy(() -> OgpValidator.builder().disable(reading))
          .hasMessageStartingWith("rule " + reading + " cannot be configured on the validator");
    }
  }

  @Test
  void theReadingRulesTheValidatorChecksOnPlansBuiltInCodeCanBeConfigured() {
    OgpValidator v = OgpValidator.builder().disable("required")
        .severity("invalid-value", Severity.WARNING).build();
    assertThat(v.severity("required", Profile.OGP_ACTION_PLAN)).isEmpty();
    Plan plan = valid().toBuilder().country("Azerbaijan").languages(List.of()).build();
    assertThat(rulesAndSeverities(v.validate(plan))).containsExactly("invalid-value=warning");
  }

  @Test
  void toBuilderDerivesAValidatorAndLeavesTheOriginalAlone() {
    OgpValidator original = OgpValidator.builder().disable("indicator-missing").build();
    OgpValidator derived = original.toBuilder().reset("indicator-missing")
        .profile(Profile.NATIONAL_PROGRAM).build();
    assertThat(original.overrides()).containsKey("indicator-missing");
    assertThat(original.profile()).isEmpty();
    assertThat(derived.overrides()).isEmpty();
    assertThat(derived.profile()).contains(Profile.NATIONAL_PROGRAM);
  }

  @Test
  void messagesAreInAzerbaijaniWhenAskedFor() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().number("1.1").build());
    OgpValidator az = OgpValidator.builder().locale(Locale.forLanguageTag("az-Latn-AZ")).build();
    assertThat(az.validate(plan).forRule("number-duplicate").findings())
        .extracting(Finding::message)
        .containsExactly("1.1 nömrəsi artıq /sections/0/measures/0 ünvanında istifadə olunub");
  }

  @Test
  void aLocaleWithoutMessagesIsRefusedNamingTheLanguagesThereAre() {
    assertThatThrownBy(() -> OgpValidator.builder().locale(Locale.FRENCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("there are no messages in \"fr\"; messages are in en and az (English and"
            + " Azerbaijani)");
    assertThatThrownBy(() -> OgpValidator.builder().locale(Locale.ROOT))
        .hasMessage("there are no messages in \"und\"; messages are in en and az (English and"
            + " Azerbaijani)");
  }

  @Test
  void anEnglishLocaleOfAnyRegionGivesEnglish() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().number("1.1").build());
    OgpValidator british = OgpValidator.builder().locale(Locale.UK).build();
    assertThat(british.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(british.validate(plan).forRule("number-duplicate").findings())
        .extracting(Finding::message)
        .containsExactly("number 1.1 is already used at /sections/0/measures/0");
  }

  @Test
  void findingsAreInDocumentOrderThenSeverityThenRule() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().number("1.1").indicators(List.of())
            .timeFrame("2023").build())
        .toBuilder().country("XX").build();
    assertThat(OgpValidator.standard().validate(plan).findings())
        .extracting(Finding::rule, Finding::path)
        .containsExactly(
            tuple("invalid-value", path("/country")),
            tuple("indicator-missing", path("/sections/0/measures/1")),
            tuple("number-duplicate", path("/sections/0/measures/1/number")),
            tuple("time-frame-outside-plan", path("/sections/0/measures/1/timeFrame")));
  }

  @Test
  void theModuleNeedsNoExpressionLanguageImplementation() {
    // This test run has none on its class path (see the pom), and validation still works.
    assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(OgpValidator.standard().validate(
        valid().toBuilder().country("XX").build()).errorCount()).isEqualTo(1);
  }
}
