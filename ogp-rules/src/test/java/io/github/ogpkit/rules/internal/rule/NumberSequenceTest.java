package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withMeasure;
import static io.github.ogpkit.testing.generator.PlanEdits.withSection;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.testing.generator.SamplePlans;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberSequenceTest {

  private static final String RULE = "number-sequence";

  @Test
  void aGapIsReportedAtTheFirstNumberAfterItNamingWhatIsMissing() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().number("1.3").build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/sections/0/measures/1/number"),
            "number 1.3 leaves a gap: 1.2 is missing"));
  }

  @Test
  void aLongerGapNamesTheRange() {
    Plan wide = withMeasure(valid(), 0, 1, m -> m.toBuilder().number("1.5").build());
    assertThat(findings(wide, RULE)).extracting(Finding::message)
        .containsExactly("number 1.5 leaves a gap: 1.2\u20131.4 is missing");
  }

  @Test
  void numbersOutOfOrderAreReportedAtTheOneAfterALargerOne() {
    Plan plan = withSection(valid(), 0, s -> s.toBuilder()
        .measures(List.of(s.measures().get(1), s.measures().get(0))).build());
    assertThat(findings(plan, RULE)).extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/sections/0/measures/1/number"),
            "number 1.1 comes after 1.2: the numbers are not in increasing order"));
  }

  @Test
  void topLevelSectionsFormASequenceStartingAtOne() {
    Plan plan = withSection(valid(), 0, s -> s.toBuilder().number("3").build());
    Plan renumbered = withSection(plan, 0, s -> s.toBuilder()
        .measures(s.measures().stream().map(m -> m.toBuilder()
            .number(m.number().toString().replaceFirst("^1", "3")).build()).toList())
        .build());
    assertThat(findings(renumbered, RULE)).extracting(Finding::path, Finding::message)
        .containsExactly(
            tuple(path("/sections/1/number"),
                "number 2 comes after 3: the numbers are not in increasing order"),
            tuple(path("/sections/1/number"), "number 2 leaves a gap: 1 is missing"));
  }

  @Test
  void measuresSubsectionsAndProvisionsOfASectionShareOneSequence() {
    // 2.1 is a measure and 2.2 a provision in the valid plan: no gap between the two arrays.
    assertThat(findings(valid(), RULE)).isEmpty();
    Plan plan = withSection(valid(), 1, s -> s.toBuilder()
        .provisions(List.of(Provision.of("2.3", "en", "A later clause"))).build());
    assertThat(findings(plan, RULE)).extracting(Finding::message)
        .containsExactly("number 2.3 leaves a gap: 2.2 is missing");
  }

  @Test
  void childrenNotUnderTheirParentAreLeftToNumberPrefix() {
    Plan plan = withMeasure(valid(), 0, 1, m -> m.toBuilder().number("9.2").build());
    assertThat(findings(plan, RULE)).isEmpty();
  }

  @Test
  void subMeasuresFormTheirOwnSequence() {
    Measure sub = SamplePlans.leaf("2.1.4", "Fourth", "2021").toBuilder()
        .executor(SamplePlans.MOJ).build();
    Plan plan = withMeasure(valid(), 1, 0, m -> m.toBuilder().measure(sub).build());
    assertThat(findings(plan, RULE)).extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/sections/1/measures/0/measures/2/number"),
            "number 2.1.4 leaves a gap: 2.1.3 is missing"));
  }
}
