package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.internal.CheckedPlans;
import io.github.ogpkit.model.report.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The structural pass is skipped for exactly the plans the reader recorded as checked; every
 * other plan gets it, and the report of a checked plan is the one an unchecked equal copy gets.
 */
class CheckedPlanValidationTest {

  private static Plan structurallyBroken() {
    return TestPlans.valid().toBuilder().country("Azerbaijan").build();
  }

  @Test
  void aPlanBuiltInCodeGetsTheStructuralChecks() {
    ValidationReport report = OgpValidator.standard().validate(structurallyBroken());

    assertThat(report.findings()).extracting(f -> f.rule(), f -> f.path().toString())
        .contains(org.assertj.core.groups.Tuple.tuple("invalid-value", "/country"));
  }

  @Test
  void aPlanRecordedAsCheckedIsNotCheckedAgain() {
    // Only the reader records plans, and only plans without reading errors; recording a broken
    // one here shows that the validator relies on the record instead of repeating the pass.
    Plan recorded = CheckedPlans.add(structurallyBroken());

    ValidationReport report = OgpValidator.standard().validate(recorded);

    assertThat(report.findings()).extracting(f -> f.rule())
        .doesNotContain("invalid-value", "required");
  }

  @Test
  void aCheckedPlanGetsTheSameReportAsAnEqualCopyBuiltInCode() {
    Plan recorded = CheckedPlans.add(TestPlans.withMeasure(TestPlans.valid(), 0, 0,
        m -> m.toBuilder().timeFrame("2019/2023").build()));
    Plan copy = recorded.toBuilder().build();

    ValidationReport checked = OgpValidator.standard().validate(recorded);

    assertThat(checked.findings()).isNotEmpty();
    assertThat(checked).isEqualTo(OgpValidator.standard().validate(copy));
  }
}
