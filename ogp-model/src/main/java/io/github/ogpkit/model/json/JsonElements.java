package io.github.ogpkit.model.json;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The elements of a {@link JsonArray}: an immutable list that also knows how deep its elements
 * nest and its hash code, both computed once when it is made. A record keeps nothing but its
 * components, so the array keeps them here, in the list it holds; without them, checking the
 * depth of a new array or hashing one would walk every array inside it.
 */
final class JsonElements extends AbstractList<JsonValue> implements RandomAccess {

  static final JsonElements EMPTY = new JsonElements(new JsonValue[0]);

  private final JsonValue[] elements;
  // 1 plus the depth of the deepest element: the depth of the array that holds this list.
  private final int depth;
  private final int hash;

  private JsonElements(JsonValue[] elements) {
    this.elements = elements;
    int deepest = 0;
    int h = 1;
    for (JsonValue e : elements) {
      deepest = Math.max(deepest, JsonTree.depth(e));
      // List.hashCode, from the elements' hash codes, which containers computed when made.
      h = 31 * h + e.hashCode();
    }
    this.depth = 1 + deepest;
    this.hash = h;
    JsonTree.checkDepth("array", depth);
  }

  /**
   * Copies elements, or returns them if they are already such a list.
   *
   * @param values the elements, not null, no null elements
   * @return the list, not null
   * @throws IllegalArgumentException if an array would nest deeper than
   *     {@link JsonValue#MAX_DEPTH}
   */
  static JsonElements copyOf(Collection<? extends JsonValue> values) {
    if (values instanceof JsonElements e) {
      return e;
    }
    JsonValue[] copy = values.toArray(new JsonValue[0]);
    if (copy.length == 0) {
      return EMPTY;
    }
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        throw new NullPointerException("element " + i + " of a JSON array is null");
      }
    }
    return new JsonElements(copy);
  }

  int depth() {
    return depth;
  }

  @Override
  public JsonValue get(int index) {
    return elements[Objects.checkIndex(index, elements.length)];
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public Object[] toArray() {
    return elements.clone();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    // Elements compare without recursion of their own: arrays and objects compare iteratively.
    return obj == this
        || !(obj instanceof JsonElements other && other.hash != hash) && super.equals(obj);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
