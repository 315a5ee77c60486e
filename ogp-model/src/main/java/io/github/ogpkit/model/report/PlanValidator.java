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
}
