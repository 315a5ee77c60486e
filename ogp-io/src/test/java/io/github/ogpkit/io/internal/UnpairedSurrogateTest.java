package io.github.ogpkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The I-JSON check of every string read: where its first half of a character is, if any. */
class UnpairedSurrogateTest {

  /** The oracle: the first code point that is a surrogate on its own. */
  private static int firstLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      int c = s.codePointAt(i);
      // A pair is one supplementary code point; a half alone is its own code point.
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void everyStringOfUpToFiveUnitsOfLettersPairsAndHalvesIsJudgedAsItsCodePointsSay() {
    String[] units = {"a", "\u0259", "\ud83d", "\ude00", "\ud800", "\udfff"};
    List<String> strings = new ArrayList<>(List.of(""));
    for (int length = 1; length <= 5; length++) {
      List<String> longer = new ArrayList<>();
      for (String s : strings) {
        if (s.length() == length - 1) {
          for (String u : units) {
            longer.add(s + u);
          }
        }
      }
      strings.addAll(longer);
    }
    assertThat(strings).hasSize(1 + 6 + 36 + 216 + 1296 + 7776);
    for (String s : strings) {
      assertThat(Cursor.unpairedSurrogate(s)).as("%s", s.chars().mapToObj(Integer::toHexString)
          .toList()).isEqualTo(firstLoneSurrogate(s));
    }
  }

  @Test
  void aLoneHalfAfterWholeCharactersIsFoundWhereItIs() {
    assertThat(Cursor.unpairedSurrogate("")).isEqualTo(-1);
    assertThat(Cursor.unpairedSurrogate("Şəki \ud83d\ude00")).isEqualTo(-1);
    assertThat(Cursor.unpairedSurrogate("a\ud83d\ude00\udc00")).isEqualTo(3);
    assertThat(Cursor.unpairedSurrogate("\ud83d\ud83d\ude00")).isZero();
    assertThat(Cursor.unpairedSurrogate("text \ud800")).isEqualTo(5);
  }
}
