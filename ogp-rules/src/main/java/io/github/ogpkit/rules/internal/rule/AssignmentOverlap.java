package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.Walk;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code assignment-overlap}: the same institution as SUPPORTING and as EXECUTOR or RECOMMENDED in
 * one measure. Reported once per institution and measure, at the first assignment after which the
 * institution has had both SUPPORTING and another role, naming the first assignment of the other
 * kind. Independent of {@code assignment-conflict} (EXECUTOR and RECOMMENDED), which may report
 * the same institution too.
 */
@API(status = INTERNAL, since = "0.2")
public final class AssignmentOverlap extends RepeatedAssignmentRule {
  /** The rule's id. */
  public static final String ID = "assignment-overlap";

  @Override
  public String id() {
    return ID;
  }

  /** Only a measure with a supporting actor and a leading or recommended one can overlap. */
  @Override
  boolean applies(List<Assignment> all) {
    boolean supporting = false;
    boolean other = false;
    for (int k = 0; k < all.size(); k++) {
      if (all.get(k).role() == Role.SUPPORTING) {
        supporting = true;
      } else {
        other = true;
      }
    }
    return supporting && other;
  }

  @Override
  void check(Walk w, Measure measure, JsonPointer path, Assignment a, int k,
      Assignments earlier) {
    String institution = a.institution();
    int other;
    if (a.role() == Role.SUPPORTING) {
      // The first SUPPORTING assignment of the institution, after a leading one.
      if (earlier.firstBefore(institution, Role.SUPPORTING, k) >= 0) {
        return;
      }
      other = first(earlier.firstBefore(institution, Role.EXECUTOR, k),
          earlier.firstBefore(institution, Role.RECOMMENDED, k));
    } else {
      // The first EXECUTOR or RECOMMENDED assignment of the institution, after a supporting one.
      if (earlier.firstBefore(institution, Role.EXECUTOR, k) >= 0
          || earlier.firstBefore(institution, Role.RECOMMENDED, k) >= 0) {
        return;
      }
      other = earlier.firstBefore(institution, Role.SUPPORTING, k);
    }
    if (other >= 0) {
      w.report(ID, Assignments.path(path, k), ID, institution, measure.number(),
          Roles.name(w, a.role()), Roles.name(w, measure.institutions().get(other).role()),
          Assignments.path(path, other));
    }
  }

  /** The smaller of two indexes, where -1 is none. */
  private static int first(int i, int j) {
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }
}
