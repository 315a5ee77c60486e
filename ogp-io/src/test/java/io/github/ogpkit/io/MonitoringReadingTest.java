package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.ogpkit.model.Assessment;
import io.github.ogpkit.model.Decision;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.DocumentType;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.IrmProduct;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.MemberStatus;
import io.github.ogpkit.model.MemberType;
import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.OpenGovernmentResult;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.PartialDate;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanRef;
import io.github.ogpkit.model.PotentialImpact;
import io.github.ogpkit.model.ProgressEntry;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.model.Specificity;
import io.github.ogpkit.model.StatusChange;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Progress reports, IRM assessments and members: every property read, written back and broken
 * (the finding's rule, path, line and column), the type told from {@code type}, and the reading
 * rules MONITORING.md adds.
 */
class MonitoringReadingTest {

  private static final DocumentReader READER = DocumentReader.standard();

  private static Document read(String json) {
    ReadResult r = READER.read(json);
    assertThat(r.findings()).as("findings of %s", json).isEmpty();
    return r.document().orElseThrow();
  }

  @Test
  void aProgressReportReadsEveryPropertyIntoTheModel() {
    ProgressReport r = (ProgressReport) read(MonitoringSamples.progressReport());
    assertThat(r.id()).isEqualTo("xx-tracker-2023");
    assertThat(r.plan()).isEqualTo("xx-plan");
    assertThat(r.reporter().kind()).isEqualTo(ReporterKind.GOVERNMENT);
    assertThat(r.reporter().name()).isEqualTo(LocalizedText.of("en", "Government"));
    assertThat(r.reporter().extensions().members()).containsKey("a");
    assertThat(r.asOf()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(r.published()).contains(LocalDate.of(2023, 7, 15));
    assertThat(r.languages()).containsExactly("en", "az");
    assertThat(r.links()).hasSize(1);
    assertThat(r.extensions().members()).containsKey("source");
    ProgressEntry e = r.entries().get(0);
    assertThat(e.measure()).contains(OutlineNumber.parse("1.1"));
    assertThat(e.ogpId()).contains("XX0001");
    assertThat(e.status()).contains(ProgressStatus.LIMITED);
    assertThat(e.onSchedule()).contains(false);
    assertThat(e.summary()).contains(LocalizedText.of("en", "Slow"));
    assertThat(e.challenges()).contains(LocalizedText.of("en", "Funding"));
    assertThat(e.nextSteps()).contains(LocalizedText.of("en", "Ask"));
    assertThat(e.evidence()).hasSize(1);
    assertThat(e.extensions().members()).containsKey("x");
  }

  @Test
  void anIrmAssessmentReadsEveryPropertyIntoTheModel() {
    IrmAssessment a = (IrmAssessment) read(MonitoringSamples.irmAssessment());
    assertThat(a.id()).isEqualTo("xx-irm-review");
    assertThat(a.plan()).isEqualTo("xx-plan");
    assertThat(a.product()).isEqualTo(IrmProduct.ACTION_PLAN_REVIEW);
    assertThat(a.published()).isEqualTo(PartialDate.of(2021, 6));
    assertThat(a.languages()).containsExactly("en");
    assertThat(a.links()).hasSize(1);
    assertThat(a.extensions().members()).containsKey("source");
    Assessment e = a.entries().get(0);
    assertThat(e.measure()).contains(OutlineNumber.parse("1"));
    assertThat(e.ogpId()).contains("XX0001");
    assertThat(e.specificity()).contains(Specificity.HIGH);
    assertThat(e.verifiable()).contains(false);
    assertThat(e.ogpValues()).containsExactly(OgpValue.ACCESS_TO_INFORMATION,
        OgpValue.CIVIC_PARTICIPATION);
    assertThat(e.potentialImpact()).contains(PotentialImpact.MODERATE);
    assertThat(e.promising()).contains(false);
    assertThat(e.completion()).contains(IrmCompletion.LIMITED);
    assertThat(e.didItOpenGovernment()).contains(OpenGovernmentResult.MARGINAL);
    assertThat(e.starred()).contains(false);
    assertThat(e.summary()).contains(LocalizedText.of("en", "Fine"));
    assertThat(e.extensions().members()).containsKey("x");
  }

  @Test
  void aMemberReadsEveryPropertyIntoTheModel() {
    Member m = (Member) read(MonitoringSamples.member());
    assertThat(m.id()).isEqualTo("xx-city");
    assertThat(m.name()).isEqualTo(LocalizedText.of("en", "City"));
    assertThat(m.memberType()).isEqualTo(MemberType.LOCAL);
    assertThat(m.country()).isEqualTo("AZ");
    assertThat(m.jurisdiction()).contains(LocalizedText.of("en", "City Council"));
    assertThat(m.joined()).isEqualTo(PartialDate.of(2016));
    assertThat(m.links()).hasSize(1);
    assertThat(m.extensions().members()).containsKey("source");
    StatusChange c = m.statusHistory().get(0);
    assertThat(c.status()).isEqualTo(MemberStatus.ACTIVE);
    assertThat(c.from()).isEqualTo(PartialDate.of(2016));
    assertThat(c.decidedBy()).contains(LocalizedText.of("en", "SC"));
    assertThat(c.reason()).contains(LocalizedText.of("en", "Joined"));
    assertThat(c.links()).hasSize(1);
    assertThat(c.extensions().members()).containsKey("x");
    Decision d = m.decisions().get(0);
    assertThat(d.date()).isEqualTo(PartialDate.of(2017, 6, 28));
    assertThat(d.status()).isEqualTo(MemberStatus.ACTIVE);
    assertThat(d.decidedBy()).contains(LocalizedText.of("en", "SC"));
    assertThat(d.summary()).contains(LocalizedText.of("en", "Kept"));
    assertThat(d.links()).hasSize(1);
    assertThat(d.extensions().members()).containsKey("x");
    PlanRef p = m.actionPlans().get(0);
    assertThat(p.plan()).isEqualTo("xx-plan");
    assertThat(p.period()).isEqualTo(TimeFrame.parse("2016/2018"));
    assertThat(p.adopted()).contains(PartialDate.of(2016, 4));
    assertThat(p.links()).hasSize(1);
    assertThat(p.extensions().members()).containsKey("x");
  }

  static Stream<Supplier<String>> samples() {
    return MonitoringSamples.all();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyPropertyIsWrittenBackAndReadAgainTheSame(Supplier<String> sample) {
    Document d = read(sample.get());
    String written = DocumentWriter.canonical().write(d);
    assertThat(READER.read(written).findings()).isEmpty();
    assertThat(READER.read(written).document()).contains(d);
    assertThat(DocumentWriter.canonical().write(READER.read(written).document().orElseThrow()))
        .isEqualTo(written);
    // Every property of the sample is there again, in canonical order, the type second.
    assertThat(written.lines().skip(2).findFirst().orElseThrow()).startsWith("  \"type\": ");
  }

  /**
   * The names of the properties written at one indentation, in the order written, but for those
   * of links, texts and extensions (which share indentations with the objects tested).
   */
  private static List<String> keysAt(String written, int indent) {
    Set<String> others = Set.of("rel", "href", "title", "en", "az", "x", "a", "source");
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(?m)^" + " ".repeat(indent) + "\"(\\w+)\":").matcher(written);
    List<String> keys = new java.util.ArrayList<>();
    while (m.find()) {
      if (!others.contains(m.group(1))) {
        keys.add(m.group(1));
      }
    }
    return keys;
  }

  @Test
  void theWriterWritesPropertiesInMonitoringsCanonicalOrder() {
    String report = DocumentWriter.canonical().write(read(MonitoringSamples.progressReport()));
    assertThat(keysAt(report, 2)).containsExactly("schemaVersion", "type", "id", "plan",
        "reporter", "asOf", "published", "languages", "links", "entries", "extensions");
    assertThat(keysAt(report, 6)).containsExactly("measure", "ogpId", "status", "onSchedule",
        "summary", "challenges", "nextSteps", "evidence", "extensions");
    assertThat(keysAt(report, 4)).containsExactly("kind", "name", "extensions");
    String irm = DocumentWriter.canonical().write(read(MonitoringSamples.irmAssessment()));
    assertThat(keysAt(irm, 2)).containsExactly("schemaVersion", "type", "id", "plan", "product",
        "published", "languages", "links", "entries", "extensions");
    assertThat(keysAt(irm, 6)).containsExactly("measure", "ogpId", "specificity", "verifiable",
        "ogpValues", "potentialImpact", "promising", "completion", "didItOpenGovernment",
        "starred", "summary", "extensions");
    String member = DocumentWriter.canonical().write(read(MonitoringSamples.member()));
    assertThat(keysAt(member, 2)).containsExactly("schemaVersion", "type", "id", "name",
        "memberType", "country", "jurisdiction", "joined", "links", "statusHistory",
        "decisions", "actionPlans", "extensions");
    assertThat(keysAt(member, 6)).containsExactly(
        "status", "from", "decidedBy", "reason", "links", "extensions",
        "date", "status", "decidedBy", "summary", "links", "extensions",
        "plan", "period", "adopted", "links", "extensions");
  }

  @Test
  void falseIsWrittenForTheBooleansWhereItIsAStatementAndNothingForAnAbsentOne() {
    String report = DocumentWriter.canonical().write(read(MonitoringSamples.progressReport()));
    assertThat(report).contains("\"onSchedule\": false");
    String irm = DocumentWriter.canonical().write(read(MonitoringSamples.irmAssessment()));
    assertThat(irm).contains("\"verifiable\": false", "\"promising\": false",
        "\"starred\": false");
    String without = DocumentWriter.canonical().write(read(MonitoringSamples.withLine(
        MonitoringSamples.irmAssessment(), 15, "")));
    assertThat(without).doesNotContain("verifiable");
  }

  /** A case: replace line {@code line} of a sample; expect one finding at the anchor. */
  static Arguments broken(Supplier<String> sample, int line, String text, String rule,
      String path, String anchor) {
    int column = text.indexOf(anchor) + 1;
    assertThat(column).as("anchor %s in %s", anchor, text).isPositive();
    return arguments(sample.get(), line, text, rule, path, line, column);
  }

  static Arguments brokenAt(Supplier<String> sample, int line, String text, String rule,
      String path, int atLine, int atColumn) {
    return arguments(sample.get(), line, text, rule, path, atLine, atColumn);
  }

  static Stream<Arguments> cases() {
    Supplier<String> r = MonitoringSamples::progressReport;
    Supplier<String> a = MonitoringSamples::irmAssessment;
    Supplier<String> m = MonitoringSamples::member;
    return Stream.of(
        // progress-report
        broken(r, 2, "  \"schemaVersion\": \"1.0\",", "schema-version", "/schemaVersion",
            "\"1.0\""),
        broken(r, 4, "  \"id\": \"Tracker\",", "invalid-value", "/id", "\"Tracker\""),
        brokenAt(r, 4, "", "required", "/id", 1, 1),
        broken(r, 5, "  \"plan\": 5,", "wrong-type", "/plan", "5"),
        brokenAt(r, 5, "", "required", "/plan", 1, 1),
        broken(r, 6, "  \"reporter\": {\"kind\": \"STATE\", \"name\": {\"en\": \"G\"}},",
            "invalid-value", "/reporter/kind", "\"STATE\""),
        broken(r, 6, "  \"reporter\": {\"kind\": \"IRM\"},", "required", "/reporter/name", "{"),
        broken(r, 6, "  \"reporter\": \"GOVERNMENT\",", "wrong-type", "/reporter", "\"GOV"),
        brokenAt(r, 6, "", "required", "/reporter", 1, 1),
        broken(r, 7, "  \"asOf\": \"2023-06\",", "invalid-value", "/asOf", "\"2023-06\""),
        broken(r, 7, "  \"asOf\": \"2023-02-29\",", "invalid-value", "/asOf", "\"2023"),
        brokenAt(r, 7, "", "required", "/asOf", 1, 1),
        broken(r, 8, "  \"published\": \"2023\",", "invalid-value", "/published", "\"2023\""),
        broken(r, 8, "  \"published\": null,", "wrong-type", "/published", "null"),
        broken(r, 9, "  \"languages\": [],", "required", "/languages", "["),
        broken(r, 10, "  \"links\": [{\"rel\": \"TRACKER\", \"href\": \"ftp://x.org\"}],",
            "invalid-value", "/links/0/href", "\"ftp"),
        broken(r, 13, "      \"measure\": \"1.0\",", "invalid-value", "/entries/0/measure",
            "\"1.0\""),
        broken(r, 14, "      \"ogpId\": \"xx1\",", "invalid-value", "/entries/0/ogpId",
            "\"xx1\""),
        broken(r, 15, "      \"status\": \"DONE\",", "invalid-value", "/entries/0/status",
            "\"DONE\""),
        broken(r, 16, "      \"onSchedule\": \"yes\",", "wrong-type", "/entries/0/onSchedule",
            "\"yes\""),
        broken(r, 17, "      \"summary\": \"Slow\",", "wrong-type", "/entries/0/summary",
            "\"Slow\""),
        broken(r, 18, "      \"challenges\": {},", "required", "/entries/0/challenges",
            "{"),
        broken(r, 19, "      \"nextSteps\": {\"en\": \" \"},", "required",
            "/entries/0/nextSteps/en", "\" \""),
        broken(r, 20, "      \"evidence\": {},", "wrong-type", "/entries/0/evidence", "{"),
        broken(r, 21, "      \"extensions\": []", "wrong-type", "/entries/0/extensions", "["),
        broken(r, 21, "      \"extension\": {}", "unknown-property", "/entries/0/extension",
            "\"extension\""),
        broken(r, 24, "  \"extensions\": {}, \"profile\": \"ogp-action-plan\"",
            "unknown-property", "/profile", "\"profile\""),
        // irm-assessment
        broken(a, 2, "  \"schemaVersion\": \"1.0\",", "schema-version", "/schemaVersion",
            "\"1.0\""),
        broken(a, 6, "  \"product\": \"REVIEW\",", "invalid-value", "/product", "\"REVIEW\""),
        brokenAt(a, 6, "", "required", "/product", 1, 1),
        broken(a, 7, "  \"published\": \"2021-13\",", "invalid-value", "/published", "\"2021"),
        broken(a, 7, "  \"published\": 2021,", "wrong-type", "/published", "2021"),
        brokenAt(a, 7, "", "required", "/published", 1, 1),
        broken(a, 12, "      \"measure\": 1,", "wrong-type", "/entries/0/measure", "1"),
        broken(a, 14, "      \"specificity\": \"high\",", "invalid-value",
            "/entries/0/specificity", "\"high\""),
        broken(a, 15, "      \"verifiable\": 0,", "wrong-type", "/entries/0/verifiable", "0"),
        broken(a, 16, "      \"ogpValues\": [\"ACCESS_TO_INFORMATION\", \"ACCESS_TO_INFORMATION\"],",
            "invalid-value", "/entries/0/ogpValues/1", "\"ACCESS_TO_INFORMATION\"]"),
        broken(a, 17, "      \"potentialImpact\": \"HIGH\",", "invalid-value",
            "/entries/0/potentialImpact", "\"HIGH\""),
        broken(a, 18, "      \"promising\": \"false\",", "wrong-type", "/entries/0/promising",
            "\"false\""),
        broken(a, 19, "      \"completion\": \"WITHDRAWN\",", "invalid-value",
            "/entries/0/completion", "\"WITHDRAWN\""),
        broken(a, 20, "      \"didItOpenGovernment\": \"MINOR\",", "invalid-value",
            "/entries/0/didItOpenGovernment", "\"MINOR\""),
        broken(a, 21, "      \"starred\": null,", "wrong-type", "/entries/0/starred", "null"),
        broken(a, 22, "      \"summary\": [],", "wrong-type", "/entries/0/summary", "["),
        broken(a, 23, "      \"extensions\": {}, \"status\": \"COMPLETE\"", "unknown-property",
            "/entries/0/status", "\"status\""),
        // member
        broken(m, 2, "  \"schemaVersion\": \"1.0\",", "schema-version", "/schemaVersion",
            "\"1.0\""),
        broken(m, 5, "  \"name\": \"City\",", "wrong-type", "/name", "\"City\""),
        brokenAt(m, 5, "", "required", "/name", 1, 1),
        broken(m, 6, "  \"memberType\": \"CITY\",", "invalid-value", "/memberType", "\"CITY\""),
        broken(m, 7, "  \"country\": \"Az\",", "invalid-value", "/country", "\"Az\""),
        broken(m, 8, "  \"jurisdiction\": {\"EN \": \"x\"},", "invalid-value",
            "/jurisdiction/EN ", "\"EN \""),
        broken(m, 9, "  \"joined\": \"2016-1\",", "invalid-value", "/joined", "\"2016-1\""),
        brokenAt(m, 9, "", "required", "/joined", 1, 1),
        broken(m, 12, "    {\"status\": \"EXPELLED\", \"from\": \"2016\"}", "invalid-value",
            "/statusHistory/0/status", "\"EXPELLED\""),
        broken(m, 12, "    {\"status\": \"ACTIVE\", \"from\": \"16\"}", "invalid-value",
            "/statusHistory/0/from", "\"16\""),
        broken(m, 12, "    {\"status\": \"ACTIVE\"}", "required", "/statusHistory/0/from", "{"),
        broken(m, 12, "    {\"status\": \"ACTIVE\", \"from\": \"2016\", \"reason\": 1}",
            "wrong-type", "/statusHistory/0/reason", "1}"),
        broken(m, 15, "    {\"date\": \"2017-06-31\", \"status\": \"ACTIVE\"}", "invalid-value",
            "/decisions/0/date", "\"2017"),
        broken(m, 15, "    {\"date\": \"2017\"}", "required", "/decisions/0/status", "{"),
        broken(m, 15, "    {\"date\": \"2017\", \"status\": \"ACTIVE\", \"decided\": {}}",
            "unknown-property", "/decisions/0/decided", "\"decided\""),
        broken(m, 18, "    {\"plan\": \"xx-plan\", \"period\": \"2016/..\"}", "invalid-value",
            "/actionPlans/0/period", "\"2016"),
        broken(m, 18, "    {\"plan\": \"xx-plan\", \"period\": \"permanent\"}", "invalid-value",
            "/actionPlans/0/period", "\"permanent\""),
        broken(m, 18, "    {\"plan\": \"Plan\", \"period\": \"2016\"}", "invalid-value",
            "/actionPlans/0/plan", "\"Plan\""),
        broken(m, 18, "    {\"plan\": \"xx-plan\"}", "required", "/actionPlans/0/period", "{"),
        broken(m, 18, "    {\"plan\": \"xx-plan\", \"period\": \"2016\", \"adopted\": \"April\"}",
            "invalid-value", "/actionPlans/0/adopted", "\"April\""),
        broken(m, 18, "    {\"plan\": \"xx-plan\", \"period\": \"2016\", \"extensions\": 1}",
            "wrong-type", "/actionPlans/0/extensions", "1}"),
        broken(m, 18, "    {\"plan\": \"xx-plan\", \"period\": \"2016\", \"links\": [1]}",
            "wrong-type", "/actionPlans/0/links/0", "1]"),
        broken(m, 4, "  \"id\": \"xx city\",", "invalid-value", "/id", "\"xx city\""),
        broken(m, 10, "  \"links\": [{\"rel\": \"PAGE\", \"href\": \"https://x.org\"}],",
            "invalid-value", "/links/0/rel", "\"PAGE\""),
        broken(m, 12, "    {\"status\": \"ACTIVE\", \"from\": \"2016\", \"decidedBy\": {}}",
            "required", "/statusHistory/0/decidedBy", "{}"),
        broken(m, 15, "    {\"date\": \"2017\", \"status\": \"ACTIVE\", \"summary\": \"x\"}",
            "wrong-type", "/decisions/0/summary", "\"x\""),
        broken(m, 20, "  \"extensions\": []", "wrong-type", "/extensions", "["),
        broken(a, 4, "  \"id\": \"\",", "invalid-value", "/id", "\"\""),
        broken(a, 5, "  \"plan\": \"XX-PLAN\",", "invalid-value", "/plan", "\"XX-PLAN\""),
        broken(a, 8, "  \"languages\": [\"en\", \"en\"],", "invalid-value", "/languages/1",
            "\"en\"]"),
        broken(a, 9, "  \"links\": [{\"href\": \"https://x.org\"}],", "required",
            "/links/0/rel", "{"),
        broken(a, 26, "  \"extensions\": \"x\"", "wrong-type", "/extensions", "\"x\""),
        broken(r, 6, "  \"reporter\": {\"kind\": \"IRM\", \"name\": {\"en\": \"I\"}, \"extensions\": 2},",
            "wrong-type", "/reporter/extensions", "2}"),
        broken(r, 6, "  \"reporter\": {\"kind\": \"IRM\", \"name\": {\"en\": \"I\"}, \"id\": 2},",
            "unknown-property", "/reporter/id", "\"id\""));
  }

  @ParameterizedTest(name = "[{index}] line {1} -> {3} at {4}")
  @MethodSource("cases")
  void aBrokenPropertyGivesTheNamedFindingAtItsPathLineAndColumn(String sample, int line,
      String text, String rule, String path, int atLine, int atColumn) {
    ReadResult r = READER.read(MonitoringSamples.withLine(sample, line, text));

    assertThat(r.document()).isEmpty();
    ReadingRulesTest.hasOneError(r, text, rule, path, atLine, atColumn);
  }

  @Test
  void emptyEntriesAndAnEmptyStatusHistoryAreRequiredAtTheArray() {
    String report = MonitoringSamples.progressReport()
        .replaceAll("(?s)\"entries\": \\[.*?\n  \\],", "\"entries\": [],");
    String irm = MonitoringSamples.irmAssessment()
        .replaceAll("(?s)\"entries\": \\[.*?\n  \\],", "\"entries\": {},");
    String member = MonitoringSamples.member()
        .replaceAll("(?s)\"statusHistory\": \\[.*?\n  \\],", "\"statusHistory\": [],");
    assertThat(READER.read(report).findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("required");
      assertThat(f.path()).isEqualTo(JsonPointer.parse("/entries"));
      assertThat(f.location()).contains(TextLocation.of(11, 14));
    });
    assertThat(READER.read(irm).findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("wrong-type");
      assertThat(f.path()).isEqualTo(JsonPointer.parse("/entries"));
    });
    assertThat(READER.read(member).findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("required");
      assertThat(f.path()).isEqualTo(JsonPointer.parse("/statusHistory"));
      assertThat(f.location()).contains(TextLocation.of(11, 20));
    });
  }

  @Test
  void anEntryWithNoStatusNoScheduleAndNoSummaryIsRequiredAtItsStatus() {
    String json = MonitoringSamples.progressReport();
    for (int line : List.of(15, 16, 17)) {
      json = MonitoringSamples.withLine(json, line, "");
    }
    ReadResult r = READER.read(json);
    assertThat(r.document()).isEmpty();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("required");
      assertThat(f.path()).isEqualTo(JsonPointer.parse("/entries/0/status"));
      assertThat(f.location()).contains(TextLocation.of(12, 5));
      assertThat(f.message()).contains("\"status\"", "onSchedule", "summary");
    });
  }

  @Test
  void findingsAreInTheCanonicalOrderOfTheDocumentsOwnType() {
    String json = MonitoringSamples.withLine(MonitoringSamples.withLine(
        MonitoringSamples.progressReport(), 6,
        "  \"reporter\": {\"kind\": \"STATE\", \"name\": {\"en\": \"G\"}},"), 7,
        "  \"asOf\": \"2023\",");
    ReadResult r = READER.read(json);
    // A plan has neither: by the plan's order they would sort by name, asOf first.
    assertThat(r.findings()).extracting(f -> f.path().toString())
        .containsExactly("/reporter/kind", "/asOf");
    assertThat(r.report().documentType()).isEqualTo(DocumentType.PROGRESS_REPORT);
    assertThat(r.report().summary()).startsWith("progress-report: 2 errors");
  }

  @Test
  void anEntryWithOnlyOneOfStatusOnScheduleOrSummaryBinds() {
    String json = MonitoringSamples.progressReport();
    for (int keep : List.of(15, 16, 17)) {
      String one = json;
      for (int line : List.of(15, 16, 17)) {
        if (line != keep) {
          one = MonitoringSamples.withLine(one, line, "");
        }
      }
      assertThat(READER.read(one).findings()).as("keeping line %d", keep).isEmpty();
    }
  }

  @Test
  void aNullStatusIsItsOwnFindingNotAlsoAMissingOne() {
    String json = MonitoringSamples.withLine(MonitoringSamples.withLine(
        MonitoringSamples.withLine(MonitoringSamples.progressReport(), 15,
            "      \"status\": null,"), 16, ""), 17, "");
    assertThat(READER.read(json).findings()).singleElement()
        .satisfies(f -> assertThat(f.rule()).isEqualTo("wrong-type"));
  }

  @Test
  void entriesWithNeitherMeasureNorOgpIdBindForTheRuleToReport() {
    String json = MonitoringSamples.withLine(MonitoringSamples.withLine(
        MonitoringSamples.progressReport(), 13, ""), 14, "");
    ProgressReport r = (ProgressReport) read(json);
    assertThat(r.entries().get(0).measure()).isEmpty();
    assertThat(r.entries().get(0).ogpId()).isEmpty();
    String irm = MonitoringSamples.withLine(MonitoringSamples.withLine(
        MonitoringSamples.irmAssessment(), 12, ""), 13, "");
    assertThat(((IrmAssessment) read(irm)).entries().get(0).measure()).isEmpty();
  }

  @Test
  void theTypeDecidesHowTheRootIsReadWhereverItStands() {
    String json = MonitoringSamples.withLine(MonitoringSamples.withLine(
        MonitoringSamples.member(), 3, ""), 20,
        "  \"extensions\": {\"source\": \"test\"}, \"type\": \"member\"");
    assertThat(read(json)).isInstanceOf(Member.class);
    assertThat(read(MonitoringSamples.progressReport())).isInstanceOf(ProgressReport.class);
    assertThat(read(MonitoringSamples.irmAssessment())).isInstanceOf(IrmAssessment.class);
  }

  @Test
  void aDocumentWithoutTypeIsAPlanReadAsPlanReaderReadsIt() {
    ReadResult r = READER.read(Fixtures.valid());
    assertThat(r.findings()).isEmpty();
    assertThat(r.document()).containsInstanceOf(Plan.class);
    assertThat(r.plan()).isEqualTo(PlanReader.standard().read(Fixtures.valid()).plan());
    assertThat(r.checkedPlan()).isPresent();
    assertThat(r.document()).contains(r.plan().orElseThrow());
  }

  @Test
  void aPlanWithTypePlanIsAPlan() {
    String json = Fixtures.withLine(3, "  \"id\": \"xx-plan\", \"type\": \"plan\",");
    assertThat(READER.read(json).plan()).isPresent();
  }

  @Test
  void anUnknownTypeIsAnErrorNamingTheTypesWithTheNearestAndNothingElseIsChecked() {
    String json = MonitoringSamples.withLine(MonitoringSamples.progressReport(), 3,
        "  \"type\": \"progress_report\", \"nonsense\": 1,");
    ReadResult r = READER.read(json);
    assertThat(r.document()).isEmpty();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("invalid-value");
      assertThat(f.path()).isEqualTo(JsonPointer.parse("/type"));
      assertThat(f.location()).contains(TextLocation.of(3, 11));
      assertThat(f.message()).contains("plan, progress-report, irm-assessment, member",
          "did you mean \"progress-report\"?");
    });
    assertThat(READER.read(MonitoringSamples.withLine(MonitoringSamples.member(), 3,
        "  \"type\": \"country\",")).findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).doesNotContain("did you mean"));
  }

  @Test
  void aTypeThatIsNoStringIsWrongTypeAndNothingElseIsChecked() {
    ReadResult r = READER.read(MonitoringSamples.withLine(MonitoringSamples.member(), 3,
        "  \"type\": [\"member\"], \"nonsense\": 1,"));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("wrong-type");
      assertThat(f.path()).isEqualTo(JsonPointer.parse("/type"));
    });
  }

  @Test
  void aNullTypeIsWrongTypeNotADocumentWithoutFindings() {
    ReadResult r = READER.read("{\"schemaVersion\": \"1.1\", \"type\": null}");
    assertThat(r.document()).isEmpty();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("wrong-type");
      assertThat(f.path()).isEqualTo(JsonPointer.parse("/type"));
      assertThat(f.location()).contains(TextLocation.of(1, 34));
    });
  }

  @Test
  void aNewerMinorOfANewTypeIsAWarningAndTheDocumentBinds() {
    ReadResult r = READER.read(MonitoringSamples.withLine(MonitoringSamples.member(), 2,
        "  \"schemaVersion\": \"1.2\", \"future\": 1,"));
    assertThat(r.document()).containsInstanceOf(Member.class);
    assertThat(r.findings()).extracting(Finding::rule)
        .containsExactly("schema-version", "unknown-property");
    assertThat(r.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void planReaderReportsAnotherDocumentTypeAsBeforeAndPointsToDocumentReader() {
    ReadResult r = PlanReader.standard().read(MonitoringSamples.progressReport());
    assertThat(r.document()).isEmpty();
    assertThat(r.plan()).isEmpty();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("invalid-value");
      assertThat(f.path()).isEqualTo(JsonPointer.parse("/type"));
      assertThat(f.message()).contains("DocumentReader");
    });
  }

  @Test
  void validateLeavesADocumentThatIsNoPlanToItsReadingFindings() {
    ReadResult r = READER.read(MonitoringSamples.member());
    assertThat(r.validate(plan -> {
      throw new AssertionError("no plan to validate");
    }).findings()).isEmpty();
  }

  @Test
  void everyInputReadsTheSameDocumentAndAFileNamesItsReport(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws java.io.IOException {
    String json = MonitoringSamples.member();
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("m.json"), bytes);
    Document d = read(json);
    assertThat(READER.read(bytes).document()).contains(d);
    assertThat(READER.read(new java.io.ByteArrayInputStream(bytes)).document()).contains(d);
    assertThat(READER.read(new java.io.StringReader(json)).document()).contains(d);
    assertThat(READER.read(file).document()).contains(d);
    assertThat(READER.read(file).report().source()).contains(file.toString());
    assertThat(READER.readDocument(file)).isEqualTo(d);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> READER.read(dir.resolve("missing.json")))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("document file");
    assertThat(DocumentReader.of(ReadLimits.defaults().withMaxDocumentBytes(10)).read(json)
        .findings()).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("json-syntax"));
  }

  @Test
  void readDocumentReturnsTheDocumentOrThrowsWithTheFindings() {
    assertThat(READER.readDocument(MonitoringSamples.member())).isInstanceOf(Member.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> READER.readDocument(
        MonitoringSamples.withLine(MonitoringSamples.member(), 6, "  \"memberType\": 1,")))
        .isInstanceOf(PlanFormatException.class);
    assertThat(Set.of(READER.limits())).containsExactly(ReadLimits.defaults());
  }
}
