package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.ERROR;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withInstitution;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class InstitutionIdDuplicateTest {

  private static final String RULE = "institution-id-duplicate";

  @Test
  void aSharedIdIsReportedAtTheLaterInstitutionsIdNamingTheFirst() {
    Plan plan = withInstitution(valid(), 2, i -> i.toBuilder().id("ministry-of-justice").build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(ERROR, path("/institutions/2/id"),
            "institution id ministry-of-justice is already used at /institutions/0"));
  }

  @Test
  void distinctIdsAreFine() {
    assertThat(findings(valid(), RULE)).isEmpty();
  }
}
