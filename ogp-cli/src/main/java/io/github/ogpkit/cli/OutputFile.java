package io.github.ogpkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file named by {@code -o} whole or not at all: the content goes to a temporary file in
 * the same directory, which is then moved over the file in one step. A failure leaves the old
 * file, or none, and removes the temporary file; no reader ever sees a half-written file.
 */
final class OutputFile {

  /** Writes content to a stream. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFile() {}

  /**
   * Writes a file.
   *
   * @param file the file, in a directory that exists
   * @param content what to write
   * @throws IOException if it cannot be written (the file is then as it was)
   */
  static void write(Path file, Content content) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path directory = absolute.getParent();
    Path name = absolute.getFileName();
    if (directory == null || name == null) {
      throw new IOException(file + " is not a file's path");
    }
    if (Files.isDirectory(absolute)) {
      throw new IOException(file + " is a directory");
    }
    if (!Files.isDirectory(directory)) {
      throw new IOException("the directory of " + file + " does not exist");
    }
    Path temp = Files.createTempFile(directory, "." + name + ".ogp-tmp-", "");
    boolean done = false;
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
