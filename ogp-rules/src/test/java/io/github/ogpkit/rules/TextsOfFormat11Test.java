package io.github.ogpkit.rules;

import static io.github.ogpkit.rules.StandardValidation.findings;
import static io.github.ogpkit.rules.StandardValidation.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Link;
import io.github.ogpkit.model.LinkRel;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.testing.generator.PlanEdits;
import io.github.ogpkit.testing.generator.SamplePlans;
import org.junit.jupiter.api.Test;

/**
 * The texts of format 1.1 are checked like the others, at their paths; a link's title is checked
 * for white space but not for languages; a code is checked for white space.
 */
class TextsOfFormat11Test {

  private static LocalizedText padded(String text) {
    return LocalizedText.of("en", text + " ");
  }

  private static Link link(LocalizedText title) {
    return Link.of(LinkRel.SOURCE, "https://example.org/plan.pdf").withTitle(title);
  }

  @Test
  void theNewTextsAreCheckedAtTheirPaths() {
    Plan plan = SamplePlans.valid().toBuilder()
        .kind(PlanKind.OGP_LOCAL_ACTION_PLAN)
        .jurisdiction(padded("Nairobi City County"))
        .link(link(padded("The plan")))
        .build();
    plan = PlanEdits.withSection(plan, 0, s -> s.toBuilder().link(link(padded("Chapter")))
        .build());
    plan = PlanEdits.withMeasure(plan, 0, 1, m -> m.toBuilder()
        .problem(padded("Problem")).statusQuo(padded("Status quo"))
        .objective(padded("Objective")).expectedResults(padded("Results"))
        .timeFramePrinted(padded("By fall 2021")).link(link(padded("Evidence")))
        .build());
    assertThat(findings(plan, "text-whitespace")).extracting(Finding::path)
        .containsExactly(
            path("/jurisdiction/en"),
            path("/links/0/title/en"),
            path("/sections/0/links/0/title/en"),
            path("/sections/0/measures/1/problem/en"),
            path("/sections/0/measures/1/statusQuo/en"),
            path("/sections/0/measures/1/objective/en"),
            path("/sections/0/measures/1/expectedResults/en"),
            path("/sections/0/measures/1/timeFramePrinted/en"),
            path("/sections/0/measures/1/links/0/title/en"));
  }

  @Test
  void theLanguagesOfALinksTitleAreNotChecked() {
    Plan plan = SamplePlans.valid().toBuilder().languages("en", "az")
        .link(link(LocalizedText.of("ka", "სამოქმედო გეგმა"))).build();
    assertThat(findings(plan, "language-missing")).extracting(Finding::path)
        .doesNotContain(path("/links/0/title/en"));
    assertThat(findings(plan, "translation-missing")).extracting(Finding::path)
        .doesNotContain(path("/links/0/title/az"))
        .contains(path("/title/az"));
  }

  @Test
  void theLanguagesOfTheOtherNewTextsAreChecked() {
    Plan plan = PlanEdits.withMeasure(SamplePlans.valid(), 0, 1, m -> m.toBuilder()
        .problem(LocalizedText.of("az", "Problem")).build());
    assertThat(findings(plan, "language-missing")).extracting(Finding::path)
        .containsExactly(path("/sections/0/measures/1/problem/en"));
  }

  @Test
  void aCodeWithWhiteSpaceIsReportedAtTheCode() {
    Plan plan = PlanEdits.withMeasure(SamplePlans.valid(), 0, 1, m -> m.toBuilder()
        .code(" C03.1.2").build());
    plan = PlanEdits.withSection(plan, 1, s -> s.toBuilder().code("II  3").build());
    assertThat(findings(plan, "text-whitespace")).extracting(Finding::path, Finding::message)
        .containsExactly(
            tuple(path("/sections/0/measures/1/code"),
                "the code \" C03.1.2\" has leading white space"),
            tuple(path("/sections/1/code"),
                "the code \"II  3\" has a run of two or more spaces"));
  }

  @Test
  void aCleanCodeIsFine() {
    Plan plan = PlanEdits.withMeasure(SamplePlans.valid(), 0, 1, m -> m.toBuilder()
        .code("US0113-1").build());
    assertThat(findings(plan, "text-whitespace")).isEmpty();
  }
}
