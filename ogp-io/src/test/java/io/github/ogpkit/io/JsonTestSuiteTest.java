package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parsing documents of JSONTestSuite (src/test/resources/corpora, MIT), read bare and as the
 * value of an extension inside a valid plan, so that every document reaches the parser's value
 * handling and not only its root check. The decisions where this reader and Jackson's defaults
 * differ are listed here and explained in docs/RELIABILITY.md.
 */
class JsonTestSuiteTest {

  private static final PlanReader READER = PlanReader.standard();
  private static final PlanWriter WRITER = PlanWriter.canonical();

  /** n_ documents that Jackson's default mapper accepts: both are empty (no value at all). */
  private static final Set<String> N_JACKSON_ACCEPTS = Set.of("n_single_space.json",
      "n_structure_no_data.json");

  /** y_ documents that bind to no plan when wrapped: a duplicate key is a finding. */
  private static final Set<String> Y_DUPLICATE_KEYS = Set.of("y_object_duplicated_key.json",
      "y_object_duplicated_key_and_value.json");

  /**
   * What each i_ document becomes as the value of an extension: a plan (the value is kept), or
   * the rule of the finding that refuses it. An escaped unpaired surrogate is well-formed JSON
   * but no Unicode text (I-JSON forbids it): invalid-value.
   */
  private static final Map<String, String> I_WRAPPED = Map.ofEntries(
      Map.entry("i_number_double_huge_neg_exp.json", "plan"),
      Map.entry("i_number_huge_exp.json", "invalid-value"),
      Map.entry("i_number_neg_int_huge_exp.json", "plan"),
      Map.entry("i_number_pos_double_huge_exp.json", "plan"),
      Map.entry("i_number_real_neg_overflow.json", "plan"),
      Map.entry("i_number_real_pos_overflow.json", "plan"),
      Map.entry("i_number_real_underflow.json", "plan"),
      Map.entry("i_number_too_big_neg_int.json", "plan"),
      Map.entry("i_number_too_big_pos_int.json", "plan"),
      Map.entry("i_number_very_big_negative_int.json", "plan"),
      Map.entry("i_object_key_lone_2nd_surrogate.json", "json-syntax"),
      Map.entry("i_string_1st_surrogate_but_2nd_missing.json", "invalid-value"),
      Map.entry("i_string_1st_valid_surrogate_2nd_invalid.json", "invalid-value"),
      Map.entry("i_string_UTF-16LE_with_BOM.json", "json-syntax"),
      Map.entry("i_string_UTF-8_invalid_sequence.json", "json-syntax"),
      Map.entry("i_string_UTF8_surrogate_U+D800.json", "json-syntax"),
      Map.entry("i_string_incomplete_surrogate_and_escape_valid.json", "invalid-value"),
      Map.entry("i_string_incomplete_surrogate_pair.json", "invalid-value"),
      Map.entry("i_string_incomplete_surrogates_escape_valid.json", "invalid-value"),
      Map.entry("i_string_invalid_lonely_surrogate.json", "invalid-value"),
      Map.entry("i_string_invalid_surrogate.json", "invalid-value"),
      Map.entry("i_string_invalid_utf-8.json", "json-syntax"),
      Map.entry("i_string_inverted_surrogates_U+1D11E.json", "invalid-value"),
      Map.entry("i_string_iso_latin_1.json", "json-syntax"),
      Map.entry("i_string_lone_second_surrogate.json", "invalid-value"),
      Map.entry("i_string_lone_utf8_continuation_byte.json", "json-syntax"),
      Map.entry("i_string_not_in_unicode_range.json", "json-syntax"),
      Map.entry("i_string_overlong_sequence_2_bytes.json", "json-syntax"),
      Map.entry("i_string_overlong_sequence_6_bytes.json", "json-syntax"),
      Map.entry("i_string_overlong_sequence_6_bytes_null.json", "json-syntax"),
      Map.entry("i_string_truncated-utf-8.json", "json-syntax"),
      Map.entry("i_string_utf16BE_no_BOM.json", "json-syntax"),
      Map.entry("i_string_utf16LE_no_BOM.json", "json-syntax"),
      Map.entry("i_structure_500_nested_arrays.json", "json-syntax"),
      Map.entry("i_structure_UTF-8_BOM_empty_object.json", "json-syntax"));

