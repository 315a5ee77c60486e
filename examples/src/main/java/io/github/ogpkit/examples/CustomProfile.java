package io.github.ogpkit.examples;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import io.github.ogpkit.rules.Profile;
import java.util.Map;

/**
 * Changes a profile: one rule turned off, another's severity raised, once in code and once as
 * configuration (what a service reads from its settings).
 */
public final class CustomProfile {

  private CustomProfile() {}

  /** A validator for a review tool that treats vague responsibility as an error. */
  static OgpValidator strictReviewer() {
    return OgpValidator.builder()
        .profile(Profile.OGP_ACTION_PLAN)
        .severity("executor-collective-only", Severity.ERROR)
        .disable("text-whitespace")
        .build();
  }

  /** The same validator, from configuration. */
  static OgpValidator strictReviewerFromSettings() {
    return OgpValidator.builder()
        .configure(Map.of(
            "profile", "ogp-action-plan",
            "rule.executor-collective-only", "error",
            "rule.text-whitespace", "off"))
        .build();
  }

  static String run(Plan plan) {
    ValidationReport standard = OgpValidator.standard().validate(plan);
    ValidationReport strict = strictReviewer().validate(plan);
    return "standard: " + standard.summary() + "\nstrict:   " + strict.summary() + "\n";
  }

  /**
   * Validates a plan with one measure that only a class of bodies carries out.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Plan plan = Plan.builder()
        .id("xx-sample-2020-2022")
        .kind(PlanKind.OGP_ACTION_PLAN)
        .country("AZ")
        .title("en", "Sample plan")
        .languages("en")
        .period("2020/2022")
        .institution(Institution.builder()
            .id("central-and-local-executive-authorities")
            .name("en", "central and local executive authorities")
            .kind(InstitutionKind.EXECUTIVE_AUTHORITY)
            .collective(true).build())
        .section(Section.builder().number("1")
            .title("en", "Access to information")
            .measure(Measure.builder().number("1.1")
                .title("en", "Publish budgets online")
                .indicator("en", "Budgets online")
                .executor("central-and-local-executive-authorities")
                .timeFrame("2021").build())
            .build())
        .build();
    System.out.print(run(plan));
  }
}
