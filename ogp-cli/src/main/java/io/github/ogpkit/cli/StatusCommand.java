package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Arguments.Given;
import io.github.ogpkit.cli.Arguments.Option;
import io.github.ogpkit.cli.Arguments.UsageException;
import io.github.ogpkit.io.JsonValueWriter;
import io.github.ogpkit.model.AssessmentMention;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Measure;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.PlanPart;
import io.github.ogpkit.model.ProgressMention;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.model.Section;
import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonValue;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ogp status}: per plan of a dataset, the latest status of its commitments from each kind
 * of reporter and the IRM's latest completion (issue 15).
 */
final class StatusCommand implements Command {

  private static final Arguments ARGUMENTS = new Arguments("DATASET", 1, Integer.MAX_VALUE,
      Option.oneOf("--format", "text", "json"),
      Option.oneOf("--lang", "en", "az"),
      LimitOptions.MAX_BYTES,
      LimitOptions.MAX_VALUES);

  /** What the latest entry of a reporter kind says when it states no status. */
  static final String NO_STATUS = "–";

  @Override
  public String name() {
    return "status";
  }

  @Override
  public String summary() {
    return "Print the latest status of each commitment of a dataset's plans.";
  }

  @Override
  public Arguments arguments() {
    return ARGUMENTS;
  }

  @Override
  public String help() {
    return """
        Usage: ogp status [-hV] [--debug] [--format=text|json] [--lang=en|az]
                          [--max-bytes=SIZE] [--max-values=N] DATASET...
        Print the latest status of each commitment of a dataset's plans.
        The files form one dataset (plans, progress reports, IRM assessments,
        members). For each plan, in plan order: every measure directly in the plan or
        in a section, every section with an OGP id, and every other section or
        measure a report or assessment is about; for each, the latest status from
        each kind of reporter (– when that entry states none) with its date, and the
        IRM's latest completion with its publication date.
              DATASET...           Documents, or folders: a folder stands for every
                                     *.json file directly in it, in name order;
                                     - reads standard input.
              --debug              Show stack traces of internal errors.
              --format=text|json   Output form: text (a table) or json (an array of
                                     one object a row). Default: text.
          -h, --help               Show this help message and exit.
              --lang=en|az         Language of the headings: en (English) or az
                                     (Azerbaijani). Default: en.
        """ + LimitOptions.help() + """
          -V, --version            Print version information and exit.

        Exit status: 0 every file read; 1 a file is not a readable document, or has
        the type and id of an earlier one (it is left out, the rest is printed); 2
        usage error or a file or folder that cannot be opened.
        """;
  }

  /** One row: a section or measure and what the dataset says of it. */
  private record Row(Plan plan, PlanPart part, Map<ReporterKind, ProgressMention> latest,
      Optional<AssessmentMention> completion) {}

  @Override
  public int run(Given given, Io io) throws UsageException {
    boolean json = given.value("--format", "text").equals("json");
    boolean az = given.value("--lang", "en").equals("az");
    Engine engine = new Engine(Locale.ENGLISH, null, LimitOptions.limits(given));
    DatasetFiles.Loaded loaded = DatasetFiles.read(given.parameters(), engine, io);
    List<Row> rows = rows(loaded.dataset());
    PrintWriter out = io.out();
    out.print(json ? json(rows) : table(rows, az));
    out.flush();
    return loaded.status();
  }

  private static List<Row> rows(Dataset dataset) {
    List<Row> rows = new ArrayList<>();
    for (Plan plan : dataset.plans()) {
      for (Measure m : plan.measures()) {
        measure(dataset, plan, m, true, rows);
      }
      for (Section s : plan.sections()) {
        section(dataset, plan, s, rows);
      }
    }
    return rows;
  }

  private static void section(Dataset dataset, Plan plan, Section s, List<Row> rows) {
    add(dataset, plan, s, s.ogpId().isPresent(), rows);
    for (Measure m : s.measures()) {
      measure(dataset, plan, m, true, rows);
    }
    for (Section sub : s.sections()) {
      section(dataset, plan, sub, rows);
    }
  }

  private static void measure(Dataset dataset, Plan plan, Measure m, boolean topLevel,
      List<Row> rows) {
    add(dataset, plan, m, topLevel, rows);
    for (Measure sub : m.measures()) {
      measure(dataset, plan, sub, false, rows);
    }
  }

  private static void add(Dataset dataset, Plan plan, PlanPart part, boolean always,
      List<Row> rows) {
    if (!always && dataset.history(plan.id(), part.number()).isEmpty()) {
      return;
    }
    AssessmentMention completion = null;
    for (AssessmentMention a : dataset.assessments(plan.id(), part.number())) {
      if (a.entry().completion().isPresent()) {
        completion = a;
      }
    }
    rows.add(new Row(plan, part, dataset.latestStatus(plan.id(), part.number()),
        Optional.ofNullable(completion)));
  }

  // Text

  private static final List<String> HEADINGS_EN = List.of("Plan", "Number", "OGP id",
      "Government", "Civil society", "IRM", "Other", "IRM completion");
  private static final List<String> HEADINGS_AZ = List.of("Plan", "Nömrə", "OGP id",
      "Hökumət", "Vətəndaş cəmiyyəti", "IRM", "Digər", "IRM: icra");

  private static String table(List<Row> rows, boolean az) {
    List<String> headings = az ? HEADINGS_AZ : HEADINGS_EN;
    // Reporter kinds no row has anything from get no column.
    Set<ReporterKind> kinds = EnumSet.noneOf(ReporterKind.class);
    for (Row r : rows) {
      kinds.addAll(r.latest().keySet());
    }
    List<String> header = new ArrayList<>(headings.subList(0, 3));
    for (ReporterKind k : kinds) {
      header.add(headings.get(3 + k.ordinal()));
    }
    header.add(headings.get(7));
    List<List<String>> lines = new ArrayList<>();
    lines.add(header);
    for (Row r : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(r.plan().id());
      cells.add(r.part().number().toString());
      cells.add(r.part().ogpId().orElse(""));
      for (ReporterKind k : kinds) {
        ProgressMention p = r.latest().get(k);
        cells.add(p == null ? "" : status(p) + " " + p.report().asOf());
      }
      cells.add(r.completion().map(a -> a.entry().completion().orElseThrow().name() + " "
          + a.assessment().published()).orElse(""));
      lines.add(cells);
    }
    return TextTable.render(lines);
  }

  private static String status(ProgressMention p) {
    return p.entry().status().map(Enum::name).orElse(NO_STATUS);
  }

  // JSON

  private static String json(List<Row> rows) {
    List<JsonValue> objects = new ArrayList<>();
    for (Row r : rows) {
      JsonObject.Builder o = JsonObject.builder()
          .put("plan", r.plan().id())
          .put("number", r.part().number().toString());
      r.part().ogpId().ifPresent(id -> o.put("ogpId", id));
      for (Map.Entry<ReporterKind, ProgressMention> e : r.latest().entrySet()) {
        ProgressMention p = e.getValue();
        JsonObject.Builder s = JsonObject.builder()
            .put("asOf", p.report().asOf().toString())
            .put("report", p.report().id());
        p.entry().status().ifPresent(status -> s.put("status", status.name()));
        o.put(e.getKey().name(), s.build());
      }
      r.completion().ifPresent(a -> o.put("irmCompletion", JsonObject.builder()
          .put("completion", a.entry().completion().orElseThrow().name())
          .put("assessment", a.assessment().id())
          .put("published", a.assessment().published().toString())
          .build()));
      objects.add(o.build());
    }
    return JsonValueWriter.canonical().write(JsonArray.of(objects));
  }
}
