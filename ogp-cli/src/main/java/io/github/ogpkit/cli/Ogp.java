package io.github.ogpkit.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code ogp} command: validate, format, schema, fixtures. See docs/CLI.md.
 *
 * <p>{@link #run} runs a command line in-process with the given streams and returns the exit
 * status: 0 when everything was read and nothing reached {@code --fail-on}, 1 when something did
 * (or a file is not a readable plan), 2 for a usage error or a file that cannot be opened.
 */
@Command(name = "ogp", mixinStandardHelpOptions = true, versionProvider = Ogp.Version.class,
    description = "Validate, format and inspect Open Government Partnership action plans "
        + "and national programs in the ogpkit JSON format.",
    subcommands = {ValidateCommand.class, FormatCommand.class, SchemaCommand.class,
        FixturesCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit status: 0 no finding at or above --fail-on; 1 findings (or a file that is "
        + "not a readable plan); 2 usage error or a file that cannot be opened."})
public final class Ogp implements Runnable {

  /** Exit status: a usage error, or a file that cannot be opened. */
  static final int USAGE = 2;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Show stack traces of internal errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  final InputStream stdin;

  // Hibernate Validator announces itself at INFO through java.util.logging; the command line
  // prints nothing on standard error when it succeeds. Held here so the setting is not collected.
  private static final java.util.logging.Logger HIBERNATE_VALIDATOR =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  static {
    HIBERNATE_VALIDATOR.setLevel(java.util.logging.Level.WARNING);
  }

  Ogp(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public void run() {
    // "ogp" alone: show what there is to do, as a usage error.
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing a command: validate, format, schema or fixtures");
  }

  /**
   * Runs a command line.
   *
   * @param args the arguments
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out,
        StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err,
        StandardCharsets.UTF_8), true);
    Ogp root = new Ogp(in);
    CommandLine cl = new CommandLine(root);
    cl.setOut(outWriter);
    cl.setErr(errWriter);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, arguments) -> {
      CommandLine failed = ex.getCommandLine();
      errWriter.println("ogp: " + ex.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, errWriter)) {
        suggestOption(ex, errWriter);
      }
      errWriter.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more"
          + " information.");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, failed, parseResult) -> {
      if (ex instanceof CommandLine.ParameterException pe) {
        throw pe;
      }
      if (ex instanceof UncheckedIOException io) {
        errWriter.println("ogp: " + io.getCause().getMessage());
      } else {
        errWriter.println("ogp: internal error: " + ex
            + (root.debug ? "" : " (run with --debug for details)"));
      }
      if (root.debug) {
        ex.printStackTrace(errWriter);
      }
      return USAGE;
    });
    int status = cl.execute(args);
    outWriter.flush();
    errWriter.flush();
    return status;
  }

  /** Suggests the nearest option for a mistyped one, which picocli leaves to the caller. */
  private static void suggestOption(CommandLine.ParameterException ex, PrintWriter err) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched)) {
      return;
    }
    for (String arg : unmatched.getUnmatched()) {
      if (!arg.startsWith("-")) {
        continue;
      }
      String typed = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String best = null;
      int bestDistance = 3;
      for (String name : ex.getCommandLine().getCommandSpec().optionsMap().keySet()) {
        int d = distance(typed, name);
        if (d < bestDistance) {
          best = name;
          bestDistance = d;
        }
      }
      if (best != null) {
        err.println("Did you mean: " + best + "?");
        return;
      }
    }
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Reads the version from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws Exception {
      Properties p = new Properties();
      try (InputStream in = Ogp.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"ogp " + p.getProperty("version", "(unknown version)"),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
              + ")"};
    }
  }
}
