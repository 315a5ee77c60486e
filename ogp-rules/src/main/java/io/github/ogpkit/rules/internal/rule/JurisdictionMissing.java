package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import org.apiguardian.api.API;

/**
 * {@code jurisdiction-missing}: an {@code OGP_LOCAL_ACTION_PLAN} names no jurisdiction (the
 * subnational government it is the plan of). Reported at the missing property,
 * {@code /jurisdiction}.
 */
@API(status = INTERNAL, since = "0.2")
public final class JurisdictionMissing implements PlanRule.OnPlan {
  /** The rule's id. */
  public static final String ID = "jurisdiction-missing";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void plan(Walk w) {
    if (w.plan().kind() == PlanKind.OGP_LOCAL_ACTION_PLAN && w.plan().jurisdiction().isEmpty()) {
      w.report(ID, JsonPointer.root().append("jurisdiction"), ID, w.plan().id());
    }
  }
}
