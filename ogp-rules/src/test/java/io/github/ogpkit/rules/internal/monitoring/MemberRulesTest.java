package io.github.ogpkit.rules.internal.monitoring;

import static io.github.ogpkit.model.MemberStatus.ACTIVE;
import static io.github.ogpkit.model.MemberStatus.INACTIVE;
import static io.github.ogpkit.model.MemberStatus.SUSPENDED;
import static io.github.ogpkit.model.MemberStatus.UNDER_PROCEDURAL_REVIEW;
import static io.github.ogpkit.model.MemberStatus.WITHDRAWN;
import static io.github.ogpkit.model.report.Severity.ERROR;
import static io.github.ogpkit.model.report.Severity.INFO;
import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.change;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.findings;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.findingsInAzerbaijani;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.MemberType;
import io.github.ogpkit.model.PlanRef;
import io.github.ogpkit.model.StatusChange;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.rules.OgpValidator;
import io.github.ogpkit.rules.Profile;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules about a member: its status history, its action plans, its jurisdiction. */
class MemberRulesTest {

  private static List<Finding> of(String rule, Member m) {
    return findings(rule, m, m);
  }

  private static Member history(StatusChange... changes) {
    return member(List.of(changes));
  }

  private static JsonPointer path(String pointer) {
    return JsonPointer.parse(pointer);
  }

  /**
   * Azerbaijan: joined 2011, inactive from 4 May 2016, suspended from 5 December 2018; plans
   * 2012/2015, 2016/2018 and 2020/2022.
   */
  static Member azerbaijan() {
    return Member.builder().id("azerbaijan").name("en", "Azerbaijan")
        .memberType(MemberType.NATIONAL).country("AZ").joined("2011")
        .statusChange(change(ACTIVE, "2011"))
        .statusChange(change(INACTIVE, "2016-05-04"))
        .statusChange(change(SUSPENDED, "2018-12-05"))
        .actionPlan(PlanRef.of("az-2012-2015", "2012/2015"))
        .actionPlan(PlanRef.of("az-2016-2018", "2016/2018"))
        .actionPlan(PlanRef.of("az-2020-2022", "2020/2022"))
        .build();
  }

  @Nested
  class StatusHistoryOrder {
    private static final String RULE = "status-history-order";

    @Test
    void aChangeBeforeTheLatestChangeListedBeforeItIsReportedAtIt() {
      assertThat(of(RULE, history(change(ACTIVE, "2011"), change(INACTIVE, "2016-05-04"),
          change(SUSPENDED, "2015"), change(ACTIVE, "2019"))))
          .extracting(Finding::severity, Finding::path, Finding::message)
          .containsExactly(tuple(ERROR, path("/statusHistory/2"), "the change from 2015 comes"
              + " after the change from 2016-05-04 at /statusHistory/1: the changes are not in"
              + " time order"));
    }

    @Test
    void aFirstChangeBeforeJoiningIsReportedAtIt() {
      assertThat(of(RULE, history(change(ACTIVE, "2010-12-31"))))
          .extracting(Finding::path, Finding::message)
          .containsExactly(tuple(path("/statusHistory/0"),
              "the first status change, from 2010-12-31, is before the member joined (2011)"));
    }

    @Test
    void changesOnTheSameFirstDayAreInOrderEitherWay() {
      assertThat(of(RULE, history(change(ACTIVE, "2011"), change(INACTIVE, "2016"),
          change(SUSPENDED, "2016-01-01")))).isEmpty();
      assertThat(of(RULE, history(change(ACTIVE, "2011-01-01"), change(INACTIVE, "2011"))))
          .isEmpty();
      assertThat(of(RULE, azerbaijan())).isEmpty();
    }
  }

  @Nested
  class StatusRepeated {
    private static final String RULE = "status-repeated";

    @Test
    void twoConsecutiveChangesToOneStatusAreReportedAtTheLater() {
      assertThat(of(RULE, history(change(ACTIVE, "2011"), change(INACTIVE, "2016"),
          change(INACTIVE, "2017"))))
          .extracting(Finding::severity, Finding::path, Finding::message)
          .containsExactly(tuple(WARNING, path("/statusHistory/2"), "the status changes to"
              + " inactive again: the change at /statusHistory/1 already made it inactive"));
    }

