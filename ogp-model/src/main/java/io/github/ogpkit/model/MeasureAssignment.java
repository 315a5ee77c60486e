package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An assignment together with the measure that makes it, as {@link Plan#assignmentsOf(String)}
 * returns them.
 *
 * @param measure the measure, not null
 * @param assignment one of the measure's assignments, not null
 */
@API(status = STABLE, since = "0.1")
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
