package io.github.ogpkit.analytics;

import static io.github.ogpkit.analytics.Plans.measure;
import static io.github.ogpkit.analytics.Plans.numbers;
import static io.github.ogpkit.analytics.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.testing.OgpFixtures;
import org.junit.jupiter.api.Test;

/**
 * Coverage of OGP values and policy areas. Fixture counts were read off each commitment's
 * {@code ogpValues} and {@code policyAreas} in the fixture JSON (jq), as each test says.
 */
class CoverageTest {

  @Test
  void countsEcuadorsCommitmentsPerOgpValue() {
    // ec: commitments 1 and 2 state ACCESS_TO_INFORMATION and CIVIC_PARTICIPATION, 3 only
    // CIVIC_PARTICIPATION; none states the other two values.
    Coverage ec = PlanAnalytics.of(OgpFixtures.plan(OgpFixtures.EC_OGP_NAP_2019_2022)).coverage();
    assertThat(ec.level()).isEqualTo(MeasureLevel.COMMITMENTS);
    assertThat(numbers(ec.measures())).containsExactly("1", "2", "3");
    assertThat(ec.valueShares()).containsExactly(
        entry(OgpValue.ACCESS_TO_INFORMATION, new Share(2, 3)),
        entry(OgpValue.CIVIC_PARTICIPATION, new Share(3, 3)),
        entry(OgpValue.PUBLIC_ACCOUNTABILITY, new Share(0, 3)),
        entry(OgpValue.TECHNOLOGY_AND_INNOVATION, new Share(0, 3)));
    assertThat(numbers(ec.byValue().get(OgpValue.ACCESS_TO_INFORMATION)))
        .containsExactly("1", "2");
    assertThat(ec.withoutValue()).isEmpty();
  }

  @Test
  void countsEcuadorsCommitmentsPerPolicyArea() {
    // ec: public-participation and sustainable-development-goals in all three;
    // access-to-information (1, 2) and capacity-building (1, 3) in two; four areas in one.
    Coverage ec = PlanAnalytics.of(OgpFixtures.plan(OgpFixtures.EC_OGP_NAP_2019_2022)).coverage();
    assertThat(ec.policyAreaShares()).containsExactly(
        entry("access-to-information", new Share(2, 3)),
        entry("capacity-building", new Share(2, 3)),
        entry("democratizing-decision-making", new Share(1, 3)),
        entry("open-data", new Share(1, 3)),
        entry("public-participation", new Share(3, 3)),
        entry("right-to-information", new Share(1, 3)),
        entry("social-accountability", new Share(1, 3)),
        entry("sustainable-development-goals", new Share(3, 3)));
    assertThat(ec.share("no-such-area")).isEqualTo(new Share(0, 3));
    assertThat(ec.withoutPolicyArea()).isEmpty();
  }

  @Test
  void listsKenyasCommitmentsWithoutAValueButCountsTheirAreas() {
    // ke: no commitment states an OGP value; fiscal-openness (1, 2) and public-participation
    // (1, 3) are in two, eight other areas in one: ten areas.
    Coverage ke = PlanAnalytics.of(OgpFixtures.plan(OgpFixtures.KE_OGP_NAP_2020_2022)).coverage();
    assertThat(numbers(ke.withoutValue())).containsExactly("1", "2", "3");
    assertThat(ke.byValue().isEmpty()).isTrue();
    assertThat(ke.policyAreaShares()).hasSize(10)
        .containsEntry("fiscal-openness", new Share(2, 3))
        .containsEntry("public-participation", new Share(2, 3))
        .containsEntry("youth", new Share(1, 3));
  }

  @Test
  void countsSectionsMeasuresAsCommitmentsAndMilestonesOnlyAtTheirLevel() {
    // az: the 59 measures under the sections are the commitments (none has sub-measures);
    // none states a value or an area.
    Coverage az = PlanAnalytics.of(OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018)).coverage();
    assertThat(az.measures()).hasSize(59);
    assertThat(az.withoutValue()).hasSize(59);
    assertThat(az.withoutPolicyArea()).hasSize(59);
    // ec milestones (17) state no value: only their commitments do.
    Coverage ecLeaves = PlanAnalytics.of(OgpFixtures.plan(OgpFixtures.EC_OGP_NAP_2019_2022))
        .coverage(MeasureLevel.LEAVES);
    assertThat(ecLeaves.measures()).hasSize(17);
    assertThat(ecLeaves.withoutValue()).hasSize(17);
  }

  @Test
  void countsAMeasureOnceUnderAnAreaItNamesTwiceAndTakesNothingFromSubMeasures() {
    Plan plan = plan("2022/2024",
        measure("1").policyAreas("open-data", "open-data")
            .measure(measure("1.1").ogpValues(OgpValue.CIVIC_PARTICIPATION)
                .policyAreas("justice").build())
            .build(),
        measure("2").ogpValues(OgpValue.PUBLIC_ACCOUNTABILITY).build());
    PlanAnalytics analytics = PlanAnalytics.of(plan);

    Coverage commitments = analytics.coverage();
    assertThat(commitments.share("open-data")).isEqualTo(new Share(1, 2));
    assertThat(commitments.policyAreaShares()).containsOnlyKeys("open-data");
    assertThat(numbers(commitments.withoutValue())).containsExactly("1");
    assertThat(numbers(commitments.withoutPolicyArea())).containsExactly("2");

    Coverage all = analytics.coverage(MeasureLevel.ALL);
    assertThat(numbers(all.measures())).containsExactly("1", "1.1", "2");
    assertThat(all.share(OgpValue.CIVIC_PARTICIPATION)).isEqualTo(new Share(1, 3));
  }
}
