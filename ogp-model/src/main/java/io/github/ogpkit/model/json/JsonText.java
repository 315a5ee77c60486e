package io.github.ogpkit.model.json;

import java.math.BigDecimal;
import java.util.Locale;

/** The canonical JSON text of strings and numbers; see JsonString#appendJson, JsonNumber#toJson. */
final class JsonText {

  /** Beyond this many padding zeros a number is written with an exponent, not in plain digits. */
  static final int MAX_PADDING = 100;

  private JsonText() {}

  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    quote(s, out);
    return out.toString();
  }

  static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            // An unpaired surrogate cannot be encoded in UTF-8: escape it.
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  static String number(BigDecimal d) {
    if (d.scale() >= 0 && d.scale() - d.precision() <= MAX_PADDING) {
      return d.toPlainString();
    }
    return d.toString();
  }
}
