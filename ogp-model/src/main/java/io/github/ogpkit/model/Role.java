package io.github.ogpkit.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a plan asks of an institution in a measure.
 */
@API(status = STABLE, since = "0.1")
public enum Role {
  /** Directed to implement the measure ("İcraçılar", "Implementing institutions"). */
  EXECUTOR,
  /** Invited to act, as a body the executive cannot direct ("Tövsiyə edilir"). */
  RECOMMENDED
}
