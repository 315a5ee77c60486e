package io.github.ogpkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The reader's Jackson factory: its parser is Jackson's for UTF-8, token for token, and notes
 * whether an escape has given half a character, which is when the reader starts to scan strings
 * for unpaired surrogates.
 */
class WatchingJsonFactoryTest {

  private static final JsonFactory WATCHING = new WatchingJsonFactory(JsonFactory.builder());
  private static final JsonFactory JACKSON = JsonFactory.builder().build();

  private static JsonParser parser(JsonFactory factory, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return factory.createParser(ObjectReadContext.empty(), bytes, 0, bytes.length);
  }

  /** Every token with its name or text, and where it starts. */
  private static List<String> tokens(JsonFactory factory, String json) {
    List<String> out = new ArrayList<>();
    try (JsonParser p = parser(factory, json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        out.add(t + " " + (t == JsonToken.PROPERTY_NAME ? p.currentName() : p.getString()) + " @"
            + p.currentTokenLocation().getByteOffset() + ":"
            + p.currentTokenLocation().getLineNr() + ":" + p.currentTokenLocation().getColumnNr());
      }
    }
    return out;
  }

  @Test
  void itsParsersGiveJacksonsTokensTextsAndLocations() {
    String[] documents = {
        "{}",
        "{\"a\": [1, -2.50e3, true, false, null, \"x\"], \"b\": {\"c\": \"\\u0041\\n\\\"\"}}",
        "{\n  \"title\": {\"az\": \"Şəffaflıq \\ud83d\\ude00 😀\"},\n  \"\\u00e9\": []\n}",
        "[\"\\ud800\", \"\\udc00x\", 12345678901234567890]",
    };
    for (String json : documents) {
      assertThat(tokens(WATCHING, json)).as(json).isEqualTo(tokens(JACKSON, json));
    }
    try (JsonParser p = parser(WATCHING, "{}")) {
      assertThat(p).isInstanceOf(WatchingJsonFactory.Parser.class);
    }
  }

  @Test
  void escapesOfOtherCharactersAndRawFourByteCharactersGiveNoSurrogateEscape() {
    try (JsonParser p = parser(WATCHING,
        "{\"\\u0061\": \"\\u00e9\\u0259\\t 😀 \\uffff\", \"b\": [\"\\u20ac\"]}")) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
          p.getString();
        }
      }
      assertThat(((WatchingJsonFactory.Parser) p).surrogateEscaped()).isFalse();
    }
  }

  @Test
  void theFirstEscapeOfASurrogateInAValueOrANameIsNoted() {
    try (JsonParser p = parser(WATCHING, "{\"a\": \"x\", \"b\": \"\\ud83d\\ude00\"}")) {
      WatchingJsonFactory.Parser watched = (WatchingJsonFactory.Parser) p;
      p.nextToken();
      p.nextName();
      p.nextToken();
      assertThat(p.getString()).isEqualTo("x");
      assertThat(watched.surrogateEscaped()).isFalse();
      p.nextName();
      p.nextToken();
      assertThat(p.getString()).isEqualTo("\ud83d\ude00");
      assertThat(watched.surrogateEscaped()).isTrue();
    }
    // Jackson itself refuses a half in a name; a whole pair escaped in one is noted.
    try (JsonParser p = parser(WATCHING, "{\"\\ud83d\\ude00\": 1}")) {
      p.nextToken();
      assertThat(p.nextName()).isEqualTo("\ud83d\ude00");
      assertThat(((WatchingJsonFactory.Parser) p).surrogateEscaped()).isTrue();
    }
  }
}
