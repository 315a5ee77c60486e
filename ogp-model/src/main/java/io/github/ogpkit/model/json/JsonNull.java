package io.github.ogpkit.model.json;

/**
 * JSON {@code null}, allowed inside {@code extensions} (nowhere else in the format).
 */
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
