package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
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
    Assignments.forEach(measure, path, (a, here) -> {
      Optional<Institution> institution = w.institution(a.institution());
      if (a.role() == role && institution.isPresent()
          && institution.get().kind().isDirected() == directed) {
        w.report(id, here, id, a.institution(), institution.get().kind(), measure.number());
      }
    });
  }
}
