package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.report.Finding;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nothing a document says is dropped or defaulted silently: what the model cannot hold is a
 * finding, and what binds is written back with every value it had.
 */
class NothingLostTest {

  private static final PlanReader READER = PlanReader.standard();
  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS).build();

  @ParameterizedTest(name = "line {0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      34 | "extensions": {"a": 1, "a": 2}                                  | duplicate-key
      34 | "extensions": {"a": {"b": [{"c": 1, "c": 1}]}}                  | duplicate-key
      34 | "extensions": {}, "extensions": {}                              | duplicate-key
      34 | "extensions": {}, "comment": "kept nowhere"                     | unknown-property
      9  | "adoption": {"instrument": {"en": "O"}, "signedBy": "x"},       | unknown-property
      12 | {"id": "moj", "name": {"en": "J"}, "kind": "MINISTRY", "x": 1},  | unknown-property
      13 | {"id": "cab", "name": {"en": "C"}, "kind": "CABINET", "collective": null} | wrong-type
      17 | "number": "1", "note": 1,                                       | unknown-property
      22 | "number": "1.1", "priority": "high",                            | unknown-property
      25 | "indicators": [{"text": {"en": "O"}, "weight": 2}],             | unknown-property
      25 | "indicators": [{"text": {"en": "O"}, "target": {"value": 1, "currency": "AZN"}}], | unknown-property
      25 | "indicators": [{"text": {"en": "O"}, "target": {"value": 1, "year": 2018.0}}], | wrong-type
      25 | "indicators": [{"text": {"en": "O"}, "target": {"value": 1e2147483648}}], | invalid-value
      26 | "institutions": [{"institution": "moj", "role": "EXECUTOR", "share": 1}], | unknown-property
      28 | "extensions": {"x": 1e2147483648}                               | invalid-value
      28 | "extensions": {"x": -1E-2147483649}                             | invalid-value
      31 | "provisions": [{"number": "1.2", "text": {"en": "M"}, "status": "done"}] | unknown-property
      6  | "title": {"en": "Plan", "en": "Plan again"},                    | duplicate-key
      6  | "title": {"en": "Plan", "xx-notatag-": "?"},                    | invalid-value
      10 | "preamble": null,                                               | wrong-type
      """)
  void whatTheModelCannotHoldIsAFinding(int line, String json, String rule) {
    String indent = line >= 21 ? "          " : line >= 16 ? "      " : line >= 12 ? "    "
        : "  ";
    ReadResult r = READER.read(Fixtures.withLine(line, indent + json.strip()));
    assertThat(r.findings()).extracting(Finding::rule).contains(rule);
    assertThat(r.plan()).isEmpty();
  }

  private static JsonNode tree(String json) {
    return EXACT.readTree(json);
  }

  /** Drops what the format defines as the same as absent: empty extensions, collective false. */
  private static JsonNode withoutDefaults(JsonNode node) {
    if (node instanceof ObjectNode o) {
      JsonNode ext = o.get("extensions");
      if (ext != null && ext.isObject() && ext.isEmpty()) {
        o.remove("extensions");
      }
      JsonNode collective = o.get("collective");
      if (collective != null && collective.isBoolean() && !collective.booleanValue()) {
        o.remove("collective");
      }
      o.properties().forEach(e -> withoutDefaults(e.getValue()));
    } else if (node.isArray()) {
      node.forEach(NothingLostTest::withoutDefaults);
    }
    return node;
  }

  @ParameterizedTest
  @ValueSource(strings = {"az-human-rights-program-2012-2015.json",
      "az-ogp-nap-2016-2018-as-published.json", "az-ogp-nap-2016-2018.json", "sample"})
  void aDocumentThatBindsIsWrittenBackWithEveryValueItHad(String name)
      throws IOException {
    String doc;
    if (name.equals("sample")) {
      doc = Fixtures.valid();
    } else {
      try (InputStream in = getClass().getResourceAsStream("/io/github/ogpkit/io/fixtures/"
          + name)) {
        doc = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    ReadResult r = READER.read(doc);
    assertThat(r.findings()).isEmpty();
    String written = PlanWriter.canonical().write(r.plan().orElseThrow());
    // The writer writes 1.1; a 1.0 document differs from its rewrite in its version only.
    JsonNode before = withoutDefaults(tree(doc));
    assertThat(before.get("schemaVersion").asString()).isIn("1.0", "1.1");
    ((ObjectNode) before).put("schemaVersion", "1.1");
    assertThat(withoutDefaults(tree(written))).isEqualTo(before);
  }

  /**
   * Jackson refuses an unpaired surrogate in a property name, so an extension key holding one is
   * written but cannot be read back: reading says so with a json-syntax finding instead of
   * dropping the key. Documented in docs/RELIABILITY.md.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\ud800", "a\udfffb"})
  void anExtensionKeyWithAnUnpairedSurrogateIsRefusedOnReadingNotDropped(
      String key) {
    io.github.ogpkit.model.Plan plan = READER.readPlan(Fixtures.valid()).toBuilder()
        .extensions(io.github.ogpkit.model.json.JsonObject.of(java.util.Map.of(key,
            io.github.ogpkit.model.json.JsonNull.INSTANCE))).build();
    ReadResult r = READER.read(PlanWriter.canonical().write(plan));
    assertThat(r.plan()).isEmpty();
    assertThat(r.findings()).extracting(Finding::rule).containsExactly("json-syntax");
    assertThat(r.findings().get(0).message()).contains("surrogate");
  }

  /**
   * A text or extension value holding an unpaired surrogate (the model can hold one) is written
   * escaped; reading it back refuses it as no Unicode text (I-JSON), naming where, instead of
   * dropping or changing it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\ud800", "a\udfffb", "\udbff\ud800"})
  void aValueWithAnUnpairedSurrogateIsWrittenEscapedAndRefusedOnReading(String value) {
    io.github.ogpkit.model.Plan plan = READER.readPlan(Fixtures.valid()).toBuilder()
        .extensions(io.github.ogpkit.model.json.JsonObject.of(java.util.Map.of("k",
            io.github.ogpkit.model.json.JsonString.of(value)))).build();
    String written = PlanWriter.canonical().write(plan);
    assertThat(written).contains(io.github.ogpkit.model.json.JsonString.of(value).toJson());
    ReadResult r = READER.read(written);
    assertThat(r.plan()).isEmpty();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("invalid-value");
      assertThat(f.path()).hasToString("/extensions/k");
      assertThat(f.message()).contains("unpaired surrogate");
    });
  }
}
