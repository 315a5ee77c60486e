package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.MemberStatus;
import io.github.ogpkit.model.PlanRef;
import io.github.ogpkit.model.StatusChange;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code plan-while-not-active}: an action plan's period overlaps a time the member was
 * {@code INACTIVE}, {@code SUSPENDED} or {@code UNDER_PROCEDURAL_REVIEW}. A status holds from the
 * first day of its change's {@code from} up to, not including, the first day of the next change's
 * {@code from}; the last change's status holds on. One finding per plan and per such status
 * period it overlaps, at the plan's {@code period}, naming the status and its dates.
 */
@API(status = INTERNAL, since = "0.2")
public final class PlanWhileNotActive extends MemberRule {
  /** The rule's id. */
  public static final String ID = "plan-while-not-active";

  private static final Set<MemberStatus> NOT_ACTIVE = EnumSet.of(MemberStatus.INACTIVE,
      MemberStatus.SUSPENDED, MemberStatus.UNDER_PROCEDURAL_REVIEW);

  /** Creates the rule. */
  public PlanWhileNotActive() {
    super(ID);
  }

  @Override
  void check(DatasetWalk w, Member m) {
    List<StatusChange> history = m.statusHistory();
    List<PlanRef> plans = m.actionPlans();
    for (int j = 0; j < plans.size(); j++) {
      PlanRef plan = plans.get(j);
      Span period = Span.of(plan.period());
      for (int i = 0; i < history.size(); i++) {
        StatusChange change = history.get(i);
        if (!NOT_ACTIVE.contains(change.status())) {
          continue;
        }
        LocalDate from = change.from().firstDay();
        @Nullable StatusChange next = i + 1 < history.size() ? history.get(i + 1) : null;
        if (next == null) {
          if (period.overlaps(new Span(from, null))) {
            w.report(m, ID, planPath(j).append("period"), ID + ".open", plan.plan(),
                plan.period(), m.id(), status(w, change.status()), change.from());
          }
          continue;
        }
        LocalDate until = next.from().firstDay();
        // An empty time (the next change on the same day, or out of order) overlaps nothing.
        if (from.isBefore(until) && period.overlaps(new Span(from, until.minusDays(1)))) {
          w.report(m, ID, planPath(j).append("period"), ID, plan.plan(), plan.period(), m.id(),
              status(w, change.status()), change.from(), next.from());
        }
      }
    }
  }
}
