package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Link;
import io.github.ogpkit.model.LinkRel;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.Sector;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The properties and values of format 1.1 (FORMAT-1.1.md): a document using every one of them
 * reads, binds and is written back byte for byte; each one broken gives its finding at its path,
 * line and column.
 */
class Format11Test {

  private static final PlanReader READER = PlanReader.standard();
  private static final String DOC = load();

  private static String load() {
    try (InputStream in = Format11Test.class.getResourceAsStream(
        "/io/github/ogpkit/io/format-1.1.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aDocumentUsingEveryNewPropertyReadsWithoutFindingsAndIsWrittenBackExactly() {
    ReadResult r = READER.read(DOC);
    assertThat(r.findings()).isEmpty();
    Plan plan = r.plan().orElseThrow();
    assertThat(PlanWriter.canonical().write(plan)).isEqualTo(DOC);
    assertThat(r.checkedPlan().orElseThrow().schemaVersion()).isEqualTo("1.1");
  }

  @Test
  void everyNewPropertyIsBoundToTheModel() {
    Plan plan = READER.readPlan(DOC);
    assertThat(plan.kind()).isEqualTo(PlanKind.OGP_LOCAL_ACTION_PLAN);
    assertThat(plan.profile()).contains("ogp-action-plan");
    assertThat(plan.jurisdiction().orElseThrow().get("en")).contains("Sample County");
    assertThat(plan.planNumber()).hasValue(2);
    assertThat(plan.adoption().orElseThrow().language()).contains("sw");
    assertThat(plan.links()).extracting(Link::rel, l -> l.href().toString()).containsExactly(
        tuple(LinkRel.SOURCE, "https://example.org/plans/sample-2024.pdf"),
        tuple(LinkRel.OGP_PAGE, "http://example.org/members/sample/"));
    assertThat(plan.institutions().get(0).kind().sector()).isEqualTo(Sector.GOVERNMENT);
    assertThat(plan.institutions().get(1).kind())
        .isEqualTo(InstitutionKind.MULTI_STAKEHOLDER_FORUM);

    Measure m = plan.measures().get(0);
    assertThat(m.code()).contains("C01");
    assertThat(m.ogpId()).contains("XX0001");
    assertThat(m.problem()).isPresent();
    assertThat(m.statusQuo()).isPresent();
    assertThat(m.objective()).isPresent();
    assertThat(m.expectedResults()).isPresent();
    assertThat(m.ogpValues()).containsExactly(OgpValue.ACCESS_TO_INFORMATION,
        OgpValue.TECHNOLOGY_AND_INNOVATION);
    assertThat(m.policyAreas()).containsExactly("fiscal-openness", "open-data");
    assertThat(m.institutions().get(1).role()).isEqualTo(Role.SUPPORTING);
    assertThat(m.institutions().get(1).extensions().members()).containsKey("note");
    assertThat(m.timeFrame()).contains(TimeFrame.parse("2024-Q3/2025-06-30"));
    assertThat(m.timeFramePrinted()).isPresent();
    assertThat(m.links()).hasSize(1);
    assertThat(m.measures().get(2).timeFrame()).isEmpty();
    assertThat(plan.allMeasures()).extracting(x -> x.number().toString())
        .containsExactly("1", "1.1", "1.2", "1.3", "2.1");

    Section s = plan.sections().get(0);
    assertThat(s.code()).contains("II");
    assertThat(s.ogpId()).contains("XX0002");
    assertThat(s.policyAreas()).containsExactly("public-participation");
    assertThat(s.links()).extracting(Link::rel).containsExactly(LinkRel.EVIDENCE);
  }

  @Test
  void ogpValuesAreWrittenInTheirCanonicalOrderWhateverOrderTheyWereReadIn() {
    String reordered = DOC.replace("""
        "ACCESS_TO_INFORMATION",
                "TECHNOLOGY_AND_INNOVATION\"""", """
        "TECHNOLOGY_AND_INNOVATION",
                "ACCESS_TO_INFORMATION\"""");
    assertThat(reordered).isNotEqualTo(DOC);
    assertThat(PlanWriter.canonical().write(READER.readPlan(reordered))).isEqualTo(DOC);
  }

  static Stream<Arguments> broken() {
    return Stream.of(
        arguments("\"profile\": \"ogp-action-plan\"", "\"profile\": \"strict\"",
            "invalid-value", "/profile"),
        arguments("\"profile\": \"ogp-action-plan\"", "\"profile\": 1", "wrong-type",
            "/profile"),
        arguments("\"jurisdiction\": {", "\"jurisdiction\": [{", "wrong-type",
            "/jurisdiction"),
        arguments("\"planNumber\": 2", "\"planNumber\": 0", "invalid-value", "/planNumber"),
        arguments("\"planNumber\": 2", "\"planNumber\": 2.5", "wrong-type", "/planNumber"),
        arguments("\"planNumber\": 2", "\"planNumber\": \"2\"", "wrong-type", "/planNumber"),
        arguments("\"language\": \"sw\"", "\"language\": \"not a tag\"", "invalid-value",
            "/adoption/language"),
        arguments("\"rel\": \"SOURCE\"", "\"rel\": \"source\"", "invalid-value",
            "/links/0/rel"),
        arguments("\"href\": \"https://example.org/plans/sample-2024.pdf\"",
            "\"href\": \"ftp://example.org/plan.pdf\"", "invalid-value", "/links/0/href"),
        arguments("\"href\": \"https://example.org/plans/sample-2024.pdf\"",
            "\"href\": \"/plans/sample.pdf\"", "invalid-value", "/links/0/href"),
        arguments("\"href\": \"https://example.org/plans/sample-2024.pdf\"",
            "\"href\": \"https://exa mple.org/\"", "invalid-value", "/links/0/href"),
        arguments("\"code\": \"C01\"", "\"code\": \"  \"", "invalid-value",
            "/measures/0/code"),
        arguments("\"code\": \"C01\"", "\"code\": \"" + "C".repeat(51) + "\"",
            "invalid-value", "/measures/0/code"),
        arguments("\"ogpId\": \"XX0001\"", "\"ogpId\": \"xx0001\"", "invalid-value",
            "/measures/0/ogpId"),
        arguments("\"ogpId\": \"XX0002\"", "\"ogpId\": \"XX-0002\"", "invalid-value",
            "/sections/0/ogpId"),
        arguments("\"problem\": {", "\"problem\": \"text\", \"x\": {", "wrong-type",
            "/measures/0/problem"),
        arguments("\"ACCESS_TO_INFORMATION\",", "\"ACCESS_TO_INFORMATION\", \"OPENNESS\",",
            "invalid-value", "/measures/0/ogpValues/1"),
        arguments("\"ACCESS_TO_INFORMATION\",",
            "\"ACCESS_TO_INFORMATION\", \"ACCESS_TO_INFORMATION\",", "invalid-value",
            "/measures/0/ogpValues/1"),
        arguments("\"fiscal-openness\",", "\"fiscal-openness\", \"fiscal-openness\",",
            "invalid-value", "/measures/0/policyAreas/1"),
        arguments("\"fiscal-openness\",", "\"Fiscal Openness\",", "invalid-value",
            "/measures/0/policyAreas/0"),
        arguments("\"role\": \"SUPPORTING\"", "\"role\": \"SUPPORT\"", "invalid-value",
            "/measures/0/institutions/1/role"),
        arguments("\"note\": \"co-creation\"", "\"note\": \"co-creation\"}, \"x\": {",
            "unknown-property", "/measures/0/institutions/1/x"),
        arguments("\"timeFrame\": \"../2024-12\"", "\"timeFrame\": \"../..\"",
            "invalid-value", "/measures/0/measures/0/timeFrame"),
        arguments("\"kind\": \"SUBNATIONAL_GOVERNMENT\"", "\"kind\": \"COUNTY\"",
            "invalid-value", "/institutions/0/kind"),
        arguments("\"period\": \"2024-07/2027-06\"", "\"period\": \"2024-07/..\"",
            "invalid-value", "/period"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("broken")
  void aBrokenNewPropertyGivesItsFindingAtItsPathLineAndColumn(String find, String replace,
      String rule, String path) {
    assertThat(DOC).contains(find);
    String doc = DOC.replaceFirst(java.util.regex.Pattern.quote(find),
        java.util.regex.Matcher.quoteReplacement(replace));
    ReadResult r = READER.read(doc);
    assertThat(r.findings()).as(replace).extracting(Finding::rule, f -> f.path().toString())
        .contains(tuple(rule, path));
    Finding f = r.findings().stream().filter(x -> x.path().toString().equals(path))
        .findFirst().orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).isPresent();
    assertThat(r.plan()).isEmpty();
    if (!rule.equals("unknown-property") && !path.matches(".*/[0-9]+$")) {
      // The value's first character: after the name of the replaced property.
      int at = doc.indexOf(replace) + replace.indexOf(':') + 2;
      assertThat(f.location()).contains(location(doc, at));
    }
  }

  private static TextLocation location(String doc, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (doc.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return TextLocation.of(line, index - lineStart + 1);
  }

  @Test
  void aCodeCountsCharactersNotUtf16Units() {
    String fifty = "\uD83D\uDE00".repeat(50);
    ReadResult r = READER.read(DOC.replace("\"code\": \"C01\"", "\"code\": \"" + fifty + "\""));
    assertThat(r.findings()).isEmpty();
    assertThat(r.plan().orElseThrow().measures().get(0).code()).contains(fifty);
  }

  @Test
  void aRepeatedValueNamesWhereItWasFirst() {
    String doc = DOC.replace("\"fiscal-openness\",", "\"fiscal-openness\", \"fiscal-openness\",");
    assertThat(READER.read(doc).findings()).extracting(Finding::message)
        .containsExactly("\"fiscal-openness\" is listed twice; first at"
            + " /measures/0/policyAreas/0");
  }

  @Test
  void aDocumentOfAnotherTypeIsCheckedNoFurtherThanItsType() {
    String doc = "{\"type\": \"progress-report\", \"schemaVersion\": \"1.1\", \"whatever\": 1,"
        + " \"id\": \"Bad Id\"}";
    ReadResult r = READER.read(doc);
    assertThat(r.findings()).extracting(Finding::rule, f -> f.path().toString())
        .containsExactly(tuple("invalid-value", "/type"));
    assertThat(r.findings().get(0).location()).contains(TextLocation.of(1, 10));
    assertThat(r.plan()).isEmpty();

    String late = "{\"schemaVersion\": \"1.1\", \"type\": \"member\"}";
    assertThat(READER.read(late).findings()).extracting(Finding::rule, f -> f.path().toString())
        .containsExactly(tuple("invalid-value", "/type"));
  }

  @Test
  void aPlanMayStateItsTypeAnywhereAndTheWriterLeavesItOut() {
    String typed = DOC.replace("\"id\": \"xx-local-2024-2027\",",
        "\"id\": \"xx-local-2024-2027\",\n  \"type\": \"plan\",");
    ReadResult r = READER.read(typed);
    assertThat(r.findings()).isEmpty();
    assertThat(PlanWriter.canonical().write(r.plan().orElseThrow())).isEqualTo(DOC);
  }

  @Test
  void aProfileOfANewerMinorVersionIsAWarningAndTheKindDecides() {
    String doc = DOC.replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.3\"")
        .replace("\"profile\": \"ogp-action-plan\"", "\"profile\": \"strict\"");
    ReadResult r = READER.read(doc);
    assertThat(r.findings()).extracting(Finding::rule, Finding::severity).containsExactly(
        tuple("schema-version", Severity.WARNING), tuple("invalid-value", Severity.WARNING));
    assertThat(r.plan().orElseThrow().profile()).isEmpty();
  }

  @Test
  void aPlanWithoutMeasuresAndSectionsLacksSectionsAtTheRoot() {
    String base = "{\"schemaVersion\": \"1.1\", \"id\": \"xx\", \"kind\": \"OGP_ACTION_PLAN\","
        + " \"country\": \"KE\", \"title\": {\"en\": \"T\"}, \"languages\": [\"en\"],"
        + " \"period\": \"2024\", \"institutions\": []";
    for (String rest : List.of("", ", \"sections\": []", ", \"measures\": []",
        ", \"measures\": [], \"sections\": []")) {
      ReadResult r = READER.read(base + rest + "}");
      assertThat(r.findings()).as(rest).extracting(Finding::rule, f -> f.path().toString(),
          f -> f.location().orElseThrow())
          .containsExactly(tuple("required", "/sections", TextLocation.of(1, 1)));
    }
  }

  @Test
  void topLevelMeasuresMakeSectionsOptionalAndEmptySectionsAreNotWritten() {
    String doc = "{\"schemaVersion\": \"1.1\", \"id\": \"xx\", \"kind\": \"OGP_ACTION_PLAN\","
        + " \"country\": \"KE\", \"title\": {\"en\": \"T\"}, \"languages\": [\"en\"],"
        + " \"period\": \"2024\", \"institutions\": [], \"measures\": [{\"number\": \"1\","
        + " \"title\": {\"en\": \"M\"}}], \"sections\": []}";
    ReadResult r = READER.read(doc);
    assertThat(r.findings()).isEmpty();
    String written = PlanWriter.canonical().write(r.plan().orElseThrow());
    assertThat(written).contains("\"measures\"").doesNotContain("\"sections\"");
    assertThat(READER.read(written).findings()).isEmpty();
  }

  @Test
  void aMeasureWithoutATimeFrameBindsInA10DocumentToo() {
    String doc = Fixtures.valid().replace("\"timeFrame\": \"2020-03/2021\",", "");
    ReadResult r = READER.read(doc);
    assertThat(r.findings()).isEmpty();
    assertThat(r.plan().orElseThrow().allMeasures().get(0).timeFrame()).isEmpty();
    assertThat(r.checkedPlan().orElseThrow().schemaVersion()).isEqualTo("1.0");
  }
}
