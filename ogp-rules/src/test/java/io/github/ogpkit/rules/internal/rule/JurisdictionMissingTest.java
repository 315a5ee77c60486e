package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.ERROR;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class JurisdictionMissingTest {

  private static final String RULE = "jurisdiction-missing";

  private static Plan local() {
    return valid().toBuilder().kind(PlanKind.OGP_LOCAL_ACTION_PLAN).build();
  }

  @Test
  void aLocalPlanWithoutJurisdictionIsReportedAtTheMissingProperty() {
    assertThat(findings(local(), RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(ERROR, path("/jurisdiction"), "local action plan"
            + " xx-test-2020-2022 names no jurisdiction, the subnational government whose plan"
            + " it is"));
  }

  @Test
  void aLocalPlanWithJurisdictionAndANationalPlanWithoutAreFine() {
    assertThat(findings(local().toBuilder().jurisdiction("en", "Nairobi City County").build(),
        RULE)).isEmpty();
    assertThat(findings(valid(), RULE)).isEmpty();
  }

  @Test
  void itIsAnErrorInExecutiveOrdersAndOffInNationalPrograms() {
    assertThat(findings(local().toBuilder().profile("executive-order").build(), RULE))
        .extracting(Finding::severity).containsExactly(ERROR);
    assertThat(findings(local().toBuilder().profile("national-program").build(), RULE))
        .isEmpty();
  }
}
