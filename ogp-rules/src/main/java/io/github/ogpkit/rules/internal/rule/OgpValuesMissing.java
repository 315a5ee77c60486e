package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code ogp-values-missing}: a measure with an OGP id claims no OGP values; or a section with an
 * OGP id (a commitment whose measures are its milestones) has no measure, at any depth (its
 * subsections' included), that claims some. Reported at the measure or section.
 */
@API(status = INTERNAL, since = "0.2")
public final class OgpValuesMissing implements PlanRule.OnSection, PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "ogp-values-missing";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void section(Walk w, Section section, JsonPointer path) {
    if (section.ogpId().isPresent() && !claimsValues(section)) {
      w.report(ID, path, ID + ".section", section.number(), section.ogpId().get());
    }
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    if (measure.ogpId().isPresent() && measure.ogpValues().isEmpty()) {
      w.report(ID, path, ID, measure.number(), measure.ogpId().get());
    }
  }

  /** Whether any measure of the section, at any depth, claims OGP values. */
  private static boolean claimsValues(Section section) {
    if (anyClaims(section.measures())) {
      return true;
    }
    List<Section> sections = section.sections();
    for (int i = 0; i < sections.size(); i++) {
      if (claimsValues(sections.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyClaims(List<Measure> measures) {
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (!m.ogpValues().isEmpty() || anyClaims(m.measures())) {
        return true;
      }
    }
    return false;
  }
}
