package io.github.ogpkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.rules.EveryCharacter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Messages#excerpt} returns a plain value as it is; it must return what escaping character
 * by character ({@link Messages#escape}, the former excerpt) returns, for every value.
 */
class ExcerptTest {

  @Test
  void plainCharactersNeedNoEscape() {
    for (int c = 0; c <= 0xffff; c++) {
      String s = String.valueOf((char) c);
      if (Messages.isPlain(s)) {
        assertThat(reference(s)).as("U+%04X", c).isEqualTo(s);
      }
    }
  }

  @Test
  void everyBmpCharacterInContextGivesTheReferenceExcerpt() {
    String[] contexts = {"%s", "a%s", "%sb", "ministry %s of justice", "\ud83d%s", "%s\ude00",
        "x".repeat(98) + "%s", "x".repeat(99) + "%s", "x".repeat(100) + "%s"};
    List<String> differences = new ArrayList<>();
    EveryCharacter.inContexts(contexts, text -> compare(text, differences));
    assertThat(differences).isEmpty();
  }

  @Test
  void randomValuesGiveTheReferenceExcerpt() {
    String alphabet = "az AZ09.-/ əşİıЖ\u00ad\u0000\u007f\u0085\u2028\u200b\ufeff\ud83d\ude00\u0600";
    SplittableRandom random = new SplittableRandom(5);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(130); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      compare(b.toString(), differences);
    }
    assertThat(differences).isEmpty();
  }

  private static void compare(String s, List<String> differences) {
    if (!Messages.excerpt(s).equals(reference(s)) && differences.size() < 20) {
      differences.add(s.chars().mapToObj(c -> String.format(Locale.ROOT, "%04x", c)).toList()
          .toString());
    }
  }

  private static String reference(String s) {
    return Messages.escape(s);
  }
}
