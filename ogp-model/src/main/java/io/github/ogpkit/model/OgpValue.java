package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * An OGP value a commitment claims to be relevant to, as OGP's commitment template names them.
 * Documents write a measure's values in this order.
 */
@API(status = STABLE, since = "0.2")
public enum OgpValue {
  /** Access to information. */
  ACCESS_TO_INFORMATION,
  /** Civic participation. */
  CIVIC_PARTICIPATION,
  /** Public accountability. */
  PUBLIC_ACCOUNTABILITY,
  /** Technology and innovation for transparency and accountability. */
  TECHNOLOGY_AND_INNOVATION
}
