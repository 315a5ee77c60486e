package io.github.ogpkit.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The messages of findings in one language: English, or Azerbaijani for a locale whose language
 * is {@code az}. Internal.
 *
 * <p>The bundles are loaded explicitly rather than through {@link ResourceBundle#getBundle}:
 * its fallback to the JVM's default locale would turn an English request into Azerbaijani
 * messages on a machine whose default locale is {@code az}, and its {@code Control} to prevent that
 * is unavailable to named modules.
 */
public final class Messages {

  /** The resource name of the English bundle, relative to this class. */
  public static final String ENGLISH_BUNDLE = "messages.properties";
  /** The resource name of the Azerbaijani bundle, relative to this class. */
  public static final String AZERBAIJANI_BUNDLE = "messages_az.properties";

  private static final Messages ENGLISH = new Messages(Locale.ENGLISH, load(ENGLISH_BUNDLE));
  private static final Messages AZERBAIJANI =
      new Messages(Locale.forLanguageTag("az"), load(AZERBAIJANI_BUNDLE));

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /**
   * Returns the messages for a locale: Azerbaijani if its language is {@code az}, else English.
   *
   * @param locale the locale, not null
   * @return the messages, not null
   */
  public static Messages forLocale(Locale locale) {
    return Objects.requireNonNull(locale, "locale").getLanguage().equals("az") ? AZERBAIJANI
        : ENGLISH;
  }

  /**
   * Loads a bundle of this package as UTF-8.
   *
   * @param resource the resource name relative to this class, not null
   * @return the bundle, not null
   */
  public static ResourceBundle load(String resource) {
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new MissingResourceException("missing message bundle " + resource,
            Messages.class.getName(), resource);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return new PropertyResourceBundle(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + resource, e);
    }
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
    return new MessageFormat(bundle.getString(key), locale).format(args);
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
}
