package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Arguments.Given;
import io.github.ogpkit.cli.Arguments.Option;
import io.github.ogpkit.cli.Arguments.UsageException;
import io.github.ogpkit.io.ReadLimits;
import io.github.ogpkit.io.ReadResult;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ogp validate}: validates documents of every type, the files of one call together as one
 * dataset (CLI-1.1.md), one report per document in the order given.
 */
final class ValidateCommand implements Command {

  private static final Arguments ARGUMENTS = new Arguments("FILE", 1, Integer.MAX_VALUE,
      Option.oneOf("--format", "text", "json"),
      Option.oneOf("--profile", "ogp-action-plan", "executive-order", "national-program"),
      Option.oneOf("--fail-on", "error", "warning", "info"),
      Option.oneOf("--lang", "en", "az"),
      Option.flag("--quiet"),
      LimitOptions.MAX_BYTES,
      LimitOptions.MAX_VALUES);

  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String summary() {
    return "Validate documents together and print what is wrong with them.";
  }

  @Override
  public Arguments arguments() {
    return ARGUMENTS;
  }

  @Override
  public String help() {
    return """
        Usage: ogp validate [-hV] [--debug] [--quiet] [--fail-on=error|warning|info]
                            [--format=text|json] [--lang=en|az] [--max-bytes=SIZE]
                            [--max-values=N]
                            [--profile=ogp-action-plan|executive-order|national-program]
                            FILE...
        Validate documents together and print what is wrong with them.
        Documents are plans, progress reports, IRM assessments and members, told apart
        by their type. The files of one call form one dataset: references from one
        document to another are checked, and each document gets its own report, in the
        order given. Each finding is one line:
        FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE] (PATH), in the file that has it,
        then a summary line per file.
              FILE...              Documents to validate, or folders: a folder stands
                                     for every *.json file directly in it, in name
                                     order; - reads standard input.
              --debug              Show stack traces of internal errors.
              --fail-on=error|warning|info
                                   The lowest severity that makes the exit status 1.
                                     Default: error.
              --format=text|json   Output form: text (one line a finding) or json (one
                                     array of reports). Default: text.
          -h, --help               Show this help message and exit.
              --lang=en|az         Language of the messages: en (English) or az
                                     (Azerbaijani). Default: en.
        """ + LimitOptions.help() + """
              --profile=ogp-action-plan|executive-order|national-program
                                   Rule profile, for every plan (other documents
                                     have none):
                                     ogp-action-plan   any OGP action plan
                                     executive-order   a plan of an executive act
                                     national-program  a national program
                                     Default: the plan's own profile, else
                                     executive-order for a 1.0 OGP action plan, else
                                     the one of the plan's kind.
              --quiet              Text form: print only findings at or above
                                     --fail-on, and the summary.
          -V, --version            Print version information and exit.

        Exit status: 0 every file read and no finding at or above --fail-on; 1 some
        finding at or above --fail-on (a file that is not a readable document counts as
        an error); 2 usage error or a file or folder that cannot be opened.
        """;
  }

  @Override
  public int run(Given given, Io io) throws UsageException {
    ReadLimits limits = LimitOptions.limits(given);
    PrintWriter out = io.out();
    boolean json = given.value("--format", "text").equals("json");
    boolean quiet = given.has("--quiet");
    Severity threshold = Severity.fromName(given.value("--fail-on", "error"));
    Engine engine = new Engine(Locale.forLanguageTag(given.value("--lang", "en")),
        given.values().get("--profile"), limits);
    Inputs inputs = new Inputs(io.stdin(), io.err());
    List<ReadResult> results = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String file : inputs.expand(given.parameters())) {
      ReadResult result = inputs.open(file, in -> engine.read(in, Inputs.name(file)));
      if (result != null) {
        results.add(result);
        names.add(Inputs.name(file));
      }
    }
    List<ValidationReport> reports = engine.validate(results);
    boolean findings = false;
    for (int i = 0; i < reports.size(); i++) {
      ValidationReport report = reports.get(i);
      findings |= report.hasAtLeast(threshold);
      if (!json) {
        for (Finding f : report.findings()) {
          if (!quiet || f.severity().isAtLeast(threshold)) {
            out.println(ValidationReport.line(names.get(i), f));
          }
        }
        out.println(report.summary());
      }
    }
    if (json) {
      out.print(engine.reportsJson(reports));
    }
    out.flush();
    if (inputs.failed()) {
      return Ogp.USAGE;
    }
    return findings ? 1 : 0;
  }
}
