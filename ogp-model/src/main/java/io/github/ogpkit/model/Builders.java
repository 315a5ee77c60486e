package io.github.ogpkit.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

  /**
   * Replaces the elements a builder holds with a copy of a list, leaving them as they were when
   * the list or one of its elements is null.
   *
   * @param held the builder's list
   * @param list the new elements
   * @param name the parameter's name
   * @throws NullPointerException naming the list or the element
   */
  static <T> void replace(List<T> held, Collection<? extends T> list, String name) {
    List<T> copy = copyOf(list, name);
    held.clear();
    held.addAll(copy);
  }

  /**
   * Copies a collection of enum constants into an unmodifiable set that iterates in declaration
   * order, with a message naming the collection when it or an element is null.
   *
   * @param values the constants
   * @param type the enum's class
   * @param name the parameter's name
   * @return the set
   * @throws NullPointerException naming the collection or saying that an element is null
   */
  static <E extends Enum<E>> Set<E> enumSet(Collection<? extends E> values, Class<E> type,
      String name) {
    Objects.requireNonNull(values, name);
    if (values.isEmpty()) {
      // Most measures have no values or areas: one shared empty set instead of two objects each.
      // As the sets made below, it answers contains(null) with false instead of throwing.
      return Collections.emptySet();
    }
    EnumSet<E> set = EnumSet.noneOf(type);
    for (E e : values) {
      if (e == null) {
        throw new NullPointerException(name + " holds null");
      }
      set.add(e);
    }
    return Collections.unmodifiableSet(set);
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
