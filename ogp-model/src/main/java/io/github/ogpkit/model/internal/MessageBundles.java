package io.github.ogpkit.model.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The one loading of the modules' message bundles (ogp-rules' findings, ogp-tables' import
 * findings), and the one choice of their language: Azerbaijani for a locale whose language is
 * {@code az}, else English. Internal.
 *
 * <p>A bundle is read explicitly as UTF-8 rather than through {@link ResourceBundle#getBundle},
 * whose fallback to the JVM's default locale would turn an English request into Azerbaijani on a
 * machine whose default locale is {@code az}.
 *
 * <p>Each module opens its own bundle, with {@code Owner.class.getResourceAsStream(resource)},
 * and hands the stream here: {@link Class#getResourceAsStream} is caller-sensitive, and a class of
 * this module cannot open a resource in another named module's package that is not opened to it.
 */
@API(status = INTERNAL, since = "0.2")
public final class MessageBundles {

  /** The language subtag of Azerbaijani, the one language besides English. */
  private static final String AZERBAIJANI = "az";

  private MessageBundles() {}

  /**
   * Reads a bundle as UTF-8 from a stream its owner opened, and closes the stream.
   *
   * @param owner the class the resource name is relative to, which opened the stream; named by a
   *     missing bundle's exception; not null
   * @param resource the resource name relative to {@code owner}, not null
   * @param in the stream {@code owner.getResourceAsStream(resource)} returned: null if there is
   *     no such resource
   * @return the bundle, not null
   * @throws MissingResourceException if {@code in} is null: {@code missing message bundle} and the
   *     resource name
   * @throws UncheckedIOException if the stream cannot be read or closed: {@code cannot read message
   *     bundle} and the resource name
   */
  public static ResourceBundle load(Class<?> owner, String resource, @Nullable InputStream in) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(resource, "resource");
    try (InputStream stream = in) {
      if (stream == null) {
        throw new MissingResourceException("missing message bundle " + resource,
            owner.getName(), resource);
      }
      try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
        return new PropertyResourceBundle(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + resource, e);
    }
  }

  /**
   * Tells whether a locale's messages are the Azerbaijani ones: whether its language is
   * {@code az}, whatever its script, region or case. Every other locale, the root locale too, has
   * the English messages.
   *
   * @param locale the locale, not null
   * @return true for Azerbaijani, false for English
   */
  public static boolean isAzerbaijani(Locale locale) {
    return Objects.requireNonNull(locale, "locale").getLanguage().equals(AZERBAIJANI);
  }
}
