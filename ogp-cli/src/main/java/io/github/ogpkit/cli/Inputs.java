package io.github.ogpkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

  /**
   * The files a dataset's arguments name: each argument that is a folder stands for every
   * {@code *.json} regular file directly in it, in name order (by UTF-16 code units, whatever the
   * locale), not recursing; other arguments stand for themselves. A folder that cannot be listed,
   * or has no such file, is reported as a file that cannot be opened.
   */
  List<String> expand(List<String> arguments) {
    List<String> files = new ArrayList<>();
    for (String argument : arguments) {
      Path folder = folder(argument);
      if (folder == null) {
        files.add(argument);
        continue;
      }
      List<String> names = new ArrayList<>();
      try (DirectoryStream<Path> in = Files.newDirectoryStream(folder, "*.json")) {
        for (Path p : in) {
          if (Files.isRegularFile(p)) {
            names.add(p.getFileName().toString());
          }
        }
      } catch (IOException e) {
        fail(argument, IoProblems.reason(e));
        continue;
      }
      if (names.isEmpty()) {
        fail(argument, "a folder without *.json files");
        continue;
      }
      Collections.sort(names);
      for (String name : names) {
        files.add(folder.resolve(name).toString());
      }
    }
    return files;
  }

  private static Path folder(String argument) {
    if (argument.equals("-")) {
      return null;
    }
    try {
      Path path = Paths.get(argument);
      return Files.isDirectory(path) ? path : null;
    } catch (java.nio.file.InvalidPathException e) {
      return null; // opening it says so
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
