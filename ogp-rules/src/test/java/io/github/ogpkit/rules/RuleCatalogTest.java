package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.rules.internal.PlanRules;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {

  /** RULES.md's reading-rule table: rule, default. Copied here: tests do not read the spec. */
  private static final List<String> READING_TABLE = List.of(
      "json-syntax | ERROR",
      "duplicate-key | ERROR",
      "unknown-property | ERROR",
      "wrong-type | ERROR",
      "required | ERROR",
      "invalid-value | ERROR",
      "schema-version | ERROR / WARNING");

  /** RULES.md's plan-rule table: rule, ogp-action-plan, national-program. */
  private static final List<String> PLAN_TABLE = List.of(
      "number-duplicate | ERROR | ERROR",
      "number-prefix | ERROR | ERROR",
      "number-sequence | WARNING | WARNING",
      "time-frame-outside-plan | ERROR | WARNING",
      "time-frame-outside-parent | WARNING | WARNING",
      "institution-id-duplicate | ERROR | ERROR",
      "institution-unknown | ERROR | ERROR",
      "institution-parent-cycle | ERROR | ERROR",
      "institution-unused | WARNING | WARNING",
      "institution-name-duplicate | WARNING | WARNING",
      "assignment-duplicate | WARNING | WARNING",
      "assignment-conflict | ERROR | ERROR",
      "measure-without-institution | ERROR | ERROR",
      "executor-collective-only | WARNING | off",
      "independent-body-as-executor | WARNING | off",
      "directed-body-as-recommended | INFO | off",
      "indicator-missing | WARNING | off",
      "language-missing | ERROR | ERROR",
      "translation-missing | INFO | INFO",
      "text-whitespace | INFO | INFO",
      "section-empty | WARNING | WARNING",
      "measure-title-duplicate | WARNING | WARNING",
      "plan-period-too-long | WARNING | off");

  private static String column(List<Severity> severities) {
    return severities.isEmpty() ? "off" : severities.stream().map(Severity::name)
        .collect(Collectors.joining(" / "));
  }

  @Test
  void theReadingRulesMatchRulesMdInOrderAndSeverity() {
    assertThat(RuleCatalog.ofKind(RuleKind.READING)).allSatisfy(r ->
            assertThat(r.defaultSeverities(Profile.OGP_ACTION_PLAN))
                .isEqualTo(r.defaultSeverities(Profile.NATIONAL_PROGRAM)))
        .extracting(r -> r.id() + " | " + column(r.defaultSeverities(Profile.OGP_ACTION_PLAN)))
        .containsExactlyElementsOf(READING_TABLE);
  }

  @Test
  void thePlanRulesMatchRulesMdInOrderAndSeverity() {
    assertThat(RuleCatalog.ofKind(RuleKind.PLAN))
        .extracting(r -> r.id() + " | " + column(r.defaultSeverities(Profile.OGP_ACTION_PLAN))
            + " | " + column(r.defaultSeverities(Profile.NATIONAL_PROGRAM)))
        .containsExactlyElementsOf(PLAN_TABLE);
  }

  @Test
  void allListsTheReadingRulesThenThePlanRules() {
    assertThat(RuleCatalog.all()).hasSize(READING_TABLE.size() + PLAN_TABLE.size());
    assertThat(RuleCatalog.all().subList(0, READING_TABLE.size()))
        .allMatch(r -> r.kind() == RuleKind.READING);
    assertThat(RuleCatalog.ids()).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }

  @Test
  void everyPlanRuleIsImplementedAndNothingElseIs() {
    assertThat(PlanRules.ids()).containsExactlyInAnyOrderElementsOf(
        RuleCatalog.ofKind(RuleKind.PLAN).stream().map(RuleInfo::id).toList());
  }

  @Test
  void onlyRequiredAndInvalidValueOfTheReadingRulesApplyToPlans() {
    assertThat(RuleCatalog.all()).filteredOn(r -> r.kind() == RuleKind.READING)
        .filteredOn(RuleInfo::appliesToPlans).extracting(RuleInfo::id)
        .containsExactly("required", "invalid-value");
    assertThat(RuleCatalog.ofKind(RuleKind.PLAN)).allMatch(RuleInfo::appliesToPlans);
  }

  @Test
  void everyRuleHasAShortEnglishDescription() {
    assertThat(RuleCatalog.all()).allSatisfy(r -> assertThat(r.description())
        .isNotBlank().hasSizeLessThan(200));
  }

  @Test
  void findReturnsTheRuleOrNothing() {
    assertThat(RuleCatalog.find("number-duplicate")).hasValueSatisfying(r ->
        assertThat(r.defaultSeverity(Profile.NATIONAL_PROGRAM)).contains(Severity.ERROR));
    assertThat(RuleCatalog.find("no-such-rule")).isEmpty();
  }

  @Test
  void aRuleDescriptionNamesANullListOfSeverities() {
    assertThatNullPointerException()
        .isThrownBy(() -> new RuleInfo("x", RuleKind.PLAN, "d", null, List.of()))
        .withMessage("ogpActionPlan");
    assertThatNullPointerException()
        .isThrownBy(() -> new RuleInfo("x", RuleKind.PLAN, "d", List.of(), null))
        .withMessage("nationalProgram");
  }
}
