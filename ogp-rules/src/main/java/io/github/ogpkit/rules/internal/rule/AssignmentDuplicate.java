package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.Walk;
import org.apiguardian.api.API;

/**
 * {@code assignment-duplicate}: the same institution in the same role twice in one measure.
 * Reported at the later assignment, naming the first.
 */
@API(status = INTERNAL, since = "0.1")
public final class AssignmentDuplicate extends RepeatedAssignmentRule {
  /** The rule's id. */
  public static final String ID = "assignment-duplicate";

  @Override
  public String id() {
    return ID;
  }

  @Override
  void check(Walk w, Measure measure, JsonPointer path, Assignment a, int k,
      Assignments earlier) {
    int first = earlier.firstBefore(a.institution(), a.role(), k);
    if (first >= 0) {
      w.report(ID, Assignments.path(path, k), ID, a.institution(), measure.number(),
          Roles.name(w, a.role()), Assignments.path(path, first));
    }
  }
}
