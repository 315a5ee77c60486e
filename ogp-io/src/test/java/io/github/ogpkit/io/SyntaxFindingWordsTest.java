package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.TextLocation;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words and places of json-syntax findings, case by case: which character was found (read
 * from the document's bytes, named by its code point), what was expected there, and where an
 * unclosed value starts. {@link SyntaxTest} has the common cases; these are the ones each part of
 * the wording hangs on, and the same problems read through {@link OgpJsonModule}, where the
 * module sees only the application's parser and not the bytes.
 */
class SyntaxFindingWordsTest {

  private static final PlanReader READER = PlanReader.standard();
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new OgpJsonModule())
      .build();
  private static final String A_VALUE = "a string in double quotes, a number, an object, an "
      + "array, true, false or null";

  static Stream<Arguments> documents() {
    return Stream.of(
        // What was expected to close, and where the unclosed value starts.
        arguments("{\"a\": 1]", 1, 8,
            "\"]\" where \"}\" was expected to close the object that starts at line 1, column 1"),
        arguments("{\"a\": {\"b\": 1]}", 1, 14,
            "\"]\" where \"}\" was expected to close the object that starts at line 1, column 7"),
        // What Jackson expected, in words.
        arguments("{\"a\": [1 2]}", 1, 10, "found \"2\" (U+0032) where a comma before the next "
            + "element, or ] to end the array, was expected"),
        arguments(",", 1, 1, "found \",\" (U+002C) where a value was expected: " + A_VALUE),
        arguments("\uD83D\uDE00", 1, 1,
            "found \"\uD83D\uDE00\" (U+1F600) where a value was expected: " + A_VALUE),
        // A problem Jackson words in no way more particular than this.
        arguments("{\"a\": \"\\u12x4\"}", 1, 12,
            "found \"x\" (U+0078) where it is not allowed in JSON"),
        // Characters read from the bytes: three-byte and four-byte ones, the last at the end.
        arguments("{\"a\": 1 \u0905}", 1, 9, "found \"\u0905\" (U+0905) where a comma before the "
            + "next property, or } to end the object, was expected"),
        arguments("{}\uD83D\uDE00", 1, 3, "content after the root object: found \"\uD83D\uDE00\" "
            + "(U+1F600) where a value was expected: " + A_VALUE),
        arguments("{} 1x", 1, 5, "content after the root object: \"x\" (U+0078)"),
        // Control and invisible characters, named by their code points.
        arguments("{\"a\": 1,\u0000}", 1, 9, "a NUL character (U+0000) between values; only "
            + "spaces, tabs and line breaks may be there"),
        arguments("{\"a\": \"x\ny\"}", 1, 9, "a line break (U+000A) in a string; control "
            + "characters must be escaped there, as \\n"),
        arguments("{\"a\": \"x\ry\"}", 1, 9, "a line break (U+000D) in a string; control "
            + "characters must be escaped there, as \\r"),
        arguments("{\"a\": \"x\u0000y\"}", 1, 9, "a NUL character (U+0000) in a string; control "
            + "characters must be escaped there, as \\u0000"),
        arguments("{\"a\": \"x\u001fy\"}", 1, 9, "the invisible character U+001F in a string; "
            + "control characters must be escaped there, as \\u001f"),
        arguments("{\u200B\"a\": 1}", 1, 2, "found the invisible character U+200B where a "
            + "property name in double quotes was expected"),
        // A number is placed at its start, also when it starts the document.
        arguments("-x", 1, 1, "a malformed number; JSON numbers are like 12, -3, 4.5 or 6e7"),
        arguments("01", 1, 1, "a number must not start with a zero followed by more digits"),
        // The end of the document, inside something or not.
        arguments("-", 1, 2, "the document ends too early"),
        arguments("{} -", 1, 5, "content after the root object: the document ends too early"),
        arguments("\"abc", 1, 5, "the document ends inside the string that starts at line 1, "
            + "column 1; a closing \" is missing"),
        arguments("\"\\\"", 1, 4, "the document ends inside the string that starts at line 1, "
            + "column 1; a closing \" is missing"),
        arguments("{\"a\": \"x\\\"", 1, 11, "the document ends inside the string that starts at "
            + "line 1, column 7; a closing \" is missing"),
        arguments("{\"a\": [1],", 1, 11, "the document ends inside the object that starts at "
            + "line 1, column 1; a closing } is missing"),
        arguments("{\"a\": {},", 1, 10, "the document ends inside the object that starts at "
            + "line 1, column 1; a closing } is missing"));
  }

  @ParameterizedTest(name = "{index}: {3}")
  @MethodSource("documents")
  void aSyntaxFindingNamesWhatWasFoundAndWhereInOgpkitsWords(String doc, int line, int column,
      String message) {
    // Read as bytes, so that the test does not depend on how text input is encoded.
    Finding f = syntax(READER.read(doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(f.message()).isEqualTo(message);
    assertThat(f.location()).as(message).contains(TextLocation.of(line, column));
  }

  @Test
  void anUnclosedArrayDeeperThanSixteenLevelsIsNamedWithWhereItStarts() {
    // The scan for what is open keeps its own stack, which grows past its first 16 levels.
    String doc = "{\"a\": " + "[".repeat(20);
    Finding f = syntax(READER.read(doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(f.message()).isEqualTo("the document ends inside the array that starts at line 1, "
        + "column 26; a closing ] is missing");
    assertThat(f.location()).contains(TextLocation.of(1, 27));
  }

  @Test
  void aControlCharacterReadThroughTheModuleIsNamedByItsCodePoint() {
    // The module has no bytes: the character comes from the parser's message, which names a
    // control character "(CTRL-CHAR, code 9)".
    assertThat(moduleFinding("{\"a\": \"x\ty\"}").message()).isEqualTo("a tab (U+0009) in a "
        + "string; control characters must be escaped there, as \\t");
    assertThat(moduleFinding("{\"a\": 1,\u0000}").message()).isEqualTo("a NUL character "
        + "(U+0000) between values; only spaces, tabs and line breaks may be there");
    assertThat(moduleFinding("{\"a\": \"x\ny\"}".getBytes(StandardCharsets.UTF_8)).message())
        .isEqualTo("a line break (U+000A) in a string; control characters must be escaped "
            + "there, as \\n");
  }

  @Test
  void invalidUtf8ReadThroughTheModuleIsNamedSo() {
    // The application's parser reads the bytes unchecked; its message names no character.
    for (byte[] doc : new byte[][] {{'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'},
        {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, 'x', '"', '}'}}) {
      assertThat(moduleFinding(doc).message()).isEqualTo("invalid UTF-8; the document must be "
          + "UTF-8 without overlong forms or surrogates");
    }
  }

  @Test
  void theModuleLeavesTheParsersPlaceOfAProblemAsItIs() {
    // Without the bytes the module cannot move a finding to the start of its character or
    // number: it keeps the line and column of the application's parser.
    Finding comma = moduleFinding("{\"a\": [1 2]}".getBytes(StandardCharsets.UTF_8));
    assertThat(comma.message()).isEqualTo("found \"2\" (U+0032) where a comma before the next "
        + "element, or ] to end the array, was expected");
    assertThat(comma.location()).contains(TextLocation.of(1, 10));
    Finding number = moduleFinding("{\"a\": -x}".getBytes(StandardCharsets.UTF_8));
    assertThat(number.message())
        .isEqualTo("a malformed number; JSON numbers are like 12, -3, 4.5 or 6e7");
    assertThat(number.location()).contains(TextLocation.of(1, 8));
  }

  @Test
  void theModuleNamesWhatIsUnclosedWithoutWhereItStarts() {
    assertThat(moduleFinding("{\"a\": [1],").message())
        .isEqualTo("the document ends before its values are closed");
    assertThat(moduleFinding("{\"a\": [1}").message())
        .isEqualTo("\"}\" where \"]\" was expected to close the array");
  }

  private static Finding syntax(ReadResult r) {
    assertThat(r.plan()).isEmpty();
    return r.findings().stream().filter(x -> x.rule().equals("json-syntax")).findFirst()
        .orElseThrow(() -> new AssertionError("no json-syntax finding in " + r.findings()));
  }

  private static Finding moduleFinding(Object doc) {
    Finding[] found = new Finding[1];
    assertThatThrownBy(() -> {
      if (doc instanceof byte[] bytes) {
        MAPPER.readValue(bytes, Plan.class);
      } else {
        MAPPER.readValue((String) doc, Plan.class);
      }
    }).isInstanceOfSatisfying(InvalidPlanException.class, e -> {
      assertThat(e.findings()).extracting(Finding::rule).containsExactly("json-syntax");
      found[0] = e.findings().get(0);
    });
    return found[0];
  }
}
