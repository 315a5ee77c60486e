package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code institution-unused}: no measure assigns the institution, and it is no used institution's
 * parent (transitively: the parent of a parent of an assigned institution is used). Reported at
 * the institution.
 */
public final class InstitutionUnused
    implements PlanRule.OnInstitution, PlanRule.OnMeasure, PlanRule.OnEnd {
  /** The rule's id. */
  public static final String ID = "institution-unused";

  private final List<Institution> institutions = new ArrayList<>();
  private final List<JsonPointer> paths = new ArrayList<>();
  private final Set<String> assigned = new HashSet<>();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void institution(Walk w, Institution institution, JsonPointer path) {
    institutions.add(institution);
    paths.add(path);
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    for (Assignment a : measure.institutions()) {
      assigned.add(a.institution());
    }
  }

  @Override
  public void end(Walk w) {
    Set<String> used = new HashSet<>();
    for (String id : assigned) {
      // Stops at the first id already known to be used, so every id is followed at most once.
      String current = id;
      while (current != null && used.add(current)) {
        current = w.institution(current).flatMap(Institution::parent).orElse(null);
      }
    }
    for (int i = 0; i < institutions.size(); i++) {
      String id = institutions.get(i).id();
      if (!used.contains(id)) {
        w.report(ID, paths.get(i), ID, id);
      }
    }
  }
}
