package io.github.ogpkit.testing.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonNumber;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonString;
import io.github.ogpkit.model.json.JsonValue;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PlanGeneratorTest {

  private static final OgpValidator VALIDATOR = OgpValidator.standard();

  @Test
  void validPlansHaveNoFindingUnderEitherProfile() {
    Property.forAll(PlanGenerator.validPlans())
        .tries(300)
        .describedAs(plan -> PlanWriter.canonical().write(plan))
        .check(plan -> {
          for (PlanKind kind : PlanKind.values()) {
            ValidationReport report = VALIDATOR.validate(asKind(plan, kind));
            assertThat(report.findings()).as(kind + "\n" + report.toText()).isEmpty();
          }
        });
  }

  /**
   * The plan as another kind; a local plan also names its jurisdiction, as it must, in every
   * language of the plan.
   */
  private static Plan asKind(Plan plan, PlanKind kind) {
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    plan.languages().forEach(language -> names.put(language, "Sample County"));
    return plan.toBuilder().kind(kind).jurisdiction(kind == PlanKind.OGP_LOCAL_ACTION_PLAN
        ? io.github.ogpkit.model.LocalizedText.of(names) : null).build();
  }

  @Test
  void samplePlansValidIsValidUnderEitherProfile() {
    for (PlanKind kind : PlanKind.values()) {
      Plan plan = asKind(SamplePlans.valid(), kind);
      assertThat(VALIDATOR.validate(plan).findings()).as("%s", kind).isEmpty();
    }
  }

  @Test
  void theSameSeedAndSizeGiveAnEqualPlan() {
    assertThat(PlanGenerator.validPlans().next(42, 60))
        .isEqualTo(PlanGenerator.validPlans().next(42, 60))
        .isNotEqualTo(PlanGenerator.validPlans().next(43, 60));
    assertThat(PlanGenerator.readablePlans().next(42, 60))
        .isEqualTo(PlanGenerator.readablePlans().next(42, 60))
        .isNotEqualTo(PlanGenerator.readablePlans().next(43, 60));
  }

  @Test
  void validPlansGrowWithTheSizeAndTakeEveryShape() {
    List<Plan> plans = new ArrayList<>();
    for (long seed = 0; seed < 200; seed++) {
      plans.add(PlanGenerator.validPlans().next(seed, Source.FULL_SIZE));
      assertThat(PlanGenerator.validPlans().next(seed, 0).allMeasures()).hasSize(1);
    }
    assertThat(plans).allMatch(p -> p.allMeasures().size() <= 101)
        .anyMatch(p -> p.allMeasures().size() > 90)
        .anyMatch(p -> p.kind() == PlanKind.NATIONAL_PROGRAM)
        .anyMatch(p -> p.kind() == PlanKind.OGP_ACTION_PLAN)
        .anyMatch(p -> p.allSections().stream().anyMatch(s -> s.number().depth() == 2))
        .anyMatch(p -> p.allMeasures().stream().anyMatch(Measure::hasSubMeasures))
        .anyMatch(p -> p.preamble().isPresent())
        .anyMatch(p -> p.adoption().isPresent())
        .anyMatch(p -> !p.extensions().isEmpty());
  }

  @Test
  void exactCountsGiveExactlyThatManyMeasuresAndInstitutions() {
    Plan plan = PlanGenerator.validPlans().measures(57).institutions(9).next(5, 0);
    assertThat(plan.allMeasures()).hasSize(57);
    assertThat(plan.institutions()).hasSize(9);
    assertThatThrownBy(() -> PlanGenerator.validPlans().measures(5).institutions(6).next(1, 0))
        .hasMessageContaining("6 institutions need at least as many measures, got 5");
  }

  @Test
  void theSmallestReadablePlanHasOneSectionAndNoMeasure() {
    Plan plan = PlanGenerator.readablePlans().next(Source.smallest(0));
    assertThat(plan.sections()).hasSize(1);
    assertThat(plan.allMeasures()).isEmpty();
    assertThat(plan.title().asMap().values()).containsOnly("x");
  }

  /**
   * Readable plans reach what the round-trip property is about: every optional part, text from
   * the astral planes, Azerbaijani letters, and numbers of up to 300 digits with scales from
   * -400 to 400.
   */
  @Test
  void readablePlansUseEveryPartOfTheFormatAndTheEdgesOfItsValues() {
    List<Plan> plans = new ArrayList<>();
    for (long seed = 0; seed < 300; seed++) {
      plans.add(PlanGenerator.readablePlans().next(seed, Source.FULL_SIZE));
    }
    List<String> texts = new ArrayList<>();
    List<BigDecimal> numbers = new ArrayList<>();
    for (Plan plan : plans) {
      collect(plan, texts, numbers);
    }
    assertThat(plans)
        .anyMatch(p -> p.sections().size() == 2)
        .anyMatch(p -> p.adoption().flatMap(a -> a.date()).isPresent())
        .anyMatch(p -> p.preamble().isPresent())
        .anyMatch(p -> p.institutions().stream().anyMatch(i -> i.parent().isPresent()))
        .anyMatch(p -> p.allSections().stream().anyMatch(s -> !s.provisions().isEmpty()))
        .anyMatch(p -> p.allMeasures().stream().anyMatch(Measure::hasSubMeasures))
        .anyMatch(p -> p.allMeasures().stream().anyMatch(m -> m.timeFrame().isEmpty()))
        .anyMatch(p -> p.allMeasures().stream().flatMap(m -> m.indicators().stream())
            .anyMatch(i -> i.baseline().isPresent() && i.target().isPresent()));
    assertThat(texts)
        .allMatch(PlanGeneratorTest::hasNoUnpairedSurrogate)
        .anyMatch(t -> t.codePoints().anyMatch(c -> c > 0xFFFF))
        .anyMatch(t -> t.codePoints().anyMatch(c -> c >= 0x100000))
        .anyMatch(t -> t.contains("ə") || t.contains("İ") || t.contains("ı"))
        .anyMatch(t -> t.contains("\n") || t.contains("\u2028") || t.contains("\u0001"));
    assertThat(numbers)
        .anyMatch(n -> n.precision() >= 250)
        .anyMatch(n -> n.scale() <= -350)
        .anyMatch(n -> n.scale() >= 350)
        .containsAll(Values.EDGE_DECIMALS);
  }

  private static boolean hasNoUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static void collect(Plan plan, List<String> texts, List<BigDecimal> numbers) {
    Consumer<LocalizedText> text = t -> texts.addAll(t.asMap().values());
    text.accept(plan.title());
    plan.preamble().ifPresent(text);
    plan.institutions().forEach(i -> {
      text.accept(i.name());
      json(i.extensions(), texts, numbers);
    });
    json(plan.extensions(), texts, numbers);
    for (Section s : plan.allSections()) {
      text.accept(s.title());
      json(s.extensions(), texts, numbers);
    }
    for (Measure m : plan.allMeasures()) {
      text.accept(m.title());
      m.indicators().forEach(i -> {
        text.accept(i.text());
        i.baseline().ifPresent(q -> numbers.add(q.value()));
        i.target().ifPresent(q -> numbers.add(q.value()));
      });
      json(m.extensions(), texts, numbers);
    }
  }

  private static void json(JsonValue value, List<String> texts, List<BigDecimal> numbers) {
    if (value instanceof JsonString s) {
      texts.add(s.value());
    } else if (value instanceof JsonNumber n) {
      numbers.add(n.value());
    } else if (value instanceof JsonArray a) {
      a.values().forEach(v -> json(v, texts, numbers));
    } else if (value instanceof JsonObject o) {
      o.members().forEach((k, v) -> {
        texts.add(k);
        json(v, texts, numbers);
      });
    }
  }
}
