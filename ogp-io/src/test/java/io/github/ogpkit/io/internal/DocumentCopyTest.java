package io.github.ogpkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.report.TextLocation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The copy an application's parser is read into ({@code OgpJsonModule}): the value as compact
 * JSON, every token located where the application's parser saw it, at any size and depth.
 */
class DocumentCopyTest {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** A parser of the application's kind, over characters, on the text's first token. */
  private static JsonParser on(String text) {
    JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text);
    p.nextToken();
    return p;
  }

  private static DocumentCopy copy(String text) {
    try (JsonParser p = on(text)) {
      DocumentCopy copy = DocumentCopy.of(p, Long.MAX_VALUE);
      assertThat(copy).isNotNull();
      return copy;
    }
  }

  private static String text(DocumentCopy copy) {
    return new String(copy.bytes(), 0, copy.length(), StandardCharsets.UTF_8);
  }

  /** Where the parser puts each token of a text, as lines and columns. */
  private static List<TextLocation> tokenLocations(String text) {
    List<TextLocation> at = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      while (p.nextToken() != null) {
        at.add(TextLocation.of(p.currentTokenLocation().getLineNr(),
            p.currentTokenLocation().getColumnNr()));
      }
    }
    return at;
  }

  /** Each token of the copy, located by the copy's locator, as the plan reader locates it. */
  private static List<TextLocation> locatedThroughTheCopy(DocumentCopy copy) {
    Locator locator = copy.locator();
    List<TextLocation> at = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), copy.bytes(), 0,
        copy.length())) {
      while (p.nextToken() != null) {
        at.add(locator.at(p.currentTokenLocation()));
      }
    }
    return at;
  }

  @Test
  void theCopyIsTheValueAsCompactJsonEscapedAsTheCanonicalWriterEscapes() {
    String text = "{\n  \"a\" : [ 1, -2.50e3, true, false, null,\n"
        + "    \"q\\\"\\\\\\u00e9\\n\\ud83d\\ude00\\ud800\\u0001\" ],\n"
        + "  \"b\" : { } , \"c\": [], \"\\t\": {\"e\": {\"f\": [[]]}}\n}";
    assertThat(text(copy(text))).isEqualTo("{\"a\":[1,-2.50e3,true,false,null,"
        + "\"q\\\"\\\\\u00e9\\n\uD83D\uDE00\\ud800\\u0001\"],\"b\":{},\"c\":[],"
        + "\"\\t\":{\"e\":{\"f\":[[]]}}}");
  }

  @Test
  void everyTokenOfTheCopyIsLocatedWhereTheApplicationsParserSawIt() {
    String text = "{\n  \"a\" : [ 1, -2.5, true,\n\n      false, null, \"x\u00e9\" ],\r\n"
        + "  \"b\" :\t{ \"c\" : { } } , \"d\": [ [ ], {} ]\n}";
    DocumentCopy copy = copy(text);
    assertThat(locatedThroughTheCopy(copy)).isEqualTo(tokenLocations(text))
        .hasSize(24);
  }

  /**
   * The limit counts values (not names or closing brackets); a value with more is not copied,
   * and the parser is left on the first value beyond the limit.
   */
  @Test
  void aValueWithMoreValuesThanTheLimitIsNotCopied() {
    String text = "{\"a\": [1, \"two\"], \"b\": {\"c\": null}}";
    // Six values: the root, the array, 1, "two", the object of b, null.
    try (JsonParser p = on(text)) {
      assertThat(DocumentCopy.of(p, 6)).isNotNull();
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
    }
    try (JsonParser p = on(text)) {
      assertThat(DocumentCopy.of(p, 5)).isNull();
      assertThat(p.currentToken()).isEqualTo(JsonToken.VALUE_NULL);
    }
    try (JsonParser p = on(text)) {
      assertThat(DocumentCopy.of(p, 3)).isNull();
      assertThat(p.currentToken()).isEqualTo(JsonToken.VALUE_STRING);
    }
  }

  /**
   * The copy starts in a buffer of 8 KiB and a table of 1,024 tokens. Whatever is written where
   * the buffer ends (a comma, a colon, a bracket, a number, a literal, a string), the copy is
   * still the whole value: the repeated part is shifted through every position of its period.
   */
  @Test
  void aCopyGrowsPastItsFirstBufferWhateverIsWrittenAtItsEnd() {
    String part = "{\"k\":[1,true,\"s\",null]},";
    for (int shift = 0; shift < part.length(); shift++) {
      StringBuilder text = new StringBuilder("{\"pad\":\"" + "p".repeat(shift) + "\",\"list\":[");
      while (text.length() < 3 * 8192) {
        text.append(part);
      }
      text.append("0]}");
      String compact = text.toString();
      DocumentCopy copy = copy(compact);
      assertThat(text(copy)).as("shifted by %d", shift).isEqualTo(compact);
      assertThat(copy.length()).isEqualTo(compact.length());
    }
  }

  @Test
  void aStringLongerThanTwiceTheFirstBufferIsCopiedWhole() {
    String compact = "{\"long\":\"" + "\u00e9".repeat(12_000) + "x\",\"after\":1}";
    assertThat(text(copy(compact))).isEqualTo(compact);
  }

  /** Past the first 64 levels and 1,024 tokens, commas and locations are still right. */
  @Test
  void deepAndLongValuesAreCopiedAndLocatedWhole() {
    StringBuilder text = new StringBuilder("{\"deep\":");
    for (int i = 0; i < 100; i++) {
      text.append(i % 2 == 0 ? "[0,\n" : "{\"k\":\n");
    }
    text.append("\"bottom\"");
    for (int i = 99; i >= 0; i--) {
      text.append(i % 2 == 0 ? ",1]" : ",\"j\":2}");
    }
    text.append(",\n\"many\":[");
    for (int i = 0; i < 1500; i++) {
      text.append(i == 0 ? "" : ",\n").append(i);
    }
    text.append("]}");
    String original = text.toString();
    DocumentCopy copy = copy(original);
    assertThat(text(copy)).isEqualTo(original.replace("\n", ""));
    List<TextLocation> located = locatedThroughTheCopy(copy);
    assertThat(located).isEqualTo(tokenLocations(original));
    assertThat(located.get(located.size() - 3)).isEqualTo(TextLocation.of(1601, 1));
  }
}
