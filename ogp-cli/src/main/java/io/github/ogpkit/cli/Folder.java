package io.github.ogpkit.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The directory a file is replaced in, and the few operations a replacement makes there, on
 * files named relative to it. {@link InPlaceWriter} works through this interface only, so that
 * tests can make any step fail.
 *
 * <p>Where the system allows it (Linux), the directory is held open and every operation is made
 * relative to it ({@link SecureDirectoryStream}): if the directory is renamed while a file is
 * written, the replacement still happens in it and a temporary file can still be removed, where
 * a path would point at nothing. Elsewhere the operations go by path.
 */
interface Folder extends Closeable {

  /**
   * Creates a new file, readable and writable by its owner only, and opens it for writing.
   *
   * @param name the file's name in this directory
   * @return the channel
   * @throws java.nio.file.FileAlreadyExistsException if the name is taken
   * @throws IOException if the file cannot be created
   */
  SeekableByteChannel create(Path name) throws IOException;

  /**
   * Returns a view of a file's POSIX attributes, not following a link.
   *
   * @param name the file's name in this directory
   * @return the view, or null where the file system has no POSIX attributes
   */
  PosixFileAttributeView posix(Path name);

  /**
   * Renames a file as one atomic operation, replacing the file of the new name.
   *
   * @param from the file's name in this directory
   * @param to its new name in this directory
   * @throws IOException if the file cannot be renamed
   */
  void move(Path from, Path to) throws IOException;

  /**
   * Removes a file if it is there.
   *
   * @param name the file's name in this directory
   * @throws IOException if a file of that name is there and cannot be removed
   */
  void delete(Path name) throws IOException;

  /** Closes the directory; closing twice has no effect. */
  @Override
  void close() throws IOException;

  /**
   * Opens a directory, held open where the system allows it, by path elsewhere.
   *
   * @param dir the directory
   * @return the folder
   * @throws IOException if the directory cannot be opened
   */
  static Folder open(Path dir) throws IOException {
    DirectoryStream<Path> stream;
    try {
      stream = Files.newDirectoryStream(dir);
    } catch (AccessDeniedException e) {
      // A directory that may be written but not listed (mode 333) can still take the file.
      return byPath(dir);
    }
    if (stream instanceof SecureDirectoryStream<Path> secure) {
      return new Held(secure);
    }
    stream.close();
    return byPath(dir);
  }

  /**
   * Opens a directory by path only.
   *
   * @param dir the directory
   * @return the folder
   */
  static Folder byPath(Path dir) {
    return new ByPath(dir);
  }

  /** Opening a new file: never one that exists, nor through a link. */
  private static Set<OpenOption> newFile() {
    return Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS);
  }

  /** The owner's permissions only: nobody else reads a file before it is complete. */
  private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
    return PosixFilePermissions.asFileAttribute(
        EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
  }

  /** A directory held open: operations relative to it, wherever it is moved. */
  final class Held implements Folder {
    private final SecureDirectoryStream<Path> dir;

    Held(SecureDirectoryStream<Path> dir) {
      this.dir = dir;
    }

    @Override
    public SeekableByteChannel create(Path name) throws IOException {
      return dir.newByteChannel(name, newFile(), ownerOnly());
    }

    @Override
    public PosixFileAttributeView posix(Path name) {
      return dir.getFileAttributeView(name, PosixFileAttributeView.class,
          LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      dir.move(from, dir, to);
    }

    @Override
    public void delete(Path name) throws IOException {
      try {
        dir.deleteFile(name);
      } catch (NoSuchFileException e) {
        // Already gone: nothing left to clean up.
      }
    }

    @Override
    public void close() throws IOException {
      dir.close();
    }
  }

  /** A directory by path. */
  final class ByPath implements Folder {
    private final Path dir;

    ByPath(Path dir) {
      this.dir = dir;
    }

    @Override
    public SeekableByteChannel create(Path name) throws IOException {
      Path file = dir.resolve(name);
      if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        return Files.newByteChannel(file, newFile(), ownerOnly());
      }
      return Files.newByteChannel(file, newFile());
    }

    @Override
    public PosixFileAttributeView posix(Path name) {
      return Files.getFileAttributeView(dir.resolve(name), PosixFileAttributeView.class,
          LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      Files.move(dir.resolve(from), dir.resolve(to), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void delete(Path name) throws IOException {
      Files.deleteIfExists(dir.resolve(name));
    }

    @Override
    public void close() {
      // Nothing is held.
    }
  }
}
