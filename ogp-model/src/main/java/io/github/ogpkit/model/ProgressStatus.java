package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How far a measure has been carried out, as a {@link ProgressEntry} states it. The first four
 * are a scale from {@link #NOT_STARTED} to {@link #COMPLETE}, in this order; {@link #WITHDRAWN}
 * and {@link #NO_EVIDENCE} stand outside it (rule {@code status-regression} ignores them).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum ProgressStatus {
  /** Nothing has been done yet. */
  NOT_STARTED,
  /** Work has begun, but little of it is done. */
  LIMITED,
  /** Much of it is done, but not all. */
  SUBSTANTIAL,
  /** Done in full, or nearly so. */
  COMPLETE,
  /** The government dropped it. */
  WITHDRAWN,
  /** The reporter could not find out: no evidence either way. */
  NO_EVIDENCE
}
