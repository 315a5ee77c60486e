package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;


import org.apiguardian.api.API;

/**
 * {@code reference-missing}: an entry has neither {@code measure} nor {@code ogpId}. Reported at
 * the entry, with or without its plan.
 */
@API(status = INTERNAL, since = "0.2")
public final class ReferenceMissing extends MonitoringRule {
  /** The rule's id. */
  public static final String ID = "reference-missing";

  /** Creates the rule. */
  public ReferenceMissing() {
    super(ID);
  }

  @Override
  public void check(DatasetWalk w) {
    w.forEachEntry((d, plan, entry, path) -> {
      if (entry.reference().isMissing()) {
        w.report(d, ID, path, ID);
      }
    });
  }
}
