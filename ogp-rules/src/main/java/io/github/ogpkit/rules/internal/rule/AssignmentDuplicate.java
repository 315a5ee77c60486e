package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code assignment-duplicate}: the same institution in the same role twice in one measure.
 * Reported at the later assignment, naming the first.
 */
public final class AssignmentDuplicate implements PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "assignment-duplicate";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    Map<Assignment, JsonPointer> first = new HashMap<>();
    Assignments.forEach(measure, path, (a, here) -> {
      JsonPointer earlier = first.putIfAbsent(a, here);
      if (earlier != null) {
        w.report(ID, here, ID, a.institution(), measure.number(), Roles.name(w, a.role()),
            earlier);
      }
    });
  }
}
