package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.rules.StandardValidation.validate;
import static io.github.ogpkit.testing.generator.SamplePlans.MOF;
import static io.github.ogpkit.testing.generator.SamplePlans.MOJ;
import static io.github.ogpkit.testing.generator.SamplePlans.leaf;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plan's top-level measures (format 1.1) are walked like a section's, at {@code /measures/i},
 * and numbered with the sections as one sequence of the root's children, measures first.
 */
class TopLevelMeasuresTest {

  private static Measure top(String number) {
    return leaf(number, "Commitment " + number, "2020").toBuilder().executor(MOJ).build();
  }

  /** The sample plan's sections renumbered from {@code first}, after the given measures. */
  private static Plan rooted(List<Measure> measures, int first) {
    Plan plan = valid();
    List<Section> sections = List.of(
        renumber(plan.sections().get(0), first), renumber(plan.sections().get(1), first + 1));
    return plan.toBuilder().measures(measures).sections(sections).build();
  }

  /** A section with another number; its children keep theirs (number-prefix not asked). */
  private static Section renumber(Section s, int number) {
    return s.toBuilder().number(OutlineNumber.of(number)).build();
  }

  @Test
  void measuresThenSectionsNumberedOneToNAreOneSequence() {
    Plan plan = rooted(List.of(top("1"), top("2")), 3);
    assertThat(findings(plan, "number-sequence")).isEmpty();
  }

  @Test
  void aGapBetweenTheMeasuresAndTheSectionsIsReportedAtTheFirstSectionAfterIt() {
    Plan plan = rooted(List.of(top("1"), top("2")), 4);
    assertThat(findings(plan, "number-sequence")).extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/sections/0/number"),
            "number 4 leaves a gap: 3 is missing"));
  }

  @Test
  void aGapAmongTheMeasuresAndAMeasureOutOfOrderAreReportedAtTheirNumbers() {
    Plan gap = rooted(List.of(top("2")), 3);
    assertThat(findings(gap, "number-sequence")).extracting(Finding::path)
        .containsExactly(path("/measures/0/number"));
    Plan order = rooted(List.of(top("2"), top("1")), 3);
    assertThat(findings(order, "number-sequence")).extracting(Finding::path)
        .containsExactly(path("/measures/1/number"));
  }

  @Test
  void sectionsNumberedAsInOnePlanWithoutMeasuresStillFollowTheMeasures() {
    // Measures 1, 2 and sections 1, 2: the sections repeat the measures' numbers.
    Plan plan = valid().toBuilder().measures(List.of(top("1"), top("2"))).build();
    assertThat(findings(plan, "number-duplicate")).extracting(Finding::path)
        .containsExactly(path("/sections/0/number"), path("/sections/1/number"));
  }

  @Test
  void aPlanOfMeasuresOnlyIsOneSequence() {
    Plan plan = valid().toBuilder().sections(List.of())
        .measures(List.of(top("1"), top("3"))).build();
    assertThat(findings(plan, "number-sequence")).extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/measures/1/number"), "number 3 leaves a gap: 2 is missing"));
  }

  @Test
  void topLevelMeasuresAreFreeOfNumberPrefixButTheirSubMeasuresAreNot() {
    Measure commitment = Measure.builder().number("7").title("en", "Commitment").executor(MOJ)
        .timeFrame("2020").measure(top("7.1")).measure(top("8.2")).build();
    Plan plan = rooted(List.of(top("1.5"), commitment), 3);
    // The sample's sections, renumbered 3 and 4, keep measures numbered 1.x: left out here.
    assertThat(findings(plan, "number-prefix")).extracting(Finding::path)
        .filteredOn(p -> p.toString().startsWith("/measures"))
        .containsExactly(path("/measures/1/measures/1/number"));
  }

  @Test
  void everyMeasureRuleSeesTopLevelMeasuresAndTheirSubMeasures() {
    Measure commitment = Measure.builder().number("1").title("en", "Commitment")
        .timeFrame("2020/2021")
        .measure(leaf("1.1", "Milestone", "2023").toBuilder().executor(MOF).build())
        .measure(leaf("1.2", "Milestone two", "2021").toBuilder().executor("nobody").build())
        .build();
    Plan plan = rooted(List.of(commitment), 2);
    // The sample's sections, renumbered 2 and 3, keep measures numbered 1.x: left out here.
    assertThat(validate(plan).findings()).filteredOn(f -> !f.rule().startsWith("number-"))
        .extracting(Finding::rule, Finding::path)
        .containsExactly(
            tuple("time-frame-outside-parent", path("/measures/0/measures/0/timeFrame")),
            tuple("time-frame-outside-plan", path("/measures/0/measures/0/timeFrame")),
            tuple("institution-unknown", path("/measures/0/measures/1/institutions/0/institution")));
  }

  @Test
  void measureTitlesAndNumbersOfTopLevelMeasuresAreComparedWithTheSections() {
    Plan plan = rooted(List.of(leaf("1", "Open budget data", "2021").toBuilder()
        .executor(MOF).build()), 2);
    assertThat(findings(plan, "measure-title-duplicate")).extracting(Finding::path)
        .containsExactly(path("/sections/0/measures/1/title/en"));
  }
}
