package io.github.ogpkit.cli;

import static io.github.ogpkit.cli.MonitoringCommandsTest.MEMBER;
import static io.github.ogpkit.cli.MonitoringCommandsTest.MONITORING;
import static io.github.ogpkit.cli.MonitoringCommandsTest.PLANS;
import static io.github.ogpkit.cli.MonitoringCommandsTest.US_PLAN;
import static io.github.ogpkit.cli.MonitoringCommandsTest.US_TRACKER_2024;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.report.PlanReport;
import io.github.ogpkit.testing.OgpFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ogp report} on the real fixtures: the page of ogp-report, written whole. */
class ReportCommandTest {

  private static final String AZ_PLAN = PLANS.resolve("az-ogp-nap-2016-2018.json").toString();
  private static final String AZ_MEMBER = MONITORING.resolve(MEMBER).toString();

  @TempDir
  Path dir;

  @Test
  void thePlanWithItsMemberIsThePageOfTheLibraryInAzerbaijani() throws IOException {
    Path out = dir.resolve("report.html");
    Run run = Run.of("report", AZ_PLAN, AZ_MEMBER, "-o", out.toString(), "--lang=az");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(out + ": az-ogp-nap-2016-2018\n");
    String page = Files.readString(out, StandardCharsets.UTF_8);
    String id = OgpFixtures.AZ_OGP_NAP_2016_2018;
    Dataset dataset = Dataset.of(OgpFixtures.plan(id), OgpFixtures.member(OgpFixtures.AZERBAIJAN));
    assertThat(page).isEqualTo(PlanReport.builder().locale(Locale.forLanguageTag("az")).build()
        .toHtml(dataset, id));
    assertThat(page).startsWith("<!doctype html>\n<html lang=\"az\">")
        .contains("Aşkarlananlar").contains("data-status=\"suspended\"");
  }

  @Test
  void planChoosesAmongSeveralPlansAndTheDefaultLanguageIsEnglish() throws IOException {
    Path out = dir.resolve("us.html");
    Run run = Run.of("report", "--plan", "us-ogp-nap-2022-2024", "-o", out.toString(), AZ_PLAN,
        PLANS.resolve(US_PLAN).toString(), MONITORING.resolve(US_TRACKER_2024).toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(out + ": us-ogp-nap-2022-2024\n");
    String page = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!doctype html>\n<html lang=\"en\">").contains("Findings")
        .contains("class=\"badge");
  }

  @Test
  void severalPlansWithoutPlanIsAUsageErrorAndWritesNothing() {
    Path out = dir.resolve("report.html");
    Run run = Run.of("report", "-o", out.toString(), AZ_PLAN, PLANS.resolve(US_PLAN).toString());

    assertThat(run.status()).isEqualTo(Ogp.USAGE);
    assertThat(run.err()).contains("2 plans").contains("--plan");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnknownPlanOrNoPlanIsStatusOneAndWritesNothing() {
    Path out = dir.resolve("report.html");
    Run unknown = Run.of("report", "--plan", "nope", "-o", out.toString(), AZ_PLAN);
    assertThat(unknown.status()).isEqualTo(1);
    assertThat(unknown.err()).isEqualTo("ogp: no plan nope among the files\n");
    Run none = Run.of("report", "-o", out.toString(), AZ_MEMBER);
    assertThat(none.status()).isEqualTo(1);
    assertThat(none.err()).isEqualTo("ogp: no plan among the files: nothing to report\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void withoutOutItIsAUsageError() {
    Run run = Run.of("report", AZ_PLAN);
    assertThat(run.status()).isEqualTo(Ogp.USAGE);
    assertThat(run.err()).contains("Missing -o FILE");
  }
}
