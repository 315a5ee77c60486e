package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.PlanRef;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.TimePoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code plan-overlap}: two action plans of a member overlap in time ({@link Span}), unless the
 * only time they share is one year written {@code YYYY} that ends one period and starts the other
 * ({@code 2016/2018} then {@code 2018/2020}, OGP's usual succession). Two periods that are both
 * just that year ({@code 2018} twice) are not a succession. Reported once at each later plan that
 * overlaps an earlier one, naming the first it overlaps.
 */
@API(status = INTERNAL, since = "0.2")
public final class PlanOverlap extends MemberRule {
  /** The rule's id. */
  public static final String ID = "plan-overlap";

  /** Creates the rule. */
  public PlanOverlap() {
    super(ID);
  }

  @Override
  void check(DatasetWalk w, Member m) {
    List<PlanRef> plans = m.actionPlans();
    for (int j = 1; j < plans.size(); j++) {
      TimeFrame later = plans.get(j).period();
      for (int i = 0; i < j; i++) {
        TimeFrame earlier = plans.get(i).period();
        if (Span.of(earlier).overlaps(Span.of(later)) && !succession(earlier, later)) {
          w.report(m, ID, planPath(j), ID, plans.get(j).plan(), later, plans.get(i).plan(),
              earlier, planPath(i));
          break;
        }
      }
    }
  }

  /** Whether the periods share only one year written YYYY that ends one and starts the other. */
  static boolean succession(TimeFrame a, TimeFrame b) {
    return !a.equals(b) && (endsWhereStarts(a, b) || endsWhereStarts(b, a));
  }

  private static boolean endsWhereStarts(TimeFrame first, TimeFrame then) {
    Optional<TimePoint> end = first.endPoint();
    if (end.isEmpty() || end.get().precision() != TimePoint.Precision.YEAR
        || !end.equals(then.startPoint())) {
      return false;
    }
    // The year is all they share: the first runs up to it, the other on from it.
    LocalDate year = end.get().firstDay();
    LocalDate yearEnd = end.get().lastDay();
    return first.firstDay().map(d -> !d.isAfter(year)).orElse(true)
        && then.lastDay().map(d -> !d.isBefore(yearEnd)).orElse(true);
  }
}
