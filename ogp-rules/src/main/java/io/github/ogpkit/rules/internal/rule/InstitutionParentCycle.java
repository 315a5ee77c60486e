package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code institution-parent-cycle}: following {@code parent} from an institution comes back to
 * it. Reported at the {@code parent} of every institution on the cycle (not at those that only
 * lead into one), naming the cycle. Each institution is followed at most once, so the check is
 * linear in the number of institutions. An id used twice is followed from its first institution.
 */
@API(status = INTERNAL, since = "0.1")
public final class InstitutionParentCycle implements PlanRule.OnEnd {
  /** The rule's id. */
  public static final String ID = "institution-parent-cycle";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void end(Walk w) {
    List<Institution> registry = w.plan().institutions();
    Set<String> done = new HashSet<>();
    for (int s = 0; s < registry.size(); s++) {
      Institution first = registry.get(s);
      // A trail from an institution without a parent ends at once, without a cycle; most
      // institutions have none.
      if (first.parent().isEmpty() || w.institutionIndex(first.id()) != s) {
        continue;
      }
      Map<String, Integer> trail = new LinkedHashMap<>();
      String current = first.id();
      while (current != null && !done.contains(current) && !trail.containsKey(current)) {
        trail.put(current, trail.size());
        current = parent(w, current);
      }
      if (current != null && trail.containsKey(current)) {
        List<String> cycle = new ArrayList<>(trail.keySet())
            .subList(trail.get(current), trail.size());
        for (int i = 0; i < cycle.size(); i++) {
          StringBuilder text = new StringBuilder();
          for (int j = 0; j <= cycle.size(); j++) {
            text.append(j == 0 ? "" : " \u2192 ").append(cycle.get((i + j) % cycle.size()));
          }
          w.report(ID, Walk.institutionPath(w.institutionIndex(cycle.get(i))).append("parent"),
              ID, cycle.get(i), text);
        }
      }
      done.addAll(trail.keySet());
    }
  }

  /** The parent of the first institution with an id; null if none, or if no institution has it. */
  private static @Nullable String parent(Walk w, String id) {
    return w.institution(id).flatMap(Institution::parent).orElse(null);
  }
}
