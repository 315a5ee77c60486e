package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withSection;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Provision;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.report.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionEmptyTest {

  private static final String RULE = "section-empty";

  @Test
  void aSectionWithNothingInItIsReportedAtTheSection() {
    Plan plan = valid().toBuilder()
        .section(Section.builder().number("3").title("en", "Monitoring").build()).build();
    assertThat(findings(plan, RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(WARNING, path("/sections/2"),
            "section 3 has no measures, subsections or provisions"));
  }

  @Test
  void aSectionWithOnlyProvisionsOrOnlySubsectionsIsNotEmpty() {
    Plan provisions = valid().toBuilder().section(Section.builder().number("3")
        .title("en", "Monitoring").provision(Provision.of("3.1", "en", "Reports")).build())
        .build();
    assertThat(findings(provisions, RULE)).isEmpty();
    Plan subsections = withSection(valid(), 1, s -> s.toBuilder()
        .provisions(List.of()).section(Section.builder().number("2.2").title("en", "Sub")
            .provision(Provision.of("2.2.1", "en", "Reports")).build()).build());
    assertThat(findings(subsections, RULE)).isEmpty();
  }

  @Test
  void anEmptySubsectionIsReported() {
    Plan plan = withSection(valid(), 1, s -> s.toBuilder().provisions(List.of())
        .section(Section.builder().number("2.2").title("en", "Sub").build()).build());
    assertThat(findings(plan, RULE)).extracting(Finding::path)
        .containsExactly(path("/sections/1/sections/0"));
  }
}
