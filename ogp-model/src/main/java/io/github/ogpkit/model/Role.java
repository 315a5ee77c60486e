package io.github.ogpkit.model;

/**
 * What a plan asks of an institution in a measure.
 */
public enum Role {
  /** Directed to implement the measure ("İcraçılar", "Implementing institutions"). */
  EXECUTOR,
  /** Invited to act, as a body the executive cannot direct ("Tövsiyə edilir"). */
  RECOMMENDED
}
