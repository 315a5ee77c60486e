package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.NameNormalizer;
import io.github.ogpkit.rules.internal.NameFolding;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.Map;
import java.util.Optional;

/**
 * {@code measure-title-duplicate}: two measures (sub-measures included) have the same title in one
 * language after {@link NameNormalizer normalization}. Reported at the later title's language
 * entry ({@code /sections/1/measures/0/title/en}), naming the first measure.
 */
public final class MeasureTitleDuplicate implements PlanRule.OnPlan, PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "measure-title-duplicate";

  private record First(OutlineNumber number, JsonPointer path) {}

  private Map<NameFolding.Key, First> first;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void plan(Walk w) {
    // A title in each of the plan's languages, as a rule.
    first = Walk.hashMap(w.measureCount() * Math.max(1, w.plan().languages().size()));
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    // One record serves every language of the part.
    First here = new First(measure.number(), path);
    measure.title().asMap().forEach((language, text) -> {
      First earlier = first.putIfAbsent(NameFolding.key(language, text), here);
      if (earlier != null) {
        w.report(ID, path.append("title").append(language), ID, measure.number(), language,
            earlier.number(), earlier.path());
      }
    });
  }
}
