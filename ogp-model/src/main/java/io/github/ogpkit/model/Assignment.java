package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.constraints.Identifier;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An institution named by a measure, with the role the plan gives it.
 *
 * @param institution the {@link Institution#id()} of an institution of the same plan, not null
 * @param role what the plan asks of it, not null
 */
@API(status = STABLE, since = "0.1")
public record Assignment(@Identifier String institution, Role role) {

  /**
   * Creates an assignment.
   *
   * @param institution the institution's id, not null
   * @param role the role, not null
   */
  public Assignment {
    Objects.requireNonNull(institution, "institution");
    Objects.requireNonNull(role, "role");
  }

  /**
   * Obtains an assignment of an executor.
   *
   * @param institution the institution's id, not null
   * @return the assignment, not null
   */
  public static Assignment executor(String institution) {
    return new Assignment(institution, Role.EXECUTOR);
  }

  /**
   * Obtains an assignment of a body recommended to act.
   *
   * @param institution the institution's id, not null
   * @return the assignment, not null
   */
  public static Assignment recommended(String institution) {
    return new Assignment(institution, Role.RECOMMENDED);
  }
}
