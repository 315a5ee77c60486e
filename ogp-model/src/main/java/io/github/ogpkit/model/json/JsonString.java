package io.github.ogpkit.model.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A JSON string, kept exactly as given (any Unicode, including unpaired surrogates that a JSON
 * escape produced).
 *
 * @param value the string, not null
 */
@API(status = STABLE, since = "0.1")
public record JsonString(String value) implements JsonValue {

  /**
   * Creates a JSON string.
   *
   * @param value the string, not null
   */
  public JsonString {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Obtains a JSON string.
   *
   * @param value the string, not null
   * @return the JSON string, not null
   */
  public static JsonString of(String value) {
    return new JsonString(value);
  }

  /**
   * Returns the canonical JSON text of the string: {@code "} and {@code \} escaped, control
   * characters U+0000 to U+001F escaped ({@code \n}, {@code \r}, {@code \t}, {@code \b},
   * {@code \f}, otherwise {@code \}{@code u00xx}), unpaired surrogates escaped the same way so
   * that the text is well-formed UTF-8, everything else as itself.
   */
  @Override
  public String toJson() {
    return JsonText.quote(value);
  }

  /**
   * Appends the canonical JSON text of a string, as {@link #toJson()} writes it, without making a
   * {@code JsonString}. Writers of the canonical form use this.
   *
   * @param s the string, not null
   * @param out where to append, not null
   */
  public static void appendJson(String s, StringBuilder out) {
    JsonText.quote(Objects.requireNonNull(s, "s"), Objects.requireNonNull(out, "out"));
  }

  @Override
  public String toString() {
    return toJson();
  }
}
