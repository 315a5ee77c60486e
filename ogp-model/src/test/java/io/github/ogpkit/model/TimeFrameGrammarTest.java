package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Time frame grammar 1.1 (FORMAT-1.1.md): days, quarters, open starts and open ends. */
class TimeFrameGrammarTest {

  @Test
  void everyFormOfTheGrammarIsReadAndWrittenAsItWasGiven() {
    for (String text : List.of("2016", "2012-03", "2023-06-30", "2022-Q4", "2016/2018",
        "2022-07-01/2023-Q2", "2016-12/2016", "../2023-12", "2022-09/..", "../2022-Q1",
        "2024-02-29", "2016/2016-12", "permanent")) {
      assertThat(TimeFrame.parse(text)).as(text).hasToString(text);
    }
  }

  @Test
  void twoEndsWrittenAlikeCollapseToOne() {
    assertThat(TimeFrame.parse("2016/2016")).hasToString("2016")
        .isEqualTo(TimeFrame.ofYear(2016));
    assertThat(TimeFrame.parse("2022-Q4/2022-Q4")).hasToString("2022-Q4");
    assertThat(TimeFrame.parse("2023-06-30/2023-06-30")).hasToString("2023-06-30");
    assertThat(TimeFrame.of(TimePoint.parse("2016"), TimePoint.parse("2016"))).hasToString("2016");
  }

