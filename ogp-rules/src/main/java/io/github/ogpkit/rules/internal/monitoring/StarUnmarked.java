package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * {@code star-unmarked}: an assessment states a value for every criterion of a star and meets
 * them all ({@link StarCriteria}), but is not starred (absent or false). Reported at the entry.
 */
@API(status = INTERNAL, since = "0.2")
public final class StarUnmarked extends MonitoringRule {
  /** The rule's id. */
  public static final String ID = "star-unmarked";

  /** Creates the rule. */
  public StarUnmarked() {
    super(ID);
  }

  @Override
  public void check(DatasetWalk w) {
    w.forEachAssessment((a, e, path) -> {
      if (!e.starred().orElse(false) && StarCriteria.allMet(e)) {
        w.report(a, ID, path, ID, DatasetWalk.subject(e.reference()));
      }
    });
  }
}
