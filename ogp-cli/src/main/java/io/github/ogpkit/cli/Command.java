package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Arguments.Given;
import io.github.ogpkit.cli.Arguments.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/** One subcommand of {@code ogp}: its name, its arguments, its help, and what it does. */
interface Command {

  /** The streams a command works with. */
  record Io(InputStream stdin, PrintWriter out, PrintWriter err) {}

  /** The name, such as {@code validate}. */
  String name();

  /** One line for the list of commands in {@code ogp --help}. */
  String summary();

  /** What the command reads. */
  Arguments arguments();

  /** The text of {@code ogp COMMAND --help}, ending with a newline. */
  String help();

  /**
   * Runs the command.
   *
   * @param given the arguments read
   * @param io the streams
   * @return the exit status
   * @throws IOException if output cannot be written
   * @throws UsageException for arguments that do not go together
   */
  int run(Given given, Io io) throws IOException, UsageException;
}
