package io.github.ogpkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.analytics.MeasureLevel;
import io.github.ogpkit.analytics.PlanAnalytics;
import io.github.ogpkit.analytics.Share;
import io.github.ogpkit.analytics.StatusSummary;
import io.github.ogpkit.analytics.Workload;
import io.github.ogpkit.analytics.YearQuarter;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.testing.OgpFixtures;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * Asking a plan who does what, when, and how far it has come (ogp-analytics), on the real plans.
 * The README's "Ask a plan who does what, when" shows the code between the markers, checked by a
 * test.
 */
class AnalyticsExampleTest {

  // analytics:begin
  @Test
  void askAzerbaijansPlanWhoDoesWhatAndWhen() {
    PlanAnalytics az = PlanAnalytics.of(OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018));
    Workload busiest = az.workload().get(0); // most measures first, ties by id
    assertThat(busiest).isEqualTo(
        new Workload("central-and-local-executive-authorities", 17, 0, 0));
    assertThat(az.measuresOf("ministry-of-justice", Role.EXECUTOR)).hasSize(15);
    assertThat(az.timeline().countsByYear().get(Year.of(2018))).isEqualTo(39); // leaves active
    assertThat(az.timeline().activeIn(new YearQuarter(2016, 4))).hasSize(55);
  }

  @Test
  void askHowFarTheUsAndKenyanPlansHaveCome() {
    String us = OgpFixtures.US_OGP_NAP_2022_2024;
    StatusSummary tracker = PlanAnalytics.of(OgpFixtures.dataset(us), us)
        .implementation(MeasureLevel.LEAVES) // the tracker reports on milestones
        .progress(ReporterKind.GOVERNMENT);
    assertThat(tracker.share(ProgressStatus.COMPLETE)).isEqualTo(new Share(7, 14));
    String ke = OgpFixtures.KE_OGP_NAP_2020_2022;
    assertThat(PlanAnalytics.of(OgpFixtures.dataset(ke), ke).implementation().irm() // commitments
        .share(IrmCompletion.LIMITED)).isEqualTo(new Share(2, 3));
  }
  // analytics:end
}
