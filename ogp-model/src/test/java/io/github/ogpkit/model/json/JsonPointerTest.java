package io.github.ogpkit.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.ValueParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPointerTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "/sections/4/measures/6/timeFrame", "/a~1b/m~0n", "/", "//x",
      "/extensions/ünïcode"})
  void parseAndPrintRoundTrip(String text) {
    assertThat(JsonPointer.parse(text)).hasToString(text);
  }

  @Test
  void unescapesTokens() {
    assertThat(JsonPointer.parse("/a~1b/m~0n").tokens()).containsExactly("a/b", "m~n");
    assertThat(JsonPointer.of("a/b")).hasToString("/a~1b");
  }

  @Test
  void appendsPropertiesAndIndexes() {
    JsonPointer p = JsonPointer.root().append("sections").append(4).append("measures").append(6);
    assertThat(p).hasToString("/sections/4/measures/6").isEqualTo(JsonPointer.parse("/sections/4/measures/6"));
    assertThat(p.parent()).contains(JsonPointer.parse("/sections/4/measures"));
    assertThat(p.last()).contains("6");
    assertThat(JsonPointer.root().isRoot()).isTrue();
    assertThat(JsonPointer.root().parent()).isEmpty();
    assertThatThrownBy(() -> p.append(-1)).hasMessageContaining("-1");
  }

  @Test
  void prefixesCompareWholeTokens() {
    JsonPointer s4 = JsonPointer.parse("/sections/4");
    assertThat(s4.isPrefixOf(JsonPointer.parse("/sections/4/measures/6"))).isTrue();
    assertThat(s4.isPrefixOf(s4)).isTrue();
    assertThat(s4.isPrefixOf(JsonPointer.parse("/sections/40"))).isFalse();
    assertThat(JsonPointer.root().isPrefixOf(s4)).isTrue();
  }

  @Test
  void rejectsMalformedPointers() {
    assertThatThrownBy(() -> JsonPointer.parse("sections"))
        .isInstanceOfSatisfying(ValueParseException.class, e -> {
          assertThat(e).hasMessage("JSON pointer \"sections\" does not start with /: a pointer is"
              + " empty (the whole document) or a / before each token, such as /sections/0/title");
          assertThat(e.text()).isEqualTo("sections");
          assertThat(e.errorIndex()).isZero();
        });
    assertThatThrownBy(() -> JsonPointer.parse("/a~2"))
        .isInstanceOfSatisfying(ValueParseException.class, e -> {
          assertThat(e).hasMessage("JSON pointer \"/a~2\" has ~ at index 2 not followed by 0 or 1;"
              + " ~0 stands for ~ and ~1 for / in a token");
          assertThat(e.errorIndex()).isEqualTo(2);
        });
    assertThatThrownBy(() -> JsonPointer.parse("/a~")).hasMessageContaining("not followed by 0 or 1");
    assertThatThrownBy(() -> JsonPointer.parse("a\u202e\n"))
        .hasMessageStartingWith("JSON pointer \"a\\u202e\\u000a\" does not start with /");
  }
}
