package io.github.ogpkit.io.internal;

import java.util.Collection;
import java.util.Locale;

/** Helpers for messages: quoting excerpts safely and suggesting names. Internal. */
public final class Text {
  private static final int EXCERPT = 60;

  private Text() {}

  /**
   * Quotes text for a message: at most 60 characters, control and line-separator characters
   * escaped, and invisible format characters too (bidirectional overrides, zero-width characters,
   * U+FEFF), so that a message is always one harmless line that shows what it holds.
   *
   * @param s the text
   * @return the quoted excerpt
   */
  public static String quote(CharSequence s) {
    return "\"" + excerpt(s) + "\"";
  }

  /**
   * Escapes and shortens text for a message, without quotes.
   *
   * @param s the text
   * @return the excerpt
   */
  public static String excerpt(CharSequence s) {
    return excerpt(s, EXCERPT);
  }

  /**
   * Escapes and shortens text for a message, without quotes.
   *
   * @param s the text
   * @param max the most characters kept
   * @return the excerpt
   */
  public static String excerpt(CharSequence s, int max) {
    StringBuilder out = new StringBuilder();
    int limit = Math.min(s.length(), max);
    if (limit < s.length() && Character.isHighSurrogate(s.charAt(limit - 1))) {
      limit--;
    }
    for (int i = 0; i < limit; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (unsafe(s, i)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (limit < s.length()) {
      out.append("...");
    }
    return out.toString();
  }

  /**
   * Makes a message written elsewhere (the model's parse errors) as safe as this module's own:
   * characters {@link #excerpt(CharSequence, int)} would escape are escaped, quotes and
   * backslashes are left as they are, and the message is cut at {@code max} characters.
   *
   * @param message the message
   * @param max the most characters kept
   * @return the safe message
   */
  public static String scrub(CharSequence message, int max) {
    StringBuilder out = new StringBuilder();
    int limit = Math.min(message.length(), max);
    if (limit < message.length() && Character.isHighSurrogate(message.charAt(limit - 1))) {
      limit--;
    }
    for (int i = 0; i < limit; i++) {
      char c = message.charAt(i);
      if (unsafe(message, i)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (limit < message.length()) {
      out.append("...");
    }
    return out.toString();
  }

  private static boolean unsafe(CharSequence s, int i) {
    char c = s.charAt(i);
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029
        || Character.getType(c) == Character.FORMAT || Character.isSurrogate(c) && !paired(s, i);
  }

  private static boolean paired(CharSequence s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /**
   * Finds the defined name closest to an unknown one: equal ignoring case, or at most two edits
   * away.
   *
   * @param unknown the name found
   * @param defined the names defined
   * @return the suggestion, or null
   */
  public static String suggest(String unknown, Collection<String> defined) {
    for (String d : defined) {
      if (d.equalsIgnoreCase(unknown)) {
        return d;
      }
    }
    String best = null;
    int bestDistance = 3;
    for (String d : defined) {
      int distance = distance(unknown, d, bestDistance);
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Levenshtein distance, giving up (returning {@code cap}) once it reaches the cap. */
  static int distance(String a, String b, int cap) {
    if (Math.abs(a.length() - b.length()) >= cap) {
      return cap;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= cap) {
        return cap;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], cap);
  }
}
