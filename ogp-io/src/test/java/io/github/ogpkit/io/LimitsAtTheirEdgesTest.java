package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each reading limit at its edge, with small limits: a value exactly at the limit is read, one
 * beyond it is refused with a message that names the limit; and the ranges each limit accepts.
 * ({@code LimitsTest} shows the same with documents far beyond the default limits.)
 */
class LimitsAtTheirEdgesTest {

  private static String withExtension(String valueJson) {
    return Fixtures.withLine(34, "  \"extensions\": {\"x\": " + valueJson + "}");
  }

  private static List<Finding> syntax(ReadResult r) {
    return r.findings().stream().filter(f -> f.rule().equals("json-syntax")).toList();
  }

  private static String onlySyntaxMessage(ReadResult r) {
    assertThat(r.plan()).isEmpty();
    List<Finding> syntax = syntax(r);
    assertThat(syntax).hasSize(1);
    assertThat(syntax.get(0).severity()).isEqualTo(Severity.ERROR);
    return syntax.get(0).message();
  }

  @Test
  void aStringAtTheLimitIsReadAndOneLongerIsNot() {
    PlanReader reader = PlanReader.builder().maxStringLength(100).build();
    assertThat(reader.read(withExtension("\"" + "a".repeat(100) + "\"")).findings()).isEmpty();
    assertThat(onlySyntaxMessage(reader.read(withExtension("\"" + "a".repeat(101) + "\""))))
        .isEqualTo("a string longer than the limit of 100 characters (maxStringLength)");
  }

  @Test
  void aNumberAtTheLimitIsReadAndOneLongerIsNot() {
    PlanReader reader = PlanReader.builder().maxNumberLength(5).build();
    assertThat(reader.read(withExtension("12345")).findings()).isEmpty();
    assertThat(onlySyntaxMessage(reader.read(withExtension("123456"))))
        .isEqualTo("a number longer than the limit of 5 characters (maxNumberLength)");
  }

  @Test
  void aPropertyNameAtTheLimitIsReadAndOneLongerIsNot() {
    PlanReader reader = PlanReader.builder().maxPropertyNameLength(20).build();
    String atLimit = Fixtures.withLine(34, "  \"extensions\": {\"" + "k".repeat(20) + "\": 1}");
    assertThat(reader.read(atLimit).findings()).isEmpty();
    String beyond = Fixtures.withLine(34, "  \"extensions\": {\"" + "k".repeat(21) + "\": 1}");
    assertThat(onlySyntaxMessage(reader.read(beyond))).isEqualTo(
        "a property name longer than the limit of 20 characters (maxPropertyNameLength)");
  }

  @Test
  void nestingAtTheLimitIsReadAndOneLevelDeeperIsNot() {
    // The root object counts 1: five arrays inside it are depth 6.
    PlanReader reader = PlanReader.builder().maxNestingDepth(6).build();
    assertThat(syntax(reader.read("{\"a\": " + "[".repeat(5) + "]".repeat(5) + "}"))).isEmpty();
    assertThat(syntax(reader.read("{\"a\": " + "[".repeat(6) + "]".repeat(6) + "}")))
        .extracting(Finding::message).singleElement().asString()
        .contains("nesting deeper than the limit of 6 (maxNestingDepth)");
  }

  @Test
  void aDocumentAtTheByteLimitIsReadAndOneByteLongerIsNot() {
    String doc = Fixtures.valid();
    int bytes = doc.getBytes(StandardCharsets.UTF_8).length;
    PlanReader exact = PlanReader.builder().maxDocumentBytes(bytes).build();
    assertThat(exact.read(doc).findings()).isEmpty();
    assertThat(exact.read(doc.getBytes(StandardCharsets.UTF_8)).findings()).isEmpty();
    PlanReader shorter = PlanReader.builder().maxDocumentBytes(bytes - 1).build();
    assertThat(onlySyntaxMessage(shorter.read(doc.getBytes(StandardCharsets.UTF_8))))
        .contains(String.format(Locale.ROOT, "limit of %,d bytes (maxDocumentBytes)",
            bytes - 1));
  }

  /**
   * Text input is measured by its length in UTF-8, not in characters: a character at each edge
   * of the one-, two-, three- and four-byte forms makes a document exactly at the limit, which
   * is read, and one byte beyond a limit one smaller.
   */
  @Test
  void textAtTheByteLimitIsMeasuredInUtf8AtEachEncodingLengthsEdge() {
    for (String c : List.of("a", "\u007f", "\u0080", "\u07ff", "\u0800", "\uffff",
        "\uD800\uDC00", "\uDBFF\uDFFF")) {
      String doc = withExtension("\"" + c + c + "\"");
      int bytes = doc.getBytes(StandardCharsets.UTF_8).length;
      PlanReader exact = PlanReader.builder().maxDocumentBytes(bytes).build();
      assertThat(syntax(exact.read(doc))).as("U+%04X", c.codePointAt(0)).isEmpty();
      PlanReader shorter = PlanReader.builder().maxDocumentBytes(bytes - 1).build();
      assertThat(onlySyntaxMessage(shorter.read(doc))).as("U+%04X", c.codePointAt(0))
          .isEqualTo(String.format(Locale.ROOT, "the document is longer than the limit of %,d "
              + "bytes (maxDocumentBytes)", bytes - 1));
    }
  }

