package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.MemberStatus;
import io.github.ogpkit.model.StatusChange;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code status-after-withdrawal}: a member's status changes after it withdrew. Reported at every
 * change listed after a {@code WITHDRAWN} one, naming the latest withdrawal before it.
 */
@API(status = INTERNAL, since = "0.2")
public final class StatusAfterWithdrawal extends MemberRule {
  /** The rule's id. */
  public static final String ID = "status-after-withdrawal";

  /** Creates the rule. */
  public StatusAfterWithdrawal() {
    super(ID);
  }

  @Override
  void check(DatasetWalk w, Member m) {
    List<StatusChange> history = m.statusHistory();
    int withdrawn = -1;
    for (int i = 0; i < history.size(); i++) {
      if (withdrawn >= 0) {
        w.report(m, ID, changePath(i), ID, status(w, history.get(i).status()),
            changePath(withdrawn));
      }
      if (history.get(i).status() == MemberStatus.WITHDRAWN) {
        withdrawn = i;
      }
    }
  }
}