    @Test
    void theSameStatusWithAnotherBetweenIsFine() {
      assertThat(of(RULE, history(change(ACTIVE, "2011"), change(INACTIVE, "2016"),
          change(ACTIVE, "2017"), change(INACTIVE, "2018")))).isEmpty();
    }

    @Test
    void speaksAzerbaijani() {
      Member m = history(change(ACTIVE, "2011"), change(INACTIVE, "2016"),
          change(INACTIVE, "2017"));
      assertThat(findingsInAzerbaijani(RULE, m, m)).extracting(Finding::message)
          .containsExactly("status yenidən \"qeyri-aktiv\" olur: /statusHistory/1 ünvanındakı"
              + " dəyişiklik onu artıq \"qeyri-aktiv\" edib");
    }
  }

  @Nested
  class StatusAfterWithdrawal {
    private static final String RULE = "status-after-withdrawal";

    @Test
    void everyChangeAfterAWithdrawalIsReportedNamingIt() {
      assertThat(of(RULE, history(change(ACTIVE, "2011"), change(WITHDRAWN, "2015"),
          change(ACTIVE, "2017"), change(INACTIVE, "2018"))))
          .extracting(Finding::severity, Finding::path, Finding::message)
          .containsExactly(
              tuple(ERROR, path("/statusHistory/2"),
                  "the status changes to active after the member withdrew at /statusHistory/1"),
              tuple(ERROR, path("/statusHistory/3"),
                  "the status changes to inactive after the member withdrew at /statusHistory/1"));
    }

    @Test
    void aWithdrawalAtTheEndIsFine() {
      assertThat(of(RULE, history(change(ACTIVE, "2011"), change(WITHDRAWN, "2015")))).isEmpty();
    }
  }

  @Nested
  class PlanOverlap {
    private static final String RULE = "plan-overlap";

    private List<Finding> plans(String... periods) {
      PlanRef[] refs = new PlanRef[periods.length];
      for (int i = 0; i < periods.length; i++) {
        refs[i] = PlanRef.of("p" + i, periods[i]);
      }
      return of(RULE, member(refs));
    }

    @Test
    void theYearlySuccessionIsNoOverlap() {
      assertThat(plans("2012/2014", "2014/2016", "2016/2018", "2018/2020")).isEmpty();
      assertThat(plans("2018/2020", "2016/2018")).isEmpty();
      assertThat(plans("2017/2018", "2018")).isEmpty();
      assertThat(plans("2012/2015", "2016/2018")).isEmpty();
    }

    @Test
    void aRealOverlapIsReportedAtTheLaterPlanNamingTheFirst() {
      assertThat(plans("2016/2018", "2017/2019"))
          .extracting(Finding::severity, Finding::path, Finding::message)
          .containsExactly(tuple(WARNING, path("/actionPlans/1"),
              "action plan p1 (2017/2019) overlaps action plan p0 (2016/2018) at /actionPlans/0"));
    }

    @Test
    void aSharedTimeNotWrittenAsAWholeYearIsAnOverlap() {
      assertThat(plans("2016-07/2018-06", "2018-06/2020-06")).hasSize(1);
      assertThat(plans("2016/2018", "2018-07/2020")).hasSize(1);
      assertThat(plans("2016/2018-12", "2018/2020")).hasSize(1);
      assertThat(plans("2016/2018", "2018/2018-06")).hasSize(1);
    }

    @Test
    void twoPlansOfTheSameYearAreAnOverlap() {
      assertThat(plans("2018", "2018")).hasSize(1);
    }

    @Test
    void anOpenEndRunsOn() {
      assertThat(plans("2016/..", "2020/2022")).hasSize(1);
      assertThat(plans("../2015", "2016/2018")).isEmpty();
      assertThat(plans("2016/2018", "permanent")).hasSize(1);
    }

    @Test
    void eachLaterPlanIsReportedOnceNamingTheFirstItOverlaps() {
      assertThat(plans("2016/2017", "2017-01/2017-06", "2017-03/2019"))
          .extracting(Finding::path, Finding::message)
          .containsExactly(
              tuple(path("/actionPlans/1"), "action plan p1 (2017-01/2017-06) overlaps action"
                  + " plan p0 (2016/2017) at /actionPlans/0"),
              tuple(path("/actionPlans/2"), "action plan p2 (2017-03/2019) overlaps action"
                  + " plan p0 (2016/2017) at /actionPlans/0"));
    }
  }

