package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.json.JsonNumber;
import io.github.ogpkit.model.json.JsonString;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.ArrayList;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Documents far beyond the limits are refused with a json-syntax finding that names the limit,
 * and reading stops there; every limit can be raised. Bounded work is shown by what was read, not
 * by a clock.
 */
class LimitsTest {

  private static final PlanReader READER = PlanReader.standard();

  /** Serves a prefix, then the same byte for as long as asked, then a suffix, counting reads. */
  static final class GeneratedStream extends InputStream {
    private final byte[] head;
    private final byte fill;
    private final long fillLength;
    private final byte[] tail;
    private long position;

    GeneratedStream(String head, char fill, long total, String tail) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.fill = (byte) fill;
      this.tail = tail.getBytes(StandardCharsets.UTF_8);
      this.fillLength = total - this.head.length - this.tail.length;
    }

    long served() {
      return position;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      long total = head.length + fillLength + tail.length;
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - position);
      for (int i = 0; i < n; i++) {
        long p = position + i;
        b[off + i] = p < head.length ? head[(int) p]
            : p < head.length + fillLength ? fill
            : tail[(int) (p - head.length - fillLength)];
      }
      position += n;
      return n;
    }
  }

  private static Finding onlySyntaxFinding(ReadResult r) {
    assertThat(r.plan()).isEmpty();
    assertThat(r.findings()).hasSize(1);
    Finding f = r.findings().get(0);
    assertThat(f.rule()).isEqualTo("json-syntax");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    return f;
  }

  private static String withExtension(String valueJson) {
    return Fixtures.withLine(34, "  \"extensions\": {\"x\": " + valueJson + "}");
  }

  @Test
  void a200MbStreamIsRefusedAfterReadingOneBytePastTheLimit() {
    GeneratedStream in = new GeneratedStream("{\"extensions\": {\"x\": \"", 'a', 200_000_000L,
        "\"}}");
    Finding f = onlySyntaxFinding(READER.read(in));
    assertThat(f.message()).contains("limit of 52,428,800 bytes (maxDocumentBytes)");
    assertThat(in.served()).isEqualTo(ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES + 1);
  }

  @Test
  void aRaisedDocumentLimitReadsTheStreamToItsEnd() {
    long size = 60_000_000L;
    PlanReader big = PlanReader.builder().maxDocumentBytes(100_000_000L)
        .maxStringLength(70_000_000).build();
    GeneratedStream in = new GeneratedStream("{\"extensions\": {\"x\": \"", 'a', size, "\"}}");
    ReadResult r = big.read(in);
    assertThat(in.served()).isEqualTo(size);
    assertThat(r.findings()).extracting(Finding::rule).doesNotContain("json-syntax");
  }

  @Test
  void a10MbStringIsRefusedNamingTheStringLimit() {
    Finding f = onlySyntaxFinding(READER.read(withExtension(
        "\"" + "a".repeat(10_000_000) + "\"")));
    assertThat(f.message())
        .isEqualTo("a string longer than the limit of 1,048,576 characters (maxStringLength)");
  }

  @Test
  void aRaisedStringLimitKeepsA10MbString() {
    PlanReader wide = PlanReader.builder().maxStringLength(10_000_000).build();
    String big = "ə".repeat(5_000_000);
    ReadResult r = wide.read(withExtension("\"" + big + "\""));
    assertThat(r.findings()).isEmpty();
    assertThat(r.plan().orElseThrow().extensions().members().get("x"))
        .isEqualTo(JsonString.of(big));
  }

  @Test
  void aPropertyNameBeyondItsLimitIsRefusedNamingTheLimit() {
    Finding f = onlySyntaxFinding(READER.read(
        Fixtures.withLine(34, "  \"extensions\": {\"" + "k".repeat(20_000) + "\": 1}")));
    assertThat(f.message()).isEqualTo(
        "a property name longer than the limit of 10,000 characters (maxPropertyNameLength)");
  }

  @Test
  void oneHundredThousandNestedArraysAreRefusedAtTheNestingLimit() {
    String doc = withExtension("[".repeat(100_000) + "]".repeat(100_000));
    Finding f = onlySyntaxFinding(READER.read(doc));
    assertThat(f.message()).contains("nesting deeper than the limit of 64 (maxNestingDepth)");
    // Reading stopped at the 65th level: the finding is on line 34 within the first brackets.
    assertThat(f.location().orElseThrow().line()).isEqualTo(34);
    assertThat(f.location().orElseThrow().column()).isLessThan(40 + 64);
    PlanReader deeper = PlanReader.builder().maxNestingDepth(ReadLimits.DEEPEST_NESTING).build();
    assertThat(onlySyntaxFinding(deeper.read(doc)).message())
        .contains("limit of 500 (maxNestingDepth)");
  }

  @Test
  void aRaisedNestingLimitReadsDeeperDocuments() {
    PlanReader deeper = PlanReader.builder().maxNestingDepth(300).build();
    ReadResult r = deeper.read(withExtension("[".repeat(250) + "]".repeat(250)));
    assertThat(r.findings()).isEmpty();
    assertThat(READER.read(withExtension("[".repeat(250) + "]".repeat(250))).findings())
        .extracting(Finding::rule).containsExactly("json-syntax");
  }

  @Test
  void aNumberOf100000DigitsIsRefusedNamingTheNumberLimit() {
    Finding f = onlySyntaxFinding(READER.read(withExtension("1".repeat(100_000))));
    assertThat(f.message())
        .isEqualTo("a number longer than the limit of 1,000 characters (maxNumberLength)");
    assertThat(onlySyntaxFinding(READER.read(withExtension("0." + "1".repeat(100_000))))
        .message()).contains("(maxNumberLength)");
  }

  @Test
  void aRaisedNumberLimitKeepsANumberOf100000DigitsExactly() {
    PlanReader wide = PlanReader.builder().maxNumberLength(200_000).build();
    String digits = "9".repeat(100_000) + "." + "1".repeat(99);
    ReadResult r = wide.read(withExtension(digits));
    assertThat(r.findings()).isEmpty();
    Plan plan = r.plan().orElseThrow();
    assertThat(plan.extensions().members().get("x"))
        .isEqualTo(JsonNumber.of(new BigDecimal(digits)));
    assertThat(wide.readPlan(PlanWriter.canonical().write(plan))).isEqualTo(plan);
  }

  private static String millionEmptyObjects() {
    StringBuilder b = new StringBuilder(3_000_020).append('[');
    for (int i = 0; i < 1_000_000; i++) {
      b.append(i == 0 ? "{}" : ",{}");
    }
    return b.append(']').toString();
  }

  @Test
  void anArrayOfAMillionEmptyObjectsIsRefusedAtTheValueLimit() {
    String doc = "{\"schemaVersion\": \"1.0\", \"extensions\": {\"x\": "
        + millionEmptyObjects() + "}}";
    Finding f = onlySyntaxFinding(PlanReader.builder().maxValues(1_000_000).build().read(doc));
    assertThat(f.message()).startsWith("more values than the limit of 1,000,000 (maxValues)");
    // The root, the version, the extensions and the array are values 1 to 4, so value
    // 1,000,001 is the object at index 999,996: reading stopped there, before the last objects,
    // not at the end.
    int objectAt = doc.indexOf('[') + 1 + 3 * 999_996;
    assertThat(doc.substring(objectAt - 1, objectAt + 2)).isEqualTo(",{}");
    assertThat(f.location().orElseThrow().column()).isEqualTo(objectAt + 1);
  }

  @Test
  void theDefaultValueLimitRefusesNoCanonicalDocumentWithinTheDefaultLength() {
    assertThat(ReadLimits.DEFAULT_MAX_VALUES)
        .isEqualTo(ReadLimits.valuesFor(ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES))
        .isEqualTo(8_738_133);
  }

  @Test
  void aCanonicalDocumentAsDenseAsCanBeFitsTheValueLimitForItsLength() {
    // The densest canonical layout: one-character values in an array at the shallowest depth
    // the format allows, each on its own line; its length is the limit on length.
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      values.append(i == 0 ? "" : ",").append('0');
    }
    String doc = PlanWriter.canonical().write(PlanReader.standard().readPlan(
        withExtension("[" + values + "]")));
    int length = doc.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    PlanReader tight = PlanReader.builder().maxDocumentBytes(length)
        .maxValues(ReadLimits.valuesFor(length)).build();
    assertThat(tight.read(doc).findings()).isEmpty();
  }

  @Test
  void theValueLimitForALengthIsCheckedLikeTheLength() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ReadLimits.valuesFor(0))
        .withMessage("documentBytes must be 1 to 2000000000, was 0");
  }

  @Test
  void theFindingsBeforeTheValueLimitAreKept() {
    PlanReader small = PlanReader.builder().maxValues(20).build();
    // Values 1 to 6: the root, the version, the array, {}, {"numbr": ...} and its "1"; the
    // empty arrays at indexes 2 to 15 are values 7 to 20, and the one at index 16 is beyond.
    ReadResult r = small.read("{\"schemaVersion\": \"1.0\", \"sections\": [{}, {\"numbr\": \"1\"}"
        + ", []".repeat(20) + "]}");
    List<Tuple> expected = new ArrayList<>(List.of(tuple("json-syntax", ""),
        tuple("required", "/sections/0/number"), tuple("required", "/sections/0/title"),
        tuple("required", "/sections/1/number"), tuple("required", "/sections/1/title"),
        tuple("unknown-property", "/sections/1/numbr")));
    for (int i = 2; i <= 15; i++) {
      expected.add(tuple("wrong-type", "/sections/" + i));
    }
    assertThat(r.findings()).extracting(Finding::rule, f -> f.path().toString())
        .containsExactlyElementsOf(expected);
    assertThat(r.findings().get(0).message()).startsWith("more values than the limit of 20");
  }

  @Test
  void aRaisedValueLimitReadsAMillionEmptyObjectsAndCountsTheFindingsNotListed() {
    // With every finding listed, a small array shows what each empty section costs.
    PlanReader all = PlanReader.builder().maxFindings(100_000).build();
    Map<String, Long> perThousand = byRule(all.read(sectionsDoc(1000)).findings());
    Map<String, Long> perTwoThousand = byRule(all.read(sectionsDoc(2000)).findings());

    PlanReader big = PlanReader.builder().maxValues(2_000_000).build();
    ReadResult r = big.read(sectionsDoc(1_000_000));
    assertThat(r.plan()).isEmpty();
    List<Finding> findings = r.findings();
    assertThat(findings).hasSize(ReadLimits.DEFAULT_MAX_FINDINGS + 1);
    Finding summary = findings.stream()
        .filter(f -> f.message().startsWith("more findings than the limit")).findFirst()
        .orElseThrow();
    assertThat(summary.rule()).isEqualTo("json-syntax");
    assertThat(summary.severity()).isEqualTo(Severity.ERROR);

    // Nothing lost: listed plus counted equals what an unlimited report would hold.
    Map<String, Long> expected = new TreeMap<>();
    perThousand.forEach((rule, n) -> expected.put(rule,
        n + (perTwoThousand.get(rule) - n) * 999));
    Map<String, Long> listed = byRule(findings.stream().filter(f -> f != summary).toList());
    long total = expected.values().stream().mapToLong(Long::longValue).sum();
    String counted = expected.entrySet().stream()
        .map(e -> e.getKey() + " " + String.format(java.util.Locale.ROOT, "%,d",
            e.getValue() - listed.getOrDefault(e.getKey(), 0L)))
        .filter(s -> !s.endsWith(" 0"))
        .collect(Collectors.joining(", "));
    assertThat(summary.message()).isEqualTo(String.format(java.util.Locale.ROOT,
        "more findings than the limit of 1,000 (maxFindings): %,d more are not listed (%s)",
        total - 1000, counted));
  }

  @Test
  void theFindingsLimitIsConfigurableAndNeverChangesWhetherAPlanBinds() {
    String many = Fixtures.withLine(34, "  \"extensions\": {}, \"a\": 1, \"b\": 2, \"c\": 3");
    PlanReader one = PlanReader.builder().maxFindings(1).build();
    ReadResult r = one.read(many);
    assertThat(r.findings()).hasSize(2);
    assertThat(r.findings()).extracting(Finding::rule)
        .containsExactlyInAnyOrder("unknown-property", "json-syntax");
    assertThat(r.plan()).isEmpty();
    assertThat(r.findings()).extracting(Finding::message)
        .anyMatch(m -> m.endsWith("2 more are not listed (unknown-property 2)"));

    // Under a newer minor version unknown properties are warnings: the summary is a warning and
    // the plan still binds.
    String newer = many.replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.7\"");
    ReadResult w = one.read(newer);
    assertThat(w.plan()).isPresent();
    assertThat(w.findings()).allMatch(f -> f.severity() == Severity.WARNING);
    assertThat(w.findings()).extracting(Finding::message)
        .anyMatch(m -> m.endsWith("3 more are not listed (unknown-property 3)"));
  }

  private static String sectionsDoc(int n) {
    StringBuilder b = new StringBuilder("{\"schemaVersion\": \"1.0\", \"sections\": [");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "{}" : ",{}");
    }
    return b.append("]}").toString();
  }

  private static Map<String, Long> byRule(List<Finding> findings) {
    return findings.stream()
        .collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()));
  }
}
