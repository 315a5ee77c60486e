package io.github.ogpkit.model.report;

import io.github.ogpkit.model.Plan;

/**
 * Validates a plan. This is how a plan read by ogp-io is handed to a validator without ogp-io
 * depending on one: ogp-rules supplies the implementation, and an application may supply its own.
 *
 * <p>Implementations must be safe for use by many threads at once.
 */
@FunctionalInterface
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
  default ValidationReport validate(CheckedPlan plan) {
    return validate(plan.plan());
  }
}
