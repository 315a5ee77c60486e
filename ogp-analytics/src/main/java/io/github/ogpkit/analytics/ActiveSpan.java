package io.github.ogpkit.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.TimeFrame;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The days a measure is counted as active, and the time frame they come from.
 *
 * <p>The days are the time frame's bounds (its start's first day and its end's last day, as the
 * model defines them); where the time frame states no bound, the plan's period gives it: an open
 * start ({@code ../END}) is active from the plan's first day, an open end ({@code START/..}) until
 * the plan's last day, and {@code permanent} for the whole period. When the plan's bound would
 * fall on the wrong side of the stated one (a deadline before the plan starts), the stated point
 * alone is taken. Stated bounds are never clipped: a measure due after the plan's period counts
 * in the years it runs.
 *
 * @param measure the measure, not null
 * @param timeFrame the time frame the days come from: the measure's own, or its nearest enclosing
 *     measure's when it has none, not null
 * @param inherited whether the time frame is an enclosing measure's
 * @param days the days, a closed range, not null
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ActiveSpan(Measure measure, TimeFrame timeFrame, boolean inherited,
    Range<LocalDate> days) {

  /**
   * Creates an active span.
   *
   * @param measure the measure, not null
   * @param timeFrame the time frame, not null
   * @param inherited whether the time frame is an enclosing measure's
   * @param days the days, a closed range, not null
   * @throws IllegalArgumentException if the range is not closed at both ends
   */
  public ActiveSpan {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(timeFrame, "timeFrame");
    Objects.requireNonNull(days, "days");
    if (!days.hasLowerBound() || !days.hasUpperBound()
        || days.lowerBoundType() != BoundType.CLOSED || days.upperBoundType() != BoundType.CLOSED) {
      throw new IllegalArgumentException("days must be a closed range, was " + days);
    }
  }

  /**
   * Returns the first active day.
   *
   * @return the day, not null
   */
  public LocalDate firstDay() {
    return days.lowerEndpoint();
  }

  /**
   * Returns the last active day.
   *
   * @return the day, not null
   */
  public LocalDate lastDay() {
    return days.upperEndpoint();
  }

  /**
   * Tells whether the measure is active on at least one of some days.
   *
   * @param other the days, not null
   * @return true if the ranges share a day
   */
  public boolean overlaps(Range<LocalDate> other) {
    Objects.requireNonNull(other, "other");
    return days.isConnected(other) && !days.intersection(other).isEmpty();
  }
}
