package io.github.ogpkit.model.json;

import java.util.Objects;

/**
 * A JSON string, kept exactly as given (any Unicode, including unpaired surrogates that a JSON
 * escape produced).
 *
 * @param value the string, not null
 */
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

  @Override
  public String toJson() {
    return JsonText.quote(value);
  }

  @Override
  public String toString() {
    return toJson();
  }
}
