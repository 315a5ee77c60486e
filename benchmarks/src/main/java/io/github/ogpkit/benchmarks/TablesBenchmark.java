package io.github.ogpkit.benchmarks;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.tables.ExportSummary;
import io.github.ogpkit.tables.ImportResult;
import io.github.ogpkit.tables.PlanTables;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.util.XMLHelper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Issue 16: exporting a plan to the tidy layout of {@code ogp-tables} and importing it back, as
 * CSV (one file per table) and as XLSX (one workbook), against the tools a user would pick
 * instead: the same cells written and read straight with Jackson's {@link CsvMapper} and with
 * POI's streaming writer ({@link SXSSFWorkbook}) and streaming reader ({@link XSSFReader} with
 * {@link XSSFSheetXMLHandler}). The baselines handle the {@code measures} table alone, the bulk
 * of the tables (its cells taken from ogpkit's own export, outside the measurement), and carry
 * none of ogpkit's work: no plan to bind or check, no typed cells, no formula guard, no findings.
 *
 * <p>The plans are the other benchmarks' synthetic plans ({@link Inputs#json(String)} read by
 * {@link Inputs#reader()}). Files go to a temporary directory, made in {@code @Setup} and deleted
 * in {@code @TearDown}; workbooks are written to a stream that counts the bytes and keeps none.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class TablesBenchmark {

  /** The plan, its tables as files and bytes, and the measures table's cells. */
  @State(Scope.Benchmark)
  public static class Tables {
    /** {@value Inputs#FIXTURE} or a number of measures. */
    @Param({"10000", "100000"})
    public String input;

    /** The plan as the reader bound it. */
    public Plan plan;
    /** The temporary directory of this fork. */
    public Path root;
    /** The plan's CSV tables, as {@code PlanTables.writeCsv} wrote them: read back. */
    public Path csvIn;
    /** Where {@code PlanTables.writeCsv} writes. */
    public Path csvOut;
    /** Where the Jackson baseline writes {@code measures.csv}. */
    public Path rawCsvOut;
    /** The plan's workbook, as {@code PlanTables.writeXlsx} wrote it. */
    public byte[] xlsx;
    /** The {@code measures} table's cells, header first, as ogpkit's CSV export wrote them. */
    public List<String[]> measures;
    /** The {@code measures} table alone as POI's streaming writer writes it, for the reader. */
    public byte[] rawXlsx;

    /**
     * Makes the plan and writes its tables once.
     *
     * @throws IOException if the temporary files cannot be written
     */
    @Setup
    public void setUp() throws IOException {
      plan = Inputs.reader().readPlan(Inputs.json(input));
      root = Files.createTempDirectory("ogpkit-tables-bench");
      csvIn = Files.createDirectory(root.resolve("in"));
      csvOut = Files.createDirectory(root.resolve("out"));
      rawCsvOut = Files.createDirectory(root.resolve("raw")).resolve("measures.csv");
      PlanTables.writeCsv(plan, csvIn);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PlanTables.writeXlsx(plan, out);
      xlsx = out.toByteArray();
      measures = readCsv(csvIn.resolve("measures.csv"));
      out = new ByteArrayOutputStream();
      writeXlsx(measures, out);
      rawXlsx = out.toByteArray();
    }

    /**
     * Deletes the temporary files.
     *
     * @throws IOException if they cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .enable(CsvWriteFeature.ALWAYS_QUOTE_STRINGS)
      .enable(CsvWriteFeature.ALWAYS_QUOTE_EMPTY_STRINGS)
      .build();

  /**
   * ogpkit: the plan to its CSV tables, one file each.
   *
   * @param t the inputs
   * @return what was written
   * @throws IOException if a file cannot be written
   */
  @Benchmark
  public ExportSummary ogpkitWriteCsv(Tables t) throws IOException {
    return PlanTables.writeCsv(t.plan, t.csvOut);
  }

  /**
   * ogpkit: the CSV tables back to a plan, with its findings.
   *
   * @param t the inputs
   * @return the plan and findings
   * @throws IOException if a file cannot be read
   */
  @Benchmark
  public ImportResult ogpkitReadCsv(Tables t) throws IOException {
    return PlanTables.readCsv(t.csvIn);
  }

  /**
   * ogpkit: the plan to one workbook.
   *
   * @param t the inputs
   * @return the bytes written
   * @throws IOException if the workbook cannot be written
   */
  @Benchmark
  public long ogpkitWriteXlsx(Tables t) throws IOException {
    Counting out = new Counting();
    PlanTables.writeXlsx(t.plan, out);
    return out.count;
  }

  /**
   * ogpkit: the workbook back to a plan, with its findings.
   *
   * @param t the inputs
   * @return the plan and findings
   * @throws IOException if the workbook cannot be read
   */
  @Benchmark
  public ImportResult ogpkitReadXlsx(Tables t) throws IOException {
    return PlanTables.readXlsx(new ByteArrayInputStream(t.xlsx));
  }

  /**
   * Jackson: the measures table's cells to {@code measures.csv}, every cell quoted.
   *
   * @param t the inputs
   * @return the file's size
   * @throws IOException if the file cannot be written
   */
  @Benchmark
  public long jacksonWriteCsv(Tables t) throws IOException {
    try (OutputStream out = Files.newOutputStream(t.rawCsvOut);
        SequenceWriter writer = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n"))
            .writeValues(out)) {
      for (String[] row : t.measures) {
        writer.write(row);
      }
    }
    return Files.size(t.rawCsvOut);
  }

  /**
   * Jackson: ogpkit's {@code measures.csv} to rows of strings.
   *
   * @param t the inputs
   * @return the rows
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public List<String[]> jacksonReadCsv(Tables t) throws IOException {
    return readCsv(t.csvIn.resolve("measures.csv"));
  }

  /**
   * POI: the measures table's cells to a workbook of one sheet with SXSSF, as string cells.
   *
   * @param t the inputs
   * @return the bytes written
   * @throws IOException if the workbook cannot be written
   */
  @Benchmark
  public long poiWriteXlsx(Tables t) throws IOException {
    Counting out = new Counting();
    writeXlsx(t.measures, out);
    return out.count;
  }

  /**
   * POI: that workbook's sheet to rows of strings with the streaming reader.
   *
   * @param t the inputs
   * @return the rows
   * @throws Exception if the workbook cannot be read
   */
  @Benchmark
  public List<List<String>> poiReadXlsx(Tables t) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(t.rawXlsx))) {
      XSSFReader reader = new XSSFReader(pkg);
      SharedStrings strings = reader.getSharedStringsTable();
      StylesTable styles = reader.getStylesTable();
      Rows rows = new Rows();
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows,
          new DataFormatter(Locale.ROOT), false));
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      try (InputStream sheet = sheets.next()) {
        xml.parse(new InputSource(sheet));
      }
      return rows.rows;
    }
  }

  private static List<String[]> readCsv(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        MappingIterator<String[]> it = CSV.readerFor(String[].class)
            .with(CsvSchema.emptySchema()).readValues(in)) {
      while (it.hasNextValue()) {
        rows.add(it.nextValue());
      }
    }
    return rows;
  }

  private static void writeXlsx(List<String[]> rows, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      SXSSFSheet sheet = workbook.createSheet("measures");
      int r = 0;
      for (String[] cells : rows) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < cells.length; c++) {
          if (!cells[c].isEmpty()) {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
      }
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }

  /** Collects a sheet's rows as strings. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    final List<List<String>> rows = new ArrayList<>();
    private List<String> row;

    @Override
    public void startRow(int rowNum) {
      row = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
      rows.add(row);
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
      row.add(formattedValue);
    }
  }

  /** An output stream that counts the bytes and keeps none. */
  private static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
