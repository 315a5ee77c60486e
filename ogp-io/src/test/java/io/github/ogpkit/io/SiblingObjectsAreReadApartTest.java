package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

/**
 * Objects side by side in an array are read each on its own: what one had (properties seen,
 * nulls, unknown names, its name for messages) says nothing about the next, and every one read
 * is kept, in order.
 */
class SiblingObjectsAreReadApartTest {

  private static final PlanReader READER = PlanReader.standard();

  private static String institutions(String... objects) {
    return Fixtures.valid().replaceFirst("(?s)  \"institutions\": \\[\n.*?\n  \\],\n",
        "  \"institutions\": [" + String.join(", ", objects) + "],\n");
  }

  @Test
  void threeInstitutionsAreKeptInTheirOrder() {
    ReadResult r = READER.read(institutions(
        "{\"id\": \"moj\", \"name\": {\"en\": \"J\"}, \"kind\": \"MINISTRY\"}",
        "{\"id\": \"cab\", \"name\": {\"en\": \"C\"}, \"kind\": \"CABINET\"}",
        "{\"id\": \"par\", \"name\": {\"en\": \"P\"}, \"kind\": \"LEGISLATURE\"}"));
    assertThat(r.findings()).isEmpty();
    assertThat(r.plan().orElseThrow().institutions()).extracting(Institution::id)
        .containsExactly("moj", "cab", "par");
  }

  @Test
  void whatOneObjectHadIsNotCarriedToTheNext() {
    ReadResult r = READER.read(institutions(
        "{\"id\": \"moj\", \"name\": {\"en\": \"J\"}, \"kind\": \"MINISTRY\", \"collective\": "
            + "null, \"xyzzy\": 1}",
        "{\"id\": \"cab\", \"name\": {\"en\": \"C\"}, \"xyzzy\": 2}",
        "{\"name\": {\"en\": \"P\"}, \"kind\": \"LEGISLATURE\"}"));
    assertThat(r.findings()).extracting(f -> f.path().toString(), Finding::message)
        .containsExactly(
            tuple("/institutions/0/collective", "the optional property \"collective\" of "
                + "institution moj is null; leave it out instead"),
            tuple("/institutions/0/xyzzy", "unknown property \"xyzzy\" in institution "
                + "moj; data outside the format belongs in \"extensions\""),
            tuple("/institutions/1/kind", "institution cab lacks the required property \"kind\""),
            tuple("/institutions/1/xyzzy", "unknown property \"xyzzy\" in institution "
                + "cab; data outside the format belongs in \"extensions\""),
            tuple("/institutions/2/id", "an institution lacks the required property \"id\""));
  }

  @Test
  void anUnknownPropertyWrittenTwiceIsADuplicateKey() {
    ReadResult r = READER.read(Fixtures.withLine(5, "  \"other\": 1, \"other\": {\"a\": 2}, "
        + "\"country\": \"AZ\","));
    assertThat(r.findings()).extracting(f -> f.path().toString(), Finding::rule)
        .containsExactly(tuple("/other", "duplicate-key"), tuple("/other", "unknown-property"));
  }
}
