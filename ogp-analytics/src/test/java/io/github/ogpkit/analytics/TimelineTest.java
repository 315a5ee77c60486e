package io.github.ogpkit.analytics;

import static io.github.ogpkit.analytics.Plans.dated;
import static io.github.ogpkit.analytics.Plans.measure;
import static io.github.ogpkit.analytics.Plans.numbers;
import static io.github.ogpkit.analytics.Plans.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.Range;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.testing.OgpFixtures;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * Measures active per year and quarter. Fixture counts were made from the fixture JSON with a
 * short Python script, independent of this module: each leaf's time frame (its own, else the
 * nearest enclosing measure's), START's first day and END's last day, an open end replaced by the
 * plan period's bound; then, per year and quarter, the leaves whose days meet it. The year counts
 * were checked by hand as the comments say.
 */
class TimelineTest {

  private static Timeline timeline(String fixture) {
    return PlanAnalytics.of(OgpFixtures.plan(fixture)).timeline();
  }

  @Test
  void countsAzerbaijansLeavesPerYear() {
    // az: 59 leaves, all dated. 2016: all but the four that start in 2017 (1.5 and 8.2
    // 2017/2018, 1.7 and 3.2 2017) = 55; 2017: all but the four of 2016 alone (1.2, 4.1.2, 4.1.3,
    // 8.8) = 55; 2018: the 39 measures with 2016/2018 or 2017/2018 (grep: 40 matches of those
    // strings in the file, less the plan's period).
    Timeline az = timeline(OgpFixtures.AZ_OGP_NAP_2016_2018);
    assertThat(az.spans()).hasSize(59);
    assertThat(az.undated()).isEmpty();
    assertThat(az.countsByYear()).containsExactly(entry(Year.of(2016), 55),
        entry(Year.of(2017), 55), entry(Year.of(2018), 39));
    assertThat(az.countsByQuarter()).hasSize(12)
        .containsEntry(new YearQuarter(2017, 4), 55).containsEntry(new YearQuarter(2018, 1), 39);
  }

  @Test
  void countsLeavesWithoutATimeFrameApart() {
    // us: no measure at any level has a time frame (the fixture's notes say so): 14 milestones.
    Timeline us = timeline(OgpFixtures.US_OGP_NAP_2022_2024);
    assertThat(us.spans()).isEmpty();
    assertThat(us.undated()).hasSize(14);
    assertThat(us.countsByYear()).isEmpty();
    assertThat(us.activeDays().isEmpty()).isTrue();
  }

  @Test
  void countsEcuadorsMilestonesPerQuarterAcrossQuarterBoundaries() {
    // ec: 17 milestones with day-precise frames. 2020-Q1: 1.1 (Feb-Apr), 1.2 (Mar-May), 1.3,
    // 2.1, 3.1 = 5; 2020-Q2 adds 1.5 (from 2020-06-01) = 6; 2020-Q3: 1.1 and 1.2 ended in Q2,
    // so 1.3, 1.5, 2.1, 3.1 = 4.
    Timeline ec = timeline(OgpFixtures.EC_OGP_NAP_2019_2022);
    assertThat(ec.undated()).isEmpty();
    assertThat(ec.countsByYear()).containsExactly(entry(Year.of(2020), 6),
        entry(Year.of(2021), 10), entry(Year.of(2022), 10));
    assertThat(ec.countsByQuarter()).containsExactly(
        entry(new YearQuarter(2020, 1), 5), entry(new YearQuarter(2020, 2), 6),
        entry(new YearQuarter(2020, 3), 4), entry(new YearQuarter(2020, 4), 4),
        entry(new YearQuarter(2021, 1), 6), entry(new YearQuarter(2021, 2), 7),
        entry(new YearQuarter(2021, 3), 8), entry(new YearQuarter(2021, 4), 7),
        entry(new YearQuarter(2022, 1), 7), entry(new YearQuarter(2022, 2), 6));
    assertThat(numbers(ec.activeIn(new YearQuarter(2020, 3))))
        .containsExactly("1.3", "1.5", "2.1", "3.1");
    // 3.6 is the single day 2022-06-01.
    assertThat(numbers(ec.activeOn(LocalDate.of(2022, 6, 1)))).contains("3.6");
    assertThat(numbers(ec.activeOn(LocalDate.of(2022, 6, 2)))).doesNotContain("3.6");
  }

  @Test
  void placesCanadasDeadlinesFromThePlansStartAndKeepsDeadlinesAfterThePlan() {
    // ca (plan 2022/2024): 67 milestones, 19 without a time frame, 48 dated. 47 are deadlines
    // "../END", active from 2022-01-01, so all count in 2022; 2.1.5 "2023-05/.." runs to the
    // plan's end, 2024-12-31. 2024: the eight ../2024, 1.3.1 and 1.3.2 (../2024-06), 3.3.3
    // (../2024-03), 3.3.4 (../2025-03), 3.3.5 (../2026-03) and 2.1.5 = 14; 2025: 3.3.4 and 3.3.5;
    // 2026: 3.3.5 alone (stated ends are not clipped to the plan).
    Timeline ca = timeline(OgpFixtures.CA_OGP_NAP_2022_2024);
    assertThat(ca.undated()).hasSize(19);
    assertThat(ca.spans()).hasSize(48);
    assertThat(ca.countsByYear()).containsExactly(entry(Year.of(2022), 47),
        entry(Year.of(2023), 31), entry(Year.of(2024), 14), entry(Year.of(2025), 2),
        entry(Year.of(2026), 1));
    assertThat(numbers(ca.activeIn(Year.of(2026)))).containsExactly("3.3.5");
    ActiveSpan ongoing = ca.spans().stream()
        .filter(s -> s.measure().number().toString().equals("2.1.5")).findFirst().orElseThrow();
    assertThat(ongoing.days())
        .isEqualTo(Range.closed(LocalDate.of(2023, 5, 1), LocalDate.of(2024, 12, 31)));
    assertThat(ca.countsByQuarter()).containsEntry(new YearQuarter(2022, 1), 47)
        .containsEntry(new YearQuarter(2024, 4), 11).containsEntry(new YearQuarter(2026, 1), 1)
        .hasSize(17);
  }

