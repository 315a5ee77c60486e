package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Partial dates read and write {@code YYYY}, {@code YYYY-MM} and {@code YYYY-MM-DD}, and order. */
class PartialDateTest {

  @ParameterizedTest
  @CsvSource({
      "2011, YEAR, 2011-01-01, 2011-12-31",
      "0000, YEAR, 0000-01-01, 0000-12-31",
      "9999, YEAR, 9999-01-01, 9999-12-31",
      "2016-05, MONTH, 2016-05-01, 2016-05-31",
      "2016-02, MONTH, 2016-02-01, 2016-02-29",
      "2017-02, MONTH, 2017-02-01, 2017-02-28",
      "2017-06-28, DAY, 2017-06-28, 2017-06-28",
      "2024-02-29, DAY, 2024-02-29, 2024-02-29",
      "0001-01-01, DAY, 0001-01-01, 0001-01-01"})
  void parsesEachPrecisionAndPrintsTheSameText(String text, PartialDate.Precision precision,
      LocalDate first, LocalDate last) {
    PartialDate date = PartialDate.parse(text);
    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.firstDay()).isEqualTo(first);
    assertThat(date.lastDay()).isEqualTo(last);
    assertThat(date.year()).isEqualTo(first.getYear());
    assertThat(date).hasToString(text);
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2016-13|partial date \"2016-13\" has month 13; months are 01 to 12|5",
      "2016-00|partial date \"2016-00\" has month 00; months are 01 to 12|5",
      "16|partial date \"16\" is not YYYY, YYYY-MM or YYYY-MM-DD|0",
      "2016-02-30|partial date \"2016-02-30\" has day 30; 2016-02 has 29 days|8",
      "2017-02-29|partial date \"2017-02-29\" has day 29; 2017-02 has 28 days|8",
      "2016-01-00|partial date \"2016-01-00\" has day 00; 2016-01 has 31 days|8",
      "2016-1|partial date \"2016-1\" is not YYYY, YYYY-MM or YYYY-MM-DD|0",
      "2016-01-1|partial date \"2016-01-1\" is not YYYY, YYYY-MM or YYYY-MM-DD|0",
      "20160|partial date \"20160\" is not YYYY, YYYY-MM or YYYY-MM-DD|0",
      "2016/05|partial date \"2016/05\" is not YYYY, YYYY-MM or YYYY-MM-DD|0",
      "2016-05-01T00|partial date \"2016-05-01T00\" is not YYYY, YYYY-MM or YYYY-MM-DD|0",
      "2016-Q2|partial date \"2016-Q2\" is not YYYY, YYYY-MM or YYYY-MM-DD|0",
      "+2016|partial date \"+2016\" is not YYYY, YYYY-MM or YYYY-MM-DD|0",
      "'2016 '|partial date \"2016 \" is not YYYY, YYYY-MM or YYYY-MM-DD|0",
      "2016-05x01|partial date \"2016-05x01\" is not YYYY, YYYY-MM or YYYY-MM-DD|0",
      "2016x05|partial date \"2016x05\" is not YYYY, YYYY-MM or YYYY-MM-DD|0",
      "2016-0a|partial date \"2016-0a\" is not YYYY, YYYY-MM or YYYY-MM-DD|0",
      "٢٠١٦|partial date \"٢٠١٦\" is not YYYY, YYYY-MM or YYYY-MM-DD|0"})
  void rejectsMalformedTextNamingItAndTheProblem(String text, String message, int index) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOfSatisfying(ValueParseException.class, e -> {
          assertThat(e.text()).isEqualTo(text);
          assertThat(e.errorIndex()).isEqualTo(index);
        })
        .hasMessage(message);
  }

  @Test
  void rejectsEmptyTextAndNull() {
    assertThatThrownBy(() -> PartialDate.parse(""))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("partial date \"\" is not YYYY, YYYY-MM or YYYY-MM-DD");
    assertThatNullPointerException().isThrownBy(() -> PartialDate.parse(null))
        .withMessage("text");
  }

  @Test
  void factoriesGiveWhatParseGives() {
    assertThat(PartialDate.of(2011)).isEqualTo(PartialDate.parse("2011"));
    assertThat(PartialDate.of(2016, 5)).isEqualTo(PartialDate.parse("2016-05"));
    assertThat(PartialDate.of(YearMonth.of(2016, 5))).isEqualTo(PartialDate.parse("2016-05"));
    assertThat(PartialDate.of(2017, 6, 28)).isEqualTo(PartialDate.parse("2017-06-28"));
    assertThat(PartialDate.of(LocalDate.of(2017, 6, 28)))
        .isEqualTo(PartialDate.parse("2017-06-28"));
    assertThat(PartialDate.of(12)).hasToString("0012");
    assertThat(PartialDate.of(12, 3)).hasToString("0012-03");
    assertThat(PartialDate.of(12, 3, 4)).hasToString("0012-03-04");
  }

  @Test
  void factoriesRejectValuesOutOfRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(10000))
        .withMessage("year must be between 0 and 9999, was 10000");
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(-1))
        .withMessage("year must be between 0 and 9999, was -1");
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(-1, 1))
        .withMessage("year must be between 0 and 9999, was -1");
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(2016, 13))
        .withMessage("month must be 1 to 12, was 13");
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(2016, 0))
        .withMessage("month must be 1 to 12, was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(2017, 2, 29))
        .withMessageContaining("29");
    assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.of(10000, 1, 1))
        .withMessage("year must be between 0 and 9999, was 10000");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartialDate.of(LocalDate.of(10000, 1, 1)))
        .withMessage("year must be between 0 and 9999, was 10000");
    assertThatNullPointerException().isThrownBy(() -> PartialDate.of((LocalDate) null))
        .withMessage("day");
    assertThatNullPointerException().isThrownBy(() -> PartialDate.of((YearMonth) null))
        .withMessage("month");
  }

  @Test
  void ordersByFirstDayThenFromCoarseToFine() {
    List<PartialDate> ordered = List.of(PartialDate.parse("2015-12-31"),
        PartialDate.parse("2016"), PartialDate.parse("2016-01"), PartialDate.parse("2016-01-01"),
        PartialDate.parse("2016-01-02"), PartialDate.parse("2016-02"),
        PartialDate.parse("2016-12-31"), PartialDate.parse("2017"));
    List<PartialDate> shuffled = new ArrayList<>(ordered);
    Collections.shuffle(shuffled, new Random(15));
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(ordered);
    for (int i = 0; i < ordered.size(); i++) {
      for (int j = 0; j < ordered.size(); j++) {
        assertThat(Integer.signum(ordered.get(i).compareTo(ordered.get(j))))
            .as("%s vs %s", ordered.get(i), ordered.get(j))
            .isEqualTo(Integer.compare(i, j));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016", "2016-01", "2016-01-01", "2016-12", "2016-12-31"})
  void equalityHashAndOrderAgree(String text) {
    PartialDate date = PartialDate.parse(text);
    PartialDate same = PartialDate.parse(text);
    assertThat(date).isEqualTo(same).hasSameHashCodeAs(same).isNotSameAs(same);
    assertThat(date.compareTo(same)).isZero();
    for (String other : List.of("2016", "2016-01", "2016-01-01", "2016-12", "2016-12-31")) {
      PartialDate o = PartialDate.parse(other);
      assertThat(date.equals(o)).isEqualTo(date.compareTo(o) == 0).isEqualTo(text.equals(other));
      if (!text.equals(other)) {
        assertThat(date.hashCode()).isNotEqualTo(o.hashCode());
      }
    }
    assertThat(date).isNotEqualTo(text).isNotEqualTo(null);
  }

  @Test
  void aYearAndItsFirstDayAreNotEqual() {
    assertThat(PartialDate.parse("2016")).isNotEqualTo(PartialDate.parse("2016-01-01"))
        .isNotEqualTo(PartialDate.parse("2016-01"));
    assertThat(PartialDate.parse("2016-01").firstDay())
        .isEqualTo(PartialDate.parse("2016-01-01").firstDay());
  }

  @Test
  void fullDatesOfTheBuildersAreCheckedAsDays() {
    assertThat(PartialDate.parseDay("2017-09-30", "asOf")).isEqualTo(LocalDate.of(2017, 9, 30));
    assertThatThrownBy(() -> PartialDate.parseDay("2017-09", "asOf"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("asOf \"2017-09\" is not a date YYYY-MM-DD");
    assertThatThrownBy(() -> PartialDate.parseDay("2017", "published"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("published \"2017\" is not a date YYYY-MM-DD");
    assertThatThrownBy(() -> PartialDate.parseDay("2017-9-30", "asOf"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("asOf \"2017-9-30\" is not a date YYYY-MM-DD");
    assertThatThrownBy(() -> PartialDate.parseDay("2017-02-29", "asOf"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("asOf \"2017-02-29\" has day 29; 2017-02 has 28 days");
    assertThatNullPointerException().isThrownBy(() -> PartialDate.parseDay(null, "asOf"))
        .withMessage("asOf");
  }
}
