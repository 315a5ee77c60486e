package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.TextLocation;
import org.junit.jupiter.api.Test;

/**
 * A value that is not bound (an unknown property, a tag naming a language again) is read past
 * whole, however it nests, and the duplicate keys in it are still reported at their own paths:
 * the reading after it goes on at the right place with the right paths.
 */
class SkippedValuesTest {

  private static final PlanReader READER = PlanReader.standard();

  @Test
  void duplicateKeysInsideAnUnknownPropertyAreReportedAtTheirPaths() {
    ReadResult r = READER.read(Fixtures.withLine(34, "  \"extensions\": {}, \"other\": {\"a\": "
        + "[[], {\"k\": 1, \"k\": 2}, 3, {\"m\": {}, \"m\": []}], \"z\": {\"arr\": [1], "
        + "\"q\": 1, \"q\": 2}, \"z\": 3}"));

    assertThat(r.plan()).isEmpty();
    assertThat(r.findings())
        .extracting(f -> f.path().toString(), Finding::rule, f -> f.location().orElseThrow())
        .containsExactly(
            tuple("/other", "unknown-property", TextLocation.of(34, 21)),
            tuple("/other/a/1/k", "duplicate-key", TextLocation.of(34, 50)),
            tuple("/other/a/3/m", "duplicate-key", TextLocation.of(34, 72)),
            tuple("/other/z", "duplicate-key", TextLocation.of(34, 118)),
            tuple("/other/z/q", "duplicate-key", TextLocation.of(34, 109)));
    assertThat(r.findings().get(1).message())
        .isEqualTo("key \"k\" appears again; first at line 34, column 42");
  }

  /** After an unknown property holding arrays and objects, the next property is read as usual. */
  @Test
  void readingGoesOnAfterAnUnknownPropertyThatNests() {
    ReadResult r = READER.read(Fixtures.withLine(5, "  \"other\": [{\"a\": [[1], {}]}, [], 2], "
        + "\"country\": \"az\","));

    assertThat(r.findings()).extracting(f -> f.path().toString(), Finding::rule)
        .containsExactly(tuple("/country", "invalid-value"), tuple("/other", "unknown-property"));
  }

  @Test
  void aTagNamingALanguageAgainHasItsWholeValueSkipped() {
    ReadResult r = READER.read(Fixtures.withLine(6,
        "  \"title\": {\"en\": \"Plan\", \"EN\": {\"a\": [1, {\"b\": 2}]}, \"fr\": 5},"));

    assertThat(r.plan()).isEmpty();
    assertThat(r.findings()).extracting(f -> f.path().toString(), Finding::message)
        .containsExactly(
            tuple("/title/EN", "key \"EN\" names the language of \"en\" again (language tags "
                + "compare without case); first at line 6, column 13"),
            tuple("/title/fr", "fr must be a string, found the number 5"));
  }
}
