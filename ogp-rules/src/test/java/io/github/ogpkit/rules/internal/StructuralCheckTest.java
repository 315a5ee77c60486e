package io.github.ogpkit.rules.internal;

import static io.github.ogpkit.rules.StandardValidation.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Adoption;
import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.rules.OgpValidator;
import io.github.ogpkit.rules.StandardValidation;
import io.github.ogpkit.testing.generator.PlanEdits;
import io.github.ogpkit.testing.generator.SamplePlans;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StructuralCheckTest {

  private static List<Finding> structural(Plan plan) {
    return StandardValidation.validate(plan).filter(f -> f.rule().equals("required")
        || f.rule().equals("invalid-value")).findings();
  }

  @Test
  void aBadCountryCodeIsInvalidValueAtCountry() {
    Plan plan = SamplePlans.valid().toBuilder().country("Azerbaijan").build();
    assertThat(structural(plan)).extracting(Finding::rule, Finding::severity, Finding::path,
            Finding::message)
        .containsExactly(tuple("invalid-value", Severity.ERROR, path("/country"),
            "country \"Azerbaijan\" is not an ISO 3166-1 alpha-2 country code in upper case,"
                + " such as AZ"));
  }

  @Test
  void aBadIdentifierIsInvalidValueAtId() {
    Plan plan = SamplePlans.valid().toBuilder().id("Not An Id").build();
    assertThat(structural(plan)).extracting(Finding::rule, Finding::path)
        .containsExactly(tuple("invalid-value", path("/id")));
  }

  @Test
  void aBadLanguageTagPointsAtTheListElement() {
    Plan plan = SamplePlans.valid().toBuilder().languages("en", "not a tag").build();
    assertThat(structural(plan)).extracting(Finding::rule, Finding::path, Finding::message)
        .containsExactly(tuple("invalid-value", path("/languages/1"),
            "languages \"not a tag\" is not a well-formed BCP 47 language tag, such as az or en"));
  }

  @Test
  void repeatedLanguagesAreInvalidValueAtLanguagesNamingTheRepeatedOne() {
    Plan plan = SamplePlans.valid().toBuilder().languages("en", "az", "en").build();
    assertThat(structural(plan)).extracting(Finding::rule, Finding::path, Finding::message)
        .containsExactly(tuple("invalid-value", path("/languages"),
            "languages lists en more than once"));
  }

  @Test
  void noLanguagesIsRequired() {
    Plan plan = SamplePlans.valid().toBuilder().languages(List.of()).build();
    assertThat(structural(plan)).extracting(Finding::rule, Finding::path, Finding::message)
        .containsExactly(tuple("required", path("/languages"), "languages must not be empty"));
  }

  @Test
  void noSectionsIsRequired() {
    Plan plan = SamplePlans.valid().toBuilder().sections(List.of()).build();
    assertThat(structural(plan)).extracting(Finding::rule, Finding::path)
        .containsExactly(tuple("required", path("/sections")));
  }

  @Test
  void aPermanentPlanPeriodIsInvalidValueAtPeriod() {
    Plan plan = SamplePlans.valid().toBuilder().period(TimeFrame.permanent()).build();
    assertThat(structural(plan)).extracting(Finding::rule, Finding::path)
        .containsExactly(tuple("invalid-value", path("/period")));
  }

  @Test
  void aMissingTimeFrameIsNoStructuralFindingSinceItIsThePlanRuleTimeFrameMissing() {
    Plan plan = PlanEdits.withMeasure(SamplePlans.valid(), 1, 0,
        m -> m.toBuilder().timeFrame((TimeFrame) null).build());
    assertThat(structural(plan)).isEmpty();
    Plan leaf = PlanEdits.withSubMeasure(SamplePlans.valid(), 1, 0, 1,
        m -> m.toBuilder().timeFrame((TimeFrame) null).build());
    assertThat(structural(leaf)).isEmpty();
  }

  @Test
  void aBadAssignmentIdPointsAtTheAssignmentsInstitution() {
    Plan plan = PlanEdits.withMeasure(SamplePlans.valid(), 0, 1,
        m -> m.toBuilder().institution(Assignment.executor("Bad_Id")).build());
    assertThat(structural(plan)).extracting(Finding::rule, Finding::path)
        .containsExactly(tuple("invalid-value", path("/sections/0/measures/1/institutions/1/institution")));
  }

  @Test
  void topLevelMeasuresAndTheirSubMeasuresAreCheckedAtTheirPaths() {
    Plan plan = SamplePlans.valid().toBuilder().measure(io.github.ogpkit.model.Measure.builder()
        .number("3").title("en", "Top").executor("Top_Bad")
        .measure(SamplePlans.leaf("3.1", "Sub", "2020").toBuilder().executor("Sub_Bad").build())
        .build()).build();
    assertThat(structural(plan)).extracting(Finding::rule, Finding::path)
        .containsExactlyInAnyOrder(
            tuple("invalid-value", path("/measures/0/institutions/0/institution")),
            tuple("invalid-value", path("/measures/0/measures/0/institutions/0/institution")));
  }

  @Test
  void partsInSubsectionsAreCheckedOnceEachAtTheirPaths() {
    Section sub = Section.builder().number("2.3").title("en", "Subsection")
        .measure(SamplePlans.leaf("2.3.1", "A measure", "2020").toBuilder()
            .executor("Bad_Id").build())
        .section(Section.builder().number("2.3.2").title("en", "Deeper")
            .measure(SamplePlans.leaf("2.3.2.1", "Another", "2020").toBuilder()
                .executor("Other_Bad").build())
            .build())
        .build();
    Plan plan = PlanEdits.withSection(SamplePlans.valid(), 1, s -> s.toBuilder().section(sub).build());
    assertThat(structural(plan)).extracting(Finding::rule, Finding::path)
        .containsExactly(
            tuple("invalid-value", path("/sections/1/sections/0/measures/0/institutions/0/institution")),
            tuple("invalid-value",
                path("/sections/1/sections/0/sections/0/measures/0/institutions/0/institution")));
  }

  @Test
  void aBadParentIdIsReportedAtTheUnwrappedOptionalProperty() {
    Plan plan = PlanEdits.withInstitution(SamplePlans.valid(), 2,
        i -> i.toBuilder().parent("No Such").build());
    assertThat(structural(plan)).extracting(Finding::rule, Finding::path)
        .containsExactly(tuple("invalid-value", path("/institutions/2/parent")));
  }

  @Test
  void aBlankAdoptionReferenceIsAnInvalidValueAsTheReaderSays() {
    Plan plan = SamplePlans.valid().toBuilder().adoption(new Adoption(
        LocalizedText.of("en", "Order"), Optional.empty(), Optional.of("  "))).build();
    assertThat(structural(plan)).extracting(Finding::rule, Finding::path)
        .containsExactly(tuple("invalid-value", path("/adoption/reference")));
  }

  @Test
  void hibernateValidatorsOwnWordingFollowsTheValidatorsLanguageNotTheDefaultLocale() {
    Plan plan = SamplePlans.valid().toBuilder().adoption(new Adoption(
        LocalizedText.of("en", "Order"), Optional.empty(), Optional.of("  "))).build();
    OgpValidator az = OgpValidator.builder().locale(Locale.forLanguageTag("az")).build();
    Locale saved = Locale.getDefault();
    try {
      // Hibernate Validator has Arabic messages of its own.
      Locale.setDefault(Locale.forLanguageTag("ar-SA"));
      assertThat(structural(plan)).extracting(Finding::message)
          .containsExactly("reference is not valid: must match \"(?s).*\\S.*\"");
      assertThat(az.validate(plan).findings()).extracting(Finding::message)
          .containsExactly("reference yanlışdır: \"(?s).*\\S.*\" nümunəsinə uyğun olmalıdır");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void anAbsentAdoptionReferenceIsFine() {
    Plan plan = SamplePlans.valid().toBuilder().adoption(new Adoption(
        LocalizedText.of("en", "Order"), Optional.empty(), Optional.empty())).build();
    assertThat(structural(plan)).isEmpty();
  }

  @Test
  void structuralMessagesAreLocalized() {
    Plan plan = SamplePlans.valid().toBuilder().country("Azerbaijan").build();
    OgpValidator az = OgpValidator.builder().locale(Locale.forLanguageTag("az")).build();
    assertThat(az.validate(plan).findings()).extracting(Finding::message)
        .containsExactly("country \"Azerbaijan\" böyük hərflərlə yazılmış ISO 3166-1 alpha-2"
            + " ölkə kodu deyil (məsələn, AZ)");
  }

  @Test
  void structuralRulesCanBeTurnedOffOrChanged() {
    Plan plan = SamplePlans.valid().toBuilder().country("Azerbaijan").languages(List.of()).build();
    OgpValidator v = OgpValidator.builder().disable("invalid-value")
        .severity("required", Severity.WARNING).build();
    assertThat(v.validate(plan).findings()).extracting(Finding::rule, Finding::severity)
        .containsExactly(tuple("required", Severity.WARNING));
  }
}
