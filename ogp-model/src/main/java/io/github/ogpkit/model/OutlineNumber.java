package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.internal.Excerpt;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The hierarchical number of a section, measure or provision as printed in a plan: positive
 * integers without leading zeros joined by dots, such as {@code 1}, {@code 4.1} or {@code 1.2.10}.
 *
 * <p>Numbers order component by component as integers, so {@code 1.2.9} comes before
 * {@code 1.2.10}, and a number comes before its children.
 *
 * <pre>{@code
 * OutlineNumber n = OutlineNumber.parse("8.11.3");
 * n.parent();                 // Optional[8.11]
 * n.isChildOf(OutlineNumber.parse("8.11")); // true
 * OutlineNumber.of(8, 12).child(1).toString(); // "8.12.1"
 * }</pre>
 *
 * <p>This class is immutable and value-based: compare instances with {@link #equals}. It is named
 * {@code OutlineNumber} so that it does not clash with {@link java.lang.Number}. Do not use it for
 * printed labels that are not numbers ({@code "Chapter Two"}): keep those in the text.
 */
@API(status = STABLE, since = "0.1")
public final class OutlineNumber implements Comparable<OutlineNumber> {

  private final int[] components;

  private OutlineNumber(int[] components) {
    this.components = components;
  }

  /**
   * Obtains a number from its components.
   *
   * @param components the components, at least one, each at least 1
   * @return the number, not null
   * @throws IllegalArgumentException if there are no components or one is not positive
   */
  public static OutlineNumber of(int... components) {
    Objects.requireNonNull(components, "components");
    if (components.length == 0) {
      throw new IllegalArgumentException("an outline number needs at least one component");
    }
    for (int i = 0; i < components.length; i++) {
      if (components[i] < 1) {
        throw new IllegalArgumentException(
            "component " + i + " of an outline number must be positive, was " + components[i]);
      }
    }
    return new OutlineNumber(components.clone());
  }

  /**
   * Parses a number such as {@code 1.2.10}. The text is strict: no leading zeros, no empty
   * components, no trailing dot, no white space, ASCII digits only.
   *
   * @param text the text to parse, not null
   * @return the number, not null
   * @throws ValueParseException if the text is not a number, naming the text and the problem
   */
  public static OutlineNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length == 0) {
      throw new ValueParseException("outline number \"\" is empty", text, 0);
    }
    // One pass: most numbers have one to three components. The problems are found in the order
    // of the text: a component's own (empty, leading zero, too large) at the dot or end after it.
    int[] parts = new int[4];
    int part = 0;
    int start = 0;
    long value = 0;
    for (int i = 0; i <= length; i++) {
      char c = i == length ? '.' : text.charAt(i);
      if (c == '.') {
        checkComponent(text, start, i, value);
        if (part == parts.length) {
          parts = Arrays.copyOf(parts, part * 2);
        }
        parts[part++] = (int) value;
        value = 0;
        start = i + 1;
      } else if (c >= '0' && c <= '9') {
        // Saturates instead of overflowing: the component's check reports it at its end.
        value = Math.min(value * 10 + (c - '0'), Integer.MAX_VALUE + 1L);
      } else {
        throw new ValueParseException(
            "outline number " + ValueParseException.quote(text) + " has " + describe(text, i)
                + " at index " + i + "; expected digits joined by dots, such as 1.2.10",
            text, i);
      }
    }
    return new OutlineNumber(part == parts.length ? parts : Arrays.copyOf(parts, part));
  }

  /** Checks a component, the digits between start and end, whose value is given. */
  private static void checkComponent(CharSequence text, int start, int end, long value) {
    if (start == end) {
      String where = start == 0 ? "starts with a dot"
          : end == text.length() ? "ends with a dot" : "has an empty component";
      throw new ValueParseException(
          "outline number " + ValueParseException.quote(text) + " " + where, text, start);
    }
    if (text.charAt(start) == '0') {
      String problem = end - start == 1 ? "has a zero component" : "has a leading zero";
      throw new ValueParseException(
          "outline number " + ValueParseException.quote(text) + " " + problem
              + "; components are positive integers without leading zeros", text, start);
    }
    if (value > Integer.MAX_VALUE) {
      throw new ValueParseException(
          "outline number " + ValueParseException.quote(text) + " has a component larger than "
              + Integer.MAX_VALUE, text, start);
    }
  }

  /** Names the character at an index, the whole code point when it is a surrogate pair. */
  private static String describe(CharSequence text, int index) {
    int c = Character.codePointAt(text, index);
    if (Character.isWhitespace(c)) {
      return "white space";
    }
    return Character.isISOControl(c)
        ? String.format(Locale.ROOT, "the control character U+%04X", c)
        : "'" + Excerpt.excerpt(new String(Character.toChars(c)), 2) + "'";
  }

  /**
   * Returns the number of components: 1 for {@code 4}, 3 for {@code 1.2.10}.
   *
   * @return the depth, at least 1
   */
  public int depth() {
    return components.length;
  }

  /**
   * Returns one component.
   *
   * @param index zero-based, less than {@link #depth()}
   * @return the component, at least 1
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public int component(int index) {
    Objects.checkIndex(index, components.length);
    return components[index];
  }

  /**
   * Returns the components as an immutable list.
   *
   * @return the components, not null, not empty
   */
  public List<Integer> components() {
    return Arrays.stream(components).boxed().collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the last component: {@code 10} for {@code 1.2.10}.
   *
   * @return the last component, at least 1
   */
  public int last() {
    return components[components.length - 1];
  }

  /**
   * Returns the parent number: {@code 1.2} for {@code 1.2.10}, nothing for a one-component number.
   *
   * @return the parent, not null
   */
  public Optional<OutlineNumber> parent() {
    if (components.length == 1) {
      return Optional.empty();
    }
    return Optional.of(new OutlineNumber(Arrays.copyOf(components, components.length - 1)));
  }

  /**
   * Returns the number of a child: {@code 8.11} for {@code 8.child(11)}. This instance is
   * immutable and unaffected.
   *
   * @param component the child's last component, at least 1
   * @return the child's number, not null
   * @throws IllegalArgumentException if the component is not positive
   */
  public OutlineNumber child(int component) {
    if (component < 1) {
      throw new IllegalArgumentException("a child component must be positive, was " + component);
    }
    int[] child = Arrays.copyOf(components, components.length + 1);
    child[components.length] = component;
    return new OutlineNumber(child);
  }

  /**
   * Tells whether this number is a direct child of another: its number plus exactly one component.
   *
   * @param parent the candidate parent, not null
   * @return true if {@code parent.child(this.last()).equals(this)}
   */
  public boolean isChildOf(OutlineNumber parent) {
    Objects.requireNonNull(parent, "parent");
    return components.length == parent.components.length + 1 && startsWith(parent);
  }

  /**
   * Tells whether this number starts with all the components of another, or equals it.
   *
   * @param prefix the candidate ancestor, not null
   * @return true if this number is {@code prefix} or lies below it
   */
  public boolean startsWith(OutlineNumber prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.components.length > components.length) {
      return false;
    }
    // A loop rather than Arrays.equals over a range, whose setup cost more than comparing the
    // two or three components of a number: the numbering rules ask this of every part of a plan.
    for (int i = 0; i < prefix.components.length; i++) {
      if (components[i] != prefix.components[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Compares numbers component by component as integers; a number comes before its children.
   *
   * @param other the other number, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(OutlineNumber other) {
    return Arrays.compare(components, other.components);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return this == obj
        || obj instanceof OutlineNumber other && Arrays.equals(components, other.components);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(components);
  }

  /**
   * Returns the number as printed, without a trailing dot: {@code 1.2.10}. {@link #parse} reads
   * it back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < components.length; i++) {
      if (i > 0) {
        out.append('.');
      }
      out.append(components[i]);
    }
    return out.toString();
  }
}