  @Test
  void aQuarterRunsFromTheFirstDayOfItsFirstMonthToTheLastDayOfItsThird() {
    TimeFrame q = TimeFrame.parse("2022-Q4");
    assertThat(q.firstDay()).contains(LocalDate.of(2022, 10, 1));
    assertThat(q.lastDay()).contains(LocalDate.of(2022, 12, 31));
    assertThat(TimePoint.parse("2024-Q1").lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(TimePoint.parse("2023-Q2").firstDay()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(TimePoint.parse("2023-Q3").precision()).isEqualTo(TimePoint.Precision.QUARTER);
  }

  @Test
  void aDayMustExistInItsMonth() {
    assertThat(TimeFrame.parse("2024-02-29").firstDay()).contains(LocalDate.of(2024, 2, 29));
    assertThatThrownBy(() -> TimeFrame.parse("2023-02-29"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("time frame \"2023-02-29\" has day 29; 2023-02 has 28 days")
        .extracting(e -> ((ValueParseException) e).errorIndex()).isEqualTo(8);
    assertThatThrownBy(() -> TimeFrame.parse("2016/2023-04-31"))
        .hasMessage("time frame \"2016/2023-04-31\" has day 31; 2023-04 has 30 days");
    assertThatThrownBy(() -> TimeFrame.parse("2023-04-00"))
        .isInstanceOf(ValueParseException.class);
  }

  @Test
  void quartersAreOneToFourWithAnUpperCaseQ() {
    assertThatThrownBy(() -> TimeFrame.parse("2022-Q5"))
        .isInstanceOf(ValueParseException.class)
        .hasMessage("time frame \"2022-Q5\" has quarter Q5; quarters are Q1 to Q4");
    assertThatThrownBy(() -> TimeFrame.parse("2022-Q0")).isInstanceOf(ValueParseException.class);
    for (String text : List.of("2022-q4", "Q4 2022", "2022Q4", "2022-Q04", "2022-Q")) {
      assertThatThrownBy(() -> TimeFrame.parse(text)).as(text)
          .isInstanceOf(ValueParseException.class)
          .hasMessageContaining("is not YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD");
    }
  }

  @Test
  void anIntervalMustNotBeginAfterItEndsWhateverItsEndsAre() {
    assertThat(TimeFrame.parse("2016-12/2016")).hasToString("2016-12/2016");
    assertThat(TimeFrame.parse("2016-12-31/2016")).hasToString("2016-12-31/2016");
    assertThat(TimeFrame.parse("2016/2016-01-01")).hasToString("2016/2016-01-01");
    for (String text : List.of("2017/2016-12-31", "2016-Q2/2016-03", "2016-07-01/2016-Q2")) {
      assertThatThrownBy(() -> TimeFrame.parse(text)).as(text)
          .isInstanceOf(ValueParseException.class).hasMessageEndingWith("starts after it ends");
    }
    assertThatThrownBy(() -> TimeFrame.of(TimePoint.parse("2017"), TimePoint.parse("2016-Q4")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time frame starts after it ends: 2017 is after 2016-Q4");
  }

  @Test
  void openEndsStateNoBoundAndBothOpenIsNoTimeFrame() {
    TimeFrame deadline = TimeFrame.parse("../2023-12");
    assertThat(deadline).isEqualTo(TimeFrame.until(TimePoint.ofMonth(YearMonth.of(2023, 12))));
    assertThat(deadline.startPoint()).isEmpty();
    assertThat(deadline.firstDay()).isEmpty();
    assertThat(deadline.lastDay()).contains(LocalDate.of(2023, 12, 31));
    assertThat(deadline.isBounded()).isFalse();
    assertThat(deadline.end()).isEqualTo(YearMonth.of(2023, 12));
    assertThatThrownBy(deadline::start).isInstanceOf(IllegalStateException.class)
        .hasMessage("time frame ../2023-12 states no start, so it has no start; "
            + "check isBounded() first");
    assertThatThrownBy(deadline::years).isInstanceOf(IllegalStateException.class);

    TimeFrame ongoing = TimeFrame.parse("2022-09/..");
    assertThat(ongoing).isEqualTo(TimeFrame.from(TimePoint.parse("2022-09")));
    assertThat(ongoing.endPoint()).isEmpty();
    assertThat(ongoing.start()).isEqualTo(YearMonth.of(2022, 9));
    assertThatThrownBy(ongoing::end).isInstanceOf(IllegalStateException.class);

    for (String text : List.of("../..", "..", "../", "/..", "2016/", "/2016", "2016/../2017",
        "...../2016", "2016/...")) {
      assertThatThrownBy(() -> TimeFrame.parse(text)).as(text)
          .isInstanceOf(ValueParseException.class);
    }
    assertThat(TimeFrame.permanent().isBounded()).isFalse();
    assertThat(TimeFrame.parse("2016/2018").isBounded()).isTrue();
  }

  @Test
  void containmentComparesOnlyTheBoundsEachFrameStates() {
    TimeFrame plan = TimeFrame.parse("2016/2018");
    assertThat(plan.contains(TimeFrame.parse("../2017-06"))).isTrue();
    assertThat(plan.contains(TimeFrame.parse("../2019"))).isFalse();
    assertThat(plan.contains(TimeFrame.parse("2018-12-31/.."))).isTrue();
    assertThat(plan.contains(TimeFrame.parse("2015-Q4/.."))).isFalse();
    assertThat(plan.contains(TimeFrame.permanent())).isTrue();
    assertThat(TimeFrame.parse("../2017").contains(TimeFrame.parse("1900/2017-Q4"))).isTrue();
    assertThat(TimeFrame.parse("../2017").contains(TimeFrame.parse("2017/.."))).isTrue();
    assertThat(TimeFrame.parse("../2017").contains(TimeFrame.parse("2018-01-01/.."))).isFalse();
    assertThat(TimeFrame.parse("2020/..").contains(TimeFrame.parse("../2019-12-31"))).isFalse();
    assertThat(TimeFrame.parse("2016-01-01").contains(TimeFrame.parse("2016-01"))).isFalse();
    assertThat(TimeFrame.parse("2016-Q1").contains(TimeFrame.parse("2016-03-31"))).isTrue();
  }

  @Test
  void framesSortByFirstDayThenLastDayThenByHowTheEndsAreWritten() {
    // Same first and last days: by the start's form, then the end's (open, year, quarter,
    // month, day); an open start is the earliest first day, an open end the latest last day.
    List<String> sorted = List.of("../2016", "../2016-12-31", "2016", "2016/2016-Q4",
        "2016/2016-12", "2016/2016-12-31", "2016-Q1/2016", "2016-01/2016", "2016-01-01/2016",
        "2016/..", "2016-01/..", "2017-01", "2017-Q1", "2017-01-01/2017-03-31", "permanent");
    List<TimeFrame> frames = new ArrayList<>();
    for (String s : sorted) {
      frames.add(TimeFrame.parse(s));
    }
    List<TimeFrame> shuffled = new ArrayList<>(frames);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(frames);
  }

  @Test
  void yearsSpanTheYearsOfTheFirstAndLastDays() {
    assertThat(TimeFrame.parse("2022-Q4/2023-06-30").years())
        .containsExactly(Year.of(2022), Year.of(2023));
    assertThat(TimeFrame.parse("2022-12-31").years()).containsExactly(Year.of(2022));
  }

  @Test
  void timePointsCompareByFirstDayThenLastDayThenPrecision() {
    List<TimePoint> sorted = List.of(TimePoint.parse("2016-01-01"), TimePoint.parse("2016-01"),
        TimePoint.parse("2016-Q1"), TimePoint.parse("2016"), TimePoint.parse("2016-01-02"),
        TimePoint.parse("2016-02"), TimePoint.parse("2016-Q2"));
    List<TimePoint> shuffled = new ArrayList<>(sorted);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(sorted);
    assertThat(TimePoint.parse("2016-Q1")).isNotEqualTo(TimePoint.parse("2016-01"))
        .isEqualTo(TimePoint.ofQuarter(2016, 1)).hasSameHashCodeAs(TimePoint.ofQuarter(2016, 1));
    assertThat(TimePoint.ofDay(LocalDate.of(2023, 6, 30))).hasToString("2023-06-30");
    assertThat(TimePoint.parse("2999-12-31").year()).isEqualTo(2999);
  }

  @Test
  void timePointsRefuseYearsOutOfRangeAndBadQuarters() {
    assertThatThrownBy(() -> TimePoint.ofYear(1899)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year must be between 1900 and 2999, was 1899");
    assertThatThrownBy(() -> TimePoint.ofQuarter(2016, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("quarter must be 1 to 4, was 5");
    assertThatThrownBy(() -> TimePoint.ofDay(LocalDate.of(3000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TimePoint.parse("3000-Q1")).isInstanceOf(ValueParseException.class)
        .hasMessage("time point \"3000-Q1\" has year 3000; years are 1900 to 2999");
    assertThatThrownBy(() -> TimePoint.parse("2016/2017"))
        .isInstanceOf(ValueParseException.class);
  }
}
