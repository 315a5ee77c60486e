package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.constraints.LanguageTag;
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
 * @param language the language tag of the language the act was adopted in, when it differs from
 *     the plan's first language (a plan transcribed from a translation), not null, empty if it
 *     does not differ (since format 1.1)
 */
@API(status = STABLE, since = "0.1")
public record Adoption(LocalizedText instrument, Optional<LocalDate> date,
    Optional<@Pattern(regexp = "(?s).*\\S.*") String> reference,
    Optional<@LanguageTag String> language) {

  /**
   * Creates an adoption.
   *
   * @param instrument the instrument, not null
   * @param date the date, not null
   * @param reference the reference, not null
   * @param language the language of the act, not null
   */
  public Adoption {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(language, "language");
  }

  /**
   * Creates an adoption whose act is in the plan's first language.
   *
   * @param instrument the instrument, not null
   * @param date the date, not null
   * @param reference the reference, not null
   */
  public Adoption(LocalizedText instrument, Optional<LocalDate> date, Optional<String> reference) {
    this(instrument, date, reference, Optional.empty());
  }

  /**
   * Returns a copy of this adoption whose act was adopted in another language. This instance is
   * immutable and unaffected.
   *
   * @param language the language tag, such as {@code ka}, not null
   * @return the adoption, not null
   */
  @API(status = STABLE, since = "0.2")
  public Adoption withLanguage(String language) {
    Objects.requireNonNull(language, "language");
    return new Adoption(instrument, date, reference, Optional.of(language));
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
