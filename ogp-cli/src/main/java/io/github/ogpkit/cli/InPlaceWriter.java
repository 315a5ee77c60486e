package io.github.ogpkit.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.Principal;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content for {@code ogp format --in-place}, losing nothing on the way.
 *
 * <p>The new content goes to a temporary file beside the file ({@code .x.json.ogp-tmp-…}), which
 * is renamed over the file in one atomic step, so that the file is never seen half-written. The
 * temporary file gets the file's owner, group and permissions first; a symbolic link is followed
 * and its target replaced, the link left as it is. On any failure the temporary file is removed
 * and the file is left as it was.
 *
 * <p>A file is refused, before anything is written, when it is not a regular file, when it is on
 * a read-only file system, or when it or its directory is write-protected: when the system
 * denies writing, or when the owner's write permission is off (so {@code chmod a-w} protects a
 * file from the superuser too, whom the system lets write anything). Every refusal and failure
 * is a {@link Refused} that says why in a user's words.
 *
 * <p>The rename gives the path a new file: other hard links to the old one keep the old content.
 */
final class InPlaceWriter {

  /** A file that could not be rewritten; the message says why, in a user's words. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      // The reason is all a user sees; a stack trace would only cost time.
      super(reason, null, false, false);
    }
  }

  /** Opens the directory a file is replaced in; tests put one in that fails on purpose. */
  @FunctionalInterface
  interface Opener {
    Folder open(Path dir) throws IOException;
  }

  private static final String TEMPORARY = ".ogp-tmp-";
  // Leaves room for the rest of the temporary name within the usual 255-byte name limit.
  private static final int LONGEST_NAME_KEPT = 200;
  private static final int ATTEMPTS = 10;

  private final Opener opener;

  /** A writer that holds the directory open where the system allows it. */
  InPlaceWriter() {
    this(Folder::open);
  }

  /**
   * A writer that opens directories with the given opener.
   *
   * @param opener how a directory is opened
   */
  InPlaceWriter(Opener opener) {
    this.opener = opener;
  }

  /**
   * Says why a file cannot be rewritten whatever its content, so that it is refused before it is
   * read (reading a named pipe would wait for a writer).
   *
   * @param file the file
   * @return why, or null if it is a regular file or cannot be looked at (reading it will say why)
   */
  static String unsuitable(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
    if (attributes.isDirectory()) {
      return "is a directory";
    }
    return attributes.isRegularFile() ? null : "is not a regular file";
  }

  /**
   * Replaces a file's content.
   *
   * @param file the file as the user named it
   * @param content the new content
   * @throws Refused if the file was not replaced; it is then as it was
   */
  void replace(Path file, byte[] content) throws Refused {
    try {
      Path target = file.toRealPath();
      String unsuitable = unsuitable(target);
      if (unsuitable != null) {
        throw new Refused(unsuitable);
      }
      Path dir = target.getParent();
      if (Files.getFileStore(target).isReadOnly()) {
        throw new Refused("read-only file system");
      }
      if (!mayWrite(target)) {
        throw new Refused("permission denied");
      }
      if (!mayWrite(dir)) {
        throw new Refused("its directory " + shown(file, dir) + " is not writable");
      }
      try (Folder folder = opener.open(dir)) {
        replace(folder, target.getFileName(), content);
      }
    } catch (IOException e) {
      throw new Refused(IoProblems.reason(e));
    } catch (ReadOnlyFileSystemException e) {
      throw new Refused("read-only file system");
    }
  }

  private static void replace(Folder folder, Path name, byte[] content)
      throws IOException, Refused {
    PosixFileAttributeView view = folder.posix(name);
    PosixFileAttributes original = view == null ? null : view.readAttributes();
    Temporary temp = Temporary.create(folder, name);
    boolean moved = false;
    try {
      try (SeekableByteChannel channel = temp.channel()) {
        if (original != null) {
          // Owner and group before the content: a file that cannot keep them costs no writing.
          keepOwnerAndGroup(folder.posix(temp.name()), original);
        }
        ByteBuffer bytes = ByteBuffer.wrap(content);
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        if (channel instanceof FileChannel file) {
          // On disk before the rename, so that a crash leaves the old content or the new.
          file.force(true);
        }
      }
      if (original != null) {
        // After the content: the file stays private to its owner until it is complete.
        folder.posix(temp.name()).setPermissions(original.permissions());
      }
      folder.move(temp.name(), name);
      moved = true;
    } finally {
      if (!moved) {
        removeQuietly(folder, temp.name());
      }
    }
  }

  /** A new temporary file beside the one it will replace, open for writing. */
  private record Temporary(Path name, SeekableByteChannel channel) {

    static Temporary create(Folder folder, Path beside) throws IOException {
      for (int attempt = 1; ; attempt++) {
        Path name = beside.resolveSibling(temporaryName(beside));
        try {
          return new Temporary(name, folder.create(name));
        } catch (FileAlreadyExistsException e) {
          if (attempt == ATTEMPTS) {
            throw e;
          }
        }
      }
    }
  }

  private static void keepOwnerAndGroup(PosixFileAttributeView temp, PosixFileAttributes original)
      throws IOException, Refused {
    PosixFileAttributes now = temp.readAttributes();
    if (!now.owner().equals(original.owner())) {
      keep("owner", original.owner(), () -> temp.setOwner(original.owner()));
    }
    if (!now.group().equals(original.group())) {
      keep("group", original.group(), () -> temp.setGroup(original.group()));
    }
  }

  /** Setting one attribute of the temporary file. */
  @FunctionalInterface
  private interface Setting {
    void run() throws IOException;
  }

  private static void keep(String what, Principal value, Setting setting) throws Refused {
    try {
      setting.run();
    } catch (IOException e) {
      throw new Refused("cannot keep its " + what + " " + value.getName() + " ("
          + IoProblems.reason(e) + ")");
    }
  }

  private static void removeQuietly(Folder folder, Path temp) {
    try {
      folder.delete(temp);
    } catch (IOException | RuntimeException e) {
      // The failure that brought us here is the one to report; this one would hide it.
    }
  }

  /**
   * Whether a file or directory may be written: the system allows it and, where there are POSIX
   * permissions, its owner's write permission is on.
   */
  private static boolean mayWrite(Path path) throws IOException {
    if (!Files.isWritable(path)) {
      return false;
    }
    PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    return view == null
        || view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
  }

  /** {@code .x.json.ogp-tmp-k3j9x2}: hidden, beside the file, and saying what it is. */
  private static String temporaryName(Path name) {
    String base = name.toString();
    if (base.getBytes(StandardCharsets.UTF_8).length > LONGEST_NAME_KEPT) {
      base = base.codePoints().limit(LONGEST_NAME_KEPT / 4)
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
          .toString();
    }
    return "." + base + TEMPORARY
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
  }

  /** The directory as the user would name it: from the path given, unless a link led elsewhere. */
  private static String shown(Path file, Path dir) {
    Path given = file.toAbsolutePath().normalize().getParent();
    if (!dir.equals(given)) {
      return dir.toString();
    }
    Path parent = file.getParent();
    return parent == null ? "." : parent.toString();
  }
}
