package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words and places of json-syntax findings, case by case: which character was found (read
 * from the document's bytes, named by its code point), what was expected there, and where an
 * unclosed value starts. {@link SyntaxTest} has the common cases; these are the ones each part of
 * the wording hangs on, and the same problems read through {@link OgpJsonModule}, where the
 * module sees only the application's parser and not the bytes.
 */
class SyntaxFindingWordsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new OgpJsonModule())
      .build();

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
