package io.github.ogpkit.rules.internal.rule;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.model.Role;
import org.apiguardian.api.API;

/**
 * {@code independent-body-as-executor}: an institution of an independent kind (one the executive
 * cannot direct: parliament, courts, municipalities, civil society...) is an EXECUTOR. Reported at
 * the assignment.
 */
@API(status = INTERNAL, since = "0.1")
public final class IndependentBodyAsExecutor extends KindRoleRule {
  /** The rule's id. */
  public static final String ID = "independent-body-as-executor";

  /** Creates the rule. */
  public IndependentBodyAsExecutor() {
    super(ID, Role.EXECUTOR, false);
  }
}
