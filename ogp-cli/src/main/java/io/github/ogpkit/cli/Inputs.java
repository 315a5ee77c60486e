package io.github.ogpkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Opens the files named on the command line, standard input for {@code -}. A file that cannot be
 * opened is reported on standard error, naming it, and remembered for exit status 2; the other
 * files are still processed.
 */
final class Inputs {

  /** What to do with an opened input. */
  @FunctionalInterface
  interface Use<T> {
    T apply(InputStream in) throws IOException;
  }

  private final InputStream stdin;
  private final PrintWriter err;
  private boolean failed;
  private boolean stdinUsed;

  Inputs(InputStream stdin, PrintWriter err) {
    this.stdin = stdin;
    this.err = err;
  }

  static String name(String file) {
    return file.equals("-") ? "<stdin>" : file;
  }

  /** Runs {@code use} on the input, or reports why it cannot be opened and returns null. */
  <T> T open(String file, Use<T> use) {
    if (file.equals("-")) {
      if (stdinUsed) {
        return fail(file, "standard input can be read only once");
      }
      stdinUsed = true;
      try {
        return use.apply(stdin);
      } catch (IOException e) {
        return fail(file, IoProblems.reason(e));
      }
    }
    Path path;
    try {
      path = Paths.get(file);
    } catch (java.nio.file.InvalidPathException e) {
      return fail(file, "not a valid path");
    }
    if (Files.isDirectory(path)) {
      return fail(file, "is a directory");
    }
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (IOException e) {
      return fail(file, IoProblems.reason(e));
    }
    try (in) {
      return use.apply(in);
    } catch (IOException e) {
      return fail(file, IoProblems.reason(e));
    }
  }

  private <T> T fail(String file, String why) {
    err.println("ogp: cannot open " + name(file) + ": " + why);
    failed = true;
    return null;
  }

  boolean failed() {
    return failed;
  }
}
