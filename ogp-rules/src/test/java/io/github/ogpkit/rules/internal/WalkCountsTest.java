package io.github.ogpkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.testing.generator.PlanEdits;
import io.github.ogpkit.testing.generator.SamplePlans;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The walk counts a plan's measures and numbered parts, which size the rules' tables. */
class WalkCountsTest {

  private static Walk walk(Plan plan) {
    return new Walk(plan, Map.of(), Messages.forLocale(Locale.ENGLISH));
  }

  @Test
  void measuresAreCountedWithTheirSubMeasures() {
    // 1.1, 1.2, 2.1 and its sub-measures 2.1.1 and 2.1.2.
    assertThat(walk(SamplePlans.valid()).measureCount()).isEqualTo(5);
  }

  @Test
  void numberedPartsAreSectionsSubsectionsMeasuresAndProvisions() {
    // Sections 1 and 2, five measures, provision 2.2.
    assertThat(walk(SamplePlans.valid()).numberedCount()).isEqualTo(8);
    Section sub = Section.builder().number("2.3").title("en", "Subsection")
        .provision(Provision.of("2.3.1", "en", "A clause"))
        .provision(Provision.of("2.3.2", "en", "Another clause")).build();
    Walk w = walk(PlanEdits.withSection(SamplePlans.valid(), 1,
        s -> s.toBuilder().section(sub).build()));
    assertThat(w.numberedCount()).isEqualTo(11);
    assertThat(w.measureCount()).isEqualTo(5);
  }

  @Test
  void countsAreTheSameWhicheverIsAskedFirst() {
    Walk w = walk(SamplePlans.valid());
    assertThat(w.numberedCount()).isEqualTo(8);
    assertThat(w.measureCount()).isEqualTo(5);
    assertThat(w.numberedCount()).isEqualTo(8);
  }

  @Test
  void aPlanWithoutSectionsCountsNothing() {
    Walk w = walk(SamplePlans.valid().toBuilder().sections(List.of()).build());
    assertThat(w.measureCount()).isZero();
    assertThat(w.numberedCount()).isZero();
  }
}
