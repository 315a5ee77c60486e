package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What an entry of a {@link ProgressReport} or {@link IrmAssessment} says it is about: the
 * number of a section or measure of the plan ({@code 4.2.1}), its OGP commitment id
 * ({@code AZ0038}), or both, which must then name the same section or measure (MONITORING.md).
 *
 * <pre>{@code
 * MeasureRef byNumber = MeasureRef.ofNumber("4.2.1");
 * MeasureRef byId = MeasureRef.ofOgpId("AZ0038");
 * MeasureRef both = MeasureRef.of(OutlineNumber.parse("4"), "AZ0038");
 * }</pre>
 *
 * <p>A reference with neither is a value too ({@link #NONE}): an entry that names nothing is the
 * rule {@code reference-missing}'s finding, not an error of construction. Whether a reference
 * names anything in its plan is for {@link Dataset#resolve(String, MeasureRef)} and the rules to
 * say.
 *
 * @param measure the number of a section or measure, not null, empty if not given
 * @param ogpId the OGP commitment id of a section or measure, not null, empty if not given
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record MeasureRef(Optional<OutlineNumber> measure, Optional<String> ogpId) {

  /** The reference that names nothing. */
  public static final MeasureRef NONE = new MeasureRef(Optional.empty(), Optional.empty());

  /**
   * Creates a reference.
   *
   * @param measure the number, not null
   * @param ogpId the OGP commitment id, not null
   */
  public MeasureRef {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(ogpId, "ogpId");
  }

  /**
   * Obtains a reference by number.
   *
   * @param measure the number of a section or measure, not null
   * @return the reference, not null
   */
  public static MeasureRef of(OutlineNumber measure) {
    return new MeasureRef(Optional.of(measure), Optional.empty());
  }

  /**
   * Obtains a reference by number and OGP commitment id, which should name the same thing.
   *
   * @param measure the number of a section or measure, not null
   * @param ogpId the OGP commitment id, such as {@code AZ0038}, not null
   * @return the reference, not null
   */
  public static MeasureRef of(OutlineNumber measure, String ogpId) {
    return new MeasureRef(Optional.of(measure), Optional.of(ogpId));
  }

  /**
   * Obtains a reference by number.
   *
   * @param measure the number, such as {@code 4.2.1}, not null
   * @return the reference, not null
   * @throws ValueParseException if the text is not a number
   */
  public static MeasureRef ofNumber(String measure) {
    return of(OutlineNumber.parse(measure));
  }

  /**
   * Obtains a reference by OGP commitment id.
   *
   * @param ogpId the id, such as {@code AZ0038}, not null
   * @return the reference, not null
   */
  public static MeasureRef ofOgpId(String ogpId) {
    return new MeasureRef(Optional.empty(), Optional.of(ogpId));
  }

  /**
   * Tells whether the reference names nothing: neither a number nor an OGP commitment id.
   *
   * @return true if both are empty
   */
  public boolean isMissing() {
    return measure.isEmpty() && ogpId.isEmpty();
  }

  /**
   * Returns the reference as the format writes it: {@code 4.2.1}, {@code AZ0038},
   * {@code 4 AZ0038}, or {@code (none)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    if (isMissing()) {
      return "(none)";
    }
    return measure.map(OutlineNumber::toString).orElse("")
        + (measure.isPresent() && ogpId.isPresent() ? " " : "") + ogpId.orElse("");
  }
}
