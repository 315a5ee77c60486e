package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Plan;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random valid plans survive the canonical form. */
class RoundTripTest {

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  @Property(tries = 200)
  void write_then_read_gives_an_equal_plan(@ForAll("plans") Plan plan) {
    ReadResult r = PlanReader.standard().read(PlanWriter.canonical().writeBytes(plan));
    assertThat(r.findings()).isEmpty();
    assertThat(r.plan()).contains(plan);
  }

  @Property(tries = 200)
  void write_read_write_is_byte_identical(@ForAll("plans") Plan plan) {
    byte[] first = PlanWriter.canonical().writeBytes(plan);
    byte[] second = PlanWriter.canonical().writeBytes(PlanReader.standard().readPlan(first));
    assertThat(second).isEqualTo(first);
  }
}
