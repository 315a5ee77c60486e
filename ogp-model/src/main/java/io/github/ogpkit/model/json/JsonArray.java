package io.github.ogpkit.model.json;

import java.util.List;
import java.util.Objects;

/**
 * A JSON array. The list is copied and immutable.
 *
 * @param values the elements in order, not null, no null elements
 */
public record JsonArray(List<JsonValue> values) implements JsonValue {

  /** The empty array. */
  public static final JsonArray EMPTY = new JsonArray(List.of());

  /**
   * Creates a JSON array, copying the list.
   *
   * @param values the elements, not null, no null elements
   */
  public JsonArray {
    values = List.copyOf(Objects.requireNonNull(values, "values"));
  }

  /**
   * Obtains a JSON array.
   *
   * @param values the elements, not null
   * @return the JSON array, not null
   */
  public static JsonArray of(JsonValue... values) {
    return new JsonArray(List.of(values));
  }

  /**
   * Obtains a JSON array from a list, copying it.
   *
   * @param values the elements, not null
   * @return the JSON array, not null
   */
  public static JsonArray of(List<? extends JsonValue> values) {
    return new JsonArray(List.copyOf(values));
  }

  @Override
  public String toJson() {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(values.get(i).toJson());
    }
    return out.append(']').toString();
  }

  @Override
  public String toString() {
    return toJson();
  }
}
