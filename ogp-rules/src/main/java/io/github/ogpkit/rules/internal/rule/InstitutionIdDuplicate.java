package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code institution-id-duplicate}: two institutions share an id; reported at the later one's
 * {@code id}, naming the first.
 */
public final class InstitutionIdDuplicate implements PlanRule.OnInstitution {
  /** The rule's id. */
  public static final String ID = "institution-id-duplicate";

  private final Map<String, JsonPointer> first = new HashMap<>();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void institution(Walk w, Institution institution, JsonPointer path) {
    JsonPointer earlier = first.putIfAbsent(institution.id(), path);
    if (earlier != null) {
      w.report(ID, path.append("id"), ID, institution.id(), earlier);
    }
  }
}
