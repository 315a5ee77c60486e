package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a plan asks of an institution in a measure. {@link #EXECUTOR} is the lead implementer
 * (several executors are co-leads), {@link #RECOMMENDED} a body invited to act, and
 * {@link #SUPPORTING} one of the other actors involved.
 */
@API(status = STABLE, since = "0.1")
public enum Role {
  /** Directed to implement the measure ("İcraçılar", "Implementing institutions"). */
  EXECUTOR,
  /** Invited to act, as a body the executive cannot direct ("Tövsiyə edilir"). */
  RECOMMENDED,
  /**
   * Supports the measure: the "other actors involved" of OGP's commitment template (supporting
   * government bodies, civil society, private sector, multilaterals, working groups). Since
   * format 1.1.
   */
  @API(status = STABLE, since = "0.2")
  SUPPORTING
}
