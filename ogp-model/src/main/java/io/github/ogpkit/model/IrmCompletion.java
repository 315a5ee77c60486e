package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How far the IRM found a commitment carried out, in the IRM's order: {@link #NO_EVIDENCE}
 * first, then the scale from {@link #NOT_STARTED} to {@link #COMPLETE}. Unlike
 * {@link ProgressStatus}, it has no withdrawn value and puts "no evidence" first.
 * {@link #SUBSTANTIAL} and {@link #COMPLETE} meet the star criteria.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum IrmCompletion {
  /** The IRM found no evidence to assess it by. */
  NO_EVIDENCE,
  /** Not started. */
  NOT_STARTED,
  /** Limited completion. */
  LIMITED,
  /** Substantial completion. */
  SUBSTANTIAL,
  /** Complete. */
  COMPLETE
}
