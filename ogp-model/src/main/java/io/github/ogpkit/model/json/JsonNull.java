package io.github.ogpkit.model.json;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * JSON {@code null}, allowed inside {@code extensions} (nowhere else in the format).
 */
@API(status = STABLE, since = "0.1")
public record JsonNull() implements JsonValue {

  /** The JSON null. */
  public static final JsonNull INSTANCE = new JsonNull();

  @Override
  public String toJson() {
    return "null";
  }

  @Override
  public String toString() {
    return toJson();
  }
}
