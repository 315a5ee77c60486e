package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.ogpkit.testing.generator.SamplePlans;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan of 20,000 measures whose titles all repeat, and 4,000 institutions that share ids and
 * names, gives one finding at each later use, naming the first. How long it takes is measured by
 * the JMH benchmarks in benchmarks/, not here.
 */
class ScaleTest {

  private static final int SECTIONS = 200;
  private static final int MEASURES_PER_SECTION = 100;
  private static final int INSTITUTIONS = 4_000;

  private static Plan large() {
    List<Institution> institutions = new ArrayList<>();
    for (int i = 0; i < INSTITUTIONS; i++) {
      institutions.add(Institution.builder().id("body-" + (i % (INSTITUTIONS / 2)))
          .name("en", "The Same Body").kind(InstitutionKind.MINISTRY).build());
    }
    List<Section> sections = new ArrayList<>();
    for (int s = 1; s <= SECTIONS; s++) {
      Section.Builder section = Section.builder().number(Integer.toString(s))
          .title("en", "Section " + s);
      for (int m = 1; m <= MEASURES_PER_SECTION; m++) {
        section.measure(Measure.builder().number(s + "." + m).title("en", "The same title")
            .indicator("en", "Done").executor("body-" + (m % (INSTITUTIONS / 2)))
            .timeFrame("2021").build());
      }
      sections.add(section.build());
    }
    return SamplePlans.valid().toBuilder().institutions(institutions).sections(sections).build();
  }

  @Test
  void aLargePlanFullOfDuplicatesGetsOneFindingAtEachLaterUse() {
    ValidationReport report = OgpValidator.standard().validate(large());
    int measures = SECTIONS * MEASURES_PER_SECTION;
    assertThat(report.forRule("measure-title-duplicate").findings()).hasSize(measures - 1);
    assertThat(report.forRule("institution-id-duplicate").findings())
        .hasSize(INSTITUTIONS / 2);
    assertThat(report.forRule("institution-name-duplicate").findings())
        .hasSize(INSTITUTIONS - 1);
  }
}
