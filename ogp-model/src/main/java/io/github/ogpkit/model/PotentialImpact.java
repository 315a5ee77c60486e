package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The IRM's estimate of what a commitment would change if carried out, from the least to the
 * most. {@link #MODERATE} and {@link #TRANSFORMATIVE} meet the star criteria.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum PotentialImpact {
  /** It would not change government practice. */
  NONE,
  /** An incremental but positive step in the policy area. */
  MINOR,
  /** A major step forward in the policy area, limited in scale or scope. */
  MODERATE,
  /** A reform that could transform business as usual in the policy area. */
  TRANSFORMATIVE
}
