package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the rules on a property unique across all sections and measures at any depth share
 * ({@code ogpId}, {@code code}; not provisions): compared as exact strings, reported at each
 * later one's property, naming the path of the first.
 */
abstract class UniqueIdentity implements PlanRule.OnSection, PlanRule.OnMeasure {

  private final String id;
  private final String property;
  // Made on the first value: most plans have none.
  private @Nullable FirstOccurrences<String, JsonPointer> first;

  UniqueIdentity(String id, String property) {
    this.id = id;
    this.property = property;
  }

  @Override
  public final String id() {
    return id;
  }

  /** The value of the property of a section. */
  abstract Optional<String> of(Section section);

  /** The value of the property of a measure. */
  abstract Optional<String> of(Measure measure);

  @Override
  public final void section(Walk w, Section section, JsonPointer path) {
    check(w, of(section), path);
  }

  @Override
  public final void measure(Walk w, Measure measure, JsonPointer path,
      Optional<Measure> parent) {
    check(w, of(measure), path);
  }

  private void check(Walk w, Optional<String> value, JsonPointer path) {
    if (value.isEmpty()) {
      return;
    }
    if (first == null) {
      first = new FirstOccurrences<>(FirstOccurrences.EQUALS, 16);
    }
    JsonPointer earlier = first.putIfAbsent(value.get(), path);
    if (earlier != null) {
      w.report(id, path.append(property), id, value.get(), earlier);
    }
  }
}
