package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.Severity;
import org.junit.jupiter.api.Test;

class ProfileTest {

  @Test
  void idsAreSpelledAsInRulesMd() {
    assertThat(Profile.OGP_ACTION_PLAN.id()).isEqualTo("ogp-action-plan");
    assertThat(Profile.EXECUTIVE_ORDER.id()).isEqualTo("executive-order");
    assertThat(Profile.NATIONAL_PROGRAM.id()).isEqualTo("national-program");
    assertThat(Profile.NATIONAL_PROGRAM).hasToString("national-program");
  }

  @Test
  void eachPlanKindSelectsItsProfile() {
    assertThat(Profile.forKind(PlanKind.OGP_ACTION_PLAN)).isEqualTo(Profile.OGP_ACTION_PLAN);
    assertThat(Profile.forKind(PlanKind.NATIONAL_PROGRAM)).isEqualTo(Profile.NATIONAL_PROGRAM);
    assertThat(Profile.forKind(PlanKind.OGP_LOCAL_ACTION_PLAN))
        .isEqualTo(Profile.OGP_ACTION_PLAN);
  }

  @Test
  void byIdFindsAProfileOrNamesTheAcceptedIds() {
    assertThat(Profile.byId("national-program")).isEqualTo(Profile.NATIONAL_PROGRAM);
    assertThatThrownBy(() -> Profile.byId("NATIONAL_PROGRAM"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown profile \"NATIONAL_PROGRAM\"; expected ogp-action-plan,"
            + " executive-order or national-program");
    assertThat(Profile.find("executive-order")).contains(Profile.EXECUTIVE_ORDER);
    assertThat(Profile.find("EXECUTIVE_ORDER")).isEmpty();
  }

  @Test
  void defaultSeveritiesComeFromTheCatalog() {
    assertThat(Profile.OGP_ACTION_PLAN.defaultSeverity("time-frame-outside-plan"))
        .contains(Severity.WARNING);
    assertThat(Profile.EXECUTIVE_ORDER.defaultSeverity("time-frame-outside-plan"))
        .contains(Severity.ERROR);
    assertThat(Profile.NATIONAL_PROGRAM.defaultSeverity("time-frame-outside-plan"))
        .contains(Severity.WARNING);
    assertThat(Profile.NATIONAL_PROGRAM.defaultSeverity("indicator-missing")).isEmpty();
    assertThatThrownBy(() -> Profile.OGP_ACTION_PLAN.defaultSeverity("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown rule \"nope\"; known rules: json-syntax,");
  }
}
