package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code time-frame-outside-plan}: a measure's (or sub-measure's) time frame lies within the plan
 * period; {@code permanent} always does.
 */
@API(status = INTERNAL, since = "0.1")
public final class TimeFrameOutsidePlan implements PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "time-frame-outside-plan";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    if (measure.timeFrame().isEmpty()) {
      return;
    }
    TimeFrame frame = measure.timeFrame().get();
    TimeFrame period = w.plan().period();
    if (!frame.isPermanent() && !period.contains(frame)) {
      w.report(ID, path.append("timeFrame"), ID, frame, measure.number(), period);
    }
  }
}
