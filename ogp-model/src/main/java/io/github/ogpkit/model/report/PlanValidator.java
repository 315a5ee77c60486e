package io.github.ogpkit.model.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.Plan;
import org.apiguardian.api.API;

/**
 * Validates a plan. This is how a plan read by ogp-io is handed to a validator without ogp-io
 * depending on one: ogp-rules supplies the implementation, and an application may supply its own.
 *
 * <p>Implementations must be safe for use by many threads at once.
 */
@FunctionalInterface
@API(status = STABLE, since = "0.1")
public interface PlanValidator {

  /**
   * Validates a plan.
   *
   * @param plan the plan, not null
   * @return the report, not null; its findings carry no text locations
   */
  ValidationReport validate(Plan plan);

  /**
   * Validates a plan that ogp-io's reader bound with no reading error. Its structure passed the
   * reading rules, which make every structural check of the model's constraints, so an
   * implementation may skip those and run only its plan rules; the report must be the one
   * {@link #validate(Plan)} gives for the same plan. By default it is exactly that call.
   *
   * @param plan the checked plan, not null
   * @return the report, not null; its findings carry no text locations
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  default ValidationReport validate(CheckedPlan plan) {
    return validate(plan.plan());
  }
}
