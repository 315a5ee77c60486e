package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.ogpkit.testing.generator.SamplePlans;

import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.ValidationReport;
import org.junit.jupiter.api.Test;

class ValidPlanTest {

  @Test
  void aValidPlanHasNoFindingsAtAllInEitherProfile() {
    ValidationReport report = StandardValidation.validate(SamplePlans.valid());
    assertThat(report.findings()).isEmpty();
    assertThat(report.profile()).contains("ogp-action-plan");
    assertThat(report.isValid()).isTrue();

    ValidationReport program = StandardValidation.validate(
        SamplePlans.valid().toBuilder().kind(PlanKind.NATIONAL_PROGRAM).build());
    assertThat(program.findings()).isEmpty();
    assertThat(program.profile()).contains("national-program");
  }

  @Test
  void findingsCarryNoTextLocation() {
    ValidationReport report = StandardValidation.validate(
        SamplePlans.valid().toBuilder().country("az").build());
    assertThat(report.findings()).isNotEmpty()
        .allSatisfy(f -> assertThat(f.location()).isEmpty());
  }
}
