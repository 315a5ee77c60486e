package io.github.ogpkit.cli;

import static io.github.ogpkit.cli.MonitoringCommandsTest.MONITORING;
import static io.github.ogpkit.cli.MonitoringCommandsTest.PLANS;
import static io.github.ogpkit.cli.MonitoringCommandsTest.US_IRM;
import static io.github.ogpkit.cli.MonitoringCommandsTest.US_PLAN;
import static io.github.ogpkit.cli.MonitoringCommandsTest.US_TRACKER_2023;
import static io.github.ogpkit.cli.MonitoringCommandsTest.US_TRACKER_2024;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ogp status} on the real monitoring fixtures. */
class StatusCommandTest {

  private static final String PLAN = PLANS.resolve(US_PLAN).toString();
  private static final String TRACKER_2023 = MONITORING.resolve(US_TRACKER_2023).toString();
  private static final String TRACKER_2024 = MONITORING.resolve(US_TRACKER_2024).toString();
  private static final String IRM = MONITORING.resolve(US_IRM).toString();
  private static final String KE_PLAN = PLANS.resolve("ke-ogp-nap-2020-2022.json").toString();
  private static final String KE_REVIEW = MONITORING
      .resolve("ke-ogp-nap-2020-2022-irm-action-plan-review.irm-assessment.json").toString();
  private static final String KE_RESULTS = MONITORING
      .resolve("ke-ogp-nap-2020-2022-irm-results-report.irm-assessment.json").toString();

  @TempDir
  Path dir;

  @Test
  void theUsPlanWithItsTrackerReportsAndIrmReviewGivesOneRowACommitmentInPlanOrder() {
    Run run = Run.of("status", PLAN, TRACKER_2024, IRM, TRACKER_2023);

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    // The top-level measures 1.1, 1.2 and 1.3 (the IRM's review gives them no completion: an
    // action plan review does not assess it), and the sub-measures the trackers are about, with
    // the later tracker's word, "–" where it states no status.
    assertThat(run.out()).isEqualTo("""
        Plan                  Number  OGP id  Government              IRM completion
        us-ogp-nap-2022-2024  1.1     US0113
        us-ogp-nap-2022-2024  1.1.1           COMPLETE 2024-04-02
        us-ogp-nap-2022-2024  1.1.2           – 2024-04-02
        us-ogp-nap-2022-2024  1.1.3           COMPLETE 2024-04-02
        us-ogp-nap-2022-2024  1.1.4           COMPLETE 2024-04-02
        us-ogp-nap-2022-2024  1.1.5           COMPLETE 2024-04-02
        us-ogp-nap-2022-2024  1.1.6           COMPLETE 2024-04-02
        us-ogp-nap-2022-2024  1.1.7           COMPLETE 2024-04-02
        us-ogp-nap-2022-2024  1.2     US0116
        us-ogp-nap-2022-2024  1.2.1           – 2024-04-02
        us-ogp-nap-2022-2024  1.2.2           COMPLETE 2024-04-02
        us-ogp-nap-2022-2024  1.2.3           – 2024-04-02
        us-ogp-nap-2022-2024  1.2.4           – 2024-04-02
        us-ogp-nap-2022-2024  1.3     US0118
        us-ogp-nap-2022-2024  1.3.1           – 2024-04-02
        us-ogp-nap-2022-2024  1.3.2           NOT_STARTED 2024-04-02
        us-ogp-nap-2022-2024  1.3.3           – 2024-04-02
        """);
  }

  @Test
  void withoutTheLaterTrackerTheEarlierOneIsTheLatest() {
    Run run = Run.of("status", PLAN, TRACKER_2023);

    assertThat(run.out()).contains("us-ogp-nap-2022-2024  1.1.1           – 2023-08-31\n");
  }

  @Test
  void theIrmCompletionIsTheLatestAssessmentThatHasOne() {
    // The results report (2023) assesses completion; the action plan review does not.
    Run run = Run.of("status", KE_RESULTS, KE_PLAN, KE_REVIEW);

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("""
        Plan                  Number  OGP id  IRM completion
        ke-ogp-nap-2020-2022  1       KE0027  LIMITED 2023
        ke-ogp-nap-2020-2022  2       KE0029  SUBSTANTIAL 2023
        ke-ogp-nap-2020-2022  3       KE0031  LIMITED 2023
        """);
  }

