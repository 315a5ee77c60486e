package io.github.ogpkit.rules.internal.monitoring;

import static io.github.ogpkit.model.report.Severity.WARNING;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.entry;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.findings;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.findingsInAzerbaijani;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.irm;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.member;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.plan;
import static io.github.ogpkit.rules.internal.monitoring.Monitoring.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.model.Assessment;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.PlanRef;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules about a report's plan: plan-unknown and as-of-outside-plan. */
class PlanRulesOfReportsTest {

  private static ProgressReport asOf(String asOf) {
    return report("gov", asOf, entry("1.1", ProgressStatus.LIMITED));
  }

  @Nested
  class PlanUnknown {
    private static final String RULE = "plan-unknown";

    @Test
    void aReportOnAPlanTheDatasetLacksIsReportedAtItsPlanWhenTheDatasetHasAPlan() {
      ProgressReport r = asOf("2017-06-30");
      IrmAssessment a = irm("irm", Assessment.builder().measure("1").build());
      assertThat(findings(RULE, r, plan().toBuilder().id("xx-other").build(), r, a))
          .extracting(Finding::severity, Finding::path, Finding::message)
          .containsExactly(tuple(WARNING, JsonPointer.parse("/plan"),
              "plan xx-2016-2018 is not among the documents validated with this one"));
      assertThat(findings(RULE, a, plan().toBuilder().id("xx-other").build(), r, a)).hasSize(1);
    }

    @Test
    void aReportWithItsPlanIsFine() {
      ProgressReport r = asOf("2017-06-30");
      assertThat(findings(RULE, r, plan(), r)).isEmpty();
    }

    @Test
    void aDatasetWithoutPlansChecksReportsAlone() {
      ProgressReport r = asOf("2017-06-30");
      Member m = member(PlanRef.of("xx-elsewhere", "2016/2018"));
      assertThat(findings(RULE, r, r)).isEmpty();
      assertThat(findings(RULE, r, r, m)).isEmpty();
    }

    @Test
    void aMembersActionPlansAreNotCheckedAgainstTheDataset() {
      Member m = member(PlanRef.of("xx-elsewhere", "2016/2018"));
      assertThat(findings(RULE, m, plan(), m)).isEmpty();
    }
  }

  @Nested
  class AsOfOutsidePlan {
    private static final String RULE = "as-of-outside-plan";

    @Test
    void theDayBeforeThePlanStartsIsReportedAtAsOfNamingThePlan() {
      ProgressReport r = asOf("2015-12-31");
      assertThat(findings(RULE, r, plan(), r))
          .extracting(Finding::severity, Finding::path, Finding::message)
          .containsExactly(tuple(WARNING, JsonPointer.parse("/asOf"),
              "asOf 2015-12-31 is before the period 2016/2018 of plan xx-2016-2018 starts"));
    }

    @Test
    void theFirstDayAndExactlyTwoYearsAfterTheLastDayAreWithin() {
      for (String day : new String[] {"2016-01-01", "2018-12-31", "2020-12-31"}) {
        ProgressReport r = asOf(day);
        assertThat(findings(RULE, r, plan(), r)).as(day).isEmpty();
      }
    }

    @Test
    void aDayMoreThanTwoYearsAfterThePlanEndsIsReported() {
      ProgressReport r = asOf("2021-01-01");
      assertThat(findings(RULE, r, plan(), r)).extracting(Finding::message)
          .containsExactly("asOf 2021-01-01 is more than two years after the period 2016/2018"
              + " of plan xx-2016-2018 ends");
    }

    @Test
    void doesNotRunWhenThePlanIsNotInTheDataset() {
      ProgressReport r = asOf("2030-01-01");
      assertThat(findings(RULE, r, r)).isEmpty();
    }

    @Test
    void speaksAzerbaijani() {
      ProgressReport r = asOf("2021-01-01");
      assertThat(findingsInAzerbaijani(RULE, r, plan(), r)).extracting(Finding::message)
          .containsExactly("asOf tarixi (2021-01-01) xx-2016-2018 planının dövrü (2016/2018)"
              + " bitdikdən iki ildən çox sonradır");
    }
  }
}
