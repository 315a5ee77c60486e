package io.github.ogpkit.model.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The one escaping of values for messages, used by every module: a value from a document (an id,
 * a number, a text) is shown shortened and escaped, so that a message is always one line of
 * bounded length that shows what the value holds and cannot forge a log line. Internal.
 *
 * <p>Escaped as a six-character escape (backslash, {@code u}, four lower-case hex digits):
 * <ul>
 * <li>control characters: U+0000 to U+001F, U+007F to U+009F;</li>
 * <li>the line and paragraph separators U+2028 and U+2029;</li>
 * <li>invisible format characters (Unicode category Cf: bidirectional overrides, zero-width
 *     characters, U+FEFF, the soft hyphen, tag characters); one outside the Basic Multilingual
 *     Plane becomes the escapes of its two surrogates, as in JSON;</li>
 * <li>unpaired surrogates, which no character stands for.</li>
 * </ul>
 * In {@linkplain #excerpt excerpts} and {@linkplain #quote quotes}, {@code "} and {@code \} are
 * escaped too ({@code \"}, {@code \\}), so that a quoted value cannot end its quotes early and an
 * escape in the output always stands for one character of the value. Every other character,
 * including letters of every script and characters outside the Basic Multilingual Plane (emoji),
 * is kept as itself.
 *
 * <p>An excerpt keeps at most {@code max} UTF-16 code units of the value, fewer when the cut would
 * split a surrogate pair, and then ends with {@code ...}.
 */
@API(status = INTERNAL, since = "0.1")
public final class Excerpt {

  /** What shortened text ends with. */
  public static final String ELLIPSIS = "...";

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Excerpt() {}

  /**
   * Quotes a value for a message: {@code "} + {@link #excerpt(CharSequence, int)} + {@code "}.
   *
   * @param value the value, not null
   * @param max the most UTF-16 code units of the value kept, at least 2
   * @return the quoted excerpt, not null
   */
  public static String quote(CharSequence value, int max) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 5).append('"');
    append(out, value, max, true);
    return out.append('"').toString();
  }

  /**
   * Shortens and escapes a value for a message, without quotes around it.
   *
   * @param value the value, not null
   * @param max the most UTF-16 code units of the value kept, at least 2
   * @return the excerpt, not null; the value itself when nothing needs an escape or a cut
   */
  public static String excerpt(CharSequence value, int max) {
    if (value.length() <= max && isPlain(value, true)) {
      // Nearly every value is plain: an id, a number, a short text in a European script.
      return value.toString();
    }
    return append(new StringBuilder(), value, max, true).toString();
  }

  /**
   * Makes a message written elsewhere (a parse error of the model, an exception's message) as
   * safe as an excerpt: everything {@link #excerpt} escapes is escaped, except {@code "} and
   * {@code \}, which such a message uses for its own quoting and escapes.
   *
   * @param message the message, not null
   * @param max the most UTF-16 code units kept, at least 2
   * @return the safe message, not null
   */
  public static String scrub(CharSequence message, int max) {
    if (message.length() <= max && isPlain(message, false)) {
      return message.toString();
    }
    return append(new StringBuilder(), message, max, false).toString();
  }

  /**
   * Appends the excerpt of a value.
   *
   * @param out where to append, not null
   * @param value the value, not null
   * @param max the most UTF-16 code units of the value kept, at least 2
   * @param quotes whether {@code "} and {@code \} are escaped
   * @return {@code out}
   */
  public static StringBuilder append(StringBuilder out, CharSequence value, int max,
      boolean quotes) {
    if (max < 2) {
      // One code unit could not hold a surrogate pair, and cutting one in half is what this
      // class exists to avoid.
      throw new IllegalArgumentException("an excerpt keeps at least 2 characters, not " + max);
    }
    int length = value.length();
    int limit = Math.min(length, max);
    if (limit < length && Character.isHighSurrogate(value.charAt(limit - 1))
        && Character.isLowSurrogate(value.charAt(limit))) {
      limit--;
    }
    int i = 0;
    while (i < limit) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        char low = value.charAt(i + 1);
        if (Character.getType(Character.toCodePoint(c, low)) == Character.FORMAT) {
          escape(out, c);
          escape(out, low);
        } else {
          out.append(c).append(low);
        }
        i += 2;
      } else {
        if (quotes && (c == '"' || c == '\\')) {
          out.append('\\').append(c);
        } else if (needsEscape(c)) {
          escape(out, c);
        } else {
          out.append(c);
        }
        i++;
      }
    }
    if (limit < length) {
      out.append(ELLIPSIS);
    }
    return out;
  }

  /**
   * Tells whether a character on its own is escaped: a control character, a line or paragraph
   * separator, a format character of the Basic Multilingual Plane, or a surrogate (kept only as
   * half of a pair, which {@link #append} looks at first).
   */
  private static boolean needsEscape(char c) {
    return c < 0x20 || c >= 0x7f && c < 0xa0 || c == 0x2028 || c == 0x2029
        || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT;
  }

  /**
   * Tells cheaply that no character needs an escape: true if every one is printable ASCII, or
   * between U+00A0 and U+05FF but the soft hyphen U+00AD (Latin, Greek, Cyrillic, Armenian and
   * Hebrew letters), where there is no control, format or surrogate character. False does not
   * mean an escape is needed.
   */
  private static boolean isPlain(CharSequence s, boolean quotes) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= ' ' && c < '\u007f' || c >= '\u00a0' && c < '\u0600' && c != '\u00ad')
          || quotes && (c == '"' || c == '\\')) {
        return false;
      }
    }
    return true;
  }

  private static void escape(StringBuilder out, char c) {
    out.append('\\').append('u').append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
  }
}
