package io.github.ogpkit.model;

import java.util.Objects;

/**
 * An assignment together with the measure that makes it, as {@link Plan#assignmentsOf(String)}
 * returns them.
 *
 * @param measure the measure, not null
 * @param assignment one of the measure's assignments, not null
 */
public record MeasureAssignment(Measure measure, Assignment assignment) {

  /**
   * Creates a measure assignment.
   *
   * @param measure the measure, not null
   * @param assignment the assignment, not null
   */
  public MeasureAssignment {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(assignment, "assignment");
  }
}
