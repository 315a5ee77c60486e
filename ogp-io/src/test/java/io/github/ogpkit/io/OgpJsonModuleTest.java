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
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.JsonParserDelegate;
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
    assertThat(written).contains("\"schemaVersion\":\"1.1\"", "\"exact\":1.50");
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
    assertThat(written).contains("\n    \"schemaVersion\" : \"1.1\"");
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
    assertThat(map).containsEntry("schemaVersion", "1.1").containsKey("sections");
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

  /**
   * The module reads a copy of the plan; a plan larger and deeper than the copy's first buffers
   * (a 24 KB string, 1,500 values, 100 levels) is read as PlanReader reads it, and its findings
   * are located in the application's text where PlanReader locates them.
   */
  @Test
  void aLargeDeepPlanIsFoundFaultWithWherePlanReaderFindsFault() {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      deep.append(i % 2 == 0 ? "[0,\n" : "{\"k\":\n");
    }
    deep.append("\"bottom\"");
    for (int i = 99; i >= 0; i--) {
      deep.append(i % 2 == 0 ? ", 1]" : ", \"j\": 2}");
    }
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 1500; i++) {
      many.append(i == 0 ? "" : ",\n      ").append(i);
    }
    many.append("]");
    String extensions = "  \"extensions\": {\"long\": \"" + "\u00e9".repeat(12_000) + "\",\n"
        + "    \"deep\": " + deep + ",\n    \"many\": " + many + "},";
    String good = Fixtures.withLine(34, extensions.substring(0, extensions.length() - 1));
    String bad = Fixtures.withLine(34, extensions + " \"bogus\": true");
    PlanReader reader = PlanReader.builder().maxNestingDepth(200).build();
    JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();

    assertThat(mapper.readValue(good, Plan.class)).isEqualTo(reader.readPlan(good));
    List<Finding> expected = reader.read(bad).findings();
    assertThat(expected).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("unknown-property");
      // "deep" starts on line 35, "many" 101 lines later, and its last value is on line 1635.
      assertThat(f.location()).contains(TextLocation.of(1635, 15));
    });
    assertThatThrownBy(() -> mapper.readValue(bad, Plan.class))
        .isInstanceOfSatisfying(InvalidPlanException.class, e ->
            assertThat(e.findings()).isEqualTo(expected));
  }

  /**
   * An application's parser may give no locations at all (null, where Jackson's own give
   * {@code TokenStreamLocation.NA}): its plan is still read, and findings are placed at the
   * start.
   */
  @Test
  void aParserWithoutLocationsStillReadsPlansAndPlacesFindingsAtTheStart() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OgpJsonModule()).build();
    class NoLocations extends JsonParserDelegate {
      NoLocations(String text) {
        super(mapper.createParser(text));
      }

      @Override
      public TokenStreamLocation currentTokenLocation() {
        return null;
      }

      @Override
      public TokenStreamLocation currentLocation() {
        return null;
      }
    }
    assertThat(mapper.readValue(new NoLocations(Fixtures.valid()), Plan.class))
        .isEqualTo(PlanReader.standard().readPlan(Fixtures.valid()));
    assertThatThrownBy(() -> mapper.readValue(new NoLocations("[]"), Plan.class))
        .isInstanceOfSatisfying(InvalidPlanException.class, e ->
            assertThat(e.findings()).singleElement().satisfies(f -> {
              assertThat(f.message()).isEqualTo("a plan must be a JSON object, found an array");
              assertThat(f.location()).contains(TextLocation.of(1, 1));
            }));
    assertThatThrownBy(() -> mapper.readValue(new NoLocations(
        Fixtures.withLine(3, "  \"id\": 1,")), Plan.class))
        .isInstanceOfSatisfying(InvalidPlanException.class, e ->
            assertThat(e.findings()).singleElement().satisfies(f -> {
              assertThat(f.path()).hasToString("/id");
              assertThat(f.location()).contains(TextLocation.of(1, 1));
            }));
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
