package io.github.ogpkit.io.internal;

import io.github.ogpkit.io.internal.FindingList.Target;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The reader's place in a document: Jackson's parser, the path of the value it is on, the count
 * of values against the limit, and the findings. It moves from token to token, skips what is not
 * bound (still reporting duplicate keys in it), and reports findings about the value at hand with
 * its path and location. Paths are kept as a stack of names and indexes and made into pointers
 * only for findings. One cursor reads one document; not thread-safe.
 */
final class Cursor {

  /** Thrown, after its finding is added, when a limit ends reading. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private final JsonParser parser;
  // The same parser when it notes escapes of surrogates (WatchingJsonFactory); null if not.
  private final WatchingJsonFactory.@Nullable Parser watched;
  private final Locator locator;
  private final FindingList findings;
  private final long maxValues;
  // The path of the value being read: a property name, or null for an array index.
  private @Nullable String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;
  private long values;

  Cursor(JsonParser parser, Locator locator, FindingList findings, long maxValues) {
    this.parser = parser;
    this.watched = parser instanceof WatchingJsonFactory.Parser p ? p : null;
    this.locator = locator;
    this.findings = findings;
    this.maxValues = maxValues;
  }

  FindingList findings() {
    return findings;
  }

  /** Counts a value, and ends reading past the limit on values. */
  void count() {
    // The finding in a method of its own keeps this one small enough to be inlined everywhere.
    if (++values > maxValues) {
      tooManyValues();
    }
  }

  private void tooManyValues() {
    findings.add(Findings.JSON_SYNTAX, Severity.ERROR, JsonPointer.root(), here(),
        String.format(Locale.ROOT, "more values than the limit of %,d (maxValues); "
            + "objects, arrays, strings, numbers, booleans and nulls each count one", maxValues));
    throw new Stop();
  }

  /** Moves to the next value, counting it; the end of an array is no value. */
  JsonToken next() {
    JsonToken t = parser.nextToken();
    if (t != JsonToken.END_ARRAY) {
      count();
    }
    return t;
  }

  /** Moves to the next property of the object and returns its name; null at the object's end. */
  @Nullable String nextName() {
    // nextName() is Jackson's quick path from one property to the next.
    return parser.nextName();
  }

  JsonToken token() {
    return parser.currentToken();
  }

  /** The text of the string or number the parser is on. */
  String text() {
    return parser.getString();
  }

  // ---------------------------------------------------------------- paths and locations

  void push(String name) {
    grow();
    names[depth++] = name;
  }

  void push(int index) {
    grow();
    names[depth] = null;
    indexes[depth++] = index;
  }

  void pop() {
    depth--;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }

  /** The depth of the path, to name an object's path later with {@link #pointer(int)}. */
  int depth() {
    return depth;
  }

  /** The path of the value being read; made only for findings. */
  JsonPointer pointer() {
    return pointer(depth);
  }

  /** The path of the value being read, cut to a depth: the path of an enclosing value. */
  JsonPointer pointer(int upTo) {
    JsonPointer p = JsonPointer.root();
    for (int i = 0; i < upTo; i++) {
      p = names[i] != null ? p.append(names[i]) : p.append(indexes[i]);
    }
    return p;
  }

  /** Where the token the parser is on starts. */
  TextLocation here() {
    return locator.at(parser.currentTokenLocation());
  }

  // ---------------------------------------------------------------- skipping

