package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code policy-area-unknown}: a policy area of a section or measure is not one of the policy
 * areas of OGP's commitment pages that format 1.1 lists (the list is closed for 1.1). Reported at
 * the array element, {@code .../policyAreas/1}.
 */
@API(status = INTERNAL, since = "0.2")
public final class PolicyAreaUnknown implements PlanRule.OnSection, PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "policy-area-unknown";

  /** The policy areas of FORMAT-1.1.md, in its order. */
  public static final List<String> AREAS = List.of("access-to-information",
      "anti-corruption-and-integrity", "beneficial-ownership", "capacity-building", "civic-space",
      "climate-and-environment", "digital-governance", "digital-transformation", "e-government",
      "education", "extractive-industries", "fiscal-openness", "gender", "health",
      "human-rights", "inclusion", "justice", "labor", "land-and-spatial-planning", "lobbying",
      "media-freedom", "natural-resources", "open-contracting", "open-data", "open-parliaments",
      "people-with-disabilities", "public-participation", "public-procurement",
      "public-service-delivery", "regulatory-governance", "right-to-information",
      "sustainable-development-goals", "water-and-sanitation", "whistleblower-protections",
      "youth");

  private static final Set<String> KNOWN = Set.copyOf(AREAS);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void section(Walk w, Section section, JsonPointer path) {
    check(w, section.policyAreas(), path);
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    check(w, measure.policyAreas(), path);
  }

  private static void check(Walk w, List<String> areas, JsonPointer path) {
    for (int i = 0; i < areas.size(); i++) {
      if (!KNOWN.contains(areas.get(i))) {
        w.report(ID, path.append("policyAreas").append(i), ID, areas.get(i));
      }
    }
  }
}
