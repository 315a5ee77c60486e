package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TimeFrameProperties {

  @Provide
  Arbitrary<TimeFrame> timeFrames() {
    Arbitrary<Integer> years = Arbitraries.integers().between(TimeFrame.MIN_YEAR, TimeFrame.MAX_YEAR);
    Arbitrary<Integer> months = Arbitraries.integers().between(0, 12);
    Arbitrary<TimeFrame> bounded = Combinators.combine(years, months, years, months)
        .as((y1, m1, y2, m2) -> {
          int startYear = Math.min(y1, y2);
          int endYear = Math.max(y1, y2);
          String start = m1 == 0 ? "" + startYear
              : String.format(Locale.ROOT, "%d-%02d", startYear, m1);
          String end = m2 == 0 ? "" + endYear
              : String.format(Locale.ROOT, "%d-%02d", endYear, m2);
          try {
            return TimeFrame.parse(start + "/" + end);
          } catch (ValueParseException e) {
            return TimeFrame.parse(start);
          }
        });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(TimeFrame.permanent())),
        net.jqwik.api.Tuple.of(20, bounded));
  }

  @Property
  void printThenParseGivesTheSameFrameAndText(@ForAll("timeFrames") TimeFrame t) {
    TimeFrame back = TimeFrame.parse(t.toString());
    assertThat(back).isEqualTo(t);
    assertThat(back.toString()).isEqualTo(t.toString());
    assertThat(back.compareTo(t)).isZero();
  }

  @Property
  void everyFrameContainsItselfAndPermanentContainsAll(@ForAll("timeFrames") TimeFrame t) {
    assertThat(t.contains(t)).isTrue();
    assertThat(TimeFrame.permanent().contains(t)).isTrue();
  }

  @Property
  void aBoundedFrameContainsEachOfItsMonths(@ForAll("timeFrames") TimeFrame t) {
    if (t.isPermanent()) {
      return;
    }
    YearMonth start = t.start();
    assertThat(t.contains(TimeFrame.ofMonth(start))).isTrue();
    assertThat(t.contains(TimeFrame.ofMonth(t.end()))).isTrue();
    if (start.getYear() > TimeFrame.MIN_YEAR || start.getMonthValue() > 1) {
      assertThat(t.contains(TimeFrame.ofMonth(start.minusMonths(1)))).isFalse();
    }
  }

  /** Frames of a few neighbouring years, so that pairs often contain one another. */
  @Provide
  Arbitrary<TimeFrame> nearbyTimeFrames() {
    Arbitrary<Integer> years = Arbitraries.integers().between(2015, 2019);
    Arbitrary<Integer> months = Arbitraries.integers().between(0, 12);
    Arbitrary<TimeFrame> bounded = Combinators.combine(years, months, years, months)
        .as((y1, m1, y2, m2) -> {
          YearMonth a = YearMonth.of(y1, m1 == 0 ? 1 : m1);
          YearMonth b = YearMonth.of(y2, m2 == 0 ? 12 : m2);
          if (m1 == 0 && m2 == 0) {
            return TimeFrame.ofYears(Math.min(y1, y2), Math.max(y1, y2));
          }
          return a.isAfter(b) ? TimeFrame.ofMonths(b, a) : TimeFrame.ofMonths(a, b);
        });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(TimeFrame.permanent())),
        net.jqwik.api.Tuple.of(10, bounded));
  }

  @Property(tries = 3000)
  void containsComparesFirstAndLastMonths(@ForAll("nearbyTimeFrames") TimeFrame a,
      @ForAll("nearbyTimeFrames") TimeFrame b) {
    boolean expected = a.isPermanent() || !b.isPermanent()
        && !b.start().isBefore(a.start()) && !b.end().isAfter(a.end());
    assertThat(a.contains(b)).isEqualTo(expected);
  }
}
