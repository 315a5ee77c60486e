package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A null where a value is required is refused with the parameter's name, or the element's. */
class NullArgumentsTest {

  private static final LocalizedText TEXT = LocalizedText.of("en", "Text");

  @Test
  void factoriesAndCopiesNameTheirParameter() {
    assertThatNullPointerException().isThrownBy(() -> Adoption.of(TEXT, null))
        .withMessage("date");
    Indicator indicator = Indicator.of(TEXT);
    assertThatNullPointerException().isThrownBy(() -> indicator.withBaseline(null))
        .withMessage("baseline");
    assertThatNullPointerException().isThrownBy(() -> indicator.withTarget(null))
        .withMessage("target");
    Finding finding = Finding.of("section-empty", Severity.WARNING, JsonPointer.root(), "m");
    assertThatNullPointerException().isThrownBy(() -> finding.withLocation(null))
        .withMessage("location");
    assertThatNullPointerException().isThrownBy(() -> JsonPointer.of((String[]) null))
        .withMessage("tokens");
    assertThatNullPointerException().isThrownBy(() -> JsonPointer.of("a", null))
        .withMessage("tokens[1] is null");
    assertThatNullPointerException().isThrownBy(() -> Quantity.of(BigDecimal.ONE).withUnit(null))
        .withMessage("unit");
  }

  @Test
  void builderListsNameTheListOrTheNullElement() {
    Plan.Builder plan = Plan.builder();
    assertThatNullPointerException().isThrownBy(() -> plan.languages((String[]) null))
        .withMessage("languages");
    assertThatNullPointerException().isThrownBy(() -> plan.languages((List<String>) null))
        .withMessage("languages");
    assertThatNullPointerException().isThrownBy(() -> plan.languages("en", null))
        .withMessage("languages[1] is null");
    assertThatNullPointerException().isThrownBy(() -> plan.institutions(null))
        .withMessage("institutions");
    assertThatNullPointerException()
        .isThrownBy(() -> plan.sections(Arrays.asList((Section) null)))
        .withMessage("sections[0] is null");
    Section.Builder section = Section.builder();
    assertThatNullPointerException().isThrownBy(() -> section.measures(null))
        .withMessage("measures");
    assertThatNullPointerException()
        .isThrownBy(() -> section.provisions(Arrays.asList(Provision.of("1.1", "en", "P"), null)))
        .withMessage("provisions[1] is null");
    Measure.Builder measure = Measure.builder();
    assertThatNullPointerException().isThrownBy(() -> measure.executor((String[]) null))
        .withMessage("institutionIds");
    assertThatNullPointerException().isThrownBy(() -> measure.recommended((String[]) null))
        .withMessage("institutionIds");
    assertThatNullPointerException().isThrownBy(() -> measure.indicators(null))
        .withMessage("indicators");
  }

  @Test
  void recordListsNameTheNullElement() {
    OutlineNumber one = OutlineNumber.of(1);
    assertThatNullPointerException().isThrownBy(() -> new Section(one, TEXT, Optional.empty(),
            List.of(), Arrays.asList(Section.builder().number("1.1").title(TEXT).build(), null),
            List.of(), JsonObject.EMPTY))
        .withMessage("sections[1] is null");
    assertThatNullPointerException().isThrownBy(() -> new Measure(one, TEXT, Optional.empty(),
            List.of(), null, Optional.empty(), List.of(), JsonObject.EMPTY))
        .withMessage("institutions");
  }
}
