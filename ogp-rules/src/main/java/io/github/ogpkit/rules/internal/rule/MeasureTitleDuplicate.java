package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.NameNormalizer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code measure-title-duplicate}: two measures (sub-measures included) have the same title in one
 * language after {@link NameNormalizer normalization}. Reported at the later title's language
 * entry ({@code /sections/1/measures/0/title/en}), naming the first measure.
 */
@API(status = INTERNAL, since = "0.1")
public final class MeasureTitleDuplicate implements PlanRule.OnPlan, PlanRule.OnMeasure {
  /** The rule's id. */
  public static final String ID = "measure-title-duplicate";

  private record First(OutlineNumber number, JsonPointer path) {}

  private @Nullable FirstNames<First> first;
  // checkTitle reads the measure being checked from these fields: a lambda capturing them was
  // allocated for every measure.
  private final BiConsumer<String, String> checkTitle = this::checkTitle;
  private @Nullable Walk walk;
  private @Nullable Measure measure;
  private @Nullable First here;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void plan(Walk w) {
    first = new FirstNames<>(w.plan().languages(), w.measureCount());
  }

  @Override
  public void measure(Walk w, Measure measure, JsonPointer path, Optional<Measure> parent) {
    this.walk = w;
    this.measure = measure;
    this.here = new First(measure.number(), path);
    measure.title().asMap().forEach(checkTitle);
  }

  private void checkTitle(String language, String text) {
    First earlier = first.putIfAbsent(language, text, here);
    if (earlier != null) {
      walk.report(ID, here.path().append("title").append(language), ID, measure.number(),
          language, earlier.number(), earlier.path());
    }
  }
}
