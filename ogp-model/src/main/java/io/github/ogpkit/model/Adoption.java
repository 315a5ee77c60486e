package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How a plan was adopted: the legal instrument, its date and its number.
 *
 * @param instrument the instrument, e.g. "Order of the President of the Republic of Azerbaijan",
 *     not null
 * @param date the date of the act, not null, empty if unknown
 * @param reference the act's number, not null, empty if none; not blank when present (an empty
 *     Optional is valid: Bean Validation's {@code @NotBlank} would reject it, so the constraint is a
 *     pattern)
 */
@API(status = STABLE, since = "0.1")
public record Adoption(LocalizedText instrument, Optional<LocalDate> date,
    Optional<@Pattern(regexp = "(?s).*\\S.*") String> reference) {

  /**
   * Creates an adoption.
   *
   * @param instrument the instrument, not null
   * @param date the date, not null
   * @param reference the reference, not null
   */
  public Adoption {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reference, "reference");
  }

  /**
   * Obtains an adoption with an instrument and a date.
   *
   * @param instrument the instrument, not null
   * @param date the date, not null
   * @return the adoption, not null
   */
  public static Adoption of(LocalizedText instrument, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new Adoption(instrument, Optional.of(date), Optional.empty());
  }
}
