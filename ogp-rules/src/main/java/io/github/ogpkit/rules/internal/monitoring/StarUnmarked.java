package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Assessment;
import io.github.ogpkit.model.IrmAssessment;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code star-unmarked}: an assessment states a value for every criterion of a star and meets
 * them all ({@link StarCriteria}), but is not starred (absent or false). Reported at the entry.
 */
@API(status = INTERNAL, since = "0.2")
public final class StarUnmarked implements MonitoringRule {
  /** The rule's id. */
  public static final String ID = "star-unmarked";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(DatasetWalk w) {
    for (IrmAssessment a : w.dataset().irmAssessments()) {
      List<Assessment> entries = a.entries();
      for (int i = 0; i < entries.size(); i++) {
        Assessment e = entries.get(i);
        if (!e.starred().orElse(false) && StarCriteria.allMet(e)) {
          w.report(a, ID, DatasetWalk.entryPath(i), ID, DatasetWalk.subject(e.reference()));
        }
      }
    }
  }
}
