package io.github.ogpkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ogpkit.io.DocumentReader;
import io.github.ogpkit.model.AssessmentMention;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.DocumentType;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.OpenGovernmentResult;
import io.github.ogpkit.model.OutlineNumber;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.ProgressMention;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.model.report.DatasetReport;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The monitoring fixtures through {@link OgpFixtures}: each reads, each plan's dataset holds what
 * the fixtures say about it and answers as they say, and validating each dataset finds only what
 * the notes expect, for the reasons they give.
 */
class MonitoringFixtureDatasetsTest {

  private static final String US = OgpFixtures.US_OGP_NAP_2022_2024;
  private static final String CA = OgpFixtures.CA_OGP_NAP_2022_2024;
  private static final String KE = OgpFixtures.KE_OGP_NAP_2020_2022;
  private static final String AZ = OgpFixtures.AZ_OGP_NAP_2016_2018;

  static Stream<String> monitoringIds() {
    return OgpFixtures.monitoringIds().stream();
  }

  static Stream<String> planIds() {
    return OgpFixtures.ids().stream();
  }

  private static OutlineNumber n(String number) {
    return OutlineNumber.parse(number);
  }

  @Test
  void theMonitoringIdsAreEveryMonitoringResourceEachOnce() {
    assertThat(OgpFixtures.monitoringIds())
        .map(id -> id + "." + OgpFixtures.document(id).documentType().jsonName())
        .containsExactlyInAnyOrderElementsOf(MonitoringFixturesTest.FILES)
        .doesNotHaveDuplicates();
    assertThat(OgpFixtures.monitoringIds()).doesNotContainAnyElementsOf(OgpFixtures.ids());
  }

  @ParameterizedTest
  @MethodSource("monitoringIds")
  void everyMonitoringFixtureReadsWithoutAFindingAsTheDocumentOfItsId(String id) {
    assertThat(DocumentReader.standard().read(OgpFixtures.json(id)).findings()).isEmpty();
    Document d = OgpFixtures.document(id);
    assertThat(d.id()).isEqualTo(id);
    assertThat(d.documentType()).isNotEqualTo(DocumentType.PLAN);
    assertThat(OgpFixtures.document(id)).isSameAs(d);
    byte[] json = OgpFixtures.json(id);
    json[0] = 0;
    assertThat(OgpFixtures.json(id)[0]).isEqualTo((byte) '{');
  }

