package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.json.JsonPointer;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code as-of-outside-plan}: a progress report's {@code asOf} is before its plan's period starts
 * or more than two years after it ends (two years to the day after the last day is still within).
 * Runs only when the plan is in the dataset. Reported at {@code /asOf}, naming the plan.
 */
@API(status = INTERNAL, since = "0.2")
public final class AsOfOutsidePlan extends MonitoringRule {
  /** The rule's id. */
  public static final String ID = "as-of-outside-plan";

  /** How long after the plan period a report may still describe it. */
  static final int YEARS_AFTER = 2;

  private static final JsonPointer AS_OF = JsonPointer.root().append("asOf");

  /** Creates the rule. */
  public AsOfOutsidePlan() {
    super(ID);
  }

  @Override
  public void check(DatasetWalk w) {
    for (ProgressReport r : w.dataset().progressReports()) {
      Optional<Plan> plan = w.plan(r.plan());
      if (plan.isEmpty()) {
        continue;
      }
      TimeFrame period = plan.get().period();
      LocalDate asOf = r.asOf();
      Optional<LocalDate> first = period.firstDay();
      Optional<LocalDate> last = period.lastDay();
      if (first.isPresent() && asOf.isBefore(first.get())) {
        w.report(r, ID, AS_OF, ID + ".before", asOf, period, r.plan());
      } else if (last.isPresent() && asOf.isAfter(last.get().plusYears(YEARS_AFTER))) {
        w.report(r, ID, AS_OF, ID + ".after", asOf, period, r.plan());
      }
    }
  }
}
