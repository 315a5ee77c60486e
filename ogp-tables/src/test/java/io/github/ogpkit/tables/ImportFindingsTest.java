package io.github.ogpkit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.report.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import findings at their cells. The plan has section 1 (row 2 of measures.csv) and measures
 * 1.1, 1.2, 1.3 (rows 3 to 5), each assigned to one ministry (rows 2 to 4 of assignments.csv).
 */
class ImportFindingsTest {

  @TempDir Path dir;
  Plan plan;

  @BeforeEach
  void export() throws IOException {
    plan = HostileCellsTest.planWithTitles(List.of("one", "two", "three"));
    PlanTables.writeCsv(plan, dir);
  }

  /** Sets a cell of a CSV file written by the exporter (every cell quoted, no line breaks). */
  private void edit(String file, int row, String column, String value) throws IOException {
    Path path = dir.resolve(file);
    List<String> lines = new ArrayList<>(Files.readAllLines(path));
    List<String> header = cells(lines.get(0));
    List<String> cells = cells(lines.get(row - 1));
    cells.set(header.indexOf(column), value);
    lines.set(row - 1, join(cells));
    Files.writeString(path, String.join("\r\n", lines) + "\r\n");
  }

  private static List<String> cells(String line) {
    return new ArrayList<>(Arrays.asList(line.substring(1, line.length() - 1).split("\",\"", -1)));
  }

  private static String join(List<String> cells) {
    return "\"" + String.join("\",\"", cells) + "\"";
  }

  private ImportResult read() throws IOException {
    return PlanTables.readCsv(dir);
  }

  private static TableFinding only(ImportResult result, String rule) {
    List<TableFinding> found = result.findings().stream().filter(f -> f.rule().equals(rule))
        .toList();
    assertThat(found).as(result.findings().toString()).hasSize(1);
    return found.get(0);
  }

