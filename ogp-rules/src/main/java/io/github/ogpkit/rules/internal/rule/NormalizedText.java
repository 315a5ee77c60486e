package io.github.ogpkit.rules.internal.rule;

import io.github.ogpkit.rules.NameNormalizer;

/**
 * A text in one language after {@link NameNormalizer normalization}: the hash key of the duplicate
 * name and title rules.
 *
 * @param language the language tag, not null
 * @param text the normalized text, not null
 */
record NormalizedText(String language, String text) {

  static NormalizedText of(String language, String text) {
    return new NormalizedText(language, NameNormalizer.normalize(text, language));
  }
}
