package io.github.ogpkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writes a file named by {@code -o} whole or not at all: the content goes to a temporary file in
 * the same directory, which is then moved over the file in one step. The file gets the
 * permissions of any new file of the user's, as if written directly. A failure leaves the old
 * file, or none, and removes the temporary file; no reader ever sees a half-written file.
 */
final class OutputFile {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Writes content to a stream. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFile() {}

  /**
   * Creates a new empty file with a random name. Unlike {@link Files#createTempFile}, which
   * makes a file only its owner may read, the file gets the permissions of any file the user
   * creates (the umask's), and so does the output it becomes.
   */
  private static Path newFile(Path directory, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path file = directory.resolve(prefix + Long.toHexString(RANDOM.nextLong()));
      try {
        return Files.createFile(file);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 9) {
          throw e;
        }
      }
    }
  }

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
    Path temp = newFile(directory, "." + name + ".ogp-tmp-");
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
