package io.github.ogpkit.model.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The one check behind identifiers and rule ids: words of lower-case ASCII letters and digits
 * joined by single hyphens, exactly what {@code [a-z0-9]+(-[a-z0-9]+)*} matches. A loop rather
 * than the pattern: readers check every identifier of a plan and every finding checks its rule
 * id, and the pattern's repeated group allocated on every call. Internal.
 */
@API(status = INTERNAL, since = "0.1")
public final class KebabCase {

  private KebabCase() {}

  /**
   * Tells whether a string is kebab case.
   *
   * @param s the candidate, not null
   * @return true if {@code [a-z0-9]+(-[a-z0-9]+)*} matches the whole string
   */
  public static boolean matches(String s) {
    char previous = '-';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (previous == '-') {
          return false;
        }
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
      previous = c;
    }
    return previous != '-';
  }
}
