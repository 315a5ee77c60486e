package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Plan;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every example value of FORMAT.md, used in a document, reads without findings. */
class GoodValuesTest {

  private static Plan read(String doc) {
    ReadResult r = PlanReader.standard().read(doc);
    assertThat(r.findings()).as(doc).isEmpty();
    return r.plan().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016", "2012-03", "2016/2018", "2012-03/2012-04", "2016/2017-06",
      "permanent", "2016/2016"})
  void everyTimeFrameFormReadsAndWritesInItsShortestForm(String timeFrame) {
    Plan plan = read(Fixtures.withLine(27, "          \"timeFrame\": \"" + timeFrame + "\","));
    String written = PlanWriter.canonical().write(plan);
    assertThat(written).contains("\"timeFrame\": \""
        + (timeFrame.equals("2016/2016") ? "2016" : timeFrame) + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016", "2012-03", "2016/2018", "2012-03/2012-04", "2016/2017-06"})
  void everyBoundedTimeFrameIsAPlanPeriod(String period) {
    read(Fixtures.withLine(8, "  \"period\": \"" + period + "\","));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "4", "12"})
  void numbersAsPrintedRead(String number) {
    String doc = Fixtures.withLine(17, "      \"number\": \"" + number + "\",")
        .replace("\"1.1\"", "\"" + number + ".1\"").replace("\"1.2\"", "\"" + number + ".2\"");
    read(doc);
    read(Fixtures.withLine(22, "          \"number\": \"1.2.10\","));
  }

  @ParameterizedTest
  @ValueSource(strings = {"az-ogp-nap-2016-2018", "ministry-of-justice"})
  void identifiersRead(String id) {
    read(Fixtures.withLine(3, "  \"id\": \"" + id + "\","));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"az\": \"Nazirlər Kabineti\", \"en\": \"Cabinet of Ministers\"}",
      "{\"az-Cyrl\": \"Назирләр Кабинети\"}", "{\"ru\": \"Кабинет Министров\"}",
      "{\"en\": \" kept exactly \\u0301 \"}"})
  void localizedTextsReadAndAreKeptExactly(String text) {
    Plan plan = read(Fixtures.withLine(6, "  \"title\": " + text + ","));
    assertThat(PlanReader.standard().readPlan(PlanWriter.canonical().write(plan)).title())
        .isEqualTo(plan.title());
  }

  static Stream<String> kinds() {
    return Arrays.stream(InstitutionKind.values()).map(Enum::name);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyInstitutionKindReads(String kind) {
    read(Fixtures.withLine(13, "    {\"id\": \"cab\", \"name\": {\"en\": \"Cabinet\"}, \"kind\": \""
        + kind + "\", \"collective\": true}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"OGP_ACTION_PLAN", "NATIONAL_PROGRAM"})
  void bothPlanKindsRead(String kind) {
    read(Fixtures.withLine(4, "  \"kind\": \"" + kind + "\","));
  }

  @Test
  void anEmptyInstitutionRegistryReadsWhenNoMeasureNamesOne() {
    String doc = Fixtures.valid().replaceFirst("(?s)  \"institutions\": \\[\n.*?\n  \\],\n",
        "  \"institutions\": [],\n")
        .replace("          \"institutions\": [{\"institution\": \"moj\", \"role\": "
            + "\"EXECUTOR\"}, {\"institution\": \"cab\", \"role\": \"RECOMMENDED\"}],\n", "");
    assertThat(read(doc).institutions()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"x\": {\"deep\": [1.0, 1E+3, -0.5, 123456789012345678901234567890]}}"})
  void extensionsHoldAnyObjectAndEmptyMeansNone(String extensions) {
    Plan plan = read(Fixtures.withLine(34, "  \"extensions\": " + extensions));
    assertThat(plan.extensions().isEmpty()).isEqualTo(extensions.equals("{}"));
    String written = PlanWriter.canonical().write(plan);
    if (!extensions.equals("{}")) {
      assertThat(written).contains("1.0,", "1E+3,", "-0.5,", "123456789012345678901234567890\n");
    } else {
      assertThat(written).doesNotContain("\"extensions\": {}");
    }
  }

  @Test
  void theFirstAndTheLastYearOfTheFormatRead() {
    read(Fixtures.withLine(25, "          \"indicators\": [{\"text\": {\"en\": \"O\"}, "
        + "\"baseline\": {\"value\": 1, \"year\": 1900}, \"target\": {\"value\": 2, "
        + "\"year\": 2999}}],"));
  }

  /** Five languages: more than a text's first buffer holds, which grows twice. */
  @Test
  void aTextInManyLanguagesKeepsEveryOne() {
    Plan plan = read(Fixtures.withLine(6, "  \"title\": {\"en\": \"Plan\", \"az\": \"P\", "
        + "\"fr\": \"Le\", \"ru\": \"R\", \"de\": \"D\"},"));
    assertThat(plan.title().asMap()).containsExactly(java.util.Map.entry("az", "P"),
        java.util.Map.entry("de", "D"), java.util.Map.entry("en", "Plan"),
        java.util.Map.entry("fr", "Le"), java.util.Map.entry("ru", "R"));
  }

  @Test
  void aTextInThreeLanguagesKeepsEveryOne() {
    Plan plan = read(Fixtures.withLine(6,
        "  \"title\": {\"en\": \"Plan\", \"az\": \"P\", \"fr\": \"Le\"},"));
    assertThat(plan.title().asMap()).containsExactly(java.util.Map.entry("az", "P"),
        java.util.Map.entry("en", "Plan"), java.util.Map.entry("fr", "Le"));
  }

  @Test
  void aMeasureWithATimeFrameMayHaveAnEmptyListOfSubMeasures() {
    read(Fixtures.withLine(27, "          \"timeFrame\": \"2020\", \"measures\": [],"));
  }

  /**
   * Sections side by side are all at the first level, however many: the nesting limit counts
   * levels, not sections read.
   */
  @Test
  void manySectionsAtOneLevelRead() {
    StringBuilder sections = new StringBuilder("  \"sections\": [");
    for (int i = 1; i <= 3 * Plan.MAX_NESTING; i++) {
      sections.append(i > 1 ? ", " : "").append("{\"number\": \"").append(i)
          .append("\", \"title\": {\"en\": \"S\"}}");
    }
    String[] lines = Fixtures.valid().split("\n", -1);
    String doc = String.join("\n", Arrays.copyOfRange(lines, 0, 14)) + "\n" + sections
        + "],\n" + String.join("\n", Arrays.copyOfRange(lines, 33, lines.length));
    Plan plan = read(doc);
    assertThat(plan.sections()).hasSize(3 * Plan.MAX_NESTING);
  }
}
