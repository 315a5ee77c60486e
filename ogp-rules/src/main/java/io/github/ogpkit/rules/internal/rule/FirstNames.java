package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.rules.NameNormalizer;
import io.github.ogpkit.rules.internal.NameFolding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The first value recorded for each name in each language, names compared after
 * {@link NameNormalizer normalization}: what the rules on duplicate names and titles remember.
 * A table per language, whose keys are the names as given, hashed and compared by their
 * normalized forms (which are made only for names that hash alike).
 *
 * @param <V> the type of values
 */
final class FirstNames<V> {

  private final Map<String, FirstOccurrences<String, V>> byLanguage = new HashMap<>();
  private final List<String> languages;
  private final int expected;

  /**
   * Makes an empty table.
   *
   * @param languages the plan's languages, in which names are expected
   * @param expected the number of names expected in each of them; other languages start small
   */
  FirstNames(List<String> languages, int expected) {
    this.languages = languages;
    this.expected = expected;
  }

  /**
   * Records a value for a name, unless a name that normalizes alike in the language has one.
   *
   * @param language the name's language tag, not null
   * @param name the name as given, not null
   * @param value the value, not null
   * @return the value recorded first for the name, or null if there was none
   */
  @Nullable V putIfAbsent(String language, String name, V value) {
    FirstOccurrences<String, V> names = byLanguage.get(language);
    if (names == null) {
      // Names in one language are the same name when they normalize alike.
      names = new FirstOccurrences<>(new FirstOccurrences.Equivalence<String>(
          text -> NameFolding.hash(text, language),
          (a, b) -> NameFolding.sameNormalized(a, b, language)),
          languages.contains(language) ? expected : 0);
      byLanguage.put(language, names);
    }
    return names.putIfAbsent(name, value);
  }
}
