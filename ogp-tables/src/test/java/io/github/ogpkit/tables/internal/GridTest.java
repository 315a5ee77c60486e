package io.github.ogpkit.tables.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.tables.CellRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class GridTest {

  private static Grid csv(String text) throws GridException {
    return Grid.readCsv("t.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsCsvRecordsAsRowsAndAQuotedLineBreakStaysInItsCell() throws Exception {
    Grid grid = csv("№,title\r\n1,\"two\nlines, and \"\"quotes\"\"\"\r\n2,Ədliyyə\r\n");
    assertThat(grid.rowCount()).isEqualTo(3);
    assertThat(grid.cell(2, 2).text()).isEqualTo("two\nlines, and \"quotes\"");
    assertThat(grid.cell(3, 1).ref()).isEqualTo(CellRef.of("t.csv", 3, 1));
    assertThat(grid.cell(3, 2).text()).isEqualTo("Ədliyyə");
    assertThat(grid.cell(3, 9).text()).isEmpty();
    assertThat(grid.cell(9, 1).isBlank()).isTrue();
  }

  @Test
  void skipsAUtf8ByteOrderMark() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b'};
    assertThat(Grid.readCsv("t.csv", bom).cell(1, 1).text()).isEqualTo("a");
  }

  @Test
  void refusesCsvThatIsNotUtf8WithAFindingAboutTheFile() {
    byte[] latin1 = "a,\u0259".getBytes(StandardCharsets.ISO_8859_1);
    byte[] bad = {'a', ',', (byte) 0xC3, (byte) 0x28};
    assertThatThrownBy(() -> Grid.readCsv("t.csv", bad))
        .isInstanceOfSatisfying(GridException.class, e -> assertThat(e.finding().toString())
            .isEqualTo("t.csv: error: the file is not UTF-8 text: save it as \"CSV UTF-8\""
                + " [table-unreadable]"));
    assertThat(latin1).isNotEmpty();
  }

  @Test
  void refusesAnUnclosedQuoteWithTheRowWhereTheRecordStarts() {
    assertThatThrownBy(() -> csv("a,b\n1,\"open\n2,3\n"))
        .isInstanceOfSatisfying(GridException.class, e -> assertThat(e.finding().message())
            .startsWith("the CSV cannot be read at row 2"));
  }

  @Test
  void readsWorkbookCellsWithDatesNumbersFormulasAndMerges() throws Exception {
    byte[] bytes;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("İcra planı");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      XSSFRow header = sheet.createRow(0);
      header.createCell(0).setCellValue("1. Section heading across the row");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
      XSSFRow first = sheet.createRow(1);
      first.createCell(0).setCellValue(1.1);
      first.createCell(1).setCellValue(LocalDate.of(2017, 6, 30));
      first.getCell(1).setCellStyle(date);
      first.createCell(2).setCellValue("Ministry of Justice");
      first.createCell(3).setCellFormula("1+2");
      sheet.addMergedRegion(new CellRangeAddress(1, 3, 2, 2));
      sheet.createRow(3).createCell(0).setCellValue(3);
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      workbook.createSheet("empty");
      workbook.write(out);
      bytes = out.toByteArray();
    }
    List<Grid> grids = Grid.readXlsx("plan.xlsx", new ByteArrayInputStream(bytes));
    assertThat(grids).extracting(Grid::name).containsExactly("İcra planı", "empty");
    Grid grid = grids.get(0);
    assertThat(grid.cell(1, 1).mergedFrom()).isEmpty();
    assertThat(grid.cell(1, 4).mergedFrom()).contains(CellRef.of("İcra planı", 1, 1));
    assertThat(grid.cell(1, 4).text()).isEqualTo("1. Section heading across the row");
    assertThat(grid.cell(2, 1).text()).isEqualTo("1.1");
    assertThat(grid.cell(2, 2).date()).contains(LocalDate.of(2017, 6, 30));
    assertThat(grid.cell(2, 2).text()).isEqualTo("2017-06-30");
    assertThat(grid.cell(2, 4).text()).isEqualTo("3");
    assertThat(grid.cell(3, 3).text()).isEqualTo("Ministry of Justice");
    assertThat(grid.cell(4, 3).mergedFrom()).contains(CellRef.of("İcra planı", 2, 3));
    assertThat(grid.isBlankRow(3)).as("only covered by a merge").isTrue();
    assertThat(grid.cell(3, 1).isBlank()).isTrue();
    assertThat(grid.cell(4, 1).text()).isEqualTo("3");
    assertThat(grid.cell(4, 1).date()).isEqualTo(Optional.empty());
    assertThat(grids.get(1).rowCount()).isZero();
  }

  @Test
  void refusesBytesThatAreNoWorkbookWithAFindingAboutTheFile() {
    assertThatThrownBy(() -> Grid.readXlsx("plan.xlsx",
        new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(GridException.class, e -> assertThat(e.finding().toString())
            .startsWith("plan.xlsx: error: the file is not an XLSX workbook"));
  }

  @Test
  void refusesAnOldExcelWorkbookAndSaysToSaveItAsXlsx() {
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 0, 0, 0, 0, 0, 0, 0, 0};
    assertThatThrownBy(() -> Grid.readXlsx("plan.xls", new ByteArrayInputStream(ole2)))
        .isInstanceOfSatisfying(GridException.class, e -> assertThat(e.finding().message())
            .contains("save it as .xlsx"));
  }

}
