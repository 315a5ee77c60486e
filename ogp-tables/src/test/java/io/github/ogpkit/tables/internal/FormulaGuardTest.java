package io.github.ogpkit.tables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FormulaGuardTest {

  @Test
  void putsAnApostropheBeforeEveryTextThatASpreadsheetWouldRunAsAFormula() {
    for (String formula : List.of("=1+2", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
        "=HYPERLINK(\"http://x\")")) {
      assertThat(FormulaGuard.guard(formula)).isEqualTo("'" + formula);
    }
    assertThat(FormulaGuard.guard("Ministry of Justice")).isEqualTo("Ministry of Justice");
    assertThat(FormulaGuard.guard("")).isEmpty();
  }

  @Test
  void unguardGivesBackWhatGuardWasGivenForApostrophesToo() {
    for (String text : List.of("'", "''", "'=1", "'abc", "=1", "a'b", "", "-", "'-")) {
      assertThat(FormulaGuard.unguard(FormulaGuard.guard(text))).isEqualTo(text);
    }
    assertThat(FormulaGuard.unguard("'abc")).as("a text that starts with an apostrophe is guarded")
        .isEqualTo("'abc");
  }

  @Test
  void roundTripsRandomTextsMadeOfTheCharactersThatMatter() {
    char[] alphabet = {'\'', '=', '+', '-', '@', '\t', '\r', 'a', ' '};
    SplittableRandom random = new SplittableRandom(16);
    for (int i = 0; i < 10_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(5); n > 0; n--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = text.toString();
      String guarded = FormulaGuard.guard(s);
      assertThat(FormulaGuard.unguard(guarded)).isEqualTo(s);
      assertThat(guarded).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
          .doesNotStartWith("@");
    }
  }
}
