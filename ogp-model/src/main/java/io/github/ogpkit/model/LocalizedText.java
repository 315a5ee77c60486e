package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.internal.Blank;
import io.github.ogpkit.model.internal.Excerpt;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Text in one or more languages, keyed by BCP 47 language tag: {@code {"az": "Nazirlər Kabineti",
 * "en": "Cabinet of Ministers"}}.
 *
 * <p>Tags must be well-formed BCP 47 ({@code az}, {@code en}, {@code az-Cyrl}); texts must not be
 * blank. Both are kept exactly as given: no trimming, no case change, no Unicode normalization.
 * Languages are listed in ascending order of their tags' UTF-16 code units, the order the
 * canonical JSON writer uses.
 *
 * <p>Tags compare without case, as BCP 47 says: {@code get("EN")} finds the text of {@code en},
 * and one text cannot hold both {@code en} and {@code EN}. Equality is the exception: it compares
 * the tags as written, since they are written as given, and equal texts must write the same.
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
@API(status = STABLE, since = "0.1")
public final class LocalizedText {

  // Tags in ascending UTF-16 order, and their texts: two small arrays instead of a tree map,
  // since a plan holds a text object for every title, indicator and name, mostly of one to three
  // languages, and reading, validating and writing visit every one.
  private final String[] tags;
  private final String[] texts;
  private final Map<String, String> view;

  private LocalizedText(String[] tags, String[] texts) {
    this.tags = tags;
    this.texts = texts;
    this.view = new View();
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
    check(Objects.requireNonNull(language, "language"), Objects.requireNonNull(text, "text"));
    return new LocalizedText(new String[] {language}, new String[] {text});
  }

  /**
   * Obtains a text in two languages.
   *
   * @param language1 the first tag, not null
   * @param text1 the text in the first language, not blank
   * @param language2 the second tag, not null, different from the first ignoring case
   * @param text2 the text in the second language, not blank
   * @return the localized text, not null
   * @throws IllegalArgumentException if a tag is not well-formed, repeated (ignoring case), or a
   *     text is blank
   */
  public static LocalizedText of(String language1, String text1, String language2, String text2) {
    Objects.requireNonNull(language1, "language1");
    Objects.requireNonNull(language2, "language2");
    Objects.requireNonNull(text1, "text1");
    Objects.requireNonNull(text2, "text2");
    check(language1, text1);
    check(language2, text2);
    checkDistinct(language1, language2);
    int order = language1.compareTo(language2);
    return order < 0
        ? new LocalizedText(new String[] {language1, language2}, new String[] {text1, text2})
        : new LocalizedText(new String[] {language2, language1}, new String[] {text2, text1});
  }

