package io.github.ogpkit.model.json;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.internal.Excerpt;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object. Key order is not significant: members are kept in ascending order of their keys'
 * UTF-16 code units ({@link String#compareTo}), the canonical order. Keys are unique.
 *
 * <p>A plan's {@code extensions} is a {@code JsonObject}; the empty object stands for "no
 * extensions", and the canonical writer omits it. An object nests at most
 * {@link JsonValue#MAX_DEPTH} levels.
 */
@API(status = STABLE, since = "0.1")
public final class JsonObject implements JsonValue {

  /** The empty object. */
  public static final JsonObject EMPTY = new JsonObject(Collections.emptySortedMap());

  private final SortedMap<String, JsonValue> members;
  // Computed once from the members' own, so that neither needs a walk of the whole value.
  private final int depth;
  private final int hash;

  private JsonObject(SortedMap<String, JsonValue> members) {
    this.members = members;
    int deepest = 0;
    for (JsonValue value : members.values()) {
      deepest = Math.max(deepest, JsonTree.depth(value));
    }
    this.depth = 1 + deepest;
    JsonTree.checkDepth("object", depth);
    // Map.hashCode, from the values' hash codes, which containers computed when made.
    this.hash = members.hashCode();
  }

  /**
   * Obtains an object from a map, copying it.
   *
   * @param members the members, not null, no null keys or values
   * @return the object, not null
   * @throws IllegalArgumentException if the object would nest deeper than
   *     {@link JsonValue#MAX_DEPTH}
   */
  public static JsonObject of(Map<String, ? extends JsonValue> members) {
    Objects.requireNonNull(members, "members");
    if (members.isEmpty()) {
      return EMPTY;
    }
    TreeMap<String, JsonValue> copy = new TreeMap<>();
    members.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "a key is null"),
        Objects.requireNonNull(value, () -> "the value of key " + Excerpt.quote(key, 60) + " is null")));
    return new JsonObject(Collections.unmodifiableSortedMap(copy));
  }

  /**
   * Starts building an object.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the members in ascending key order.
   *
   * @return an immutable sorted map, not null
   */
  public SortedMap<String, JsonValue> members() {
    return members;
  }

  /**
   * Returns one member's value.
   *
   * @param key the key, not null
   * @return the value, or empty
   */
  public Optional<JsonValue> get(String key) {
    return Optional.ofNullable(members.get(Objects.requireNonNull(key, "key")));
  }

  /**
   * Returns one member's value if it is a string.
   *
   * @param key the key, not null
   * @return the string, or empty if absent or not a string
   */
  public Optional<String> getString(String key) {
    return get(key).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
  }

  /**
   * Tells whether the object has no members.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return members.isEmpty();
  }

  /**
   * Returns a copy with a member added or replaced. This instance is immutable and unaffected.
   *
   * @param key the key, not null
   * @param value the value, not null
   * @return the new object, or this one if nothing changes
   * @throws IllegalArgumentException if the object would nest deeper than
   *     {@link JsonValue#MAX_DEPTH}
   */
  public JsonObject with(String key, JsonValue value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (value.equals(members.get(key))) {
      return this;
    }
    TreeMap<String, JsonValue> copy = new TreeMap<>(members);
    copy.put(key, value);
    return new JsonObject(Collections.unmodifiableSortedMap(copy));
  }

  int depth() {
    return depth;
  }

  @Override
  public String toJson() {
    StringBuilder out = new StringBuilder();
    JsonTree.write(this, out);
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj || obj instanceof JsonObject other && JsonTree.equal(this, other);
  }

  /**
   * Returns the hash code of the members, as {@link Map#hashCode()} defines it, computed once.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return toJson();
  }

  /** Builds a {@link JsonObject}; a later {@code put} of the same key replaces the earlier. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private final TreeMap<String, JsonValue> members = new TreeMap<>();

    private Builder() {}

    /**
     * Adds a member.
     *
     * @param key the key, not null
     * @param value the value, not null
     * @return this builder
     */
    public Builder put(String key, JsonValue value) {
      members.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds a string member.
     *
     * @param key the key, not null
     * @param value the string, not null
     * @return this builder
     */
    public Builder put(String key, String value) {
      return put(key, JsonString.of(value));
    }

    /**
     * Adds a number member.
     *
     * @param key the key, not null
     * @param value the number, not null
     * @return this builder
     */
    public Builder put(String key, BigDecimal value) {
      return put(key, JsonNumber.of(value));
    }

    /**
     * Adds a boolean member.
     *
     * @param key the key, not null
     * @param value the boolean
     * @return this builder
     */
    public Builder put(String key, boolean value) {
      return put(key, JsonBoolean.of(value));
    }

    /**
     * Builds the object.
     *
     * @return the object, not null
     * @throws IllegalArgumentException if the object would nest deeper than
     *     {@link JsonValue#MAX_DEPTH}
     */
    public JsonObject build() {
      return JsonObject.of(members);
    }
  }
}
