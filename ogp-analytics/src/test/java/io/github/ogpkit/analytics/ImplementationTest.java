package io.github.ogpkit.analytics;

import static io.github.ogpkit.analytics.Plans.measure;
import static io.github.ogpkit.analytics.Plans.numbers;
import static io.github.ogpkit.analytics.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.ogpkit.model.Assessment;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.IrmProduct;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.ProgressEntry;
import io.github.ogpkit.model.ProgressReport;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.Reporter;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.testing.OgpFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Implementation summaries from progress reports and IRM assessments. Fixture counts were read
 * off the monitoring fixtures' entries (jq: each entry's measure and status or completion), as
 * each test says.
 */
class ImplementationTest {

  private static PlanAnalytics analytics(String planId) {
    return PlanAnalytics.of(OgpFixtures.dataset(planId), planId);
  }

  @Test
  void summarisesTheUsGovernmentsLatestStatusOfEachMilestone() {
    // us: the tracker of 2023-08 states no status; that of 2024-04-02 states COMPLETE for
    // 1.1.1, 1.1.3-1.1.7 and 1.2.2 (7), NOT_STARTED for 1.3.2, and no status for the other 6
    // (the tracker's "In Progress", which no status matches): reported on, no status stated.
    Implementation us = analytics(OgpFixtures.US_OGP_NAP_2022_2024)
        .implementation(MeasureLevel.LEAVES);
    StatusSummary government = us.progress(ReporterKind.GOVERNMENT);
    assertThat(government.share(ProgressStatus.COMPLETE)).isEqualTo(new Share(7, 14));
    assertThat(numbers(government.byStatus().get(ProgressStatus.NOT_STARTED)))
        .containsExactly("1.3.2");
    assertThat(numbers(government.statusNotStated()))
        .containsExactly("1.1.2", "1.2.1", "1.2.3", "1.2.4", "1.3.1", "1.3.3");
    assertThat(government.statusNotStatedShare()).isEqualTo(new Share(6, 14));
    assertThat(government.unreported()).isEmpty();
    assertThat(us.progress(ReporterKind.CIVIL_SOCIETY).unreported()).hasSize(14);
    // The IRM's review assesses commitments, not milestones.
    assertThat(us.irm().unassessed()).hasSize(14);
    assertThat(us.irm().completionNotStated()).isEmpty();
  }

  @Test
  void theUsCommitmentsHaveNoStatusOfTheirOwn() {
    // us: reports speak of milestones only; the IRM review of the three commitments states no
    // completion (an action plan review comes before implementation).
    Implementation us = analytics(OgpFixtures.US_OGP_NAP_2022_2024).implementation();
    assertThat(us.level()).isEqualTo(MeasureLevel.COMMITMENTS);
    assertThat(us.progress(ReporterKind.GOVERNMENT).unreportedShare()).isEqualTo(new Share(3, 3));
    assertThat(us.irm().completionNotStatedShare()).isEqualTo(new Share(3, 3));
    assertThat(us.irm().unassessed()).isEmpty();
  }

  @Test
  void takesCanadasLatestTrackerStatusNotTheFirst() {
    // ca: 1.2.1 is SUBSTANTIAL in the tracker of 2023-06 and COMPLETE in that of 2024-03;
    // 2.1.5 LIMITED (2023-09 and 2023-12); 3.2.1 COMPLETE (2024-06). 67 milestones.
    StatusSummary government = analytics(OgpFixtures.CA_OGP_NAP_2022_2024)
        .implementation(MeasureLevel.LEAVES).progress(ReporterKind.GOVERNMENT);
    assertThat(numbers(government.byStatus().get(ProgressStatus.COMPLETE)))
        .containsExactly("1.2.1", "3.2.1");
    assertThat(numbers(government.byStatus().get(ProgressStatus.LIMITED)))
        .containsExactly("2.1.5");
    assertThat(government.byStatus().get(ProgressStatus.SUBSTANTIAL)).isEmpty();
    assertThat(government.unreportedShare()).isEqualTo(new Share(64, 67));
    assertThat(government.statusNotStated()).isEmpty();
    assertThat(government.shares()).containsEntry(ProgressStatus.COMPLETE, new Share(2, 67));
  }

  @Test
  void takesKenyasCompletionFromTheResultsReport() {
    // ke: the action plan review (2022) states no completion; the results report (2023) states
    // LIMITED for 1 and 3, SUBSTANTIAL for 2.
    CompletionSummary irm = analytics(OgpFixtures.KE_OGP_NAP_2020_2022).implementation().irm();
    assertThat(numbers(irm.byCompletion().get(IrmCompletion.LIMITED))).containsExactly("1", "3");
    assertThat(irm.share(IrmCompletion.SUBSTANTIAL)).isEqualTo(new Share(1, 3));
    assertThat(irm.unassessed()).isEmpty();
    assertThat(irm.completionNotStated()).isEmpty();
    assertThat(irm.shares()).containsEntry(IrmCompletion.COMPLETE, new Share(0, 3));
  }

