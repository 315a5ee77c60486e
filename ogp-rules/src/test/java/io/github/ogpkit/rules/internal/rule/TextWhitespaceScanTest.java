package io.github.ogpkit.rules.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.rules.EveryCharacter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code text-whitespace} finds all its problems in one scan by a table of characters; it must
 * find exactly what the checks it replaced found (kept here as the reference).
 */
class TextWhitespaceScanTest {

  @Test
  void theTableOfCharactersAgreesWithCharacterForEveryBmpCharacter() {
    List<String> differences = new ArrayList<>();
    for (int c = 0; c <= 0xffff; c++) {
      int kind = TextWhitespace.kind((char) c);
      boolean separator = Character.getType(c) == Character.SPACE_SEPARATOR;
      boolean lineBreak = hasLineBreak(String.valueOf((char) c));
      if (((kind & 1) != 0) != separator || ((kind & 2) != 0) != lineBreak
          || ((kind & 4) != 0) != isSpace((char) c)) {
        differences.add(String.format(Locale.ROOT, "U+%04X: %d", c, kind));
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void everyBmpCharacterInContextGivesTheProblemsOfTheFormerChecks() {
    String[] contexts = {"%s", "a%s", "%sa", "x %s y", "x%s%sy", " %s", "%s ", "\u00a0%sa",
        "a%s\u3000", "\n%s"};
    List<String> differences = new ArrayList<>();
    EveryCharacter.inContexts(contexts, text -> compare(text, differences));
    assertThat(differences).isEmpty();
  }

  @Test
  void randomTextsGiveTheProblemsOfTheFormerChecks() {
    String alphabet = "abcXYZ əşığüöç.,-–“” \u00a0\u3000\u2003\u1680\u202f\t\n\r\u0085\u2028"
        + "\u2029\u000b\u001c\u200b\ufeffЖж";
    SplittableRandom random = new SplittableRandom(7);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < 300_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(1, 30); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      compare(b.toString(), differences);
    }
    assertThat(differences).isEmpty();
  }

  private static void compare(String value, List<String> differences) {
    int expected = (isSpace(value.charAt(0)) ? TextWhitespace.LEADING : 0)
        | (isSpace(value.charAt(value.length() - 1)) ? TextWhitespace.TRAILING : 0)
        | (hasLineBreak(value) ? TextWhitespace.LINE_BREAK : 0)
        | (hasSpaceRun(value) ? TextWhitespace.SPACE_RUN : 0);
    if (TextWhitespace.problems(value) != expected && differences.size() < 20) {
      differences.add(value.chars().mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c))
          .toList().toString());
    }
  }

  // The checks as they were before the single scan.

  private static boolean hasLineBreak(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSpaceRun(String value) {
    boolean previous = false;
    for (int i = 0; i < value.length(); i++) {
      boolean space = Character.getType(value.charAt(i)) == Character.SPACE_SEPARATOR;
      if (space && previous) {
        return true;
      }
      previous = space;
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
