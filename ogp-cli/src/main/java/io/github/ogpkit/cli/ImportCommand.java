package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Arguments.Given;
import io.github.ogpkit.cli.Arguments.Option;
import io.github.ogpkit.cli.Arguments.UsageException;
import io.github.ogpkit.io.DocumentReader;
import io.github.ogpkit.io.JsonValueWriter;
import io.github.ogpkit.io.PlanWriter;
import io.github.ogpkit.io.ReadResult;
import io.github.ogpkit.io.ReportJsonWriter;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.TimeFrame;
import io.github.ogpkit.model.ValueParseException;
import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonValue;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.tables.ImportResult;
import io.github.ogpkit.tables.PlanTables;
import io.github.ogpkit.tables.PrintedPlanImporter;
import io.github.ogpkit.tables.TableFinding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ogp import}: a plan from tables, in the tidy layout (a directory of CSV files, or a
 * workbook) or the printed layout (a workbook or a CSV file, one row per measure), through
 * ogp-tables; prints the import's findings at their cells, writes the plan, and validates it
 * (issue 16).
 */
final class ImportCommand implements Command {

  private static final Arguments ARGUMENTS = new Arguments("TABLE", 1, 1,
      Option.value("--out", "FILE"),
      Option.oneOf("--layout", "tidy", "printed"),
      Option.value("--registry", "FILE"),
      Option.value("--sheet", "NAME"),
      Option.value("--id", "ID"),
      Option.value("--country", "CC"),
      Option.value("--period", "TIME"),
      Option.oneOf("--format", "text", "json"),
      Option.oneOf("--profile", "ogp-action-plan", "executive-order", "national-program"),
      Option.oneOf("--fail-on", "error", "warning", "info"),
      Option.oneOf("--lang", "en", "az"));

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String summary() {
    return "Read a plan from tables, write it as JSON and validate it.";
  }

  @Override
  public Arguments arguments() {
    return ARGUMENTS;
  }

  @Override
  public String help() {
    return """
        Usage: ogp import [-hV] [--debug] -o FILE [--layout=tidy|printed]
                          [--registry=FILE] [--sheet=NAME] [--id=ID] [--country=CC]
                          [--period=TIME] [--fail-on=error|warning|info]
                          [--format=text|json] [--lang=en|az]
                          [--profile=ogp-action-plan|executive-order|national-program]
                          TABLE
        Read a plan from tables, write it as JSON and validate it.
        TABLE is a directory of CSV files or an XLSX workbook in the tidy layout (as
        ogp export writes it), or an XLSX workbook or a CSV file in the printed
        layout (one row per measure: number, title, indicators, executors,
        recommended or supporting, time; docs/TABLES.md). Each problem is one line,
        TABLE!CELL: SEVERITY: MESSAGE [RULE], and the import goes on past it. The
        plan is then written to FILE in canonical form and validated as ogp validate
        does, its findings located in FILE.
              TABLE                The tables.
              --country=CC         Printed layout: the plan's country (ISO 3166-1).
              --debug              Show stack traces of internal errors.
              --fail-on=error|warning|info
                                   The lowest severity, of the import's findings and
                                     the validation's, that makes the exit status 1.
                                     Default: error.
              --format=text|json   Output form: text (one line a finding) or json (an
                                     object of the import's findings and the report).
                                     Default: text.
          -h, --help               Show this help message and exit.
              --id=ID              Printed layout: the plan's id.
              --lang=en|az         Language of the import's and the validation's
                                     messages. Default: en.
              --layout=tidy|printed
                                   The tables' layout. Default: tidy for a directory,
                                     printed for a CSV file; for a workbook, tidy if it
                                     has a measures sheet, else printed.
          -o, --out=FILE           Where to write the plan (written whole or not at
                                     all; not written when no plan could be read).
              --period=TIME        Printed layout: the plan's period (2016/2018).
              --profile=ogp-action-plan|executive-order|national-program
                                   Rule profile of the validation, as for validate.
              --registry=FILE      Printed layout: the institutions that names are
                                     resolved against: a plan (.json), whose metadata
                                     the plan also takes, or an institutions table
                                     (CSV or XLSX: id, name@LANG..., kind, collective,
                                     parent).
              --sheet=NAME         Printed layout: the workbook's sheet to read.
                                     Default: the first.
          -V, --version            Print version information and exit.

        Exit status: 0 a plan was written and nothing reached --fail-on; 1 some
        finding reached it, or no plan could be read; 2 usage error or a file that
        cannot be opened or written.
        """;
  }

