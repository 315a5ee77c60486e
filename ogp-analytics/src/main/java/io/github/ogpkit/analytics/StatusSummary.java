package io.github.ogpkit.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.ReporterKind;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What one kind of reporter's progress reports say of how far the measures have come: each
 * measure under the status of the latest entry of that kind that states a status about it (the
 * order of {@link io.github.ogpkit.model.Dataset#history}); or among those about which entries of
 * that kind state no status (a tracker's "in progress" that no {@link ProgressStatus} matches);
 * or unreported, when no entry of that kind is about it.
 *
 * @param reporter the kind of reporter, not null
 * @param measures the measures counted, in document order, not null
 * @param byStatus the measures under their latest stated status, statuses in
 *     {@link ProgressStatus} order, measures in document order, not null
 * @param statusNotStated the measures that entries of this kind are about, none stating a
 *     status, in document order, not null
 * @param unreported the measures that no entry of this kind is about, in document order, not
 *     null
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record StatusSummary(ReporterKind reporter, ImmutableList<Measure> measures,
    ImmutableListMultimap<ProgressStatus, Measure> byStatus,
    ImmutableList<Measure> statusNotStated, ImmutableList<Measure> unreported) {

  /**
   * Creates a status summary.
   *
   * @param reporter the kind of reporter, not null
   * @param measures the measures counted, not null
   * @param byStatus the measures by status, not null
   * @param statusNotStated the measures reported on without a status, not null
   * @param unreported the unreported measures, not null
   */
  public StatusSummary {
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(measures, "measures");
    Objects.requireNonNull(byStatus, "byStatus");
    Objects.requireNonNull(statusNotStated, "statusNotStated");
    Objects.requireNonNull(unreported, "unreported");
  }

  /**
   * Returns the share of the measures whose latest stated status is one status.
   *
   * @param status the status, not null
   * @return the share, not null
   */
  public Share share(ProgressStatus status) {
    Objects.requireNonNull(status, "status");
    return new Share(byStatus.get(status).size(), measures.size());
  }

  /**
   * Returns the share of the measures that entries of this kind are about, none stating a status.
   *
   * @return the share, not null
   */
  public Share statusNotStatedShare() {
    return new Share(statusNotStated.size(), measures.size());
  }

  /**
   * Returns the share of the measures that no entry of this kind is about.
   *
   * @return the share, not null
   */
  public Share unreportedShare() {
    return new Share(unreported.size(), measures.size());
  }

  /**
   * Returns the share of the measures at every status, those no measure is at included.
   *
   * @return the shares, in {@link ProgressStatus} order, not null
   */
  public ImmutableMap<ProgressStatus, Share> shares() {
    ImmutableMap.Builder<ProgressStatus, Share> shares = ImmutableMap.builder();
    for (ProgressStatus s : ProgressStatus.values()) {
      shares.put(s, share(s));
    }
    return shares.buildOrThrow();
  }
}
