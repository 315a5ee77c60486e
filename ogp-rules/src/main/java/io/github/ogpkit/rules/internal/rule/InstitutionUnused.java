package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code institution-unused}: no measure assigns the institution, and it is no used institution's
 * parent (transitively: the parent of a parent of an assigned institution is used). Reported at
 * the institution.
 */
@API(status = INTERNAL, since = "0.1")
public final class InstitutionUnused implements PlanRule.OnMeasure, PlanRule.OnEnd {
  /** The rule's id. */
  public static final String ID = "institution-unused";

  // Whether the first institution of the registry with an id is used, by its index: ids that no
  // institution has cannot make one used.
  private boolean @Nullable [] used;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    for (int k = 0; k < measure.institutions().size(); k++) {
      int index = w.assignedIndex(measure, k);
      if (index >= 0) {
        use(w, index);
      }
    }
  }

  /** Marks an institution used, and its parents; stops at one already used, so each is once. */
  private void use(Walk w, int index) {
    if (used == null) {
      used = new boolean[w.plan().institutions().size()];
    }
    for (int i = index; i >= 0 && !used[i]; ) {
      used[i] = true;
      Optional<String> parent = w.plan().institutions().get(i).parent();
      i = parent.isPresent() ? w.institutionIndex(parent.get()) : -1;
    }
  }

  @Override
  public void end(Walk w) {
    List<Institution> registry = w.plan().institutions();
    for (int i = 0; i < registry.size(); i++) {
      String id = registry.get(i).id();
      if (used == null || !used[w.institutionIndex(id)]) {
        w.report(ID, Walk.institutionPath(i), ID, id);
      }
    }
  }
}
