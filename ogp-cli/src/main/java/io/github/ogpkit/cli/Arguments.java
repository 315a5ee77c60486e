package io.github.ogpkit.cli;

import io.github.ogpkit.model.internal.EditDistance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one command reads its arguments: options (flags, or options with a value from a fixed list
 * or free), given as {@code --name value} or {@code --name=value} anywhere, and parameters; a
 * {@code --} ends the options, and {@code -} alone is a parameter (standard input). Every command
 * also takes {@code --debug}, {@code -h}/{@code --help} and {@code -V}/{@code --version}.
 *
 * <p>The command line is read by this small class rather than a library: the whole process is
 * often shorter than the time a reflective command-line library takes to build its model, and its
 * classes (compiled for Java 5) cannot go into the class-data sharing archive the launcher uses.
 */
final class Arguments {

  /** A usage error: the message, and a suggestion when one is near. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String suggestion;

    UsageException(String message) {
      this(message, null);
    }

    UsageException(String message, String suggestion) {
      super(message);
      this.suggestion = suggestion;
    }

    /** The nearest valid word, or null. */
    String suggestion() {
      return suggestion;
    }
  }

  /**
   * An option.
   *
   * @param name its long name, such as {@code --format}
   * @param label what its value is, as help shows it ({@code text|json}), or null for a flag
   * @param allowed the values it takes, compared ignoring case, or empty for any
   */
  record Option(String name, String label, List<String> allowed) {
    static Option flag(String name) {
      return new Option(name, null, List.of());
    }

    static Option oneOf(String name, String... allowed) {
      return new Option(name, String.join("|", allowed), List.of(allowed));
    }

    /** An option whose value the command checks itself, such as a size. */
    static Option value(String name, String label) {
      return new Option(name, label, List.of());
    }
  }

  /**
   * What was given.
   *
   * @param values the value of each option given, by long name, in the allowed value's spelling
   * @param flags the flags given, by long name ({@code --help}, {@code --version} and
   *     {@code --debug} included)
   * @param parameters the parameters, in order
   */
  record Given(Map<String, String> values, Set<String> flags, List<String> parameters) {
    boolean has(String flag) {
      return flags.contains(flag);
    }

    String value(String option, String otherwise) {
      return values.getOrDefault(option, otherwise);
    }
  }

  static final String DEBUG = "--debug";
  static final String HELP = "--help";
  static final String VERSION = "--version";

  private final List<Option> options;
  private final String parameter;
  private final int minParameters;
  private final int maxParameters;

  /**
   * Declares a command's arguments.
   *
   * @param parameter the parameters' label ({@code FILE}), or null for none
   * @param minParameters how many parameters at least
   * @param maxParameters how many at most
   * @param options the command's own options
   */
  Arguments(String parameter, int minParameters, int maxParameters, Option... options) {
    List<Option> all = new ArrayList<>(List.of(options));
    all.add(Option.flag(DEBUG));
    all.add(Option.flag(HELP));
    all.add(Option.flag(VERSION));
    this.options = List.copyOf(all);
    this.parameter = parameter;
    this.minParameters = minParameters;
    this.maxParameters = maxParameters;
  }

  /**
   * The names a user may write: every long name, and {@code -h} and {@code -V}.
   *
   * @return the names
   */
  List<String> names() {
    List<String> names = new ArrayList<>();
    for (Option o : options) {
      names.add(o.name());
    }
    names.add("-h");
    names.add("-V");
    return names;
  }

  /**
   * Reads arguments.
   *
   * @param args the arguments after the command's name
   * @param first the index of {@code args[0]} on the whole command line, for messages
   * @return what was given
   * @throws UsageException for an unknown option, a missing or invalid value, an option given
   *     twice, or too few or too many parameters (not checked when help or the version is asked
   *     for)
   */
  Given read(List<String> args, int first) throws UsageException {
    Map<String, String> values = new HashMap<>();
    Set<String> flags = new HashSet<>();
    List<String> parameters = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        parameters.add(arg);
        at.add(first + i);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals > 0 && arg.startsWith("--") ? arg.substring(0, equals) : arg;
      Option option = option(name);
      if (option == null) {
        throw new UsageException("Unknown option: '" + arg + "'", Words.nearest(name, names()));
      }
      if (option.label() == null) {
        if (equals > 0 && arg.startsWith("--")) {
          throw new UsageException("option '" + option.name() + "' takes no value, but was given '"
              + arg.substring(equals + 1) + "'");
        }
        flags.add(option.name());
        continue;
      }
      String value;
      if (equals > 0 && arg.startsWith("--")) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException("Missing required parameter for option '" + option.name()
            + "' (" + option.label() + ")");
      }
      if (values.containsKey(option.name())) {
        throw new UsageException("option '" + option.name() + "' (" + option.label()
            + ") should be specified only once");
      }
      values.put(option.name(), allowed(option, value));
    }
    if (!flags.contains(HELP) && !flags.contains(VERSION)) {
      if (parameters.size() < minParameters) {
        throw new UsageException("Missing required parameter: '" + parameter + "'");
      }
      if (parameters.size() > maxParameters) {
        throw new UsageException("Unmatched argument at index " + at.get(maxParameters) + ": '"
            + parameters.get(maxParameters) + "'");
      }
    }
    return new Given(values, flags, parameters);
  }

  private Option option(String name) {
    String longName = switch (name) {
      case "-h" -> HELP;
      case "-V" -> VERSION;
      // The output file of export and import; other commands have no --out and refuse it.
      case "-o" -> "--out";
      default -> name;
    };
    for (Option o : options) {
      if (o.name().equals(longName)) {
        return o;
      }
    }
    return null;
  }

  private static String allowed(Option option, String value) throws UsageException {
    if (option.allowed().isEmpty()) {
      return value;
    }
    for (String a : option.allowed()) {
      if (a.equalsIgnoreCase(value)) {
        return a;
      }
    }
    throw new UsageException("Invalid value for option '" + option.name() + "': expected one of "
        + option.allowed() + " (case-insensitive) but was '" + value + "'",
        Words.nearest(value.toLowerCase(Locale.ROOT), option.allowed()));
  }

  /** Finding the nearest word, for suggestions. */
  static final class Words {
    private Words() {}

    /**
     * Returns the word at most two edits away from the one given, if there is one.
     *
     * @param typed what was typed
     * @param words the words it may have meant
     * @return the nearest word, or null
     */
    static String nearest(String typed, List<String> words) {
      return EditDistance.nearest(typed, words, 2).orElse(null);
    }
  }
}
