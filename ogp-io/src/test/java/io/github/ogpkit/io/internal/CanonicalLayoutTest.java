package io.github.ogpkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

/**
 * The canonical layout at every depth: the line starts are written from prepared pieces, one
 * piece up to a depth and several beyond it, and each must give a line end and two spaces a level.
 */
class CanonicalLayoutTest {

  /** Arrays and objects in turn, each holding a number and the next, as deep as asked. */
  private static void nested(JsonGenerator gen, int levels) {
    for (int level = 0; level < levels; level++) {
      if (level % 2 == 0) {
        gen.writeStartArray();
        gen.writeNumber(level);
      } else {
        gen.writeStartObject();
        gen.writeNumberProperty("n", level);
        gen.writeName("next");
      }
    }
    gen.writeStartArray();
    gen.writeEndArray();
    for (int level = levels - 1; level >= 0; level--) {
      if (level % 2 == 0) {
        gen.writeEndArray();
      } else {
        gen.writeEndObject();
      }
    }
  }

  /** The same document, written out by hand. */
  private static String expected(int levels) {
    StringBuilder out = new StringBuilder();
    for (int level = 0; level < levels; level++) {
      String inner = "  ".repeat(level + 1);
      if (level % 2 == 0) {
        out.append("[\n").append(inner).append(level).append(",\n").append(inner);
      } else {
        out.append("{\n").append(inner).append("\"n\": ").append(level).append(",\n")
            .append(inner).append("\"next\": ");
      }
    }
    out.append("[]");
    for (int level = levels - 1; level >= 0; level--) {
      out.append('\n').append("  ".repeat(level)).append(level % 2 == 0 ? ']' : '}');
    }
    return out.append('\n').toString();
  }

  @Test
  void everyLevelIsIndentedByTwoSpacesAtAnyDepth() {
    for (int levels : new int[] {0, 1, 2, 63, 64, 65, 66, 127, 128, 129, 130, 200, 499}) {
      byte[] written = CanonicalJson.write(gen -> nested(gen, levels));
      assertThat(new String(written, StandardCharsets.UTF_8)).as("%d levels", levels)
          .isEqualTo(expected(levels));
    }
  }

  @Test
  void emptyContainersAndNamesAreWrittenWithoutSpaces() {
    byte[] written = CanonicalJson.write(gen -> {
      gen.writeStartObject();
      gen.writeName("a");
      gen.writeStartObject();
      gen.writeEndObject();
      gen.writeName("b");
      gen.writeStartArray();
      gen.writeEndArray();
      gen.writeEndObject();
    });
    assertThat(new String(written, StandardCharsets.UTF_8))
        .isEqualTo("{\n  \"a\": {},\n  \"b\": []\n}\n");
  }
}
