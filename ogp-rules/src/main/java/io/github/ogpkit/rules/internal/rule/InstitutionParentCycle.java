package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code institution-parent-cycle}: following {@code parent} from an institution comes back to
 * it. Reported at the {@code parent} of every institution on the cycle (not at those that only
 * lead into one), naming the cycle. Each institution is followed at most once, so the check is
 * linear in the number of institutions.
 */
public final class InstitutionParentCycle implements PlanRule.OnInstitution, PlanRule.OnEnd {
  /** The rule's id. */
  public static final String ID = "institution-parent-cycle";

  private final Map<String, String> parents = new HashMap<>();
  private final Map<String, JsonPointer> paths = new LinkedHashMap<>();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void institution(Walk w, Institution institution, JsonPointer path) {
    if (paths.putIfAbsent(institution.id(), path) == null) {
      institution.parent().ifPresent(p -> parents.put(institution.id(), p));
    }
  }

  @Override
  public void end(Walk w) {
    Set<String> done = new HashSet<>();
    for (String start : paths.keySet()) {
      Map<String, Integer> trail = new LinkedHashMap<>();
      String current = start;
      while (current != null && !done.contains(current) && !trail.containsKey(current)) {
        trail.put(current, trail.size());
        current = parents.get(current);
      }
      if (current != null && trail.containsKey(current)) {
        List<String> cycle = new ArrayList<>(trail.keySet())
            .subList(trail.get(current), trail.size());
        for (int i = 0; i < cycle.size(); i++) {
          StringBuilder text = new StringBuilder();
          for (int j = 0; j <= cycle.size(); j++) {
            text.append(j == 0 ? "" : " \u2192 ").append(cycle.get((i + j) % cycle.size()));
          }
          w.report(ID, paths.get(cycle.get(i)).append("parent"), ID, cycle.get(i), text);
        }
      }
      done.addAll(trail.keySet());
    }
  }
}
