package io.github.ogpkit.rules;

import static io.github.ogpkit.rules.TestPlans.findings;
import static io.github.ogpkit.rules.TestPlans.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Adoption;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The text rules see every localized text of a plan, optional ones included, each at its own
 * path: the adoption's instrument, the preamble, section, measure and sub-measure descriptions.
 */
class EveryTextOfAPlanIsCheckedTest {

  private static LocalizedText padded(String text) {
    return LocalizedText.of("en", text + " ");
  }

  @Test
  void optionalTextsAreCheckedAtTheirPaths() {
    Plan plan = TestPlans.valid().toBuilder()
        .adoption(Adoption.of(padded("Decree No. 1"), LocalDate.of(2020, 2, 27)))
        .preamble(padded("Preamble"))
        .build();
    plan = TestPlans.withSection(plan, 1, s -> s.toBuilder()
        .description(padded("About public services")).build());
    plan = TestPlans.withMeasure(plan, 0, 0, m -> m.toBuilder()
        .description(padded("About the register")).build());
    plan = TestPlans.withSubMeasure(plan, 1, 0, 1, m -> m.toBuilder()
        .description(padded("About Ganja")).build());
    assertThat(findings(plan, "text-whitespace")).extracting(Finding::path)
        .containsExactlyInAnyOrder(
        path("/adoption/instrument/en"),
        path("/preamble/en"),
        path("/sections/0/measures/0/description/en"),
        path("/sections/1/description/en"),
        path("/sections/1/measures/0/measures/1/description/en"));
  }

  @Test
  void aPlanWithoutOptionalTextsHasNoFindingAboutThem() {
    assertThat(findings(TestPlans.valid(), "text-whitespace")).isEmpty();
  }
}
