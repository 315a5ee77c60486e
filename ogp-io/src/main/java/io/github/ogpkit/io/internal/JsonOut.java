package io.github.ogpkit.io.internal;

import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonBoolean;
import io.github.ogpkit.model.json.JsonNull;
import io.github.ogpkit.model.json.JsonNumber;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonString;
import io.github.ogpkit.model.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes the canonical JSON layout: two-space indentation, every non-empty object and array with
 * one member or element a line, {@code "name": value}, {@code \n} line ends. The caller decides
 * the order of members by passing ordered maps. Internal.
 *
 * <p>Values are {@link Map} (ordered), {@link List}, {@link String}, {@link Boolean},
 * {@link Integer}, {@link BigDecimal} and {@link JsonValue}.
 */
public final class JsonOut {

  private final StringBuilder out = new StringBuilder(1024);

  private JsonOut() {}

  /**
   * Writes a value as a document with a final newline.
   *
   * @param value the value
   * @return the text
   */
  public static String document(Object value) {
    return value(value, 0) + "\n";
  }

  /**
   * Writes a value starting at an indentation level, without a final newline.
   *
   * @param value the value
   * @param level the indentation level of the line the value starts on
   * @return the text
   */
  public static String value(Object value, int level) {
    JsonOut w = new JsonOut();
    w.write(value, level);
    return w.out.toString();
  }

  private void write(Object value, int level) {
    if (value instanceof Map<?, ?> map) {
      writeObject(map, level);
    } else if (value instanceof List<?> list) {
      writeArray(list, level);
    } else if (value instanceof String s) {
      quote(s, out);
    } else if (value instanceof Boolean || value instanceof Integer) {
      out.append(value);
    } else if (value instanceof BigDecimal d) {
      out.append(number(d));
    } else if (value instanceof JsonObject o) {
      writeObject(o.members(), level);
    } else if (value instanceof JsonArray a) {
      writeArray(a.values(), level);
    } else if (value instanceof JsonString s) {
      quote(s.value(), out);
    } else if (value instanceof JsonNumber n) {
      out.append(number(n.value()));
    } else if (value instanceof JsonBoolean b) {
      out.append(b.value());
    } else if (value instanceof JsonNull) {
      out.append("null");
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName());
    }
  }

  private void writeObject(Map<?, ?> map, int level) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      out.append(first ? "\n" : ",\n");
      first = false;
      indent(level + 1);
      quote((String) e.getKey(), out);
      out.append(": ");
      write(e.getValue(), level + 1);
    }
    out.append('\n');
    indent(level);
    out.append('}');
  }

  private void writeArray(List<?> list, int level) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    boolean first = true;
    for (Object e : list) {
      out.append(first ? "\n" : ",\n");
      first = false;
      indent(level + 1);
      write(e, level + 1);
    }
    out.append('\n');
    indent(level);
    out.append(']');
  }

  private void indent(int level) {
    for (int i = 0; i < level; i++) {
      out.append("  ");
    }
  }

  /**
   * Writes a number exactly, with its scale, as the model's canonical text
   * ({@link JsonNumber#toJson(BigDecimal)}).
   *
   * @param d the number
   * @return the JSON text
   */
  public static String number(BigDecimal d) {
    return JsonNumber.toJson(d);
  }

  /**
   * Quotes a string as the canonical form does ({@link JsonString#appendJson}).
   *
   * @param s the string
   * @param out where to append
   */
  public static void quote(String s, StringBuilder out) {
    JsonString.appendJson(s, out);
  }
}
