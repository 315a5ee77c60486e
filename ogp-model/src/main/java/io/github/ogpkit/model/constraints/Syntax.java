package io.github.ogpkit.model.constraints;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.internal.KebabCase;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The syntax checks of the format's string values, shared by the Bean Validation constraints of
 * this package and by readers that check values as they read them.
 */
@API(status = STABLE, since = "0.1")
public final class Syntax {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private Syntax() {}

  /**
   * Tells whether a string is an identifier: {@code ^[a-z0-9]+(-[a-z0-9]+)*$}, at most 100
   * characters.
   *
   * @param s the candidate, not null
   * @return true if it is an identifier
   */
  public static boolean isIdentifier(String s) {
    Objects.requireNonNull(s, "s");
    if (s.isEmpty() || s.length() > Identifier.MAX_LENGTH) {
      return false;
    }
    // KebabCase accepts exactly what Identifier.PATTERN matches, without a regular expression.
    return KebabCase.matches(s);
  }

  /**
   * Tells whether a string is an upper-case ISO 3166-1 alpha-2 code that the JDK knows.
   *
   * @param s the candidate, not null
   * @return true if it is a country code
   */
  public static boolean isCountryCode(String s) {
    Objects.requireNonNull(s, "s");
    return s.length() == 2 && COUNTRIES.contains(s);
  }

  /**
   * Tells whether a string is a well-formed BCP 47 language tag.
   *
   * @param s the candidate, not null
   * @return true if well-formed
   * @see LocalizedText#isWellFormedTag(String)
   */
  public static boolean isLanguageTag(String s) {
    return LocalizedText.isWellFormedTag(s);
  }
}
