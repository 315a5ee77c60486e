package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code time-frame-missing}: a measure with no sub-measures has no time frame (format 1.0's
 * reading rule {@code required}, a plan rule since RULES-1.1, for plans read and built in code
 * alike). Reported at the missing property, {@code .../timeFrame}.
 */
@API(status = INTERNAL, since = "0.2")
public final class TimeFrameMissing implements PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "time-frame-missing";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    if (!measure.hasSubMeasures() && measure.timeFrame().isEmpty()) {
      w.report(ID, path.append("timeFrame"), ID, measure.number());
    }
  }
}
