package io.github.ogpkit.cli;

import io.github.ogpkit.analytics.Coverage;
import io.github.ogpkit.analytics.CompletionSummary;
import io.github.ogpkit.analytics.MeasureLevel;
import io.github.ogpkit.analytics.PlanAnalytics;
import io.github.ogpkit.analytics.Share;
import io.github.ogpkit.analytics.StatusSummary;
import io.github.ogpkit.analytics.Timeline;
import io.github.ogpkit.analytics.Workload;
import io.github.ogpkit.analytics.YearQuarter;
import io.github.ogpkit.cli.Arguments.Given;
import io.github.ogpkit.cli.Arguments.Option;
import io.github.ogpkit.cli.Arguments.UsageException;
import io.github.ogpkit.io.JsonValueWriter;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.IrmCompletion;
import io.github.ogpkit.model.OgpValue;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.ProgressStatus;
import io.github.ogpkit.model.ReporterKind;
import io.github.ogpkit.model.Role;
import io.github.ogpkit.model.json.JsonArray;
import io.github.ogpkit.model.json.JsonObject;
import io.github.ogpkit.model.json.JsonValue;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ogp stats}: who does what, what runs when, which OGP values and policy areas, and how
 * far implementation has come, per plan of a dataset (issue 16), through ogp-analytics.
 */
final class StatsCommand implements Command {

  private static final Arguments ARGUMENTS = new Arguments("FILE", 1, Integer.MAX_VALUE,
      Option.oneOf("--format", "text", "json"),
      Option.oneOf("--lang", "en", "az"),
      Option.oneOf("--level", "commitments", "leaves", "all"),
      LimitOptions.MAX_BYTES,
      LimitOptions.MAX_VALUES);

  @Override
  public String name() {
    return "stats";
  }

  @Override
  public String summary() {
    return "Print who does what, when, and how far each plan has come.";
  }

  @Override
  public Arguments arguments() {
    return ARGUMENTS;
  }

  @Override
  public String help() {
    return """
        Usage: ogp stats [-hV] [--debug] [--format=text|json] [--lang=en|az]
                         [--level=commitments|leaves|all] [--max-bytes=SIZE]
                         [--max-values=N] FILE...
        Print who does what, when, and how far each plan has come.
        The files form one dataset (plans, progress reports, IRM assessments,
        members). For each plan, in the order given: its measures; the workload of
        each institution (measures as executor, supporting, recommended); the
        measures running in each year and quarter (measures without sub-measures,
        each by its own or its nearest enclosing measure's time frame; open ends run
        to the plan period's edge); the OGP values and policy areas; and, when
        progress reports or IRM assessments are given, the share of measures at
        each latest status per kind of reporter and at each IRM completion.
              FILE...              Documents, or folders: a folder stands for every
                                     *.json file directly in it, in name order;
                                     - reads standard input.
              --debug              Show stack traces of internal errors.
              --format=text|json   Output form: text (tables) or json (one object a
                                     plan). Default: text.
          -h, --help               Show this help message and exit.
              --lang=en|az         Language of the headings: en (English) or az
                                     (Azerbaijani). Default: en.
              --level=commitments|leaves|all
                                   Which measures coverage and implementation
                                     count: commitments (measures no measure
                                     contains), leaves (measures without
                                     sub-measures) or all. Default: commitments.
        """ + LimitOptions.help() + """
          -V, --version            Print version information and exit.

        Exit status: 0 every file read; 1 a file is not a readable document, or has
        the type and id of an earlier one (it is left out, the rest is printed); 2
        usage error or a file or folder that cannot be opened.
        """;
  }

  @Override
  public int run(Given given, Io io) throws UsageException {
    boolean json = given.value("--format", "text").equals("json");
    Headings h = given.value("--lang", "en").equals("az") ? Headings.AZ : Headings.EN;
    boolean explicit = given.values().containsKey("--level");
    MeasureLevel level = MeasureLevel.valueOf(
        given.value("--level", "commitments").toUpperCase(Locale.ROOT));
    Engine engine = new Engine(Locale.ENGLISH, null, LimitOptions.limits(given));
    DatasetFiles.Loaded loaded = DatasetFiles.read(given.parameters(), engine, io);
    Dataset dataset = loaded.dataset();
    PrintWriter out = io.out();
    if (json) {
      List<JsonValue> plans = new ArrayList<>();
      for (Plan plan : dataset.plans()) {
        plans.add(json(PlanAnalytics.of(dataset, plan.id()), level, explicit));
      }
      out.print(JsonValueWriter.canonical().write(JsonArray.of(plans)));
    } else {
      String separator = "";
      for (Plan plan : dataset.plans()) {
        out.print(separator);
        out.print(text(PlanAnalytics.of(dataset, plan.id()), level, explicit, h));
        separator = "\n";
      }
      if (dataset.plans().isEmpty()) {
        io.err().println("ogp: no plan among the files: stats are about plans");
      }
    }
    out.flush();
    return loaded.status();
  }