  @Test
  void eachLimitAcceptsItsRangeAndNamesItselfBeyond() {
    ReadLimits d = ReadLimits.defaults();
    assertThat(d.withMaxDocumentBytes(1).maxDocumentBytes()).isEqualTo(1);
    assertThat(d.withMaxDocumentBytes(2_000_000_000L).maxDocumentBytes())
        .isEqualTo(2_000_000_000L);
    assertThatThrownBy(() -> d.withMaxDocumentBytes(0))
        .hasMessage("maxDocumentBytes must be 1 to 2000000000, was 0");
    assertThatThrownBy(() -> d.withMaxDocumentBytes(2_000_000_001L))
        .hasMessage("maxDocumentBytes must be 1 to 2000000000, was 2000000001");
    assertThat(d.withMaxNestingDepth(1).maxNestingDepth()).isEqualTo(1);
    assertThat(d.withMaxNestingDepth(500).maxNestingDepth()).isEqualTo(500);
    assertThatThrownBy(() -> d.withMaxNestingDepth(0))
        .hasMessage("maxNestingDepth must be 1 to 500, was 0");
    assertThatThrownBy(() -> d.withMaxNestingDepth(501))
        .hasMessage("maxNestingDepth must be 1 to 500, was 501");
    assertThatThrownBy(() -> d.withMaxStringLength(0))
        .hasMessage("maxStringLength must be at least 1, was 0");
    assertThatThrownBy(() -> d.withMaxNumberLength(0))
        .hasMessage("maxNumberLength must be at least 1, was 0");
    assertThatThrownBy(() -> d.withMaxPropertyNameLength(0))
        .hasMessage("maxPropertyNameLength must be at least 1, was 0");
    assertThatThrownBy(() -> d.withMaxValues(0))
        .hasMessage("maxValues must be at least 1, was 0");
    assertThatThrownBy(() -> d.withMaxFindings(0))
        .hasMessage("maxFindings must be at least 1, was 0");
    assertThat(d.withMaxStringLength(1).withMaxNumberLength(1).withMaxPropertyNameLength(1)
        .withMaxValues(1).withMaxFindings(1)).isEqualTo(new ReadLimits(d.maxDocumentBytes(),
            d.maxNestingDepth(), 1, 1, 1, 1, 1));
  }

  @Test
  void theValueLimitFitsTheLengthLimit() {
    assertThat(ReadLimits.valuesFor(1)).isZero();
    assertThat(ReadLimits.valuesFor(4)).isEqualTo(1);
    assertThat(ReadLimits.valuesFor(52_428_800L)).isEqualTo(8_738_133);
    assertThat(ReadLimits.valuesFor(2_000_000_000L)).isEqualTo(333_333_333);
    assertThatThrownBy(() -> ReadLimits.valuesFor(0))
        .hasMessage("documentBytes must be 1 to 2000000000, was 0");
    assertThatThrownBy(() -> ReadLimits.valuesFor(2_000_000_001L))
        .hasMessage("documentBytes must be 1 to 2000000000, was 2000000001");
  }

  @Test
  void theBuilderSetsEachLimit() {
    PlanReader reader = PlanReader.builder().maxDocumentBytes(1000).maxNestingDepth(10)
        .maxStringLength(11).maxNumberLength(12).maxPropertyNameLength(13).maxValues(14)
        .maxFindings(15).build();
    assertThat(reader.limits()).isEqualTo(new ReadLimits(1000, 10, 11, 12, 13, 14, 15));
    assertThat(PlanReader.builder().limits(reader.limits()).build().limits())
        .isEqualTo(reader.limits());
  }

  /** The values of a document as the limit counts them: every value, and no end of a container. */
  private static int values(String doc) {
    int n = 0;
    try (tools.jackson.core.JsonParser p = new tools.jackson.core.json.JsonFactory()
        .createParser(tools.jackson.core.ObjectReadContext.empty(), doc)) {
      for (tools.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isScalarValue() || t.isStructStart()) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void aDocumentWithAsManyValuesAsTheLimitIsReadAndOneMoreIsNot() {
    // Unknown properties are skipped, and still counted.
    String doc = Fixtures.withLine(34, "  \"extensions\": {}, \"other\": [[1, {\"a\": [2]}], 3]");
    int n = values(doc);
    ReadResult atLimit = PlanReader.builder().maxValues(n).build().read(doc);
    assertThat(atLimit.findings()).extracting(Finding::rule).containsExactly("unknown-property");

    ReadResult beyond = PlanReader.builder().maxValues(n - 1).build().read(doc);
    assertThat(onlySyntaxMessage(beyond)).isEqualTo(String.format(Locale.ROOT,
        "more values than the limit of %,d (maxValues); objects, arrays, strings, numbers, "
            + "booleans and nulls each count one", n - 1));
  }

  @Test
  void theRootObjectIsAValue() {
    ReadResult r = PlanReader.builder().maxValues(1).build().read("{\"id\": \"x\"}");
    assertThat(onlySyntaxMessage(r)).startsWith("more values than the limit of 1 (maxValues)");
    assertThat(PlanReader.builder().maxValues(1).build().read("{}").findings())
        .extracting(Finding::rule).doesNotContain("json-syntax");
  }
}
