package io.github.ogpkit.tables.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The temporary files that exports write before moving them into place. Unlike
 * {@link Files#createTempFile}, which makes a file only its owner may read, they get the
 * permissions of any file the user creates (the umask's), and so do the tables they become.
 */
public final class NewFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private NewFiles() {}

  /**
   * Creates a new empty file with a random name.
   *
   * @param directory the directory
   * @param prefix the start of the name
   * @param suffix the end of the name
   * @return the file
   * @throws IOException if it cannot be created
   */
  public static Path create(Path directory, String prefix, String suffix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path file = directory.resolve(prefix + Long.toHexString(RANDOM.nextLong()) + suffix);
      try {
        return Files.createFile(file);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 9) {
          throw e;
        }
      }
    }
  }
}
