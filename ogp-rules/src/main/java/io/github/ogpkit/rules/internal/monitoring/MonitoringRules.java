package io.github.ogpkit.rules.internal.monitoring;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.ogpkit.rules.internal.RuleFactories;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The implementations of the monitoring rules, by id, and a choice of them: those the validator's
 * severities turn on, looked up once per validator. Internal; immutable.
 */
@API(status = INTERNAL, since = "0.2")
public final class MonitoringRules {

  private static final RuleFactories<MonitoringRule> FACTORIES = factories();

  private final List<Supplier<MonitoringRule>> chosen;

  private MonitoringRules(List<Supplier<MonitoringRule>> chosen) {
    this.chosen = chosen;
  }

  private static RuleFactories<MonitoringRule> factories() {
    List<Supplier<MonitoringRule>> all = List.of(ReferenceUnknown::new,
        ReferenceDuplicate::new, ReferenceMissing::new, PlanUnknown::new, AsOfOutsidePlan::new,
        StarCriteria::new, StarUnmarked::new, FieldNotInProduct::new, StatusRegression::new,
        StatusHistoryOrder::new, StatusRepeated::new, StatusAfterWithdrawal::new,
        PlanOverlap::new, PlanWhileNotActive::new, MemberJurisdictionMissing::new);
    return RuleFactories.of(all, MonitoringRule::id);
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
   * @param ids the ids of the rules to run, in order, not null; ids of rules that check no
   *     monitoring document are ignored
   * @return the choice, not null
   */
  public static MonitoringRules of(Collection<String> ids) {
    return new MonitoringRules(FACTORIES.choose(ids));
  }

  /**
   * Runs fresh instances of the chosen rules over a dataset.
   *
   * @param walk the walk, holding the dataset and collecting the findings, not null
   */
  public void run(DatasetWalk walk) {
    for (Supplier<MonitoringRule> f : chosen) {
      f.get().check(walk);
    }
  }
}
