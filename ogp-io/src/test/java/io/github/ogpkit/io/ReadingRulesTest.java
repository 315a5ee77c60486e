package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every table row of FORMAT.md broken once: the named finding at the right path and place. */
class ReadingRulesTest {

  private static final PlanReader READER = PlanReader.standard();

  @Test
  void theFixtureUsingEveryOptionalPartReadsWithoutFindings() {
    ReadResult r = READER.read(Fixtures.valid());
    assertThat(r.findings()).isEmpty();
    assertThat(r.plan()).isPresent();
  }

  /** A case: replace line {@code line} with {@code text}; expect one finding at the anchor. */
  static Arguments broken(int line, String text, String rule, String path, String anchor) {
    int column = anchor.startsWith("last:") ? text.lastIndexOf(anchor.substring(5)) + 1
        : text.indexOf(anchor) + 1;
    assertThat(column).as("anchor %s in %s", anchor, text).isPositive();
    return arguments(line, text, rule, path, line, column);
  }

  /** A case whose finding is at a given place (a missing property: the object lacking it). */
  static Arguments brokenAt(int line, String text, String rule, String path, int atLine,
      int atColumn) {
    return arguments(line, text, rule, path, atLine, atColumn);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        broken(2, "  \"schemaVersion\": \"2.0\",", "schema-version", "/schemaVersion", "\"2.0\""),
        broken(2, "  \"schemaVersion\": \"1\",", "invalid-value", "/schemaVersion", "\"1\""),
        broken(2, "  \"schemaVersion\": \"1.0.0\",", "invalid-value", "/schemaVersion", "\"1"),
        broken(2, "  \"schemaVersion\": 1.0,", "wrong-type", "/schemaVersion", "1.0"),
        broken(2, "  \"schemaVersion\": null,", "required", "/schemaVersion", "null"),
        brokenAt(2, "", "required", "/schemaVersion", 1, 1),
        broken(3, "  \"id\": \"Bad_Id\",", "invalid-value", "/id", "\"Bad_Id\""),
        broken(3, "  \"id\": \"a--b\",", "invalid-value", "/id", "\"a--b\""),
        broken(3, "  \"id\": \"" + "a".repeat(101) + "\",", "invalid-value", "/id", "\"a"),
        broken(3, "  \"id\": null,", "required", "/id", "null"),
        broken(3, "  \"id\": \"a\", \"id\": \"b\",", "duplicate-key", "/id", "last:\"id\""),
        broken(4, "  \"kind\": \"ogp_action_plan\",", "invalid-value", "/kind", "\"ogp"),
        broken(4, "  \"kind\": \"ACTION_PLAN\",", "invalid-value", "/kind", "\"ACTION"),
        broken(5, "  \"country\": \"az\",", "invalid-value", "/country", "\"az\""),
        broken(5, "  \"country\": \"XX\",", "invalid-value", "/country", "\"XX\""),
        broken(5, "  \"country\": [\"AZ\"],", "wrong-type", "/country", "["),
        broken(6, "  \"title\": {},", "required", "/title", "{"),
        broken(6, "  \"title\": {\"en\": \" \\t \"},", "required", "/title/en", "\" \\t"),
        broken(6, "  \"title\": {\"en\": null},", "required", "/title/en", "null"),
        broken(6, "  \"title\": {\"en_US\": \"Plan\"},", "invalid-value", "/title/en_US",
            "\"en_US\""),
        broken(6, "  \"title\": {\"en\": 5},", "wrong-type", "/title/en", "5"),
        broken(6, "  \"title\": \"Plan\",", "wrong-type", "/title", "\"Plan\""),
        broken(7, "  \"languages\": [],", "required", "/languages", "["),
        broken(7, "  \"languages\": [\"en\", \"en\"],", "invalid-value", "/languages/1",
            "last:\"en\""),
        broken(7, "  \"languages\": [\"en\", \"e n\"],", "invalid-value", "/languages/1",
            "\"e n\""),
        broken(7, "  \"languages\": [\"en\", 7],", "wrong-type", "/languages/1", "7"),
        broken(8, "  \"period\": \"permanent\",", "invalid-value", "/period", "\"permanent\""),
        broken(8, "  \"period\": \"../2018\",", "invalid-value", "/period", "\"../2018\""),
        broken(8, "  \"period\": \"2016/..\",", "invalid-value", "/period", "\"2016/..\""),
        broken(8, "  \"period\": \"2016-02-30\",", "invalid-value", "/period", "\"2016"),
        broken(8, "  \"period\": \"2016-2018\",", "invalid-value", "/period", "\"2016"),
        broken(8, "  \"period\": \"March 2012\",", "invalid-value", "/period", "\"March"),
        broken(8, "  \"period\": \"2018/2016\",", "invalid-value", "/period", "\"2018"),
        broken(8, "  \"period\": \"2016-13\",", "invalid-value", "/period", "\"2016"),
        broken(8, "  \"period\": \"1899/2016\",", "invalid-value", "/period", "\"1899"),
        broken(8, "  \"period\": \"3000\",", "invalid-value", "/period", "\"3000"),
        broken(8, "  \"period\": 2016,", "wrong-type", "/period", "2016"),
        broken(9, "  \"adoption\": {\"instrument\": {\"en\": \"Order\"}, \"date\": \"2021-02-29\"},",
            "invalid-value", "/adoption/date", "\"2021"),
        broken(9, "  \"adoption\": {\"instrument\": {\"en\": \"Order\"}, \"date\": \"2021-2-1\"},",
            "invalid-value", "/adoption/date", "\"2021"),
        broken(9, "  \"adoption\": {\"instrument\": {\"en\": \"Order\"}, \"reference\": \" \"},",
            "invalid-value", "/adoption/reference", "\" \""),
        broken(9, "  \"adoption\": {\"date\": \"2020-01-01\"},", "required",
            "/adoption/instrument", "{"),
        broken(9, "  \"adoption\": {\"instrument\": {\"en\": \"Order\"}, \"dates\": \"x\"},",
            "unknown-property", "/adoption/dates", "\"dates\""),
        broken(10, "  \"preamble\": null,", "wrong-type", "/preamble", "null"),
        broken(12, "    {\"id\": \"moj\", \"name\": {\"en\": \"Justice\"}, \"kind\": \"Ministry\"},",
            "invalid-value", "/institutions/0/kind", "\"Ministry\""),
        broken(12, "    {\"id\": \"moj\", \"name\": {\"en\": \"Justice\"}, \"kind\": \"MINISTRY\", "
            + "\"collective\": \"yes\"},", "wrong-type", "/institutions/0/collective", "\"yes\""),
        broken(12, "    {\"id\": \"moj\", \"name\": {\"en\": \"Justice\"}, \"kind\": \"MINISTRY\", "
            + "\"parent\": \"Cab\"},", "invalid-value", "/institutions/0/parent", "\"Cab\""),
        broken(12, "    {\"id\": \"moj\", \"nmae\": {\"en\": \"Justice\"}, \"name\": {\"en\": \"J\"}, "
            + "\"kind\": \"MINISTRY\"},", "unknown-property", "/institutions/0/nmae", "\"nmae\""),
        broken(12, "    {\"id\": \"moj\", \"name\": {\"en\": \"Justice\"}},", "required",
            "/institutions/0/kind", "{"),
        broken(12, "    null,", "wrong-type", "/institutions/0", "null"),
        broken(17, "      \"number\": \"01\",", "invalid-value", "/sections/0/number", "\"01\""),
        broken(17, "      \"number\": \"1.\",", "invalid-value", "/sections/0/number", "\"1.\""),
        broken(17, "      \"number\": 1,", "wrong-type", "/sections/0/number", "1,"),
        broken(19, "      \"description\": {},", "required", "/sections/0/description", "{"),
        broken(22, "          \"number\": \"1.1.\",", "invalid-value",
            "/sections/0/measures/0/number", "\"1.1.\""),
        broken(25, "          \"indicators\": [{\"text\": {\"en\": \"Online\"}, \"target\": "
            + "{\"value\": \"40\"}}],", "wrong-type",
            "/sections/0/measures/0/indicators/0/target/value", "\"40\""),
        broken(25, "          \"indicators\": [{\"text\": {\"en\": \"Online\"}, \"target\": "
            + "{\"value\": 40, \"year\": 1800}}],", "invalid-value",
            "/sections/0/measures/0/indicators/0/target/year", "1800"),
        broken(25, "          \"indicators\": [{\"text\": {\"en\": \"Online\"}, \"target\": "
            + "{\"value\": 40, \"year\": 2021.0}}],", "wrong-type",
            "/sections/0/measures/0/indicators/0/target/year", "2021.0"),
        broken(25, "          \"indicators\": [{\"text\": {\"en\": \"Online\"}, \"target\": "
            + "{\"value\": 40, \"unit\": \"\"}}],", "invalid-value",
            "/sections/0/measures/0/indicators/0/target/unit", "\"\""),
        broken(25, "          \"indicators\": [{\"text\": {\"en\": \"Online\"}, \"target\": "
            + "{\"value\": 1e2147483648}}],", "invalid-value",
            "/sections/0/measures/0/indicators/0/target/value", "1e"),
        broken(25, "          \"indicators\": [{\"text\": {\"en\": \"Online\"}, \"target\": {}}],",
            "required", "/sections/0/measures/0/indicators/0/target/value", "{}"),
        broken(25, "          \"indicators\": [{\"target\": {\"value\": 1}}],",
            "required", "/sections/0/measures/0/indicators/0/text", "{"),
        broken(26, "          \"institutions\": [{\"institution\": \"moj\", \"role\": \"executor\"}],",
            "invalid-value", "/sections/0/measures/0/institutions/0/role", "\"executor\""),
        broken(26, "          \"institutions\": [{\"institution\": \"Moj\", \"role\": \"EXECUTOR\"}],",
            "invalid-value", "/sections/0/measures/0/institutions/0/institution", "\"Moj\""),
        broken(26, "          \"institutions\": {\"institution\": \"moj\", \"role\": \"EXECUTOR\"},",
            "wrong-type", "/sections/0/measures/0/institutions", "{"),
        broken(27, "          \"timeFrame\": \"2020/2021-13\",", "invalid-value",
            "/sections/0/measures/0/timeFrame", "\"2020"),
        // Optional since 1.1: a null time frame is to be left out; a missing one binds.
        broken(27, "          \"timeFrame\": null,", "wrong-type",
            "/sections/0/measures/0/timeFrame", "null"),
        broken(28, "          \"extensions\": [1]", "wrong-type",
            "/sections/0/measures/0/extensions", "["),
        broken(31, "      \"provisions\": [{\"number\": \"1.2\"}]", "required",
            "/sections/0/provisions/0/text", "{\"number"),
        broken(31, "      \"sections\": [{\"number\": \"1.3\", \"title\": {\"en\": \"S\"}, "
            + "\"measures\": \"none\"}]", "wrong-type", "/sections/0/sections/0/measures",
            "\"none\""),
        broken(31, "      \"sections\": [{\"number\": \"1.3\"}]", "required",
            "/sections/0/sections/0/title", "{\"number"),
        broken(31, "      \"provisions\": [{\"number\": \"x\", \"text\": {\"en\": \"M\"}}]",
            "invalid-value", "/sections/0/provisions/0/number", "\"x\""),
        broken(31, "      \"provisions\": [{\"number\": \"1.2\", \"text\": {\"en\": \"M\"}, "
            + "\"txt\": 1}]", "unknown-property", "/sections/0/provisions/0/txt", "\"txt\""),
        broken(12, "    {\"id\": \"moj\", \"name\": {\"en\": \"Justice\"}, \"kind\": \"MINISTRY\", "
            + "\"extensions\": 1},", "wrong-type", "/institutions/0/extensions", "1}"),
        broken(27, "          \"timeFrame\": \"2020\", \"measures\": {},", "wrong-type",
            "/sections/0/measures/0/measures", "{}"),
        broken(25, "          \"indicators\": [\"x\"],", "wrong-type",
            "/sections/0/measures/0/indicators/0", "\"x\""),
        broken(25, "          \"indicators\": [{\"text\": {\"en\": \"O\"}, \"baseline\": "
            + "{\"value\": 1, \"units\": \"x\"}}],", "unknown-property",
            "/sections/0/measures/0/indicators/0/baseline/units", "\"units\""),
        broken(9, "  \"adoption\": {\"instrument\": {}},", "required",
            "/adoption/instrument", "{}"),
        broken(34, "  \"extensions\": {\"a\": 1, \"a\": 2}", "duplicate-key", "/extensions/a",
            "last:\"a\""),
        broken(34, "  \"extensions\": null", "wrong-type", "/extensions", "null"),
        broken(34, "  \"extension\": {}", "unknown-property", "/extension", "\"extension\""));
  }

  @ParameterizedTest(name = "[{index}] line {0} -> {2} at {3}")
  @MethodSource("cases")
  void aBrokenRowGivesTheNamedFindingAtItsPathLineAndColumn(int line, String text,
      String rule, String path, int atLine, int atColumn) {
    ReadResult r = READER.read(Fixtures.withLine(line, text));

    assertThat(r.plan()).isEmpty();
    hasOneError(r, text, rule, path, atLine, atColumn);
  }

  /** Asserts that a result has exactly one finding, an error of the rule at the place. */
  static void hasOneError(ReadResult r, String text, String rule, String path, int atLine,
      int atColumn) {
    assertThat(r.findings()).as("findings of %s", text).hasSize(1);
    Finding f = r.findings().get(0);
    assertThat(f.rule()).isEqualTo(rule);
    assertThat(f.path()).isEqualTo(JsonPointer.parse(path));
    assertThat(f.location()).contains(TextLocation.of(atLine, atColumn));
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void aMisspelledPropertyNamesTheDefinedOne() {
    ReadResult r = READER.read(
        Fixtures.withLine(27, "          \"timeframe\": \"2020\","));
    assertThat(r.findings()).extracting(Finding::rule, f -> f.path().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("unknown-property",
            "/sections/0/measures/0/timeframe"));
    assertThat(r.findings().get(0).message()).contains("did you mean \"timeFrame\"?");
  }

  @Test
  void aMeasureWithSubMeasuresMayOmitItsTimeFrame() {
    String doc = Fixtures.withLine(27, "          \"measures\": [{\"number\": \"1.1.1\", "
        + "\"title\": {\"en\": \"Sub\"}, \"timeFrame\": \"2021\"}],");
    ReadResult r = READER.read(doc);
    assertThat(r.findings()).isEmpty();
    assertThat(r.plan().orElseThrow().findMeasure("1.1").orElseThrow().timeFrame()).isEmpty();
  }

  @Test
  void aNewerMinorVersionIsAWarningAndUnknownPropertiesBecomeWarnings() {
    String doc = Fixtures.withLine(2, "  \"schemaVersion\": \"1.3\", \"newThing\": true,");
    ReadResult r = READER.read(doc);
    assertThat(r.findings()).extracting(Finding::rule, Finding::severity).containsExactly(
        org.assertj.core.groups.Tuple.tuple("schema-version", Severity.WARNING),
        org.assertj.core.groups.Tuple.tuple("unknown-property", Severity.WARNING));
    assertThat(r.plan()).isPresent();
  }

  @Test
  void anotherMajorVersionStopsBindingAfterTheVersion() {
    ReadResult r = READER.read("{\"schemaVersion\": \"2.0\", \"whatever\": 1}");
    assertThat(r.findings()).extracting(Finding::rule).containsExactly("schema-version");
  }

  @Test
  void valuesAreQuotedShortAndEscapedInMessages() {
    String evil = "\\u001b[31m\\nFAKE: ok " + "x".repeat(100);
    ReadResult r = READER.read(Fixtures.withLine(3, "  \"id\": \"" + evil + "\","));
    String message = r.findings().get(0).message();
    assertThat(message).doesNotContain("\n", "\u001b").contains("\\u001b", "\\u000a", "...");
  }

  @Test
  void fiftyProblemsGiveFiftyFindings() {
    StringBuilder doc = new StringBuilder("{\"schemaVersion\": \"1.0\", \"id\": \"many\", "
        + "\"kind\": \"NATIONAL_PROGRAM\", \"country\": \"AZ\", \"title\": {\"az\": \"P\"}, "
        + "\"languages\": [\"az\"], \"period\": \"2020/2022\", \"institutions\": [], "
        + "\"sections\": [{\"number\": \"1\", \"title\": {\"az\": \"S\"}, \"measures\": [\n");
    for (int i = 1; i <= 50; i++) {
      doc.append(i > 1 ? ",\n" : "").append("{\"number\": \"1.").append(i)
          .append("\", \"title\": {\"az\": \"M\"}, \"timeFrame\": \"2020-").append(i + 12)
          .append("\"}");
    }
    doc.append("]}]}");

    List<Finding> findings = READER.read(doc.toString()).findings();

    assertThat(findings).hasSize(50).allSatisfy(f -> assertThat(f.rule())
        .isEqualTo("invalid-value"));
    assertThat(findings.get(49).location()).contains(TextLocation.of(51, 55));
    assertThat(findings.get(49).message()).contains("2020-62");
  }

  @Test
  void aDocumentWithManyProblemsGivesAllOfThem() {
    StringBuilder doc = new StringBuilder("{\"schemaVersion\": \"1.0\", \"id\": \"many\", "
        + "\"kind\": \"NATIONAL_PROGRAM\", \"country\": \"AZ\", \"title\": {\"az\": \"P\"}, "
        + "\"languages\": [\"az\"], \"period\": \"2020/2022\", \"institutions\": [], "
        + "\"sections\": [{\"number\": \"1\", \"title\": {\"az\": \"S\"}, \"measures\": [\n");
    for (int i = 1; i <= 50; i++) {
      String timeFrame = i == 3 ? "2020" : "\"2020\"";
      String extra = i == 40 ? ", \"indicator\": []" : "";
      doc.append(i > 1 ? ",\n" : "").append("{\"number\": \"1.").append(i)
          .append("\", \"title\": {\"az\": \"M\"}, \"timeFrame\": ").append(timeFrame)
          .append(extra).append("}");
    }
    doc.append("]}]}");

    List<Finding> findings = READER.read(doc.toString()).findings();

    assertThat(findings).extracting(f -> f.path().toString(), Finding::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/sections/0/measures/2/timeFrame", "wrong-type"),
        org.assertj.core.groups.Tuple.tuple("/sections/0/measures/39/indicator",
            "unknown-property"));
    assertThat(findings.get(0).location()).contains(TextLocation.of(4, 54));
    assertThat(findings.get(1).message()).contains("did you mean \"indicators\"?");
  }
}
