package io.github.ogpkit.cli;

import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ogp format}: rewrites plan documents in canonical form. */
@Command(name = "format", mixinStandardHelpOptions = true,
    description = {"Rewrite plan documents in canonical form (to standard output by default).",
        "A document that is not a readable plan is not rewritten: its findings go to standard "
            + "error and the exit status is 1."},
    footer = {"", "Exit status: 0 done (with --check: every file canonical); 1 a file is not "
        + "canonical (--check) or not a readable plan; 2 usage error or a file that cannot be "
        + "opened."})
final class FormatCommand implements Callable<Integer> {

  @ParentCommand
  Ogp ogp;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Plan documents; - reads standard input.")
  List<String> files;

  @Option(names = "--check",
      description = "Change nothing; exit 1 and name each file that is not in canonical form.")
  boolean check;

  @Option(names = "--in-place", description = "Rewrite the files instead of printing them.")
  boolean inPlace;

  @Override
  public Integer call() throws IOException {
    if (check && inPlace) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--check and --in-place cannot be used together");
    }
    if (inPlace && files.contains("-")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--in-place cannot rewrite standard input (-)");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Engine engine = new Engine(Locale.ENGLISH, null);
    Inputs inputs = new Inputs(ogp.stdin, err);
    OutputStream raw = new PrintWriterStream(out);
    boolean problems = false;
    for (String file : files) {
      String name = Inputs.name(file);
      Engine.Formatted result = inputs.open(file, in -> engine.format(in, name));
      if (result == null) {
        continue;
      }
      if (result.canonical() == null) {
        ValidationReport report = result.report();
        for (Finding f : report.findings()) {
          err.println(ValidationReport.line(name, f));
        }
        err.println(name + ": not a readable plan; not formatted");
        problems = true;
        continue;
      }
      boolean canonical = Arrays.equals(result.original(), result.canonical());
      if (check) {
        if (!canonical) {
          out.println(name + ": not in canonical form");
          problems = true;
        }
      } else if (inPlace) {
        if (!canonical) {
          writeAtomically(Paths.get(file), result.canonical());
        }
      } else {
        out.flush();
        raw.write(result.canonical());
        raw.flush();
      }
    }
    out.flush();
    if (inputs.failed()) {
      return Ogp.USAGE;
    }
    return problems ? 1 : 0;
  }

  private static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, ".ogp-format-", ".json");
    try {
      Files.write(temp, bytes);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes UTF-8 bytes through the command's writer, so in-process tests capture them. */
  private static final class PrintWriterStream extends OutputStream {
    private final PrintWriter out;

    PrintWriterStream(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      out.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void flush() {
      out.flush();
    }
  }
}
