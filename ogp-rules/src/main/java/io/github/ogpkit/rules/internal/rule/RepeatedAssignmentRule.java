package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.List;
import java.util.Optional;

/**
 * What the rules on an institution assigned again in one measure share: each assignment after the
 * first is checked against the ones before it.
 */
abstract class RepeatedAssignmentRule implements PlanRule.OnMeasure {

  @Override
  public final void measure(Walk w, Measure measure, JsonPointer path,
      Optional<Measure> parent) {
    List<Assignment> all = measure.institutions();
    if (all.size() < 2 || !applies(all)) {
      return;
    }
    Assignments earlier = new Assignments(all);
    for (int k = 1; k < all.size(); k++) {
      check(w, measure, path, all.get(k), k, earlier);
    }
  }

  /**
   * Checks one assignment against the earlier ones.
   *
   * @param w the walk
   * @param measure the measure
   * @param path the measure's path
   * @param a the assignment
   * @param k its index, at least 1
   * @param earlier the measure's assignments, to find earlier ones
   */
  abstract void check(Walk w, Measure measure, JsonPointer path, Assignment a, int k,
      Assignments earlier);

  /**
   * Tells whether the rule can find anything among a measure's assignments at all, before they
   * are indexed; a rule that needs a role the measure does not use says no.
   *
   * @param all the measure's assignments, at least two
   * @return false if no assignment can break the rule
   */
  boolean applies(List<Assignment> all) {
    return true;
  }
}
