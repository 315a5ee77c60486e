package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.json.JsonPointer;
import java.util.function.BiConsumer;

/** Iterates a measure's assignments with their paths, for the rules about single assignments. */
final class Assignments {
  private Assignments() {}

  /**
   * Calls an action for each assignment of a measure, in order, with its path
   * ({@code <measure>/institutions/<k>}).
   */
  static void forEach(Measure measure, JsonPointer measurePath,
      BiConsumer<Assignment, JsonPointer> action) {
    JsonPointer assignments = measurePath.append("institutions");
    for (int k = 0; k < measure.institutions().size(); k++) {
      action.accept(measure.institutions().get(k), assignments.append(k));
    }
  }
}
