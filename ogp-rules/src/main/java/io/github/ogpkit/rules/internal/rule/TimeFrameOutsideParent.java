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
 * {@code time-frame-outside-parent}: a sub-measure's time frame lies within its parent measure's.
 * A {@code permanent} parent contains everything, a {@code permanent} child of a bounded parent
 * is outside, and a parent without a time frame contains everything.
 */
@API(status = INTERNAL, since = "0.1")
public final class TimeFrameOutsideParent implements PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "time-frame-outside-parent";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    if (parent.isEmpty() || parent.get().timeFrame().isEmpty() || measure.timeFrame().isEmpty()) {
      return;
    }
    TimeFrame outer = parent.get().timeFrame().get();
    TimeFrame frame = measure.timeFrame().get();
    // Containment states bounds (format 1.1); this rule keeps 1.0's meaning for a permanent
    // measure, which lies outside any parent that is not permanent itself.
    if (frame.isPermanent() && !outer.isPermanent() || !outer.contains(frame)) {
      w.report(ID, path.append("timeFrame"), ID, frame, measure.number(), outer,
          parent.get().number());
    }
  }
}
