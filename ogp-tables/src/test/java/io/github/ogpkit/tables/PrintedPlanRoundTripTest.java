package io.github.ogpkit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PrintedTimeFrames;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.testing.OgpFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
   * What the printed layout holds of a plan, in a language: its metadata comes from the caller;
   * its sections keep number, title and Roman-numeral codes, and lose descriptions, other codes,
   * policy areas, links, provisions and extensions; its measures keep number, title, indicator
   * texts (one a line), assignments and time, and lose the rest; texts are in the one language
   * (a text without it in its first language); the printed time is the one in the language when
   * it differs from the time frame's notation; only the assigned institutions and their parents
   * are kept.
   */
  static Plan printable(Plan plan) {
    return printable(plan, plan.languages().get(0));
  }

  static Plan printable(Plan plan, String language) {
    Set<String> keep = new LinkedHashSet<>();
    for (Measure m : plan.allMeasures()) {
      for (Measure sub : m.withAllSubMeasures()) {
        for (Assignment a : sub.institutions()) {
          for (String at = a.institution(); at != null && keep.add(at); ) {
            String current = at;
            at = plan.findInstitution(current).flatMap(Institution::parent).orElse(null);
          }
        }
      }
    }
    return plan.toBuilder()
        .institutions(plan.institutions().stream().filter(i -> keep.contains(i.id())).toList())
        .measures(plan.measures().stream().map(m -> printable(m, language)).toList())
        .sections(plan.sections().stream().map(s -> printable(s, language)).toList())
        .build();
  }

  private static LocalizedText in(LocalizedText text, String language) {
    return LocalizedText.of(language, text.get(language)
        .orElseGet(() -> text.asMap().values().iterator().next()).strip());
  }

  private static Section printable(Section s, String language) {
    return Section.builder().number(s.number()).title(in(s.title(), language))
        .code(s.code().filter(c -> c.matches("[IVXLCDM]+")).orElse(null))
        .measures(s.measures().stream().map(m -> printable(m, language)).toList())
        .sections(s.sections().stream().map(t -> printable(t, language)).toList())
        .build();
  }

  private static boolean readsAs(String printed, TimeFrame frame) {
    try {
      return PrintedTimeFrames.parse(printed).equals(frame);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Measure printable(Measure m, String language) {
    List<Indicator> indicators = m.indicators().stream()
        .flatMap(i -> in(i.text(), language).get(language).orElseThrow().lines())
        .filter(line -> !line.isBlank()).map(line -> Indicator.of(language, line.strip()))
        .toList();
    String printed = m.timeFramePrinted().flatMap(p -> p.get(language)).map(String::strip)
        .filter(p -> m.timeFrame().isEmpty() || readsAs(p, m.timeFrame().get()))
        .filter(p -> !m.timeFrame().map(Object::toString).orElse("").equals(p)).orElse(null);
    return Measure.builder().number(m.number()).title(in(m.title(), language))
        .code(m.code().filter(c -> c.matches("[IVXLCDM]+")).orElse(null))
        .indicators(indicators).institutions(m.institutions().stream()
            .map(a -> new Assignment(a.institution(), a.role())).toList())
        .timeFrame(m.timeFrame().orElse(null))
        .timeFramePrinted(printed == null ? null : LocalizedText.of(language, printed))
        .measures(m.measures().stream().map(sub -> printable(sub, language)).toList())
        .build();
  }

  @Test
  void everyFixturePlanReadsBackFromXlsxAndCsvExceptWhatAPrintedTableDoesNotHold()
      throws IOException {
    for (String id : OgpFixtures.ids()) {
      if (!(OgpFixtures.document(id) instanceof Plan plan)) {
        continue;
      }
      String language = plan.languages().get(0);
      Plan expected = printable(plan, language);
      PrintedPlanImporter importer = PrintedPlanImporter.builder().registry(plan).build();
      ImportResult fromXlsx = importXlsx(plan, xlsx(plan));
      ImportResult fromCsv = importer.readCsv(id + ".csv", PrintedPlanExporter.toCsv(plan));

      assertThat(fromXlsx.findings()).as(id).noneMatch(f -> f.severity() == Severity.ERROR);
      assertThat(fromXlsx.plan()).as(id).contains(expected);
      assertThat(fromCsv.plan()).as(id).contains(expected);
    }
  }
}
