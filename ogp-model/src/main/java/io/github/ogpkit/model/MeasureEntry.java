package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.json.JsonObject;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An entry of a monitoring document about one section or measure of a plan: a
 * {@link ProgressEntry} of a {@link ProgressReport} or an {@link Assessment} of an
 * {@link IrmAssessment}. What they share is how they name what they are about, which the
 * reference rules and {@link Dataset} need alike.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface MeasureEntry permits ProgressEntry, Assessment {

  /**
   * Returns the number of the section or measure the entry is about.
   *
   * @return the number, not null, empty if not given
   */
  Optional<OutlineNumber> measure();

  /**
   * Returns the OGP commitment id of the section or measure the entry is about.
   *
   * @return the id, not null, empty if not given
   */
  Optional<String> ogpId();

  /**
   * Returns the entry's number and OGP commitment id as one reference.
   *
   * @return the reference, not null; {@link MeasureRef#isMissing()} if the entry names nothing
   */
  default MeasureRef reference() {
    return new MeasureRef(measure(), ogpId());
  }

  /**
   * Returns what the entry says in words.
   *
   * @return the summary, not null, empty if none
   */
  Optional<LocalizedText> summary();

  /**
   * Returns the data carried along unchanged.
   *
   * @return the extensions, not null, empty if none
   */
  JsonObject extensions();
}
