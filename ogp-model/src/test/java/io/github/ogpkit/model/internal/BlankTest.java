package io.github.ogpkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlankTest {

  @Test
  void everyCharacterAloneAndBeforeTextIsBlankExactlyWhenStringIsBlankSaysSo() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String alone = String.valueOf((char) c);
      assertThat(Blank.isBlank(alone)).as("U+%04X", c).isEqualTo(alone.isBlank());
      String before = alone + "x";
      assertThat(Blank.isBlank(before)).as("U+%04X x", c).isFalse();
      String twice = alone + alone;
      assertThat(Blank.isBlank(twice)).as("U+%04X twice", c).isEqualTo(twice.isBlank());
    }
  }

  @Test
  void emptyAndWhiteSpaceOfEveryKindAreBlankAndSupplementaryCharactersAreNot() {
    assertThat(Blank.isBlank("")).isTrue();
    assertThat(Blank.isBlank(" \t\n\u2003\u3000\u1680")).isTrue();
    assertThat(Blank.isBlank("\u00a0")).isFalse();
    assertThat(Blank.isBlank("\ud83d\ude00")).isFalse();
    assertThat(Blank.isBlank(" Ə")).isFalse();
  }
}
