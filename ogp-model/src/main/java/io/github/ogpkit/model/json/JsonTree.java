package io.github.ogpkit.model.json;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What objects and arrays share: their depth, and the walks over a whole value (equality, JSON
 * text) with a stack of their own rather than the thread's, so that a value nested
 * {@link JsonValue#MAX_DEPTH} levels deep needs no more thread stack than a flat one.
 */
final class JsonTree {

  private JsonTree() {}

  /**
   * Returns how deep a value nests: 0 for a scalar, 1 plus the deepest member or element for an
   * object or array. Constant time: objects and arrays know their depth.
   */
  static int depth(JsonValue value) {
    if (value instanceof JsonObject o) {
      return o.depth();
    }
    return value instanceof JsonArray a ? ((JsonElements) a.values()).depth() : 0;
  }

  /**
   * Refuses a container deeper than {@link JsonValue#MAX_DEPTH}.
   *
   * @param kind {@code object} or {@code array}
   * @param depth the container's depth
   */
  static void checkDepth(String kind, int depth) {
    if (depth > JsonValue.MAX_DEPTH) {
      throw new IllegalArgumentException("a JSON " + kind + " nests " + depth
          + " levels deep; JSON values nest at most " + JsonValue.MAX_DEPTH
          + " levels (JsonValue.MAX_DEPTH)");
    }
  }

  /**
   * Tells whether two values are equal: the same kind, equal scalars, objects with the same keys
   * and equal values, arrays with equal elements in the same order. Containers compare their
   * hash codes first, which they computed when they were made.
   */
  static boolean equal(JsonValue a, JsonValue b) {
    // Pairs still to compare, the second of each on top.
    ArrayDeque<JsonValue> pending = new ArrayDeque<>();
    JsonValue x = a;
    JsonValue y = b;
    while (true) {
      if (x != y) {
        if (x instanceof JsonObject ox) {
          if (!(y instanceof JsonObject oy) || ox.hashCode() != oy.hashCode()
              || ox.members().size() != oy.members().size()) {
            return false;
          }
          // Both iterate in ascending key order.
          Iterator<Map.Entry<String, JsonValue>> i = ox.members().entrySet().iterator();
          Iterator<Map.Entry<String, JsonValue>> j = oy.members().entrySet().iterator();
          while (i.hasNext()) {
            Map.Entry<String, JsonValue> e = i.next();
            Map.Entry<String, JsonValue> f = j.next();
            if (!e.getKey().equals(f.getKey())) {
              return false;
            }
            pending.push(e.getValue());
            pending.push(f.getValue());
          }
        } else if (x instanceof JsonArray ax) {
          if (!(y instanceof JsonArray ay) || ax.hashCode() != ay.hashCode()
              || ax.values().size() != ay.values().size()) {
            return false;
          }
          List<JsonValue> u = ax.values();
          List<JsonValue> v = ay.values();
          for (int k = 0; k < u.size(); k++) {
            pending.push(u.get(k));
            pending.push(v.get(k));
          }
        } else if (!x.equals(y)) {
          return false;
        }
      }
      if (pending.isEmpty()) {
        return true;
      }
      y = pending.pop();
      x = pending.pop();
    }
  }

  /** Appends the compact JSON text of a value, as {@link JsonValue#toJson()} returns it. */
  static void write(JsonValue value, StringBuilder out) {
    // The open objects and arrays: an iterator over the members or elements left, and what
    // closes the container.
    ArrayDeque<Open> open = new ArrayDeque<>();
    JsonValue next = value;
    while (true) {
      if (next != null) {
        if (next instanceof JsonObject o) {
          out.append('{');
          open.push(new Open(o.members().entrySet().iterator(), '}'));
        } else if (next instanceof JsonArray a) {
          out.append('[');
          open.push(new Open(a.values().iterator(), ']'));
        } else if (next instanceof JsonString s) {
          JsonText.quote(s.value(), out);
        } else {
          // A number, boolean or null: no container, so no recursion.
          out.append(next.toJson());
        }
        next = null;
      }
      Open top = open.peek();
      if (top == null) {
        return;
      }
      if (!top.rest.hasNext()) {
        out.append(top.close);
        open.pop();
        continue;
      }
      if (top.started) {
        out.append(',');
      }
      top.started = true;
      Object item = top.rest.next();
      if (item instanceof Map.Entry<?, ?> member) {
        JsonText.quote((String) member.getKey(), out);
        out.append(':');
        next = (JsonValue) member.getValue();
      } else {
        next = (JsonValue) item;
      }
    }
  }

  /** An object or array being written. */
  private static final class Open {
    final Iterator<?> rest;
    final char close;
    boolean started;

    Open(Iterator<?> rest, char close) {
      this.rest = rest;
      this.close = close;
    }
  }
}