  @Test
  void keepsAnEarlierStatusWhenTheLatestEntryStatesNoneAndKeepsReporterKindsApart() {
    Plan plan = plan("2022/2024", measure("1").build(),
        measure("2").measure(measure("2.1").build()).build());
    ProgressReport early = report("gov-early", ReporterKind.GOVERNMENT, "2023-01-01",
        ProgressEntry.builder().measure("1").status(ProgressStatus.LIMITED).build());
    ProgressReport late = report("gov-late", ReporterKind.GOVERNMENT, "2023-06-30",
        ProgressEntry.builder().measure("1").onSchedule(false).build(),
        ProgressEntry.builder().measure("2").status(ProgressStatus.COMPLETE).build());
    ProgressReport shadow = report("cso", ReporterKind.CIVIL_SOCIETY, "2023-03-01",
        ProgressEntry.builder().measure("1").status(ProgressStatus.NOT_STARTED).build(),
        ProgressEntry.builder().measure("2").onSchedule(true).build());
    IrmAssessment first = assessment("irm-2023", "2023",
        Assessment.builder().measure("1").completion(IrmCompletion.LIMITED).build());
    IrmAssessment second = assessment("irm-2024", "2024",
        Assessment.builder().measure("1").build(),
        Assessment.builder().measure("2.1").completion(IrmCompletion.COMPLETE).build());
    // Listed out of time order: the dataset orders each measure's history by day.
    Dataset dataset = Dataset.of(plan, late, second, shadow, early, first);
    PlanAnalytics analytics = PlanAnalytics.of(dataset, "test-plan");

    Implementation commitments = analytics.implementation();
    StatusSummary government = commitments.progress(ReporterKind.GOVERNMENT);
    assertThat(numbers(government.byStatus().get(ProgressStatus.LIMITED))).containsExactly("1");
    assertThat(numbers(government.byStatus().get(ProgressStatus.COMPLETE))).containsExactly("2");
    assertThat(numbers(commitments.progress(ReporterKind.CIVIL_SOCIETY).byStatus()
        .get(ProgressStatus.NOT_STARTED))).containsExactly("1");
    // Civil society reported on 2 without a status: not stated, and not unreported.
    assertThat(numbers(commitments.progress(ReporterKind.CIVIL_SOCIETY).statusNotStated()))
        .containsExactly("2");
    assertThat(commitments.progress(ReporterKind.CIVIL_SOCIETY).unreported()).isEmpty();
    assertThat(commitments.progress(ReporterKind.IRM).unreportedShare())
        .isEqualTo(new Share(2, 2));
    assertThat(numbers(commitments.irm().byCompletion().get(IrmCompletion.LIMITED)))
        .containsExactly("1");
    // 2.1's completion is not its commitment's; 1 keeps 2023's LIMITED though 2024 says nothing.
    assertThat(numbers(commitments.irm().unassessed())).containsExactly("2");
    assertThat(commitments.irm().completionNotStated()).isEmpty();
    assertThat(numbers(analytics.implementation(MeasureLevel.LEAVES).irm().byCompletion()
        .get(IrmCompletion.COMPLETE))).containsExactly("2.1");
  }

  @Test
  void aPlanAloneHasEveryCommitmentUnreportedAndUnassessed() {
    // ke has 3 commitments.
    Implementation alone = PlanAnalytics.of(OgpFixtures.plan(OgpFixtures.KE_OGP_NAP_2020_2022))
        .implementation();
    assertThat(alone.byReporter()).containsOnlyKeys(ReporterKind.values());
    assertThat(alone.byReporter().values())
        .allSatisfy(s -> assertThat(s.unreportedShare()).isEqualTo(new Share(3, 3)));
    assertThat(alone.irm().unassessedShare()).isEqualTo(new Share(3, 3));
  }

  @Test
  void refusesAPlanTheDatasetDoesNotHold() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PlanAnalytics.of(OgpFixtures.dataset(OgpFixtures.KE_OGP_NAP_2020_2022),
            "no-such-plan"))
        .withMessageContaining("no-such-plan");
  }

  private static ProgressReport report(String id, ReporterKind kind, String asOf,
      ProgressEntry... entries) {
    return ProgressReport.builder().id(id).plan("test-plan")
        .reporter(Reporter.of(kind, "en", id)).asOf(asOf).languages("en")
        .entries(List.of(entries)).build();
  }

  private static IrmAssessment assessment(String id, String published, Assessment... entries) {
    return IrmAssessment.builder().id(id).plan("test-plan").product(IrmProduct.PROGRESS_REPORT)
        .published(published).languages("en").entries(List.of(entries)).build();
  }
}
