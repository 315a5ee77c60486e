package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The section or measure of a plan that a monitoring entry is about, as a {@link Dataset}
 * resolved its reference: OGP's "commitment", or one of its milestones.
 *
 * <pre>{@code
 * dataset.resolve("az-2016-2018", MeasureRef.ofOgpId("AZ0038"))
 *     .map(Commitment::number);   // Optional[4]
 * }</pre>
 *
 * @param plan the id of the plan it belongs to, not null
 * @param part the section or measure, not null
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Commitment(String plan, PlanPart part) {

  /**
   * Creates a commitment.
   *
   * @param plan the plan's id, not null
   * @param part the section or measure, not null
   */
  public Commitment {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(part, "part");
  }

  /**
   * Returns the number of the section or measure.
   *
   * @return the number, not null
   */
  public OutlineNumber number() {
    return part.number();
  }

  /**
   * Returns the OGP commitment id of the section or measure.
   *
   * @return the id, not null, empty if it has none
   */
  public Optional<String> ogpId() {
    return part.ogpId();
  }
}