  @Nested
  class PlanWhileNotActive {
    private static final String RULE = "plan-while-not-active";

    @Test
    void azerbaijansPlansRanWhileItWasInactiveAndSuspended() {
      assertThat(of(RULE, azerbaijan()))
          .extracting(Finding::severity, Finding::path, Finding::message)
          .containsExactly(
              tuple(INFO, path("/actionPlans/1/period"), "action plan az-2016-2018 (2016/2018)"
                  + " runs while member azerbaijan was inactive, from 2016-05-04 to 2018-12-05"),
              tuple(INFO, path("/actionPlans/1/period"), "action plan az-2016-2018 (2016/2018)"
                  + " runs while member azerbaijan was suspended, from 2018-12-05 on"),
              tuple(INFO, path("/actionPlans/2/period"), "action plan az-2020-2022 (2020/2022)"
                  + " runs while member azerbaijan was suspended, from 2018-12-05 on"));
    }

    @Test
    void aStatusPeriodRunsFromItsChangeUpToTheNextChange() {
      Member m = member(List.of(change(ACTIVE, "2011"), change(UNDER_PROCEDURAL_REVIEW, "2016"),
          change(ACTIVE, "2017-01-01")), PlanRef.of("before", "2012/2015"),
          PlanRef.of("after", "2017/2018"), PlanRef.of("last-day", "2014/2016-12-31"));
      assertThat(of(RULE, m)).extracting(Finding::path, Finding::message)
          .containsExactly(tuple(path("/actionPlans/2/period"), "action plan last-day"
              + " (2014/2016-12-31) runs while member xx was under procedural review, from 2016"
              + " to 2017-01-01"));
    }

    @Test
    void aPlanStartingOnTheDayOfTheChangeOverlapsIt() {
      Member m = member(List.of(change(ACTIVE, "2011"), change(SUSPENDED, "2018-12-05")),
          PlanRef.of("a", "2018-12-05/2019"), PlanRef.of("b", "2012/2018-12-04"));
      assertThat(of(RULE, m)).extracting(Finding::path)
          .containsExactly(path("/actionPlans/0/period"));
    }

    @Test
    void anActiveOrWithdrawnMemberIsFine() {
      assertThat(of(RULE, member(List.of(change(ACTIVE, "2011"), change(WITHDRAWN, "2019")),
          PlanRef.of("a", "2016/2020")))).isEmpty();
    }

    @Test
    void speaksAzerbaijani() {
      Member m = member(List.of(change(ACTIVE, "2011"), change(SUSPENDED, "2018-12-05")),
          PlanRef.of("az-2020-2022", "2020/2022"));
      assertThat(findingsInAzerbaijani(RULE, m, m)).extracting(Finding::message)
          .containsExactly("az-2020-2022 fəaliyyət planının dövrü (2020/2022) xx üzvünün"
              + " 2018-12-05 tarixindən \"üzvlüyü dayandırılmış\" statusunda olduğu vaxta düşür");
    }
  }

  @Nested
  class JurisdictionMissing {
    private static final String RULE = "jurisdiction-missing";

    private static Member local() {
      return member().toBuilder().memberType(MemberType.LOCAL).build();
    }

    @Test
    void aLocalMemberWithoutJurisdictionIsReportedAtTheMissingProperty() {
      assertThat(of(RULE, local()))
          .extracting(Finding::severity, Finding::path, Finding::message)
          .containsExactly(tuple(ERROR, path("/jurisdiction"), "local member xx names no"
              + " jurisdiction, the subnational government it is"));
    }

    @Test
    void aLocalMemberWithJurisdictionAndANationalOneWithoutAreFine() {
      assertThat(of(RULE, local().toBuilder().jurisdiction("en", "Nairobi City County").build()))
          .isEmpty();
      assertThat(of(RULE, member())).isEmpty();
    }

    @Test
    void itIsAnErrorOnMembersWhateverTheProfileAlthoughNationalProgramsTurnThePlanRuleOff() {
      Member m = local();
      assertThat(OgpValidator.builder().profile(Profile.NATIONAL_PROGRAM).build()
          .validate(Dataset.of(m)).reportFor(m).forRule(RULE).findings())
          .extracting(Finding::severity).containsExactly(ERROR);
    }
  }
}
