package io.github.ogpkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.rules.RuleCatalog;
import io.github.ogpkit.rules.RuleInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a profile turns on are made by their ids, and each answers the id it was made for. */
class PlanRulesTest {

  @Test
  void eachRuleMadeForAnIdAnswersThatId() {
    for (String id : PlanRules.ids()) {
      PlanRule[] made = PlanRules.of(List.of(id)).create();
      assertThat(made).as(id).hasSize(1);
      assertThat(made[0].id()).isEqualTo(id);
    }
  }

  @Test
  void idsOfOtherRulesAreIgnoredAndTheOrderIsKept() {
    PlanRule[] made = PlanRules.of(List.of("section-empty", RuleCatalog.REQUIRED,
        "number-duplicate")).create();
    assertThat(made).extracting(PlanRule::id).containsExactly("section-empty",
        "number-duplicate");
  }

  @Test
  void eachWalkGetsFreshRules() {
    PlanRules chosen = PlanRules.of(List.of("number-duplicate"));
    assertThat(chosen.create()[0]).isNotSameAs(chosen.create()[0]);
  }

  @Test
  void theCatalogListsEveryRuleIdInItsOrder() {
    assertThat(RuleCatalog.ids()).isEqualTo(
        RuleCatalog.all().stream().map(RuleInfo::id).toList());
    assertThat(RuleCatalog.ids()).startsWith("json-syntax").endsWith("plan-while-not-active");
  }
}
