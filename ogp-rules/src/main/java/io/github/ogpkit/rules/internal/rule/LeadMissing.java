package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code lead-missing}: a measure with no sub-measures has assignments but no EXECUTOR (no lead
 * implementer). A milestone without assignments of its own takes those of its nearest ancestor
 * measure that has some ({@link Walk#assignmentsInEffect()}); a measure with none at all is
 * {@code measure-without-institution}'s. Reported at the measure.
 */
@API(status = INTERNAL, since = "0.2")
public final class LeadMissing implements PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "lead-missing";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    if (measure.hasSubMeasures()) {
      return;
    }
    List<Assignment> inEffect = w.assignmentsInEffect();
    if (inEffect.isEmpty()) {
      return;
    }
    for (int k = 0; k < inEffect.size(); k++) {
      if (inEffect.get(k).role() == Role.EXECUTOR) {
        return;
      }
    }
    w.report(ID, path, ID, measure.number());
  }
}
