package io.github.ogpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.DocumentSchemas;
import io.github.ogpkit.model.DocumentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ogp validate}, {@code format} and {@code schema} on the monitoring documents: the real
 * fixtures of ogp-testing and the plans of examples/plans, copied into a folder of their own.
 */
class MonitoringCommandsTest {

  static final Path MONITORING =
      Path.of("../ogp-testing/src/main/resources/io/github/ogpkit/testing/fixtures/monitoring");
  static final Path PLANS = Path.of("../examples/plans");

  static final String US_PLAN = "us-ogp-nap-2022-2024.json";
  static final String US_TRACKER_2023 =
      "us-ogp-nap-2022-2024-tracker-2023-08.progress-report.json";
  static final String US_TRACKER_2024 =
      "us-ogp-nap-2022-2024-tracker-2024-02.progress-report.json";
  static final String US_IRM = "us-ogp-nap-2022-2024-irm-action-plan-review.irm-assessment.json";
  static final String MEMBER = "azerbaijan.member.json";

  @TempDir
  Path dir;

  String plan;
  String tracker2023;
  String tracker2024;
  String irm;

  @BeforeEach
  void copyFixtures() throws IOException {
    plan = copy(PLANS, US_PLAN);
    tracker2023 = copy(MONITORING, US_TRACKER_2023);
    tracker2024 = copy(MONITORING, US_TRACKER_2024);
    irm = copy(MONITORING, US_IRM);
  }

  private String copy(Path from, String name) throws IOException {
    Path to = dir.resolve(name);
    Files.copy(from.resolve(name), to);
    return to.toString();
  }

  private static String monitoring(String name) {
    return MONITORING.resolve(name).toString();
  }

  @Test
  void thePlanAndItsReportsValidateTogetherOneReportEachInTheOrderGiven() {
    Run run = Run.of("validate", "--quiet", irm, plan, tracker2023, tracker2024);

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(irm + ": 0 errors, 0 warnings, 0 infos\n"
        + plan + ": 0 errors, 14 warnings, 17 infos\n"
        + tracker2023 + ": 0 errors, 0 warnings, 0 infos\n"
        + tracker2024 + ": 0 errors, 0 warnings, 0 infos\n");
  }

  @Test
  void aCrossDocumentFindingIsInTheReferringFileWithLineAndColumnAndNamesThePlan()
      throws IOException {
    Path report = Path.of(tracker2024);
    Files.writeString(report, Files.readString(report, StandardCharsets.UTF_8)
        .replace("\"measure\": \"1.3.2\"", "\"measure\": \"9.9\""), StandardCharsets.UTF_8);

    Run run = Run.of("validate", plan, tracker2024);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains(tracker2024 + ":302:18: error: ")
        .contains("us-ogp-nap-2022-2024")
        .contains("[reference-unknown] (/entries/12/measure)\n")
        .endsWith(tracker2024 + ": 1 error, 0 warnings, 0 infos\n");
    // Alone, the report is checked alone: its plan is not there to resolve 9.9 in.
    assertThat(Run.of("validate", tracker2024).status()).isZero();
  }

  @Test
  void aFolderIsItsJsonFilesInNameOrderNotRecursing() throws IOException {
    Files.createDirectory(dir.resolve("nested.json"));
    Files.writeString(dir.resolve("notes.md"), "not a document");
    Files.copy(Path.of(plan), Files.createDirectory(dir.resolve("sub")).resolve(US_PLAN));

    Run run = Run.of("validate", "--quiet", dir.toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines().map(l -> l.substring(0, l.indexOf(": "))).toList())
        .containsExactly(irm, tracker2023, tracker2024, plan);
  }

  @Test
  void jsonGivesOneReportPerDocumentAndAProfileOnlyWherePlanRulesRan() {
    Run run = Run.of("validate", "--format", "json", "--profile", "national-program", plan,
        tracker2023, monitoring(MEMBER));

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("[\n  {\n    \"source\": \"" + plan + "\",\n"
        + "    \"profile\": \"national-program\",\n");
    assertThat(run.out().split("\"source\"")).hasSize(4);
    assertThat(run.out().split("\"profile\"")).hasSize(2);
  }

  @Test
  void aSecondDocumentWithTheIdOfAnEarlierOneIsAnErrorNamingTheFirstFile() {
    Run run = Run.of("validate", plan, tracker2023, monitoring(US_TRACKER_2023));

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains(monitoring(US_TRACKER_2023) + ":4:9: error: id "
        + "us-ogp-nap-2022-2024-tracker-2023-08 is already used by the progress-report of "
        + "document 2 (" + tracker2023 + "); this one is left out of the dataset "
        + "[document-id-duplicate] (/id)\n");
  }

  @Test
  void aDocumentThatDoesNotReadGetsItsReadingFindingsAndTheOthersAreCheckedWithoutIt()
      throws IOException {
    Files.writeString(Path.of(plan), "{\"schemaVersion\": \"1.1\", \"id\": \"us\"}");
    Path report = Path.of(tracker2024);
    Files.writeString(report, Files.readString(report, StandardCharsets.UTF_8)
        .replace("\"measure\": \"1.3.2\"", "\"measure\": \"9.9\""), StandardCharsets.UTF_8);

    Run run = Run.of("validate", plan, tracker2024);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains(plan + ":1:1: error: ").contains("[required]")
        .doesNotContain("reference-unknown")
        .endsWith(tracker2024 + ": 0 errors, 0 warnings, 0 infos\n");
  }

  @Test
  void formatTakesEveryDocumentType() throws IOException {
    for (String name : List.of(US_TRACKER_2023, US_IRM, MEMBER)) {
      Run check = Run.of("format", "--check", monitoring(name));
      assertThat(check.status()).as(name).isZero();
      assertThat(check.out()).as(name).isEmpty();
      Run printed = Run.of("format", monitoring(name));
      assertThat(printed.out()).as(name)
          .isEqualTo(Files.readString(MONITORING.resolve(name), StandardCharsets.UTF_8));
    }
    Path shuffled = dir.resolve("member.json");
    String canonical = Files.readString(MONITORING.resolve(MEMBER), StandardCharsets.UTF_8);
    Files.writeString(shuffled, canonical.replace("  \"schemaVersion\": \"1.1\",\n", "")
        .replaceFirst("\\{", "{\"schemaVersion\": \"1.1\",\n"));
    assertThat(Run.of("format", "--check", shuffled.toString()).out())
        .isEqualTo(shuffled + ": not in canonical form\n");
    assertThat(Run.of("format", "--in-place", shuffled.toString()).status()).isZero();
    assertThat(Files.readString(shuffled)).isEqualTo(canonical);
  }

  @Test
  void schemaPrintsEachTypesSchemaThePlansByDefault() {
    assertThat(Run.of("schema").out()).isEqualTo(DocumentSchemas.text(DocumentType.PLAN));
    for (DocumentType type : DocumentType.values()) {
      Run run = Run.of("schema", type.jsonName());
      assertThat(run.status()).isZero();
      assertThat(run.out()).isEqualTo(DocumentSchemas.text(type));
    }
    assertThat(Run.of("schema", "--help").out()).contains("plan", "progress-report",
        "irm-assessment", "member");
  }

  @Test
  void anUnknownSchemaTypeIsAUsageErrorNamingTheFour() {
    Run run = Run.of("schema", "irm-asessment");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("ogp: Unknown document type: 'irm-asessment' (expected one of: "
        + "plan, progress-report, irm-assessment, member)\n"
        + "Did you mean: ogp schema irm-assessment?\n"
        + "Try 'ogp schema --help' for more information.\n");
  }
}
