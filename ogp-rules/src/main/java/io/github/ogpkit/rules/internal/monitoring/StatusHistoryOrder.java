package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.StatusChange;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code status-history-order}: a member's status changes are not in time order, or the first is
 * before the member joined. Partial dates compare by their first day (MONITORING.md), so changes
 * with equal first days ({@code 2016} and {@code 2016-01-01}) are in order either way. A change is
 * out of order when it is before the latest change listed before it; reported at that change,
 * naming the later one.
 */
@API(status = INTERNAL, since = "0.2")
public final class StatusHistoryOrder extends MemberRule {
  /** The rule's id. */
  public static final String ID = "status-history-order";

  /** Creates the rule. */
  public StatusHistoryOrder() {
    super(ID);
  }

  @Override
  void check(DatasetWalk w, Member m) {
    List<StatusChange> history = m.statusHistory();
    if (history.isEmpty()) {
      return;
    }
    StatusChange first = history.get(0);
    if (first.from().firstDay().isBefore(m.joined().firstDay())) {
      w.report(m, ID, changePath(0), ID + ".joined", first.from(), m.joined());
    }
    int latest = 0;
    for (int i = 1; i < history.size(); i++) {
      LocalDate day = history.get(i).from().firstDay();
      LocalDate latestDay = history.get(latest).from().firstDay();
      if (day.isBefore(latestDay)) {
        w.report(m, ID, changePath(i), ID, history.get(i).from(), history.get(latest).from(),
            changePath(latest));
      } else {
        latest = i;
      }
    }
  }
}
