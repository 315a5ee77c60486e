package io.github.ogpkit.rules.internal.monitoring;

import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.MemberStatus;
import io.github.ogpkit.model.json.JsonPointer;

/** What the rules about one member at a time share: the walk over members, paths and words. */
abstract class MemberRule extends MonitoringRule {

  MemberRule(String id) {
    super(id);
  }

  @Override
  public final void check(DatasetWalk w) {
    for (Member m : w.dataset().members()) {
      check(w, m);
    }
  }

  /** Checks one member. */
  abstract void check(DatasetWalk w, Member member);

  /** The path of a status change: {@code /statusHistory/<index>}. */
  static JsonPointer changePath(int index) {
    return JsonPointer.root().append("statusHistory").append(index);
  }

  /** The path of an action plan: {@code /actionPlans/<index>}. */
  static JsonPointer planPath(int index) {
    return JsonPointer.root().append("actionPlans").append(index);
  }

  /** A status in the messages' language, such as "inactive". */
  static String status(DatasetWalk w, MemberStatus status) {
    return w.messages().text("status." + status.name());
  }
}