  // Text

  /** The words of the text tables, in English and Azerbaijani. */
  enum Headings {
    EN("measures", "commitments", "measures in all", "without sub-measures",
        "Workload", "institution", "executor", "supporting", "recommended", "total",
        "Measures running (measures without sub-measures)", "year", "quarter", "no time frame",
        "OGP values", "Policy areas", "value", "area", "none",
        "Implementation: latest status per kind of reporter", "reporter", "not stated",
        "unreported", "IRM completion", "not assessed", "counted",
        new String[] {"commitments", "measures without sub-measures", "all measures"}),
    AZ("tədbirlər", "öhdəliklər", "cəmi tədbirlər", "alt tədbiri olmayan",
        "İş yükü", "qurum", "icraçı", "dəstəkləyən", "tövsiyə", "cəmi",
        "İcra olunan tədbirlər (alt tədbiri olmayan tədbirlər)", "il", "rüb", "müddətsiz",
        "OGP dəyərləri", "Siyasət sahələri", "dəyər", "sahə", "heç biri",
        "İcra: hər hesabat verən növü üzrə son vəziyyət", "hesabat verən", "göstərilməyib",
        "hesabat yoxdur", "IRM: icra səviyyəsi", "qiymətləndirilməyib", "sayılan",
        new String[] {"öhdəliklər", "alt tədbiri olmayan tədbirlər", "bütün tədbirlər"});

    final String measures;
    final String commitments;
    final String all;
    final String leaves;
    final String workload;
    final String institution;
    final String executor;
    final String supporting;
    final String recommended;
    final String total;
    final String running;
    final String year;
    final String quarter;
    final String undated;
    final String values;
    final String areas;
    final String value;
    final String area;
    final String none;
    final String implementation;
    final String reporter;
    final String notStated;
    final String unreported;
    final String irm;
    final String unassessed;
    final String counted;
    private final String[] levels;

    Headings(String measures, String commitments, String all, String leaves, String workload,
        String institution, String executor, String supporting, String recommended,
        String total, String running, String year, String quarter, String undated,
        String values, String areas, String value, String area, String none,
        String implementation, String reporter, String notStated, String unreported, String irm,
        String unassessed, String counted, String[] levels) {
      this.measures = measures;
      this.commitments = commitments;
      this.all = all;
      this.leaves = leaves;
      this.workload = workload;
      this.institution = institution;
      this.executor = executor;
      this.supporting = supporting;
      this.recommended = recommended;
      this.total = total;
      this.running = running;
      this.year = year;
      this.quarter = quarter;
      this.undated = undated;
      this.values = values;
      this.areas = areas;
      this.value = value;
      this.area = area;
      this.none = none;
      this.implementation = implementation;
      this.reporter = reporter;
      this.notStated = notStated;
      this.unreported = unreported;
      this.irm = irm;
      this.unassessed = unassessed;
      this.counted = counted;
      this.levels = levels;
    }

    String level(MeasureLevel level) {
      return levels[level.ordinal()];
    }
  }

