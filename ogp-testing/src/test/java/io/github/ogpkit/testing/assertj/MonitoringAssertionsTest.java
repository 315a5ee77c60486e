package io.github.ogpkit.testing.assertj;

import static io.github.ogpkit.testing.assertj.OgpAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.IrmProduct;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.MemberStatus;
import io.github.ogpkit.model.PartialDate;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.testing.OgpFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The assertions on monitoring documents and datasets, on the real fixtures. */
class MonitoringAssertionsTest {

  private static final String US = OgpFixtures.US_OGP_NAP_2022_2024;
  private static final String US_2024 = "us-ogp-nap-2022-2024-tracker-2024-02";
  private static final ProgressReport US_TRACKER =
      (ProgressReport) OgpFixtures.document(US_2024);
  private static final String US_ENTRIES = "1.1.1, 1.1.2, 1.1.3, 1.1.4, 1.1.5, 1.1.6, 1.1.7, "
      + "1.2.1, 1.2.2, 1.2.3, 1.2.4, 1.3.1, 1.3.2, 1.3.3";
  private static final String KE_RESULTS = "ke-ogp-nap-2020-2022-irm-results-report";
  private static final IrmAssessment KE =
      (IrmAssessment) OgpFixtures.document(KE_RESULTS);
  private static final Member AZ = OgpFixtures.member(OgpFixtures.AZERBAIJAN);
  private static final String AZ_HISTORY = "; its status history is:\n"
      + "  ACTIVE from 2011\n  INACTIVE from 2016-05-04\n  SUSPENDED from 2018-12-05";

  @Test
  void passingProgressReportAssertionsChain() {
    assertThat(US_TRACKER).isBy(ReporterKind.GOVERNMENT).isAsOf("2024-04-02")
        .isAsOf(LocalDate.of(2024, 4, 2)).hasEntries(14).hasEntryFor("1.1.2")
        .hasStatus("1.1.1", ProgressStatus.COMPLETE)
        .hasStatus("1.3.2", ProgressStatus.NOT_STARTED);
  }

