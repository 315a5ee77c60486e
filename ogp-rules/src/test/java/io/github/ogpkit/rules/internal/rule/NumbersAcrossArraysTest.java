package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withSection;
import static io.github.ogpkit.testing.generator.SamplePlans.leaf;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.testing.generator.SamplePlans;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A section's measures, subsections and provisions share one sequence of numbers: findings about
 * any of them point into the right array at the right index.
 */
class NumbersAcrossArraysTest {

  private static final String RULE = "number-sequence";

  private static Measure measure(String number) {
    return leaf(number, "Measure " + number, "2021").toBuilder().executor(SamplePlans.MOJ).build();
  }

  private static Section subsection(String number) {
    return Section.builder().number(number).title("en", "Subsection " + number)
        .provision(Provision.of(number + ".1", "en", "A clause")).build();
  }

  /** Section 1 of the valid plan with these children. */
  private static Plan section1(List<Measure> measures, List<Section> sections,
      List<Provision> provisions) {
    return withSection(valid(), 0, s -> s.toBuilder().measures(measures).sections(sections)
        .provisions(provisions).build());
  }

  @Test
  void aGapBeforeTheFirstSubsectionPointsIntoSections() {
    Plan plan = section1(List.of(measure("1.1")), List.of(subsection("1.3")), List.of());
    assertThat(findings(plan, RULE)).extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/sections/0/sections/0/number"),
            "number 1.3 leaves a gap: 1.2 is missing"));
  }

  @Test
  void aGapBeforeTheFirstProvisionAfterSubsectionsPointsIntoProvisions() {
    Plan plan = section1(List.of(measure("1.1")), List.of(subsection("1.2")),
        List.of(Provision.of("1.4", "en", "A later clause")));
    assertThat(findings(plan, RULE)).extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/sections/0/provisions/0/number"),
            "number 1.4 leaves a gap: 1.3 is missing"));
  }

  @Test
  void aGapAfterTwoSubsectionsPointsAtTheRightProvision() {
    Plan plan = section1(List.of(), List.of(subsection("1.1"), subsection("1.2")),
        List.of(Provision.of("1.3", "en", "Clause"), Provision.of("1.5", "en", "Clause")));
    assertThat(findings(plan, RULE)).extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/sections/0/provisions/1/number"),
            "number 1.5 leaves a gap: 1.4 is missing"));
  }

  @Test
  void aChildUnderAnotherParentDoesNotFillAGap() {
    // 9.1 is left to number-prefix; under section 1 only 1.2 is numbered, so 1.1 is missing.
    Plan plan = section1(List.of(measure("9.1"), measure("1.2")), List.of(), List.of());
    assertThat(findings(plan, RULE)).extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/sections/0/measures/1/number"),
            "number 1.2 leaves a gap: 1.1 is missing"));
  }

  @Test
  void aChildUnderAnotherParentMakesNoGap() {
    Plan plan = section1(List.of(measure("1.1"), measure("9.3")), List.of(), List.of());
    assertThat(findings(plan, RULE)).isEmpty();
    assertThat(findings(plan, "number-prefix")).extracting(Finding::path)
        .containsExactly(path("/sections/0/measures/1/number"));
  }
}
