package io.github.ogpkit.rules.internal.rule;

import static io.github.ogpkit.model.report.Severity.INFO;
import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static io.github.ogpkit.testing.generator.PlanEdits.withSection;
import static io.github.ogpkit.testing.generator.SamplePlans.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Test;

class TextWhitespaceTest {

  private static final String RULE = "text-whitespace";

  private static Plan titled(String title) {
    return withSection(valid(), 0, s -> s.toBuilder().title(LocalizedText.of("en", title))
        .build());
  }

  @Test
  void leadingAndTrailingWhiteSpaceIsReportedOnceAtTheEntry() {
    assertThat(findings(titled(" Access to information\t"), RULE))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .containsExactly(tuple(INFO, path("/sections/0/title/en"),
            "the en text has leading white space, trailing white space"));
  }

  @Test
  void aLineBreakIsReported() {
    assertThat(findings(titled("Access to\ninformation"), RULE)).extracting(Finding::message)
        .containsExactly("the en text has a line break");
  }

  @Test
  void aRunOfTwoSpacesIsReportedButOneSpaceIsNot() {
    assertThat(findings(titled("Access  to information"), RULE)).extracting(Finding::message)
        .containsExactly("the en text has a run of two or more spaces");
    assertThat(findings(titled("Access to information"), RULE)).isEmpty();
  }

  @Test
  void cleanTextsAreFine() {
    assertThat(findings(valid(), RULE)).isEmpty();
  }
}
