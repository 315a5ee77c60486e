package io.github.ogpkit.model;

import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Text in one or more languages, keyed by BCP 47 language tag: {@code {"az": "Nazirlər Kabineti",
 * "en": "Cabinet of Ministers"}}.
 *
 * <p>Tags must be well-formed BCP 47 ({@code az}, {@code en}, {@code az-Cyrl}); texts must not be
 * blank. Both are kept exactly as given: no trimming, no case change, no Unicode normalization.
 * Languages are listed in ascending order of their tags' UTF-16 code units, the order the
 * canonical JSON writer uses.
 *
 * <pre>{@code
 * LocalizedText name = LocalizedText.of("az", "Nazirlər Kabineti", "en", "Cabinet of Ministers");
 * name.get("en");              // Optional[Cabinet of Ministers]
 * name.getOrFallback("ru", "az"); // Nazirlər Kabineti
 * name.languages();            // [az, en]
 * }</pre>
 *
 * <p>This class is immutable and value-based. It is not a translation catalogue: it holds the
 * printed text of one field, not messages to be looked up by key.
 */
public final class LocalizedText {

  private final Map<String, String> texts;

  private LocalizedText(Map<String, String> texts) {
    this.texts = texts;
  }

  /**
   * Obtains a text in one language.
   *
   * @param language a well-formed BCP 47 tag, not null
   * @param text the text, not blank
   * @return the localized text, not null
   * @throws IllegalArgumentException if the tag is not well-formed or the text is blank
   */
  public static LocalizedText of(String language, String text) {
    return of(Map.of(Objects.requireNonNull(language, "language"),
        Objects.requireNonNull(text, "text")));
  }

  /**
   * Obtains a text in two languages.
   *
   * @param language1 the first tag, not null
   * @param text1 the text in the first language, not blank
   * @param language2 the second tag, not null, different from the first
   * @param text2 the text in the second language, not blank
   * @return the localized text, not null
   * @throws IllegalArgumentException if a tag is not well-formed, repeated, or a text is blank
   */
  public static LocalizedText of(String language1, String text1, String language2, String text2) {
    Objects.requireNonNull(language1, "language1");
    Objects.requireNonNull(language2, "language2");
    if (language1.equals(language2)) {
      throw new IllegalArgumentException("language " + language1 + " is given twice");
    }
    return of(Map.of(language1, Objects.requireNonNull(text1, "text1"), language2,
        Objects.requireNonNull(text2, "text2")));
  }

  /**
   * Obtains a text from a map of language tag to text. The map is copied.
   *
   * @param texts at least one entry, not null, no null keys or values
   * @return the localized text, not null
   * @throws IllegalArgumentException if the map is empty, a tag is not well-formed, or a text is
   *     blank
   */
  public static LocalizedText of(Map<String, String> texts) {
    Objects.requireNonNull(texts, "texts");
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("a localized text needs at least one language");
    }
    TreeMap<String, String> copy = new TreeMap<>();
    texts.forEach((language, text) -> {
      Objects.requireNonNull(language, "a language tag is null");
      Objects.requireNonNull(text, () -> "the text for language " + language + " is null");
      checkTag(language);
      if (text.isBlank()) {
        throw new IllegalArgumentException(
            "the text for language " + language + " is blank");
      }
      copy.put(language, text);
    });
    return new LocalizedText(Collections.unmodifiableMap(copy));
  }

  private static void checkTag(String language) {
    if (!isWellFormedTag(language)) {
      throw new ValueParseException("language tag " + ValueParseException.quote(language)
          + " is not a well-formed BCP 47 tag (for example az, en, az-Cyrl)", language, 0);
    }
  }

  /**
   * Tells whether a string is a well-formed BCP 47 language tag, as {@link Locale.Builder} reads
   * them. Case is not significant ({@code EN} is well-formed), extensions and private use are
   * allowed, white space and underscores are not.
   *
   * @param tag the candidate, not null
   * @return true if well-formed
   */
  public static boolean isWellFormedTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    if (tag.isEmpty()) {
      return false;
    }
    if (isLanguageSubtag(tag)) {
      // The common case (az, en) without building a locale: every text of a plan is checked.
      return true;
    }
    try {
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  /** A bare language subtag, 2 to 8 ASCII letters: well-formed on its own (BCP 47). */
  private static boolean isLanguageSubtag(String tag) {
    int n = tag.length();
    if (n < 2 || n > 8) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = tag.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a copy with one language's text added or replaced. This instance is immutable and
   * unaffected.
   *
   * @param language a well-formed tag, not null
   * @param text the text, not blank
   * @return a localized text with the text, or this instance if nothing changes
   */
  public LocalizedText with(String language, String text) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    if (text.equals(texts.get(language))) {
      return this;
    }
    Map<String, String> copy = new TreeMap<>(texts);
    copy.put(language, text);
    return of(copy);
  }

  /**
   * Returns the text in one language.
   *
   * @param language the tag, exactly as stored, not null
   * @return the text, or empty if the language is absent
   */
  public Optional<String> get(String language) {
    return Optional.ofNullable(texts.get(Objects.requireNonNull(language, "language")));
  }

  /**
   * Returns the text in one language, or else in a fallback language, or else in the first
   * language in {@link #languages()} order.
   *
   * @param language the preferred tag, not null
   * @param fallback the tag to try next, not null
   * @return a text, never null
   */
  public String getOrFallback(String language, String fallback) {
    Objects.requireNonNull(fallback, "fallback");
    return get(language).or(() -> get(fallback))
        .orElseGet(() -> texts.values().iterator().next());
  }

  /**
   * Tells whether a language has a text.
   *
   * @param language the tag, not null
   * @return true if present
   */
  public boolean has(String language) {
    return texts.containsKey(Objects.requireNonNull(language, "language"));
  }

  /**
   * Returns the languages in ascending order of their tags.
   *
   * @return the tags, not empty, immutable
   */
  public Set<String> languages() {
    return texts.keySet();
  }

  /**
   * Returns the texts by language, in ascending order of tags.
   *
   * @return an immutable map, not empty
   */
  public Map<String, String> asMap() {
    return texts;
  }

  @Override
  public boolean equals(Object obj) {
    return this == obj || obj instanceof LocalizedText other && texts.equals(other.texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  /**
   * Returns a short description for debugging, such as {@code {az=Nazirlər Kabineti}}. Not meant to
   * be parsed; the JSON writer is the way to serialize a localized text.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return texts.toString();
  }
}
