package io.github.ogpkit.analytics.internal;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The measures of a plan at each level, in document order: the plan's own measures, each before
 * its sub-measures, then each section's measures before its subsections', as
 * {@link Plan#allMeasures()} orders them.
 */
public final class Walk {
  private Walk() {}

  /**
   * A leaf measure with the time frame it is counted by.
   *
   * @param measure the leaf, not null
   * @param timeFrame its own time frame, or its nearest enclosing measure's, or empty
   * @param inherited whether the time frame is an enclosing measure's
   */
  public record Leaf(Measure measure, Optional<TimeFrame> timeFrame, boolean inherited) {}

  /**
   * Returns the measures that no measure contains.
   *
   * @param plan the plan, not null
   * @return the commitments, in document order, not null
   */
  public static List<Measure> commitments(Plan plan) {
    List<Measure> found = new ArrayList<>(plan.measures());
    addSectionMeasures(plan.sections(), found);
    return List.copyOf(found);
  }

  private static void addSectionMeasures(List<Section> sections, List<Measure> into) {
    for (Section s : sections) {
      into.addAll(s.measures());
      addSectionMeasures(s.sections(), into);
    }
  }

  /**
   * Returns the measures without sub-measures, each with the time frame it is counted by.
   *
   * @param plan the plan, not null
   * @return the leaves, in document order, not null
   */
  public static List<Leaf> leaves(Plan plan) {
    List<Leaf> found = new ArrayList<>();
    for (Measure m : commitments(plan)) {
      addLeaves(m, Optional.empty(), found);
    }
    return List.copyOf(found);
  }

  // Recursion no deeper than Plan.MAX_NESTING, which the model enforces.
  private static void addLeaves(Measure measure, Optional<TimeFrame> enclosing, List<Leaf> into) {
    if (measure.measures().isEmpty()) {
      into.add(measure.timeFrame().isPresent()
          ? new Leaf(measure, measure.timeFrame(), false)
          : new Leaf(measure, enclosing, enclosing.isPresent()));
      return;
    }
    Optional<TimeFrame> own = measure.timeFrame().isPresent() ? measure.timeFrame() : enclosing;
    for (Measure sub : measure.measures()) {
      addLeaves(sub, own, into);
    }
  }
}
