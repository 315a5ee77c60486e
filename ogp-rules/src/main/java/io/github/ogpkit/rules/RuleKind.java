package io.github.ogpkit.rules;

/**
 * Where a rule of the catalog is checked.
 */
public enum RuleKind {
  /**
   * A reading rule: reported by ogp-io when a JSON document does not bind to a plan. Two of them,
   * {@code required} and {@code invalid-value}, are also reported on plans built in code, through
   * Bean Validation ({@link RuleInfo#appliesToPlans()}).
   */
  READING,
  /** A plan rule: checked by {@link OgpValidator} on a bound plan. */
  PLAN
}
