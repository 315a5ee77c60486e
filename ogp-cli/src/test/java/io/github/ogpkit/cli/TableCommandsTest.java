package io.github.ogpkit.cli;

import static io.github.ogpkit.cli.MonitoringCommandsTest.MONITORING;
import static io.github.ogpkit.cli.MonitoringCommandsTest.PLANS;
import static io.github.ogpkit.cli.MonitoringCommandsTest.US_PLAN;
import static io.github.ogpkit.cli.MonitoringCommandsTest.US_TRACKER_2024;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ogp export} and {@code ogp import} on the real fixtures, through both layouts. */
class TableCommandsTest {

  private static final String US = PLANS.resolve(US_PLAN).toString();
  private static final String US_TRACKER = MONITORING.resolve(US_TRACKER_2024).toString();
  private static final String AZ = PLANS.resolve("az-ogp-nap-2016-2018.json").toString();
  private static final Path AS_PUBLISHED = PLANS.resolve("az-ogp-nap-2016-2018-as-published.json");
  private static final Path PRINTED_SAMPLE =
      PLANS.resolve("az-ogp-nap-2016-2018-as-published.printed.csv");

  @TempDir
  Path dir;

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void aPlanWithItsTrackerExportedToAWorkbookImportsBackToTheSamePlan() throws IOException {
    String workbook = dir.resolve("us.xlsx").toString();
    Run export = Run.of("export", "--to", "xlsx", "-o", workbook, US, US_TRACKER);

    assertThat(export.status()).isZero();
    assertThat(export.err()).isEmpty();
    assertThat(export.out()).isEqualTo(workbook + ": us-ogp-nap-2022-2024: plan, measures,"
        + " institutions, assignments, indicators, links, provisions, statuses\n");

    String json = dir.resolve("us.json").toString();
    Run imported = Run.of("import", "-o", json, workbook);

    assertThat(imported.status()).isZero();
    assertThat(imported.err()).isEmpty();
    // The statuses are a view of the tracker, not part of the plan; the plan's own warnings
    // (no time frames on the milestones) are the fixture's, now located in us.json.
    assertThat(imported.out())
        .startsWith("statuses: info: the statuses are not part of a plan: not imported"
            + " [sheet-ignored]\n")
        .contains("us.json:161:13: warning: measure 1.1.1 has no time frame")
        .endsWith("us.json: 0 errors, 14 warnings, 17 infos\n");
    assertThat(read("us.json")).isEqualTo(Files.readString(Path.of(US)));
  }

