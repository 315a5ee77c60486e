package io.github.ogpkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticPlansTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 20, 21, 57, 1000, 10_000})
  void hasExactlyTheRequestedNumberOfMeasures(int measures) {
    assertThat(SyntheticPlans.ofMeasures(measures).allMeasures()).hasSize(measures);
  }

  @Test
  void theSameParametersGiveAnEqualPlan() {
    Plan a = SyntheticPlans.builder().measures(500).institutions(30).seed(42).build();
    Plan b = SyntheticPlans.builder().measures(500).institutions(30).seed(42).build();
    assertThat(a).isEqualTo(b);
    assertThat(SyntheticPlans.builder().measures(500).institutions(30).seed(43).build())
        .isNotEqualTo(a);
  }

  @Test
  void everyInstitutionIsUsedAndEveryAssignmentIsKnown() {
    Plan plan = SyntheticPlans.builder().measures(300).institutions(300).seed(5).build();
    Set<String> used = new HashSet<>();
    for (Measure m : plan.allMeasures()) {
      assertThat(m.institutions()).isNotEmpty();
      m.institutions().stream().map(Assignment::institution).forEach(used::add);
    }
    assertThat(plan.institutions()).extracting(Institution::id).containsExactlyInAnyOrderElementsOf(used);
  }

  @Test
  void nestsSectionsAndSubMeasures() {
    Plan plan = SyntheticPlans.builder().measures(2000).seed(3).build();
    assertThat(plan.allSections()).anyMatch(s -> s.number().depth() == 2);
    assertThat(plan.allMeasures()).anyMatch(Measure::hasSubMeasures);
    assertThat(SyntheticPlans.builder().measures(100).subsectionsPerSection(0).build()
        .allSections()).allMatch(s -> s.number().depth() == 1);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 57, 2000})
  void generatedPlansHaveNoFindingsInEitherProfile(int measures) {
    for (PlanKind kind : PlanKind.values()) {
      Plan plan = SyntheticPlans.builder().measures(measures).kind(kind).seed(measures).build();
      io.github.ogpkit.model.report.ValidationReport report =
          io.github.ogpkit.rules.OgpValidator.standard().validate(plan);
      assertThat(report.findings()).as(kind + "\n" + report.toText()).isEmpty();
    }
  }

  @Test
  void rejectsImpossibleSizes() {
    assertThatThrownBy(() -> SyntheticPlans.builder().measures(0))
        .hasMessage("measures must be at least 1, was 0");
    assertThatThrownBy(() -> SyntheticPlans.builder().measures(5).institutions(6).build())
        .hasMessageContaining("6 institutions need at least as many measures, got 5");
  }

  @Test
  void takesTheKind() {
    assertThat(SyntheticPlans.builder().kind(PlanKind.NATIONAL_PROGRAM).build().kind())
        .isEqualTo(PlanKind.NATIONAL_PROGRAM);
  }
}
