package io.github.ogpkit.model.json;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.ValueParseException;
import io.github.ogpkit.model.internal.Excerpt;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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
 * writes, with {@code ~0} and {@code ~1} escapes for {@code ~} and {@code /} in tokens. It is
 * serializable as its text, which is parsed again when it is read.
 */
@API(status = STABLE, since = "0.1")
public final class JsonPointer implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final JsonPointer ROOT = new JsonPointer(null, null);

  // The tokens of the common array indexes, made once: readers and validators append an index
  // for every element of every array they visit.
  private static final String[] INDEXES = new String[1024];

  static {
    for (int i = 0; i < INDEXES.length; i++) {
      INDEXES[i] = Integer.toString(i);
    }
  }

  // A pointer is its parent plus one token, so that append is O(1) and shares the parent:
  // readers and validators make a pointer for every value of a document, and copying the token
  // list each time made that quadratic in the depth and a large share of all allocation.
  // The fields are transient: a pointer is serialized as its text (see writeReplace), so that a
  // long pointer is not a long chain of objects in the stream and a stream cannot make an invalid
  // one.
  private final transient @Nullable JsonPointer parent;
  private final transient @Nullable String token;
  private final transient int size;
  // The same value as tokens().hashCode(), computed once from the parent's.
  private final transient int hash;
  // Made on first use of tokens(); racy but safe, the list is immutable.
  private transient @Nullable List<String> tokens;

  private JsonPointer(@Nullable JsonPointer parent, @Nullable String token) {
    this.parent = parent;
    this.token = token;
    this.size = parent == null ? 0 : parent.size + 1;
    this.hash = parent == null ? 1 : 31 * parent.hash + token.hashCode();
  }

  private static JsonPointer fromTokens(List<String> tokens) {
    JsonPointer p = ROOT;
    for (String t : tokens) {
      p = new JsonPointer(p, t);
    }
    return p;
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
    Objects.requireNonNull(tokens, "tokens");
    JsonPointer p = ROOT;
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i] == null) {
        throw new NullPointerException("tokens[" + i + "] is null");
      }
      p = new JsonPointer(p, tokens[i]);
    }
    return p;
  }

  /**
   * Parses a pointer: empty, or {@code /} followed by tokens separated by {@code /}, in which
   * {@code ~0} stands for {@code ~} and {@code ~1} for {@code /}.
   *
   * @param text the text, not null
   * @return the pointer, not null
   * @throws ValueParseException if the text does not start with {@code /} or has a {@code ~}
   *     not followed by 0 or 1, naming the text and the index of the problem
   */
  public static JsonPointer parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (s.isEmpty()) {
      return ROOT;
    }
    if (s.charAt(0) != '/') {
      throw new ValueParseException("JSON pointer " + Excerpt.quote(s, 60)
          + " does not start with /: a pointer is empty (the whole document) or a / before each"
          + " token, such as /sections/0/title", s, 0);
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
          throw new ValueParseException("JSON pointer " + Excerpt.quote(s, 60) + " has ~ at index "
              + i + " not followed by 0 or 1; ~0 stands for ~ and ~1 for / in a token", s, i);
        }
        token.append(next == '0' ? '~' : '/');
        i++;
      } else {
        token.append(c);
      }
    }
    return fromTokens(tokens);
  }

  /**
   * Returns a pointer one property deeper. This instance is immutable and unaffected.
   *
   * @param property the unescaped property name, not null
   * @return the new pointer, not null
   */
  public JsonPointer append(String property) {
    return new JsonPointer(this, Objects.requireNonNull(property, "property"));
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
    return append(index < INDEXES.length ? INDEXES[index] : Integer.toString(index));
  }

  /**
   * Returns the unescaped reference tokens.
   *
   * @return the tokens, immutable, empty for the root
   */
  public List<String> tokens() {
    List<String> t = tokens;
    if (t == null) {
      String[] all = new String[size];
      for (JsonPointer p = this; p.parent != null; p = p.parent) {
        all[p.size - 1] = p.token;
      }
      t = List.of(all);
      tokens = t;
    }
    return t;
  }

  /**
   * Tells whether this is the empty pointer.
   *
   * @return true for the whole document
   */
  public boolean isRoot() {
    return parent == null;
  }

  /**
   * Returns the pointer to the containing value.
   *
   * @return the parent, or empty for the root
   */
  public Optional<JsonPointer> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Returns the last token.
   *
   * @return the last token, or empty for the root
   */
  public Optional<String> last() {
    return Optional.ofNullable(token);
  }

  /**
   * Tells whether this pointer is another or one of its ancestors.
   *
   * @param other the other pointer, not null
   * @return true if {@code other} starts with all of this pointer's tokens
   */
  public boolean isPrefixOf(JsonPointer other) {
    Objects.requireNonNull(other, "other");
    JsonPointer p = other;
    while (p.size > size) {
      p = p.parent;
    }
    return equals(p);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof JsonPointer other) || other.hash != hash || other.size != size) {
      return false;
    }
    JsonPointer a = this;
    JsonPointer b = other;
    // Pointers made from the same parent share it, so the walk usually stops early.
    while (a != b) {
      if (!a.token.equals(b.token)) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns the RFC 6901 text: {@code /sections/4/measures/6}, or the empty string for the root.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (String token : tokens()) {
      out.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /**
   * Serializes the pointer as its text.
   *
   * @return the serialized form, not null
   */
  private Object writeReplace() {
    return new Serialized(toString());
  }

  /**
   * Refuses a pointer read in any other form than its text: writeReplace never writes one, so
   * such a stream was made by hand, and its pointer would have no tokens.
   *
   * @return nothing
   * @throws InvalidObjectException always
   */
  private Object readResolve() throws InvalidObjectException {
    throw new InvalidObjectException("a JsonPointer is serialized as its text");
  }

  /**
   * The serialized form of a pointer: its RFC 6901 text.
   *
   * @param text the text, not null
   */
  private record Serialized(String text) implements Serializable {

    /**
     * Parses the text again, so that what is read is a valid pointer.
     *
     * @return the pointer, not null
     * @throws InvalidObjectException if the text is not a pointer
     */
    private Object readResolve() throws InvalidObjectException {
      try {
        return parse(text);
      } catch (IllegalArgumentException | NullPointerException e) {
        InvalidObjectException invalid = new InvalidObjectException(
            "not a JSON pointer: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }
}
