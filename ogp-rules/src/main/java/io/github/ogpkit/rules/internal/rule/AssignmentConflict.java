package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code assignment-conflict}: the same institution as both EXECUTOR and RECOMMENDED in one
 * measure. Reported once, at the first assignment in the second role, naming the first in the
 * other role.
 */
public final class AssignmentConflict implements PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "assignment-conflict";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    Map<Assignment, JsonPointer> first = new HashMap<>();
    Assignments.forEach(measure, path, (a, here) -> {
      if (first.putIfAbsent(a, here) != null) {
        return;
      }
      Role other = a.role() == Role.EXECUTOR ? Role.RECOMMENDED : Role.EXECUTOR;
      JsonPointer conflicting = first.get(new Assignment(a.institution(), other));
      if (conflicting != null) {
        w.report(ID, here, ID, a.institution(), measure.number(), Roles.name(w, a.role()),
            Roles.name(w, other), conflicting);
      }
    });
  }
}
