package io.github.ogpkit.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Role;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How many measures an institution carries in each role. Each count is of distinct measures at
 * every depth that name the institution in that role ({@link MeasureLevel#ALL}): an institution
 * named twice in one role on one measure counts once.
 *
 * @param institution the institution's id, not null
 * @param executor how many measures it leads or executes ({@link Role#EXECUTOR}), not negative
 * @param supporting how many it supports ({@link Role#SUPPORTING}), not negative
 * @param recommended how many it is recommended for ({@link Role#RECOMMENDED}), not negative
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Workload(String institution, int executor, int supporting, int recommended) {

  /**
   * Creates a workload.
   *
   * @param institution the institution's id, not null
   * @param executor the count as executor, not negative
   * @param supporting the count as supporting institution, not negative
   * @param recommended the count as recommended institution, not negative
   * @throws IllegalArgumentException if a count is negative
   */
  public Workload {
    Objects.requireNonNull(institution, "institution");
    if (executor < 0 || supporting < 0 || recommended < 0) {
      throw new IllegalArgumentException("counts are not negative: " + executor + ", "
          + supporting + ", " + recommended);
    }
  }

  /**
   * Returns the count in one role.
   *
   * @param role the role, not null
   * @return the count, not negative
   */
  public int count(Role role) {
    return switch (Objects.requireNonNull(role, "role")) {
      case EXECUTOR -> executor;
      case SUPPORTING -> supporting;
      case RECOMMENDED -> recommended;
    };
  }

  /**
   * Returns the sum of the three counts: a measure on which the institution has two roles counts
   * twice.
   *
   * @return the total, not negative
   */
  public int total() {
    return executor + supporting + recommended;
  }
}
