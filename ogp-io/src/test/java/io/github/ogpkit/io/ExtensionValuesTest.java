package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonBoolean;
import io.github.ogpkit.model.json.JsonNull;
import io.github.ogpkit.model.json.JsonNumber;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonString;
import io.github.ogpkit.model.report.Finding;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The values of {@code extensions} are read as any JSON, exactly, at any depth. */
class ExtensionValuesTest {

  private static final PlanReader READER = PlanReader.standard();

  @Test
  void everyKindOfJsonValueIsKeptAsWritten() {
    ReadResult r = READER.read(Fixtures.withLine(34, "  \"extensions\": {\"t\": true, "
        + "\"f\": false, \"n\": null, \"s\": \"x\", \"d\": 0.50, \"o\": {\"a\": [false, {}], "
        + "\"b\": []}, \"e\": {}}"));

    assertThat(r.findings()).isEmpty();
    assertThat(r.plan().orElseThrow().extensions()).isEqualTo(JsonObject.builder()
        .put("t", JsonBoolean.of(true))
        .put("f", JsonBoolean.of(false))
        .put("n", JsonNull.INSTANCE)
        .put("s", JsonString.of("x"))
        .put("d", JsonNumber.of(new BigDecimal("0.50")))
        .put("o", JsonObject.builder()
            .put("a", JsonArray.of(JsonBoolean.of(false), JsonObject.EMPTY))
            .put("b", JsonArray.of())
            .build())
        .put("e", JsonObject.EMPTY)
        .build());
  }

  /** An element that cannot be bound keeps its place: the next ones are named by their index. */
  @Test
  void elementsAfterOneThatCannotBeBoundKeepTheirIndexes() {
    ReadResult r = READER.read(Fixtures.withLine(34,
        "  \"extensions\": {\"x\": [\"\\ud800\", \"\\udc00\", 1, \"\\ud800\"]}"));

    assertThat(r.plan()).isEmpty();
    assertThat(r.findings()).extracting(f -> f.path().toString())
        .containsExactly("/extensions/x/0", "/extensions/x/1", "/extensions/x/3");
    assertThat(r.findings()).extracting(Finding::message).last().isEqualTo("x[3] holds an "
        + "unpaired surrogate, \\ud800, at character 1; text must be whole Unicode characters "
        + "(I-JSON, RFC 7493): write the character itself or both halves of its pair");
  }

  /**
   * Strings are scanned for unpaired surrogates once an escape has given one: a whole pair
   * escaped, or written as the character itself, is no finding, and a half after it is.
   */
  @Test
  void aHalfCharacterAfterWholeOnesEscapedOrNotIsFoundAndTheWholeOnesAreNot() {
    ReadResult r = READER.read(Fixtures.withLine(34, "  \"extensions\": {\"p\": \"😀\", "
        + "\"q\": \"\\ud83d\\ude00\", \"r\": [\"ok\", \"😀 \\udc00\"], \"s\": \"😀\"}"));

    assertThat(r.findings()).extracting(f -> f.path().toString(), Finding::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/extensions/r/1",
            "invalid-value"));
    assertThat(r.findings().get(0).message()).contains("\\udc00, at character 4");
  }

  @Test
  void aDuplicateKeyDeepInAnExtensionIsNamedAtItsPath() {
    ReadResult r = READER.read(Fixtures.withLine(34,
        "  \"extensions\": {\"x\": [0, {\"k\": [1], \"k\": {}}], \"y\": 1}"));

    assertThat(r.findings()).extracting(f -> f.path().toString(), Finding::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/extensions/x/1/k",
            "duplicate-key"));
  }
}