  /**
   * Reads past a value that is not bound (an unknown property, a duplicate, a value of the wrong
   * type), still reporting duplicate keys in it and counting its values. It keeps its own stack of
   * the objects and arrays it is in, not the thread's, so that the deepest document the limits
   * allow is skipped on a small thread stack.
   */
  void skip() {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return;
    }
    int base = depth;
    // For each open container: whether it is an array, its next index, the keys it has shown
    // (objects; made at the first key).
    List<@Nullable Set<String>> keys = new ArrayList<>();
    int[] next = new int[8];
    boolean[] isArray = new boolean[8];
    int open = 0;
    isArray[open++] = t == JsonToken.START_ARRAY;
    keys.add(null);
    while (open > 0) {
      JsonToken value;
      if (isArray[open - 1]) {
        push(next[open - 1]++);
        value = next();
        if (value == JsonToken.END_ARRAY) {
          pop();
          value = null;
        }
      } else {
        String name = parser.nextName();
        if (name == null) {
          value = null;
        } else {
          Set<String> seen = keys.get(open - 1);
          if (seen == null) {
            seen = new HashSet<>();
            keys.set(open - 1, seen);
          }
          if (!seen.add(name)) {
            reportDuplicate(name);
          }
          push(name);
          value = next();
        }
      }
      if (value == null) {
        // The container ended: leave it, and its place in the path of the one around it.
        keys.remove(--open);
        if (depth > base) {
          pop();
        }
      } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
        if (open == next.length) {
          next = Arrays.copyOf(next, open * 2);
          isArray = Arrays.copyOf(isArray, open * 2);
        }
        next[open] = 0;
        isArray[open++] = value == JsonToken.START_ARRAY;
        keys.add(null);
      } else {
        pop();
      }
    }
  }

  /** Reports a key that appears again (the parser is on it) and skips its value. */
  void duplicate(String name) {
    reportDuplicate(name);
    push(name);
    next();
    skip();
    pop();
  }

  /**
   * Reports a language tag of a text that differs from an earlier one only in case (the parser is
   * on it), and skips its value: tags compare without case, so it names the same language again.
   */
  void sameLanguage(String tag, String first) {
    JsonPointer path = pointer().append(tag);
    findings.addNaming(Findings.DUPLICATE_KEY, path, here(),
        new Target(pointer().append(first), true),
        at -> "key " + Text.quote(tag) + " names the language of " + Text.quote(first)
            + " again (language tags compare without case); first at line " + at.line()
            + ", column " + at.column());
    push(tag);
    next();
    skip();
    pop();
  }

  /** Reports a key that appears again; the parser is on it. */
  private void reportDuplicate(String name) {
    JsonPointer path = pointer().append(name);
    findings.addNaming(Findings.DUPLICATE_KEY, path, here(), new Target(path, true),
        first -> "key " + Text.quote(name) + " appears again; first at line " + first.line()
            + ", column " + first.column());
  }

  // ---------------------------------------------------------------- findings

  /** Reports an error about the value the parser is on. */
  void error(String rule, String message) {
    findings.add(rule, Severity.ERROR, pointer(), here(), message);
  }

  /** Reports the value the parser is on as of the wrong type, and skips it. */
  void wrongType(String expected) {
    JsonPointer p = pointer();
    findings.add(Findings.WRONG_TYPE, Severity.ERROR, p, here(),
        label(p) + " must be " + expected + ", found " + describe("the boolean "));
    skip();
  }

  /**
   * The string the parser is on; wrong-type, and null, for anything else; invalid-value, and
   * null, for a string with an unpaired surrogate.
   */
  @Nullable String string() {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return unicode(parser.getString());
    }
    wrongType("a string");
    return null;
  }

  /**
   * Checks that a string read from the document is Unicode text: an escape such as
   * {@code "\ud800"} is well-formed JSON but gives half a character, which I-JSON (RFC 7493)
   * forbids and which no UTF-8 document can hold. Raw surrogates never get here: the bytes
   * were checked as UTF-8 first. So until the parser has decoded an escape of a surrogate
   * ({@link WatchingJsonFactory}), no string needs to be scanned.
   *
   * <p>The finding's path is the cursor's: for a key, push it first. The path is made only for
   * the finding, as every path of the reader: making it for each string read tripled the
   * reader's allocation.
   *
   * @param s the string, a value or a key
   * @return the string, or null after an invalid-value finding
   */
  @Nullable String unicode(String s) {
    if (watched != null && !watched.surrogateEscaped()) {
      // No escape has given half a character so far: the string is whole characters.
      return s;
    }
    int at = unpairedSurrogate(s);
    return at < 0 ? s : unpaired(s, at);
  }

  /** Reports the unpaired surrogate at an index of a string; returns null. */
  private @Nullable String unpaired(String s, int at) {
    JsonPointer path = pointer();
    findings.add(Findings.INVALID_VALUE, Severity.ERROR, path, here(), String.format(Locale.ROOT,
        "%s holds an unpaired surrogate, \\u%04x, at character %d; text must be whole Unicode "
            + "characters (I-JSON, RFC 7493): write the character itself or both halves of its "
            + "pair", label(path), (int) s.charAt(at), at + 1));
    return null;
  }

  /** The index of the first unpaired surrogate of a string, or -1. */
  static int unpairedSurrogate(String s) {
    // A loop small enough to be inlined into every caller: almost no string has a surrogate.
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return unpairedSurrogateFrom(s, i);
      }
    }
    return -1;
  }

  /** The index of the first unpaired surrogate of a string at or after an index, or -1. */
  private static int unpairedSurrogateFrom(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Describes the value the parser is on for messages: its JSON type and, for scalars, a short
   * excerpt.
   *
   * @param booleanPrefix what comes before {@code true} or {@code false}
   * @return the description
   */
  String describe(String booleanPrefix) {
    return describe(parser, booleanPrefix);
  }

  /** Describes the value a parser is on for messages, as {@link #describe(String)}. */
  static String describe(JsonParser parser, String booleanPrefix) {
    return switch (parser.currentToken()) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + Text.quote(parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + Text.excerpt(parser.getString());
      case VALUE_TRUE -> booleanPrefix + "true";
      case VALUE_FALSE -> booleanPrefix + "false";
      case VALUE_NULL -> "null";
      default -> parser.currentToken().toString();
    };
  }

  /** Names a property for messages: {@code timeFrame}, {@code languages[1]}, {@code title.en}. */
  static String label(JsonPointer p) {
    List<String> t = p.tokens();
    if (t.isEmpty()) {
      return "the document";
    }
    String last = Text.excerpt(t.get(t.size() - 1));
    if (t.size() >= 2 && !last.isEmpty() && last.chars().allMatch(Character::isDigit)) {
      return Text.excerpt(t.get(t.size() - 2)) + "[" + last + "]";
    }
    return last;
  }
}
