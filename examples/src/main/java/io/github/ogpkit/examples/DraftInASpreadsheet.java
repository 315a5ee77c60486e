package io.github.ogpkit.examples;

import io.github.ogpkit.analytics.PlanAnalytics;
import io.github.ogpkit.analytics.Workload;
import io.github.ogpkit.model.LocalizedText;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanKind;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import io.github.ogpkit.tables.ImportResult;
import io.github.ogpkit.tables.PrintedPlanImporter;
import io.github.ogpkit.tables.TableFinding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A civil servant drafts a plan in a spreadsheet laid out as plans are printed (one row per
 * measure: number, measure, indicators, executors, supporting, time), with a section heading
 * merged across its row, an executor written once for two measures (merged down), a misspelt
 * ministry and a time no parser can read. The program imports the workbook against a registry
 * of institutions, prints every problem at its cell, validates the plan and prints who does
 * what and when.
 */
public final class DraftInASpreadsheet {

  private DraftInASpreadsheet() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    byte[] workbook = draft();
    byte[] registry = """
        id,name@en,kind
        ministry-of-finance,Ministry of Finance,MINISTRY
        ministry-of-justice,Ministry of Justice,MINISTRY
        open-data-coalition,Open Data Coalition,CIVIL_SOCIETY
        """.getBytes(StandardCharsets.UTF_8);
    try {
      // draft:begin
      PrintedPlanImporter importer = PrintedPlanImporter.builder()
          .registryFile("institutions.csv", registry) // id, name@en, kind
          .id("xx-draft-2025-2026") // what a printed table does not say
          .kind(PlanKind.OGP_ACTION_PLAN)
          .country("AZ")
          .title(LocalizedText.of("en", "Open Government Action Plan 2025-2026"))
          .languages("en")
          .period(TimeFrame.parse("2025/2026"))
          .build();
      ImportResult result = importer.readXlsx("draft.xlsx",
          new ByteArrayInputStream(workbook), null); // null: the first sheet
      for (TableFinding f : result.findings()) {
        System.out.println(f); // draft.xlsx's cell in A1 notation, as the sheet shows it
      }
      Plan plan = result.plan().orElseThrow(); // the import goes on past bad cells
      ValidationReport report = OgpValidator.standard().validate(plan);
      System.out.print(report.toText());
      PlanAnalytics stats = PlanAnalytics.of(plan);
      for (Workload w : stats.workload()) {
        System.out.println(w.institution() + ": " + w.executor() + " as executor, "
            + w.supporting() + " supporting");
      }
      System.out.println("running per year: " + stats.timeline().countsByYear());
      // draft:end
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The spreadsheet as the civil servant drafts it, in XLSX. */
  static byte[] draft() {
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Action plan");
      List<List<String>> rows = List.of(
          List.of("Open Government Action Plan 2025-2026"),
          List.of("No.", "Measure", "Indicators", "Executors", "Supporting", "Time"),
          List.of("1.", "Open budgets"),
          List.of("1.1", "Publish the budget as open data", "Budget datasets published",
              "Ministry of Finance", "Open Data Coalition", "2025"),
          List.of("1.2", "Publish procurement contracts", "Contracts published", "",
              "Open Data Coalition", "2025-2026"),
          List.of("2.", "Open justice"),
          List.of("2.1", "Publish court statistics", "Statistics published",
              "Ministry of Justise", "", "when funds allow"));
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      // Section titles merged across the rest of their row, and one executor for 1.1 and 1.2.
      sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 5));
      sheet.addMergedRegion(new CellRangeAddress(5, 5, 1, 5));
      sheet.addMergedRegion(new CellRangeAddress(3, 4, 3, 3));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
