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


  @Test
  void readsSheetXmlAsPoisWorkbookModelDoes() throws Exception {
    byte[] bytes = handWritten();
    List<Grid> grids = Grid.readXlsx("hand.xlsx", new ByteArrayInputStream(bytes));
    assertThat(grids).extracting(Grid::name).containsExactly("Lövhə");
    Grid grid = grids.get(0);
    assertThat(grid.cell(1, 1).text()).isEqualTo("plain\u0007");
    assertThat(grid.cell(1, 3).text()).as("runs without the phonetic run").isEqualTo("run two");
    assertThat(grid.columnCount(2)).isZero();
    assertThat(grid.cell(3, 2).text()).isEqualTo("_x0041_ and \r");
    assertThat(grid.cell(3, 3).text()).as("cells without r follow the one before")
        .isEqualTo("TRUE");
    assertThat(grid.cell(3, 4).text()).isEqualTo("#N/A");
    assertThat(grid.cell(3, 5).text()).isEqualTo("formula text");
    assertThat(grid.cell(3, 6).text()).as("a formula's cached error").isEmpty();
    assertThat(grid.cell(3, 7).date()).as("date1904").contains(LocalDate.of(1904, 1, 1));
    assertThat(grid.cell(3, 8).text()).isEqualTo("1904-01-02");
    assertThat(grid.cell(3, 9).text()).isEqualTo("2.5");
    assertThat(grid.cell(3, 9).date()).isEmpty();
    assertThat(grid.columnCount(3)).as("a styled blank cell counts").isEqualTo(10);
    assertThat(grid.cell(4, 1).text()).isEqualTo("FALSE");
    assertThat(grid.cell(4, 2).text()).isEqualTo("1E+400 is no number");
    assertThat(grid.rowCount()).isEqualTo(4);
    assertThat(grid.cell(4, 3).mergedFrom()).contains(CellRef.of("Lövhə", 4, 2));
    assertThat(grid.cell(4, 3).text()).isEqualTo("1E+400 is no number");
    assertSameAsWorkbookModel(bytes);
  }

  @Test
  void readsWhatTheWorkbookModelWouldRefuseAsText() throws Exception {
    // XSSFWorkbook threw IllegalStateException on these cells, out of every importer.
    byte[] bytes = handWritten(sheetXml -> sheetXml.replace("<c><v>2.50</v></c>",
        "<c><v>two</v></c>").replace("<c t=\"e\"><v>#N/A</v></c>",
        "<c t=\"e\"><v>#WHAT?</v></c>").replace("<row r=\"4\">", "<row r=\"2\">"));
    Grid grid = Grid.readXlsx("hand.xlsx", new ByteArrayInputStream(bytes)).get(0);
    assertThat(grid.cell(3, 9).text()).isEqualTo("two");
    assertThat(grid.cell(3, 4).text()).isEqualTo("#WHAT?");
    assertThat(grid.cell(2, 1).text()).as("rows out of order").isEqualTo("FALSE");
    assertThat(grid.rowCount()).isEqualTo(3);
  }

  @Test
  void decodesEscapesLeftToRightAsPoiDoes() {
    assertThat(XlsxReader.decode("a_x0001_b")).isEqualTo("a\u0001b");
    assertThat(XlsxReader.decode("_x005F_x0001_")).isEqualTo("_x0001_");
    assertThat(XlsxReader.decode("_x00e9__x00E9_")).isEqualTo("\u00e9\u00e9");
    assertThat(XlsxReader.decode("__x0041_")).isEqualTo("_A");
    assertThat(XlsxReader.decode("_x004_ _x00G1_ _x0041")).isEqualTo("_x004_ _x00G1_ _x0041");
    assertThat(XlsxReader.decode("_xD800_")).isEqualTo("\uD800");
  }

  @Test
  void readsTheExportersWorkbookAsPoisWorkbookModelDoes() throws Exception {
    byte[] bytes;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("t");
      XSSFRow row = sheet.createRow(0);
      String[] texts = {"\u0000\u0001\r\n\t", "_x0041_", " padded ", "\uFFFE", "Ədliyyə", ""};
      for (int c = 0; c < texts.length; c++) {
        row.createCell(c).setCellValue(TableWriters.xlsxText(texts[c]));
      }
      sheet.createRow(5).createCell(3).setCellValue(true);
      sheet.getRow(5).createCell(4).setCellValue(-0.0);
      sheet.getRow(5).createCell(5).setCellValue(1e-7);
      sheet.getRow(5).createCell(6).setCellValue(123456789012.0);
      workbook.write(out);
      bytes = out.toByteArray();
    }
    assertSameAsWorkbookModel(bytes);
    Grid grid = Grid.readXlsx("x.xlsx", new ByteArrayInputStream(bytes)).get(0);
    assertThat(grid.cell(1, 1).text()).isEqualTo("\u0000\u0001\r\n\t");
    assertThat(grid.cell(1, 2).text()).isEqualTo("_x0041_");
    assertThat(grid.cell(6, 6).text()).isEqualTo("0.0000001");
  }

  /** The cells' texts as POI's workbook model reads them (the reader Grid used before). */
  private static void assertSameAsWorkbookModel(byte[] bytes) throws Exception {
    List<Grid> grids = Grid.readXlsx("x.xlsx", new ByteArrayInputStream(bytes));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(grids).hasSize(workbook.getNumberOfSheets());
      for (int s = 0; s < grids.size(); s++) {
        Grid grid = grids.get(s);
        org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(s);
        assertThat(grid.name()).isEqualTo(sheet.getSheetName());
        assertThat(grid.rowCount()).isEqualTo(sheet.getLastRowNum() + 1);
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
          assertThat(grid.columnCount(row.getRowNum() + 1))
              .isEqualTo(Math.max(row.getLastCellNum(), 0));
          for (org.apache.poi.ss.usermodel.Cell cell : row) {
            GridCell read = grid.cell(row.getRowNum() + 1, cell.getColumnIndex() + 1);
            if (read.mergedFrom().isEmpty()) {
              assertThat(read.text()).as(read.ref().toString()).isEqualTo(modelText(cell,
                  workbook.isDate1904()));
            }
          }
        }
      }
    }
  }

  private static String modelText(org.apache.poi.ss.usermodel.Cell cell, boolean date1904) {
    org.apache.poi.ss.usermodel.CellType type =
        cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
        ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getRichStringCellValue().getString();
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case NUMERIC -> {
        double value = cell.getNumericCellValue();
        if (org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
          yield org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value, date1904)
              .toLocalDate().toString();
        }
        yield new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros()
            .toPlainString();
      }
      case ERROR -> cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA ? ""
          : org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> "";
    };
  }

  /** A workbook written by hand, part by part, with what POI's writers never write. */
  private static byte[] handWritten() throws IOException {
    return handWritten(sheetXml -> sheetXml);
  }

  private static byte[] handWritten(java.util.function.UnaryOperator<String> sheet)
      throws IOException {
    String main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    String ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
          + "application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + ct + "sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + ct
          + "worksheet+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"" + ct
          + "styles+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + ct
          + "sharedStrings+xml\"/></Types>");
      entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + rel
          + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas."
          + "openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/"
          + "sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + rel + "/styles\" Target=\""
          + "styles.xml\"/><Relationship Id=\"rId3\" Type=\"" + rel + "/sharedStrings\" "
          + "Target=\"sharedStrings.xml\"/></Relationships>");
      entry(zip, "xl/workbook.xml", "<workbook " + main + " xmlns:r=\"" + rel + "\">"
          + "<workbookPr date1904=\"1\"/><sheets><sheet name=\"Lövhə\" sheetId=\"1\" "
          + "r:id=\"rId1\"/></sheets></workbook>");
      entry(zip, "xl/styles.xml", "<styleSheet " + main + "><fonts count=\"1\"><font/></fonts>"
          + "<fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
          + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"2\">"
          + "<xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>"
          + "</styleSheet>");
      entry(zip, "xl/sharedStrings.xml", "<sst " + main + "><si><t>plain_x0007_</t></si>"
          + "<si><r><t xml:space=\"preserve\">run </t></r><r><rPr><b/></rPr><t>two</t></r>"
          + "<rPh sb=\"0\" eb=\"1\"><t>PHON</t></rPh></si></sst>");
      entry(zip, "xl/worksheets/sheet1.xml", sheet.apply("<worksheet " + main + "><sheetData>"
          + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
          + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>_x005F_x0041_ and _x000D_</t>"
          + "</is></c><c t=\"b\"><v>1</v></c><c t=\"e\"><v>#N/A</v></c>"
          + "<c t=\"str\"><f>A1</f><v>formula text</v></c>"
          + "<c t=\"e\"><f>1/0</f><v>#DIV/0!</v></c><c s=\"1\"><v>0</v></c>"
          + "<c s=\"1\"><v>1</v></c><c><v>2.50</v></c><c s=\"1\"/></row>"
          + "<row r=\"4\"><c t=\"b\"><v>0</v></c><c t=\"inlineStr\"><is><t>1E+400 is no number"
          + "</t></is></c></row></sheetData>"
          + "<mergeCells count=\"1\"><mergeCell ref=\"B4:C9\"/></mergeCells></worksheet>"));
    }
    return bytes.toByteArray();
  }

  private static void entry(java.util.zip.ZipOutputStream zip, String name, String xml)
      throws IOException {
    zip.putNextEntry(new java.util.zip.ZipEntry(name));
    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml)
        .getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
