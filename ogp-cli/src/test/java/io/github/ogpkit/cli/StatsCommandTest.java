package io.github.ogpkit.cli;

import static io.github.ogpkit.cli.MonitoringCommandsTest.MONITORING;
import static io.github.ogpkit.cli.MonitoringCommandsTest.PLANS;
import static io.github.ogpkit.cli.MonitoringCommandsTest.US_IRM;
import static io.github.ogpkit.cli.MonitoringCommandsTest.US_PLAN;
import static io.github.ogpkit.cli.MonitoringCommandsTest.US_TRACKER_2023;
import static io.github.ogpkit.cli.MonitoringCommandsTest.US_TRACKER_2024;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code ogp stats} on the real fixtures. The counts were checked by hand against the fixtures'
 * JSON: the U.S. plan has 3 commitments with 14 milestones (1.1.1-1.1.7, 1.2.1-1.2.4,
 * 1.3.1-1.3.3); its 2024 tracker says COMPLETE of 1.1.1, 1.1.3-1.1.7 and 1.2.2, NOT_STARTED of
 * 1.3.2, and no status of the other six.
 */
class StatsCommandTest {

  private static final String PLAN = PLANS.resolve(US_PLAN).toString();
  private static final String TRACKER_2023 = MONITORING.resolve(US_TRACKER_2023).toString();
  private static final String TRACKER_2024 = MONITORING.resolve(US_TRACKER_2024).toString();
  private static final String IRM = MONITORING.resolve(US_IRM).toString();
  private static final String KE_PLAN = PLANS.resolve("ke-ogp-nap-2020-2022.json").toString();
  private static final String KE_RESULTS = MONITORING
      .resolve("ke-ogp-nap-2020-2022-irm-results-report.irm-assessment.json").toString();
  private static final String AZ_PLAN = PLANS.resolve("az-ogp-nap-2016-2018.json").toString();

  @Test
  void theUsPlanWithItsTrackerCountsTheMilestonesTheTrackerReportsOnAndTheIrmsCommitments() {
    Run run = Run.of("stats", PLAN, TRACKER_2023, TRACKER_2024, IRM);

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("""
        us-ogp-nap-2022-2024: Fifth U.S. Open Government National Action Plan
        measures: 3 commitments, 17 measures in all, 14 without sub-measures

        Workload
        institution                    executor  supporting  recommended  total
        ostp                                  8           0            0      8
        nara                                  3           0            0      3
        omb                                   1           0            0      1
        ostp-science-and-society-team         1           0            0      1
        ostp-tech-team                        1           0            0      1
        eop                                   0           0            0      0

        Measures running (measures without sub-measures)
        year           measures
        no time frame        14

        OGP values
        value                      commitments
        ACCESS_TO_INFORMATION         0/3 (0%)
        CIVIC_PARTICIPATION           0/3 (0%)
        PUBLIC_ACCOUNTABILITY         0/3 (0%)
        TECHNOLOGY_AND_INNOVATION     0/3 (0%)
        none                        3/3 (100%)

        Policy areas
        area  commitments
        none   3/3 (100%)

        Implementation: latest status per kind of reporter
        reporter    counted                        NOT_STARTED    LIMITED  SUBSTANTIAL    \
        COMPLETE  WITHDRAWN  NO_EVIDENCE  not stated  unreported
        GOVERNMENT  measures without sub-measures    1/14 (7%)  0/14 (0%)    0/14 (0%)  \
        7/14 (50%)  0/14 (0%)    0/14 (0%)  6/14 (43%)   0/14 (0%)

        IRM completion
        counted      NO_EVIDENCE  NOT_STARTED   LIMITED  SUBSTANTIAL  COMPLETE  not stated  \
        not assessed
        commitments     0/3 (0%)     0/3 (0%)  0/3 (0%)     0/3 (0%)  0/3 (0%)  3/3 (100%)  \
            0/3 (0%)
        """);
  }

  @Test
  void anExplicitLevelCountsEveryKindOfReporterAtThatLevelOnly() {
    Run run = Run.of("stats", "--level", "commitments", PLAN, TRACKER_2024, IRM);

    assertThat(run.status()).isZero();
    // The tracker reports on milestones only: at the level of commitments it has nothing to
    // count, and its table is left out; the IRM's assessment stays.
    assertThat(run.out()).doesNotContain("Implementation:").contains("IRM completion\n");
  }

  @Test
  void jsonGivesTheKenyanIrmResultsCountsAtTheLevelOfCommitments() {
    Run run = Run.of("stats", "--format", "json", KE_PLAN, KE_RESULTS);

    assertThat(run.status()).isZero();
    // The results report: LIMITED for two of the three commitments, SUBSTANTIAL for one.
    assertThat(run.out()).contains("""
              "irmCompletion": {
                "COMPLETE": 0,
                "LIMITED": 2,
                "NOT_STARTED": 0,
                "NO_EVIDENCE": 0,
                "SUBSTANTIAL": 1,
                "completionNotStated": 0,
                "level": "COMMITMENTS",
                "measures": 3,
                "unassessed": 0
              },
              "progress": {}
        """).contains("\"plan\": \"ke-ogp-nap-2020-2022\"");
  }

  @Test
  void azerbaijaniHeadingsAndThePlansRunningMeasuresPerYear() {
    Run run = Run.of("stats", "--lang", "az", AZ_PLAN);

    assertThat(run.status()).isZero();
    // 55 of the 59 measures run in 2016 and 2017, 39 in 2018 (counted in the fixture).
    assertThat(run.out()).contains("""
        İcra olunan tədbirlər (alt tədbiri olmayan tədbirlər)
        il    tədbirlər
        2016         55
        2017         55
        2018         39
        """, "İş yükü\nqurum ", "heç biri  59/59 (100%)\n")
        .doesNotContain("Implementation", "İcra: hər");
  }

  @Test
  void filesWithoutAPlanPrintNothingAndSaySo() {
    Run run = Run.of("stats", TRACKER_2024);

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("ogp: no plan among the files: stats are about plans\n");
  }

  @Test
  void aFileThatIsNotADocumentIsLeftOutWithExitStatusOne() {
    Run run = Run.withInput("{".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "stats", PLAN, "-");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("<stdin>: not a readable document; left out");
    assertThat(run.out()).startsWith("us-ogp-nap-2022-2024: ");
  }
}
