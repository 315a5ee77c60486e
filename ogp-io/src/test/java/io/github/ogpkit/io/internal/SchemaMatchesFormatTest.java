package io.github.ogpkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.PlanSchema;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.internal.format.Format;
import io.github.ogpkit.model.internal.format.ObjectType;
import io.github.ogpkit.model.internal.format.Property;
import io.github.ogpkit.model.internal.format.Property.Presence;
import io.github.ogpkit.model.internal.format.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema says what the format's description says: for every object type, the same
 * properties in the same order, the same required ones, and for each property a schema of its
 * kind. The schema is written by hand for people; this keeps it in step with the one description.
 */
class SchemaMatchesFormatTest {

  private static final JsonNode DEFS = JsonMapper.shared().readTree(PlanSchema.text())
      .get("$defs");

  static Stream<ObjectType<?>> types() {
    return Format.TYPES.stream();
  }

  private static String defName(ObjectType<?> type) {
    String noun = type.noun();
    return noun.substring(0, 1).toUpperCase(Locale.ROOT) + noun.substring(1);
  }

  private static JsonNode def(ObjectType<?> type) {
    JsonNode def = DEFS.get(defName(type));
    assertThat(def).as("$defs/%s", defName(type)).isNotNull();
    return def;
  }

  @ParameterizedTest
  @MethodSource("types")
  void theSchemaHasTheSamePropertiesInTheSameOrder(ObjectType<?> type) {
    List<String> names = new ArrayList<>(def(type).get("properties").propertyNames());
    assertThat(names).isEqualTo(type.names());
    assertThat(def(type).get("additionalProperties").asBoolean()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("types")
  void theSchemaRequiresWhatTheFormatRequires(ObjectType<?> type) {
    List<String> required = new ArrayList<>();
    def(type).get("required").forEach(n -> required.add(n.asString()));
    assertThat(required).isEqualTo(type.properties().stream()
        .filter(p -> p.presence() == Presence.REQUIRED).map(Property::name).toList());
    for (Property<?, ?> p : type.properties()) {
      if (p.presence() == Presence.REQUIRED_UNLESS_NON_EMPTY) {
        JsonNode def = def(type);
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
  void everyPropertysSchemaIsOfItsKind(ObjectType<?> type) {
    for (Property<?, ?> p : type.properties()) {
      JsonNode s = def(type).get("properties").get(p.name());
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
        case ENUM -> {
          JsonNode e = s.has("$ref") ? DEFS.get(ref(s)) : s;
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
        case DOCUMENT_TYPE -> assertThat(s.get("const").asString()).as(at).isEqualTo("plan");
        case PROFILE -> {
          List<String> values = new ArrayList<>();
          s.get("enum").forEach(n -> values.add(n.asString()));
          assertThat(values).as(at).isEqualTo(Plan.PROFILES);
        }
        case OGP_ID -> assertThat(DEFS.get(ref(s)).get("pattern").asString()).as(at)
            .isEqualTo("^" + Measure.OGP_ID_PATTERN + "$");
        case CODE -> assertThat(DEFS.get(ref(s)).get("maxLength").asInt()).as(at)
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
          JsonNode a = DEFS.get(ref(s));
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
