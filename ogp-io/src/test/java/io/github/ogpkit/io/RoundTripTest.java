package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Plan;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random valid plans survive the canonical form in both directions: plan, canonical bytes, plan
 * again equal; and those canonical bytes, read and written again, byte for byte the same. Text
 * has Unicode from every plane and Azerbaijani letters; extensions hold numbers of up to 300
 * digits with scales from -400 to 400, and strings with unpaired surrogates.
 */
class RoundTripTest {

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  private static void roundTrips(Plan plan) {
    byte[] canonical = PlanWriter.canonical().writeBytes(plan);
    ReadResult r = PlanReader.standard().read(canonical);
    assertThat(r.findings()).isEmpty();
    assertThat(r.plan()).contains(plan);
    assertThat(PlanWriter.canonical().writeBytes(r.plan().get())).isEqualTo(canonical);
  }

  /** Ten thousand plans, each built from a seed that jqwik chooses and reports on failure. */
  @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
  void tenThousandPlansSurviveBothDirectionsWithoutADifference(@ForAll long seed) {
    roundTrips(RandomPlans.plan(seed));
  }

  /** Fewer plans from jqwik's own combinators, which shrink a failure to a small plan. */
  @Property(tries = 100)
  void shrinkablePlansSurviveBothDirectionsWithoutADifference(
      @ForAll("plans") Plan plan) {
    roundTrips(plan);
  }
}
