package io.github.ogpkit.rules;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.List;

/**
 * What the rule tests ask of the standard validator. The plans they validate come from
 * ogp-testing's generator package ({@code SamplePlans}, {@code PlanEdits}).
 */
public final class StandardValidation {
  private StandardValidation() {}

  /** Validates with the standard validator. */
  public static ValidationReport validate(Plan plan) {
    return OgpValidator.standard().validate(plan);
  }

  /** The findings of one rule, with the standard validator. */
  public static List<Finding> findings(Plan plan, String rule) {
    return validate(plan).forRule(rule).findings();
  }

  /**
   * The plan, stating the profile executive-order: 1.0's ogp-action-plan severities, which the
   * tests of rules that ogp-action-plan 1.1 tunes down or turns off use.
   */
  public static Plan executiveOrder(Plan plan) {
    return plan.toBuilder().profile("executive-order").build();
  }

  /** A JSON Pointer. */
  public static JsonPointer path(String pointer) {
    return JsonPointer.parse(pointer);
  }
}
