package io.github.ogpkit.model.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.DocumentType;
import io.github.ogpkit.model.internal.format.Format;
import io.github.ogpkit.model.internal.format.ObjectType;
import io.github.ogpkit.model.internal.format.Property;
import io.github.ogpkit.model.internal.format.ValueKind;
import io.github.ogpkit.model.json.JsonPointer;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Orders JSON Pointers into a document of the format (a plan, or, by
 * {@link #comparator(DocumentType)}, a document of another type) in the order the canonical writer writes what they
 * point at: properties in the order of the format's tables, array elements by index, keys of
 * localized texts and extensions in ascending order. A pointer comes before the pointers below it;
 * a property the format does not define comes after the defined ones of its object, by name.
 */
@API(status = STABLE, since = "0.1")
public final class DocumentOrder implements Comparator<JsonPointer> {

  private static final Map<DocumentType, DocumentOrder> INSTANCES = instances();

  private final ObjectType<?> root;

  private DocumentOrder(ObjectType<?> root) {
    this.root = root;
  }

  private static Map<DocumentType, DocumentOrder> instances() {
    Map<DocumentType, DocumentOrder> m = new EnumMap<>(DocumentType.class);
    for (DocumentType t : DocumentType.values()) {
      m.put(t, new DocumentOrder(Format.root(t)));
    }
    return m;
  }

  /**
   * Returns the comparator of pointers into plans.
   *
   * @return the comparator, not null
   */
  public static Comparator<JsonPointer> comparator() {
    return INSTANCES.get(DocumentType.PLAN);
  }

  /**
   * Returns the comparator of pointers into documents of a type: the order in which the
   * canonical writer writes a progress report, an IRM assessment, a member or a plan.
   *
   * @param type the document type, not null
   * @return the comparator, not null
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static Comparator<JsonPointer> comparator(DocumentType type) {
    return INSTANCES.get(Objects.requireNonNull(type, "type"));
  }

  @Override
  public int compare(JsonPointer a, JsonPointer b) {
    List<String> x = a.tokens();
    List<String> y = b.tokens();
    // Where the walk is: in an object of the format's type (type != null, !inArray), in an array
    // of such objects (inArray), or below anything else: a text, extensions, the language list
    // or an undefined property, where keys sort by name and indexes by number (type == null).
    ObjectType<?> type = root;
    boolean inArray = false;
    int n = Math.min(x.size(), y.size());
    for (int i = 0; i < n; i++) {
      String s = x.get(i);
      String t = y.get(i);
      if (!s.equals(t)) {
        return type == null || inArray ? compareKeys(s, t) : compareProperties(type, s, t);
      }
      if (type == null) {
        continue;
      }
      if (inArray) {
        inArray = false;
        continue;
      }
      Property<?, ?> p = type.property(s);
      if (p != null && (p.kind() == ValueKind.OBJECT || p.kind() == ValueKind.ARRAY)) {
        inArray = p.kind() == ValueKind.ARRAY;
        type = p.element();
      } else {
        type = null;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  /** Defined properties in canonical order, then undefined ones by name. */
  private static int compareProperties(ObjectType<?> type, String s, String t) {
    Property<?, ?> p = type.property(s);
    Property<?, ?> q = type.property(t);
    if (p != null && q != null) {
      return Integer.compare(p.index(), q.index());
    }
    if (p != null || q != null) {
      return p != null ? -1 : 1;
    }
    return s.compareTo(t);
  }

  /** Array indexes by number, keys by their UTF-16 code units. */
  private static int compareKeys(String s, String t) {
    int i = index(s);
    int j = index(t);
    if (i >= 0 && j >= 0) {
      return Integer.compare(i, j);
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
}
