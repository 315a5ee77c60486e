package io.github.ogpkit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.testing.OgpFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed 003 plan as a spreadsheet in the printed layout, built from the as-published fixture
 * so that it stays in step, imports back to the fixture; and the English layout reads the
 * human-rights program.
 */
class PrintedPlanRoundTripTest {

  private static final Plan SEED_003 =
      OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED);

  private static byte[] xlsx(Plan plan) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintedPlanExporter.writeXlsx(plan, out);
    return out.toByteArray();
  }

  private static ImportResult importXlsx(Plan registry, byte[] bytes) throws IOException {
    return PrintedPlanImporter.builder().registry(registry).build()
        .readXlsx("plan.xlsx", new ByteArrayInputStream(bytes));
  }

  @Test
  void seed003PrintedAsXlsxImportsBackToTheAsPublishedFixture() throws IOException {
    ImportResult result = importXlsx(SEED_003, xlsx(SEED_003));

    assertThat(result.findings()).isEmpty();
    assertThat(result.plan()).contains(SEED_003);
  }

  @Test
  void seed003PrintedAsCsvImportsBackToTheAsPublishedFixture() {
    ImportResult result = PrintedPlanImporter.builder().registry(SEED_003).build()
        .readCsv("plan.csv", PrintedPlanExporter.toCsv(SEED_003));

    assertThat(result.findings()).isEmpty();
    assertThat(result.plan()).contains(SEED_003);
  }

  @Test
  void seed003SheetIsWrittenInAzerbaijaniWithTheSeedsHeaderAndCombinedInstitutionsCells()
      throws IOException {
    ImportResult result = importXlsx(SEED_003, xlsx(SEED_003));
    String csv = new String(PrintedPlanExporter.toCsv(SEED_003),
        java.nio.charset.StandardCharsets.UTF_8);

    assertThat(PrintedPlanExporter.sheetName("az")).isEqualTo("İcra planı");
    assertThat(csv).contains("\r\n№,\"Tədbirin adı\",\"Qiymətləndirmə indikatorları\","
        + "\"İcra / Tövsiyə\",\"İcra müddəti\"\r\n");
    assertThat(csv).contains("\"Tövsiyə edilir: bələdiyyələr\nİcraçılar: Mərkəzi Bank, ");
    // A heading's title fills its row in CSV, as a merge across the row does in XLSX.
    assertThat(csv).contains("\r\n4.1,\"Vətəndaş cəmiyyəti üzvlərinin fəaliyyətinin"
        + " dəstəklənməsi\",\"Vətəndaş");
    assertThat(result.plan().orElseThrow().findMeasure("1.8").orElseThrow().institutions())
        .isEqualTo(SEED_003.findMeasure("1.8").orElseThrow().institutions());
  }

  @Test
  void humanRightsProgramReadsBackFromTheEnglishLayoutExceptWhatAPrintedTableDoesNotHold()
      throws IOException {
    Plan program = OgpFixtures.plan("az-human-rights-program-2012-2015");
    byte[] bytes = xlsx(program);

    ImportResult result = importXlsx(program, bytes);

    assertThat(result.findings()).isEmpty();
    assertThat(result.plan()).contains(printable(program));
  }

  /**
   * What the printed layout holds of a plan of one language: its metadata comes from the
   * caller; its sections lose their descriptions, codes other than Roman numerals, policy areas,
   * links, provisions and extensions; its measures keep number, title, indicator texts,
   * assignments and time, and lose the rest; only the assigned institutions and their parents
   * are kept.
   */
  static Plan printable(Plan plan) {
    return plan.toBuilder()
        .measures(plan.measures().stream().map(PrintedPlanRoundTripTest::printable).toList())
        .sections(plan.sections().stream().map(PrintedPlanRoundTripTest::printable).toList())
        .build();
  }

  private static Section printable(Section s) {
    return Section.builder().number(s.number()).title(s.title())
        .code(s.code().filter(c -> c.matches("[IVXLCDM]+")).orElse(null))
        .measures(s.measures().stream().map(PrintedPlanRoundTripTest::printable).toList())
        .sections(s.sections().stream().map(PrintedPlanRoundTripTest::printable).toList())
        .build();
  }

  private static Measure printable(Measure m) {
    List<Indicator> indicators = m.indicators().stream().map(i -> Indicator.of(i.text()))
        .toList();
    return Measure.builder().number(m.number()).title(m.title())
        .code(m.code().filter(c -> c.matches("[IVXLCDM]+")).orElse(null))
        .indicators(indicators).institutions(m.institutions())
        .timeFrame(m.timeFrame().orElse(null)).timeFramePrinted(m.timeFramePrinted().orElse(null))
        .measures(m.measures().stream().map(PrintedPlanRoundTripTest::printable).toList())
        .build();
  }

  @Test
  void exportedSheetHasNoErrorsForEveryFixtureInItsFirstLanguage() throws IOException {
    for (String id : OgpFixtures.ids()) {
      if (!(OgpFixtures.document(id) instanceof Plan plan)) {
        continue;
      }
      ImportResult result = importXlsx(plan, xlsx(plan));
      assertThat(result.findings()).as(id)
          .noneMatch(f -> f.severity() == Severity.ERROR);
      assertThat(result.plan()).as(id).isPresent();
    }
  }
}
