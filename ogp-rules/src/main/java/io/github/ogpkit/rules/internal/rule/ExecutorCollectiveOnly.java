package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code executor-collective-only}: a measure has executors and every one is {@code collective},
 * so nobody in particular answers for it. An executor that names no known institution counts as
 * not collective ({@code institution-unknown} reports it). Reported at the measure.
 */
@API(status = INTERNAL, since = "0.1")
public final class ExecutorCollectiveOnly implements PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "executor-collective-only";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    // A loop over the assignments rather than a list of the executors: this runs for every
    // measure, and nearly every measure has an executor that is not collective.
    boolean anyExecutor = false;
    List<Assignment> all = measure.institutions();
    for (int k = 0; k < all.size(); k++) {
      if (all.get(k).role() == Role.EXECUTOR) {
        int index = w.assignedIndex(measure, k);
        if (index < 0 || !w.plan().institutions().get(index).collective()) {
          return;
        }
        anyExecutor = true;
      }
    }
    if (anyExecutor) {
      Set<String> ids = new LinkedHashSet<>();
      for (Assignment a : measure.institutions()) {
        if (a.role() == Role.EXECUTOR) {
          ids.add(a.institution());
        }
      }
      w.report(ID, path, ID, measure.number(), String.join(", ", ids));
    }
  }
}
