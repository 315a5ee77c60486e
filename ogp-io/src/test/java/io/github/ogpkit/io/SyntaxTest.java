package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.TextLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Documents that are not well-formed JSON, or not UTF-8, or too large: json-syntax. */
class SyntaxTest {

  private static final PlanReader READER = PlanReader.standard();

  private static Finding only(ReadResult r) {
    assertThat(r.plan()).isEmpty();
    assertThat(r.findings()).hasSize(1);
    return r.findings().get(0);
  }

  private static void assertSyntax(ReadResult r, int line, int column, String messagePart) {
    Finding f = only(r);
    assertThat(f.rule()).isEqualTo("json-syntax");
    assertThat(f.path()).isEqualTo(JsonPointer.root());
    assertThat(f.location()).contains(TextLocation.of(line, column));
    assertThat(f.message()).containsIgnoringCase(messagePart);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aUtf8ByteOrderMarkIsASyntaxError() {
    byte[] doc = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        utf8(Fixtures.valid()));
    assertSyntax(READER.read(doc), 1, 1, "byte order mark");
    assertSyntax(READER.read("\uFEFF" + Fixtures.valid()), 1, 1, "byte order mark");
  }

  @Test
  void aUtf16ByteOrderMarkIsASyntaxError() {
    assertSyntax(READER.read(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'}), 1, 1,
        "UTF-16 byte order mark");
  }

  /** Both byte orders of UTF-16 are named, and so is a mark with nothing after it. */
  @Test
  void aByteOrderMarkIsNamedInEitherByteOrderAndAlone() {
    String utf16 = "the document starts with a UTF-16 byte order mark; plans are UTF-8 without one";
    assertThat(onlySyntax(READER.read(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0}))
        .message()).isEqualTo(utf16);
    assertThat(onlySyntax(READER.read(new byte[] {(byte) 0xFE, (byte) 0xFF})).message())
        .isEqualTo(utf16);
    assertThat(onlySyntax(READER.read(new byte[] {(byte) 0xFF, (byte) 0xFE})).message())
        .isEqualTo(utf16);
    assertThat(onlySyntax(READER.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
        .message()).isEqualTo(
            "the document starts with a UTF-8 byte order mark; plans are UTF-8 without one");
  }

  /**
   * One byte of a UTF-16 byte order mark without its partner is no mark: it is the invalid UTF-8
   * it is, named at its offset.
   */
  @Test
  void halfAByteOrderMarkIsInvalidUtf8AtItsOffset() {
    byte fe = (byte) 0xFE;
    byte ff = (byte) 0xFF;
    for (byte[] doc : new byte[][] {{fe, '{', '}'}, {ff, '{', '}'}, {fe, fe}, {ff, ff}}) {
      Finding f = onlySyntax(READER.read(doc));
      assertThat(f.message()).isEqualTo(String.format(java.util.Locale.ROOT, "invalid UTF-8 at "
          + "byte offset 0 (bytes 0x%02X); the document must be UTF-8 without overlong forms or "
          + "surrogates", doc[0] & 0xff));
      assertThat(f.location()).contains(TextLocation.of(1, 1));
    }
    for (byte[] doc : new byte[][] {{'{', fe, '}'}, {'{', ff, '}'}}) {
      Finding f = onlySyntax(READER.read(doc));
      assertThat(f.message()).startsWith("invalid UTF-8 at byte offset 1 (bytes 0x");
      assertThat(f.location()).contains(TextLocation.of(1, 2));
    }
  }

  /** A column counts UTF-16 units, whatever the length in UTF-8 of the characters before it. */
  @Test
  void columnsCountUtf16UnitsAfterCharactersOfEveryUtf8Length() {
    // \u0259 has two bytes; \u0915 (lead byte E0), \u20AC (E2) and \uFF21 (EF) three; U+1F600
    // four, and two UTF-16 units.
    ReadResult r = READER.read(Fixtures.withLine(3,
        "  \"id\": \"\u0259\u0915\u20AC\uFF21\uD83D\uDE00\", \"x\": 1,"));
    assertThat(r.findings()).extracting(Finding::location)
        .containsExactly(java.util.Optional.of(TextLocation.of(3, 9)),
            java.util.Optional.of(TextLocation.of(3, 19)));
  }

  @Test
  void linesEndAtLfCrlfAndCrAndColumnsCountUtf16Units() {
    String doc = Fixtures.withLine(3, "  \"id\": \"\uD83D\uDE00\", \"x\": 1,")
        .replace("\n", "\r\n");
    ReadResult r = READER.read(doc);
    assertThat(r.findings()).extracting(Finding::location)
        .containsExactly(java.util.Optional.of(TextLocation.of(3, 9)),
            java.util.Optional.of(TextLocation.of(3, 15)));
    ReadResult cr = READER.read(Fixtures.withLine(3, "  \"id\": 1,").replace("\n", "\r"));
    assertThat(cr.findings().get(0).location()).contains(TextLocation.of(3, 9));
  }

  @Test
  void invalidUtf8IsASyntaxErrorAtTheBadByte() {
    byte[] doc = utf8("{\n  \"id\": \"ab");
    doc = concat(concat(doc, new byte[] {(byte) 0xFF}), utf8("\"}"));
    assertSyntax(READER.read(doc), 2, 12, "byte offset 13");
  }

  @Test
  void overlongUtf8IsASyntaxError() {
    // C0 AF is an overlong '/', which Jackson on its own would accept.
    byte[] doc = concat(concat(utf8("{\"id\": \"a"), new byte[] {(byte) 0xC0, (byte) 0xAF}),
        utf8("\"}"));
    assertSyntax(READER.read(doc), 1, 10, "0xC0");
  }

  @Test
  void anEncodedSurrogateIsASyntaxError() {
    byte[] doc = concat(concat(utf8("{\"id\": \"a"),
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), utf8("\"}"));
    assertSyntax(READER.read(doc), 1, 10, "invalid UTF-8");
  }

  @Test
  void anUnpairedSurrogateInTextInputIsASyntaxError() {
    assertSyntax(READER.read("{\"id\": \"a\uD800\"}"), 1, 10, "unpaired surrogate");
  }

  @Test
  void anUnpairedHighSurrogateAtTheVeryEndOfTextInputIsASyntaxError() {
    Finding f = onlySyntax(READER.read("{}\uD83D"));
    assertThat(f.message()).isEqualTo("unpaired surrogate U+D83D at character 2; the text "
        + "cannot be encoded as UTF-8");
    assertThat(f.location()).contains(TextLocation.of(1, 3));
  }

  /**
   * Problems found before the JSON is parsed (an unpaired surrogate, invalid UTF-8) are placed
   * with lines ending where the parser ends them, at LF, CR LF or a lone CR, also when the CR is
   * the last character before the problem.
   */
  @Test
  void problemsFoundBeforeParsingCountLineEndsAsTheParserDoes() {
    assertSyntax(READER.read("{\r\n\uD800"), 2, 1, "unpaired surrogate U+D800 at character 3");
    assertSyntax(READER.read("{\r \uD800"), 2, 2, "unpaired surrogate U+D800 at character 3");
    assertSyntax(READER.read("{\r\uD800"), 2, 1, "unpaired surrogate U+D800 at character 2");
    assertSyntax(READER.read("{\n\n\r\r\n\uD800"), 5, 1,
        "unpaired surrogate U+D800 at character 6");
    byte[] doc = concat(utf8("{\r\n\r\"a\": \"x"), new byte[] {(byte) 0xFF});
    assertSyntax(READER.read(doc), 3, 8, "invalid UTF-8 at byte offset 11 (bytes 0xFF)");
  }

  @Test
  void anEscapedSurrogatePairIsTextNotAnError() {
    ReadResult r = READER.read(Fixtures.withLine(6, "  \"title\": {\"en\": \"\\ud83d\\ude00\"},"));
    assertThat(r.findings()).isEmpty();
    assertThat(r.plan().orElseThrow().title().get("en")).contains("\uD83D\uDE00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      trailing object   | {} {}          | 1 | 4  | content after the root object: an object
      trailing garbage  | {}x            | 1 | 3  | content after the root object: unrecognized word "x"; a value is a string in double quotes, a number, an object, an array, true, false or null
      root array        | []             | 1 | 1  | the document is an array, not a JSON object
      root string       | "plan"         | 1 | 1  | the document is the string "plan", not a JSON object
      empty             | ''             | 1 | 1  | the document is empty; a plan is one JSON object
      comment           | {/* c */}      | 1 | 2  | found "/" (U+002F); JSON has no comments
      trailing comma    | {"a": 1,}      | 1 | 9  | found "}" (U+007D) where a property name in double quotes was expected
      single quotes     | {'a': 1}       | 1 | 2  | found a single quote (JSON strings and names take double quotes) where a property name in double quotes was expected
      NaN               | {"a": NaN}     | 1 | 7  | "NaN" is not a JSON number; JSON has no NaN or Infinity
      leading zero      | {"a": 01}      | 1 | 7  | a number must not start with a zero followed by more digits
      bare minus        | {"a": -}       | 1 | 7  | a malformed number; JSON numbers are like 12, -3, 4.5 or 6e7
      unclosed object   | {"a": 1        | 1 | 8  | the document ends inside the object that starts at line 1, column 1; a closing } is missing
      lone brace        | {              | 1 | 2  | the document ends inside the object that starts at line 1, column 1; a closing } is missing
      unclosed array    | {"a": [1, {}   | 1 | 13 | the document ends inside the array that starts at line 1, column 7; a closing ] is missing
      unclosed string   | {"a": "xyz     | 1 | 11 | the document ends inside the string that starts at line 1, column 7; a closing " is missing
      wrong close       | {"a": [1}      | 1 | 9  | "}" where "]" was expected to close the array that starts at line 1, column 7
      extra close       | {"a": 1}}      | 1 | 9  | content after the root object: "}" closes no object
      missing colon     | {"a" 1}        | 1 | 6  | found "1" (U+0031) where a colon after the property name was expected
      missing comma     | {"a": 1 "b": 2}| 1 | 9  | found a double quote (U+0022) where a comma before the next property, or } to end the object, was expected
      missing value     | {"a": }        | 1 | 7  | found "}" (U+007D) where a value was expected: a string in double quotes, a number, an object, an array, true, false or null
      bad word          | {"a": tru}     | 1 | 7  | unrecognized word "tru"; a value is a string in double quotes, a number, an object, an array, true, false or null
      bad escape        | {"a": "\\x"}   | 1 | 8  | "\\x" is not an escape of JSON; in strings write \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX
      emoji key         | {😀: 1}        | 1 | 2  | found "😀" (U+1F600) where a property name in double quotes was expected
      """)
  void malformedJsonIsASyntaxErrorAtItsPlaceInOgpkitsWords(String what, String doc, int line,
      int column, String message) {
    ReadResult r = READER.read(doc);
    assertThat(r.findings()).extracting(Finding::rule).contains("json-syntax");
    Finding f = r.findings().stream().filter(x -> x.rule().equals("json-syntax")).findFirst()
        .orElseThrow();
    assertThat(f.message()).isEqualTo(message);
    assertThat(f.location()).as(f.message()).contains(TextLocation.of(line, column));
    assertThat(r.plan()).isEmpty();
  }

  @Test
  void aControlCharacterInAStringIsNamedWithItsEscape() {
    Finding f = onlySyntax(READER.read("{\"schemaVersion\": \"x\ty\"}"));
    assertThat(f.message())
        .isEqualTo("a tab (U+0009) in a string; control characters must be escaped there, as \\t");
    assertThat(f.location()).contains(TextLocation.of(1, 21));
  }

  @Test
  void aNulByteAtTheStartIsNamedWhereItIsNotMistakenForAnotherEncoding() {
    Finding f = onlySyntax(READER.read(new byte[] {0, '{', '}'}));
    assertThat(f.message()).isEqualTo("a NUL character (U+0000) where JSON text was expected; a "
        + "plan is UTF-8 text, and NUL bytes at its start suggest UTF-16 or UTF-32");
    assertThat(f.location()).contains(TextLocation.of(1, 1));
    assertThat(onlySyntax(READER.read(new byte[] {'{', '}', ' ', 0})).location())
        .contains(TextLocation.of(1, 4));
  }

  @Test
  void anEscapedUnpairedSurrogateIsNoText() {
    ReadResult r = READER.read(Fixtures.withLine(6, "  \"title\": {\"en\": \"a\\ud800b\"},"));
    assertThat(r.plan()).isEmpty();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("invalid-value");
      assertThat(f.path()).hasToString("/title/en");
      assertThat(f.message()).isEqualTo("en holds an unpaired surrogate, \\ud800, at character "
          + "2; text must be whole Unicode characters (I-JSON, RFC 7493): write the character "
          + "itself or both halves of its pair");
    });
  }

  private static Finding onlySyntax(ReadResult r) {
    assertThat(r.findings()).extracting(Finding::rule).containsExactly("json-syntax");
    return r.findings().get(0);
  }

  @Test
  void trailingContentIsReportedAndTheRootStillChecked() {
    ReadResult r = READER.read(Fixtures.withLine(3, "  \"id\": \"Bad\",") + " []");
    assertThat(r.findings()).extracting(Finding::rule)
        .containsExactly("json-syntax", "invalid-value");
  }

  @Test
  void theFindingsBeforeASyntaxErrorAreKept() {
    ReadResult r = READER.read("{\"a\": 1, \"a\": 2, \"b\": }");
    assertThat(r.findings()).extracting(Finding::rule, f -> f.path().toString())
        .containsExactlyInAnyOrder(tuple("json-syntax", ""), tuple("unknown-property", "/a"),
            tuple("duplicate-key", "/a"));
    // The root object never ended: its missing properties might have followed.
    assertThat(r.findings()).extracting(Finding::rule).doesNotContain("required");
  }

  @Test
  void aDocumentLongerThanTheLimitIsASyntaxErrorWithoutReadingFurther() {
    PlanReader small = PlanReader.builder().maxDocumentBytes(100).build();
    AtomicLong served = new AtomicLong();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served.incrementAndGet();
        return ' ';
      }
    };
    assertSyntax(small.read(endless), 1, 1, "limit of 100 bytes");
    assertThat(served.get()).isEqualTo(101);
    assertSyntax(small.read(" ".repeat(101)), 1, 1, "limit of 100 bytes");
    assertSyntax(small.read(new StringReader(" ".repeat(1000))), 1, 1, "limit");
    assertThat(small.read(" ".repeat(98) + "{}").findings())
        .extracting(Finding::rule).doesNotContain("json-syntax");
  }

  @Test
  void theLengthLimitCountsUtf8BytesOfTextInput() {
    PlanReader small = PlanReader.builder().maxDocumentBytes(10).build();
    assertSyntax(small.read("{\"ə\":\"əəə\"}"), 1, 1, "limit");
  }

  @Test
  void nestingDeeperThanTheLimitIsASyntaxError() {
    PlanReader shallow = PlanReader.builder().maxNestingDepth(3).build();
    ReadResult r = shallow.read("{\"extensions\": {\"a\": {\"b\": {}}}}");
    assertThat(r.findings()).extracting(Finding::rule).containsExactly("json-syntax");
    assertThat(r.findings().get(0).location()).contains(TextLocation.of(1, 29));
  }

  @Test
  void stringsNumbersAndNamesBeyondTheirLimitsAreSyntaxErrors() {
    PlanReader tight = PlanReader.builder().maxStringLength(5).maxNumberLength(5)
        .maxPropertyNameLength(5).build();
    assertThat(tight.read("{\"id\": \"abcdefgh\"}").findings()).extracting(Finding::rule)
        .containsExactly("json-syntax");
    assertThat(tight.read("{\"x\": 1234567890}").findings()).extracting(Finding::rule)
        .containsExactly("json-syntax");
    assertThat(tight.read("{\"abcdefgh\": 1}").findings()).extracting(Finding::rule)
        .containsExactly("json-syntax");
  }

  @Test
  void limitsOutOfRangeAreRejectedNamingTheLimit() {
    assertThatThrownBy(() -> PlanReader.builder().maxNestingDepth(0))
        .hasMessageContaining("maxNestingDepth");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxDocumentBytes(-1))
        .hasMessageContaining("maxDocumentBytes");
    assertThat(PlanReader.standard().limits()).isEqualTo(ReadLimits.defaults());
    assertThat(ReadLimits.defaults().maxDocumentBytes()).isEqualTo(52_428_800L);
  }

  @Test
  void allInputsReadTheSame(@TempDir Path dir) throws IOException {
    String doc = Fixtures.valid();
    Path file = dir.resolve("plan.json");
    Files.writeString(file, doc);
    var expected = READER.readPlan(doc);
    assertThat(READER.readPlan(utf8(doc))).isEqualTo(expected);
    assertThat(READER.readPlan(new ByteArrayInputStream(utf8(doc)))).isEqualTo(expected);
    assertThat(READER.readPlan(new StringReader(doc))).isEqualTo(expected);
    assertThat(READER.readPlan(file)).isEqualTo(expected);
    assertThat(READER.read(file).report().source()).contains(file.toString());
  }

  @Test
  void aMissingFileIsAnIoErrorNamingItNotAFinding(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> READER.read(missing)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void readPlanThrowsWithEveryFindingInTheMessage() {
    assertThatThrownBy(() -> READER.readPlan("{\"schemaVersion\": \"1.0\"}"))
        .isInstanceOfSatisfying(PlanFormatException.class, e -> {
          assertThat(e.findings()).hasSize(8);
          assertThat(e.getMessage()).contains("8 errors", "/id", "/sections");
        });
  }

  /** A plan that bound is dropped when a syntax error follows it: a document is one plan. */
  @Test
  void aPlanFollowedByAnythingIsNotAPlan() {
    ReadResult r = READER.read(Fixtures.valid() + "[]");
    assertThat(r.plan()).isEmpty();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("content after the root object: an array");
      assertThat(f.location()).contains(TextLocation.of(36, 1));
    });
    // Words that already say where they are get no second prefix.
    assertThat(onlySyntax(READER.read(Fixtures.valid() + "}")).message())
        .isEqualTo("content after the root object: \"}\" closes no object");
    assertThat(onlySyntax(READER.read(Fixtures.valid() + "1x")).message())
        .isEqualTo("content after the root object: \"x\" (U+0078)");
  }

  @Test
  void aBadWordIsLocatedAtItsFirstCharacterEvenAtTheStartOfTheDocument() {
    assertThat(onlySyntax(READER.read("truth")).location()).contains(TextLocation.of(1, 1));
    assertThat(onlySyntax(READER.read("  truth")).location()).contains(TextLocation.of(1, 3));
    // Jackson names these where it stopped, after the number; the finding is where it starts.
    assertThat(onlySyntax(READER.read("NaN")).location()).contains(TextLocation.of(1, 1));
    assertThat(onlySyntax(READER.read("01")).location()).contains(TextLocation.of(1, 1));
  }
}
