package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code indicator-missing}: a measure with no sub-measures has no indicator. Reported at the
 * measure.
 */
@API(status = INTERNAL, since = "0.1")
public final class IndicatorMissing implements PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "indicator-missing";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    if (!measure.hasSubMeasures() && measure.indicators().isEmpty()) {
      w.report(ID, path, ID, measure.number());
    }
  }
}
