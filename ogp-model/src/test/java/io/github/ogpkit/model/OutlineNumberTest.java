package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutlineNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"1", "4.1", "1.2.10", "8.11.5", "2147483647"})
  void parsesAndPrintsTheSameText(String text) {
    assertThat(OutlineNumber.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|is empty",
      "1.|ends with a dot",
      ".1|starts with a dot",
      "1..2|has an empty component",
      "01|has a leading zero",
      "1.02|has a leading zero",
      "0|has a zero component",
      "1.0|has a zero component",
      "1 .2|white space",
      "1a|'a'",
      "-1|'-'",
      "2147483648|larger than",
      "١|'١'"})
  void rejectsMalformedTextNamingTheProblem(String text, String problem) {
    assertThatThrownBy(() -> OutlineNumber.parse(text))
        .isInstanceOf(ValueParseException.class)
        .hasMessageContaining(problem)
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void parseErrorCarriesTextAndIndex() {
    ValueParseException e = (ValueParseException) catchThrowable("1.2x");
    assertThat(e.text()).isEqualTo("1.2x");
    assertThat(e.errorIndex()).isEqualTo(3);
  }

  private static Throwable catchThrowable(String text) {
    try {
      OutlineNumber.parse(text);
      return null;
    } catch (ValueParseException e) {
      return e;
    }
  }

  @Test
  void controlCharactersAreEscapedInMessages() {
    assertThatThrownBy(() -> OutlineNumber.parse("1\n2"))
        .hasMessageContaining("\\u000a")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aCharacterOutsideTheBasicPlaneIsShownWhole() {
    assertThatThrownBy(() -> OutlineNumber.parse("1.😀"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("outline number \"1.😀\" has '😀' at index 2; expected digits joined by dots,"
            + " such as 1.2.10");
  }

  @Test
  void invisibleCharactersAreShownEscapedInTheTextAndAsTheCharacter() {
    assertThatThrownBy(() -> OutlineNumber.parse("1\u200b"))
        .hasMessage("outline number \"1\\u200b\" has '\\u200b' at index 1; expected digits"
            + " joined by dots, such as 1.2.10");
    assertThatThrownBy(() -> OutlineNumber.parse("1\u0085"))
        .hasMessage("outline number \"1\\u0085\" has the control character U+0085 at index 1;"
            + " expected digits joined by dots, such as 1.2.10");
  }

  @Test
  void ordersComponentsNumerically() {
    List<OutlineNumber> numbers = new ArrayList<>();
    for (String s : new String[] {"1.2.10", "1.2.9", "10", "2", "1.2", "1"}) {
      numbers.add(OutlineNumber.parse(s));
    }
    Collections.sort(numbers);
    assertThat(numbers).extracting(OutlineNumber::toString)
        .containsExactly("1", "1.2", "1.2.9", "1.2.10", "2", "10");
  }

  @Test
  void navigatesParentsAndChildren() {
    OutlineNumber n = OutlineNumber.parse("8.11.3");
    assertThat(n.depth()).isEqualTo(3);
    assertThat(n.component(1)).isEqualTo(11);
    assertThat(n.last()).isEqualTo(3);
    assertThat(n.components()).containsExactly(8, 11, 3);
    assertThat(n.parent()).contains(OutlineNumber.of(8, 11));
    assertThat(OutlineNumber.of(8).parent()).isEmpty();
    assertThat(OutlineNumber.of(8, 12).child(1)).isEqualTo(OutlineNumber.parse("8.12.1"));
    assertThat(n.isChildOf(OutlineNumber.parse("8.11"))).isTrue();
    assertThat(n.isChildOf(OutlineNumber.parse("8"))).isFalse();
    assertThat(n.isChildOf(OutlineNumber.parse("8.1"))).isFalse();
    assertThat(OutlineNumber.parse("1.1").isChildOf(OutlineNumber.parse("5"))).isFalse();
    assertThat(n.startsWith(OutlineNumber.parse("8"))).isTrue();
  }

  @Test
  void factoriesRejectNonPositiveComponents() {
    assertThatThrownBy(() -> OutlineNumber.of()).hasMessageContaining("at least one component");
    assertThatThrownBy(() -> OutlineNumber.of(1, 0)).hasMessageContaining("component 1")
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> OutlineNumber.of(1).child(-2)).hasMessageContaining("-2");
  }

  @Test
  void isValueBased() {
    assertThat(OutlineNumber.parse("1.2")).isEqualTo(OutlineNumber.of(1, 2))
        .hasSameHashCodeAs(OutlineNumber.of(1, 2))
        .isNotEqualTo(OutlineNumber.of(1, 2, 1));
  }

  @Test
  void factoryCopiesItsArgumentAndComponentsAreImmutable() {
    int[] parts = {1, 2};
    OutlineNumber n = OutlineNumber.of(parts);
    parts[0] = 9;
    assertThat(n).hasToString("1.2");
    assertThatThrownBy(() -> n.components().set(0, 5))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