  @Test
  void placesOpenEndsAndPermanentWithinThePlanPeriod() {
    Plan plan = plan("2022/2024",
        dated("1", "../2023-06"),
        dated("2", "2023-Q3/.."),
        dated("3", "permanent"),
        dated("4", "../2021"),
        dated("5", "2026-02/.."));
    Timeline timeline = PlanAnalytics.of(plan).timeline();

    assertThat(timeline.spans()).extracting(ActiveSpan::days).containsExactly(
        Range.closed(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 6, 30)),
        Range.closed(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 12, 31)),
        Range.closed(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)),
        // A deadline before the plan starts: the stated year alone.
        Range.closed(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
        // A start after the plan ends: the stated month alone.
        Range.closed(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
    assertThat(timeline.countsByYear()).containsExactly(entry(Year.of(2021), 1),
        entry(Year.of(2022), 2), entry(Year.of(2023), 3), entry(Year.of(2024), 2),
        entry(Year.of(2025), 0), entry(Year.of(2026), 1));
  }

  @Test
  void countsAMeasureInEveryQuarterItTouchesAndNoOther() {
    Plan plan = plan("2022",
        dated("1", "2022-03-31/2022-04-01"),
        dated("2", "2022-Q4"),
        dated("3", "2022-07"),
        dated("4", "2022-06-30"));
    Timeline timeline = PlanAnalytics.of(plan).timeline();

    assertThat(timeline.countsByQuarter()).containsExactly(
        entry(new YearQuarter(2022, 1), 1), entry(new YearQuarter(2022, 2), 2),
        entry(new YearQuarter(2022, 3), 1), entry(new YearQuarter(2022, 4), 1));
    assertThat(numbers(timeline.activeIn(new YearQuarter(2022, 2)))).containsExactly("1", "4");
    assertThat(numbers(timeline.activeIn(new YearQuarter(2022, 3)))).containsExactly("3");
    assertThat(timeline.activeDays().asRanges()).containsExactly(
        Range.closed(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 4, 1)),
        Range.closed(LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 31)),
        Range.closed(LocalDate.of(2022, 10, 1), LocalDate.of(2022, 12, 31)));
  }

  @Test
  void aMilestoneWithoutATimeFrameTakesItsCommitmentsAndOnlyLeavesCount() {
    Plan plan = plan("2022/2024",
        measure("1").timeFrame("2023")
            .measure(measure("1.1").build())
            .measure(dated("1.2", "2022-Q1"))
            .build(),
        measure("2").measure(measure("2.1").build()).build(),
        measure("3").build());
    Timeline timeline = PlanAnalytics.of(plan).timeline();

    assertThat(timeline.spans()).extracting(s -> s.measure().number().toString(),
            ActiveSpan::timeFrame, ActiveSpan::inherited)
        .containsExactly(
            tuple("1.1", TimeFrame.parse("2023"), true),
            tuple("1.2", TimeFrame.parse("2022-Q1"), false));
    assertThat(numbers(timeline.undated())).containsExactly("2.1", "3");
    assertThat(timeline.countsByYear()).containsExactly(entry(Year.of(2022), 1),
        entry(Year.of(2023), 1));
  }

  @Test
  void aPermanentMeasureInAPlanWithoutBoundsIsUndated() {
    Plan plan = plan("2022", dated("1", "permanent")).toBuilder()
        .period(TimeFrame.permanent()).build();
    Timeline timeline = PlanAnalytics.of(plan).timeline();
    assertThat(timeline.spans()).isEmpty();
    assertThat(numbers(timeline.undated())).containsExactly("1");
  }

  @Test
  void theTimelineOfAllMeasuresHasOneSpanPerMeasureThatStatesATimeFrameNothingInherited() {
    // Counted with jq: Mendoza's measures 1.1, 1.2, 2.1, 2.2, 3.1, 3.2 and 3.3 state time
    // frames and none of their milestones do; the human rights program's measures state 70, one
    // of them (1.2, permanent) on a measure with sub-measures.
    PlanAnalytics mendoza = PlanAnalytics.of(
        OgpFixtures.plan(OgpFixtures.AR_MENDOZA_OGP_LOCAL_2021_2022));
    Timeline all = mendoza.timeline(MeasureLevel.ALL);
    assertThat(all.spans()).hasSize(7).noneMatch(ActiveSpan::inherited);
    assertThat(all.undated()).hasSize(mendoza.measures(MeasureLevel.ALL).size() - 7);
    assertThat(mendoza.timeline().spans()).allMatch(ActiveSpan::inherited);
    assertThat(PlanAnalytics.of(OgpFixtures.plan(OgpFixtures.AZ_HUMAN_RIGHTS_PROGRAM_2012_2015))
        .timeline(MeasureLevel.ALL).spans()).hasSize(70);
    assertThat(mendoza.timeline(MeasureLevel.LEAVES)).isEqualTo(mendoza.timeline());
  }
}
