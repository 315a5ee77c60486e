package io.github.ogpkit.model.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON Pointer (RFC 6901) into a plan document: {@code /sections/4/measures/6/timeFrame}.
 * The empty pointer {@code ""} is the whole document.
 *
 * <pre>{@code
 * JsonPointer p = JsonPointer.root().append("sections").append(4).append("measures").append(6);
 * p.toString();                                  // "/sections/4/measures/6"
 * JsonPointer.parse("/sections/4").isPrefixOf(p); // true
 * }</pre>
 *
 * <p>This class is immutable and value-based; {@link #parse} reads back what {@link #toString}
 * writes, with {@code ~0} and {@code ~1} escapes for {@code ~} and {@code /} in tokens.
 */
public final class JsonPointer {

  private static final JsonPointer ROOT = new JsonPointer(List.of());

  private final List<String> tokens;

  private JsonPointer(List<String> tokens) {
    this.tokens = tokens;
  }

  /**
   * Returns the empty pointer, the whole document.
   *
   * @return the root pointer, not null
   */
  public static JsonPointer root() {
    return ROOT;
  }

  /**
   * Obtains a pointer from unescaped reference tokens.
   *
   * @param tokens the tokens, not null, no null elements
   * @return the pointer, not null
   */
  public static JsonPointer of(String... tokens) {
    return tokens.length == 0 ? ROOT : new JsonPointer(List.of(tokens));
  }

  /**
   * Parses a pointer: empty, or {@code /} followed by tokens separated by {@code /}, in which
   * {@code ~0} stands for {@code ~} and {@code ~1} for {@code /}.
   *
   * @param text the text, not null
   * @return the pointer, not null
   * @throws IllegalArgumentException if the text does not start with {@code /} or has a {@code ~}
   *     not followed by 0 or 1
   */
  public static JsonPointer parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (s.isEmpty()) {
      return ROOT;
    }
    if (s.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "JSON pointer \"" + s + "\" must be empty or start with '/'");
    }
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 1; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '/';
      if (c == '/') {
        tokens.add(token.toString());
        token.setLength(0);
      } else if (c == '~') {
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        if (next != '0' && next != '1') {
          throw new IllegalArgumentException("JSON pointer \"" + s + "\" has '~' at index " + i
              + " not followed by 0 or 1");
        }
        token.append(next == '0' ? '~' : '/');
        i++;
      } else {
        token.append(c);
      }
    }
    return new JsonPointer(List.copyOf(tokens));
  }

  /**
   * Returns a pointer one property deeper. This instance is immutable and unaffected.
   *
   * @param property the unescaped property name, not null
   * @return the new pointer, not null
   */
  public JsonPointer append(String property) {
    Objects.requireNonNull(property, "property");
    List<String> copy = new ArrayList<>(tokens.size() + 1);
    copy.addAll(tokens);
    copy.add(property);
    return new JsonPointer(List.copyOf(copy));
  }

  /**
   * Returns a pointer one array element deeper.
   *
   * @param index the zero-based index, not negative
   * @return the new pointer, not null
   * @throws IllegalArgumentException if the index is negative
   */
  public JsonPointer append(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("an array index must not be negative, was " + index);
    }
    return append(Integer.toString(index));
  }

  /**
   * Returns the unescaped reference tokens.
   *
   * @return the tokens, immutable, empty for the root
   */
  public List<String> tokens() {
    return tokens;
  }

  /**
   * Tells whether this is the empty pointer.
   *
   * @return true for the whole document
   */
  public boolean isRoot() {
    return tokens.isEmpty();
  }

  /**
   * Returns the pointer to the containing value.
   *
   * @return the parent, or empty for the root
   */
  public Optional<JsonPointer> parent() {
    return tokens.isEmpty() ? Optional.empty()
        : Optional.of(new JsonPointer(tokens.subList(0, tokens.size() - 1)));
  }

  /**
   * Returns the last token.
   *
   * @return the last token, or empty for the root
   */
  public Optional<String> last() {
    return tokens.isEmpty() ? Optional.empty() : Optional.of(tokens.get(tokens.size() - 1));
  }

  /**
   * Tells whether this pointer is another or one of its ancestors.
   *
   * @param other the other pointer, not null
   * @return true if {@code other} starts with all of this pointer's tokens
   */
  public boolean isPrefixOf(JsonPointer other) {
    Objects.requireNonNull(other, "other");
    return other.tokens.size() >= tokens.size()
        && other.tokens.subList(0, tokens.size()).equals(tokens);
  }

  @Override
  public boolean equals(Object obj) {
    return this == obj || obj instanceof JsonPointer other && tokens.equals(other.tokens);
  }

  @Override
  public int hashCode() {
    return tokens.hashCode();
  }

  /**
   * Returns the RFC 6901 text: {@code /sections/4/measures/6}, or the empty string for the root.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (String token : tokens) {
      out.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }
}
