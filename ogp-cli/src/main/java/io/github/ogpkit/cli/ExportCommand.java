package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Arguments.Given;
import io.github.ogpkit.cli.Arguments.Option;
import io.github.ogpkit.cli.Arguments.UsageException;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.tables.ExportSummary;
import io.github.ogpkit.tables.PlanTables;
import io.github.ogpkit.tables.PrintedPlanExporter;
import io.github.ogpkit.tables.TableExportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ogp export}: the plans of a dataset as tables, CSV or XLSX, in the tidy layout (with the
 * statuses of the dataset's reports) or the printed layout (issue 16), through ogp-tables.
 */
final class ExportCommand implements Command {

  private static final Arguments ARGUMENTS = new Arguments("FILE", 1, Integer.MAX_VALUE,
      Option.oneOf("--to", "csv", "xlsx"),
      Option.value("--out", "OUT"),
      Option.oneOf("--layout", "tidy", "printed"),
      Option.value("--plan", "ID"),
      LimitOptions.MAX_BYTES,
      LimitOptions.MAX_VALUES);

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String summary() {
    return "Write plans as tables: CSV files or an XLSX workbook.";
  }

  @Override
  public Arguments arguments() {
    return ARGUMENTS;
  }

  @Override
  public String help() {
    return """
        Usage: ogp export [-hV] [--debug] --to=csv|xlsx -o OUT [--layout=tidy|printed]
                          [--plan=ID] [--max-bytes=SIZE] [--max-values=N] FILE...
        Write plans as tables: CSV files or an XLSX workbook.
        The files form one dataset (plans, progress reports, IRM assessments,
        members). Each plan is written in the tidy layout (tables plan, measures,
        institutions, assignments, indicators, links, provisions, and statuses when
        reports or assessments of the plan are among the files; docs/TABLES.md), which
        imports back to an equal plan
        but for its extensions, or in the printed layout (one row per measure, in
        the plan's first language). Each file is written whole or not at all.
              FILE...              Documents, or folders: a folder stands for every
                                     *.json file directly in it, in name order;
                                     - reads standard input.
              --debug              Show stack traces of internal errors.
          -h, --help               Show this help message and exit.
              --layout=tidy|printed
                                   The tables' layout. Default: tidy.
        """ + LimitOptions.help() + """
          -o, --out=OUT            Where to write. One plan: with --to=csv a directory
                                     (made if absent) that gets one file a table, with
                                     --to=xlsx the workbook file (the printed layout in
                                     CSV: the file). Several plans: a directory (made if
                                     absent) that gets one entry per plan, named by
                                     its id (ID/ or ID.csv or ID.xlsx).
              --plan=ID            Write only the plan of this id.
              --to=csv|xlsx        The tables' format.
          -V, --version            Print version information and exit.

        Standard output names each file written and its tables; standard error says
        what a table cannot hold (the extensions, by JSON Pointer).
        Exit status: 0 every plan written; 1 a file is not a readable document, or a
        plan could not be written (a text longer than a cell holds); 2 usage error or
        a file, folder or OUT that cannot be opened or written.
        """;
  }

  @Override
  public int run(Given given, Io io) throws UsageException {
    String format = given.values().get("--to");
    if (format == null) {
      throw new UsageException("Missing --to=csv|xlsx");
    }
    String outName = given.values().get("--out");
    if (outName == null) {
      throw new UsageException("Missing -o OUT (where to write)");
    }
    Path out;
    try {
      out = Paths.get(outName);
    } catch (InvalidPathException e) {
      throw new UsageException("-o " + outName + " is not a valid path");
    }
    boolean csv = format.equals("csv");
    boolean printed = given.value("--layout", "tidy").equals("printed");
    Engine engine = new Engine(Locale.ENGLISH, null, LimitOptions.limits(given));
    DatasetFiles.Loaded loaded = DatasetFiles.read(given.parameters(), engine, io);
    Dataset dataset = loaded.dataset();
    List<Plan> plans = new ArrayList<>(dataset.plans());
    String only = given.values().get("--plan");
    if (only != null) {
      plans.removeIf(p -> !p.id().equals(only));
      if (plans.isEmpty()) {
        io.err().println("ogp: no plan " + only + " among the files");
        return Math.max(loaded.status(), 1);
      }
    }
    if (plans.isEmpty()) {
      io.err().println("ogp: no plan among the files: nothing to export");
      return Math.max(loaded.status(), 1);
    }
    PrintWriter err = io.err();
    boolean several = plans.size() > 1;
    int status = loaded.status();
    try {
      if (several || (csv && !printed)) {
        Files.createDirectories(out);
      }
    } catch (IOException e) {
      err.println("ogp: cannot write " + out + ": " + IoProblems.reason(e));
      return Ogp.USAGE;
    }
    for (Plan plan : plans) {
      String extension = csv ? ".csv" : ".xlsx";
      Path target = !several ? out
          : csv && !printed ? out.resolve(plan.id()) : out.resolve(plan.id() + extension);
      try {
        if (printed) {
          if (csv) {
            byte[] bytes = PrintedPlanExporter.toCsv(plan);
            OutputFile.write(target, o -> o.write(bytes));
          } else {
            OutputFile.write(target, o -> PrintedPlanExporter.writeXlsx(plan, o));
          }
          io.out().println(target + ": " + plan.id() + " in the printed layout");
          continue;
        }
        // The statuses table only for a plan that a report or assessment of the files is about.
        boolean statuses = dataset.progressReports().stream()
            .anyMatch(r -> r.plan().equals(plan.id()))
            || dataset.irmAssessments().stream().anyMatch(a -> a.plan().equals(plan.id()));
        ExportSummary summary;
        if (csv) {
          Files.createDirectories(target);
          summary = statuses ? PlanTables.writeCsv(dataset, plan.id(), target)
              : PlanTables.writeCsv(plan, target);
        } else {
          ExportSummary[] written = new ExportSummary[1];
          OutputFile.write(target, o -> written[0] = statuses
              ? PlanTables.writeXlsx(dataset, plan.id(), o) : PlanTables.writeXlsx(plan, o));
          summary = written[0];
        }
        io.out().println(target + ": " + plan.id() + ": " + String.join(", ", summary.tables()));
        for (String pointer : summary.droppedExtensions()) {
          err.println(plan.id() + ": " + pointer + " not exported: tables do not hold"
              + " extensions");
        }
      } catch (TableExportException e) {
        err.println("ogp: cannot export " + plan.id() + ": " + e.getMessage());
        status = Math.max(status, 1);
      } catch (IOException e) {
        err.println("ogp: cannot write " + target + ": " + IoProblems.reason(e));
        return Ogp.USAGE;
      }
    }
    return status;
  }
}
