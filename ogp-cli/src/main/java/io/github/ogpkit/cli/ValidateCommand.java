package io.github.ogpkit.cli;

import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ogp validate}: validates plan documents. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validate plan documents and print what is wrong with them.",
        "Each finding is one line: FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE] (PATH), then a "
            + "summary line per file."},
    footer = {"", "Exit status: 0 every file read and no finding at or above --fail-on; 1 some "
        + "finding at or above --fail-on (a file that is not a readable plan counts as an error);"
        + " 2 usage error or a file that cannot be opened."})
final class ValidateCommand implements Callable<Integer> {

  enum Format { text, json }

  enum Profile {
    OGP_ACTION_PLAN("ogp-action-plan"), NATIONAL_PROGRAM("national-program");

    final String id;

    Profile(String id) {
      this.id = id;
    }

    @Override
    public String toString() {
      return id;
    }
  }

  enum FailOn { error, warning, info }

  enum Lang { en, az }

  @ParentCommand
  Ogp ogp;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Plan documents to validate; - reads standard input.")
  List<String> files;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output form: text (one line a finding) or json (one array of reports). "
          + "Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--profile", paramLabel = "ogp-action-plan|national-program",
      converter = ProfileConverter.class,
      description = "Rule profile. Default: chosen from each plan's kind.")
  Profile profile;

  @Option(names = "--fail-on", paramLabel = "error|warning|info", defaultValue = "error",
      description = "The lowest severity that makes the exit status 1. Default: ${DEFAULT-VALUE}.")
  FailOn failOn;

  @Option(names = "--lang", paramLabel = "en|az", defaultValue = "en",
      description = "Language of the messages: en (English) or az (Azerbaijani). "
          + "Default: ${DEFAULT-VALUE}.")
  Lang lang;

  @Option(names = "--quiet",
      description = "Text form: print only findings at or above --fail-on, and the summary.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Severity threshold = Severity.fromName(failOn.name());
    Engine engine = new Engine(Locale.forLanguageTag(lang.name()),
        profile == null ? null : profile.id);
    Inputs inputs = new Inputs(ogp.stdin, err);
    List<ValidationReport> reports = new ArrayList<>();
    boolean findings = false;
    for (String file : files) {
      ValidationReport report = inputs.open(file, in -> engine.validate(in, Inputs.name(file)));
      if (report == null) {
        continue;
      }
      findings |= report.hasAtLeast(threshold);
      if (format == Format.json) {
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
    if (format == Format.json) {
      out.print(engine.reportsJson(reports));
    }
    out.flush();
    if (inputs.failed()) {
      return Ogp.USAGE;
    }
    return findings ? 1 : 0;
  }

  /** Reads profile ids as written in the contract (ogp-action-plan), not as enum names. */
  static final class ProfileConverter implements CommandLine.ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      for (Profile p : Profile.values()) {
        if (p.id.equals(value)) {
          return p;
        }
      }
      throw new CommandLine.TypeConversionException("'" + value
          + "' is not a profile; expected ogp-action-plan or national-program");
    }
  }
}
