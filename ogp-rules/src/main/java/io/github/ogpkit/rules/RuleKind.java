package io.github.ogpkit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where a rule of the catalog is checked.
 */
@API(status = STABLE, since = "0.1")
public enum RuleKind {
  /**
   * A reading rule: reported by ogp-io when a JSON document does not bind to a plan. Two of them,
   * {@code required} and {@code invalid-value}, are also reported on plans built in code, through
   * Bean Validation ({@link RuleInfo#appliesToPlans()}).
   */
  READING,
  /**
   * A plan rule: checked by {@link OgpValidator} on a bound plan. One of them,
   * {@code jurisdiction-missing}, is also checked on members ({@link RuleInfo#monitoring()}).
   */
  PLAN,
  /**
   * A monitoring rule (MONITORING.md): checked by {@link OgpValidator#validate(
   * io.github.ogpkit.model.Dataset)} on the progress reports, IRM assessments and members of a
   * dataset, at the same severity in every profile.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  MONITORING
}
