package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Arguments.Given;
import io.github.ogpkit.cli.Arguments.UsageException;
import io.github.ogpkit.cli.Command.Io;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code ogp} command: validate, format, schema, status, stats, export, import, fixtures. See
 * docs/CLI.md.
 *
 * <p>{@link #run} runs a command line in-process with the given streams and returns the exit
 * status: 0 when everything was read and nothing reached {@code --fail-on}, 1 when something did
 * (or a file is not a readable document), 2 for a usage error or a file that cannot be opened.
 */
public final class Ogp {

  /** Exit status: a usage error, or a file that cannot be opened. */
  static final int USAGE = 2;

  private static final Map<String, Command> COMMANDS = commands();

  private static final Arguments ROOT = new Arguments(null, 0, 0);

  private static final String ROOT_HELP_START = """
      Usage: ogp [-hV] [--debug] [COMMAND]
      Validate, format and inspect Open Government Partnership action plans,
      national programs and their monitoring (progress reports, IRM assessments,
      members) in the ogpkit JSON format.
            --debug     Show stack traces of internal errors.
        -h, --help      Show this help message and exit.
        -V, --version   Print version information and exit.
      Commands:
      """;

  private static final String ROOT_HELP_END = """

      Exit status: 0 no finding at or above --fail-on; 1 findings (or a file that is
      not a readable document); 2 usage error or a file that cannot be opened.
      """;

  private Ogp() {}

  private static Map<String, Command> commands() {
    Map<String, Command> commands = new LinkedHashMap<>();
    for (Command c : List.of(new ValidateCommand(), new FormatCommand(), new SchemaCommand(),
        new StatusCommand(), new StatsCommand(), new ExportCommand(), new ImportCommand(),
        new ReportCommand(), new FixturesCommand(), new HelpCommand())) {
      commands.put(c.name(), c);
    }
    return commands;
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
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
        true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8),
        true);
    Io io = new Io(in, outWriter, errWriter);
    String usedName = "ogp";
    boolean debug = false;
    try {
      List<String> all = Arrays.asList(args);
      // The options before the command are the root's own.
      int command = 0;
      while (command < all.size() && all.get(command).startsWith("-")
          && !all.get(command).equals("-")) {
        command++;
      }
      Given root = ROOT.read(all.subList(0, command), 0);
      debug = root.has(Arguments.DEBUG);
      if (root.has(Arguments.HELP)) {
        outWriter.print(rootHelp());
        return 0;
      }
      if (root.has(Arguments.VERSION)) {
        outWriter.print(version());
        return 0;
      }
      if (command == all.size()) {
        throw new UsageException(
            "Missing a command: validate, format, schema, status, stats, export, import or fixtures");
      }
      String name = all.get(command);
      Command c = COMMANDS.get(name);
      if (c == null) {
        String near = Arguments.Words.nearest(name, new ArrayList<>(COMMANDS.keySet()));
        throw new UsageException("Unknown command: '" + name + "'",
            near == null ? null : "ogp " + near);
      }
      usedName = "ogp " + name;
      Given given = c.arguments().read(all.subList(command + 1, all.size()), command + 1);
      debug |= given.has(Arguments.DEBUG);
      if (given.has(Arguments.HELP)) {
        outWriter.print(c.help());
        return 0;
      }
      if (given.has(Arguments.VERSION)) {
        outWriter.print(version());
        return 0;
      }
      return c.run(given, io);
    } catch (UsageException e) {
      errWriter.println("ogp: " + e.getMessage());
      if (e.suggestion() != null) {
        errWriter.println("Did you mean: " + e.suggestion() + "?");
      }
      errWriter.println("Try '" + usedName + " --help' for more information.");
      return USAGE;
    } catch (UncheckedIOException e) {
      errWriter.println("ogp: " + e.getCause().getMessage());
      return USAGE;
    } catch (IOException | RuntimeException e) {
      errWriter.println("ogp: internal error: " + e
          + (debug ? "" : " (run with --debug for details)"));
      if (debug) {
        e.printStackTrace(errWriter);
      }
      return USAGE;
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /**
   * Returns a command by name.
   *
   * @param name the name
   * @return the command, or null
   */
  static Command command(String name) {
    return COMMANDS.get(name);
  }

  private static String rootHelp() {
    StringBuilder help = new StringBuilder(ROOT_HELP_START);
    for (Command c : COMMANDS.values()) {
      help.append(String.format(Locale.ROOT, "  %-8s  %s\n", c.name(), c.summary()));
    }
    return help.append(ROOT_HELP_END).toString();
  }

  /** The version lines, from the build. */
  private static String version() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Ogp.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return "ogp " + p.getProperty("version", "(unknown version)") + "\n"
        + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
        + ")\n";
  }

  /** {@code ogp help [COMMAND]}. */
  private static final class HelpCommand implements Command {
    private static final Arguments ARGUMENTS = new Arguments("COMMAND", 0, 1);

    @Override
    public String name() {
      return "help";
    }

    @Override
    public String summary() {
      return "Display help information about the specified command.";
    }

    @Override
    public Arguments arguments() {
      return ARGUMENTS;
    }

    @Override
    public String help() {
      return """
          Usage: ogp help [-hV] [--debug] [COMMAND]
          Display help information about the specified command.
                [COMMAND]   The command to describe.
                --debug     Show stack traces of internal errors.
            -h, --help      Show this help message and exit.
            -V, --version   Print version information and exit.
          """;
    }

    @Override
    public int run(Given given, Io io) throws UsageException {
      if (given.parameters().isEmpty()) {
        io.out().print(rootHelp());
        return 0;
      }
      String name = given.parameters().get(0);
      Command c = COMMANDS.get(name);
      if (c == null) {
        throw new UsageException("Unknown command: '" + name + "'",
            Arguments.Words.nearest(name, new ArrayList<>(COMMANDS.keySet())));
      }
      io.out().print(c.help());
      return 0;
    }
  }
}
