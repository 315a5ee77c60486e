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

class InstitutionParentCycleTest {

  private static final String RULE = "institution-parent-cycle";

  @Test
  void everyInstitutionOnACycleIsReportedAtItsParentNamingTheCycle() {
    Plan plan = withInstitution(withInstitution(valid(), 0,
        i -> i.toBuilder().parent("ministry-of-finance").build()), 1,
        i -> i.toBuilder().parent("ministry-of-justice").build());
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(
            tuple(ERROR, path("/institutions/0/parent"), "following parent from institution"
                + " ministry-of-justice comes back to it: ministry-of-justice \u2192"
                + " ministry-of-finance \u2192 ministry-of-justice"),
            tuple(ERROR, path("/institutions/1/parent"), "following parent from institution"
                + " ministry-of-finance comes back to it: ministry-of-finance \u2192"
                + " ministry-of-justice \u2192 ministry-of-finance"));
  }

  @Test
  void anInstitutionThatIsItsOwnParentIsACycle() {
    Plan plan = withInstitution(valid(), 2, i -> i.toBuilder().parent("parliament").build());
    assertThat(findings(plan, RULE)).extracting(Finding::path, Finding::message)
        .containsExactly(tuple(path("/institutions/2/parent"), "following parent from"
            + " institution parliament comes back to it: parliament \u2192 parliament"));
  }

  @Test
  void anInstitutionLeadingIntoACycleIsNotOnIt() {
    Plan plan = withInstitution(withInstitution(valid(), 2,
        i -> i.toBuilder().parent("ministry-of-justice").build()), 0,
        i -> i.toBuilder().parent("ministry-of-justice").build());
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/institutions/0/parent"));
  }

  @Test
  void aChainWithoutCycleIsFine() {
    Plan plan = withInstitution(withInstitution(valid(), 0,
        i -> i.toBuilder().parent("ministry-of-finance").build()), 1,
        i -> i.toBuilder().parent("parliament").build());
    assertThat(findings(plan, RULE)).isEmpty();
  }
}
