package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.List;
import java.util.Optional;

/**
 * What the two rules on role and institution kind share: an assignment in one role of an
 * institution whose kind is directed, or independent, is reported at the assignment.
 */
abstract class KindRoleRule implements PlanRule.OnMeasure {

  private final String id;
  private final Role role;
  private final boolean directed;

  KindRoleRule(String id, Role role, boolean directed) {
    this.id = id;
    this.role = role;
    this.directed = directed;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final void measure(Walk w, Measure measure, JsonPointer path,
      Optional<Measure> parent) {
    List<Assignment> all = measure.institutions();
    for (int k = 0; k < all.size(); k++) {
      Assignment a = all.get(k);
      if (a.role() != role) {
        continue;
      }
      int index = w.assignedIndex(measure, k);
      if (index < 0) {
        continue;
      }
      Institution institution = w.plan().institutions().get(index);
      if (institution.kind().isDirected() == directed) {
        w.report(id, Assignments.path(path, k), id, a.institution(), institution.kind(),
            measure.number());
      }
    }
  }
}
