package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.testing.generator.PlanGenerator;
import io.github.ogpkit.testing.generator.Property;
import org.junit.jupiter.api.Test;

/**
 * Generated plans survive the canonical form in both directions: plan, canonical bytes, plan
 * again equal; and those canonical bytes, read and written again, byte for byte the same. Text
 * has Unicode from every plane and Azerbaijani letters; extensions hold numbers of up to 300
 * digits with scales from -400 to 400, and strings with surrogate pairs at the edges of their
 * ranges.
 */
class RoundTripTest {

  private static void roundTrips(Plan plan) {
    byte[] canonical = PlanWriter.canonical().writeBytes(plan);
    ReadResult r = PlanReader.standard().read(canonical);
    assertThat(r.findings()).isEmpty();
    assertThat(r.plan()).contains(plan);
    assertThat(PlanWriter.canonical().writeBytes(r.plan().get())).isEqualTo(canonical);
  }

  /** A failing plan is reported as the canonical JSON that the writer makes of it. */
  private static String json(Plan plan) {
    return PlanWriter.canonical().write(plan);
  }

  /** Ten thousand plans that use every part of the format, each from a seed reported on failure. */
  @Test
  void tenThousandPlansSurviveBothDirectionsWithoutADifference() {
    Property.forAll(PlanGenerator.readablePlans())
        .tries(10_000)
        .describedAs(RoundTripTest::json)
        .check(RoundTripTest::roundTrips);
  }

  /** Valid plans of up to a hundred measures, of every shape the generator makes. */
  @Test
  void validPlansOfEveryShapeSurviveBothDirectionsWithoutADifference() {
    Property.forAll(PlanGenerator.validPlans())
        .tries(100)
        .describedAs(RoundTripTest::json)
        .check(RoundTripTest::roundTrips);
  }
}
