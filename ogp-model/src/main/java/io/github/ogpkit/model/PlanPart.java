package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A numbered part of a plan that monitoring entries can be about: a {@link Section} (a section
 * with an {@code ogpId} is a commitment, its measures the milestones) or a {@link Measure}. The
 * methods are the record components both have.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface PlanPart permits Section, Measure {

  /**
   * Returns the outline number.
   *
   * @return the number, not null
   */
  OutlineNumber number();

  /**
   * Returns the code as printed, when it differs from the number.
   *
   * @return the code, not null, empty if none
   */
  Optional<String> code();

  /**
   * Returns the OGP commitment id.
   *
   * @return the id, not null, empty if none
   */
  Optional<String> ogpId();

  /**
   * Returns the title as printed.
   *
   * @return the title, not null
   */
  LocalizedText title();

  /**
   * Returns the links to documents about the part.
   *
   * @return the links, not null, immutable
   */
  List<Link> links();

  /**
   * Returns the data carried along unchanged.
   *
   * @return the extensions, not null, empty if none
   */
  JsonObject extensions();
}
