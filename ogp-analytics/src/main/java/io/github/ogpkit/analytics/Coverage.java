package io.github.ogpkit.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.OgpValue;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Which OGP values and policy areas a plan's measures state, and which state none. A measure
 * counts under the values and areas it states itself ({@link Measure#ogpValues()},
 * {@link Measure#policyAreas()}); nothing is taken from its sub-measures or from the sections
 * around it.
 *
 * <pre>{@code
 * Coverage coverage = PlanAnalytics.of(plan).coverage();
 * coverage.share(OgpValue.CIVIC_PARTICIPATION);   // Ecuador 2019-2022: 3/3
 * coverage.withoutValue();                        // the commitments that state no OGP value
 * }</pre>
 *
 * @param level which measures were counted, not null
 * @param measures the measures counted, in document order, not null
 * @param byValue the measures under each value they state, values in {@link OgpValue} order,
 *     measures in document order, not null
 * @param withoutValue the measures that state no OGP value, in document order, not null
 * @param byPolicyArea the measures under each policy area they state, areas in the order of
 *     their ids' UTF-16 code units, measures in document order, not null
 * @param withoutPolicyArea the measures that state no policy area, in document order, not null
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Coverage(MeasureLevel level, ImmutableList<Measure> measures,
    ImmutableListMultimap<OgpValue, Measure> byValue, ImmutableList<Measure> withoutValue,
    ImmutableListMultimap<String, Measure> byPolicyArea,
    ImmutableList<Measure> withoutPolicyArea) {

  /**
   * Creates a coverage.
   *
   * @param level the level, not null
   * @param measures the measures counted, not null
   * @param byValue the measures by value, not null
   * @param withoutValue the measures without a value, not null
   * @param byPolicyArea the measures by policy area, not null
   * @param withoutPolicyArea the measures without a policy area, not null
   */
  public Coverage {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(measures, "measures");
    Objects.requireNonNull(byValue, "byValue");
    Objects.requireNonNull(withoutValue, "withoutValue");
    Objects.requireNonNull(byPolicyArea, "byPolicyArea");
    Objects.requireNonNull(withoutPolicyArea, "withoutPolicyArea");
  }

  /**
   * Returns the share of the measures that state an OGP value.
   *
   * @param value the value, not null
   * @return the share, not null
   */
  public Share share(OgpValue value) {
    return new Share(byValue.get(Objects.requireNonNull(value, "value")).size(), measures.size());
  }

  /**
   * Returns the share of the measures that state a policy area.
   *
   * @param policyArea the policy area's id, such as {@code open-data}, not null
   * @return the share, not null; 0 of all for an area no measure states
   */
  public Share share(String policyArea) {
    Objects.requireNonNull(policyArea, "policyArea");
    return new Share(byPolicyArea.get(policyArea).size(), measures.size());
  }

  /**
   * Returns the share of the measures under every OGP value, those no measure states included.
   *
   * @return the shares, in {@link OgpValue} order, not null
   */
  public ImmutableMap<OgpValue, Share> valueShares() {
    ImmutableMap.Builder<OgpValue, Share> shares = ImmutableMap.builder();
    for (OgpValue v : OgpValue.values()) {
      shares.put(v, share(v));
    }
    return shares.buildOrThrow();
  }

  /**
   * Returns the share of the measures under every policy area some measure states.
   *
   * @return the shares, by id in the order of UTF-16 code units, not null
   */
  public ImmutableSortedMap<String, Share> policyAreaShares() {
    ImmutableSortedMap.Builder<String, Share> shares = ImmutableSortedMap.naturalOrder();
    for (String area : byPolicyArea.keySet()) {
      shares.put(area, share(area));
    }
    return shares.build();
  }
}
