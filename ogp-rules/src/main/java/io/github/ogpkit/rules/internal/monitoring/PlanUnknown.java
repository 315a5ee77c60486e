package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.json.JsonPointer;
import org.apiguardian.api.API;

/**
 * {@code plan-unknown}: a progress report's or IRM assessment's {@code plan} is not among the
 * documents validated with it. Runs only when the dataset has a plan: a lone report is checked
 * alone. A member's {@code actionPlans} are not checked. Reported at {@code /plan}.
 */
@API(status = INTERNAL, since = "0.2")
public final class PlanUnknown extends MonitoringRule {
  /** The rule's id. */
  public static final String ID = "plan-unknown";

  private static final JsonPointer PLAN = JsonPointer.root().append("plan");

  /** Creates the rule. */
  public PlanUnknown() {
    super(ID);
  }

  @Override
  public void check(DatasetWalk w) {
    if (w.dataset().plans().isEmpty()) {
      return;
    }
    for (Document d : w.dataset().documents()) {
      DatasetWalk.planId(d).filter(plan -> w.plan(plan).isEmpty())
          .ifPresent(plan -> w.report(d, ID, PLAN, ID, plan));
    }
  }
}
