package io.github.ogpkit.rules;

import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Adoption;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.testing.generator.PlanEdits;
import io.github.ogpkit.testing.generator.SamplePlans;
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
    Plan plan = SamplePlans.valid().toBuilder()
        .adoption(Adoption.of(padded("Decree No. 1"), LocalDate.of(2020, 2, 27)))
        .preamble(padded("Preamble"))
        .build();
    plan = PlanEdits.withSection(plan, 1, s -> s.toBuilder()
        .description(padded("About public services")).build());
    plan = PlanEdits.withMeasure(plan, 0, 0, m -> m.toBuilder()
        .description(padded("About the register")).build());
    plan = PlanEdits.withSubMeasure(plan, 1, 0, 1, m -> m.toBuilder()
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
    assertThat(findings(SamplePlans.valid(), "text-whitespace")).isEmpty();
  }
}
