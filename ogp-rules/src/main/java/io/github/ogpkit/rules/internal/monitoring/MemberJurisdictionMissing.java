package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.MemberType;
import io.github.ogpkit.model.json.JsonPointer;
import org.apiguardian.api.API;

/**
 * {@code jurisdiction-missing} on members: a {@code LOCAL} member names no jurisdiction. The same
 * rule as the plan rule of that id (a local action plan without one), checked on members at the
 * rule's monitoring severity. Reported at the missing property, {@code /jurisdiction}.
 */
@API(status = INTERNAL, since = "0.2")
public final class MemberJurisdictionMissing extends MemberRule {
  /** The rule's id, shared with the plan rule. */
  public static final String ID = "jurisdiction-missing";

  private static final JsonPointer JURISDICTION = JsonPointer.root().append("jurisdiction");

  /** Creates the rule. */
  public MemberJurisdictionMissing() {
    super(ID);
  }

  @Override
  void check(DatasetWalk w, Member m) {
    if (m.memberType() == MemberType.LOCAL && m.jurisdiction().isEmpty()) {
      w.report(m, ID, JURISDICTION, ID + ".member", m.id());
    }
  }
}
