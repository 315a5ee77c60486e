package io.github.ogpkit.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.io.ReadResult;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Severity;

/** The invariant every fuzz target checks: findings or a plan, and a read plan round-trips. */
final class FuzzInvariants {
  private FuzzInvariants() {}

  static void checkResult(ReadResult result, PlanReader reader, PlanWriter writer) {
    if (result.plan().isEmpty()) {
      assertThat(result.findings()).as("a document that does not bind has findings").isNotEmpty();
      assertThat(result.findings()).anyMatch(f -> f.severity() == Severity.ERROR);
      return;
    }
    Plan plan = result.plan().get();
    assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    String json = writer.write(plan);
    ReadResult again = reader.read(json);
    assertThat(again.findings()).as("findings on re-reading %s", json).isEmpty();
    assertThat(again.plan()).contains(plan);
    assertThat(writer.write(again.plan().get())).isEqualTo(json);
  }
}
