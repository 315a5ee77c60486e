package io.github.ogpkit.tables.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.internal.MessageBundles;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apiguardian.api.API;

/**
 * The messages of the importers' findings in one language: English, or Azerbaijani for a locale
 * whose language is {@code az}. Internal.
 *
 * <p>The bundles are loaded explicitly as UTF-8 by {@link MessageBundles}, as ogp-rules loads its
 * own, rather than through {@link ResourceBundle#getBundle}, whose fallback to the JVM's default
 * locale would turn an English request into another language on a machine whose default locale
 * has a bundle. Every value is formatted as text before it reaches {@link MessageFormat} (numbers
 * with ASCII digits, no grouping), so that no message depends on the default locale.
 */
@API(status = INTERNAL, since = "0.2")
public final class TableMessages {

  /** The resource name of the English bundle, relative to this class. */
  public static final String ENGLISH_BUNDLE = "messages.properties";
  /** The resource name of the Azerbaijani bundle, relative to this class. */
  public static final String AZERBAIJANI_BUNDLE = "messages_az.properties";

  /** The English messages, the default. */
  public static final TableMessages ENGLISH =
      new TableMessages(Locale.ENGLISH, load(ENGLISH_BUNDLE));
  /** The Azerbaijani messages. */
  public static final TableMessages AZERBAIJANI =
      new TableMessages(Locale.forLanguageTag("az"), load(AZERBAIJANI_BUNDLE));

  /** The languages there are messages in, as language subtags: en, az. */
  public static final List<String> LANGUAGES = List.of("en", "az");

  private final Locale locale;
  private final ResourceBundle bundle;

  private TableMessages(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /**
   * Returns the messages for a locale: Azerbaijani if its language is {@code az}, else English.
   *
   * @param locale the locale, not null
   * @return the messages, not null
   */
  public static TableMessages forLocale(Locale locale) {
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
    return MessageBundles.load(TableMessages.class, resource,
        TableMessages.class.getResourceAsStream(resource));
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
   * Formats a message. The values are written as text: callers quote and shorten what comes
   * from the file ({@code Excerpt}); a number is written with ASCII digits.
   *
   * @param key the key, not null
   * @param args the values the pattern names as {@code {0}}, {@code {1}}, ...
   * @return the message, not null
   * @throws MissingResourceException if the key is missing
   */
  public String format(String key, Object... args) {
    Object[] text = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      text[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(text);
  }
}
