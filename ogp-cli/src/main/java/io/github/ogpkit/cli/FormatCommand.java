package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Arguments.Given;
import io.github.ogpkit.cli.Arguments.Option;
import io.github.ogpkit.cli.Arguments.UsageException;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** {@code ogp format}: rewrites documents of every type in canonical form. */
final class FormatCommand implements Command {

  private static final Arguments ARGUMENTS = new Arguments("FILE", 1, Integer.MAX_VALUE,
      Option.flag("--check"), Option.flag("--in-place"), LimitOptions.MAX_BYTES,
      LimitOptions.MAX_VALUES);

  private final InPlaceWriter writer;

  /** The command as {@code ogp} runs it. */
  FormatCommand() {
    this(new InPlaceWriter());
  }

  /**
   * The command with another way of writing files in place.
   *
   * @param writer what rewrites files for {@code --in-place}
   */
  FormatCommand(InPlaceWriter writer) {
    this.writer = writer;
  }

  @Override
  public String name() {
    return "format";
  }

  @Override
  public String summary() {
    return "Rewrite documents in canonical form (to standard output by\n"
        + "              default).";
  }

  @Override
  public Arguments arguments() {
    return ARGUMENTS;
  }

  @Override
  public String help() {
    return """
        Usage: ogp format [-hV] [--check] [--debug] [--in-place] [--max-bytes=SIZE]
                          [--max-values=N] FILE...
        Rewrite documents in canonical form (to standard output by default).
        Documents are plans, progress reports, IRM assessments and members, told apart
        by their type. A document that is not readable is not rewritten: its findings
        go to standard error and the exit status is 1.
              FILE...              Documents; - reads standard input.
              --check              Change nothing; exit 1 and name each file that is
                                     not in canonical form.
              --debug              Show stack traces of internal errors.
          -h, --help               Show this help message and exit.
              --in-place           Rewrite the files instead of printing them, keeping
                                     owner, group and permissions; a link's target is
                                     rewritten. A file already canonical is not
                                     touched. Directories, pipes, devices and
                                     write-protected files are refused.
        """ + LimitOptions.help() + """
          -V, --version            Print version information and exit.

        Exit status: 0 done (with --check: every file canonical); 1 a file is not
        canonical (--check) or not a readable document; 2 usage error or a file
        that cannot be opened or rewritten.
        """;
  }

  @Override
  public int run(Given given, Io io) throws IOException, UsageException {
    boolean check = given.has("--check");
    boolean inPlace = given.has("--in-place");
    List<String> files = given.parameters();
    if (check && inPlace) {
      throw new UsageException("--check and --in-place cannot be used together");
    }
    if (inPlace && files.contains("-")) {
      throw new UsageException("--in-place cannot rewrite standard input (-)");
    }
    Engine engine = new Engine(Locale.ENGLISH, null, LimitOptions.limits(given));
    PrintWriter out = io.out();
    PrintWriter err = io.err();
    Inputs inputs = new Inputs(io.stdin(), err);
    OutputStream raw = new PrintWriterStream(out);
    boolean problems = false;
    boolean unwritable = false;
    for (String file : files) {
      String name = Inputs.name(file);
      String unsuitable = inPlace ? unsuitable(file) : null;
      if (unsuitable != null) {
        cannotWrite(err, name, unsuitable);
        unwritable = true;
        continue;
      }
      Engine.Formatted result = inputs.open(file, in -> engine.format(in, name));
      if (result == null) {
        continue;
      }
      if (result.canonical() == null) {
        ValidationReport report = result.report();
        for (Finding f : report.findings()) {
          err.println(ValidationReport.line(name, f));
        }
        err.println(name + ": not a readable document; not formatted");
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
          try {
            writer.replace(Paths.get(file), result.canonical());
          } catch (InPlaceWriter.Refused e) {
            cannotWrite(err, name, e.getMessage());
            unwritable = true;
          }
        }
      } else {
        out.flush();
        raw.write(result.canonical());
        raw.flush();
      }
    }
    out.flush();
    if (inputs.failed() || unwritable) {
      return Ogp.USAGE;
    }
    return problems ? 1 : 0;
  }

  /** Why a file cannot be rewritten in place whatever its content, or null. */
  private static String unsuitable(String file) {
    try {
      return InPlaceWriter.unsuitable(Paths.get(file));
    } catch (InvalidPathException e) {
      return null; // reading it says so
    }
  }

  /** Reports a file that is not rewritten; the others still are. */
  private static void cannotWrite(PrintWriter err, String name, String why) {
    err.println("ogp: cannot write " + name + ": " + why);
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
