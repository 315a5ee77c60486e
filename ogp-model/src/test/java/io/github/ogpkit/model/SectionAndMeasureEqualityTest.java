package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Sections and measures compare as records do, component by component (their equals is written
 * out to take one stack frame a level): equal copies are equal with equal hash codes, and a
 * difference in any one component makes them unequal.
 */
class SectionAndMeasureEqualityTest {

  private static Measure measure() {
    return Measure.builder().number("1.1").title("en", "M").description(LocalizedText.of("en", "D"))
        .indicator("en", "I").executor("a").timeFrame("2020")
        .measure(Measure.builder().number("1.1.1").title("en", "S").executor("a")
            .timeFrame("2020").build())
        .extensions(JsonObject.of(Map.of("x", JsonString.of("y")))).build();
  }

  private static Section section() {
    return Section.builder().number("1").title("en", "S").description(LocalizedText.of("en", "D"))
        .measure(measure())
        .section(Section.builder().number("1.2").title("en", "T")
            .measure(Measure.builder().number("1.2.1").title("en", "U").executor("a")
                .timeFrame("2020").build()).build())
        .provision(Provision.of("1.3", "en", "P"))
        .extensions(JsonObject.of(Map.of("x", JsonString.of("y")))).build();
  }

  @Test
  void equalCopiesAreEqualWithEqualHashCodes() {
    assertThat(measure()).isEqualTo(measure()).hasSameHashCodeAs(measure())
        .isNotEqualTo(null).isNotEqualTo("a measure");
    assertThat(section()).isEqualTo(section()).hasSameHashCodeAs(section())
        .isNotEqualTo(null).isNotEqualTo("a section");
  }

  @Test
  void aDifferenceInAnyComponentOfAMeasureMakesItUnequal() {
    List<UnaryOperator<Measure.Builder>> changes = List.of(
        b -> b.number("1.2"),
        b -> b.title("en", "Other"),
        b -> b.description(LocalizedText.of("en", "Other")),
        b -> b.indicator("en", "Another"),
        b -> b.recommended("b"),
        b -> b.timeFrame("2021"),
        b -> b.measures(List.of()),
        b -> b.measure(Measure.builder().number("1.1.2").title("en", "S2").executor("a")
            .timeFrame("2020").build()),
        b -> b.extensions(JsonObject.EMPTY));
    for (UnaryOperator<Measure.Builder> change : changes) {
      Measure changed = change.apply(measure().toBuilder()).build();
      assertThat(changed).isNotEqualTo(measure());
      assertThat(measure()).isNotEqualTo(changed);
    }
  }

  @Test
  void aDifferenceInAnyComponentOfASectionMakesItUnequal() {
    List<UnaryOperator<Section.Builder>> changes = List.of(
        b -> b.number("2"),
        b -> b.title("en", "Other"),
        b -> b.description(LocalizedText.of("en", "Other")),
        b -> b.measures(List.of()),
        b -> b.measures(List.of(measure().toBuilder().title("en", "Other").build())),
        b -> b.sections(List.of()),
        b -> b.sections(List.of(Section.builder().number("1.2").title("en", "Other").build())),
        b -> b.provisions(List.of()),
        b -> b.extensions(JsonObject.EMPTY));
    for (UnaryOperator<Section.Builder> change : changes) {
      Section changed = change.apply(section().toBuilder()).build();
      assertThat(changed).isNotEqualTo(section());
      assertThat(section()).isNotEqualTo(changed);
    }
  }
}
