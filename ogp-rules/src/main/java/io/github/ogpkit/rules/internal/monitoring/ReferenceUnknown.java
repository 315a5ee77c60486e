package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Commitment;
import io.github.ogpkit.model.MeasureRef;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code reference-unknown}: an entry's {@code measure} or {@code ogpId} names nothing in its plan
 * (reported at that property), or both name something but different parts (reported at the
 * entry). Runs only for documents whose plan is in the dataset.
 */
@API(status = INTERNAL, since = "0.2")
public final class ReferenceUnknown extends MonitoringRule {
  /** The rule's id. */
  public static final String ID = "reference-unknown";

  /** Creates the rule. */
  public ReferenceUnknown() {
    super(ID);
  }

  @Override
  public void check(DatasetWalk w) {
    w.forEachEntry((d, plan, entry, path) -> {
      if (w.plan(plan).isEmpty()) {
        return;
      }
      MeasureRef ref = entry.reference();
      Optional<Commitment> byNumber =
          ref.measure().flatMap(n -> w.dataset().resolve(plan, MeasureRef.of(n)));
      Optional<Commitment> byId =
          ref.ogpId().flatMap(id -> w.dataset().resolve(plan, MeasureRef.ofOgpId(id)));
      if (ref.measure().isPresent() && byNumber.isEmpty()) {
        w.report(d, ID, path.append("measure"), ID + ".measure", ref.measure().get(), plan);
      }
      if (ref.ogpId().isPresent() && byId.isEmpty()) {
        w.report(d, ID, path.append("ogpId"), ID + ".ogp-id", ref.ogpId().get(), plan);
      }
      if (byNumber.isPresent() && byId.isPresent()
          && byNumber.get().part() != byId.get().part()) {
        w.report(d, ID, path, ID + ".different", ref.measure().get(), ref.ogpId().get(), plan,
            byId.get().number());
      }
    });
  }
}
