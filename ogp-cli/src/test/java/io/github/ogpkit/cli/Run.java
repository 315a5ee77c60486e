package io.github.ogpkit.cli;

import io.github.ogpkit.cli.Command.Io;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One in-process run of the command line: exit status, standard output and standard error. */
record Run(int status, String out, String err) {

  static Run of(String... args) {
    return withInput(new byte[0], args);
  }

  static Run withInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Ogp.run(args, new ByteArrayInputStream(stdin),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** Runs a command object that {@code ogp} does not hold, such as one with a test seam. */
  static Run command(Command command, String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
    int status;
    try {
      status = command.run(command.arguments().read(List.of(args), 1),
          new Io(new ByteArrayInputStream(new byte[0]), outWriter, errWriter));
    } catch (Arguments.UsageException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }
}
