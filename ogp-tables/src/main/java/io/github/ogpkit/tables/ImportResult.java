package io.github.ogpkit.tables;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What an import of tables gave: the plan, when one could be built, and every finding, in the
 * order of the cells they are about.
 *
 * <p>An import goes on past a bad cell: the finding says where it is, and the plan is built from
 * the rest (a measure whose time does not parse keeps its printed time and no time frame, say).
 * There is no plan only when the tables do not hold one at all (no measures sheet, no header
 * row); then at least one finding says why. The plan, when there is one, is not validated: pass
 * it to a validator as any other plan.
 *
 * @param plan the plan, if the tables hold one
 * @param findings the findings, not null
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ImportResult(Optional<Plan> plan, List<TableFinding> findings) {

  /** Checks and copies the components. */
  public ImportResult {
    Objects.requireNonNull(plan, "plan");
    findings = List.copyOf(findings);
  }

  /**
   * Whether any finding is an error.
   *
   * @return true if a finding has severity {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