  private static String text(PlanAnalytics a, MeasureLevel level, boolean explicit,
      Headings h) {
    Plan plan = a.plan();
    StringBuilder text = new StringBuilder();
    text.append(plan.id()).append(": ")
        .append(oneLine(plan.title().getOrFallback(plan.languages().get(0), "")))
        .append('\n');
    text.append(h.measures).append(": ")
        .append(a.measures(MeasureLevel.COMMITMENTS).size()).append(' ').append(h.commitments)
        .append(", ").append(a.measures(MeasureLevel.ALL).size()).append(' ').append(h.all)
        .append(", ").append(a.measures(MeasureLevel.LEAVES).size()).append(' ')
        .append(h.leaves).append('\n');

    List<List<String>> workload = new ArrayList<>();
    workload.add(List.of(h.institution, h.executor, h.supporting, h.recommended, h.total));
    for (Workload w : a.workload()) {
      workload.add(List.of(w.institution(), count(w.executor()), count(w.supporting()),
          count(w.recommended()), count(w.total())));
    }
    text.append('\n').append(h.workload).append('\n')
        .append(TextTable.render(workload, false, true, true, true, true));

    Timeline timeline = a.timeline();
    List<List<String>> years = new ArrayList<>();
    years.add(List.of(h.year, h.measures));
    for (Map.Entry<Year, Integer> e : timeline.countsByYear().entrySet()) {
      years.add(List.of(e.getKey().toString(), count(e.getValue())));
    }
    if (!timeline.undated().isEmpty()) {
      years.add(List.of(h.undated, count(timeline.undated().size())));
    }
    text.append('\n').append(h.running).append('\n').append(TextTable.render(years, false, true));
    List<List<String>> quarters = new ArrayList<>();
    quarters.add(List.of(h.quarter, h.measures));
    for (Map.Entry<YearQuarter, Integer> e : timeline.countsByQuarter().entrySet()) {
      quarters.add(List.of(e.getKey().toString(), count(e.getValue())));
    }
    if (quarters.size() > 1) {
      text.append('\n').append(TextTable.render(quarters, false, true));
    }

    Coverage coverage = a.coverage(level);
    int inAll = coverage.measures().size();
    List<List<String>> values = new ArrayList<>();
    values.add(List.of(h.value, h.level(level)));
    for (OgpValue v : OgpValue.values()) {
      values.add(List.of(v.name(), share(coverage.share(v))));
    }
    values.add(List.of(h.none, share(new Share(coverage.withoutValue().size(), inAll))));
    text.append('\n').append(h.values).append('\n').append(TextTable.render(values, false, true));
    List<List<String>> areas = new ArrayList<>();
    areas.add(List.of(h.area, h.level(level)));
    for (Map.Entry<String, Share> e : coverage.policyAreaShares().entrySet()) {
      areas.add(List.of(e.getKey(), share(e.getValue())));
    }
    areas.add(List.of(h.none, share(new Share(coverage.withoutPolicyArea().size(), inAll))));
    text.append('\n').append(h.areas).append('\n').append(TextTable.render(areas, false, true));

    if (a.dataset().map(d -> d.documents().size() > 1).orElse(false)) {
      List<List<String>> progress = new ArrayList<>();
      List<String> header = new ArrayList<>(List.of(h.reporter, h.counted));
      for (ProgressStatus s : ProgressStatus.values()) {
        header.add(s.name());
      }
      header.add(h.notStated);
      header.add(h.unreported);
      progress.add(header);
      for (ReporterKind k : ReporterKind.values()) {
        Optional<MeasureLevel> counted = reported(a, k, level, explicit);
        if (counted.isEmpty()) {
          continue;
        }
        StatusSummary s = a.implementation(counted.get()).progress(k);
        List<String> row = new ArrayList<>(List.of(k.name(), h.level(counted.get())));
        for (ProgressStatus status : ProgressStatus.values()) {
          row.add(share(s.share(status)));
        }
        row.add(share(s.statusNotStatedShare()));
        row.add(share(s.unreportedShare()));
        progress.add(row);
      }
      if (progress.size() > 1) {
        boolean[] right = new boolean[header.size()];
        Arrays.fill(right, 2, right.length, true);
        text.append('\n').append(h.implementation).append('\n')
            .append(TextTable.render(progress, right));
      }
      Optional<MeasureLevel> assessed = assessed(a, level, explicit);
      if (assessed.isPresent()) {
        CompletionSummary irm = a.implementation(assessed.get()).irm();
        List<List<String>> table = new ArrayList<>();
        List<String> irmHeader = new ArrayList<>(List.of(h.counted));
        List<String> irmRow = new ArrayList<>(List.of(h.level(assessed.get())));
        for (IrmCompletion c : IrmCompletion.values()) {
          irmHeader.add(c.name());
          irmRow.add(share(irm.share(c)));
        }
        irmHeader.add(h.notStated);
        irmRow.add(share(irm.completionNotStatedShare()));
        irmHeader.add(h.unassessed);
        irmRow.add(share(irm.unassessedShare()));
        table.add(irmHeader);
        table.add(irmRow);
        boolean[] right = new boolean[irmHeader.size()];
        Arrays.fill(right, 1, right.length, true);
        text.append('\n').append(h.irm).append('\n').append(TextTable.render(table, right));
      }
    }
    return text.toString();
  }

  /** The levels tried, in order, when {@code --level} is not given. */
  private static final List<MeasureLevel> LEVELS =
      List.of(MeasureLevel.COMMITMENTS, MeasureLevel.LEAVES, MeasureLevel.ALL);

