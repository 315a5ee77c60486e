package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.TimePoint;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code plan-period-too-long}: the plan period is longer than four years (RULES-1.1). A one-end
 * period ({@code 2023}, {@code 2023-Q3}) is both START and END. If either end is a year
 * ({@code YYYY}): too long when END's year minus START's year is 5 or more ({@code 2023/2027} is
 * not: a four-year plan starting mid-year spans five calendar years; {@code 2023/2028} is).
 * Otherwise: too long when the month of END's last day is more than 48 months after the month of
 * START's first day ({@code 2023-07/2027-07} is 48, not too long; {@code 2023-07/2027-08} is;
 * {@code 2023-Q3/2027-Q2} is 47). Reported at {@code /period}. A period without a start or an
 * end is {@code invalid-value}'s to report.
 */
@API(status = INTERNAL, since = "0.1")
public final class PlanPeriodTooLong implements PlanRule.OnPlan {
  /** The rule's id. */
  public static final String ID = "plan-period-too-long";

  /** The smallest difference of years that is too long, when either end is a year. */
  static final int MAX_YEARS_EXCLUSIVE = 5;
  /** The most months from the first month to the last that is not too long. */
  static final int MAX_MONTHS = 48;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void plan(Walk w) {
    TimeFrame period = w.plan().period();
    Optional<TimePoint> start = period.startPoint();
    Optional<TimePoint> end = period.endPoint();
    if (start.isEmpty() || end.isEmpty()) {
      return;
    }
    JsonPointer path = JsonPointer.root().append("period");
    TimePoint first = start.get();
    TimePoint last = end.get();
    if (first.precision() == TimePoint.Precision.YEAR
        || last.precision() == TimePoint.Precision.YEAR) {
      int years = last.year() - first.year();
      if (years >= MAX_YEARS_EXCLUSIVE) {
        w.report(ID, path, ID + ".years", period, Integer.toString(years));
      }
    } else {
      long months = months(first, last);
      if (months > MAX_MONTHS) {
        w.report(ID, path, ID + ".months", period, Long.toString(months));
      }
    }
  }

  /** The months from the month of the start's first day to the month of the end's last day. */
  static long months(TimePoint start, TimePoint end) {
    return ChronoUnit.MONTHS.between(YearMonth.from(start.firstDay()),
        YearMonth.from(end.lastDay()));
  }
}
