package io.github.ogpkit.rules;

import static io.github.ogpkit.rules.CheckedPlanValidationTest.checked;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.CheckedPlan;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.testing.generator.PlanEdits;
import io.github.ogpkit.testing.generator.SamplePlans;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RULES-1.1's precedence: the caller's profile, else the plan's {@code profile}, else (for a
 * document that declared 1.0, of kind OGP_ACTION_PLAN) executive-order, else the kind's. The
 * report names the profile used, and its severities are that profile's.
 */
class ProfilePrecedenceTest {

  private static final OgpValidator STANDARD = OgpValidator.standard();

  /** An OGP action plan whose measure 1.2 names no institution: ERROR or WARNING by profile. */
  private static Plan plan(PlanKind kind) {
    return PlanEdits.withMeasure(SamplePlans.valid(), 0, 1,
        m -> m.toBuilder().institutions(List.of()).build()).toBuilder().kind(kind).build();
  }

  private static Plan stating(PlanKind kind, String profile) {
    return plan(kind).toBuilder().profile(profile).build();
  }

  private static Severity severity(ValidationReport report) {
    return report.forRule("measure-without-institution").findings().get(0).severity();
  }

  @Test
  void withoutAnyStatementThePlansKindChooses() {
    assertThat(STANDARD.profileFor(plan(PlanKind.OGP_ACTION_PLAN)))
        .isEqualTo(Profile.OGP_ACTION_PLAN);
    assertThat(STANDARD.profileFor(plan(PlanKind.OGP_LOCAL_ACTION_PLAN)))
        .isEqualTo(Profile.OGP_ACTION_PLAN);
    assertThat(STANDARD.profileFor(plan(PlanKind.NATIONAL_PROGRAM)))
        .isEqualTo(Profile.NATIONAL_PROGRAM);
    ValidationReport report = STANDARD.validate(plan(PlanKind.OGP_ACTION_PLAN));
    assertThat(report.profile()).contains("ogp-action-plan");
    assertThat(severity(report)).isEqualTo(Severity.WARNING);
  }

  @Test
  void thePlansProfileBeatsItsKind() {
    Plan plan = stating(PlanKind.OGP_ACTION_PLAN, "executive-order");
    assertThat(STANDARD.profileFor(plan)).isEqualTo(Profile.EXECUTIVE_ORDER);
    ValidationReport report = STANDARD.validate(plan);
    assertThat(report.profile()).contains("executive-order");
    assertThat(severity(report)).isEqualTo(Severity.ERROR);
    assertThat(STANDARD.profileFor(stating(PlanKind.NATIONAL_PROGRAM, "ogp-action-plan")))
        .isEqualTo(Profile.OGP_ACTION_PLAN);
  }

  @Test
  void theCallersProfileBeatsThePlans() {
    OgpValidator caller = OgpValidator.builder().profile(Profile.NATIONAL_PROGRAM).build();
    Plan plan = stating(PlanKind.OGP_ACTION_PLAN, "ogp-action-plan");
    assertThat(caller.profileFor(plan)).isEqualTo(Profile.NATIONAL_PROGRAM);
    assertThat(caller.validate(plan).profile()).contains("national-program");
    assertThat(caller.profileFor(checked(plan, "1.0"))).isEqualTo(Profile.NATIONAL_PROGRAM);
    assertThat(caller.validate(checked(plan(PlanKind.OGP_ACTION_PLAN), "1.0")).profile())
        .contains("national-program");
  }

  @Test
  void aProfileThatNamesNoneCountsAsNotStated() {
    Plan plan = stating(PlanKind.NATIONAL_PROGRAM, "community-plan");
    assertThat(STANDARD.profileFor(plan)).isEqualTo(Profile.NATIONAL_PROGRAM);
    assertThat(STANDARD.profileFor(checked(stating(PlanKind.OGP_ACTION_PLAN, "x"), "1.0")))
        .isEqualTo(Profile.EXECUTIVE_ORDER);
  }

  @Test
  void anOgpActionPlanOfA10DocumentIsAnExecutiveOrder() {
    CheckedPlan read = checked(plan(PlanKind.OGP_ACTION_PLAN), "1.0");
    assertThat(STANDARD.profileFor(read)).isEqualTo(Profile.EXECUTIVE_ORDER);
    ValidationReport report = STANDARD.validate(read);
    assertThat(report.profile()).contains("executive-order");
    assertThat(severity(report)).isEqualTo(Severity.ERROR);
  }

  @Test
  void the10RuleAppliesToOgpActionPlansOfDocumentsDeclaring10Only() {
    assertThat(STANDARD.profileFor(checked(plan(PlanKind.OGP_ACTION_PLAN), "1.1")))
        .isEqualTo(Profile.OGP_ACTION_PLAN);
    assertThat(STANDARD.profileFor(checked(plan(PlanKind.OGP_ACTION_PLAN), "1.2")))
        .isEqualTo(Profile.OGP_ACTION_PLAN);
    assertThat(STANDARD.profileFor(checked(plan(PlanKind.NATIONAL_PROGRAM), "1.0")))
        .isEqualTo(Profile.NATIONAL_PROGRAM);
    assertThat(STANDARD.profileFor(checked(plan(PlanKind.OGP_LOCAL_ACTION_PLAN), "1.0")))
        .isEqualTo(Profile.OGP_ACTION_PLAN);
    // A plan built in code declares no version: the kind decides.
    assertThat(STANDARD.validate(plan(PlanKind.OGP_ACTION_PLAN)).profile())
        .contains("ogp-action-plan");
  }

  @Test
  void thePlansProfileBeatsThe10Rule() {
    CheckedPlan read = checked(stating(PlanKind.OGP_ACTION_PLAN, "ogp-action-plan"), "1.0");
    assertThat(STANDARD.profileFor(read)).isEqualTo(Profile.OGP_ACTION_PLAN);
    assertThat(severity(STANDARD.validate(read))).isEqualTo(Severity.WARNING);
  }

  @Test
  void configurationNamesExecutiveOrder() {
    OgpValidator v = OgpValidator.builder()
        .configure(java.util.Map.of("profile", "executive-order")).build();
    assertThat(v.profile()).contains(Profile.EXECUTIVE_ORDER);
    assertThat(severity(v.validate(plan(PlanKind.OGP_ACTION_PLAN)))).isEqualTo(Severity.ERROR);
  }
}
