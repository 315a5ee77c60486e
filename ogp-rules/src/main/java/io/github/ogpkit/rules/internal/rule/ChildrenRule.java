package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the rules on children's numbers share: the children of a section or a measure are checked
 * together when the walk reaches their parent.
 */
abstract class ChildrenRule implements PlanRule.OnSection, PlanRule.OnMeasure {

  @Override
  public final void section(Walk w, Section section, JsonPointer path) {
    if (!section.isEmpty()) {
      children(w, section.number(), Children.of(section, path));
    }
  }

  @Override
  public final void measure(Walk w, Measure measure, JsonPointer path,
      Optional<Measure> parent) {
    if (measure.hasSubMeasures()) {
      children(w, measure.number(), Children.of(measure, path));
    }
  }

  /**
   * Checks the children of one parent.
   *
   * @param w the walk
   * @param parent the parent's number, null for the plan's top-level measures and sections
   * @param children the children, at least one
   */
  abstract void children(Walk w, @Nullable OutlineNumber parent, Children children);
}
