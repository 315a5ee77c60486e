package io.github.ogpkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.DocumentSchemas;
import io.github.ogpkit.model.DocumentType;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.PartialDate;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.internal.format.Format;
import io.github.ogpkit.model.internal.format.ObjectType;
import io.github.ogpkit.model.internal.format.Property;
import io.github.ogpkit.model.internal.format.Property.Presence;
import io.github.ogpkit.model.internal.format.ValueKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas say what the format's description says: for every document type, and every
 * object type its documents hold, the same properties in the same order, the same required ones,
 * and for each property a schema of its kind. The schemas are written by hand for people; this
 * keeps them in step with the one description.
 */
class SchemaMatchesFormatTest {

  /** Each document type with every object type reachable from its root. */
  static Stream<Arguments> types() {
    return Arrays.stream(DocumentType.values()).flatMap(d -> reachable(Format.root(d)).stream()
        .map(t -> Arguments.of(d, t)));
  }

  private static Set<ObjectType<?>> reachable(ObjectType<?> root) {
    Set<ObjectType<?>> seen = new LinkedHashSet<>();
    List<ObjectType<?>> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      ObjectType<?> t = todo.remove(todo.size() - 1);
      if (seen.add(t)) {
        for (Property<?, ?> p : t.properties()) {
          if (p.kind() == ValueKind.OBJECT || p.kind() == ValueKind.ARRAY) {
            todo.add(p.element());
          }
        }
      }
    }
    return seen;
  }

  @Test
  void everyObjectTypeIsInTheSchemaOfSomeDocumentType() {
    Set<ObjectType<?>> all = new LinkedHashSet<>();
    for (DocumentType d : DocumentType.values()) {
      all.addAll(reachable(Format.root(d)));
    }
    assertThat(all).containsExactlyInAnyOrderElementsOf(Format.TYPES);
  }

  private static JsonNode defs(DocumentType document) {
    return JsonMapper.shared().readTree(DocumentSchemas.text(document)).get("$defs");
  }

  /** The definition's name: the noun in camel case ("progress entry": ProgressEntry). */
  private static String defName(ObjectType<?> type) {
    StringBuilder b = new StringBuilder();
    for (String word : type.noun().split(" ")) {
      b.append(word.substring(0, 1).toUpperCase(Locale.ROOT))
          .append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  private static JsonNode def(DocumentType document, ObjectType<?> type) {
    JsonNode def = defs(document).get(defName(type));
    assertThat(def).as("%s: $defs/%s", document, defName(type)).isNotNull();
    return def;
  }

  @ParameterizedTest
  @MethodSource("types")
  void theSchemaHasTheSamePropertiesInTheSameOrder(DocumentType document, ObjectType<?> type) {
    List<String> names = new ArrayList<>(def(document, type).get("properties").propertyNames());
    assertThat(names).isEqualTo(type.names());
    assertThat(def(document, type).get("additionalProperties").asBoolean()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("types")
  void theSchemaRequiresWhatTheFormatRequires(DocumentType document, ObjectType<?> type) {
    List<String> required = new ArrayList<>();
    def(document, type).get("required").forEach(n -> required.add(n.asString()));
    assertThat(required).isEqualTo(type.properties().stream()
        .filter(p -> p.presence() == Presence.REQUIRED).map(Property::name).toList());
    for (Property<?, ?> p : type.properties()) {
      if (p.presence() == Presence.REQUIRED_UNLESS_ANY) {
        List<String> anyOf = new ArrayList<>();
        def(document, type).get("anyOf").forEach(n -> {
          assertThat(n.get("required").size()).isEqualTo(1);
          anyOf.add(n.get("required").get(0).asString());
        });
        List<String> group = new ArrayList<>(List.of(p.name()));
        group.addAll(p.alternatives());
        assertThat(anyOf).containsExactlyInAnyOrderElementsOf(group);
      }
      if (p.presence() == Presence.REQUIRED_UNLESS_NON_EMPTY) {
        JsonNode def = def(document, type);
        assertThat(def.at("/then/required/0").asString()).isEqualTo(p.name());
        assertThat(def.at("/if/not/required/0").asString()).isEqualTo(p.unlessName());
        assertThat(def.at("/if/not/properties/" + p.unlessName() + "/minItems").asInt())
            .isEqualTo(1);
        if (p.kind() == ValueKind.ARRAY) {
          assertThat(def.at("/then/properties/" + p.name() + "/minItems").asInt()).isEqualTo(1);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("types")
  void everyPropertysSchemaIsOfItsKind(DocumentType document, ObjectType<?> type) {
    JsonNode defs = defs(document);
    for (Property<?, ?> p : type.properties()) {
      JsonNode s = def(document, type).get("properties").get(p.name());
      String at = defName(type) + "." + p.name();
      switch (p.kind()) {
        case VERSION, COUNTRY, STRING, PERIOD -> {
          assertThat(s.get("type").asString()).as(at).isEqualTo("string");
          assertThat(s.has("pattern")).as(at).isTrue();
        }
        case IDENTIFIER -> assertThat(ref(s)).as(at).isEqualTo("Identifier");
        case TEXT -> assertThat(ref(s)).as(at).isEqualTo("LocalizedText");
        case TIME_FRAME -> assertThat(ref(s)).as(at).isEqualTo("TimeFrame");
        case NUMBER -> assertThat(ref(s)).as(at).isEqualTo("Number");
        case EXTENSIONS -> assertThat(ref(s)).as(at).isEqualTo("Extensions");
        case LANGUAGES -> {
          assertThat(s.get("type").asString()).as(at).isEqualTo("array");
          assertThat(ref(s.get("items"))).as(at).isEqualTo("LanguageTag");
          assertThat(s.get("minItems").asInt()).as(at).isEqualTo(1);
          assertThat(s.get("uniqueItems").asBoolean()).as(at).isTrue();
        }
        case DATE -> assertThat(s.get("format").asString()).as(at).isEqualTo("date");
        case PARTIAL_DATE -> {
          assertThat(s.get("type").asString()).as(at).isEqualTo("string");
          assertThat(PartialDate.parse("2016").toString()).matches(s.get("pattern").asString());
          assertThat(PartialDate.parse("2016-05").toString())
              .matches(s.get("pattern").asString());
        }
        case ENUM -> {
          JsonNode e = s.has("$ref") ? defs.get(ref(s)) : s;
          List<String> values = new ArrayList<>();
          e.get("enum").forEach(n -> values.add(n.asString()));
          assertThat(values).as(at)
              .isEqualTo(p.constants().stream().map(Enum::name).toList());
        }
        case BOOLEAN -> assertThat(s.get("type").asString()).as(at).isEqualTo("boolean");
        case DECIMAL -> assertThat(s.get("type").asString()).as(at).isEqualTo("number");
        case YEAR -> {
          assertThat(s.get("type").asString()).as(at).isEqualTo("integer");
          assertThat(s.get("minimum").asInt()).as(at).isEqualTo(TimeFrame.MIN_YEAR);
          assertThat(s.get("maximum").asInt()).as(at).isEqualTo(TimeFrame.MAX_YEAR);
        }
        case OBJECT -> assertThat(ref(s)).as(at).isEqualTo(defName(p.element()));
        case ARRAY -> {
          assertThat(s.get("type").asString()).as(at).isEqualTo("array");
          assertThat(ref(s.get("items"))).as(at).isEqualTo(defName(p.element()));
          assertThat(s.path("minItems").asInt(0)).as(at).isEqualTo(p.nonEmpty() ? 1 : 0);
        }
        case DOCUMENT_TYPE -> assertThat(s.get("const").asString()).as(at)
            .isEqualTo(document.jsonName());
        case PROFILE -> {
          List<String> values = new ArrayList<>();
          s.get("enum").forEach(n -> values.add(n.asString()));
          assertThat(values).as(at).isEqualTo(Plan.PROFILES);
        }
        case OGP_ID -> assertThat(defs.get(ref(s)).get("pattern").asString()).as(at)
            .isEqualTo("^" + Measure.OGP_ID_PATTERN + "$");
        case CODE -> assertThat(defs.get(ref(s)).get("maxLength").asInt()).as(at)
            .isEqualTo(Measure.CODE_MAX);
        case URI -> assertThat(s.get("format").asString()).as(at).isEqualTo("uri");
        case POSITIVE_INTEGER -> {
          assertThat(s.get("type").asString()).as(at).isEqualTo("integer");
          assertThat(s.get("minimum").asInt()).as(at).isEqualTo(1);
        }
        case LANGUAGE -> assertThat(ref(s)).as(at).isEqualTo("LanguageTag");
        case ENUM_SET -> {
          assertThat(s.get("type").asString()).as(at).isEqualTo("array");
          assertThat(s.get("uniqueItems").asBoolean()).as(at).isTrue();
          List<String> values = new ArrayList<>();
          s.get("items").get("enum").forEach(n -> values.add(n.asString()));
          assertThat(values).as(at)
              .isEqualTo(p.constants().stream().map(Enum::name).toList());
        }
        case IDENTIFIERS -> {
          JsonNode a = defs.get(ref(s));
          assertThat(a.get("type").asString()).as(at).isEqualTo("array");
          assertThat(a.get("uniqueItems").asBoolean()).as(at).isTrue();
          assertThat(ref(a.get("items"))).as(at).isEqualTo("Identifier");
        }
        default -> throw new AssertionError(at + ": no check for " + p.kind());
      }
    }
  }

  /** The name of the definition a {@code $ref} points at, or null. */
  private static String ref(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    return ref == null ? null : ref.asString().substring("#/$defs/".length());
  }
}
