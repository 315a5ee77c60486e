package io.github.ogpkit.io.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Says what is wrong with a JSON text in ogpkit's own words, where Jackson's parser stopped: the
 * character found and what was expected there, or the unclosed object, array or string a
 * document ends in, with where it starts. No message names a Jackson class, feature or setting.
 * When the document's bytes are at hand, the character is read from them (Jackson's message
 * may show a replacement character) and a token's problem is placed at the token's start.
 */
final class JsonSyntax {

  /** A message, and the byte offset it is about when that differs from Jackson's. */
  record Problem(String message, long byteOffset) {}

  // Jackson names a character "(code 44)", a control character "(CTRL-CHAR, code 9)".
  private static final Pattern CODE = Pattern.compile("(?:\\(|CTRL-CHAR, )code (\\d+)");
  private static final Pattern TOKEN = Pattern.compile("token '([^']*)'");
  private static final Pattern ESCAPE = Pattern.compile("character escape '(.)'");
  private static final Pattern CLOSE = Pattern.compile("close marker '(.)'");

  private JsonSyntax() {}

  /**
   * Describes a problem of the JSON text.
   *
   * @param e Jackson's exception
   * @param bytes the document, or null when it is another parser's text
   * @param length the document's length in bytes
   * @return the problem, its offset -1 when Jackson's location stands
   */
  static Problem of(JacksonException e, byte @Nullable [] bytes, int length) {
    String jackson = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    TokenStreamLocation where = e.getLocation();
    long at = where == null ? -1 : where.getByteOffset();
    if (jackson.startsWith("Unexpected end-of-input")) {
      return endOfInput(bytes, length);
    }
    if (jackson.startsWith("Unexpected close marker")) {
      String found = group(CLOSE, jackson);
      if (found == null) {
        found = jackson.contains("Array") ? "]" : "}";
      }
      String expected = jackson.contains("expected '}'") ? "}" : jackson.contains("expected ']'")
          ? "]" : null;
      return new Problem(expected != null
          ? "\"" + found + "\" where \"" + expected + "\" was expected to close the "
              + (expected.equals("}") ? "object" : "array") + openedAt(bytes, length, at)
          : "\"" + found + "\" closes no " + (found.equals("}") ? "object" : "array"), -1);
    }
    if (jackson.startsWith("Unrecognized token")) {
      String word = group(TOKEN, jackson);
      return new Problem("unrecognized word " + Text.quote(word == null ? "" : word)
          + "; a value is a string in double quotes, a number, an object, an array, true, "
          + "false or null", -1);
    }
    if (jackson.startsWith("Non-standard token")) {
      String word = group(TOKEN, jackson);
      return new Problem(Text.quote(word == null ? "" : word) + " is not a JSON number; "
          + "JSON has no NaN or Infinity", word == null || at < 0 ? -1 : at - word.length());
    }
    if (jackson.startsWith("Invalid numeric value") || jackson.contains("in numeric value")) {
      long start = numberStart(bytes, length, at);
      return new Problem(jackson.contains("Leading zeroes")
          ? "a number must not start with a zero followed by more digits"
          : "a malformed number; JSON numbers are like 12, -3, 4.5 or 6e7", start);
    }
    if (jackson.startsWith("Unrecognized character escape")) {
      String c = group(ESCAPE, jackson);
      return new Problem("\"\\" + (c == null ? "" : Text.excerpt(c)) + "\" is not an escape of "
          + "JSON; in strings write \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX",
          at < 0 ? -1 : at - 1);
    }
    if (jackson.contains("surrogate")) {
      return new Problem("a property name holds an unpaired surrogate escape; names must be "
          + "whole Unicode characters (I-JSON, RFC 7493): write the character itself or both "
          + "halves of its pair", -1);
    }
    if (jackson.startsWith("Invalid UTF-8")) {
      // Only an application's parser meets it: PlanReader checks the bytes before parsing.
      return new Problem("invalid UTF-8; the document must be UTF-8 without overlong forms or "
          + "surrogates", -1);
    }
    long start = characterStart(bytes, length, at);
    int cp = codePoint(jackson, bytes, length, start);
    String found = cp < 0 ? "the end of the document" : describe(cp);
    long moved = start == at ? -1 : start;
    if (jackson.startsWith("Illegal unquoted character")) {
      return new Problem(found + " in a string; control characters must be escaped there, as "
          + escape(cp), moved);
    }
    if (jackson.startsWith("Illegal character")) {
      return new Problem(found + " between values; only spaces, tabs and line breaks may be "
          + "there", moved);
    }
    if (jackson.contains("root-level values")) {
      return new Problem("content after the root object: " + found, moved);
    }
    return new Problem("found " + found + expected(jackson), moved);
  }

  /** What Jackson expected, in words. */
  private static String expected(String jackson) {
    if (jackson.contains("double-quote to start property name")) {
      return " where a property name in double quotes was expected";
    }
    if (jackson.contains("comma to separate Object entries")) {
      return " where a comma before the next property, or } to end the object, was expected";
    }
    if (jackson.contains("comma to separate Array entries")) {
      return " where a comma before the next element, or ] to end the array, was expected";
    }
    if (jackson.contains("colon to separate")) {
      return " where a colon after the property name was expected";
    }
    if (jackson.contains("comment")) {
      return "; JSON has no comments";
    }
    if (jackson.contains("expected a value") || jackson.contains("expected a valid value")) {
      return " where a value was expected: a string in double quotes, a number, an object, an "
          + "array, true, false or null";
    }
    return " where it is not allowed in JSON";
  }

