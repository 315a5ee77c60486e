package io.github.ogpkit.io.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.internal.format.Format;
import io.github.ogpkit.model.internal.format.ObjectType;
import io.github.ogpkit.model.internal.format.Property;
import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonBoolean;
import io.github.ogpkit.model.json.JsonNumber;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonString;
import io.github.ogpkit.model.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes the model's objects as tokens to any Jackson generator, in the format's canonical order
 * (from {@link Format}): optional properties the model holds as empty, empty optional arrays,
 * empty {@code extensions} and a false flag left out; keys of texts and extensions in ascending
 * order of UTF-16 code units; numbers exactly as {@link JsonNumber#toJson(BigDecimal)} writes
 * them. The layout is the generator's: {@link CanonicalJson} for the canonical bytes, the
 * application's own in the Jackson module. No tree is made. Internal.
 */
@API(status = INTERNAL, since = "0.1")
public final class FormatWriter {

  /** Writes numbers as their exact canonical text, for the canonical layout. */
  public static final FormatWriter CANONICAL = new FormatWriter(true);
  /**
   * Writes numbers as {@code BigDecimal}, for an application's generator, which may build a tree
   * or write another format and decides how numbers look.
   */
  public static final FormatWriter TYPED = new FormatWriter(false);

  // The names of each object type's properties, in the order of its properties, as ready UTF-8:
  // Jackson encodes a name given as a String anew every time, once per property of every object.
  private static final Map<ObjectType<?>, SerializableString[]> NAMES = names();

  private final boolean exactText;

  private static Map<ObjectType<?>, SerializableString[]> names() {
    Map<ObjectType<?>, SerializableString[]> names = new IdentityHashMap<>();
    for (ObjectType<?> type : Format.TYPES) {
      names.put(type, type.properties().stream().map(p -> new SerializedString(p.name()))
          .toArray(SerializableString[]::new));
    }
    return names;
  }

  private FormatWriter(boolean exactText) {
    this.exactText = exactText;
  }

  /**
   * Writes a plan.
   *
   * @param plan the plan
   * @param gen the generator
   */
  public void writePlan(Plan plan, JsonGenerator gen) {
    write(Format.PLAN, plan, gen);
  }

  /**
   * Writes a document of any type, by its type's description.
   *
   * @param document the document
   * @param gen the generator
   */
  public void writeDocument(Document document, JsonGenerator gen) {
    element(Format.root(document.documentType()), document, gen);
  }

  private <O> void write(ObjectType<O> type, O object, JsonGenerator gen) {
    gen.writeStartObject(object);
    List<Property<O, ?>> properties = type.properties();
    SerializableString[] names = NAMES.get(type);
    for (int i = 0; i < properties.size(); i++) {
      Property<O, ?> p = properties.get(i);
      Object value = p.get(object);
      if (value instanceof Optional<?> optional) {
        if (optional.isEmpty()) {
          continue;
        }
        value = optional.get();
      }
      if (p.presence() != Property.Presence.REQUIRED && isEmpty(p, value)) {
        // What the model holds for an absent optional array, flag or extensions: left out.
        continue;
      }
      if (names != null) {
        gen.writeName(names[i]);
      } else {
        gen.writeName(p.name());
      }
      value(p, value, gen);
    }
    gen.writeEndObject();
  }

  /**
   * Whether a value is what the model holds for an absent optional array, flag or extensions,
   * told by the property's kind rather than by testing the value against each type in turn.
   */
  private static boolean isEmpty(Property<?, ?> p, Object value) {
    switch (p.kind()) {
      case ARRAY, LANGUAGES, IDENTIFIERS, ENUM_SET:
        return ((Collection<?>) value).isEmpty();
      case EXTENSIONS:
        return value instanceof JsonObject o && o.isEmpty();
      case BOOLEAN:
        // A flag is false when absent; an optional boolean the model holds in an Optional
        // (onSchedule, starred) keeps a false that was said.
        return p.absent() != null && !((Boolean) value);
      default:
        return false;
    }
  }

  private void value(Property<?, ?> p, Object value, JsonGenerator gen) {
    switch (p.kind()) {
      case VERSION, DOCUMENT_TYPE, IDENTIFIER, COUNTRY, STRING, PROFILE, OGP_ID, CODE, LANGUAGE ->
          gen.writeString((String) value);
      case TIME_FRAME, PERIOD, NUMBER, DATE, PARTIAL_DATE, URI ->
          gen.writeString(value.toString());
      case POSITIVE_INTEGER -> gen.writeNumber((Integer) value);
      case ENUM_SET -> {
        // The model's set iterates in declaration order, the canonical order.
        Collection<?> names = (Collection<?>) value;
        gen.writeStartArray(names, names.size());
        for (Object e : names) {
          gen.writeString(((Enum<?>) e).name());
        }
        gen.writeEndArray();
      }
      case ENUM -> gen.writeString(((Enum<?>) value).name());
      case BOOLEAN -> gen.writeBoolean((Boolean) value);
      case DECIMAL -> number((BigDecimal) value, gen);
      case YEAR -> gen.writeNumber((Integer) value);
      case TEXT -> text((LocalizedText) value, gen);
      case LANGUAGES, IDENTIFIERS -> {
        List<?> tags = (List<?>) value;
        gen.writeStartArray(tags, tags.size());
        for (Object tag : tags) {
          gen.writeString((String) tag);
        }
        gen.writeEndArray();
      }
      case OBJECT -> element(p.element(), value, gen);
      case ARRAY -> {
        List<?> list = (List<?>) value;
        gen.writeStartArray(list, list.size());
        for (Object element : list) {
          element(p.element(), element, gen);
        }
        gen.writeEndArray();
      }
      case EXTENSIONS -> json((JsonValue) value, gen);
      default -> throw new IllegalStateException("no writer for " + p.kind());
    }
  }

  @SuppressWarnings("unchecked")
  private <O> void element(ObjectType<O> type, Object object, JsonGenerator gen) {
    write(type, (O) object, gen);
  }

  private void number(BigDecimal value, JsonGenerator gen) {
    if (exactText) {
      gen.writeNumber(JsonNumber.toJson(value));
    } else {
      gen.writeNumber(value);
    }
  }

  private static void text(LocalizedText text, JsonGenerator gen) {
    // LocalizedText keeps its tags in code-unit order already, the canonical order.
    Map<String, String> map = text.asMap();
    gen.writeStartObject(text, map.size());
    for (Map.Entry<String, String> e : map.entrySet()) {
      gen.writeName(e.getKey());
      gen.writeString(e.getValue());
    }
    gen.writeEndObject();
  }

  /**
   * Writes a JSON value of {@code extensions}, keys in the order the value keeps them (ascending
   * code units). The objects and arrays it is in are kept on a stack of its own, not the
   * thread's, so that the deepest value the model holds is written on a small thread stack.
   *
   * @param value the value
   * @param gen the generator
   */
  public void json(JsonValue value, JsonGenerator gen) {
    ArrayList<Iterator<?>> open = new ArrayList<>();
    // Whether each open container is an object.
    ArrayList<Boolean> objects = new ArrayList<>();
    Object next = value;
    while (true) {
      if (next instanceof Map.Entry<?, ?> member) {
        gen.writeName((String) member.getKey());
        next = member.getValue();
      }
      if (next instanceof JsonObject o) {
        gen.writeStartObject(o, o.members().size());
        open.add(o.members().entrySet().iterator());
        objects.add(true);
      } else if (next instanceof JsonArray a) {
        gen.writeStartArray(a, a.values().size());
        open.add(a.values().iterator());
        objects.add(false);
      } else if (next instanceof JsonString s) {
        gen.writeString(s.value());
      } else if (next instanceof JsonNumber n) {
        number(n.value(), gen);
      } else if (next instanceof JsonBoolean b) {
        gen.writeBoolean(b.value());
      } else {
        gen.writeNull();
      }
      // Close what is finished, then go on with the next member or element.
      next = null;
      while (!open.isEmpty()) {
        Iterator<?> it = open.get(open.size() - 1);
        if (it.hasNext()) {
          next = it.next();
          break;
        }
        open.remove(open.size() - 1);
        if (objects.remove(objects.size() - 1)) {
          gen.writeEndObject();
        } else {
          gen.writeEndArray();
        }
      }
      if (next == null) {
        return;
      }
    }
  }
}
