package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.TextLocation;
import io.github.ogpkit.model.json.JsonNumber;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.report.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.node.ObjectNode;

class OgpJsonModuleTest {

  /** An application mapper configured as differently as it can be. */
  private static JsonMapper oddMapper() {
    return JsonMapper.builder()
        .addModule(new OgpJsonModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .changeDefaultPropertyInclusion(
            v -> JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT,
                JsonInclude.Include.NON_DEFAULT))
        .disable(SerializationFeature.INDENT_OUTPUT)
        .activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
            .allowIfBaseType(Object.class).build(), DefaultTyping.NON_FINAL_AND_RECORDS)
        .build();
  }

  /** A plan's canonical text as a tree, to compare with what a mapper wrote. */
  private static JsonNode tree(Plan plan) {
    return EXACT.readTree(PlanWriter.canonical().write(plan));
  }

  /** Reads numbers as BigDecimal with their scale, as the module writes them. */
  private static final JsonMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

  private static Plan withNumbers() {
    return PlanWriterTest.small().toBuilder()
        .extensions(JsonObject.of(Map.of("exact", JsonNumber.of(new BigDecimal("1.50")),
            "big", JsonNumber.of(new BigDecimal("12345678901234567890.5")))))
        .build();
  }

  @Test
  void anOddlyConfiguredMapperWritesTheFormatsPropertiesInCanonicalOrder() {
    Plan plan = withNumbers();
    String written = oddMapper().writeValueAsString(plan);
    assertThat(written).isEqualTo(EXACT.writeValueAsString(tree(plan)));
    assertThat(written).contains("\"schemaVersion\":\"1.0\"", "\"exact\":1.50");
  }

  @Test
  void anIndentingMapperIndentsAPlanAsItIndentsItsOwnValues() {
    Plan plan = PlanWriterTest.small();
    JsonMapper indenting = JsonMapper.builder().addModule(new OgpJsonModule())
        .enable(SerializationFeature.INDENT_OUTPUT).build();
    record Envelope(String sender, Plan plan) {}
    String written = indenting.writeValueAsString(new Envelope("ministry", plan));
    ObjectNode expected = EXACT.createObjectNode();
    expected.put("sender", "ministry");
    expected.set("plan", tree(plan));
    assertThat(written).isEqualTo(indenting.writeValueAsString(expected));
    assertThat(written).contains("\n    \"schemaVersion\" : \"1.0\"");
  }

  @Test
  void valueToTreeGivesAnObjectNodeOfTheCanonicalForm() {
    Plan plan = withNumbers();
    JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
    JsonNode node = mapper.valueToTree(plan);
    assertThat(node).isInstanceOf(ObjectNode.class);
    assertThat(node.get("extensions").get("exact").decimalValue())
        .isEqualByComparingTo(new BigDecimal("1.50"));
    assertThat(mapper.writeValueAsString(node)).isEqualTo(mapper.writeValueAsString(plan));
  }

  @Test
  void convertValueTurnsAPlanIntoMapsAndBack() {
    Plan plan = PlanWriterTest.small();
    JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
    @SuppressWarnings("unchecked")
    Map<String, Object> map = mapper.convertValue(plan, Map.class);
    assertThat(map).containsEntry("schemaVersion", "1.0").containsKey("sections");
    assertThat(mapper.convertValue(map, Plan.class)).isEqualTo(plan);
  }

  @Test
  void aPlanInsideAnotherValueReadsBack() {
    Plan plan = PlanWriterTest.small();
    JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
    String wrapped = mapper.writeValueAsString(Map.of("plan", plan));
    assertThat(wrapped).isEqualTo("{\"plan\":"
        + EXACT.writeValueAsString(tree(plan)) + "}");
    record Holder(Plan plan) {}
    assertThat(mapper.readValue(wrapped, Holder.class).plan()).isEqualTo(plan);
  }

  @Test
  void anOddlyConfiguredMapperReadsTheSamePlan() {
    String text = PlanWriter.canonical().write(PlanWriterTest.small());
    assertThat(oddMapper().readValue(text, Plan.class)).isEqualTo(PlanWriterTest.small());
    assertThat(oddMapper().readValue(Fixtures.valid(), Plan.class))
        .isEqualTo(PlanReader.standard().readPlan(Fixtures.valid()));
  }

  @Test
  void theModuleIsFoundAsAService() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    Plan plan = PlanWriterTest.small();
    assertThat(found.writeValueAsString(plan))
        .isEqualTo(EXACT.writeValueAsString(tree(plan)));
  }

  @Test
  void problemsThrowAJacksonExceptionWithEveryFindingAndLocation() {
    String doc = Fixtures.withLine(3, "  \"id\": \"Bad\", \"id\": \"x\",");
    assertThatThrownBy(() -> oddMapper().readValue(doc, Plan.class))
        .isInstanceOf(DatabindException.class)
        .isInstanceOfSatisfying(InvalidPlanException.class, e -> {
          assertThat(e.findings()).extracting(Finding::rule)
              .containsExactly("duplicate-key", "invalid-value");
          assertThat(e.findings().get(1).location()).contains(TextLocation.of(3, 9));
          assertThat(e.getLocation().getLineNr()).isEqualTo(1);
          assertThat(e.getMessage()).contains("/id");
        });
  }

  @Test
  void typeIdsAreNeitherWrittenNorAcceptedForPlans() {
    String text = oddMapper().writeValueAsString(PlanWriterTest.small());
    assertThat(text).doesNotContain("io.github.ogpkit");
    String typed = "[\"io.github.ogpkit.model.Plan\", " + text + "]";
    assertThatThrownBy(() -> oddMapper().readValue(typed, Plan.class))
        .isInstanceOf(InvalidPlanException.class);
  }

  @Test
  void reportsAreWrittenInTheirJsonForm() {
    ValidationReport report = ValidationReport.of("national-program", List.of());
    assertThat(oddMapper().writeValueAsString(report)).isEqualTo(JsonMapper.shared()
        .writeValueAsString(EXACT.readTree(ReportJsonWriter.standard().write(report))));
  }

  @ParameterizedTest
  @EnumSource(value = JsonReadFeature.class, names = {"ALLOW_JAVA_COMMENTS",
      "ALLOW_SINGLE_QUOTES", "ALLOW_TRAILING_COMMA", "ALLOW_LEADING_ZEROS_FOR_NUMBERS",
      "ALLOW_UNESCAPED_CONTROL_CHARS", "ALLOW_NON_NUMERIC_NUMBERS"})
  void aMapperThatAllowsWhatTheFormatDoesNotIsRefusedNamingIt(JsonReadFeature lenient) {
    JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).enable(lenient)
        .build();
    String text = PlanWriter.canonical().write(PlanWriterTest.small());
    assertThatThrownBy(() -> mapper.readValue(text, Plan.class))
        .isInstanceOfSatisfying(InvalidPlanException.class, e -> {
          assertThat(e.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("json-syntax");
            assertThat(f.message()).contains("JsonReadFeature." + lenient.name())
                .contains("PlanReader");
          });
        });
  }

  @Test
  void whatPlanReaderRefusesIsRefusedThroughTheModuleToo() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
    String text = PlanWriter.canonical().write(PlanWriterTest.small());
    for (String broken : List.of(text.replace("\"id\": \"p\",", "\"id\": \"p\", /* c */"),
        text.replace("\"id\": \"p\"", "'id': 'p'"),
        text.replace("\"kind\": \"NATIONAL_PROGRAM\"", "\"kind\": \"NATIONAL_PROGRAM\",,"))) {
      assertThatThrownBy(() -> mapper.readValue(broken, Plan.class))
          .as(broken).isInstanceOf(DatabindException.class);
      assertThat(PlanReader.standard().read(broken).plan()).isEmpty();
    }
  }

  @Test
  void contentAfterAPlanReadAsTheWholeDocumentIsAFindingOfThePlan() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
    String text = PlanWriter.canonical().write(PlanWriterTest.small());
    assertThatThrownBy(() -> mapper.readValue(text + "{}", Plan.class))
        .isInstanceOfSatisfying(InvalidPlanException.class, e ->
            assertThat(e.findings()).extracting(Finding::message)
                .containsExactly("content after the root object: an object"));
    assertThatThrownBy(() -> mapper.readValue(text + " x", Plan.class))
        .isInstanceOfSatisfying(InvalidPlanException.class, e ->
            assertThat(e.findings()).singleElement().satisfies(f ->
                assertThat(f.message()).startsWith("content after the root object: ")
                    .doesNotContain("Unrecognized", "Jackson")));
    assertThat(mapper.readValue(text + "  \n", Plan.class)).isEqualTo(PlanWriterTest.small());
  }

  @Test
  void severalPlansReadInASequenceWithTheTrailingCheckOff() throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
    String text = PlanWriter.canonical().write(PlanWriterTest.small());
    try (var plans = mapper.readerFor(Plan.class)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).<Plan>readValues(text + text)) {
      assertThat(plans.readAll()).containsExactly(PlanWriterTest.small(), PlanWriterTest.small());
    }
  }

  /** A report where the application declares an Object is written as a report, untyped. */
  @Test
  void aReportInAPlaceOfTypeObjectIsWrittenWithoutATypeId() {
    JsonMapper typed = JsonMapper.builder().addModule(new OgpJsonModule())
        .activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
            .allowIfBaseType(Object.class).build(), DefaultTyping.JAVA_LANG_OBJECT)
        .build();
    JsonMapper plain = JsonMapper.builder().addModule(new OgpJsonModule()).build();
    ValidationReport report = PlanReader.standard().read("{}").report();
    Map<String, Object> holder = new java.util.TreeMap<>(Map.of("report", report));
    assertThat(typed.writeValueAsString(holder))
        .isEqualTo("{\"report\":" + plain.writeValueAsString(report) + "}");
  }

  @Test
  void aValueThatIsNoObjectIsAWrongTypeFindingOfThePlan() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
    assertThatThrownBy(() -> mapper.readValue("[1]", Plan.class))
        .isInstanceOfSatisfying(InvalidPlanException.class, e ->
            assertThat(e.findings()).singleElement().satisfies(f -> {
              assertThat(f.rule()).isEqualTo("wrong-type");
              assertThat(f.message()).isEqualTo("a plan must be a JSON object, found an array");
              assertThat(f.location()).contains(TextLocation.of(1, 1));
            }));
  }

  @Test
  void malformedJsonInsideAPlanIsASyntaxFindingAtItsPlace() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
    assertThatThrownBy(() -> mapper.readValue("{\"id\": tru}", Plan.class))
        .isInstanceOfSatisfying(InvalidPlanException.class, e ->
            assertThat(e.findings()).singleElement().satisfies(f -> {
              assertThat(f.rule()).isEqualTo("json-syntax");
              assertThat(f.message()).isEqualTo("unrecognized word \"tru\"; a value is a string "
                  + "in double quotes, a number, an object, an array, true, false or null");
              assertThat(f.location()).contains(TextLocation.of(1, 8));
            }));
  }
}
