package io.github.ogpkit.analytics;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Which measures of a plan a question counts. In OGP action plans the commitments are the
 * measures and their sub-measures are milestones; a plan may group its measures under sections,
 * which are never counted.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum MeasureLevel {
  /**
   * The commitments: the measures that no measure contains, that is the plan's own measures and
   * each section's measures, at whatever depth of sections. Coverage and implementation count
   * these unless told otherwise.
   */
  COMMITMENTS,
  /**
   * The leaves: the measures without sub-measures (a commitment without milestones is its own
   * leaf). Time counts these: they are the things done at a time.
   */
  LEAVES,
  /** Every measure at every depth, commitments and milestones alike. */
  ALL
}
