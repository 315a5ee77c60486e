package io.github.ogpkit.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.internal.Excerpt;
import io.github.ogpkit.model.internal.MessageBundles;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The messages of findings in one language: English, or Azerbaijani for a locale whose language
 * is {@code az}. Internal.
 *
 * <p>The bundles are loaded explicitly, as UTF-8 by {@link MessageBundles}, rather than through
 * {@link ResourceBundle#getBundle}: its fallback to the JVM's default locale would turn an English
 * request into Azerbaijani messages on a machine whose default locale is {@code az}, and its
 * {@code Control} to prevent that is unavailable to named modules.
 */
@API(status = INTERNAL, since = "0.1")
public final class Messages {

  /** The longest value a message quotes, in characters. */
  static final int EXCERPT = 100;

  /** The resource name of the English bundle, relative to this class. */
  public static final String ENGLISH_BUNDLE = "messages.properties";
  /** The resource name of the Azerbaijani bundle, relative to this class. */
  public static final String AZERBAIJANI_BUNDLE = "messages_az.properties";

  private static final Messages ENGLISH = new Messages(Locale.ENGLISH, load(ENGLISH_BUNDLE));
  private static final Messages AZERBAIJANI =
      new Messages(Locale.forLanguageTag("az"), load(AZERBAIJANI_BUNDLE));

  /** The languages there are messages in, as language subtags: en, az. */
  public static final List<String> LANGUAGES =
      List.of(ENGLISH.locale.getLanguage(), AZERBAIJANI.locale.getLanguage());

  private final Locale locale;
  private final ResourceBundle bundle;
  // Each pattern is parsed once, on first use: making a MessageFormat for every finding parsed
  // the pattern every time, a large share of validating a plan with few findings.
  private final Map<String, Template> templates = new ConcurrentHashMap<>();

  private Messages(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /**
   * Returns messages from any bundle, for the tests of the formatting.
   *
   * @param locale the locale, not null
   * @param bundle the bundle, not null
   * @return the messages, not null
   */
  static Messages of(Locale locale, ResourceBundle bundle) {
    return new Messages(Objects.requireNonNull(locale, "locale"),
        Objects.requireNonNull(bundle, "bundle"));
  }

  /**
   * Returns the messages for a locale: Azerbaijani if its language is {@code az}, else English.
   *
   * @param locale the locale, not null
   * @return the messages, not null
   */
  public static Messages forLocale(Locale locale) {
    return MessageBundles.isAzerbaijani(locale) ? AZERBAIJANI : ENGLISH;
  }

  /**
   * Loads a bundle of this package as UTF-8 ({@link MessageBundles#load}).
   *
   * @param resource the resource name relative to this class, not null
   * @return the bundle, not null
   * @throws MissingResourceException if there is no such bundle
   */
  public static ResourceBundle load(String resource) {
    // This class opens the stream: getResourceAsStream is caller-sensitive, and ogp-model cannot
    // open a resource of this module's package.
    return MessageBundles.load(Messages.class, resource,
        Messages.class.getResourceAsStream(resource));
  }

  /**
   * Returns the locale of the messages.
   *
   * @return {@code en} or {@code az}, not null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Formats a message.
   *
   * @param key the key, not null
   * @param args the values it names, already as text
   * @return the message, not null
   * @throws MissingResourceException if the key is missing
   */
  public String format(String key, Object... args) {
    Object[] safe = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      // Values come from the plan, which came from whoever sent it: a message quotes them
      // escaped and shortened, so that it is always one harmless line of bounded length. A
      // sentence of another library keeps its own quotes and backslashes.
      Object arg = args[i];
      safe[i] = arg instanceof Number ? arg
          : arg instanceof Sentence sentence ? Excerpt.scrub(sentence.text(), EXCERPT)
          : excerpt(String.valueOf(arg));
    }
    return templates.computeIfAbsent(key, this::compile).format(safe);
  }

  /**
   * A sentence written elsewhere (Hibernate Validator's wording of a constraint), named in a
   * message: escaped as values are, but for the quotes and backslashes it uses itself.
   *
   * @param text the sentence, not null
   */
  @API(status = INTERNAL, since = "0.1")
  public record Sentence(String text) {

    /**
     * Creates a sentence.
     *
     * @param text the sentence, not null
     */
    public Sentence {
      Objects.requireNonNull(text, "text");
    }
  }

  private Template compile(String key) {
    return Template.of(bundle.getString(key), locale);
  }

  /**
   * Escapes and shortens a value for a message as every module does ({@link Excerpt}): at most
   * 100 characters (then {@code ...}), never half a surrogate pair; {@code "} and {@code \}, control
   * characters (C0, DEL, C1), line and paragraph separators, invisible format characters
   * (bidirectional overrides, zero-width characters, U+FEFF) and unpaired surrogates escaped.
   *
   * @param s the value, not null
   * @return the excerpt, not null
   */
  public static String excerpt(String s) {
    return Excerpt.excerpt(s, EXCERPT);
  }

  /**
   * Returns a message without arguments, such as a role's name.
   *
   * @param key the key, not null
   * @return the text, not null
   * @throws MissingResourceException if the key is missing
   */
  public String text(String key) {
    return bundle.getString(key);
  }

  /**
   * A message pattern, parsed: its literal texts and, between them, the indexes of the values
   * they name. It formats exactly as {@link MessageFormat} does, and is derived from it: the
   * pattern is formatted once with markers for values, and the text between the markers is the
   * literal text, quotes resolved. A pattern with a format type ({@code {0,number}}), or that
   * contains the markers, and values that are not text, are left to {@link MessageFormat}.
   */
  private static final class Template {

    private static final char START = '\uE000';
    private static final char END = '\uE001';

    private final String pattern;
    private final Locale locale;
    // literals[0] value[indexes[0]] literals[1] ... literals[n]; null when MessageFormat formats.
    private final String @Nullable [] literals;
    private final int @Nullable [] indexes;

    private Template(String pattern, Locale locale, String @Nullable [] literals,
        int @Nullable [] indexes) {
      this.pattern = pattern;
      this.locale = locale;
      this.literals = literals;
      this.indexes = indexes;
    }

    static Template of(String pattern, Locale locale) {
      MessageFormat format = new MessageFormat(pattern, locale);
      Format[] formats = format.getFormatsByArgumentIndex();
      boolean plain = pattern.indexOf(START) < 0 && pattern.indexOf(END) < 0;
      Object[] markers = new Object[formats.length];
      for (int i = 0; i < formats.length; i++) {
        plain &= formats[i] == null;
        markers[i] = START + Integer.toString(i) + END;
      }
      if (!plain) {
        return new Template(pattern, locale, null, null);
      }
      String marked = format.format(markers);
      List<String> literals = new ArrayList<>();
      List<Integer> indexes = new ArrayList<>();
      int from = 0;
      for (int start = marked.indexOf(START); start >= 0; start = marked.indexOf(START, from)) {
        int end = marked.indexOf(END, start);
        literals.add(marked.substring(from, start));
        indexes.add(Integer.parseInt(marked.substring(start + 1, end)));
        from = end + 1;
      }
      literals.add(marked.substring(from));
      return new Template(pattern, locale, literals.toArray(new String[0]),
          indexes.stream().mapToInt(Integer::intValue).toArray());
    }

    String format(Object[] values) {
      if (literals == null || !allText(values)) {
        return new MessageFormat(pattern, locale).format(values);
      }
      StringBuilder out = new StringBuilder();
      out.append(literals[0]);
      for (int i = 0; i < indexes.length; i++) {
        int index = indexes[i];
        if (index < values.length) {
          out.append((String) values[index]);
        } else {
          // What MessageFormat writes for a value that is not given.
          out.append('{').append(index).append('}');
        }
        out.append(literals[i + 1]);
      }
      return out.toString();
    }

    private static boolean allText(Object[] values) {
      for (Object value : values) {
        if (!(value instanceof String)) {
          return false;
        }
      }
      return true;
    }
  }
}
