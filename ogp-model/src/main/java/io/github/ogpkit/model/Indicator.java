package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An evaluation indicator of a measure, as printed, with an optional baseline and target.
 *
 * @param text the indicator as printed, not null
 * @param baseline the starting amount, not null, empty if none
 * @param target the amount to reach, not null, empty if none
 */
@API(status = STABLE, since = "0.1")
public record Indicator(LocalizedText text, Optional<Quantity> baseline,
    Optional<Quantity> target) {

  /**
   * Creates an indicator.
   *
   * @param text the text, not null
   * @param baseline the baseline, not null
   * @param target the target, not null
   */
  public Indicator {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(target, "target");
  }

  /**
   * Obtains an indicator without baseline or target.
   *
   * @param text the text, not null
   * @return the indicator, not null
   */
  public static Indicator of(LocalizedText text) {
    return new Indicator(text, Optional.empty(), Optional.empty());
  }

  /**
   * Obtains an indicator in one language, without baseline or target.
   *
   * @param language the language tag, not null
   * @param text the text, not blank
   * @return the indicator, not null
   */
  public static Indicator of(String language, String text) {
    return of(LocalizedText.of(language, text));
  }

  /**
   * Returns a copy with a baseline. This instance is immutable and unaffected.
   *
   * @param baseline the baseline, not null
   * @return the indicator, not null
   */
  public Indicator withBaseline(Quantity baseline) {
    Objects.requireNonNull(baseline, "baseline");
    return new Indicator(text, Optional.of(baseline), target);
  }

  /**
   * Returns a copy with a target. This instance is immutable and unaffected.
   *
   * @param target the target, not null
   * @return the indicator, not null
   */
  public Indicator withTarget(Quantity target) {
    Objects.requireNonNull(target, "target");
    return new Indicator(text, baseline, Optional.of(target));
  }
}
