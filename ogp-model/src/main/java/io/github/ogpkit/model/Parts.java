package io.github.ogpkit.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * The sub-measures of a measure, or the measures or subsections of a section: an immutable list
 * that also knows the height of its tallest part, worked out once when it is made. A record holds
 * nothing but its components, so the height is kept in the list it holds; a part's height is then
 * known from its own lists without walking the parts below, and making a plan checks its
 * nesting ({@link Nesting}) in time proportional to its parts, not to its parts times their depth.
 *
 * <p>As a {@code List} it behaves as {@link List#copyOf}'s lists do: unmodifiable, no nulls, equal
 * to and hashing as any list of the same elements.
 *
 * @param <T> {@link Measure} or {@link Section}
 */
final class Parts<T> extends AbstractList<T> implements RandomAccess {

  private static final Parts<?> EMPTY = new Parts<>(new Object[0], 0);
  // The classes of List.of's lists (one or two elements; none or three and more).
  private static final Class<?> LIST_OF_ONE = List.of(1).getClass();
  private static final Class<?> LIST_OF_MANY = List.of(1, 2, 3).getClass();

  private final Object[] elements;
  // The height of the tallest part, 0 for none: a part is 1 plus the height of its own lists.
  private final int height;

  private Parts(Object[] elements, int height) {
    this.elements = elements;
    this.height = height;
  }

  /**
   * Copies measures, or returns them if they already are such a list.
   *
   * @param measures the measures
   * @param name the parameter's name, for the message about a null
   * @return the list
   * @throws NullPointerException naming the list or the position of a null element
   */
  static List<Measure> measures(Collection<? extends Measure> measures, String name) {
    return of(measures, name);
  }

  /**
   * Copies sections, or returns them if they already are such a list.
   *
   * @param sections the sections
   * @param name the parameter's name, for the message about a null
   * @return the list
   * @throws NullPointerException naming the list or the position of a null element
   */
  static List<Section> sections(Collection<? extends Section> sections, String name) {
    return of(sections, name);
  }

  /**
   * The height of the tallest of some parts: 0 for none, 1 for parts with nothing below them.
   *
   * @param parts the measures or sections of a measure or section, which its constructor made a
   *     list of this class
   * @return the height
   */
  static int height(List<?> parts) {
    if (parts instanceof Parts<?> p) {
      return p.height;
    }
    // Not reached from the model: a part's lists are made by its constructor. Exact all the same.
    int tallest = 0;
    for (Object part : parts) {
      tallest = Math.max(tallest, heightOf(part));
    }
    return tallest;
  }

  /** The height of one measure or section: 1 plus that of its own lists. */
  private static int heightOf(Object part) {
    return part instanceof Measure m ? 1 + height(m.measures())
        : 1 + Math.max(height(((Section) part).measures()), height(((Section) part).sections()));
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> of(Collection<? extends T> parts, String name) {
    if (parts instanceof Parts<?> already) {
      return (List<T>) already;
    }
    Objects.requireNonNull(parts, name);
    if (parts.isEmpty()) {
      // Most measures have no sub-measures: no array to copy.
      return (List<T>) EMPTY;
    }
    // The array a collection gives need not be a new one: copied again, as List.copyOf does,
    // unless the collection is one of the JDK's lists whose toArray is a new Object[] (as
    // ArrayList's constructor trusts ArrayList's), as a reader's lists are.
    Object[] given = parts.toArray();
    Class<?> kind = parts.getClass();
    Object[] copy = kind == ArrayList.class || kind == LIST_OF_ONE || kind == LIST_OF_MANY
        ? given : Arrays.copyOf(given, given.length, Object[].class);
    int tallest = 0;
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        throw new NullPointerException(name + "[" + i + "] is null");
      }
      tallest = Math.max(tallest, heightOf(copy[i]));
    }
    // A collection that was emptied since isEmpty gives an empty array: still the one empty list.
    return copy.length == 0 ? (List<T>) EMPTY : new Parts<>(copy, tallest);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    return (T) elements[Objects.checkIndex(index, elements.length)];
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public boolean isEmpty() {
    return elements.length == 0;
  }

  @Override
  public Object[] toArray() {
    return elements.clone();
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < elements.length;
      }

      @Override
      @SuppressWarnings("unchecked")
      public T next() {
        if (next >= elements.length) {
          throw new NoSuchElementException();
        }
        return (T) elements[next++];
      }
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    for (Object e : elements) {
      action.accept((T) e);
    }
  }
}