  @Override
  public int run(Given given, Io io) throws UsageException, IOException {
    String outName = given.values().get("--out");
    if (outName == null) {
      throw new UsageException("Missing -o FILE (where to write the plan)");
    }
    Path out = path(outName, "-o");
    Path table = path(given.parameters().get(0), "TABLE");
    boolean json = given.value("--format", "text").equals("json");
    Severity threshold = Severity.fromName(given.value("--fail-on", "error"));
    Engine engine = new Engine(Locale.forLanguageTag(given.value("--lang", "en")),
        given.values().get("--profile"), DocumentReader.standard().limits());
    PrintWriter err = io.err();

    ImportResult result;
    try {
      result = read(table, given, engine, err);
    } catch (NotOpened e) {
      err.println("ogp: cannot open " + e.getMessage());
      return Ogp.USAGE;
    }
    if (result == null) {
      return Ogp.USAGE;
    }
    boolean reached = result.findings().stream()
        .anyMatch(f -> f.severity().isAtLeast(threshold));
    ValidationReport report = null;
    if (result.plan().isPresent()) {
      byte[] bytes = PlanWriter.canonical().writeBytes(result.plan().get());
      try {
        OutputFile.write(out, o -> o.write(bytes));
      } catch (IOException e) {
        printFindings(result, null, json, io);
        err.println("ogp: cannot write " + out + ": " + IoProblems.reason(e));
        return Ogp.USAGE;
      }
      ReadResult written = engine.read(new ByteArrayInputStream(bytes), outName);
      report = engine.validate(List.of(written)).get(0);
      reached |= report.hasAtLeast(threshold);
    }
    printFindings(result, report, json, io);
    if (result.plan().isEmpty()) {
      err.println(Inputs.name(table.toString()) + ": no plan could be read; " + outName
          + " is not written");
      return 1;
    }
    return reached ? 1 : 0;
  }

  /** A table, registry or sheet that cannot be opened; the message names it and says why. */
  private static final class NotOpened extends Exception {
    private static final long serialVersionUID = 1L;

    NotOpened(String message) {
      super(message, null, false, false);
    }
  }

