package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Arguments.Given;
import io.github.ogpkit.cli.Arguments.Option;
import io.github.ogpkit.cli.Arguments.UsageException;
import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.model.Plan;
import io.github.ogpkit.report.PlanReport;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/**
 * {@code ogp report}: one plan of a dataset, with what its progress reports, IRM assessments and
 * member say, as one self-contained HTML page (issue 17), through ogp-report.
 */
final class ReportCommand implements Command {

  private static final Arguments ARGUMENTS = new Arguments("FILE", 1, Integer.MAX_VALUE,
      Option.value("--out", "FILE"),
      Option.oneOf("--lang", "en", "az"),
      Option.value("--plan", "ID"),
      LimitOptions.MAX_BYTES,
      LimitOptions.MAX_VALUES);

  @Override
  public String name() {
    return "report";
  }

  @Override
  public String summary() {
    return "Write a plan and its progress as one HTML page.";
  }

  @Override
  public Arguments arguments() {
    return ARGUMENTS;
  }

  @Override
  public String help() {
    return """
        Usage: ogp report [-hV] [--debug] -o FILE [--lang=en|az] [--plan=ID]
                          [--max-bytes=SIZE] [--max-values=N] FILE...
        Write a plan and its progress as one HTML page.
        The files form one dataset (plans, progress reports, IRM assessments,
        members). The page shows the plan's header, the findings of validation,
        each linked to its measure, the outline with the latest status from each
        kind of reporter and the IRM's completion, a timeline of the measures, the
        workload of each institution and the member's status history. It is one
        file that loads nothing: styles and charts are inline, and it has no script.
              FILE...              Documents, or folders: a folder stands for every
                                     *.json file directly in it, in name order;
                                     - reads standard input.
              --debug              Show stack traces of internal errors.
          -h, --help               Show this help message and exit.
              --lang=en|az         Language of the headings and findings: en
                                     (English) or az (Azerbaijani). Default: en.
        """ + LimitOptions.help() + """
          -o, --out=FILE           Where to write the page, whole or not at all.
              --plan=ID            The plan to show; needed when the files hold
                                     several plans.
          -V, --version            Print version information and exit.

        Exit status: 0 the page written; 1 a file is not a readable document, or has
        the type and id of an earlier one (it is left out, the page is written), or
        no plan to show; 2 usage error, several plans without --plan, or a file,
        folder or FILE that cannot be opened or written.
        """;
  }

  @Override
  public int run(Given given, Io io) throws UsageException {
    String outName = given.values().get("--out");
    if (outName == null) {
      throw new UsageException("Missing -o FILE (where to write the page)");
    }
    Path out;
    try {
      out = Paths.get(outName);
    } catch (InvalidPathException e) {
      throw new UsageException("-o " + outName + " is not a valid path");
    }
    Locale locale = Locale.forLanguageTag(given.value("--lang", "en"));
    Engine engine = new Engine(Locale.ENGLISH, null, LimitOptions.limits(given));
    DatasetFiles.Loaded loaded = DatasetFiles.read(given.parameters(), engine, io);
    Dataset dataset = loaded.dataset();
    List<Plan> plans = dataset.plans();
    String only = given.values().get("--plan");
    Plan plan;
    if (only != null) {
      plan = dataset.plan(only).orElse(null);
      if (plan == null) {
        io.err().println("ogp: no plan " + only + " among the files");
        return Math.max(loaded.status(), 1);
      }
    } else if (plans.isEmpty()) {
      io.err().println("ogp: no plan among the files: nothing to report");
      return Math.max(loaded.status(), 1);
    } else if (plans.size() > 1) {
      throw new UsageException("The files hold " + plans.size() + " plans ("
          + String.join(", ", plans.stream().map(Plan::id).toList())
          + "); choose one with --plan=ID");
    } else {
      plan = plans.get(0);
    }
    PlanReport report = PlanReport.builder().locale(locale).build();
    try {
      OutputFile.write(out, o -> report.write(dataset, plan.id(), o));
    } catch (IOException e) {
      io.err().println("ogp: cannot write " + out + ": " + IoProblems.reason(e));
      return Ogp.USAGE;
    }
    io.out().println(out + ": " + plan.id());
    return loaded.status();
  }
}
