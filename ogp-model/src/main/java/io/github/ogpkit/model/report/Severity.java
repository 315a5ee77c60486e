package io.github.ogpkit.model.report;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.internal.Excerpt;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How serious a finding is. Declared from most to least severe, so the natural order puts
 * {@link #ERROR} first.
 */
@API(status = STABLE, since = "0.1")
public enum Severity {
  /** The data is wrong: a plan with any error is not valid. */
  ERROR,
  /** Probably wrong, or weak by OGP's own review criteria. */
  WARNING,
  /** Worth a look. */
  INFO;

  /**
   * Tells whether this severity is at least as severe as another: {@code ERROR.isAtLeast(WARNING)}
   * is true, {@code INFO.isAtLeast(WARNING)} is false.
   *
   * @param threshold the other severity, not null
   * @return true if this is as severe or more
   */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(Objects.requireNonNull(threshold, "threshold")) <= 0;
  }

  /**
   * Returns the lower-case name used in text output and configuration: {@code error},
   * {@code warning}, {@code info}.
   *
   * @return the label, not null
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a severity from its name in any case ({@code error}, {@code WARNING}).
   *
   * @param name the name, not null
   * @return the severity, not null
   * @throws IllegalArgumentException naming the accepted values if the name is none of them
   */
  public static Severity fromName(String name) {
    Objects.requireNonNull(name, "name");
    for (Severity s : values()) {
      if (s.name().equalsIgnoreCase(name.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity " + Excerpt.quote(name, 60) + "; expected error, warning or info");
  }
}
