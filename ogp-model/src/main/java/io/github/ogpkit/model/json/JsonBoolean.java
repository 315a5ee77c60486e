package io.github.ogpkit.model.json;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A JSON {@code true} or {@code false}.
 *
 * @param value the value
 */
@API(status = STABLE, since = "0.1")
public record JsonBoolean(boolean value) implements JsonValue {

  /** JSON {@code true}. */
  public static final JsonBoolean TRUE = new JsonBoolean(true);
  /** JSON {@code false}. */
  public static final JsonBoolean FALSE = new JsonBoolean(false);

  /**
   * Obtains a JSON boolean.
   *
   * @param value the value
   * @return the JSON boolean, not null
   */
  public static JsonBoolean of(boolean value) {
    return value ? TRUE : FALSE;
  }

  @Override
  public String toJson() {
    return Boolean.toString(value);
  }

  @Override
  public String toString() {
    return toJson();
  }
}
