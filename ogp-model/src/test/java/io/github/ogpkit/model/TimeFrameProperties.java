package io.github.ogpkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.testing.generator.Generator;
import io.github.ogpkit.testing.generator.Property;
import io.github.ogpkit.testing.generator.Values;
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
    timeFrames().check(t -> {
      assertThat(t.contains(t)).isTrue();
      assertThat(TimeFrame.permanent().contains(t)).isTrue();
    });
  }

  @Test
  void aBoundedFrameContainsEachOfItsMonths() {
    timeFrames().check(t -> {
      if (t.isPermanent()) {
        return;
      }
      YearMonth start = t.start();
      assertThat(t.contains(TimeFrame.ofMonth(start))).isTrue();
      assertThat(t.contains(TimeFrame.ofMonth(t.end()))).isTrue();
      if (start.getYear() > TimeFrame.MIN_YEAR || start.getMonthValue() > 1) {
        assertThat(t.contains(TimeFrame.ofMonth(start.minusMonths(1)))).isFalse();
      }
    });
  }

  private record Pair(TimeFrame a, TimeFrame b) {}

  @Test
  void containsComparesFirstAndLastMonths() {
    // Frames of a few neighbouring years, so that pairs often contain one another.
    Generator<TimeFrame> nearby = Values.timeFrames(2015, 2019);
    Property.forAll(source -> new Pair(nearby.next(source), nearby.next(source)))
        .tries(3000)
        .examples(new Pair(TimeFrame.permanent(), TimeFrame.permanent()),
            new Pair(TimeFrame.permanent(), TimeFrame.ofYear(2016)),
            new Pair(TimeFrame.ofYear(2016), TimeFrame.permanent()),
            new Pair(TimeFrame.ofYear(2016), TimeFrame.parse("2016-01/2016-12")))
        .check(pair -> {
          TimeFrame a = pair.a();
          TimeFrame b = pair.b();
          boolean expected = a.isPermanent() || !b.isPermanent()
              && !b.start().isBefore(a.start()) && !b.end().isAfter(a.end());
          assertThat(a.contains(b)).isEqualTo(expected);
        });
  }
}
