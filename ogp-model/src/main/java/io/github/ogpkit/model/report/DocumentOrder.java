package io.github.ogpkit.model.report;

import io.github.ogpkit.model.json.JsonPointer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Orders JSON Pointers into the plan format in the order the canonical writer writes what they
 * point at: properties in the order of the format's tables, array elements by index, keys of
 * localized texts and extensions in ascending order. A pointer comes before the pointers below it;
 * a property the format does not define comes after the defined ones of its object, by name.
 */
public final class DocumentOrder implements Comparator<JsonPointer> {

  private static final DocumentOrder INSTANCE = new DocumentOrder();

  private enum Shape { PLAN, ADOPTION, INSTITUTION, SECTION, MEASURE, ASSIGNMENT, INDICATOR,
    QUANTITY, PROVISION, MAP, ARRAY_OF_PLAIN }

  private static final Map<Shape, List<String>> PROPERTIES = Map.of(
      Shape.PLAN, List.of("schemaVersion", "id", "kind", "country", "title", "languages",
          "period", "adoption", "preamble", "institutions", "sections", "extensions"),
      Shape.ADOPTION, List.of("instrument", "date", "reference"),
      Shape.INSTITUTION, List.of("id", "name", "kind", "collective", "parent", "extensions"),
      Shape.SECTION, List.of("number", "title", "description", "measures", "sections",
          "provisions", "extensions"),
      Shape.MEASURE, List.of("number", "title", "description", "indicators", "institutions",
          "timeFrame", "measures", "extensions"),
      Shape.ASSIGNMENT, List.of("institution", "role"),
      Shape.INDICATOR, List.of("text", "baseline", "target"),
      Shape.QUANTITY, List.of("value", "unit", "year"),
      Shape.PROVISION, List.of("number", "text"));

  private DocumentOrder() {}

  /**
   * Returns the comparator.
   *
   * @return the comparator, not null
   */
  public static Comparator<JsonPointer> comparator() {
    return INSTANCE;
  }

  @Override
  public int compare(JsonPointer a, JsonPointer b) {
    List<String> x = a.tokens();
    List<String> y = b.tokens();
    Shape shape = Shape.PLAN;
    boolean inArray = false;
    int n = Math.min(x.size(), y.size());
    for (int i = 0; i < n; i++) {
      String s = x.get(i);
      String t = y.get(i);
      if (!s.equals(t)) {
        return compareTokens(shape, inArray, s, t);
      }
      // Descend: an array's element has the array's element shape.
      if (inArray) {
        inArray = false;
      } else {
        Shape element = elementShape(shape, s);
        inArray = element != null && isArrayProperty(shape, s);
        shape = element != null ? element : childShape(shape, s);
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  private static int compareTokens(Shape shape, boolean inArray, String s, String t) {
    if (inArray || shape == Shape.MAP || shape == Shape.ARRAY_OF_PLAIN) {
      int i = index(s);
      int j = index(t);
      if (i >= 0 && j >= 0) {
        return Integer.compare(i, j);
      }
      return s.compareTo(t);
    }
    List<String> order = PROPERTIES.get(shape);
    int i = order.indexOf(s);
    int j = order.indexOf(t);
    if (i >= 0 && j >= 0) {
      return Integer.compare(i, j);
    }
    if (i >= 0 || j >= 0) {
      return i >= 0 ? -1 : 1;
    }
    return s.compareTo(t);
  }

  private static int index(String token) {
    if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    for (int k = 0; k < token.length(); k++) {
      if (token.charAt(k) < '0' || token.charAt(k) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }

  private static boolean isArrayProperty(Shape shape, String property) {
    return switch (property) {
      case "institutions", "sections", "measures", "provisions", "indicators" -> true;
      default -> false;
    };
  }

  /** The shape of the elements of an array property, or null if the property is no such array. */
  private static Shape elementShape(Shape shape, String property) {
    return switch (shape) {
      case PLAN -> switch (property) {
        case "institutions" -> Shape.INSTITUTION;
        case "sections" -> Shape.SECTION;
        default -> null;
      };
      case SECTION -> switch (property) {
        case "measures" -> Shape.MEASURE;
        case "sections" -> Shape.SECTION;
        case "provisions" -> Shape.PROVISION;
        default -> null;
      };
      case MEASURE -> switch (property) {
        case "indicators" -> Shape.INDICATOR;
        case "institutions" -> Shape.ASSIGNMENT;
        case "measures" -> Shape.MEASURE;
        default -> null;
      };
      default -> null;
    };
  }

  /** The shape of an object-valued property's value; plain and unknown values become MAP. */
  private static Shape childShape(Shape shape, String property) {
    if (shape == Shape.PLAN && property.equals("adoption")) {
      return Shape.ADOPTION;
    }
    if (shape == Shape.PLAN && property.equals("languages")) {
      return Shape.ARRAY_OF_PLAIN;
    }
    if (shape == Shape.INDICATOR && (property.equals("baseline") || property.equals("target"))) {
      return Shape.QUANTITY;
    }
    return Shape.MAP;
  }
}
