package io.github.ogpkit.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The report's headings and labels in English, or in Azerbaijani for a locale whose language is
 * {@code az}. The bundles are read explicitly, as ogp-rules reads its messages: a
 * {@code ResourceBundle} would fall back to the JVM's default locale. Internal.
 */
public final class Labels {

  private static final Labels ENGLISH = new Labels("en", load("labels.properties"));
  private static final Labels AZERBAIJANI = new Labels("az", load("labels_az.properties"));

  private final String language;
  private final Properties texts;

  private Labels(String language, Properties texts) {
    this.language = language;
    this.texts = texts;
  }

  /**
   * Returns the labels for a locale: Azerbaijani if its language is {@code az}, else English.
   *
   * @param locale the locale
   * @return the labels
   */
  public static Labels of(Locale locale) {
    return "az".equals(Objects.requireNonNull(locale, "locale").getLanguage())
        ? AZERBAIJANI : ENGLISH;
  }

  /**
   * Returns the language tag of the labels.
   *
   * @return {@code en} or {@code az}
   */
  public String language() {
    return language;
  }

  /**
   * Returns a label.
   *
   * @param key the key
   * @return the label
   * @throws IllegalArgumentException if there is no such label
   */
  public String get(String key) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("no label " + key);
    }
    return text;
  }

  /**
   * Returns a label with its {@code {0}}, {@code {1}}, ... replaced by the arguments as given.
   *
   * @param key the key
   * @param arguments the arguments, already formatted
   * @return the text
   */
  public String format(String key, String... arguments) {
    String text = get(key);
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", arguments[i]);
    }
    return text;
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
