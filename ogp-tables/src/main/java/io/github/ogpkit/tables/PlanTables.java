package io.github.ogpkit.tables;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.tables.internal.Grid;
import io.github.ogpkit.tables.internal.GridException;
import io.github.ogpkit.tables.internal.NewFiles;
import io.github.ogpkit.tables.internal.Table;
import io.github.ogpkit.tables.internal.TableMessages;
import io.github.ogpkit.tables.internal.TableWriters;
import io.github.ogpkit.tables.internal.TidyExport;
import io.github.ogpkit.tables.internal.TidyImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Plans and datasets as tidy tables, the layout a pivot table reads: export to CSV (one file per
 * table) and XLSX (one workbook, one sheet per table), and import of that layout back into a
 * plan. docs/TABLES.md, "Tidy layout", describes every table and column.
 *
 * <p>Exporting a plan and importing the tables gives an equal plan, except for extensions,
 * which tables do not hold: the {@link ExportSummary} names them, and the import says it has
 * none ({@code extensions-dropped}). A dataset's export adds a {@code statuses} table, a view of
 * its progress reports and IRM assessments that the import does not read back.
 *
 * <pre>{@code
 * ExportSummary summary = PlanTables.writeCsv(plan, Path.of("tables"));
 * ImportResult result = PlanTables.readCsv(Path.of("tables"));
 * result.findings().forEach(System.out::println); // measures.csv!M7: error: ... [time-frame-invalid]
 * Plan again = result.plan().orElseThrow();
 * }</pre>
 *
 * <p>Output never depends on the default locale or time zone. Every method is thread-safe.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class PlanTables {

  private PlanTables() {}

  /**
   * Writes a plan as CSV files, one per table ({@code plan.csv}, {@code measures.csv}, ...):
   * UTF-8 without a byte order mark, RFC 4180 with CRLF line ends, every cell quoted, a header
   * row, text cells guarded against formula injection. Each file is written to a temporary file
   * in the directory and moved into place when every table is written, so that a failure leaves
   * no half-written file; files of the same names are replaced, other files are left alone.
   *
   * @param plan the plan, not null
   * @param directory the directory, which must exist, not null
   * @return what was written and what was not exported, not null
   * @throws IOException if a file cannot be written
   */
  public static ExportSummary writeCsv(Plan plan, Path directory) throws IOException {
    Objects.requireNonNull(plan, "plan");
    return csv(TidyExport.of(plan), Objects.requireNonNull(directory, "directory"));
  }

  /**
   * Writes one plan of a dataset as CSV files, as {@link #writeCsv(Plan, Path)} does, and the
   * statuses its progress reports and IRM assessments give ({@code statuses.csv}).
   *
   * @param dataset the dataset, not null
   * @param planId the id of one of the dataset's plans, not null
   * @param directory the directory, which must exist, not null
   * @return what was written and what was not exported, not null
   * @throws IllegalArgumentException if the dataset has no plan of that id
   * @throws IOException if a file cannot be written
   */
  public static ExportSummary writeCsv(Dataset dataset, String planId, Path directory)
      throws IOException {
    Objects.requireNonNull(directory, "directory");
    return csv(datasetExport(dataset, planId), directory);
  }

  /**
   * Writes a plan as one XLSX workbook, one sheet per table: the header row frozen, dates as
   * date cells ({@code yyyy-mm-dd}), numbers as numbers, text as string cells (never formulas).
   * The workbook is streamed, so large plans need little memory.
   *
   * @param plan the plan, not null
   * @param out the stream, not closed, not null
   * @return what was written and what was not exported, not null
   * @throws TableExportException if a text is longer than a cell holds (32,767 characters),
   *     naming the section or measure and the cell; then nothing is written
   * @throws IOException if the stream fails
   */
  public static ExportSummary writeXlsx(Plan plan, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    return xlsx(TidyExport.of(plan), Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes one plan of a dataset as one XLSX workbook, as {@link #writeXlsx(Plan, OutputStream)}
   * does, with a sheet of the statuses its progress reports and IRM assessments give.
   *
   * @param dataset the dataset, not null
   * @param planId the id of one of the dataset's plans, not null
   * @param out the stream, not closed, not null
   * @return what was written and what was not exported, not null
   * @throws IllegalArgumentException if the dataset has no plan of that id
   * @throws TableExportException if a text is longer than a cell holds
   * @throws IOException if the stream fails
   */
  public static ExportSummary writeXlsx(Dataset dataset, String planId, OutputStream out)
      throws IOException {
    Objects.requireNonNull(out, "out");
    return xlsx(datasetExport(dataset, planId), out);
  }

  /**
   * Writes a plan as one XLSX workbook file, as {@link #writeXlsx(Plan, OutputStream)} does: to
   * a temporary file in the same directory, moved into place (replacing the file) when it is
   * complete, so that a failure leaves the old file, or none, and no half-written one.
   *
   * @param plan the plan, not null
   * @param file the workbook's path, in a directory that exists, not null
   * @return what was written and what was not exported, not null
   * @throws TableExportException if a text is longer than a cell holds; then nothing is written
   * @throws IOException if the file cannot be written
   */
  public static ExportSummary writeXlsx(Plan plan, Path file) throws IOException {
    Objects.requireNonNull(plan, "plan");
    return xlsx(TidyExport.of(plan), Objects.requireNonNull(file, "file"));
  }

  /**
   * Writes one plan of a dataset, with its statuses, as one XLSX workbook file, as
   * {@link #writeXlsx(Plan, Path)} does.
   *
   * @param dataset the dataset, not null
   * @param planId the id of one of the dataset's plans, not null
   * @param file the workbook's path, in a directory that exists, not null
   * @return what was written and what was not exported, not null
   * @throws IllegalArgumentException if the dataset has no plan of that id
   * @throws TableExportException if a text is longer than a cell holds
   * @throws IOException if the file cannot be written
   */
  public static ExportSummary writeXlsx(Dataset dataset, String planId, Path file)
      throws IOException {
    Objects.requireNonNull(file, "file");
    return xlsx(datasetExport(dataset, planId), file);
  }

  /**
   * Reads the CSV files of the tidy layout from a directory back into a plan. Files of other
   * names ending in {@code .csv}, and {@code statuses.csv}, are reported as ignored; other files
   * are not looked at. A file that is not UTF-8 or not CSV is a finding, not an exception.
   *
   * @param directory the directory, not null
   * @return the plan, if the tables hold one, and the findings, not null
   * @throws IOException if the directory or a file cannot be read
   */
  public static ImportResult readCsv(Path directory) throws IOException {
    return readCsv(directory, Locale.ENGLISH);
  }

  /**
   * Reads the CSV files of the tidy layout from a directory back into a plan, as
   * {@link #readCsv(Path)} does, with the findings' messages in the language of a locale:
   * Azerbaijani for a locale whose language is {@code az}, else English. The messages never
   * depend on the JVM's default locale.
   *
   * @param directory the directory, not null
   * @param locale the language of the messages, not null
   * @return the plan, if the tables hold one, and the findings, not null
   * @throws IOException if the directory or a file cannot be read
   * @since 0.2
   */
  public static ImportResult readCsv(Path directory, Locale locale) throws IOException {
    Objects.requireNonNull(directory, "directory");
    TableMessages messages = TableMessages.forLocale(locale);
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path file : stream) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
            && Files.isRegularFile(file)) {
          files.add(file);
        }
      }
    }
    files.sort(null);
    Map<String, Grid> tables = new LinkedHashMap<>();
    List<Grid> ignored = new ArrayList<>();
    List<TableFinding> findings = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String table = TidyImport.tableName(name, true);
      if (!name.endsWith(".csv")) {
        table = "";
      }
      try {
        Grid grid = Grid.readCsv(name, Files.readAllBytes(file), messages);
        if (isPlanTable(table) && !tables.containsKey(table)) {
          tables.put(table, grid);
        } else {
          ignored.add(grid);
        }
      } catch (GridException e) {
        findings.add(e.finding());
      }
    }
    return TidyImport.read(tables, ignored, directoryName(directory), true, findings, messages);
  }

  /**
   * Reads an XLSX workbook of the tidy layout back into a plan. Sheets of other names, and the
   * {@code statuses} sheet, are reported as ignored. Bytes that are not a workbook are a
   * finding, not an exception. Formulas are not evaluated: their cached results are read.
   *
   * @param in the workbook, read to the end, not closed, not null
   * @return the plan, if the tables hold one, and the findings, not null
   * @throws IOException if the stream cannot be read
   */
  public static ImportResult readXlsx(InputStream in) throws IOException {
    return readXlsx(in, Locale.ENGLISH);
  }

  /**
   * Reads an XLSX workbook of the tidy layout back into a plan, as
   * {@link #readXlsx(InputStream)} does, with the findings' messages in the language of a
   * locale: Azerbaijani for a locale whose language is {@code az}, else English.
   *
   * @param in the workbook, read to the end, not closed, not null
   * @param locale the language of the messages, not null
   * @return the plan, if the tables hold one, and the findings, not null
   * @throws IOException if the stream cannot be read
   * @since 0.2
   */
  public static ImportResult readXlsx(InputStream in, Locale locale) throws IOException {
    Objects.requireNonNull(in, "in");
    return readXlsx(in, "workbook", TableMessages.forLocale(locale));
  }

  /**
   * Reads an XLSX workbook file of the tidy layout back into a plan, as
   * {@link #readXlsx(InputStream)} does; findings about the whole file name it.
   *
   * @param file the workbook, not null
   * @return the plan, if the tables hold one, and the findings, not null
   * @throws IOException if the file cannot be read
   */
  public static ImportResult readXlsx(Path file) throws IOException {
    return readXlsx(file, Locale.ENGLISH);
  }

  /**
   * Reads an XLSX workbook file of the tidy layout back into a plan, as
   * {@link #readXlsx(Path)} does, with the findings' messages in the language of a locale:
   * Azerbaijani for a locale whose language is {@code az}, else English.
   *
   * @param file the workbook, not null
   * @param locale the language of the messages, not null
   * @return the plan, if the tables hold one, and the findings, not null
   * @throws IOException if the file cannot be read
   * @since 0.2
   */
  public static ImportResult readXlsx(Path file, Locale locale) throws IOException {
    Objects.requireNonNull(file, "file");
    TableMessages messages = TableMessages.forLocale(locale);
    try (InputStream in = Files.newInputStream(file)) {
      Path name = file.getFileName();
      return readXlsx(in, name == null ? file.toString() : name.toString(), messages);
    }
  }

  private static ImportResult readXlsx(InputStream in, String source, TableMessages messages)
      throws IOException {
    List<Grid> grids;
    try {
      grids = Grid.readXlsx(source, in, messages);
    } catch (GridException e) {
      return new ImportResult(Optional.empty(), List.of(e.finding()));
    }
    Map<String, Grid> tables = new LinkedHashMap<>();
    List<Grid> ignored = new ArrayList<>();
    for (Grid grid : grids) {
      if (isPlanTable(grid.name()) && !tables.containsKey(grid.name())) {
        tables.put(grid.name(), grid);
      } else {
        ignored.add(grid);
      }
    }
    return TidyImport.read(tables, ignored, source, false, List.of(), messages);
  }

  private static boolean isPlanTable(String name) {
    return List.of("plan", "measures", "institutions", "assignments", "indicators", "links",
        "provisions").contains(name);
  }

  private static String directoryName(Path directory) {
    Path name = directory.toAbsolutePath().normalize().getFileName();
    return name == null ? directory.toString() : name.toString();
  }

  private static TidyExport datasetExport(Dataset dataset, String planId) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(planId, "planId");
    Plan plan = dataset.plans().stream().filter(p -> p.id().equals(planId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the dataset has no plan " + planId));
    return TidyExport.of(dataset, plan);
  }

  private static ExportSummary summary(TidyExport export) {
    return new ExportSummary(export.tables().stream().map(Table::name).toList(),
        export.dropped());
  }

  private static ExportSummary csv(TidyExport export, Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new java.nio.file.NotDirectoryException(directory.toString());
    }
    Map<Path, Path> written = new LinkedHashMap<>();
    boolean done = false;
    try {
      for (Table table : export.tables()) {
        Path temp = NewFiles.create(directory, "." + table.name() + ".", ".csv.tmp");
        written.put(temp, directory.resolve(table.name() + ".csv"));
        try (OutputStream out = Files.newOutputStream(temp)) {
          TableWriters.writeCsv(table, out);
        }
      }
      for (Map.Entry<Path, Path> e : written.entrySet()) {
        Files.move(e.getKey(), e.getValue(), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        for (Path temp : written.keySet()) {
          Files.deleteIfExists(temp);
        }
      }
    }
    return summary(export);
  }

  private static ExportSummary xlsx(TidyExport export, OutputStream out) throws IOException {
    try {
      TableWriters.writeXlsx(export.tables(), PlanTables::rowName, out);
    } catch (TableWriters.TooLongException e) {
      throw new TableExportException(e.getMessage(), Optional.of(e.cell()), e);
    }
    return summary(export);
  }

  private static ExportSummary xlsx(TidyExport export, Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path directory = absolute.getParent();
    Path name = absolute.getFileName();
    if (directory == null || name == null) {
      throw new java.nio.file.NoSuchFileException(file.toString(), null, "not a file's path");
    }
    Path temp = NewFiles.create(directory, "." + name + ".", ".tmp");
    boolean done = false;
    try {
      ExportSummary summary;
      try (OutputStream out = Files.newOutputStream(temp)) {
        summary = xlsx(export, out);
      }
      Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      done = true;
      return summary;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static String rowName(Table table, Object[] row) {
    Object first = row.length > 1 ? row[1] : null;
    return switch (table.name()) {
      case "measures" -> row[0] + " " + row[1];
      case "plan" -> "the plan (" + row[0] + ")";
      case "institutions" -> "institution " + row[0];
      case "assignments", "indicators" -> "measure " + row[0];
      case "links" -> "a link of the " + row[0] + (first == null ? "" : " " + first);
      case "provisions" -> "section " + row[0] + ", provision " + row[1];
      default -> "row of " + table.name();
    };
  }
}
