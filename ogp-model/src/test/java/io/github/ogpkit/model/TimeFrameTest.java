package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeFrameTest {

  @ParameterizedTest
  @ValueSource(strings = {"2016", "2012-03", "2016/2018", "2012-03/2012-04", "2016/2017-06",
      "2016-11/2017", "permanent", "1900", "2999-12", "2016/2016-12"})
  void everyFormOfTheFormatRoundTrips(String text) {
    assertThat(TimeFrame.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource({"2016/2016,2016", "2012-03/2012-03,2012-03"})
  void writesTheShortestForm(String text, String shortest) {
    assertThat(TimeFrame.parse(text)).hasToString(shortest).isEqualTo(TimeFrame.parse(shortest));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2016-2018|is not YYYY",
      "March 2012|is not YYYY",
      "2018/2016|starts after it ends",
      "2016-13|has month 13",
      "2016-00|has month 00",
      "1899|has year 1899",
      "3000|has year 3000",
      "16|is not YYYY",
      "2016/|is not YYYY",
      "/2016|is not YYYY",
      "2016-3|is not YYYY",
      "Permanent|is not YYYY",
      "' 2016'|is not YYYY",
      "2016/2017/2018|is not YYYY",
      "''|is not YYYY",
      "2017-06/2017-05|starts after it ends"})
  void rejectsWhatTheFormatDoesNotAllow(String text, String problem) {
    assertThatThrownBy(() -> TimeFrame.parse(text))
        .isInstanceOf(ValueParseException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void boundsAreTheFirstAndLastMonths() {
    TimeFrame t = TimeFrame.parse("2016/2017-06");
    assertThat(t.start()).isEqualTo(YearMonth.of(2016, 1));
    assertThat(t.end()).isEqualTo(YearMonth.of(2017, 6));
    assertThat(TimeFrame.parse("2016").end()).isEqualTo(YearMonth.of(2016, 12));
    assertThat(t.isPermanent()).isFalse();
  }

  @Test
  void permanentHasNoBounds() {
    TimeFrame p = TimeFrame.permanent();
    assertThat(p.isPermanent()).isTrue();
    assertThatThrownBy(p::start).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("isPermanent");
    assertThatThrownBy(p::end).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(p::years).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void yearsAreTheCalendarYearsTouched() {
    assertThat(TimeFrame.parse("2016/2018").years())
        .containsExactly(Year.of(2016), Year.of(2017), Year.of(2018));
    assertThat(TimeFrame.parse("2016-11/2017-02").years())
        .containsExactly(Year.of(2016), Year.of(2017));
  }

  @Test
  void containmentIncludesTheBoundaries() {
    TimeFrame plan = TimeFrame.parse("2016/2018");
    assertThat(plan.contains(TimeFrame.parse("2016/2018"))).isTrue();
    assertThat(plan.contains(TimeFrame.parse("2018-12"))).isTrue();
    assertThat(plan.contains(TimeFrame.parse("2016-01"))).isTrue();
    assertThat(plan.contains(TimeFrame.parse("2015-12/2016"))).isFalse();
    assertThat(plan.contains(TimeFrame.parse("2018/2019-01"))).isFalse();
    assertThat(plan.contains(TimeFrame.permanent())).isTrue();
    assertThat(TimeFrame.permanent().contains(plan)).isTrue();
    assertThat(TimeFrame.permanent().contains(TimeFrame.permanent())).isTrue();
  }

  @Test
  void ordersByStartThenEndWithPermanentLast() {
    List<TimeFrame> frames = new ArrayList<>();
    for (String s : new String[] {"permanent", "2017", "2016/2018", "2016", "2016-01/2016-12",
        "2012-03/2012-04"}) {
      frames.add(TimeFrame.parse(s));
    }
    Collections.sort(frames);
    assertThat(frames).extracting(TimeFrame::toString).containsExactly("2012-03/2012-04",
        "2016", "2016-01/2016-12", "2016/2018", "2017", "permanent");
  }

  @Test
  void compareToIsConsistentWithEquals() {
    TimeFrame year = TimeFrame.parse("2016");
    TimeFrame months = TimeFrame.parse("2016-01/2016-12");
    assertThat(year).isNotEqualTo(months);
    assertThat(year.compareTo(months)).isNotZero();
  }

  @Test
  void factoriesCheckTheirArguments() {
    assertThat(TimeFrame.ofYears(2016, 2018)).isEqualTo(TimeFrame.parse("2016/2018"));
    assertThat(TimeFrame.ofYear(2016)).isEqualTo(TimeFrame.parse("2016"));
    assertThat(TimeFrame.ofMonth(YearMonth.of(2012, 3))).isEqualTo(TimeFrame.parse("2012-03"));
    assertThat(TimeFrame.ofMonths(YearMonth.of(2012, 3), YearMonth.of(2012, 4)))
        .isEqualTo(TimeFrame.parse("2012-03/2012-04"));
    assertThatThrownBy(() -> TimeFrame.ofYears(2018, 2016))
        .hasMessage("time frame starts after it ends: 2018 is after 2016");
    assertThatThrownBy(() -> TimeFrame.ofYear(1899)).hasMessageContaining("was 1899");
  }

  @Test
  void isValueBased() {
    assertThat(TimeFrame.parse("2016/2018")).isEqualTo(TimeFrame.ofYears(2016, 2018))
        .hasSameHashCodeAs(TimeFrame.ofYears(2016, 2018));
    assertThat(TimeFrame.parse("permanent")).isEqualTo(TimeFrame.permanent());
  }
}
