package io.github.ogpkit.model.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Plan;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A plan that ogp-io's reader bound from a document in which the reading rules found no error,
 * and whose structure is therefore known to pass every structural check of the model's Bean
 * Validation constraints. A validator given one may skip those checks
 * ({@link PlanValidator#validate(CheckedPlan)}); the plan rules still run.
 *
 * <p>There is no public way to make one: only the reader makes them, from plans it bound itself
 * ({@code ReadResult.checkedPlan()}). A plan built or changed in code is a plain {@link Plan}
 * and gets the full validation. This is the only hand-over between the reader and a validator:
 * no registry, nothing static.
 *
 * <p>Instances are immutable and safe for use by many threads. They compare by the plan they
 * hold and the version its document declared.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class CheckedPlan {

  private final Plan plan;
  private final String schemaVersion;

  // Made by ogp-io only, through a private lookup: the package is opened to ogp-io alone.
  private CheckedPlan(Plan plan, String schemaVersion) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.schemaVersion = Objects.requireNonNull(schemaVersion, "schemaVersion");
  }

  /**
   * Returns the format version the document declared, such as {@code 1.0} or {@code 1.1}. A
   * validator uses it where the version decides a default: a {@code 1.0} OGP action plan that
   * states no profile is validated with {@code executive-order} (RULES-1.1), so that 1.0 data
   * keeps its meaning.
   *
   * @return the declared version, not null
   */
  public String schemaVersion() {
    return schemaVersion;
  }

  /**
   * Returns the plan.
   *
   * @return the plan, not null
   */
  public Plan plan() {
    return plan;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CheckedPlan other && plan.equals(other.plan)
        && schemaVersion.equals(other.schemaVersion);
  }

  @Override
  public int hashCode() {
    return 31 * plan.hashCode() + schemaVersion.hashCode();
  }

  @Override
  public String toString() {
    return "CheckedPlan[" + plan.id() + "]";
  }
}
