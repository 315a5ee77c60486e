package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.rules.NameNormalizer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code institution-name-duplicate}: two institutions have the same name in one language after
 * {@link NameNormalizer normalization}. Reported at the later name's language entry
 * ({@code /institutions/4/name/az}), naming the first institution.
 */
@API(status = INTERNAL, since = "0.1")
public final class InstitutionNameDuplicate implements PlanRule.OnPlan, PlanRule.OnInstitution {
  /** The rule's id. */
  public static final String ID = "institution-name-duplicate";

  private record First(String id, int index) {}

  private @Nullable FirstNames<First> first;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void plan(Walk w) {
    first = new FirstNames<>(w.plan().languages(), w.plan().institutions().size());
  }

  @Override
  public void institution(Walk w, Institution institution, int index) {
    // One record serves every language of the part.
    First here = new First(institution.id(), index);
    institution.name().asMap().forEach((language, text) -> {
      First earlier = first.putIfAbsent(language, text, here);
      if (earlier != null) {
        w.report(ID, Walk.institutionPath(index).append("name").append(language), ID,
            institution.id(), language, earlier.id(), Walk.institutionPath(earlier.index()),
            text);
      }
    });
  }
}
