package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The IRM's answer to "did it open government?": how far a commitment changed government
 * practice towards openness, from the worst to the best.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum OpenGovernmentResult {
  /** Government practice became less open. */
  WORSENED,
  /** Government practice did not change. */
  DID_NOT_CHANGE,
  /** A marginal change towards openness. */
  MARGINAL,
  /** A major change towards openness. */
  MAJOR,
  /** An outstanding change towards openness. */
  OUTSTANDING
}
