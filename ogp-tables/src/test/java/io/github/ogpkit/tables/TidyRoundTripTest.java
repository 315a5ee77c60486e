package io.github.ogpkit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.testing.OgpFixtures;
import io.github.ogpkit.testing.generator.PlanGenerator;
import io.github.ogpkit.testing.generator.Property;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TidyRoundTripTest {

  static Stream<String> fixtures() {
    return OgpFixtures.ids().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureComesBackEqualThroughCsv(String id) {
    roundTrip(OgpFixtures.plan(id), Plans::throughCsv);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureComesBackEqualThroughXlsx(String id) {
    roundTrip(OgpFixtures.plan(id), Plans::throughXlsx);
  }

  private static void roundTrip(Plan plan, Function<Plan, ImportResult> through) {
    ImportResult result = through.apply(plan);
    assertThat(result.findings()).allMatch(f -> f.severity() == Severity.INFO,
        "only notes");
    assertThat(result.plan()).hasValue(Plans.withoutExtensions(plan));
  }

  @Test
  void generatedValidPlansComeBackEqualThroughCsvAndXlsx() {
    Property.forAll(PlanGenerator.validPlans())
        .tries(40)
        .check(plan -> {
          assertThat(Plans.throughCsv(plan).plan()).hasValue(Plans.withoutExtensions(plan));
          assertThat(Plans.throughXlsx(plan).plan()).hasValue(Plans.withoutExtensions(plan));
        });
  }

  @Test
  void theSummaryAndTheImportNameTheExtensionsThatTablesDoNotHold() throws IOException {
    Plan plan = OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportSummary summary = PlanTables.writeXlsx(plan, out);
    assertThat(summary.isLossless()).isFalse();
    assertThat(summary.droppedExtensions()).isNotEmpty()
        .allMatch(pointer -> pointer.endsWith("/extensions"));
    assertThat(summary.tables()).containsExactly("plan", "measures", "institutions",
        "assignments", "indicators", "links", "provisions");
    ImportResult result = PlanTables.readXlsx(new ByteArrayInputStream(out.toByteArray()));
    assertThat(result.findings()).filteredOn(f -> f.rule().equals("extensions-dropped"))
        .hasSameSizeAs(summary.droppedExtensions())
        .allMatch(f -> f.severity() == Severity.INFO && f.cell().isPresent());
  }

  @Test
  void aPlanWithoutExtensionsIsExportedLosslessly() throws IOException {
    for (String id : OgpFixtures.ids()) {
      Plan plan = OgpFixtures.plan(id);
      ExportSummary summary = PlanTables.writeXlsx(plan, new ByteArrayOutputStream());
      assertThat(summary.isLossless()).as(id)
          .isEqualTo(plan.equals(Plans.withoutExtensions(plan)));
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void aDatasetAddsItsStatusesWhichTheImportLeavesOutOfThePlan(String id, @TempDir Path dir)
      throws IOException {
    Dataset dataset = OgpFixtures.dataset(id);
    ExportSummary summary = PlanTables.writeCsv(dataset, id, dir);
    assertThat(summary.tables()).endsWith("statuses");
    long entries = dataset.progressReports().stream().filter(r -> r.plan().equals(id))
        .mapToLong(r -> r.entries().size()).sum()
        + dataset.irmAssessments().stream().filter(a -> a.plan().equals(id))
        .mapToLong(a -> a.entries().size()).sum();
    List<String> lines = Files.readAllLines(dir.resolve("statuses.csv"));
    assertThat(lines.get(0)).isEqualTo("\"plan\",\"document\",\"reporterKind\",\"reporter\","
        + "\"asOf\",\"measure\",\"ogpId\",\"status\",\"completion\",\"onSchedule\",\"starred\"");
    // No status text spans lines, so each entry is one line.
    assertThat(lines).hasSize((int) entries + 1);
    ImportResult result = PlanTables.readCsv(dir);
    assertThat(result.findings()).anyMatch(f -> f.rule().equals("sheet-ignored")
        && f.sheet().equals("statuses.csv"));
    assertThat(result.plan()).hasValue(Plans.withoutExtensions(OgpFixtures.plan(id)));
  }

  @Test
  void theStatusesOfAnIrmAssessmentAndAProgressReportAreRowsWithTheirDay(@TempDir Path dir)
      throws IOException {
    PlanTables.writeCsv(OgpFixtures.dataset(OgpFixtures.CA_OGP_NAP_2022_2024),
        OgpFixtures.CA_OGP_NAP_2022_2024, dir);
    String statuses = Files.readString(dir.resolve("statuses.csv"));
    assertThat(statuses).contains("\"GOVERNMENT\"").contains("\"IRM\"")
        .containsPattern("\"20[0-9]{2}-[0-9]{2}-[0-9]{2}\"");
  }

  @Test
  void aDatasetWithoutThePlanIsRefused(@TempDir Path dir) {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> PlanTables.writeCsv(OgpFixtures.dataset(OgpFixtures.CA_OGP_NAP_2022_2024),
            "no-such-plan", dir))
        .withMessageContaining("no-such-plan");
  }
}
