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
}
