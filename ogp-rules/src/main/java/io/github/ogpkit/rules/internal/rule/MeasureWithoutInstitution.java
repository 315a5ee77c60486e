package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code measure-without-institution}: a measure with no sub-measures has no assignment, neither
 * of its own nor of its nearest ancestor measure that has some (a milestone inherits its
 * commitment's institutions: {@link Walk#assignmentsInEffect()}). Reported at the measure.
 */
@API(status = INTERNAL, since = "0.1")
public final class MeasureWithoutInstitution implements PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "measure-without-institution";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    if (!measure.hasSubMeasures() && w.assignmentsInEffect().isEmpty()) {
      w.report(ID, path, ID, measure.number());
    }
  }
}