  /** The start of the character at an offset: Jackson may point into its bytes. */
  private static long characterStart(byte @Nullable [] bytes, int length, long at) {
    if (bytes == null || at < 0 || at >= length) {
      return at;
    }
    int i = (int) at;
    while (i > 0 && (bytes[i] & 0xc0) == 0x80) {
      i--;
    }
    return i;
  }

  /** The code point at a problem: read from the bytes, else from Jackson's message; -1 if none. */
  private static int codePoint(String jackson, byte @Nullable [] bytes, int length, long at) {
    if (bytes != null && at >= 0 && at < length) {
      return codePointAt(bytes, (int) at, length);
    }
    String code = group(CODE, jackson);
    return code == null ? -1 : Integer.parseInt(code);
  }

  /** How a control character is written in a JSON string. */
  private static String escape(int cp) {
    return switch (cp) {
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      default -> String.format(Locale.ROOT, "\\u%04x", cp < 0 ? 0 : cp);
    };
  }

  /** Names a character: a visible one quoted, a control or invisible one by its code point. */
  static String describe(int cp) {
    String hex = String.format(Locale.ROOT, "U+%04X", cp);
    switch (cp) {
      case '\t' -> {
        return "a tab (" + hex + ")";
      }
      case '\n', '\r' -> {
        return "a line break (" + hex + ")";
      }
      case 0 -> {
        return "a NUL character (" + hex + ")";
      }
      case '\'' -> {
        return "a single quote (JSON strings and names take double quotes)";
      }
      case '"' -> {
        return "a double quote (" + hex + ")";
      }
      default -> {
        String s = new String(Character.toChars(cp));
        String shown = Text.excerpt(s);
        if (!shown.equals(s) || Character.isWhitespace(cp) || Character.isISOControl(cp)
            || Character.getType(cp) == Character.FORMAT) {
          return "the invisible character " + hex;
        }
        return "\"" + shown + "\" (" + hex + ")";
      }
    }
  }

  private static int codePointAt(byte[] bytes, int i, int length) {
    int b = bytes[i] & 0xff;
    if (b < 0x80) {
      return b;
    }
    // The bytes were checked as well-formed UTF-8 before parsing.
    int n = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    if (i + n > length) {
      return 0xfffd;
    }
    return new String(bytes, i, n, java.nio.charset.StandardCharsets.UTF_8).codePointAt(0);
  }

  /** The start of the number around an offset: back over digits, signs, points and exponents. */
  private static long numberStart(byte @Nullable [] bytes, int length, long at) {
    if (bytes == null || at < 0) {
      return -1;
    }
    int i = (int) Math.min(at, length);
    while (i > 0 && "0123456789+-.eE".indexOf(bytes[i - 1]) >= 0) {
      i--;
    }
    return i;
  }

  /** The document ends inside something: the innermost thing open at its end, and its start. */
  private static Problem endOfInput(byte @Nullable [] bytes, int length) {
    if (bytes == null) {
      return new Problem("the document ends before its values are closed", -1);
    }
    Open open = innermostOpen(bytes, length, length);
    if (open == null) {
      return new Problem("the document ends too early", -1);
    }
    String what = switch (open.kind) {
      case '{' -> "the object";
      case '[' -> "the array";
      default -> "the string";
    };
    String missing = switch (open.kind) {
      case '{' -> "}";
      case '[' -> "]";
      default -> "\"";
    };
    return new Problem("the document ends inside " + what + " that starts at "
        + open.where(bytes, length) + "; a closing " + missing + " is missing", -1);
  }

  private static String openedAt(byte @Nullable [] bytes, int length, long at) {
    if (bytes == null || at < 0) {
      return "";
    }
    Open open = innermostOpen(bytes, length, (int) Math.min(at, length));
    return open == null ? "" : " that starts at " + open.where(bytes, length);
  }

  /** An object, array or string open at some point of the text, and the offset of its start. */
  private record Open(char kind, int offset) {
    String where(byte[] bytes, int length) {
      io.github.ogpkit.model.report.TextLocation l =
          SourceText.locationAfter(new String(bytes, 0, offset,
              java.nio.charset.StandardCharsets.UTF_8));
      return "line " + l.line() + ", column " + l.column();
    }
  }

  /**
   * Scans the text up to an offset and returns what is open there, innermost first. Only when
   * reporting a problem: one pass over the text, strings skipped with their escapes.
   */
  private static @Nullable Open innermostOpen(byte[] bytes, int length, int upTo) {
    int[] starts = new int[16];
    char[] kinds = new char[16];
    int depth = 0;
    int stringStart = -1;
    for (int i = 0; i < upTo && i < length; i++) {
      byte b = bytes[i];
      if (stringStart >= 0) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          stringStart = -1;
        }
        continue;
      }
      if (b == '"') {
        stringStart = i;
      } else if (b == '{' || b == '[') {
        if (depth == starts.length) {
          starts = java.util.Arrays.copyOf(starts, depth * 2);
          kinds = java.util.Arrays.copyOf(kinds, depth * 2);
        }
        starts[depth] = i;
        kinds[depth++] = (char) b;
      } else if ((b == '}' || b == ']') && depth > 0) {
        depth--;
      }
    }
    if (stringStart >= 0) {
      return new Open('"', stringStart);
    }
    return depth == 0 ? null : new Open(kinds[depth - 1], starts[depth - 1]);
  }

  private static @Nullable String group(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1) : null;
  }
}
