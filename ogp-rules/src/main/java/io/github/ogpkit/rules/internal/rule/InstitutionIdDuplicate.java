package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import org.apiguardian.api.API;

/**
 * {@code institution-id-duplicate}: two institutions share an id; reported at the later one's
 * {@code id}, naming the first.
 */
@API(status = INTERNAL, since = "0.1")
public final class InstitutionIdDuplicate implements PlanRule.OnInstitution {
  /** The rule's id. */
  public static final String ID = "institution-id-duplicate";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void institution(Walk w, Institution institution, int index) {
    // The walk indexes the first institution with each id.
    int first = w.institutionIndex(institution.id());
    if (first != index) {
      w.report(ID, Walk.institutionPath(index).append("id"), ID, institution.id(),
          Walk.institutionPath(first));
    }
  }
}
