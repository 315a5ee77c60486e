package io.github.ogpkit.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.rules.internal.rule.AssignmentConflict;
import io.github.ogpkit.rules.internal.rule.AssignmentDuplicate;
import io.github.ogpkit.rules.internal.rule.AssignmentOverlap;
import io.github.ogpkit.rules.internal.rule.CodeDuplicate;
import io.github.ogpkit.rules.internal.rule.DirectedBodyAsRecommended;
import io.github.ogpkit.rules.internal.rule.ExecutorCollectiveOnly;
import io.github.ogpkit.rules.internal.rule.IndependentBodyAsExecutor;
import io.github.ogpkit.rules.internal.rule.IndicatorMissing;
import io.github.ogpkit.rules.internal.rule.InstitutionIdDuplicate;
import io.github.ogpkit.rules.internal.rule.InstitutionNameDuplicate;
import io.github.ogpkit.rules.internal.rule.InstitutionParentCycle;
import io.github.ogpkit.rules.internal.rule.InstitutionUnknown;
import io.github.ogpkit.rules.internal.rule.InstitutionUnused;
import io.github.ogpkit.rules.internal.rule.JurisdictionMissing;
import io.github.ogpkit.rules.internal.rule.LanguageMissing;
import io.github.ogpkit.rules.internal.rule.LeadMissing;
import io.github.ogpkit.rules.internal.rule.MeasureTitleDuplicate;
import io.github.ogpkit.rules.internal.rule.MeasureWithoutInstitution;
import io.github.ogpkit.rules.internal.rule.NumberDuplicate;
import io.github.ogpkit.rules.internal.rule.NumberPrefix;
import io.github.ogpkit.rules.internal.rule.NumberSequence;
import io.github.ogpkit.rules.internal.rule.OgpIdDuplicate;
import io.github.ogpkit.rules.internal.rule.OgpValuesMissing;
import io.github.ogpkit.rules.internal.rule.PlanPeriodTooLong;
import io.github.ogpkit.rules.internal.rule.PolicyAreaUnknown;
import io.github.ogpkit.rules.internal.rule.SectionEmpty;
import io.github.ogpkit.rules.internal.rule.TextWhitespace;
import io.github.ogpkit.rules.internal.rule.TimeFrameMissing;
import io.github.ogpkit.rules.internal.rule.TimeFrameOutsideParent;
import io.github.ogpkit.rules.internal.rule.TimeFrameOutsidePlan;
import io.github.ogpkit.rules.internal.rule.TranslationMissing;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The implementations of the plan rules, by id, and a choice of them: which rule to make for each
 * id a profile turns on, looked up once per validator rather than for every plan. Internal;
 * immutable.
 */
@API(status = INTERNAL, since = "0.1")
public final class PlanRules {

  private static final RuleFactories<PlanRule> FACTORIES = factories();

  private final List<Supplier<PlanRule>> chosen;
  // Which of the chosen rules check each kind of part, by position: found once per validator
  // rather than by a type test of every rule for every kind on every walk.
  private final PlanWalker.Dispatch dispatch;

  private PlanRules(List<Supplier<PlanRule>> chosen) {
    this.chosen = chosen;
    PlanRule[] samples = new PlanRule[chosen.size()];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = chosen.get(i).get();
    }
    this.dispatch = PlanWalker.Dispatch.of(samples);
  }

  private static RuleFactories<PlanRule> factories() {
    List<Supplier<PlanRule>> all = List.of(NumberDuplicate::new, NumberPrefix::new,
        NumberSequence::new, TimeFrameMissing::new, TimeFrameOutsidePlan::new,
        TimeFrameOutsideParent::new, InstitutionIdDuplicate::new, InstitutionUnknown::new,
        InstitutionParentCycle::new, InstitutionUnused::new, InstitutionNameDuplicate::new,
        AssignmentDuplicate::new, AssignmentConflict::new, AssignmentOverlap::new,
        MeasureWithoutInstitution::new, LeadMissing::new, ExecutorCollectiveOnly::new,
        IndependentBodyAsExecutor::new, DirectedBodyAsRecommended::new, IndicatorMissing::new,
        LanguageMissing::new, TranslationMissing::new, TextWhitespace::new, SectionEmpty::new,
        MeasureTitleDuplicate::new, PlanPeriodTooLong::new, OgpIdDuplicate::new,
        CodeDuplicate::new, OgpValuesMissing::new, PolicyAreaUnknown::new,
        JurisdictionMissing::new);
    return RuleFactories.of(all, PlanRule::id);
  }

  /**
   * Returns the ids of the implemented rules.
   *
   * @return the ids, immutable
   */
  public static Set<String> ids() {
    return FACTORIES.ids();
  }

  /**
   * Chooses the rules to run.
   *
   * @param ids the ids of the rules to run, in order, not null; ids of rules that are not plan
   *     rules are ignored
   * @return the choice, not null
   */
  public static PlanRules of(Collection<String> ids) {
    return new PlanRules(FACTORIES.choose(ids));
  }

  /**
   * Makes fresh instances of the chosen rules, for one walk.
   *
   * @return the rules, in order, not null
   */
  public PlanRule[] create() {
    PlanRule[] rules = new PlanRule[chosen.size()];
    for (int i = 0; i < rules.length; i++) {
      rules[i] = chosen.get(i).get();
    }
    return rules;
  }

  /**
   * Runs fresh instances of the chosen rules over a plan.
   *
   * @param walk the walk, holding the plan and collecting the findings, not null
   */
  public void run(Walk walk) {
    PlanWalker.run(walk, create(), dispatch);
  }
}
