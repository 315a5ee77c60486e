package io.github.ogpkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void plainValuesAreKeptAsTheyAre() {
    assertThat(Excerpt.excerpt("ministry-of-justice", 60)).isEqualTo("ministry-of-justice");
    assertThat(Excerpt.excerpt("Nazirlər Kabineti, Кабинет", 60))
        .isEqualTo("Nazirlər Kabineti, Кабинет");
    assertThat(Excerpt.quote("1.2.10", 60)).isEqualTo("\"1.2.10\"");
  }

  @Test
  void quotesAndBackslashesAreEscapedInExcerptsButNotInScrubbedMessages() {
    assertThat(Excerpt.excerpt("say \"hi\" \\ bye", 60)).isEqualTo("say \\\"hi\\\" \\\\ bye");
    assertThat(Excerpt.quote("\"", 60)).isEqualTo("\"\\\"\"");
    assertThat(Excerpt.scrub("time frame \"20\u200b16\" is not \\ valid", 60))
        .isEqualTo("time frame \"20\\u200b16\" is not \\ valid");
  }

  @Test
  void controlCharactersAreEscaped() {
    assertThat(Excerpt.excerpt("\u0000a\tb\nc\u001f\u007f\u0080\u0085\u009f\u00a0", 60))
        .isEqualTo("\\u0000a\\u0009b\\u000ac\\u001f\\u007f\\u0080\\u0085\\u009f\u00a0");
    assertThat(Excerpt.excerpt("evil\u001b[31m\r\nERROR forged", 60))
        .isEqualTo("evil\\u001b[31m\\u000d\\u000aERROR forged");
  }

  @Test
  void lineAndParagraphSeparatorsAreEscaped() {
    assertThat(Excerpt.excerpt("a\u2028b\u2029c", 60)).isEqualTo("a\\u2028b\\u2029c");
  }

  @Test
  void invisibleFormatCharactersAreEscaped() {
    // Bidirectional overrides and isolates, zero-width characters, the byte order mark, the soft
    // hyphen, an Arabic number sign.
    assertThat(Excerpt.excerpt("\u202ea\u2066b\u200bc\u200dd\ufeffe\u00adf\u0600g", 60))
        .isEqualTo("\\u202ea\\u2066b\\u200bc\\u200dd\\ufeffe\\u00adf\\u0600g");
  }

  @Test
  void formatCharactersOutsideTheBasicPlaneBecomeTheEscapesOfTheirSurrogates() {
    // U+E0001 LANGUAGE TAG, invisible.
    assertThat(Excerpt.excerpt("a\udb40\udc01b", 60)).isEqualTo("a\\udb40\\udc01b");
  }

  @Test
  void unpairedSurrogatesAreEscaped() {
    assertThat(Excerpt.excerpt("\ud800x", 60)).isEqualTo("\\ud800x");
    assertThat(Excerpt.excerpt("x\udc00", 60)).isEqualTo("x\\udc00");
    assertThat(Excerpt.excerpt("\udc00\ud800", 60)).isEqualTo("\\udc00\\ud800");
    assertThat(Excerpt.excerpt("\ud800", 60)).isEqualTo("\\ud800");
  }

  @Test
  void charactersOutsideTheBasicPlaneAreKeptWhole() {
    assertThat(Excerpt.excerpt("a😀b𝔸", 60)).isEqualTo("a😀b𝔸");
    assertThat(Excerpt.quote("😀", 60)).isEqualTo("\"😀\"");
  }

  @Test
  void longValuesAreCutWithAnEllipsis() {
    assertThat(Excerpt.excerpt("abcdef", 4)).isEqualTo("abcd...");
    assertThat(Excerpt.quote("abcdef", 4)).isEqualTo("\"abcd...\"");
    assertThat(Excerpt.excerpt("abcd", 4)).isEqualTo("abcd");
    assertThat(Excerpt.scrub("abc\ndef", 4)).isEqualTo("abc\\u000a...");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String emoji = "😀".repeat(60);
    assertThat(Excerpt.excerpt(emoji, 100)).isEqualTo("😀".repeat(50) + "...");
    assertThat(Excerpt.excerpt("x" + emoji, 100)).isEqualTo("x" + "😀".repeat(49) + "...");
    assertThat(Excerpt.excerpt("abc😀", 4)).isEqualTo("abc...");
    // A lone high surrogate at the cut is no pair: it is kept, escaped.
    assertThat(Excerpt.excerpt("abc\ud800d", 4)).isEqualTo("abc\\ud800...");
  }

  @Test
  void anExcerptKeepsAtLeastTwoCharacters() {
    assertThatIllegalArgumentException().isThrownBy(() -> Excerpt.excerpt("abc", 1))
        .withMessage("an excerpt keeps at least 2 characters, not 1");
  }

  @Test
  void appendAddsTheExcerptToABuilder() {
    StringBuilder out = new StringBuilder("value ");
    assertThat(Excerpt.append(out, "a\"b", 60, true)).isSameAs(out);
    assertThat(out).hasToString("value a\\\"b");
  }

  @Test
  void theShortcutForPlainValuesGivesWhatEscapingCharacterByCharacterGives() {
    // excerpt() and scrub() return plain values as they are; append() looks at every character.
    String[] contexts = {"%s", "a%s", "%sb", "\ud83d%s", "%s\ude00", "x".repeat(58) + "%s",
        "x".repeat(59) + "%s", "x".repeat(60) + "%s"};
    List<String> differences = new ArrayList<>();
    for (int c = 0; c <= 0xffff; c++) {
      for (String context : contexts) {
        String s = context.replace("%s", String.valueOf((char) c));
        if (!Excerpt.excerpt(s, 60).equals(Excerpt.append(new StringBuilder(), s, 60, true)
            .toString())
            || !Excerpt.scrub(s, 60).equals(Excerpt.append(new StringBuilder(), s, 60, false)
            .toString())) {
          differences.add(String.format(Locale.ROOT, "U+%04X in %s", c, context));
        }
      }
    }
    assertThat(differences).isEmpty();
  }
}
