package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Parse messages quote the text short and escaped, and name the offending character in words a
 * reader can act on.
 */
class ParseMessagesTest {

  @Test
  void theOffendingCharacterIsNamed() {
    assertThatThrownBy(() -> OutlineNumber.parse("1 2"))
        .hasMessage("outline number \"1 2\" has white space at index 1;"
            + " expected digits joined by dots, such as 1.2.10");
    assertThatThrownBy(() -> OutlineNumber.parse("1\u00012"))
        .hasMessage("outline number \"1\\u00012\" has the control character U+0001 at index 1;"
            + " expected digits joined by dots, such as 1.2.10");
    assertThatThrownBy(() -> OutlineNumber.parse("1\u007f"))
        .hasMessage("outline number \"1\\u007f\" has the control character U+007F at index 1;"
            + " expected digits joined by dots, such as 1.2.10");
    assertThatThrownBy(() -> OutlineNumber.parse("1x"))
        .hasMessage("outline number \"1x\" has 'x' at index 1;"
            + " expected digits joined by dots, such as 1.2.10");
    assertThatThrownBy(() -> OutlineNumber.parse("1\u0020"))
        .hasMessageContaining("has white space at index 1");
  }

  @Test
  void quotedTextEscapesQuotesBackslashesAndInvisibleCharacters() {
    assertThatThrownBy(() -> OutlineNumber.parse("\"\\"))
        .hasMessageStartingWith("outline number \"\\\"\\\\\" has '\\\"' at index 0");
    assertThatThrownBy(() -> OutlineNumber.parse("x\u0080\u009f\u00a0\u2028\u2029\u007e"))
        .hasMessageStartingWith("outline number \"x\\u0080\\u009f\u00a0\\u2028\\u2029~\" has");
    assertThatThrownBy(() -> OutlineNumber.parse("\u001f\u0020"))
        .hasMessageStartingWith("outline number \"\\u001f \" has");
  }

  @Test
  void quotedTextIsCutAtSixtyCharacters() {
    String sixty = "x".repeat(60);
    assertThatThrownBy(() -> OutlineNumber.parse(sixty))
        .hasMessageStartingWith("outline number \"" + sixty + "\" has");
    assertThatThrownBy(() -> OutlineNumber.parse(sixty + "y"))
        .hasMessageStartingWith("outline number \"" + sixty + "...\" has");
  }

  @Test
  void aQuantitysYearIsCheckedAtBothEnds() {
    Quantity q = Quantity.parse("40 services");
    assertThatThrownBy(() -> q.withYear(1899)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the year of a quantity must be between 1900 and 2999, was 1899");
    assertThatThrownBy(() -> q.withYear(3000)).hasMessage(
        "the year of a quantity must be between 1900 and 2999, was 3000");
    Quantity in1900 = q.withYear(1900);
    assertThat(in1900).hasToString("40 services (1900)");
    assertThat(in1900.withYear(1900)).isSameAs(in1900);
    assertThat(q.withYear(2999)).hasToString("40 services (2999)");
  }
}
