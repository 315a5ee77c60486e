package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.testing.generator.SamplePlans;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A builder's list setter replaces the list the builder holds (from {@code toBuilder()} or earlier
 * calls), where the singular method adds to it; nulls are refused element by element.
 */
class BuildersReplaceListsTest {

  private static final Measure ONE = SamplePlans.measure("1.1", "moj");
  private static final Measure TWO = SamplePlans.measure("1.2", "moj");

  @Test
  void aSectionsListsAreReplaced() {
    Section section = Section.builder().number("1").title("en", "One").measure(ONE)
        .section(Section.builder().number("1.2").title("en", "Sub").build())
        .provision(Provision.of("1.3", "en", "Clause")).build();
    Section replaced = section.toBuilder().measures(List.of(TWO))
        .sections(List.of()).provisions(List.of(Provision.of("1.4", "en", "Other"))).build();
    assertThat(replaced.measures()).containsExactly(TWO);
    assertThat(replaced.sections()).isEmpty();
    assertThat(replaced.provisions()).extracting(p -> p.number().toString())
        .containsExactly("1.4");
    assertThatThrownBy(() -> Section.builder().provisions(Arrays.asList((Provision) null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aMeasuresListsAreReplaced() {
    Measure measure = ONE.toBuilder().indicator("en", "First").measure(TWO).build();
    Measure replaced = measure.toBuilder()
        .indicators(List.of(Indicator.of("en", "Second")))
        .institutions(List.of(Assignment.recommended("mof")))
        .measures(List.of()).build();
    assertThat(replaced.indicators()).extracting(i -> i.text().get("en").orElseThrow())
        .containsExactly("Second");
    assertThat(replaced.institutions()).containsExactly(Assignment.recommended("mof"));
    assertThat(replaced.measures()).isEmpty();
  }

  @Test
  void theSingularInstitutionMethodAddsAndReturnsTheBuilder() {
    Measure.Builder builder = Measure.builder();
    assertThat(builder.institution(Assignment.executor("moj"))).isSameAs(builder);
    Measure measure = builder.institution(Assignment.recommended("mof")).number("1.1")
        .title("en", "A measure").build();
    assertThat(measure.institutions()).containsExactly(Assignment.executor("moj"),
        Assignment.recommended("mof"));
  }

  @Test
  void aPlansListsAreReplaced() {
    Plan plan = SamplePlans.nested();
    Plan replaced = plan.toBuilder().languages(List.of("az"))
        .institutions(List.of(Institution.builder().id("moj").name("az", "Ədliyyə")
            .kind(InstitutionKind.MINISTRY).build()))
        .build();
    assertThat(replaced.languages()).containsExactly("az");
    assertThat(replaced.institutions()).extracting(Institution::id).containsExactly("moj");
  }
}
