package io.github.ogpkit.tables;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Assignment;
import io.github.ogpkit.model.Indicator;
import io.github.ogpkit.model.Institution;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PrintedTimeFrames;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.tables.internal.FormulaGuard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apiguardian.api.API;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes a plan in the printed layout that {@link PrintedPlanImporter} reads: one row per
 * measure, in one language, as the 2016-2018 Azerbaijani OGP plan prints its table.
 *
 * <p>The sheet has the plan's title in its first row, the header row in its second
 * ({@code № | Tədbirin adı | Qiymətləndirmə indikatorları | İcra / Tövsiyə | İcra müddəti} for
 * Azerbaijani, {@code No. | Measure | Indicators | Executors / Recommended | Time} for any other
 * language), then the plan's own measures and its sections in printed order: a section as a
 * heading row (number and title, the title merged across the row in XLSX and repeated across it
 * in CSV, which is what tells it from a measure with nothing but a title), each measure and
 * sub-measure as a row. The institutions cell writes each run of one role after its label
 * ({@code İcraçılar: A, B} then {@code Tövsiyə edilir: C} on the next line), in the order the
 * measure assigns them; names are the institutions' names in the language. The time cell holds
 * the printed time in the language if the measure has one that reads back as its time frame (or
 * has no time frame), else the time frame's notation.
 *
 * <p>The layout holds only what a printed table shows: numbers, titles, indicator texts,
 * assignments and times in one language. It does not hold the plan's metadata, codes (other than
 * Roman numerals), descriptions and the other texts of a measure, OGP values, policy areas,
 * links, indicator baselines and targets, provisions and extensions.
 *
 * <p>CSV is UTF-8 with a byte order mark (so that spreadsheets open it as UTF-8), RFC 4180, CRLF
 * line ends; text that a spreadsheet would run as a formula is written with a leading apostrophe,
 * which the importer removes. XLSX cells are text cells, never formulas.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class PrintedPlanExporter {

  private static final CsvMapper CSV = CsvMapper.builder().build();

  private PrintedPlanExporter() {}

  /**
   * The sheet's name for a language: {@code İcra planı} for Azerbaijani, {@code Action plan}
   * otherwise.
   *
   * @param language the language tag, not null
   * @return the sheet's name, not null
   */
  public static String sheetName(String language) {
    return isAzerbaijani(language) ? "İcra planı" : "Action plan";
  }

  /**
   * Writes a plan as an XLSX workbook of one sheet in its first language.
   *
   * @param plan the plan, not null
   * @param out where to write; not closed; not null
   * @throws IOException if the stream cannot be written
   */
  public static void writeXlsx(Plan plan, OutputStream out) throws IOException {
    writeXlsx(plan, plan.languages().get(0), out);
  }

  /**
   * Writes a plan as an XLSX workbook of one sheet, named by {@link #sheetName}, in a language.
   *
   * @param plan the plan, not null
   * @param language the language of the texts and the header, not null
   * @param out where to write; not closed; not null
   * @throws IOException if the stream cannot be written
   */
  public static void writeXlsx(Plan plan, String language, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    List<Line> lines = lines(plan, language);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet(sheetName(language));
      CellStyle wrap = workbook.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      CellStyle bold = workbook.createCellStyle();
      bold.cloneStyleFrom(wrap);
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      int[] widths = {8, 60, 40, 40, 16};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      for (int r = 0; r < lines.size(); r++) {
        Line line = lines.get(r);
        Row row = sheet.createRow(r);
        for (int c = 0; c < line.cells().length; c++) {
          org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
          cell.setCellValue(line.cells()[c]);
          cell.setCellStyle(line.kind() == Kind.DATA ? wrap : bold);
        }
        if (line.kind() == Kind.TITLE) {
          sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
        } else if (line.kind() == Kind.HEADING) {
          sheet.addMergedRegion(new CellRangeAddress(r, r, 1, COLUMNS - 1));
        }
      }
      sheet.createFreezePane(0, HEADER_ROW);
      workbook.write(out);
    }
  }

  /**
   * Writes a plan as CSV in its first language.
   *
   * @param plan the plan, not null
   * @return the file's bytes, not null
   */
  public static byte[] toCsv(Plan plan) {
    return toCsv(plan, plan.languages().get(0));
  }

  /**
   * Writes a plan as CSV in a language.
   *
   * @param plan the plan, not null
   * @param language the language of the texts and the header, not null
   * @return the file's bytes, not null
   */
  public static byte[] toCsv(Plan plan, String language) {
    List<Line> lines = lines(plan, language);
    List<List<String>> rows = new ArrayList<>();
    for (Line line : lines) {
      List<String> row = new ArrayList<>();
      String[] cells = line.cells();
      for (int c = 0; c < cells.length; c++) {
        // A heading's title fills the row, as a merge across it does when a spreadsheet
        // unmerges it: that is what tells a heading from a measure with nothing but a title.
        String cell = line.kind() == Kind.HEADING && c > 1 ? cells[1] : cells[c];
        row.add(FormulaGuard.guard(cell));
      }
      rows.add(row);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xEF);
    out.write(0xBB);
    out.write(0xBF);
    CSV.writer().with(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(out)
        .writeAll(rows).close();
    return out.toByteArray();
  }

  /** The number of columns of the layout. */
  private static final int COLUMNS = 5;
  /** The rows above the first row of data: title, header. */
  private static final int HEADER_ROW = 2;

  private enum Kind { TITLE, HEADER, HEADING, DATA }

  private record Line(Kind kind, String[] cells) {}

  private static boolean isAzerbaijani(String language) {
    return language.equals("az") || language.startsWith("az-");
  }

  private static List<Line> lines(Plan plan, String language) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(language, "language");
    boolean az = isAzerbaijani(language);
    Map<String, Institution> institutions = new HashMap<>();
    plan.institutions().forEach(i -> institutions.putIfAbsent(i.id(), i));
    boolean recommended = false;
    boolean supporting = false;
    for (Measure m : plan.allMeasures()) {
      for (Measure sub : m.withAllSubMeasures()) {
        for (Assignment a : sub.institutions()) {
          recommended |= a.role() == Role.RECOMMENDED;
          supporting |= a.role() == Role.SUPPORTING;
        }
      }
    }
    String others = supporting && !recommended ? (az ? "Dəstəkləyənlər" : "Supporting")
        : (az ? "Tövsiyə" : "Recommended");
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(Kind.TITLE, new String[] {text(plan.title(), language)}));
    lines.add(new Line(Kind.HEADER, az
        ? new String[] {"№", "Tədbirin adı", "Qiymətləndirmə indikatorları", "İcra / " + others,
            "İcra müddəti"}
        : new String[] {"No.", "Measure", "Indicators", "Executors / " + others, "Time"}));
    Writer writer = new Writer(lines, language, az, institutions);
    plan.measures().forEach(writer::measure);
    plan.sections().forEach(writer::section);
    return lines;
  }

  private static String text(LocalizedText text, String language) {
    return text.get(language).orElseGet(() -> text.asMap().values().iterator().next());
  }

  private record Writer(List<Line> lines, String language, boolean az,
      Map<String, Institution> institutions) {

    void section(Section section) {
      lines.add(new Line(Kind.HEADING, new String[] {number(section.number().toString(),
          section.code().orElse(null)), text(section.title(), language), "", "", ""}));
      section.measures().forEach(this::measure);
      section.sections().forEach(this::section);
    }

    void measure(Measure measure) {
      List<String> indicators = new ArrayList<>();
      for (Indicator i : measure.indicators()) {
        indicators.add(text(i.text(), language));
      }
      String time = measure.timeFramePrinted().flatMap(p -> p.get(language))
          .filter(p -> measure.timeFrame().isEmpty() || readsAs(p, measure.timeFrame().get()))
          .or(() -> measure.timeFrame().map(Object::toString)).orElse("");
      lines.add(new Line(Kind.DATA, new String[] {number(measure.number().toString(),
          measure.code().orElse(null)), text(measure.title(), language),
          String.join("\n", indicators), institutions(measure.institutions()), time}));
      measure.measures().forEach(this::measure);
    }

    /**
     * Whether a printed time reads back as the time frame. When it does not ("Cumplimiento:
     * 2021" for 2021), the cell holds the time frame's notation: the time frame is the value,
     * the printed text its rendering.
     */
    private static boolean readsAs(String printed, TimeFrame frame) {
      try {
        return PrintedTimeFrames.parse(printed.strip()).equals(frame);
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    /** The code, when it is the Roman numeral of the number; else the number. */
    private static String number(String number, String code) {
      return code != null && code.matches("[IVXLCDM]+") ? code : number;
    }

    private String institutions(List<Assignment> assignments) {
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (i < assignments.size()) {
        Role role = assignments.get(i).role();
        int j = i;
        List<String> names = new ArrayList<>();
        while (j < assignments.size() && assignments.get(j).role() == role) {
          String id = assignments.get(j).institution();
          Institution institution = institutions.get(id);
          names.add(institution == null ? id : text(institution.name(), language));
          j++;
        }
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(label(role, names.size())).append(": ").append(String.join(", ", names));
        i = j;
      }
      return out.toString();
    }

    private String label(Role role, int count) {
      return switch (role) {
        case EXECUTOR -> az ? (count == 1 ? "İcraçı" : "İcraçılar")
            : (count == 1 ? "Executor" : "Executors");
        case RECOMMENDED -> az ? "Tövsiyə edilir" : "Recommended";
        case SUPPORTING -> az ? "Dəstəkləyənlər" : "Supporting";
      };
    }
  }
}
