package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.testing.generator.PlanEdits.withInstitution;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.rules.NameNormalizer;
import org.junit.jupiter.api.Test;

/**
 * The duplicate rules compare names by hash first: two different names whose normalized forms
 * hash alike ({@code "c!"} and {@code "a_"}, both 3102) are still different names.
 */
class NameHashCollisionTest {

  private static final String ONE = "c!";
  private static final String OTHER = "a_";

  @Test
  void theTwoNamesCollide() {
    assertThat(NameNormalizer.normalize(ONE, "en").hashCode())
        .isEqualTo(NameNormalizer.normalize(OTHER, "en").hashCode());
    assertThat(NameNormalizer.normalize(ONE, "en")).isNotEqualTo(
        NameNormalizer.normalize(OTHER, "en"));
  }

  @Test
  void institutionsWhoseNamesCollideAreNotDuplicates() {
    Plan plan = withInstitution(withInstitution(valid(), 0,
        i -> i.toBuilder().name(LocalizedText.of("en", ONE)).build()), 1,
        i -> i.toBuilder().name(LocalizedText.of("en", OTHER)).build());
    assertThat(findings(plan, "institution-name-duplicate")).isEmpty();
  }

  @Test
  void measuresWhoseTitlesCollideAreNotDuplicates() {
    Plan plan = withMeasure(withMeasure(valid(), 0, 0,
        m -> m.toBuilder().title(LocalizedText.of("en", ONE)).build()), 0, 1,
        m -> m.toBuilder().title(LocalizedText.of("en", OTHER)).build());
    assertThat(findings(plan, "measure-title-duplicate")).isEmpty();
  }
}
