package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code number-duplicate}: sections, measures and provisions share one namespace of numbers; a
 * number used again is reported at each later use, naming the first.
 */
@API(status = INTERNAL, since = "0.1")
public final class NumberDuplicate implements PlanRule.OnPlan, PlanRule.OnSection,
    PlanRule.OnMeasure, PlanRule.OnProvision {
  /** The rule's id. */
  public static final String ID = "number-duplicate";

  private @Nullable FirstOccurrences<OutlineNumber, JsonPointer> first;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void plan(Walk w) {
    first = new FirstOccurrences<>(FirstOccurrences.EQUALS, w.numberedCount());
  }

  @Override
  public void section(Walk w, Section section, JsonPointer path) {
    check(w, section.number(), path);
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    check(w, measure.number(), path);
  }

  @Override
  public void provision(Walk w, Provision provision, JsonPointer path) {
    check(w, provision.number(), path);
  }

  private void check(Walk w, OutlineNumber number, JsonPointer path) {
    JsonPointer earlier = first.putIfAbsent(number, path);
    if (earlier != null) {
      w.report(ID, path.append("number"), ID, number, earlier);
    }
  }
}