  private static Path corpus() {
    try {
      return Path.of(JsonTestSuiteTest.class
          .getResource("/corpora/JSONTestSuite/test_parsing").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> documents() throws IOException {
    try (Stream<Path> files = Files.list(corpus())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  static Stream<String> nDocuments() throws IOException {
    return documents().filter(n -> n.startsWith("n_"));
  }

  static Stream<String> yDocuments() throws IOException {
    return documents().filter(n -> n.startsWith("y_"));
  }

  static Stream<String> iDocuments() throws IOException {
    return documents().filter(n -> n.startsWith("i_"));
  }

  private static byte[] bytes(String name) throws IOException {
    return Files.readAllBytes(corpus().resolve(name));
  }

  /** The document as the value of the extension {@code x} of the valid plan of Fixtures. */
  private static byte[] wrapped(byte[] document) {
    String valid = Fixtures.valid();
    String before = valid.substring(0, valid.indexOf("{\"source\": \"test\"}"));
    String after = valid.substring(valid.indexOf("{\"source\": \"test\"}")
        + "{\"source\": \"test\"}".length());
    byte[] head = (before + "{\"x\": ").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("}" + after).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + document.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(document, 0, out, head.length, document.length);
    System.arraycopy(tail, 0, out, head.length + document.length, tail.length);
    return out;
  }

  private static List<String> rules(ReadResult r) {
    return r.findings().stream().map(Finding::rule).toList();
  }

  private static void roundTrips(ReadResult r) {
    Plan plan = r.plan().orElseThrow();
    String json = WRITER.write(plan);
    ReadResult again = READER.read(json);
    assertThat(again.findings()).isEmpty();
    assertThat(again.plan()).contains(plan);
    assertThat(WRITER.write(again.plan().orElseThrow())).isEqualTo(json);
  }

  @Test
  void theCorpusIsComplete() throws IOException {
    List<String> all = documents().toList();
    assertThat(all).filteredOn(n -> n.startsWith("y_")).hasSize(95);
    assertThat(all).filteredOn(n -> n.startsWith("n_")).hasSize(188);
    assertThat(all).filteredOn(n -> n.startsWith("i_")).hasSize(35)
        .containsExactlyInAnyOrderElementsOf(new TreeSet<>(I_WRAPPED.keySet()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyDocumentIsAnsweredWithFindingsOrAPlanAndNoException(String name)
      throws IOException {
    byte[] doc = bytes(name);
    for (ReadResult r : List.of(READER.read(doc), READER.read(wrapped(doc)))) {
      if (r.plan().isEmpty()) {
        assertThat(r.findings()).isNotEmpty();
      } else {
        roundTrips(r);
      }
    }
  }

  /** Words of Jackson's messages that must never reach a user. */
  private static final List<String> JACKSON_WORDS = List.of("REDACTED", "Feature", "Jackson",
      "jackson", "JsonToken", "VALUE_", "START_", "END_", "(code ", "CTRL-CHAR", "marker",
      "Source", "#UNKNOWN", "\uFFFD", "tools.", "Exception", "end-of-input", "entries");

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyMessageIsInOgpkitsOwnWords(String name) throws IOException {
    byte[] doc = bytes(name);
    for (ReadResult r : List.of(READER.read(doc), READER.read(wrapped(doc)))) {
      for (Finding f : r.findings()) {
        assertThat(f.message()).as(name).doesNotContain(JACKSON_WORDS);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nDocuments")
  void everyNDocumentIsAJsonSyntaxErrorBareAndWrapped(String name) throws IOException {
    byte[] doc = bytes(name);
    assertThat(rules(READER.read(doc))).contains("json-syntax");
    assertThat(rules(READER.read(wrapped(doc)))).contains("json-syntax");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("yDocuments")
  void everyYDocumentIsReadAndBindsWhenWrapped(String name) throws IOException {
    byte[] doc = bytes(name);
    ReadResult bare = READER.read(doc);
    if (new String(doc, StandardCharsets.UTF_8).strip().startsWith("{")) {
      // An object is read; it is no plan, so the findings are the binder's, never syntax.
      assertThat(rules(bare)).isNotEmpty().doesNotContain("json-syntax");
    } else {
      assertThat(bare.findings()).singleElement().satisfies(f -> {
        assertThat(f.rule()).isEqualTo("json-syntax");
        assertThat(f.message()).endsWith(", not a JSON object");
      });
    }
    ReadResult inPlan = READER.read(wrapped(doc));
    if (Y_DUPLICATE_KEYS.contains(name)) {
      assertThat(rules(inPlan)).containsExactly("duplicate-key");
    } else {
      assertThat(inPlan.findings()).isEmpty();
      roundTrips(inPlan);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("iDocuments")
  void everyIDocumentHasTheDocumentedOutcomeWhenWrapped(String name) throws IOException {
    ReadResult r = READER.read(wrapped(bytes(name)));
    String expected = I_WRAPPED.get(name);
    if (expected.equals("plan")) {
      assertThat(r.findings()).isEmpty();
      roundTrips(r);
    } else {
      assertThat(r.plan()).isEmpty();
      assertThat(rules(r)).containsExactly(expected);
    }
  }

  @Test
  void jacksonAloneDisagreesOnlyOnTheListedDocuments() throws IOException {
    ObjectMapper jackson = JsonMapper.builder().build();
    Set<String> nAccepted = new TreeSet<>();
    Set<String> yRejected = new TreeSet<>();
    for (String name : documents().toList()) {
      boolean accepted;
      try {
        jackson.readTree(bytes(name));
        accepted = true;
      } catch (JacksonException e) {
        accepted = false;
      }
      if (name.startsWith("n_") && accepted) {
        nAccepted.add(name);
      } else if (name.startsWith("y_") && !accepted) {
        yRejected.add(name);
      }
    }
    assertThat(nAccepted).isEqualTo(N_JACKSON_ACCEPTS);
    assertThat(yRejected).isEmpty();
  }
}
