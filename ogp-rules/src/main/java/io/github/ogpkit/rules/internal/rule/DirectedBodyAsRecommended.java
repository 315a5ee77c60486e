package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Role;
import org.apiguardian.api.API;

/**
 * {@code directed-body-as-recommended}: an institution of a directed kind (a ministry, an agency,
 * an executive authority...) is only RECOMMENDED to act. Reported at the assignment.
 */
@API(status = INTERNAL, since = "0.1")
public final class DirectedBodyAsRecommended extends KindRoleRule {
  /** The rule's id. */
  public static final String ID = "directed-body-as-recommended";

  /** Creates the rule. */
  public DirectedBodyAsRecommended() {
    super(ID, Role.RECOMMENDED, true);
  }
}
