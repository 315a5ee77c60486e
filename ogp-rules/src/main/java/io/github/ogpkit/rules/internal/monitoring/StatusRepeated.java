package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.StatusChange;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code status-repeated}: two consecutive status changes of a member to the same status (a
 * decision that keeps a status belongs in {@code decisions}). Reported at the later change,
 * naming the earlier.
 */
@API(status = INTERNAL, since = "0.2")
public final class StatusRepeated extends MemberRule {
  /** The rule's id. */
  public static final String ID = "status-repeated";

  /** Creates the rule. */
  public StatusRepeated() {
    super(ID);
  }

  @Override
  void check(DatasetWalk w, Member m) {
    List<StatusChange> history = m.statusHistory();
    for (int i = 1; i < history.size(); i++) {
      if (history.get(i).status() == history.get(i - 1).status()) {
        w.report(m, ID, changePath(i), ID, status(w, history.get(i).status()),
            changePath(i - 1));
      }
    }
  }
}
