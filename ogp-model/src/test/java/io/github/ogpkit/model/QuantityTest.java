package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

  @ParameterizedTest
  @ValueSource(strings = {"40", "40 services", "40 services (2018)", "1.0 (2016)", "0.25 km",
      "123456789012345678901234567890 manat", "1E+3 trainings", "-3 percent points"})
  void printThenParseRoundTrips(String text) {
    assertThat(Quantity.parse(text)).hasToString(text);
  }

  @Test
  void keepsTheScaleOfTheValue() {
    assertThat(Quantity.of(new BigDecimal("1.0"))).isNotEqualTo(Quantity.of(BigDecimal.ONE));
    assertThat(Quantity.parse("1.0").value()).isEqualTo(new BigDecimal("1.0"));
  }

  @Test
  void exposesOptionalParts() {
    Quantity q = Quantity.parse("40 services (2018)");
    assertThat(q.value()).isEqualTo(new BigDecimal("40"));
    assertThat(q.unit()).contains("services");
    assertThat(q.year()).hasValue(2018);
    assertThat(Quantity.parse("40").unit()).isEmpty();
    assertThat(Quantity.parse("40").year()).isEmpty();
  }

  @Test
  void withMethodsReturnCopies() {
    Quantity q = Quantity.of(BigDecimal.TEN);
    Quantity withUnit = q.withUnit("schools");
    assertThat(q.unit()).isEmpty();
    assertThat(withUnit.withUnit("schools")).isSameAs(withUnit);
    assertThat(withUnit.withYear(2017)).isEqualTo(Quantity.parse("10 schools (2017)"));
  }

  @Test
  void rejectsBlankUnitsBadYearsAndText() {
    assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, " "))
        .hasMessage("the unit of a quantity must not be blank");
    assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE).withYear(1800))
        .hasMessageContaining("was 1800");
    assertThatThrownBy(() -> Quantity.parse("many services"))
        .isInstanceOf(ValueParseException.class)
        .hasMessageContaining("does not start with a decimal number");
    assertThatThrownBy(() -> Quantity.parse(""))
        .isInstanceOf(ValueParseException.class);
  }

  @Test
  void numbersAreWrittenWithAsciiDigitsAsInTimeFramesAndOutlineNumbers() {
    assertThatThrownBy(() -> Quantity.parse("٤٠ services"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("quantity \"٤٠ services\" has the digit '٤' at index 0; numbers are written"
            + " with the digits 0 to 9");
    assertThatThrownBy(() -> Quantity.parse("40 (٢٠١٨)"))
        .hasMessage("quantity \"40 (٢٠١٨)\" has the digit '٢' at index 4; numbers are written"
            + " with the digits 0 to 9");
    assertThatThrownBy(() -> Quantity.parse("\ud835\udfd20"))
        .hasMessage("quantity \"\ud835\udfd20\" has the digit '\ud835\udfd2' at index 0; numbers"
            + " are written with the digits 0 to 9");
  }

  @Test
  void digitsInParenthesesAtTheEndAreTheYearAndMustBeInRange() {
    ValueParseException e = catchThrowableOfType(ValueParseException.class,
        () -> Quantity.parse("40 (99999999999)"));
    assertThat(e).hasMessage("quantity \"40 (99999999999)\": the year of a quantity must be"
        + " between 1900 and 2999, was 99999999999");
    assertThat(e.errorIndex()).isEqualTo(4);
    assertThatThrownBy(() -> Quantity.parse("40 services (12)"))
        .hasMessage("quantity \"40 services (12)\": the year of a quantity must be between 1900"
            + " and 2999, was 12");
    assertThat(Quantity.parse("40 pupils (grade 9)").unit()).contains("pupils (grade 9)");
    assertThat(Quantity.parse("40 (2018)").unit()).isEmpty();
  }

  @Test
  void aBlankUnitIsAParseError() {
    assertThatThrownBy(() -> Quantity.parse("40  "))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("quantity \"40  \": the unit of a quantity must not be blank");
  }
}
