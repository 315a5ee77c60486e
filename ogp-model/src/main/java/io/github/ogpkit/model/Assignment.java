package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.constraints.Identifier;
import io.github.ogpkit.model.json.JsonObject;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An institution named by a measure, with the role the plan gives it.
 *
 * @param institution the {@link Institution#id()} of an institution of the same plan, not null
 * @param role what the plan asks of it, not null
 * @param extensions data carried along unchanged, not null, empty if none (since format 1.1)
 */
@API(status = STABLE, since = "0.1")
public record Assignment(@Identifier String institution, Role role, JsonObject extensions) {

  /**
   * Creates an assignment.
   *
   * @param institution the institution's id, not null
   * @param role the role, not null
   * @param extensions the extensions, not null
   */
  public Assignment {
    Objects.requireNonNull(institution, "institution");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * Creates an assignment without extensions.
   *
   * @param institution the institution's id, not null
   * @param role the role, not null
   */
  public Assignment(String institution, Role role) {
    this(institution, role, JsonObject.EMPTY);
  }

  /**
   * Returns a copy of this assignment with other extensions. This instance is immutable and
   * unaffected.
   *
   * @param extensions the extensions, not null
   * @return the assignment, not null
   */
  @API(status = STABLE, since = "0.2")
  public Assignment withExtensions(JsonObject extensions) {
    return new Assignment(institution, role, extensions);
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

  /**
   * Obtains an assignment of a supporting actor ("other actors involved").
   *
   * @param institution the institution's id, not null
   * @return the assignment, not null
   */
  @API(status = STABLE, since = "0.2")
  public static Assignment supporting(String institution) {
    return new Assignment(institution, Role.SUPPORTING);
  }
}
