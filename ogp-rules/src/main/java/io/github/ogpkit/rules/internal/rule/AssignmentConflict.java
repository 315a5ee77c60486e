package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.Walk;
import org.apiguardian.api.API;

/**
 * {@code assignment-conflict}: the same institution as both EXECUTOR and RECOMMENDED in one
 * measure (SUPPORTING takes no part: that is {@code assignment-overlap}). Reported once, at the first assignment in the second role, naming the first in the
 * other role.
 */
@API(status = INTERNAL, since = "0.1")
public final class AssignmentConflict extends RepeatedAssignmentRule {
  /** The rule's id. */
  public static final String ID = "assignment-conflict";

  @Override
  public String id() {
    return ID;
  }

  @Override
  void check(Walk w, Measure measure, JsonPointer path, Assignment a, int k,
      Assignments earlier) {
    // SUPPORTING beside another role is assignment-overlap's (RULES-1.1).
    if (a.role() == Role.SUPPORTING
        || earlier.firstBefore(a.institution(), a.role(), k) >= 0) {
      return;
    }
    Role other = a.role() == Role.EXECUTOR ? Role.RECOMMENDED : Role.EXECUTOR;
    int conflicting = earlier.firstBefore(a.institution(), other, k);
    if (conflicting >= 0) {
      w.report(ID, Assignments.path(path, k), ID, a.institution(), measure.number(),
          Roles.name(w, a.role()), Roles.name(w, other), Assignments.path(path, conflicting));
    }
  }
}
