package io.github.ogpkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.rules.internal.PlanRules;
import io.github.ogpkit.rules.internal.monitoring.MonitoringRules;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

  /**
   * RULES-1.1.md's severity table, transcribed: rule, ogp-action-plan, executive-order,
   * national-program (E error, W warning, I info, - off). Copied here: tests do not read the spec.
   */
  private static final List<String> PLAN_TABLE = List.of(
      "number-duplicate | E | E | E",
      "number-prefix | E | E | E",
      "number-sequence | W | W | W",
      "time-frame-missing | W | E | E",
      "time-frame-outside-plan | W | E | W",
      "time-frame-outside-parent | W | W | W",
      "institution-id-duplicate | E | E | E",
      "institution-unknown | E | E | E",
      "institution-parent-cycle | E | E | E",
      "institution-unused | W | W | W",
      "institution-name-duplicate | W | W | W",
      "assignment-duplicate | W | W | W",
      "assignment-conflict | E | E | E",
      "assignment-overlap | W | W | W",
      "measure-without-institution | W | E | E",
      "lead-missing | W | I | -",
      "executor-collective-only | W | W | -",
      "independent-body-as-executor | - | W | -",
      "directed-body-as-recommended | - | I | -",
      "indicator-missing | I | W | -",
      "language-missing | E | E | E",
      "translation-missing | I | I | I",
      "text-whitespace | I | I | I",
      "section-empty | W | W | W",
      "measure-title-duplicate | W | W | W",
      "plan-period-too-long | W | W | -",
      "ogp-id-duplicate | E | E | E",
      "code-duplicate | W | W | W",
      "ogp-values-missing | I | - | -",
      "policy-area-unknown | I | I | I",
      "jurisdiction-missing | E | E | -");

  /**
   * MONITORING.md's rules, transcribed: rule and severity (all profiles). Copied here: tests do
   * not read the spec. {@code jurisdiction-missing} is also a plan rule: it is checked apart.
   */
  private static final List<String> MONITORING_TABLE = List.of(
      "reference-unknown | ERROR",
      "reference-duplicate | ERROR",
      "reference-missing | ERROR",
      "plan-unknown | WARNING",
      "as-of-outside-plan | WARNING",
      "star-criteria | ERROR",
      "star-unmarked | INFO",
      "field-not-in-product | WARNING",
      "status-regression | WARNING",
      "status-history-order | ERROR",
      "status-repeated | WARNING",
      "status-after-withdrawal | ERROR",
      "plan-overlap | WARNING",
      "plan-while-not-active | INFO");

  /**
   * RULES.md 1.0's plan-rule table, ogp-action-plan column: what executive-order keeps for every
   * 1.0 rule (RULES-1.1: "1.0's ogp-action-plan severities for every 1.0 rule").
   */
  private static final List<String> OGP_ACTION_PLAN_1_0 = List.of(
      "number-duplicate | E", "number-prefix | E", "number-sequence | W",
      "time-frame-outside-plan | E", "time-frame-outside-parent | W",
      "institution-id-duplicate | E", "institution-unknown | E", "institution-parent-cycle | E",
      "institution-unused | W", "institution-name-duplicate | W", "assignment-duplicate | W",
      "assignment-conflict | E", "measure-without-institution | E",
      "executor-collective-only | W", "independent-body-as-executor | W",
      "directed-body-as-recommended | I", "indicator-missing | W", "language-missing | E",
      "translation-missing | I", "text-whitespace | I", "section-empty | W",
      "measure-title-duplicate | W", "plan-period-too-long | W");

  private static String letter(Profile profile, RuleInfo rule) {
    return rule.defaultSeverity(profile).map(s -> s.name().substring(0, 1)).orElse("-");
  }

  private static String column(List<Severity> severities) {
    return severities.isEmpty() ? "off" : severities.stream().map(Severity::name)
        .collect(Collectors.joining(" / "));
  }

  @Test
  void theReadingRulesMatchRulesMdInOrderAndSeverity() {
    assertThat(RuleCatalog.ofKind(RuleKind.READING)).allSatisfy(r -> {
      assertThat(r.defaultSeverities(Profile.OGP_ACTION_PLAN))
          .isEqualTo(r.defaultSeverities(Profile.NATIONAL_PROGRAM));
      assertThat(r.defaultSeverities(Profile.EXECUTIVE_ORDER))
          .isEqualTo(r.defaultSeverities(Profile.NATIONAL_PROGRAM));
    })
        .extracting(r -> r.id() + " | " + column(r.defaultSeverities(Profile.OGP_ACTION_PLAN)))
        .containsExactlyElementsOf(READING_TABLE);
  }

  @Test
  void thePlanRulesMatchRules11InOrderAndSeverityInEveryProfile() {
    assertThat(RuleCatalog.ofKind(RuleKind.PLAN))
        .extracting(r -> r.id() + " | " + letter(Profile.OGP_ACTION_PLAN, r)
            + " | " + letter(Profile.EXECUTIVE_ORDER, r)
            + " | " + letter(Profile.NATIONAL_PROGRAM, r))
        .containsExactlyElementsOf(PLAN_TABLE);
  }

  @Test
  void theMonitoringRulesMatchMonitoringMdInOrderWithOneSeverityInEveryProfile() {
    assertThat(RuleCatalog.ofKind(RuleKind.MONITORING)).allSatisfy(r -> {
      for (Profile p : Profile.values()) {
        assertThat(r.defaultSeverities(p)).as(r.id() + " in " + p).isEqualTo(r.monitoring());
      }
      assertThat(r.appliesToPlans()).as(r.id()).isFalse();
      assertThat(r.appliesToMonitoring()).as(r.id()).isTrue();
    })
        .extracting(r -> r.id() + " | " + column(r.monitoring()))
        .containsExactlyElementsOf(MONITORING_TABLE);
  }

  @Test
  void everyRuleOfMonitoringMdIsInTheCatalogJurisdictionMissingAsAPlanRuleThatChecksMembersToo() {
    for (String row : MONITORING_TABLE) {
      String id = row.substring(0, row.indexOf(' '));
      assertThat(RuleCatalog.find(id)).as(id).isPresent();
    }
    RuleInfo jurisdiction = RuleCatalog.find("jurisdiction-missing").orElseThrow();
    assertThat(jurisdiction.kind()).isEqualTo(RuleKind.PLAN);
    assertThat(jurisdiction.monitoringSeverity()).contains(Severity.ERROR);
    assertThat(jurisdiction.defaultSeverity(Profile.NATIONAL_PROGRAM)).isEmpty();
    assertThat(RuleCatalog.all()).filteredOn(RuleInfo::appliesToMonitoring)
        .extracting(RuleInfo::id).containsExactlyInAnyOrderElementsOf(
            Stream.concat(MONITORING_TABLE.stream()
                .map(row -> row.substring(0, row.indexOf(' '))),
                Stream.of("jurisdiction-missing")).toList());
  }

  @Test
  void everyMonitoringRuleIsImplementedAndNothingElseIs() {
    assertThat(MonitoringRules.ids()).containsExactlyInAnyOrderElementsOf(RuleCatalog.all()
        .stream().filter(RuleInfo::appliesToMonitoring).map(RuleInfo::id).toList());
  }

  @Test
  void executiveOrderKeeps10sOgpActionPlanSeveritiesForEvery10Rule() {
    for (String row : OGP_ACTION_PLAN_1_0) {
      String rule = row.substring(0, row.indexOf(' '));
      assertThat(rule + " | " + letter(Profile.EXECUTIVE_ORDER,
          RuleCatalog.find(rule).orElseThrow())).isEqualTo(row);
    }
  }

  @Test
  void eachPlanRuleHasOneSeverityAtMostPerProfile() {
    for (Profile p : Profile.values()) {
      assertThat(RuleCatalog.ofKind(RuleKind.PLAN))
          .allSatisfy(r -> assertThat(r.defaultSeverities(p)).hasSizeLessThan(2));
    }
  }

  @Test
  void allListsTheReadingRulesThenThePlanRulesThenTheMonitoringRules() {
    assertThat(RuleCatalog.all()).hasSize(READING_TABLE.size() + PLAN_TABLE.size()
        + MONITORING_TABLE.size());
    assertThat(RuleCatalog.all()).extracting(RuleInfo::kind).isSorted();
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
    assertThatNullPointerException()
        .isThrownBy(() -> new RuleInfo("x", RuleKind.PLAN, "d", List.of(), List.of(), null))
        .withMessage("executiveOrder");
    assertThatNullPointerException()
        .isThrownBy(() -> new RuleInfo("x", RuleKind.PLAN, "d", List.of(), List.of(), List.of(),
            null))
        .withMessage("monitoring");
  }

  @Test
  void aRuleDescriptionOfTwoProfilesKeepsOgpActionPlansSeveritiesInExecutiveOrder() {
    RuleInfo rule = new RuleInfo("x", RuleKind.PLAN, "d", List.of(Severity.ERROR), List.of());
    assertThat(rule.defaultSeverity(Profile.EXECUTIVE_ORDER)).contains(Severity.ERROR);
    assertThat(rule.defaultSeverity(Profile.NATIONAL_PROGRAM)).isEmpty();
    assertThat(rule.appliesToMonitoring()).isFalse();
    assertThat(rule.monitoringSeverity()).isEmpty();
  }
}
