package io.github.ogpkit.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Range;
import com.google.common.collect.TreeRangeSet;
import io.github.ogpkit.model.Measure;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What runs when: the leaf measures of a plan ({@link MeasureLevel#LEAVES}) with the days each is
 * active, and the leaves that have no time frame, counted apart rather than dropped.
 *
 * <pre>{@code
 * Timeline timeline = PlanAnalytics.of(plan).timeline();
 * timeline.countsByYear();       // Azerbaijan 2016-2018: {2016=55, 2017=55, 2018=39}
 * timeline.activeIn(new YearQuarter(2022, 4));   // the measures active in October-December 2022
 * timeline.undated();                            // the leaves without a time frame
 * }</pre>
 *
 * @param spans the dated leaves with their active days, in document order, not null
 * @param undated the leaves without a time frame of their own or of an enclosing measure (and a
 *     {@code permanent} one in a plan whose period states no day), in document order, not null
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Timeline(ImmutableList<ActiveSpan> spans, ImmutableList<Measure> undated) {

  /**
   * Creates a timeline.
   *
   * @param spans the dated leaves, not null
   * @param undated the undated leaves, not null
   */
  public Timeline {
    Objects.requireNonNull(spans, "spans");
    Objects.requireNonNull(undated, "undated");
  }

  /**
   * Returns the days on which at least one leaf is active, as closed ranges: spans that overlap
   * or follow one another without a day between them are one range.
   *
   * @return the days, not null, empty if no leaf is dated
   */
  public ImmutableRangeSet<LocalDate> activeDays() {
    // Merged as half-open ranges, so that 06-30..06-30 and 07-01..07-31 join: a range set does
    // not know that no day lies between them.
    TreeRangeSet<LocalDate> days = TreeRangeSet.create();
    for (ActiveSpan s : spans) {
      days.add(Range.closedOpen(s.firstDay(), s.lastDay().plusDays(1)));
    }
    ImmutableRangeSet.Builder<LocalDate> closed = ImmutableRangeSet.builder();
    for (Range<LocalDate> r : days.asRanges()) {
      closed.add(Range.closed(r.lowerEndpoint(), r.upperEndpoint().minusDays(1)));
    }
    return closed.build();
  }

  /**
   * Returns the leaves active on at least one of some days.
   *
   * @param days the days, not null
   * @return the leaves, in document order, not null
   */
  public ImmutableList<Measure> activeWithin(Range<LocalDate> days) {
    Objects.requireNonNull(days, "days");
    ImmutableList.Builder<Measure> found = ImmutableList.builder();
    for (ActiveSpan s : spans) {
      if (s.overlaps(days)) {
        found.add(s.measure());
      }
    }
    return found.build();
  }

  /**
   * Returns the leaves active on a day.
   *
   * @param day the day, not null
   * @return the leaves, in document order, not null
   */
  public ImmutableList<Measure> activeOn(LocalDate day) {
    return activeWithin(Range.singleton(Objects.requireNonNull(day, "day")));
  }

  /**
   * Returns the leaves active in at least part of a year.
   *
   * @param year the year, not null
   * @return the leaves, in document order, not null
   */
  public ImmutableList<Measure> activeIn(Year year) {
    Objects.requireNonNull(year, "year");
    return activeWithin(Range.closed(year.atDay(1), year.atMonth(12).atEndOfMonth()));
  }

  /**
   * Returns the leaves active in at least part of a quarter.
   *
   * @param quarter the quarter, not null
   * @return the leaves, in document order, not null
   */
  public ImmutableList<Measure> activeIn(YearQuarter quarter) {
    return activeWithin(Objects.requireNonNull(quarter, "quarter").days());
  }

  /**
   * Returns, for each year from the first active day's to the last's, how many leaves are active
   * in it; years within that in which nothing runs count 0.
   *
   * @return the counts by year, in order, not null, empty if no leaf is dated
   */
  public ImmutableSortedMap<Year, Integer> countsByYear() {
    ImmutableSortedMap.Builder<Year, Integer> counts = ImmutableSortedMap.naturalOrder();
    ImmutableRangeSet<LocalDate> days = activeDays();
    if (!days.isEmpty()) {
      Range<LocalDate> span = days.span();
      for (int y = span.lowerEndpoint().getYear(); y <= span.upperEndpoint().getYear(); y++) {
        counts.put(Year.of(y), activeIn(Year.of(y)).size());
      }
    }
    return counts.build();
  }

  /**
   * Returns, for each quarter from the first active day's to the last's, how many leaves are
   * active in it; quarters within that in which nothing runs count 0.
   *
   * @return the counts by quarter, in order, not null, empty if no leaf is dated
   */
  public ImmutableSortedMap<YearQuarter, Integer> countsByQuarter() {
    ImmutableSortedMap.Builder<YearQuarter, Integer> counts = ImmutableSortedMap.naturalOrder();
    ImmutableRangeSet<LocalDate> days = activeDays();
    if (!days.isEmpty()) {
      Range<LocalDate> span = days.span();
      YearQuarter last = YearQuarter.of(span.upperEndpoint());
      for (YearQuarter q = YearQuarter.of(span.lowerEndpoint()); q.compareTo(last) <= 0;
          q = q.next()) {
        counts.put(q, activeIn(q).size());
      }
    }
    return counts.build();
  }
}
