package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code institution-unknown}: an assignment's {@code institution} or an institution's
 * {@code parent} names an id that no institution has. Reported at the property that holds the
 * id ({@code .../institutions/1/institution}, {@code /institutions/3/parent}).
 */
@API(status = INTERNAL, since = "0.1")
public final class InstitutionUnknown implements PlanRule.OnInstitution, PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "institution-unknown";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void institution(Walk w, Institution institution, int index) {
    Optional<String> parent = institution.parent();
    if (parent.isPresent() && w.institutionIndex(parent.get()) < 0) {
      w.report(ID, Walk.institutionPath(index).append("parent"), ID + ".parent", parent.get(),
          institution.id());
    }
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    List<Assignment> all = measure.institutions();
    for (int k = 0; k < all.size(); k++) {
      if (w.assignedIndex(measure, k) < 0) {
        w.report(ID, Assignments.path(path, k).append("institution"), ID,
            all.get(k).institution(), measure.number());
      }
    }
  }
}