  private static ImportResult read(Path table, Given given, Engine engine, PrintWriter err)
      throws NotOpened, UsageException, IOException {
    String layout = given.values().get("--layout");
    // The import's findings speak the language the validation's do.
    Locale locale = Locale.forLanguageTag(given.value("--lang", "en"));
    if (Files.isDirectory(table)) {
      if ("printed".equals(layout)) {
        throw new UsageException("the printed layout is one file, but " + table
            + " is a directory");
      }
      noPrintedOptions(given, "a directory of CSV files (the tidy layout)");
      return PlanTables.readCsv(table, locale);
    }
    byte[] bytes = bytes(table);
    boolean workbook = isZip(bytes);
    if ("tidy".equals(layout) || (layout == null && workbook)) {
      if (!workbook) {
        throw new UsageException("the tidy layout in CSV is a directory of files (as ogp export"
            + " writes it), but " + table + " is a file");
      }
      ImportResult tidy = PlanTables.readXlsx(table, locale);
      boolean hasTables = tidy.plan().isPresent()
          || tidy.findings().stream().noneMatch(f -> f.rule().equals("sheet-missing"));
      if ("tidy".equals(layout) || hasTables) {
        noPrintedOptions(given, "a workbook in the tidy layout");
        return tidy;
      }
    }
    PrintedPlanImporter.Builder importer = PrintedPlanImporter.builder().locale(locale);
    String registry = given.values().get("--registry");
    if (registry != null) {
      Path file = path(registry, "--registry");
      byte[] registryBytes = bytes(file);
      if (registry.toLowerCase(Locale.ROOT).endsWith(".json")) {
        ReadResult read = engine.read(new ByteArrayInputStream(registryBytes), registry);
        Optional<Document> document = read.document();
        if (document.isEmpty() || !(document.get() instanceof Plan plan)) {
          for (Finding f : read.report().findings()) {
            err.println(ValidationReport.line(registry, f));
          }
          throw new NotOpened(registry + ": not a readable plan, so no registry");
        }
        importer.registry(plan);
      } else {
        importer.registryFile(file.getFileName().toString(), registryBytes);
      }
    }
    try {
      if (given.values().containsKey("--id")) {
        importer.id(given.values().get("--id"));
      }
      if (given.values().containsKey("--country")) {
        importer.country(given.values().get("--country"));
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    String period = given.values().get("--period");
    if (period != null) {
      try {
        importer.period(TimeFrame.parse(period));
      } catch (ValueParseException e) {
        throw new UsageException("--period " + period + ": " + e.getMessage());
      }
    }
    String name = table.getFileName() == null ? table.toString()
        : table.getFileName().toString();
    String sheet = given.values().get("--sheet");
    PrintedPlanImporter built = importer.build();
    if (workbook) {
      try (ByteArrayInputStream in = new ByteArrayInputStream(bytes)) {
        return built.readXlsx(name, in, sheet);
      }
    }
    if (sheet != null) {
      throw new UsageException("--sheet is for a workbook, but " + table + " is a CSV file");
    }
    return built.readCsv(name, bytes);
  }

  private static void noPrintedOptions(Given given, String what) throws UsageException {
    for (String option : List.of("--registry", "--sheet", "--id", "--country", "--period")) {
      if (given.values().containsKey(option)) {
        throw new UsageException(option + " is for the printed layout, but TABLE is " + what);
      }
    }
  }

  private static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3
        && bytes[3] == 4;
  }

  private static byte[] bytes(Path file) throws NotOpened {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new NotOpened(file + ": " + IoProblems.reason(e));
    }
  }

  private static Path path(String name, String what) throws UsageException {
    try {
      return Paths.get(name);
    } catch (InvalidPathException e) {
      throw new UsageException(what + " " + name + " is not a valid path");
    }
  }

  private static void printFindings(ImportResult result, ValidationReport report, boolean json,
      Io io) {
    PrintWriter out = io.out();
    if (!json) {
      for (TableFinding f : result.findings()) {
        out.println(f);
      }
      if (report != null) {
        for (Finding f : report.findings()) {
          out.println(ValidationReport.line(report.source().orElse(""), f));
        }
        out.println(report.summary());
      }
      out.flush();
      return;
    }
    List<JsonValue> findings = new ArrayList<>();
    for (TableFinding f : result.findings()) {
      JsonObject.Builder o = JsonObject.builder()
          .put("rule", f.rule())
          .put("severity", f.severity().name())
          .put("sheet", f.sheet())
          .put("message", f.message());
      f.cell().ifPresent(c -> o.put("cell", c.toString()));
      findings.add(o.build());
    }
    // One object: the import's findings, and the validation's report as validate writes it
    // (null when no plan was read). Both parts are canonical JSON; the report's lines are
    // indented into the object.
    String findingsJson = JsonValueWriter.canonical().write(JsonArray.of(findings)).strip();
    String reportJson = report == null ? "null"
        : ReportJsonWriter.standard().write(report).strip();
    out.print("{\n  \"findings\": " + findingsJson.replace("\n", "\n  ") + ",\n  \"report\": "
        + reportJson.replace("\n", "\n  ") + "\n}\n");
    out.flush();
  }
}