  @Test
  void aPlanExportedToCsvFilesImportsBackAndBothSayTheExtensionsAreLeftOut() throws IOException {
    Path out = dir.resolve("az");
    Run export = Run.of("export", "--to", "csv", "-o", out.toString(), AZ);

    assertThat(export.status()).isZero();
    assertThat(export.err())
        .isEqualTo("az-ogp-nap-2016-2018: /extensions not exported: tables do not hold"
            + " extensions\n");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          "assignments.csv", "indicators.csv", "institutions.csv", "links.csv", "measures.csv",
          "plan.csv", "provisions.csv");
    }

    Run imported = Run.of("import", "-o", dir.resolve("az.json").toString(), out.toString());

    assertThat(imported.status()).isZero();
    assertThat(imported.out()).contains("[extensions-dropped]")
        .endsWith("az.json: 0 errors, 19 warnings, 10 infos\n");
  }

  @Test
  void theSeedPlanInThePrintedLayoutImportsWithItsRegistryToTheAsPublishedFixture()
      throws IOException {
    String json = dir.resolve("plan.json").toString();
    Run imported = Run.of("import", "--registry", AS_PUBLISHED.toString(), "-o", json,
        PRINTED_SAMPLE.toString());

    // The plan as published has its misprints: the validation's errors make the status 1.
    assertThat(imported.status()).isEqualTo(1);
    assertThat(imported.err()).isEmpty();
    assertThat(imported.out()).endsWith("plan.json: 37 errors, 9 warnings, 10 infos\n");
    assertThat(read("plan.json")).isEqualTo(Files.readString(AS_PUBLISHED));
  }

  @Test
  void aPrintedWorkbookExportedFromAPlanImportsBackToIt() throws IOException {
    String workbook = dir.resolve("draft.xlsx").toString();
    Run export = Run.of("export", "--to", "xlsx", "--layout", "printed", "-o", workbook,
        AS_PUBLISHED.toString());
    assertThat(export.status()).isZero();
    assertThat(export.out()).isEqualTo(
        workbook + ": az-ogp-nap-2016-2018-as-published in the printed layout\n");

    Run imported = Run.of("import", "--registry", AS_PUBLISHED.toString(), "-o",
        dir.resolve("plan.json").toString(), workbook);

    assertThat(imported.err()).isEmpty();
    assertThat(read("plan.json")).isEqualTo(Files.readString(AS_PUBLISHED));
  }

  @Test
  void aDraftWithAnUnknownInstitutionAndABadTimeIsImportedWithEachProblemAtItsCell()
      throws IOException {
    Path draft = dir.resolve("draft.csv");
    Files.writeString(draft, """
        No.,Measure,Indicators,Executors,Time
        1.,Open data,,,
        1.1,Publish budgets,Budgets published,Ministry of Finance,2025
        1.2,Open contracts,,Ministry of Fiance,next year
        """, StandardCharsets.UTF_8);
    Path registry = dir.resolve("institutions.csv");
    Files.writeString(registry, """
        id,name@en,kind
        ministry-of-finance,Ministry of Finance,MINISTRY
        """, StandardCharsets.UTF_8);

    Run imported = Run.of("import", "--registry", registry.toString(), "--id", "xx-draft",
        "--country", "AZ", "--period", "2025/2026", "-o", dir.resolve("plan.json").toString(),
        draft.toString());

    assertThat(imported.status()).isEqualTo(1);
    assertThat(imported.out())
        .contains("draft.csv!D4: error: ", "[institution-unknown]", "Ministry of Finance")
        .contains("draft.csv!E4: warning: ", "[time-unparsed]")
        .contains("plan.json: ");
    // The import went on past both: the plan holds both measures.
    assertThat(read("plan.json")).contains("\"xx-draft\"", "Publish budgets", "Open contracts");
  }

  @Test
  void langAzGivesTheImportsFindingsInAzerbaijaniAsWellAsTheValidations() throws IOException {
    Path draft = dir.resolve("draft.csv");
    Files.writeString(draft, """
        №,Tədbirin adı,İcra / Tövsiyə,İcra müddəti
        1.1,Büdcələrin dərci,Maliyyə Nazirliyi,2025
        1.2,Müqavilələrin dərci,Maliyə Nazirliyi,gələn il
        """, StandardCharsets.UTF_8);
    Path registry = dir.resolve("institutions.csv");
    Files.writeString(registry, """
        id,name@az,kind
        ministry-of-finance,Maliyyə Nazirliyi,MINISTRY
        """, StandardCharsets.UTF_8);
    Path empty = dir.resolve("empty");
    Files.createDirectory(empty);

    Run printed = Run.of("import", "--lang", "az", "--registry", registry.toString(), "--id",
        "xx-draft", "--country", "AZ", "--period", "2025/2026", "-o",
        dir.resolve("plan.json").toString(), draft.toString());
    Run tidy = Run.of("import", "--lang", "az", "-o", dir.resolve("tidy.json").toString(),
        empty.toString());
    Run english = Run.of("import", "-o", dir.resolve("tidy.json").toString(), empty.toString());

    assertThat(printed.out())
        .contains("draft.csv!C3: error: reyestrdə \"Maliyə Nazirliyi\" adlı qurum yoxdur; ən"
            + " yaxın ad: \"Maliyyə Nazirliyi\"; o, 1.2 tədbirinə təyin edilmir"
            + " [institution-unknown]")
        .contains("draft.csv!D3: warning: 1.2 tədbirinin \"gələn il\" icra müddəti oxunmur (")
        .doesNotContain("no institution in the registry");
    assertThat(tidy.out()).contains("empty: error: plan.csv faylı yoxdur; səliqəli düzüm üçün o"
        + " lazımdır [sheet-missing]");
    assertThat(english.out()).contains("empty: error: there is no file plan.csv; the tidy layout"
        + " needs it [sheet-missing]");
  }

  @Test
  void jsonOutputIsOneObjectOfTheImportsFindingsAndTheReport() throws IOException {
    Run imported = Run.of("import", "--format", "json", "--registry", AS_PUBLISHED.toString(),
        "-o", dir.resolve("plan.json").toString(), PRINTED_SAMPLE.toString());

    JsonNode object = JsonMapper.builder().build().readTree(imported.out());
    assertThat(object.get("findings").isArray()).isTrue();
    assertThat(object.get("report").get("findings").size()).isEqualTo(56);
  }

  @Test
  void noPlanMeansNoFileAndExitStatusOne() throws IOException {
    Path empty = dir.resolve("empty");
    Files.createDirectory(empty);

    Run imported = Run.of("import", "-o", dir.resolve("plan.json").toString(), empty.toString());

    assertThat(imported.status()).isEqualTo(1);
    assertThat(imported.out()).contains("[sheet-missing]");
    assertThat(imported.err()).endsWith(": no plan could be read; " + dir.resolve("plan.json")
        + " is not written\n");
    assertThat(dir.resolve("plan.json")).doesNotExist();
  }

  @Test
  void severalPlansGoToOneEntryEachInTheOutputDirectory() {
    Path out = dir.resolve("plans");
    Run export = Run.of("export", "--to", "xlsx", "-o", out.toString(), US, AZ);

    assertThat(export.status()).isZero();
    assertThat(out.resolve("us-ogp-nap-2022-2024.xlsx")).isRegularFile();
    assertThat(out.resolve("az-ogp-nap-2016-2018.xlsx")).isRegularFile();
  }

  @Test
  void usageErrorsSayWhatIsMissingOrWrong() throws IOException {
    assertThat(Run.of("export", "--to", "csv", US).err()).contains("Missing -o OUT");
    assertThat(Run.of("export", "-o", "x", US).err()).contains("Missing --to=csv|xlsx");
    assertThat(Run.of("import", PRINTED_SAMPLE.toString()).err()).contains("Missing -o FILE");
    Path tables = dir.resolve("t");
    Files.createDirectory(tables);
    Run printedDirectory = Run.of("import", "--layout", "printed", "-o", "x.json",
        tables.toString());
    assertThat(printedDirectory.status()).isEqualTo(2);
    assertThat(printedDirectory.err()).contains("the printed layout is one file");
    Run registryOnTidy = Run.of("import", "--registry", AZ, "-o", "x.json", tables.toString());
    assertThat(registryOnTidy.err()).contains("--registry is for the printed layout");
    Run badPeriod = Run.of("import", "--period", "soon", "-o", "x.json",
        PRINTED_SAMPLE.toString());
    assertThat(badPeriod.status()).isEqualTo(2);
    assertThat(badPeriod.err()).contains("--period soon");
  }

  @Test
  void theWrittenPlanHasTheUsersOrdinaryPermissionsNotThoseOfATemporaryFile() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault()
        .supportedFileAttributeViews().contains("posix"));
    Path plan = dir.resolve("plan.json");
    Run.of("import", "--registry", AS_PUBLISHED.toString(), "-o", plan.toString(),
        PRINTED_SAMPLE.toString());

    assertThat(Files.getPosixFilePermissions(plan))
        .isEqualTo(Files.getPosixFilePermissions(Files.createFile(dir.resolve("ordinary"))));
  }

  @Test
  void anOutputInADirectoryThatDoesNotExistIsRefusedAndNothingIsWritten() {
    Path out = dir.resolve("missing").resolve("plan.json");
    Run imported = Run.of("import", "--registry", AS_PUBLISHED.toString(), "-o",
        out.toString(), PRINTED_SAMPLE.toString());

    assertThat(imported.status()).isEqualTo(2);
    assertThat(imported.err()).contains("cannot write").contains("does not exist");
    assertThat(dir.resolve("missing")).doesNotExist();
  }
}
