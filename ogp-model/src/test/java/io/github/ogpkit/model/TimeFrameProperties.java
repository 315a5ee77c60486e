package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.testing.generator.Generator;
import io.github.ogpkit.testing.generator.Property;
import io.github.ogpkit.testing.generator.Values;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TimeFrameProperties {

  /** The frames at the ends of the years a time frame may name, and permanent. */
  private static final TimeFrame[] EDGES = {TimeFrame.permanent(),
      TimeFrame.ofYear(TimeFrame.MIN_YEAR), TimeFrame.ofYear(TimeFrame.MAX_YEAR),
      TimeFrame.ofYears(TimeFrame.MIN_YEAR, TimeFrame.MAX_YEAR),
      TimeFrame.ofMonth(YearMonth.of(TimeFrame.MIN_YEAR, 1)),
      TimeFrame.ofMonth(YearMonth.of(TimeFrame.MAX_YEAR, 12)),
      TimeFrame.ofMonths(YearMonth.of(TimeFrame.MIN_YEAR, 1), YearMonth.of(TimeFrame.MAX_YEAR, 12))};

  private static Property<TimeFrame> timeFrames() {
    return Property.forAll(Values.timeFrames()).examples(EDGES);
  }

  @Test
  void printThenParseGivesTheSameFrameAndText() {
    timeFrames().check(t -> {
      TimeFrame back = TimeFrame.parse(t.toString());
      assertThat(back).isEqualTo(t);
      assertThat(back.toString()).isEqualTo(t.toString());
      assertThat(back.compareTo(t)).isZero();
    });
  }

  @Test
  void everyFrameContainsItselfAndPermanentContainsAll() {
    // Permanent states no bound: it contains every frame and lies within every frame.
    timeFrames().check(t -> {
      assertThat(t.contains(t)).isTrue();
      assertThat(TimeFrame.permanent().contains(t)).isTrue();
    });
  }

  @Test
  void aBoundedFrameContainsEachOfItsMonths() {
    timeFrames().check(t -> {
      if (!t.isBounded()) {
        return;
      }
      YearMonth start = t.start();
      assertThat(t.contains(TimeFrame.ofMonth(start))).isEqualTo(
          !start.atDay(1).isBefore(t.firstDay().orElseThrow())
              && !start.atEndOfMonth().isAfter(t.lastDay().orElseThrow()));
      assertThat(t.contains(TimeFrame.of(TimePoint.ofDay(t.firstDay().orElseThrow())))).isTrue();
      assertThat(t.contains(TimeFrame.of(TimePoint.ofDay(t.lastDay().orElseThrow())))).isTrue();
      if (start.getYear() > TimeFrame.MIN_YEAR || start.getMonthValue() > 1) {
        assertThat(t.contains(TimeFrame.ofMonth(start.minusMonths(1)))).isFalse();
      }
    });
  }

  private record Pair(TimeFrame a, TimeFrame b) {}

  private static Generator<Pair> nearbyPairs() {
    // Frames of a few neighbouring years, so that pairs often contain one another.
    Generator<TimeFrame> nearby = Values.timeFrames(2015, 2019);
    return source -> new Pair(nearby.next(source), nearby.next(source));
  }

  @Test
  void containsComparesTheBoundsTheOtherStatesWithTheBoundsThisOneStates() {
    Property.forAll(nearbyPairs())
        .tries(3000)
        .examples(new Pair(TimeFrame.permanent(), TimeFrame.permanent()),
            new Pair(TimeFrame.permanent(), TimeFrame.ofYear(2016)),
            new Pair(TimeFrame.ofYear(2016), TimeFrame.permanent()),
            new Pair(TimeFrame.ofYear(2016), TimeFrame.parse("2016-01/2016-12")),
            new Pair(TimeFrame.parse("../2016-Q2"), TimeFrame.parse("2015-12-31")),
            new Pair(TimeFrame.parse("2016/2018"), TimeFrame.parse("2017-05/..")))
        .check(pair -> {
          TimeFrame a = pair.a();
          TimeFrame b = pair.b();
          boolean expected = b.firstDay().map(d -> inside(a, d)).orElse(true)
              && b.lastDay().map(d -> inside(a, d)).orElse(true);
          assertThat(a.contains(b)).as("%s contains %s", a, b).isEqualTo(expected);
        });
  }

  private static boolean inside(TimeFrame frame, LocalDate day) {
    return frame.firstDay().map(f -> !day.isBefore(f)).orElse(true)
        && frame.lastDay().map(l -> !day.isAfter(l)).orElse(true);
  }

  @Test
  void theOrderIsConsistentWithEqualsAndAntisymmetric() {
    Property.forAll(nearbyPairs())
        .tries(3000)
        .check(pair -> {
          TimeFrame a = pair.a();
          TimeFrame b = pair.b();
          assertThat(a.compareTo(b) == 0).as("%s, %s", a, b).isEqualTo(a.equals(b));
          assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
          if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
          }
        });
  }

  @Test
  void theOrderGoesByFirstDayThenLastDayWithOpenEndsOutermost() {
    Property.forAll(nearbyPairs())
        .tries(3000)
        .check(pair -> {
          TimeFrame a = pair.a();
          TimeFrame b = pair.b();
          if (a.isPermanent() || b.isPermanent() || a.compareTo(b) >= 0) {
            return;
          }
          // a before b: a's first day is not after b's (an open start is earliest) ...
          LocalDate aFirst = a.firstDay().orElse(LocalDate.MIN);
          LocalDate bFirst = b.firstDay().orElse(LocalDate.MIN);
          assertThat(aFirst).as("%s before %s", a, b).isBeforeOrEqualTo(bFirst);
          if (aFirst.equals(bFirst)) {
            // ... and on the same first day, its last day is not after b's (open is latest).
            assertThat(a.lastDay().orElse(LocalDate.MAX)).as("%s before %s", a, b)
                .isBeforeOrEqualTo(b.lastDay().orElse(LocalDate.MAX));
          }
        });
  }
}
