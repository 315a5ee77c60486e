package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Commitment;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.MeasureEntry;
import io.github.ogpkit.model.MeasureRef;
import io.github.ogpkit.model.PlanPart;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code reference-duplicate}: two entries of one document are about the same section or
 * measure. Reported at the later entry, naming the first. Entries with identical references are
 * always about the same one; when the plan is in the dataset, so are entries whose references
 * resolve to the same section or measure (a number and an OGP id of one commitment).
 */
@API(status = INTERNAL, since = "0.2")
public final class ReferenceDuplicate extends MonitoringRule {
  /** The rule's id. */
  public static final String ID = "reference-duplicate";

  /** Creates the rule. */
  public ReferenceDuplicate() {
    super(ID);
  }

  @Override
  public void check(DatasetWalk w) {
    for (Document d : w.dataset().documents()) {
      DatasetWalk.planId(d).ifPresent(plan -> check(w, d, plan, DatasetWalk.entries(d)));
    }
  }

  private static void check(DatasetWalk w, Document d, String plan,
      List<? extends MeasureEntry> entries) {
    boolean planKnown = w.plan(plan).isPresent();
    Map<MeasureRef, Integer> byReference = new HashMap<>();
    // The same place, not an equal one, as the dataset resolves.
    Map<PlanPart, Integer> byPart = new IdentityHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      MeasureRef ref = entries.get(i).reference();
      if (ref.isMissing()) {
        continue;
      }
      PlanPart part = planKnown
          ? w.dataset().resolve(plan, ref).map(Commitment::part).orElse(null) : null;
      Integer first = byReference.putIfAbsent(ref, i);
      @Nullable Integer firstOfPart = part == null ? null : byPart.putIfAbsent(part, i);
      if (first == null) {
        first = firstOfPart;
      }
      if (first != null) {
        w.report(d, ID, DatasetWalk.entryPath(i), ID,
            part == null ? DatasetWalk.subject(ref) : part.number().toString(),
            DatasetWalk.entryPath(first));
      }
    }
  }
}
