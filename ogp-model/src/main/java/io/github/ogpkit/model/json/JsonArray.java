package io.github.ogpkit.model.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A JSON array. The list is copied and immutable. An array nests at most
 * {@link JsonValue#MAX_DEPTH} levels.
 *
 * @param values the elements in order, not null, no null elements
 */
@API(status = STABLE, since = "0.1")
public record JsonArray(List<JsonValue> values) implements JsonValue {

  /** The empty array. */
  public static final JsonArray EMPTY = new JsonArray(List.of());

  /**
   * Creates a JSON array, copying the list.
   *
   * @param values the elements, not null, no null elements
   * @throws IllegalArgumentException if the array would nest deeper than
   *     {@link JsonValue#MAX_DEPTH}
   */
  public JsonArray {
    values = JsonElements.copyOf(Objects.requireNonNull(values, "values"));
  }

  /**
   * Obtains a JSON array.
   *
   * @param values the elements, not null
   * @return the JSON array, not null
   * @throws IllegalArgumentException if the array would nest deeper than
   *     {@link JsonValue#MAX_DEPTH}
   */
  public static JsonArray of(JsonValue... values) {
    return new JsonArray(Arrays.asList(Objects.requireNonNull(values, "values")));
  }

  /**
   * Obtains a JSON array from a list, copying it.
   *
   * @param values the elements, not null
   * @return the JSON array, not null
   * @throws IllegalArgumentException if the array would nest deeper than
   *     {@link JsonValue#MAX_DEPTH}
   */
  public static JsonArray of(List<? extends JsonValue> values) {
    return new JsonArray(JsonElements.copyOf(Objects.requireNonNull(values, "values")));
  }

  @Override
  public String toJson() {
    StringBuilder out = new StringBuilder();
    JsonTree.write(this, out);
    return out.toString();
  }

  /**
   * Tells whether another object is an equal JSON array: equal elements in the same order.
   *
   * @param obj the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj || obj instanceof JsonArray other && JsonTree.equal(this, other);
  }

  /**
   * Returns the hash code of the elements, as {@link List#hashCode()} defines it, computed once.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return toJson();
  }
}
