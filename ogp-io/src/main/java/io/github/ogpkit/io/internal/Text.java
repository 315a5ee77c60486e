package io.github.ogpkit.io.internal;

import io.github.ogpkit.model.internal.EditDistance;
import io.github.ogpkit.model.internal.Excerpt;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The reader's use of the one escaping routine ({@link Excerpt}) and the one edit distance
 * ({@link EditDistance}) of the model: values in messages are shown up to 60 characters, and an
 * unknown property is matched to the nearest defined name.
 */
final class Text {
  private static final int EXCERPT = 60;

  private Text() {}

  /** A value quoted for a message: at most 60 characters, escaped. */
  static String quote(CharSequence s) {
    return Excerpt.quote(s, EXCERPT);
  }

  /** A value for a message without quotes: at most 60 characters, escaped. */
  static String excerpt(CharSequence s) {
    return Excerpt.excerpt(s, EXCERPT);
  }

  /** A value for a message without quotes: at most {@code max} characters, escaped. */
  static String excerpt(CharSequence s, int max) {
    return Excerpt.excerpt(s, max);
  }

  /** A message written elsewhere (the model's parse errors), made as safe as this module's. */
  static String scrub(CharSequence message, int max) {
    return Excerpt.scrub(message, max);
  }

  /**
   * Finds the defined name closest to an unknown one: equal ignoring case, or at most two edits
   * away.
   *
   * @param unknown the name found
   * @param defined the names defined
   * @return the suggestion, or null
   */
  static @Nullable String suggest(String unknown, Collection<String> defined) {
    for (String d : defined) {
      if (d.equalsIgnoreCase(unknown)) {
        return d;
      }
    }
    return EditDistance.nearest(unknown, defined, 2).orElse(null);
  }
}