  @Test
  void documentAlsoReturnsPlansAndRefusesUnknownIdsNamingTheKnownOnes() {
    assertThat(OgpFixtures.document(US)).isSameAs(OgpFixtures.plan(US));
    assertThatThrownBy(() -> OgpFixtures.document("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"nope\"").hasMessageContaining(US)
        .hasMessageContaining(OgpFixtures.AZERBAIJAN);
    assertThatThrownBy(() -> OgpFixtures.json("nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void memberReturnsAzerbaijanAndRefusesWhatIsNotAMember() {
    Member az = OgpFixtures.member(OgpFixtures.AZERBAIJAN);
    assertThat(az.country()).isEqualTo("AZ");
    assertThat(az.actionPlans()).extracting(r -> r.plan())
        .containsExactly("az-ogp-nap-2012-2015", AZ, "az-ogp-nap-2020-2022");
    assertThatThrownBy(() -> OgpFixtures.member("us-ogp-nap-2022-2024-tracker-2023-08"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the members are azerbaijan");
    assertThatThrownBy(() -> OgpFixtures.member(US))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void datasetRefusesWhatIsNotAPlanFixture() {
    assertThatThrownBy(() -> OgpFixtures.dataset(OgpFixtures.AZERBAIJAN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(US);
    assertThatThrownBy(() -> OgpFixtures.dataset("us-ogp-nap-2022-2024-tracker-2023-08"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachPlansDatasetHoldsThePlanAndEveryMonitoringDocumentAboutIt() {
    assertThat(OgpFixtures.dataset(US).documents()).extracting(Document::id).containsExactly(US,
        "us-ogp-nap-2022-2024-tracker-2023-08", "us-ogp-nap-2022-2024-tracker-2024-02",
        "us-ogp-nap-2022-2024-irm-action-plan-review");
    assertThat(OgpFixtures.dataset(CA).documents()).extracting(Document::id).containsExactly(CA,
        "ca-ogp-nap-2022-2024-tracker-2023-06", "ca-ogp-nap-2022-2024-tracker-2023-09",
        "ca-ogp-nap-2022-2024-tracker-2023-12", "ca-ogp-nap-2022-2024-tracker-2024-03",
        "ca-ogp-nap-2022-2024-tracker-2024-06", "ca-ogp-nap-2022-2024-irm-action-plan-review");
    assertThat(OgpFixtures.dataset(KE).documents()).extracting(Document::id).containsExactly(KE,
        "ke-ogp-nap-2020-2022-irm-action-plan-review", "ke-ogp-nap-2020-2022-irm-results-report");
    // The member names the corrected 2016-2018 plan (and two plans that are not fixtures).
    assertThat(OgpFixtures.dataset(AZ).documents()).extracting(Document::id)
        .containsExactly(AZ, OgpFixtures.AZERBAIJAN);
    for (String id : List.of(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED,
        OgpFixtures.AZ_HUMAN_RIGHTS_PROGRAM_2012_2015, OgpFixtures.AR_MENDOZA_OGP_LOCAL_2021_2022,
        OgpFixtures.EC_OGP_NAP_2019_2022)) {
      assertThat(OgpFixtures.dataset(id).documents()).containsExactly(OgpFixtures.plan(id));
    }
    assertThat(OgpFixtures.dataset(US)).isSameAs(OgpFixtures.dataset(US));
  }

  @Test
  void theWholeDatasetHoldsEveryFixtureOnceWithoutAnIdCollision() {
    Dataset all = OgpFixtures.dataset();
    assertThat(all.plans()).extracting(Plan::id).containsExactlyElementsOf(OgpFixtures.ids());
    assertThat(all.documents()).hasSize(OgpFixtures.ids().size()
        + OgpFixtures.monitoringIds().size());
    assertThat(all.members()).extracting(Member::id).containsExactly(OgpFixtures.AZERBAIJAN);
    assertThat(all.progressReports()).hasSize(7);
    assertThat(all.irmAssessments()).hasSize(4);
    // It answers as each plan's own dataset does.
    assertThat(all.history(US, n("1.1.1")))
        .isEqualTo(OgpFixtures.dataset(US).history(US, n("1.1.1")));
    assertThat(OgpFixtures.dataset()).isSameAs(all);
  }

  @Test
  void theUsDatasetAnswersAsTheTrackerAndTheIrmSay() {
    Dataset us = OgpFixtures.dataset(US);
    // 1.1.1 (of US0113): no status in August 2023 (the tracker had none), "Complete" in the
    // February 2024 update, committed on 2 April 2024.
    ProgressMention latest = us.latestStatus(US, n("1.1.1")).get(ReporterKind.GOVERNMENT);
    assertThat(latest.report().id()).isEqualTo("us-ogp-nap-2022-2024-tracker-2024-02");
    assertThat(latest.report().asOf()).isEqualTo(LocalDate.of(2024, 4, 2));
    assertThat(latest.entry().status()).contains(ProgressStatus.COMPLETE);
    assertThat(us.history(US, n("1.1.1"))).extracting(m -> m.document().id()).containsExactly(
        "us-ogp-nap-2022-2024-tracker-2023-08", "us-ogp-nap-2022-2024-tracker-2024-02");
    // 1.3.2 (Archives.gov redesign, of US0118): "Not Started", funding pending.
    assertThat(us.latestStatus(US, n("1.3.2")).get(ReporterKind.GOVERNMENT).entry().status())
        .contains(ProgressStatus.NOT_STARTED);
    // 1.1.2: "In Progress" has no ProgressStatus, so the latest entry states none.
    ProgressMention inProgress = us.latestStatus(US, n("1.1.2")).get(ReporterKind.GOVERNMENT);
    assertThat(inProgress.entry().status()).isEmpty();
    assertThat(inProgress.entry().extensions().toString()).contains("In Progress");
    assertThat(us.latestStatus(US, n("1.1.2"))).containsOnlyKeys(ReporterKind.GOVERNMENT);
    // The IRM's Action Plan Review (2024): US0113 (section 1.1) verifiable and promising,
    // US0118 (1.3) not promising; no tracker entry is about a whole commitment.
    List<AssessmentMention> us0113 = us.assessments(US, n("1.1"));
    assertThat(us0113).singleElement().satisfies(a -> {
      assertThat(a.assessment().id()).isEqualTo("us-ogp-nap-2022-2024-irm-action-plan-review");
      assertThat(a.entry().ogpId()).contains("US0113");
      assertThat(a.entry().verifiable()).contains(true);
      assertThat(a.entry().promising()).contains(true);
    });
    assertThat(us.assessments(US, n("1.3"))).singleElement()
        .satisfies(a -> assertThat(a.entry().promising()).contains(false));
    assertThat(us.latestStatus(US, n("1.1"))).isEmpty();
    assertThat(us.assessments(US, n("1.1.1"))).isEmpty();
  }

  @Test
  void theCanadianAndKenyanDatasetsAnswerAsTheTrackerAndTheIrmSay() {
    Dataset ca = OgpFixtures.dataset(CA);
    // C03.2.1 (1.2.1): Substantial in June 2023, Complete in March 2024.
    assertThat(ca.history(CA, n("1.2.1"))).extracting(m -> m.document().id()).containsExactly(
        "ca-ogp-nap-2022-2024-tracker-2023-06", "ca-ogp-nap-2022-2024-tracker-2024-03");
    assertThat(ca.latestStatus(CA, n("1.2.1")).get(ReporterKind.GOVERNMENT).entry().status())
        .contains(ProgressStatus.COMPLETE);
    assertThat(ca.latestStatus(CA, n("2.1.5")).get(ReporterKind.GOVERNMENT).report().id())
        .isEqualTo("ca-ogp-nap-2022-2024-tracker-2023-12");
    Dataset ke = OgpFixtures.dataset(KE);
    // KE0029 (2): promising in the review (2022), Substantial completion and Marginal early
    // results in the results report (2023), in that order.
    assertThat(ke.assessments(KE, n("2"))).extracting(a -> a.assessment().id(),
        a -> a.entry().promising(), a -> a.entry().completion(),
        a -> a.entry().didItOpenGovernment())
        .containsExactly(
            tuple("ke-ogp-nap-2020-2022-irm-action-plan-review", Optional.of(true),
                Optional.empty(), Optional.empty()),
            tuple("ke-ogp-nap-2020-2022-irm-results-report", Optional.empty(),
                Optional.of(IrmCompletion.SUBSTANTIAL),
                Optional.of(OpenGovernmentResult.MARGINAL)));
  }

  /** What validating each plan's dataset finds in its monitoring documents, by document id. */
  private static final Map<String, List<String>> EXPECTED = Map.of(
      // The 2016-2018 plan runs through 2018 while Azerbaijan was inactive (from 4 May 2016)
      // and into its suspension (from 5 December 2018, the resolution's date as Turan gives
      // it); the 2020-2022 plan, named by the member but not a fixture, runs while it was
      // suspended. INFO: OGP's record, not a fault of the document.
      OgpFixtures.AZERBAIJAN, List.of(
          "/actionPlans/1/period INFO plan-while-not-active inactive, from 2016-05-04 to 2018-12-05",
          "/actionPlans/1/period INFO plan-while-not-active suspended, from 2018-12-05 on",
          "/actionPlans/2/period INFO plan-while-not-active suspended, from 2018-12-05 on"));

  private static String line(Finding f) {
    String m = f.message();
    return f.path() + " " + f.severity() + " " + f.rule() + " "
        + m.substring(m.indexOf(" was ") + 5);
  }

  @ParameterizedTest
  @MethodSource("planIds")
  void eachPlansDatasetValidatesAsExpected(String planId) {
    Dataset dataset = OgpFixtures.dataset(planId);
    DatasetReport reports = OgpValidator.standard().validate(dataset);
    for (Document d : dataset.documents()) {
      ValidationReport report = reports.reportFor(d);
      if (d instanceof Plan p) {
        // A plan's report is the one it gets alone (pinned, warning by warning, in
        // FixtureValidationTest); only the as-published plan has errors, by design.
        assertThat(report).isEqualTo(OgpValidator.standard().validate(p));
        if (!planId.equals(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED)) {
          assertThat(report.count(Severity.ERROR)).as(planId).isZero();
        }
      } else {
        assertThat(report.findings()).as(d.id()).map(MonitoringFixtureDatasetsTest::line)
            .containsExactlyElementsOf(EXPECTED.getOrDefault(d.id(), List.of()));
      }
    }
  }

  @Test
  void theWholeDatasetFindsNoMoreInTheMonitoringDocumentsThanThePlansDatasets() {
    Dataset all = OgpFixtures.dataset();
    DatasetReport reports = OgpValidator.standard().validate(all);
    for (Document d : all.documents()) {
      if (!(d instanceof Plan)) {
        assertThat(reports.reportFor(d).findings()).as(d.id())
            .map(MonitoringFixtureDatasetsTest::line)
            .containsExactlyElementsOf(EXPECTED.getOrDefault(d.id(), List.of()));
      }
    }
  }
}