  @Test
  void aTimeFrameThatDoesNotParseIsAnErrorAtItsCellAndTheMeasureKeepsTheRest()
      throws IOException {
    edit("measures.csv", 4, "timeFrame", "soon");
    ImportResult result = read();
    TableFinding finding = only(result, "time-frame-invalid");
    assertThat(finding.cell()).hasValue(CellRef.parse("measures.csv!M4"));
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.toString()).startsWith("measures.csv!M4: error: ")
        .endsWith(" [time-frame-invalid]");
    Measure m = result.plan().orElseThrow().findMeasure("1.2").orElseThrow();
    assertThat(m.timeFrame()).isEmpty();
    assertThat(m.title().get("en")).hasValue("two");
    assertThat(m.institutions()).hasSize(1);
  }

  @Test
  void anUnknownKindIsAnErrorAtItsCellAndTheRowsThatNameItAreErrorsToo() throws IOException {
    edit("measures.csv", 3, "kind", "chapter");
    ImportResult result = read();
    assertThat(only(result, "kind-unknown").cell()).hasValue(CellRef.parse("measures.csv!A3"));
    assertThat(only(result, "reference-unknown").cell())
        .hasValue(CellRef.parse("assignments.csv!A2"));
    assertThat(result.plan().orElseThrow().allMeasures()).extracting(m -> m.number().toString())
        .containsExactly("1.2", "1.3");
  }

  @Test
  void aBrokenNumberIsAnErrorAtItsCell() throws IOException {
    edit("measures.csv", 5, "number", "1.x");
    assertThat(only(read(), "number-invalid").cell()).hasValue(CellRef.parse("measures.csv!B5"));
  }

  @Test
  void aParentThatNoRowBeforeNumbersIsAnErrorAtItsCell() throws IOException {
    edit("measures.csv", 3, "parent", "7");
    TableFinding finding = only(read(), "parent-unknown");
    assertThat(finding.cell()).hasValue(CellRef.parse("measures.csv!E3"));
    assertThat(finding.message()).contains("7");
  }

  @Test
  void anUnknownRoleIsAnErrorAtItsCell() throws IOException {
    edit("assignments.csv", 3, "role", "boss");
    ImportResult result = read();
    assertThat(only(result, "role-unknown").cell())
        .hasValue(CellRef.parse("assignments.csv!C3"));
    assertThat(result.plan().orElseThrow().findMeasure("1.2").orElseThrow().institutions())
        .isEmpty();
  }

  @Test
  void theImportGoesOnPastEveryBadCell() throws IOException {
    edit("measures.csv", 4, "timeFrame", "soon");
    edit("measures.csv", 5, "number", "1.x");
    edit("assignments.csv", 2, "role", "boss");
    edit("institutions.csv", 2, "collective", "maybe");
    ImportResult result = read();
    // In the order of the cells: files in the directory's (name) order, then rows and columns.
    assertThat(result.findings()).extracting(f -> f.cell().orElseThrow().toString())
        .containsExactly("assignments.csv!C2", "assignments.csv!A4", "institutions.csv!E2",
            "measures.csv!M4", "measures.csv!B5");
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.plan()).isPresent();
  }

  @Test
  void aDatasetWorkbookHasAStatusesSheetWithDateCells() throws IOException {
    String id = io.github.ogpkit.testing.OgpFixtures.US_OGP_NAP_2022_2024;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanTables.writeXlsx(io.github.ogpkit.testing.OgpFixtures.dataset(id), id, out);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var statuses = book.getSheet("statuses");
      assertThat(statuses.getLastRowNum()).isPositive();
      var asOf = statuses.getRow(1).getCell(HostileCellsTest.column(statuses, "asOf"));
      assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(asOf)).isTrue();
      assertThat(asOf.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
    }
    ImportResult result = PlanTables.readXlsx(new ByteArrayInputStream(out.toByteArray()));
    assertThat(only(result, "sheet-ignored").sheet()).isEqualTo("statuses");
  }

  @Test
  void anUnknownColumnIsANoteAtItsHeaderCell() throws IOException {
    Path path = dir.resolve("measures.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(path));
    for (int i = 0; i < lines.size(); i++) {
      lines.set(i, lines.get(i) + (i == 0 ? ",\"notes\"" : ",\"x\""));
    }
    Files.writeString(path, String.join("\r\n", lines));
    ImportResult result = read();
    TableFinding finding = only(result, "column-ignored");
    assertThat(finding.severity()).isEqualTo(Severity.INFO);
    assertThat(finding.cell()).hasValue(CellRef.parse("measures.csv!V1"));
    assertThat(finding.message()).contains("notes");
    assertThat(result.plan()).hasValue(plan);
  }

  @Test
  void aMissingRequiredColumnIsAnErrorAboutTheSheetAndThereIsNoPlan() throws IOException {
    edit("measures.csv", 1, "kind", "type");
    ImportResult result = read();
    TableFinding missing = only(result, "column-missing");
    assertThat(missing.severity()).isEqualTo(Severity.ERROR);
    assertThat(missing.sheet()).isEqualTo("measures.csv");
    assertThat(missing.cell()).isEmpty();
    assertThat(only(result, "column-ignored").cell()).hasValue(CellRef.parse("measures.csv!A1"));
    assertThat(result.plan()).isEmpty();
  }

  @Test
  void aMissingTableIsAnErrorAndThereIsNoPlan() throws IOException {
    Files.delete(dir.resolve("plan.csv"));
    ImportResult result = read();
    assertThat(only(result, "sheet-missing").message()).contains("plan.csv");
    assertThat(result.plan()).isEmpty();
  }

  @Test
  void anUnknownPlanPropertyIsANote() throws IOException {
    Path path = dir.resolve("plan.csv");
    Files.writeString(path, Files.readString(path) + "\"motto\",\"\",\"Open\"\r\n");
    ImportResult result = read();
    assertThat(only(result, "property-ignored").cell()).isPresent();
    assertThat(result.plan()).hasValue(plan);
  }

  @Test
  void aFileThatIsNotUtf8IsAFindingNotAnException() throws IOException {
    Files.write(dir.resolve("links.csv"), new byte[] {(byte) 0xC3, (byte) 0x28});
    ImportResult result = read();
    assertThat(only(result, "table-unreadable").sheet()).isEqualTo("links.csv");
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    Path path = dir.resolve("measures.csv");
    byte[] bytes = Files.readAllBytes(path);
    byte[] withBom = new byte[bytes.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, withBom, 3, bytes.length);
    Files.write(path, withBom);
    assertThat(read().plan()).hasValue(plan);
  }

  @Test
  void theCsvIsUtf8WithoutByteOrderMarkAndCrlfLineEnds() throws IOException {
    byte[] bytes = Files.readAllBytes(dir.resolve("measures.csv"));
    assertThat(bytes[0]).isEqualTo((byte) '"');
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n")
        .doesNotContainPattern("[^\r]\n");
  }

  @Test
  void aBadCellOfAWorkbookIsFoundAtItsA1Address() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanTables.writeXlsx(plan, out);
    byte[] bytes;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      set(book.getSheet("measures").getRow(3), 12, "soon");
      set(book.getSheet("assignments").getRow(1), 2, "boss");
      ByteArrayOutputStream edited = new ByteArrayOutputStream();
      book.write(edited);
      bytes = edited.toByteArray();
    }
    ImportResult result = PlanTables.readXlsx(new ByteArrayInputStream(bytes));
    assertThat(result.findings()).extracting(TableFinding::toString)
        .anyMatch(s -> s.startsWith("measures!M4: error: ") && s.endsWith("[time-frame-invalid]"))
        .anyMatch(s -> s.startsWith("assignments!C2: error: ") && s.endsWith("[role-unknown]"));
  }

  /** Replaces a cell: POI keeps the inline string of a streamed cell when only its value is set. */
  private static void set(org.apache.poi.ss.usermodel.Row row, int column, String value) {
    row.removeCell(row.getCell(column));
    row.createCell(column).setCellValue(value);
  }

  @Test
  void aWorkbookFileIsWrittenWholeOrNotAtAll(@TempDir Path out) throws IOException {
    Path file = out.resolve("plan.xlsx");
    PlanTables.writeXlsx(plan, file);
    assertThat(PlanTables.readXlsx(file).plan()).hasValue(plan);
    byte[] before = Files.readAllBytes(file);
    Plan tooLong = HostileCellsTest.planWithTitles(List.of("x".repeat(40_000)));
    org.assertj.core.api.Assertions.assertThatExceptionOfType(TableExportException.class)
        .isThrownBy(() -> PlanTables.writeXlsx(tooLong, file));
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("plan.xlsx");
    }
  }

  @Test
  void aFileThatIsNotAWorkbookIsAFindingNamingIt(@TempDir Path out) throws IOException {
    Path file = out.resolve("draft.xlsx");
    Files.writeString(file, "a,b\n");
    TableFinding finding = only(PlanTables.readXlsx(file), "table-unreadable");
    assertThat(finding.sheet()).isEqualTo("draft.xlsx");
  }

  @Test
  void bytesThatAreNotAWorkbookAreAFinding() throws IOException {
    ImportResult result = PlanTables.readXlsx(new ByteArrayInputStream(
        "not a workbook".getBytes(StandardCharsets.UTF_8)));
    assertThat(result.plan()).isEmpty();
    assertThat(only(result, "table-unreadable").severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void aFailedExportLeavesNoTemporaryFileAndNoHalfWrittenOne() throws IOException {
    // A non-empty directory where links.csv goes: that file cannot be replaced.
    Files.createDirectories(dir.resolve("links.csv.d"));
    Files.delete(dir.resolve("links.csv"));
    Files.createDirectories(dir.resolve("links.csv").resolve("inside"));
    org.assertj.core.api.Assertions.assertThatIOException()
        .isThrownBy(() -> PlanTables.writeCsv(plan, dir));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".tmp"));
    }
    // Every file there is whole: the tables still read back, but for the one that is not a file.
    assertThat(PlanTables.readCsv(dir).findings()).noneMatch(f -> f.rule().equals(
        "table-unreadable"));
  }

  @Test
  void handWrittenTablesWithOnlyTheRequiredColumnsMakeAPlan(@TempDir Path drafts)
      throws IOException {
    Files.writeString(drafts.resolve("plan.csv"), "property,language,value\n"
        + "id,,draft\nkind,,ogp-action-plan\ncountry,,AZ\ntitle,en,Draft plan\n"
        + "languages,,en\nperiod,,2025/2026\n");
    Files.writeString(drafts.resolve("measures.csv"), "kind,number,title@en,timeFrame,parent\n"
        + "section,1,Open data,,\nmeasure,1.1,Publish budgets,2025,1\n\n"
        + "measure,1.2,Publish contracts,../2026-06,1\n");
    Files.writeString(drafts.resolve("assignments.csv"), "measure,institution,role\n"
        + "1.1,ministry-of-finance,executor\n");
    ImportResult result = PlanTables.readCsv(drafts);
    assertThat(result.findings()).isEmpty();
    Plan draft = result.plan().orElseThrow();
    assertThat(draft.allMeasures()).extracting(m -> m.timeFrame().orElseThrow().toString())
        .containsExactly("2025", "../2026-06");
    assertThat(draft.findMeasure("1.1").orElseThrow().institutions()).hasSize(1);
  }

  @Test
  void aRowNestedDeeperThanAPlanMayIsAnErrorAtItsParentCell(@TempDir Path drafts)
      throws IOException {
    Files.copy(dir.resolve("plan.csv"), drafts.resolve("plan.csv"));
    StringBuilder measures = new StringBuilder("kind,number,parent,title@en\r\n");
    String number = "1";
    measures.append("section,1,,S\r\n");
    for (int depth = 2; depth <= Plan.MAX_NESTING + 1; depth++) {
      String child = number + ".1";
      measures.append("measure,").append(child).append(',').append(number).append(",M\r\n");
      number = child;
    }
    Files.writeString(drafts.resolve("measures.csv"), measures);
    ImportResult result = PlanTables.readCsv(drafts);
    assertThat(only(result, "nesting-too-deep").cell())
        .hasValue(CellRef.of("measures.csv", Plan.MAX_NESTING + 2, 3));
    assertThat(result.plan()).isPresent();
  }

  @Test
  void theExportReplacesFilesWithoutLeavingTemporaryOnes() throws IOException {
    PlanTables.writeCsv(plan, dir);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("assignments.csv", "indicators.csv", "institutions.csv", "links.csv",
              "measures.csv", "plan.csv", "provisions.csv");
    }
  }
}
