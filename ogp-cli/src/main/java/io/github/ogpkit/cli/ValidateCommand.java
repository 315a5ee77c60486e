package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Arguments.Given;
import io.github.ogpkit.cli.Arguments.Option;
import io.github.ogpkit.cli.Arguments.UsageException;
import io.github.ogpkit.io.ReadLimits;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code ogp validate}: validates plan documents. */
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
    return "Validate plan documents and print what is wrong with them.";
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
        Validate plan documents and print what is wrong with them.
        Each finding is one line: FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE] (PATH),
        then a summary line per file.
              FILE...              Plan documents to validate; - reads standard input.
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
                                   Rule profile, for every file:
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
        finding at or above --fail-on (a file that is not a readable plan counts as an
        error); 2 usage error or a file that cannot be opened.
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
    List<ValidationReport> reports = new ArrayList<>();
    boolean findings = false;
    for (String file : given.parameters()) {
      ValidationReport report = inputs.open(file, in -> engine.validate(in, Inputs.name(file)));
      if (report == null) {
        continue;
      }
      findings |= report.hasAtLeast(threshold);
      if (json) {
        reports.add(report);
      } else {
        String name = Inputs.name(file);
        for (Finding f : report.findings()) {
          if (!quiet || f.severity().isAtLeast(threshold)) {
            out.println(ValidationReport.line(name, f));
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
