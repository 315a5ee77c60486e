package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TimeFrame}'s factories, parser, ordering and hash at the edges of their ranges. */
class TimeFrameContractTest {

  @Test
  void everyFactoryChecksEveryYear() {
    String message = "year must be between 1900 and 2999, was ";
    assertThatThrownBy(() -> TimeFrame.ofYears(1899, 2000)).hasMessage(message + "1899");
    assertThatThrownBy(() -> TimeFrame.ofYears(2000, 3000)).hasMessage(message + "3000");
    assertThatThrownBy(() -> TimeFrame.ofMonth(YearMonth.of(1899, 12)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message + "1899");
    assertThatThrownBy(() -> TimeFrame.ofMonths(YearMonth.of(1899, 12), YearMonth.of(2000, 1)))
        .hasMessage(message + "1899");
    assertThatThrownBy(() -> TimeFrame.ofMonths(YearMonth.of(2000, 1), YearMonth.of(3000, 1)))
        .hasMessage(message + "3000");
    assertThat(TimeFrame.ofYears(1900, 2999)).hasToString("1900/2999");
    assertThat(TimeFrame.ofMonth(YearMonth.of(2999, 12))).hasToString("2999-12");
  }

  @Test
  void onlyDigitsMakeAYearOrAMonth() {
    for (String text : List.of("20/6", "2:16", "201a", "/016", "2016-0:", "2016-/1")) {
      assertThatThrownBy(() -> TimeFrame.parse(text)).as(text)
          .isInstanceOf(ValueParseException.class)
          .hasMessageContaining("is not YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD, START/END of those, "
              + "../END, START/.. or permanent");
    }
  }

  @Test
  void theEndIsParsedFromAfterTheSlash() {
    assertThat(TimeFrame.parse("2016-11/2017-02").end()).isEqualTo(YearMonth.of(2017, 2));
    assertThat(TimeFrame.parse("2016/2017-02").start()).isEqualTo(YearMonth.of(2016, 1));
    assertThatThrownBy(() -> TimeFrame.parse("2016/2017-13"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("time frame \"2016/2017-13\" has month 13; months are 01 to 12")
        .extracting(e -> ((ValueParseException) e).errorIndex()).isEqualTo(10);
    assertThatThrownBy(() -> TimeFrame.parse("2016/1899"))
        .isInstanceOf(ValueParseException.class)
        .extracting(e -> ((ValueParseException) e).errorIndex()).isEqualTo(5);
    assertThatThrownBy(() -> TimeFrame.parse("2017/2016"))
        .hasMessage("time frame \"2017/2016\" starts after it ends")
        .extracting(e -> ((ValueParseException) e).errorIndex()).isEqualTo(4);
  }

  @Test
  void aPermanentFrameStatesNoBoundSoItLiesWithinEveryFrame() {
    // Format 1.1: containment compares the bounds a frame states (1.0 said the opposite here).
    assertThat(TimeFrame.parse("2016/2018").contains(TimeFrame.permanent())).isTrue();
    assertThat(TimeFrame.permanent().contains(TimeFrame.permanent())).isTrue();
  }

  @Test
  void containmentComparesMonthsAcrossYearBoundaries() {
    TimeFrame frame = TimeFrame.parse("2016-02/2017-11");
    assertThat(frame.contains(TimeFrame.parse("2016-01"))).isFalse();
    assertThat(frame.contains(TimeFrame.parse("2016-02"))).isTrue();
    assertThat(frame.contains(TimeFrame.parse("2017-11"))).isTrue();
    assertThat(frame.contains(TimeFrame.parse("2017-12"))).isFalse();
    assertThat(TimeFrame.parse("2016").contains(TimeFrame.parse("2016-01/2016-12"))).isTrue();
    assertThat(TimeFrame.parse("2016").contains(TimeFrame.parse("2015-12/2016-12"))).isFalse();
  }

  @Test
  void framesOfTheSameMonthsOrderYearsBeforeMonths() {
    TimeFrame years = TimeFrame.parse("2016");
    TimeFrame months = TimeFrame.parse("2016-01/2016-12");
    TimeFrame startWritten = TimeFrame.parse("2016-01/2016");
    TimeFrame endWritten = TimeFrame.parse("2016/2016-12");
    assertThat(years.compareTo(months)).isNegative();
    assertThat(months.compareTo(years)).isPositive();
    assertThat(years.compareTo(endWritten)).isNegative();
    assertThat(endWritten.compareTo(years)).isPositive();
    assertThat(endWritten.compareTo(startWritten)).isNegative();
    assertThat(startWritten.compareTo(months)).isNegative();
  }

  @Test
  void yearsCountEveryYearTouched() {
    assertThat(TimeFrame.parse("2016-11/2019-02").years())
        .containsExactly(Year.of(2016), Year.of(2017), Year.of(2018), Year.of(2019));
    assertThat(TimeFrame.parse("2016").years()).containsExactly(Year.of(2016));
  }

  @Test
  void framesThatDifferInOnePartHashApart() {
    List<String> texts = List.of("2016", "2016/2017", "2015/2016", "2016-01", "2016-02",
        "2016-01/2016-02", "2016/2016-12", "2016-01/2016", "2016-01/2016-12");
    for (String a : texts) {
      for (String b : texts) {
        if (!a.equals(b)) {
          assertThat(TimeFrame.parse(a).hashCode()).as(a + " " + b)
              .isNotEqualTo(TimeFrame.parse(b).hashCode());
        }
      }
    }
  }
}
