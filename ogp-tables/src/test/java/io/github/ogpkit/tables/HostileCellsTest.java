package io.github.ogpkit.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.InstitutionKind;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.report.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class HostileCellsTest {

  static final List<String> FORMULAS = List.of("=HYPERLINK(\"https://evil.example/\",\"click\")",
      "+1", "-2+3", "@SUM(A1)", "=1+1", "'=1+1", "'", "''", "\t=1", "\r=1", "=cmd|' /C calc'!A0",
      "_x0041_", "a_x005F_b", "bell\u0007 and nul\u0000", "cr\rlf\r\n", "_x12");

  /** A plan of one section whose measures have these titles, numbered 1.1, 1.2, ... */
  static Plan planWithTitles(List<String> titles) {
    Section.Builder section = Section.builder().number("1").title("en", "Section");
    for (int i = 0; i < titles.size(); i++) {
      section.measure(Measure.builder().number("1." + (i + 1)).title("en", titles.get(i))
          .timeFrame("2020").executor("ministry").build());
    }
    return Plan.builder().id("hostile").kind(PlanKind.OGP_ACTION_PLAN).country("AZ")
        .title("en", "Hostile cells").languages("en").period("2020/2021")
        .institution(Institution.builder().id("ministry").name("en", "Ministry")
            .kind(InstitutionKind.MINISTRY).build())
        .section(section.build()).build();
  }

  @Test
  void formulasInTitlesAreWrittenGuardedInCsvAndComeBackExactly(@TempDir Path dir)
      throws IOException {
    Plan plan = planWithTitles(FORMULAS);
    PlanTables.writeCsv(plan, dir);
    String csv = Files.readString(dir.resolve("measures.csv"));
    assertThat(csv).contains("\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"click\"\")\"")
        .contains("\"'+1\"").contains("\"'-2+3\"").contains("\"'@SUM(A1)\"")
        .contains("\"''=1+1\"").contains("\"'\t=1\"").contains("\"'\r=1\"");
    // No cell starts with a character that a spreadsheet reads as the start of a formula.
    assertThat(csv).doesNotContainPattern("(^|,)\"[=+\\-@\t\r]");
    ImportResult result = PlanTables.readCsv(dir);
    assertThat(result.findings()).isEmpty();
    assertThat(result.plan()).hasValue(plan);
  }

  @Test
  void formulasInTitlesAreStringCellsInXlsxAndComeBackExactly() throws IOException {
    Plan plan = planWithTitles(FORMULAS);
    byte[] workbook = xlsx(plan);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      List<String> titles = new ArrayList<>();
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
      Sheet measures = book.getSheet("measures");
      int title = column(measures, "title@en");
      for (int r = 2; r <= measures.getLastRowNum(); r++) {
        Cell cell = measures.getRow(r).getCell(title);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        titles.add(cell.getStringCellValue());
      }
      assertThat(titles).containsExactlyElementsOf(FORMULAS);
      assertThat(measures.getPaneInformation().isFreezePane()).isTrue();
      assertThat(measures.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    }
    assertThat(PlanTables.readXlsx(new ByteArrayInputStream(workbook)).plan()).hasValue(plan);
  }

  @Test
  void everyNaughtyStringRoundTripsAsAMeasureTitleThroughCsvAndXlsx() throws IOException {
    List<String> titles;
    try (InputStream in = HostileCellsTest.class.getResourceAsStream("/corpora/blns/blns.json")) {
      titles = List.of(JsonMapper.builder().build().readValue(in, String[].class));
    }
    titles = titles.stream().filter(s -> !s.isBlank()).toList();
    assertThat(titles).hasSizeGreaterThan(400);
    Plan plan = planWithTitles(titles);
    ImportResult csv = Plans.throughCsv(plan);
    assertThat(csv.findings()).isEmpty();
    assertThat(titles(csv)).containsExactlyElementsOf(titles);
    assertThat(csv.plan()).hasValue(plan);
    ImportResult xlsx = Plans.throughXlsx(plan);
    assertThat(xlsx.findings()).isEmpty();
    assertThat(titles(xlsx)).containsExactlyElementsOf(titles);
    assertThat(xlsx.plan()).hasValue(plan);
  }

  @Test
  void aTitleOf32767CharactersFillsOneCellAndComesBack() {
    Plan plan = planWithTitles(List.of("a".repeat(32_766) + "\u00e9"));
    assertThat(Plans.throughXlsx(plan).plan()).hasValue(plan);
    assertThat(Plans.throughCsv(plan).plan()).hasValue(plan);
  }

  @Test
  void aLongerTitleIsAnXlsxExportErrorNamingTheMeasureAndWritesNothing() {
    Plan plan = planWithTitles(List.of("short", "b".repeat(32_768)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> PlanTables.writeXlsx(plan, out))
        .isInstanceOf(TableExportException.class)
        .hasMessageContaining("measure 1.2").hasMessageContaining("32768")
        .hasMessageContaining("measures!G4")
        .satisfies(e -> assertThat(((TableExportException) e).cell())
            .hasValue(CellRef.parse("measures!G4")));
    assertThat(out.size()).isZero();
  }

  @Test
  void csvHasNoCellLimit() {
    Plan plan = planWithTitles(List.of("c".repeat(100_000)));
    assertThat(Plans.throughCsv(plan).plan()).hasValue(plan);
  }

  @Test
  void emptyRowsInTheMiddleAreSkipped(@TempDir Path dir) throws IOException {
    Plan plan = planWithTitles(List.of("one", "two", "three"));
    PlanTables.writeCsv(plan, dir);
    Path measures = dir.resolve("measures.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(measures));
    lines.add(3, "");
    lines.add(2, ",,,,,");
    lines.add(2, "\"\",\"\"");
    Files.writeString(measures, String.join("\r\n", lines) + "\r\n\r\n");
    ImportResult result = PlanTables.readCsv(dir);
    assertThat(result.findings()).isEmpty();
    assertThat(result.plan()).hasValue(plan);
  }

  @Test
  void emptyRowsInTheMiddleOfASheetAreSkipped() throws IOException {
    Plan plan = planWithTitles(List.of("one", "two", "three"));
    byte[] bytes = xlsx(plan);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet measures = book.getSheet("measures");
      measures.shiftRows(2, measures.getLastRowNum(), 3);
      measures.createRow(3).createCell(4).setCellValue("");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      bytes = out.toByteArray();
    }
    ImportResult result = PlanTables.readXlsx(new ByteArrayInputStream(bytes));
    assertThat(result.findings()).isEmpty();
    assertThat(result.plan()).hasValue(plan);
  }

  private static List<String> titles(ImportResult result) {
    return result.plan().orElseThrow().allMeasures().stream()
        .map(m -> m.title().get("en").orElseThrow()).toList();
  }

  static byte[] xlsx(Plan plan) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanTables.writeXlsx(plan, out);
    return out.toByteArray();
  }

  static int column(Sheet sheet, String name) {
    for (Cell cell : sheet.getRow(0)) {
      if (cell.getStringCellValue().equals(name)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + name);
  }
}