  /**
   * The level at which a kind of reporter's progress is counted: the one asked for; or, when
   * none was asked for, the first of commitments, leaves and all measures at which its entries
   * are about a counted measure (a tracker that reports on milestones only is counted by its
   * milestones). Empty when it reports on none.
   */
  private static Optional<MeasureLevel> reported(PlanAnalytics a, ReporterKind kind,
      MeasureLevel level, boolean explicit) {
    for (MeasureLevel l : explicit ? List.of(level) : LEVELS) {
      StatusSummary s = a.implementation(l).progress(kind);
      if (s.unreported().size() < s.measures().size()) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The level at which the IRM's completion is counted, chosen as for progress reports. */
  private static Optional<MeasureLevel> assessed(PlanAnalytics a, MeasureLevel level,
      boolean explicit) {
    for (MeasureLevel l : explicit ? List.of(level) : LEVELS) {
      CompletionSummary irm = a.implementation(l).irm();
      if (irm.unassessed().size() < irm.measures().size()) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** A text on one line: every run of white space (line breaks too) as one space. */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String count(int n) {
    return Integer.toString(n);
  }

  /** A share as {@code 7/14 (50%)}, the percentage rounded half up, digits in ASCII. */
  static String share(Share s) {
    if (s.total() == 0) {
      return "0/0";
    }
    long percent = Math.round(s.percent());
    return s.count() + "/" + s.total() + " (" + percent + "%)";
  }

  // JSON

  private static JsonValue json(PlanAnalytics a, MeasureLevel level, boolean explicit) {
    JsonObject.Builder plan = JsonObject.builder()
        .put("plan", a.plan().id())
        .put("measures", JsonObject.builder()
            .put("commitments", number(a.measures(MeasureLevel.COMMITMENTS).size()))
            .put("all", number(a.measures(MeasureLevel.ALL).size()))
            .put("leaves", number(a.measures(MeasureLevel.LEAVES).size()))
            .build());
    List<JsonValue> workload = new ArrayList<>();
    for (Workload w : a.workload()) {
      JsonObject.Builder o = JsonObject.builder().put("institution", w.institution());
      for (Role r : Role.values()) {
        o.put(r.name(), number(w.count(r)));
      }
      workload.add(o.put("total", number(w.total())).build());
    }
    plan.put("workload", JsonArray.of(workload));
    Timeline timeline = a.timeline();
    JsonObject.Builder years = JsonObject.builder();
    timeline.countsByYear().forEach((y, n) -> years.put(y.toString(), number(n)));
    JsonObject.Builder quarters = JsonObject.builder();
    timeline.countsByQuarter().forEach((q, n) -> quarters.put(q.toString(), number(n)));
    plan.put("running", JsonObject.builder()
        .put("byYear", years.build())
        .put("byQuarter", quarters.build())
        .put("undated", number(timeline.undated().size()))
        .build());
    Coverage coverage = a.coverage(level);
    JsonObject.Builder values = JsonObject.builder();
    for (OgpValue v : OgpValue.values()) {
      values.put(v.name(), number(coverage.share(v).count()));
    }
    JsonObject.Builder areas = JsonObject.builder();
    coverage.policyAreaShares().forEach((area, s) -> areas.put(area, number(s.count())));
    plan.put("coverage", JsonObject.builder()
        .put("level", level.name())
        .put("measures", number(coverage.measures().size()))
        .put("ogpValues", values.build())
        .put("withoutOgpValue", number(coverage.withoutValue().size()))
        .put("policyAreas", areas.build())
        .put("withoutPolicyArea", number(coverage.withoutPolicyArea().size()))
        .build());
    JsonObject.Builder progress = JsonObject.builder();
    for (ReporterKind k : ReporterKind.values()) {
      Optional<MeasureLevel> counted = reported(a, k, level, explicit);
      if (counted.isEmpty()) {
        continue;
      }
      StatusSummary s = a.implementation(counted.get()).progress(k);
      JsonObject.Builder o = JsonObject.builder()
          .put("level", counted.get().name())
          .put("measures", number(s.measures().size()));
      for (ProgressStatus status : ProgressStatus.values()) {
        o.put(status.name(), number(s.share(status).count()));
      }
      progress.put(k.name(), o.put("statusNotStated", number(s.statusNotStated().size()))
          .put("unreported", number(s.unreported().size())).build());
    }
    JsonObject.Builder implementation = JsonObject.builder().put("progress", progress.build());
    Optional<MeasureLevel> assessed = assessed(a, level, explicit);
    if (assessed.isPresent()) {
      CompletionSummary irm = a.implementation(assessed.get()).irm();
      JsonObject.Builder o = JsonObject.builder()
          .put("level", assessed.get().name())
          .put("measures", number(irm.measures().size()));
      for (IrmCompletion c : IrmCompletion.values()) {
        o.put(c.name(), number(irm.share(c).count()));
      }
      implementation.put("irmCompletion", o
          .put("completionNotStated", number(irm.completionNotStated().size()))
          .put("unassessed", number(irm.unassessed().size())).build());
    }
    plan.put("implementation", implementation.build());
    return plan.build();
  }

  private static BigDecimal number(int n) {
    return BigDecimal.valueOf(n);
  }
}
