package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.rules.internal.PlanRule;
import io.github.ogpkit.rules.internal.Walk;
import org.apiguardian.api.API;

/**
 * {@code plan-period-too-long}: the plan period spans more than four calendar years
 * ({@code 2016/2020} spans five). Reported at {@code /period}. A {@code permanent} period is
 * {@code invalid-value}'s to report.
 */
@API(status = INTERNAL, since = "0.1")
public final class PlanPeriodTooLong implements PlanRule.OnPlan {
  /** The rule's id. */
  public static final String ID = "plan-period-too-long";

  /** The most calendar years a period may span without a finding. */
  static final int MAX_YEARS = 4;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void plan(Walk w) {
    TimeFrame period = w.plan().period();
    if (period.isBounded() && period.years().size() > MAX_YEARS) {
      w.report(ID, JsonPointer.root().append("period"), ID, period,
          Integer.toString(period.years().size()));
    }
  }
}
