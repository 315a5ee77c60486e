package io.github.ogpkit.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.Measure;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the IRM's assessments say of how far the measures have come: each measure under the
 * completion of the latest assessment entry about it that states one (in the order of
 * publication, {@link io.github.ogpkit.model.Dataset#assessments}); or among those about which
 * assessments state no completion (an action plan review, before implementation); or
 * unassessed, when no assessment entry is about it.
 *
 * @param measures the measures counted, in document order, not null
 * @param byCompletion the measures under their latest stated completion, levels in
 *     {@link IrmCompletion} order, measures in document order, not null
 * @param completionNotStated the measures that assessment entries are about, none stating a
 *     completion, in document order, not null
 * @param unassessed the measures that no assessment entry is about, in document order, not null
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record CompletionSummary(ImmutableList<Measure> measures,
    ImmutableListMultimap<IrmCompletion, Measure> byCompletion,
    ImmutableList<Measure> completionNotStated, ImmutableList<Measure> unassessed) {

  /**
   * Creates a completion summary.
   *
   * @param measures the measures counted, not null
   * @param byCompletion the measures by completion, not null
   * @param completionNotStated the measures assessed without a completion, not null
   * @param unassessed the unassessed measures, not null
   */
  public CompletionSummary {
    Objects.requireNonNull(measures, "measures");
    Objects.requireNonNull(byCompletion, "byCompletion");
    Objects.requireNonNull(completionNotStated, "completionNotStated");
    Objects.requireNonNull(unassessed, "unassessed");
  }

  /**
   * Returns the share of the measures whose latest stated completion is one level.
   *
   * @param completion the level, not null
   * @return the share, not null
   */
  public Share share(IrmCompletion completion) {
    Objects.requireNonNull(completion, "completion");
    return new Share(byCompletion.get(completion).size(), measures.size());
  }

  /**
   * Returns the share of the measures that assessment entries are about, none stating a
   * completion.
   *
   * @return the share, not null
   */
  public Share completionNotStatedShare() {
    return new Share(completionNotStated.size(), measures.size());
  }

  /**
   * Returns the share of the measures that no assessment entry is about.
   *
   * @return the share, not null
   */
  public Share unassessedShare() {
    return new Share(unassessed.size(), measures.size());
  }

  /**
   * Returns the share of the measures at every level, those no measure is at included.
   *
   * @return the shares, in {@link IrmCompletion} order, not null
   */
  public ImmutableMap<IrmCompletion, Share> shares() {
    ImmutableMap.Builder<IrmCompletion, Share> shares = ImmutableMap.builder();
    for (IrmCompletion c : IrmCompletion.values()) {
      shares.put(c, share(c));
    }
    return shares.buildOrThrow();
  }
}
