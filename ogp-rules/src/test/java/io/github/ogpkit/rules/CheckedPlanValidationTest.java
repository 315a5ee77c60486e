package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.ogpkit.testing.generator.PlanEdits;
import io.github.ogpkit.testing.generator.SamplePlans;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.CheckedPlan;
import io.github.ogpkit.model.report.ValidationReport;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The structural pass is skipped for exactly the plans handed over as {@link CheckedPlan}s; every
 * other plan gets it, and the report of a checked plan is the one an unchecked equal copy gets.
 */
class CheckedPlanValidationTest {

  /** Only ogp-io's reader makes CheckedPlans; this test reaches the constructor as it does. */
  static CheckedPlan checked(Plan plan, String schemaVersion) {
    try {
      return (CheckedPlan) MethodHandles.privateLookupIn(CheckedPlan.class, MethodHandles.lookup())
          .findConstructor(CheckedPlan.class,
              MethodType.methodType(void.class, Plan.class, String.class))
          .invoke(plan, schemaVersion);
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  private static CheckedPlan checked(Plan plan) {
    return checked(plan, "1.1");
  }

  @Test
  void nothingPublicMakesACheckedPlan() {
    assertThat(CheckedPlan.class.getConstructors()).isEmpty();
    assertThat(Arrays.stream(CheckedPlan.class.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getReturnType() == CheckedPlan.class)).isEmpty();
  }

  private static Plan structurallyBroken() {
    return SamplePlans.valid().toBuilder().country("Azerbaijan").build();
  }

  @Test
  void aPlanBuiltInCodeGetsTheStructuralChecks() {
    ValidationReport report = OgpValidator.standard().validate(structurallyBroken());

    assertThat(report.findings()).extracting(f -> f.rule(), f -> f.path().toString())
        .contains(org.assertj.core.groups.Tuple.tuple("invalid-value", "/country"));
  }

  @Test
  void aCheckedPlanIsNotCheckedAgain() {
    // Only the reader makes CheckedPlans, and only of plans without reading errors; handing
    // over a broken one here shows that the validator relies on it instead of repeating the pass.
    ValidationReport report = OgpValidator.standard().validate(checked(structurallyBroken()));

    assertThat(report.findings()).extracting(f -> f.rule())
        .doesNotContain("invalid-value", "required");
  }

  @Test
  void aCheckedPlanGetsTheSameReportAsAnEqualCopyBuiltInCode() {
    Plan plan = PlanEdits.withMeasure(SamplePlans.valid(), 0, 0,
        m -> m.toBuilder().timeFrame("2019/2023").build());
    Plan copy = plan.toBuilder().build();

    ValidationReport checked = OgpValidator.standard().validate(checked(plan));

    assertThat(checked.findings()).isNotEmpty();
    assertThat(checked).isEqualTo(OgpValidator.standard().validate(copy));
  }
}