  @Test
  void headingsInAzerbaijani() {
    assertThat(Run.of("status", "--lang", "az", PLAN, TRACKER_2024).out())
        .startsWith("Plan                  Nömrə  OGP id  Hökumət                 IRM: icra\n");
  }

  @Test
  void jsonIsAnArrayOfOneObjectARowWrittenCanonically() {
    Run run = Run.of("status", "--format", "json", PLAN, TRACKER_2024, KE_PLAN, KE_RESULTS);

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("""
        [
          {
            "number": "1.1",
            "ogpId": "US0113",
            "plan": "us-ogp-nap-2022-2024"
          },
          {
            "GOVERNMENT": {
              "asOf": "2024-04-02",
              "report": "us-ogp-nap-2022-2024-tracker-2024-02",
              "status": "COMPLETE"
            },
            "number": "1.1.1",
            "plan": "us-ogp-nap-2022-2024"
          },
          {
            "GOVERNMENT": {
              "asOf": "2024-04-02",
              "report": "us-ogp-nap-2022-2024-tracker-2024-02"
            },
            "number": "1.1.2",
            "plan": "us-ogp-nap-2022-2024"
          },
        """).contains("""
          {
            "irmCompletion": {
              "assessment": "ke-ogp-nap-2020-2022-irm-results-report",
              "completion": "SUBSTANTIAL",
              "published": "2023"
            },
            "number": "2",
            "ogpId": "KE0029",
            "plan": "ke-ogp-nap-2020-2022"
          },
        """).endsWith("}\n]\n");
    assertThat(run.out().split("\"plan\"")).hasSize(17 + 3 + 1);
  }

  @Test
  void aFolderIsItsJsonFiles() throws IOException {
    Files.copy(Path.of(PLAN), dir.resolve(US_PLAN));
    Files.copy(Path.of(TRACKER_2024), dir.resolve(US_TRACKER_2024));

    assertThat(Run.of("status", dir.toString()).out())
        .isEqualTo(Run.of("status", PLAN, TRACKER_2024).out());
  }

  @Test
  void aFileThatDoesNotReadIsNamedOnStandardErrorAndTheRestIsPrintedWithStatus1()
      throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": \"1.1\"}",
        StandardCharsets.UTF_8);

    Run run = Run.of("status", PLAN, broken.toString(), TRACKER_2024);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains(broken + ":1:1: error: ")
        .endsWith(broken + ": not a readable document; left out\n");
    assertThat(run.out()).isEqualTo(Run.of("status", PLAN, TRACKER_2024).out());
  }

  @Test
  void aSecondDocumentWithTheSameTypeAndIdIsLeftOutWithStatus1() throws IOException {
    Path copy = Files.copy(Path.of(TRACKER_2023), dir.resolve("copy.json"));

    Run run = Run.of("status", PLAN, TRACKER_2023, copy.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(copy + ": id us-ogp-nap-2022-2024-tracker-2023-08 is "
        + "already used by the progress-report of " + TRACKER_2023 + "; left out\n");
    assertThat(run.out()).isEqualTo(Run.of("status", PLAN, TRACKER_2023).out());
  }

  @Test
  void aFileThatCannotBeOpenedIsStatus2() {
    Run run = Run.of("status", PLAN, dir.resolve("missing.json").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("ogp: cannot open " + dir.resolve("missing.json")
        + ": no such file\n");
    assertThat(run.out()).startsWith("Plan ");
  }

  @Test
  void aDatasetWithoutPlansHasAnEmptyTable() {
    Run run = Run.of("status", TRACKER_2024);
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("Plan  Number  OGP id  IRM completion\n");
    assertThat(Run.of("status", "--format", "json", TRACKER_2024).out()).isEqualTo("[]\n");
  }

  @Test
  void usageErrors() {
    assertThat(Run.of("status").status()).isEqualTo(2);
    assertThat(Run.of("status", "--format", "xml", PLAN).status()).isEqualTo(2);
    assertThat(Run.of("status", "--help").out()).contains("DATASET...", "--lang=en|az");
  }
}
