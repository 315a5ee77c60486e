package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.ogpkit.model.report.Finding;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The messages of the reader's findings, word for word: the message is what a plan's author reads
 * to mend the document, so each names the property as the author wrote it ({@code languages[1]},
 * {@code institution moj}), what was expected, and what was found.
 */
class FindingMessagesTest {

  private static final PlanReader READER = PlanReader.standard();

  /** A case: replace a line of the fixture; expect exactly one finding with this message. */
  static Arguments one(int line, String text, String path, String message) {
    return arguments(line, text, path, message);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        one(4, "  \"kind\": \"ogp_action_plan\",", "/kind", "kind \"ogp_action_plan\" is not a "
            + "known value; did you mean OGP_ACTION_PLAN? (values are upper case)"),
        one(4, "  \"kind\": \"ACTION_PLAN\",", "/kind", "kind \"ACTION_PLAN\" is not a known "
            + "value; expected one of OGP_ACTION_PLAN, NATIONAL_PROGRAM, OGP_LOCAL_ACTION_PLAN"),
        one(4, "  \"kind\": 5,", "/kind", "kind must be a string, found the number 5"),
        one(4, "  \"kind\": true,", "/kind", "kind must be a string, found the boolean true"),
        one(4, "  \"kind\": false,", "/kind", "kind must be a string, found the boolean false"),
        one(4, "  \"kind\": {\"a\": 1},", "/kind", "kind must be a string, found an object"),
        one(4, "  \"kind\": [1],", "/kind", "kind must be a string, found an array"),
        one(5, "  \"country\": 7,", "/country", "country must be a string, found the number 7"),
        one(3, "  \"id\": null,", "/id", "the required property \"id\" of the plan is null"),
        one(9, "  \"adoption\": {\"instrument\": {\"en\": \"Order\"}, \"date\": 20200229},",
            "/adoption/date", "date must be a string, found the number 20200229"),
        one(12, "    {\"id\": \"moj\", \"name\": {\"en\": \"Justice\"}, \"kind\": \"MINISTRY\", "
            + "\"collective\": \"yes\", \"parent\": \"cab\"},", "/institutions/0/collective",
            "collective must be true or false, found the string \"yes\""),
        one(12, "    {\"id\": \"moj\", \"name\": {\"en\": \"Justice\"}, \"kind\": \"MINISTRY\", "
            + "\"collective\": null, \"parent\": \"cab\"},", "/institutions/0/collective",
            "the optional property \"collective\" of institution moj is null; leave it out "
            + "instead"),
        one(12, "    {\"id\": \"moj\", \"name\": null, \"kind\": \"MINISTRY\"},",
            "/institutions/0/name", "the required property \"name\" of institution moj is null"),
        one(7, "  \"languages\": \"en\",", "/languages",
            "languages must be an array of language tags, found the string \"en\""),
        one(7, "  \"languages\": [\"en\", 7],", "/languages/1",
            "languages[1] must be a string, found the number 7"),
        one(7, "  \"languages\": [\"en\", \"az\", \"en\"],", "/languages/2",
            "language \"en\" is listed twice; first at /languages/0"),
        one(25, "          \"indicators\": [{\"text\": {\"en\": \"O\"}, \"target\": "
            + "{\"value\": 2, \"year\": 3000}}],",
            "/sections/0/measures/0/indicators/0/target/year",
            "year 3000 is out of range; years are 1900 to 2999"),
        one(25, "          \"indicators\": [{\"text\": {\"en\": \"O\"}, \"target\": "
            + "{\"value\": 2, \"year\": 1899}}],",
            "/sections/0/measures/0/indicators/0/target/year",
            "year 1899 is out of range; years are 1900 to 2999"));
  }

  @ParameterizedTest(name = "[{index}] {2}: {3}")
  @MethodSource("cases")
  void aFindingSaysWhatIsWrongInTheAuthorsTerms(int line, String text, String path,
      String message) {
    ReadResult r = READER.read(Fixtures.withLine(line, text));

    assertThat(r.plan()).isEmpty();
    assertThat(r.findings()).as("findings of %s", text)
        .extracting(f -> f.path().toString(), Finding::message)
        .containsExactly(tuple(path, message));
  }

  @Test
  void everyRequiredPropertyAnObjectLacksIsNamedByItself() {
    ReadResult r = READER.read(Fixtures.withLine(12, "    {\"id\": \"moj\"},"));
    assertThat(r.findings()).extracting(f -> f.path().toString(), Finding::message)
        .containsExactly(
            tuple("/institutions/0/name",
                "institution moj lacks the required property \"name\""),
            tuple("/institutions/0/kind",
                "institution moj lacks the required property \"kind\""));
  }

  /** A name that differs from a defined one only in case is matched however many letters. */
  @Test
  void aPropertyNameInTheWrongCaseSuggestsTheDefinedOne() {
    ReadResult r = READER.read(Fixtures.withLine(27, "          \"TIMEFRAME\": \"2020\","));
    assertThat(r.findings()).extracting(Finding::message).containsExactly(
        "unknown property \"TIMEFRAME\" in measure 1.1; did you mean \"timeFrame\"?");
  }
}