  /**
   * Obtains a text in any number of languages.
   *
   * @param texts at least one entry, not null, no null keys or values
   * @return the localized text, not null
   * @throws IllegalArgumentException if the map is empty, a tag is not well-formed, two tags are
   *     equal ignoring case, or a text is blank
   */
  public static LocalizedText of(Map<String, String> texts) {
    Objects.requireNonNull(texts, "texts");
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("a localized text needs at least one language");
    }
    if (texts instanceof View view) {
      return view.owner();
    }
    int n = texts.size();
    String[] tags = new String[n];
    String[] values = new String[n];
    int i = 0;
    for (Map.Entry<String, String> e : texts.entrySet()) {
      String language = e.getKey();
      String text = e.getValue();
      Objects.requireNonNull(language, "a language tag is null");
      Objects.requireNonNull(text, () -> "the text for language " + Excerpt.quote(language, 60) + " is null");
      check(language, text);
      // Insertion into place: the maps given are small, and usually sorted already.
      int at = i;
      while (at > 0 && tags[at - 1].compareTo(language) > 0) {
        tags[at] = tags[at - 1];
        values[at] = values[at - 1];
        at--;
      }
      tags[at] = language;
      values[at] = text;
      i++;
    }
    if (i != n) {
      throw new IllegalArgumentException("the map of texts changed while it was copied");
    }
    // Pairwise: tags equal ignoring case need not be neighbours in UTF-16 order (EN, az, en),
    // and a text has a handful of languages.
    for (int k = 1; k < n; k++) {
      for (int j = 0; j < k; j++) {
        checkDistinct(tags[j], tags[k]);
      }
    }
    return new LocalizedText(tags, values);
  }

  /** Refuses two tags of one text that name the same language: equal, ignoring case. */
  private static void checkDistinct(String a, String b) {
    if (a.equals(b)) {
      throw new IllegalArgumentException("language " + a + " is given twice");
    }
    // The tags are well-formed, so ASCII: no case rule of any language is involved.
    if (a.equalsIgnoreCase(b)) {
      throw new IllegalArgumentException("languages " + a + " and " + b
          + " are the same language: language tags compare without case (BCP 47)");
    }
  }

  private static void check(String language, String text) {
    checkTag(language);
    if (Blank.isBlank(text)) {
      throw new IllegalArgumentException("the text for language " + language + " is blank");
    }
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
   * Returns a copy with one language's text added or replaced. A language already present under
   * a tag that differs only in case is replaced, tag and text: the copy has the tag as given here.
   * This instance is immutable and unaffected.
   *
   * @param language a well-formed tag, not null
   * @param text the text, not blank
   * @return a localized text with the text, or this instance if nothing changes
   */
  public LocalizedText with(String language, String text) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    int at = indexOf(language);
    if (at >= 0 && tags[at].equals(language) && texts[at].equals(text)) {
      return this;
    }
    Map<String, String> copy = new TreeMap<>(view);
    if (at >= 0) {
      copy.remove(tags[at]);
    }
    copy.put(language, text);
    return of(copy);
  }

  /**
   * Returns the text in one language.
   *
   * @param language the tag, in any case, not null
   * @return the text, or empty if the language is absent
   */
  public Optional<String> get(String language) {
    int at = indexOf(Objects.requireNonNull(language, "language"));
    return at < 0 ? Optional.empty() : Optional.of(texts[at]);
  }

  /**
   * Returns the text in one language, or else in a fallback language, or else in the first
   * language in {@link #languages()} order.
   *
   * @param language the preferred tag, in any case, not null
   * @param fallback the tag to try next, in any case, not null
   * @return a text, never null
   */
  public String getOrFallback(String language, String fallback) {
    Objects.requireNonNull(fallback, "fallback");
    return get(language).or(() -> get(fallback)).orElse(texts[0]);
  }

  /**
   * Tells whether a language has a text.
   *
   * @param language the tag, in any case, not null
   * @return true if present
   */
  public boolean has(String language) {
    return indexOf(Objects.requireNonNull(language, "language")) >= 0;
  }

  /**
   * Returns the languages in ascending order of their tags.
   *
   * @return the tags, not empty, immutable
   */
  public Set<String> languages() {
    return view.keySet();
  }

  /**
   * Returns the texts by language, in ascending order of tags. It is a map of the tags as
   * written: its {@code get} and {@code containsKey} compare tags exactly, as every map's do, so
   * that it is equal to another map holding the same entries and to nothing else; use
   * {@link #get(String)} and {@link #has(String)} to look a language up in any case.
   *
   * @return an immutable map, not empty
   */
  public Map<String, String> asMap() {
    return view;
  }

  private int indexOf(String language) {
    // Most lookups are asked in the case the tag was written in: exact matches first.
    int exact = exactIndexOf(language);
    if (exact >= 0) {
      return exact;
    }
    for (int i = 0; i < tags.length; i++) {
      if (tags[i].equalsIgnoreCase(language)) {
        return i;
      }
    }
    return -1;
  }

  private int exactIndexOf(String language) {
    // Linear: texts have a handful of languages, and most lookups are of the first one or two.
    for (int i = 0; i < tags.length; i++) {
      if (tags[i].equals(language)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Tells whether another object is a localized text with the same tags, as written, and texts.
   * {@code {"en": "x"}} and {@code {"EN": "x"}} are not equal: they are written differently.
   *
   * @param obj the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj || obj instanceof LocalizedText other
        && Arrays.equals(tags, other.tags) && Arrays.equals(texts, other.texts);
  }

  @Override
  public int hashCode() {
    // The hash of the map view, as Map.hashCode defines it.
    int h = 0;
    for (int i = 0; i < tags.length; i++) {
      h += tags[i].hashCode() ^ texts[i].hashCode();
    }
    return h;
  }

  /**
   * Returns a short description for debugging, such as {@code {az=Nazirlər Kabineti}}. Not meant to
   * be parsed; the JSON writer is the way to serialize a localized text.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return view.toString();
  }

  /** The texts as an unmodifiable sorted map, backed by the arrays. */
  private final class View extends AbstractMap<String, String> {

    LocalizedText owner() {
      return LocalizedText.this;
    }

    @Override
    public int size() {
      return tags.length;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return key instanceof String s && exactIndexOf(s) >= 0;
    }

    @Override
    public @Nullable String get(@Nullable Object key) {
      int at = key instanceof String s ? exactIndexOf(s) : -1;
      return at < 0 ? null : texts[at];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
      Objects.requireNonNull(action, "action");
      for (int i = 0; i < tags.length; i++) {
        action.accept(tags[i], texts[i]);
      }
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return tags.length;
        }

        @Override
        public Iterator<Map.Entry<String, String>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < tags.length;
            }

            @Override
            public Map.Entry<String, String> next() {
              if (next >= tags.length) {
                throw new NoSuchElementException();
              }
              Map.Entry<String, String> e = Map.entry(tags[next], texts[next]);
              next++;
              return e;
            }
          };
        }
      };
    }

    @Override
    public int hashCode() {
      return LocalizedText.this.hashCode();
    }
  }
}
