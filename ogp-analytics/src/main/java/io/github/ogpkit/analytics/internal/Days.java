package io.github.ogpkit.analytics.internal;

import com.google.common.collect.Range;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.TimePoint;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a time frame is counted as active within a plan's period (see
 * {@link io.github.ogpkit.analytics.ActiveSpan}).
 */
public final class Days {
  private Days() {}

  /**
   * Places a time frame on days.
   *
   * @param timeFrame the time frame, not null
   * @param period the plan's period, not null
   * @return the closed range of days, or empty for {@code permanent} when the period states
   *     neither its first nor its last day
   */
  public static Optional<Range<LocalDate>> of(TimeFrame timeFrame, TimeFrame period) {
    Optional<LocalDate> planFirst = period.firstDay();
    Optional<LocalDate> planLast = period.lastDay();
    if (timeFrame.isPermanent()) {
      if (planFirst.isEmpty() && planLast.isEmpty()) {
        return Optional.empty();
      }
      LocalDate first = planFirst.orElseGet(planLast::orElseThrow);
      LocalDate last = planLast.orElse(first);
      return Optional.of(Range.closed(first, last));
    }
    Optional<TimePoint> start = timeFrame.startPoint();
    Optional<TimePoint> end = timeFrame.endPoint();
    if (start.isPresent() && end.isPresent()) {
      return Optional.of(Range.closed(start.get().firstDay(), end.get().lastDay()));
    }
    if (end.isPresent()) {
      // ../END: from the plan's first day, or END alone when the plan starts after it.
      TimePoint e = end.get();
      LocalDate first = planFirst.filter(d -> !d.isAfter(e.lastDay())).orElse(e.firstDay());
      return Optional.of(Range.closed(first, e.lastDay()));
    }
    // START/..: until the plan's last day, or START alone when the plan ends before it.
    TimePoint s = start.orElseThrow();
    LocalDate last = planLast.filter(d -> !d.isBefore(s.firstDay())).orElse(s.lastDay());
    return Optional.of(Range.closed(s.firstDay(), last));
  }
}
