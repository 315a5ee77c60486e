package io.github.ogpkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Section;
import org.junit.jupiter.api.Test;

class CheckedPlansTest {

  private static Plan plan() {
    return Plan.builder().id("xx-plan").kind(PlanKind.OGP_ACTION_PLAN).country("AZ")
        .title("en", "A plan").languages("en").period("2020/2022")
        .section(Section.builder().number("1").title("en", "A section").build())
        .build();
  }

  @Test
  void anAddedPlanIsContained() {
    Plan plan = plan();
    assertThat(CheckedPlans.add(plan)).isSameAs(plan);

    assertThat(CheckedPlans.contains(plan)).isTrue();
  }

  @Test
  void aPlanNeverAddedIsNotContained() {
    assertThat(CheckedPlans.contains(plan())).isFalse();
  }

  @Test
  void membershipIsByIdentityNotByEquality() {
    Plan added = CheckedPlans.add(plan());
    Plan equalCopy = added.toBuilder().build();

    assertThat(equalCopy).isEqualTo(added);
    assertThat(CheckedPlans.contains(equalCopy)).isFalse();
  }

  @Test
  void nullIsRejected() {
    assertThatNullPointerException().isThrownBy(() -> CheckedPlans.add(null))
        .withMessage("plan");
    assertThatNullPointerException().isThrownBy(() -> CheckedPlans.contains(null))
        .withMessage("plan");
  }
}
