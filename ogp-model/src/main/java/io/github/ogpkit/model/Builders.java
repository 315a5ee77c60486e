package io.github.ogpkit.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the builders and records share: naming every missing required property at once, and
 * naming a null element of a list.
 */
final class Builders {
  private Builders() {}

  /**
   * Copies a list into an immutable one, as {@link List#copyOf} does, naming the list, or the
   * position of a null element, when one is null.
   *
   * @param list the list
   * @param name the parameter's name
   * @return the immutable copy, or the list itself if it is one
   * @throws NullPointerException naming the list or the element
   */
  static <T> List<T> copyOf(Collection<? extends T> list, String name) {
    Objects.requireNonNull(list, name);
    try {
      return List.copyOf(list);
    } catch (NullPointerException e) {
      // Only now look for the element: the lists given are almost never wrong.
      int index = 0;
      for (T element : list) {
        if (element == null) {
          break;
        }
        index++;
      }
      throw new NullPointerException(name + "[" + index + "] is null");
    }
  }

  static void requireSet(String type, @Nullable Object... namesAndValues) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        missing.add((String) namesAndValues[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          type + " is missing required " + (missing.size() == 1 ? "property " : "properties ")
              + String.join(", ", missing));
    }
  }
}