  @Test
  void aStatusTheReportDoesNotStateFailsSayingSo() {
    assertThatThrownBy(() -> assertThat(US_TRACKER).hasStatus("1.1.2", ProgressStatus.COMPLETE))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting progress report " + US_2024
            + " to have status COMPLETE for 1.1.2 but it states none");
    assertThatThrownBy(() -> assertThat(US_TRACKER).hasStatus("1.3.2", ProgressStatus.LIMITED))
        .hasMessage("Expecting progress report " + US_2024
            + " to have status LIMITED for 1.3.2 but it states NOT_STARTED");
  }

  @Test
  void aMissingEntryFailsListingTheEntries() {
    assertThatThrownBy(() -> assertThat(US_TRACKER).hasEntryFor("1.4"))
        .hasMessage("Expecting progress report " + US_2024 + " to have an entry for 1.4 but it "
            + "has no entry for 1.4; its entries are:\n  " + US_ENTRIES);
    assertThatThrownBy(() -> assertThat(US_TRACKER).hasStatus("US0113", ProgressStatus.COMPLETE))
        .hasMessage("Expecting progress report " + US_2024 + " to have status COMPLETE for "
            + "US0113 but it has no entry for US0113; its entries are:\n  " + US_ENTRIES);
    assertThatThrownBy(() -> assertThat(US_TRACKER).hasEntries(3))
        .hasMessage("Expecting progress report " + US_2024 + " to have 3 entries but it has "
            + "14:\n  " + US_ENTRIES);
  }

  @Test
  void progressReportDayAndReporterFailures() {
    assertThatThrownBy(() -> assertThat(US_TRACKER).isAsOf("2024-02-29"))
        .hasMessage("Expecting progress report " + US_2024
            + " to be as of 2024-02-29 but it is as of 2024-04-02");
    assertThatThrownBy(() -> assertThat(US_TRACKER).isBy(ReporterKind.CIVIL_SOCIETY))
        .hasMessage("Expecting progress report " + US_2024
            + " to be by CIVIL_SOCIETY but it is by GOVERNMENT");
  }

  @Test
  void irmAssessmentEntriesByNumberOrOgpId() {
    assertThat(KE).hasProduct(IrmProduct.RESULTS_REPORT).hasEntries(3).hasEntryFor("KE0031")
        .hasEntryFor("3").hasCompletion("KE0029", IrmCompletion.SUBSTANTIAL)
        .hasCompletion("1", IrmCompletion.LIMITED);
    assertThatThrownBy(() -> assertThat(KE).hasCompletion("2", IrmCompletion.COMPLETE))
        .hasMessage("Expecting IRM assessment " + KE_RESULTS
            + " to have completion COMPLETE for 2 but it states SUBSTANTIAL");
    assertThatThrownBy(() -> assertThat(KE).hasEntryFor("KE0030"))
        .hasMessage("Expecting IRM assessment " + KE_RESULTS + " to have an entry for KE0030 "
            + "but it has no entry for KE0030; its entries are:\n  1 KE0027, 2 KE0029, 3 KE0031");
    assertThatThrownBy(() -> assertThat(KE).hasEntries(2))
        .hasMessage("Expecting IRM assessment " + KE_RESULTS + " to have 2 entries but it has "
            + "3:\n  1 KE0027, 2 KE0029, 3 KE0031");
    assertThatThrownBy(() -> assertThat(KE).hasProduct(IrmProduct.DESIGN_REPORT))
        .hasMessage("Expecting IRM assessment " + KE_RESULTS
            + " to be a DESIGN_REPORT but it is a RESULTS_REPORT");
  }

  @Test
  void isStarredTellsAnUnstatedStarFromADeniedOne() {
    assertThatThrownBy(() -> assertThat(KE).isStarred("KE0029"))
        .hasMessage("Expecting IRM assessment " + KE_RESULTS
            + " to have KE0029 starred but it does not say whether it is");
    IrmAssessment starred = KE.toBuilder().entries(KE.entries().stream()
        .map(e -> e.toBuilder().starred(e.ogpId().orElseThrow().equals("KE0029")).build())
        .toList()).build();
    assertThat(starred).isStarred("KE0029").isStarred("2");
    assertThatThrownBy(() -> assertThat(starred).isStarred("1"))
        .hasMessage("Expecting IRM assessment " + KE_RESULTS
            + " to have 1 starred but it says it is not");
  }

  @Test
  void memberStatusOnADayIsTheLastChangeFromThatDayOrBefore() {
    assertThat(AZ).hasStatusOn(LocalDate.of(2016, 5, 3), MemberStatus.ACTIVE)
        .hasStatusOn(LocalDate.of(2016, 5, 4), MemberStatus.INACTIVE)
        .hasStatusOn(LocalDate.of(2030, 1, 1), MemberStatus.SUSPENDED)
        .hasStatusOn(PartialDate.parse("2017"), MemberStatus.INACTIVE)
        .hasStatusOn(PartialDate.parse("2011"), MemberStatus.ACTIVE)
        .hasActionPlan(OgpFixtures.AZ_OGP_NAP_2016_2018);
    assertThatThrownBy(() -> assertThat(AZ).hasStatusOn(LocalDate.of(2017, 1, 1),
        MemberStatus.ACTIVE))
        .hasMessage("Expecting member azerbaijan to have status ACTIVE on 2017-01-01 but it was "
            + "INACTIVE" + AZ_HISTORY);
    assertThatThrownBy(() -> assertThat(AZ).hasStatusOn(LocalDate.of(2010, 12, 31),
        MemberStatus.ACTIVE))
        .hasMessage("Expecting member azerbaijan to have status ACTIVE on 2010-12-31 but it had "
            + "none" + AZ_HISTORY);
  }

  @Test
  void memberStatusThroughoutAMonthOrYearNamesEveryStatusInIt() {
    assertThatThrownBy(() -> assertThat(AZ).hasStatusOn(PartialDate.parse("2018"),
        MemberStatus.INACTIVE))
        .hasMessage("Expecting member azerbaijan to have status INACTIVE on 2018 but it was "
            + "INACTIVE, then SUSPENDED" + AZ_HISTORY);
    assertThatThrownBy(() -> assertThat(AZ).hasStatusOn(PartialDate.parse("2016-05"),
        MemberStatus.INACTIVE))
        .hasMessage("Expecting member azerbaijan to have status INACTIVE on 2016-05 but it was "
            + "ACTIVE, then INACTIVE" + AZ_HISTORY);
  }

  @Test
  void hasActionPlanListsTheMembersPlans() {
    assertThatThrownBy(() -> assertThat(AZ).hasActionPlan(US))
        .hasMessage("Expecting member azerbaijan to have action plan " + US + " but its action "
            + "plans are:\n  az-ogp-nap-2012-2015 (2012/2015)\n"
            + "  az-ogp-nap-2016-2018 (2016/2018)\n  az-ogp-nap-2020-2022 (2020/2022)");
  }

  @Test
  void datasetLatestStatusByReporterKind() {
    Dataset us = OgpFixtures.dataset(US);
    assertThat(us).hasLatestStatus(US, "1.1.1", ReporterKind.GOVERNMENT, ProgressStatus.COMPLETE);
    assertThatThrownBy(() -> assertThat(us).hasLatestStatus(US, "1.1.2", ReporterKind.GOVERNMENT,
        ProgressStatus.COMPLETE))
        .hasMessage("Expecting the latest GOVERNMENT status of " + US + " 1.1.2 to be COMPLETE "
            + "but " + US_2024 + " (as of 2024-04-02) states none");
    assertThatThrownBy(() -> assertThat(us).hasLatestStatus(US, "1.1.1",
        ReporterKind.CIVIL_SOCIETY, ProgressStatus.COMPLETE))
        .hasMessage("Expecting the latest CIVIL_SOCIETY status of " + US + " 1.1.1 to be "
            + "COMPLETE but no CIVIL_SOCIETY report has an entry for it");
  }

  @Test
  void aNullActualFailsAsAssertjDoes() {
    assertThat((ProgressReport) null).isNull();
    assertThatThrownBy(() -> assertThat((ProgressReport) null).hasEntries(1))
        .hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(() -> assertThat((IrmAssessment) null).isStarred("1"))
        .hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(() -> assertThat((Member) null).hasActionPlan("x"))
        .hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(() -> assertThat((Dataset) null).hasLatestStatus(US, "1",
        ReporterKind.IRM, ProgressStatus.COMPLETE))
        .hasMessageContaining("Expecting actual not to be null");
  }
}
