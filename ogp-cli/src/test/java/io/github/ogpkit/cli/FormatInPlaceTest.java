package io.github.ogpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ogpkit.testing.OgpFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ogp format --in-place} on a real file system: what it keeps, what it refuses, and that
 * no failure leaves a temporary file or a half-written file behind.
 */
class FormatInPlaceTest {

  private static final String CANONICAL = new String(
      OgpFixtures.json(OgpFixtures.AZ_HUMAN_RIGHTS_PROGRAM_2012_2015), StandardCharsets.UTF_8);
  // The same plan on one line: readable, not canonical.
  private static final String ONE_LINE = CANONICAL.replace("\n", "").replaceAll(" {2,}", "");

  @TempDir
  Path dir;
  Path plans;

  @BeforeEach
  void makePlansDirectory() throws IOException {
    plans = Files.createDirectory(dir.resolve("plans"));
  }

  private Path plan(String name) throws IOException {
    return Files.writeString(plans.resolve(name), ONE_LINE);
  }

  private static Set<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString())
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  private static Run inPlace(Path... files) {
    return Run.of(Stream.concat(Stream.of("format", "--in-place"),
        Stream.of(files).map(Path::toString)).toArray(String[]::new));
  }

  private static Run inPlace(InPlaceWriter writer, Path... files) throws IOException {
    return Run.command(new FormatCommand(writer), Stream.concat(Stream.of("--in-place"),
        Stream.of(files).map(Path::toString)).toArray(String[]::new));
  }

  private static void assertRefused(Run run, Path file, String why) {
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("ogp: cannot write " + file + ": " + why + "\n");
  }

  private static PosixFileAttributeView posix(Path file) throws IOException {
    assumeTrue(Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class),
        "POSIX attributes");
    return Files.getFileAttributeView(file, PosixFileAttributeView.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rw-r--r--", "rw-rw-r--", "rwxr-xr-x", "rw-------"})
  void permissionsAreKept(String mode) throws IOException {
    Path file = plan("x.json");
    posix(file).setPermissions(PosixFilePermissions.fromString(mode));
    Run run = inPlace(file);
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(CANONICAL);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo(mode);
  }

  @Test
  void groupIsKept() throws IOException {
    Path file = plan("x.json");
    GroupPrincipal other = giveAnotherGroup(file);
    assertThat(inPlace(file).status()).isZero();
    assertThat(Files.readString(file)).isEqualTo(CANONICAL);
    assertThat(posix(file).readAttributes().group()).isEqualTo(other);
  }

  /** Gives the file a group other than its own, or skips the test where none can be given. */
  private static GroupPrincipal giveAnotherGroup(Path file) throws IOException {
    PosixFileAttributeView view = posix(file);
    UserPrincipalLookupService lookup = file.getFileSystem().getUserPrincipalLookupService();
    return giveAnother(view.readAttributes().group(),
        List.of("daemon", "bin", "sys", "adm", "users", "nogroup", "staff"),
        lookup::lookupPrincipalByGroupName, view::setGroup, "a second group to give the file");
  }

  /** Gives the file another owner, which only the superuser can, or skips the test. */
  private static UserPrincipal giveAnotherOwner(Path file) throws IOException {
    PosixFileAttributeView view = posix(file);
    UserPrincipalLookupService lookup = file.getFileSystem().getUserPrincipalLookupService();
    return giveAnother(view.getOwner(), List.of("nobody", "daemon", "bin"),
        lookup::lookupPrincipalByName, view::setOwner,
        "permission to give a file to another user (the superuser's)");
  }

  /** Looking up an owner or group by name. */
  @FunctionalInterface
  private interface Lookup<P> {
    P byName(String name) throws IOException;
  }

  /** Giving a file an owner or group. */
  @FunctionalInterface
  private interface Setter<P> {
    void set(P principal) throws IOException;
  }

  private static <P extends UserPrincipal> P giveAnother(P own, List<String> names,
      Lookup<P> lookup, Setter<P> setter, String needed) {
    for (String name : names) {
      try {
        P other = lookup.byName(name);
        if (!other.equals(own)) {
          setter.set(other);
          return other;
        }
      } catch (IOException e) {
        // No such name, or not one we may give: try the next.
      }
    }
    assumeTrue(false, needed);
    return own;
  }

  @Test
  void ownerIsKeptWhenTheSuperuserFormatsAnotherUsersFile() throws IOException {
    Path file = plan("x.json");
    UserPrincipal other = giveAnotherOwner(file);
    assertThat(inPlace(file).status()).isZero();
    assertThat(Files.readString(file)).isEqualTo(CANONICAL);
    assertThat(Files.getOwner(file)).isEqualTo(other);
  }

  @Test
  void aFileWhoseOwnerCannotBeKeptIsRefusedAndLeftAsItWas() throws IOException {
    Path file = plan("x.json");
    UserPrincipal other = giveAnotherOwner(file);
    Path second = plan("y.json");
    Run run = inPlace(new InPlaceWriter(HookedFolder.ownersRefused()), file, second);
    assertRefused(run, file, "cannot keep its owner " + other.getName()
        + " (operation not permitted)");
    assertThat(Files.readString(file)).isEqualTo(ONE_LINE);
    assertThat(Files.readString(second)).isEqualTo(CANONICAL);
    assertThat(names(plans)).containsExactly("x.json", "y.json");
  }

  @Test
  void aSymbolicLinkIsFollowedTheLinkStaysALinkAndItsTargetIsFormatted() throws IOException {
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    Path target = Files.writeString(elsewhere.resolve("real.json"), ONE_LINE);
    Path link = Files.createSymbolicLink(plans.resolve("x.json"), Path.of("../elsewhere/real.json"));
    Run run = inPlace(link);
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("../elsewhere/real.json"));
    assertThat(Files.readString(target)).isEqualTo(CANONICAL);
    assertThat(names(plans)).containsExactly("x.json");
    assertThat(names(elsewhere)).containsExactly("real.json");
  }

  @Test
  @Timeout(20)
  void aNamedPipeIsRefusedUnreadAndTheOtherFilesAreStillFormatted() throws Exception {
    Path pipe = plans.resolve("pipe.json");
    int made;
    try {
      made = new ProcessBuilder("mkfifo", pipe.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    } catch (IOException e) {
      made = -1;
    }
    assumeTrue(made == 0 && Files.exists(pipe), "mkfifo");
    Path file = plan("x.json");
    // Reading the pipe would wait for a writer that never comes: the timeout would fail.
    Run run = inPlace(pipe, file);
    assertRefused(run, pipe, "is not a regular file");
    assertThat(Files.isRegularFile(pipe)).isFalse();
    assertThat(Files.readString(file)).isEqualTo(CANONICAL);
  }

  @Test
  void aDirectoryIsRefused() throws IOException {
    Path file = plan("x.json");
    Run run = inPlace(plans, file);
    assertRefused(run, plans, "is a directory");
    assertThat(Files.readString(file)).isEqualTo(CANONICAL);
  }

  @Test
  void aWriteProtectedFileIsRefusedEvenForTheSuperuserAndTheOthersAreStillFormatted()
      throws IOException {
    Path file = plan("x.json");
    Path second = plan("y.json");
    posix(file).setPermissions(PosixFilePermissions.fromString("r--r--r--"));
    Run run = inPlace(file, second);
    assertRefused(run, file, "permission denied");
    assertThat(Files.readString(file)).isEqualTo(ONE_LINE);
    assertThat(Files.readString(second)).isEqualTo(CANONICAL);
  }

  @Test
  void aWriteProtectedDirectoryIsSaidSoAndNoTemporaryFileIsLeft() throws IOException {
    Path file = plan("x.json");
    PosixFileAttributeView view = posix(plans);
    view.setPermissions(PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Run run = inPlace(file);
      assertRefused(run, file, "its directory " + plans + " is not writable");
      assertThat(names(plans)).containsExactly("x.json");
      assertThat(Files.readString(file)).isEqualTo(ONE_LINE);
    } finally {
      view.setPermissions(PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  static Stream<Arguments> failuresMidWrite() {
    String temp = "/somewhere/.x.json.ogp-tmp-abc";
    return Stream.of(
        Arguments.of(new IOException("No space left on device"), "disk full"),
        Arguments.of(new FileSystemException(temp, null, "No space left on device"), "disk full"),
        Arguments.of(new FileSystemException(temp, null, "Disk quota exceeded"),
            "disk quota exceeded"),
        Arguments.of(new AccessDeniedException(temp), "permission denied"),
        Arguments.of(new IOException("Input/output error"), "input/output error"));
  }

  @ParameterizedTest
  @MethodSource("failuresMidWrite")
  void aFailureMidWriteIsSaidInPlainWordsAndLeavesTheFileAsItWasAndNoTemporaryFile(
      IOException failure, String said) throws IOException {
    Path file = plan("x.json");
    Path second = plan("y.json");
    boolean[] failed = {false};
    InPlaceWriter writer = new InPlaceWriter(HookedFolder.midWrite(() -> {
      if (!failed[0]) {
        failed[0] = true;
        throw failure;
      }
    }));
    Run run = inPlace(writer, file, second);
    assertRefused(run, file, said);
    assertThat(Files.readString(file)).isEqualTo(ONE_LINE);
    assertThat(Files.readString(second)).isEqualTo(CANONICAL);
    assertThat(names(plans)).containsExactly("x.json", "y.json");
  }

  @Test
  void anUncheckedFailureMidWriteLeavesTheFileAsItWasAndNoTemporaryFile() throws IOException {
    Path file = plan("x.json");
    InPlaceWriter writer = new InPlaceWriter(HookedFolder.midWrite(() -> {
      throw new IllegalStateException("a bug");
    }));
    byte[] canonical = CANONICAL.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> writer.replace(file, canonical))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Files.readString(file)).isEqualTo(ONE_LINE);
    assertThat(names(plans)).containsExactly("x.json");
  }

  @Test
  void aDirectoryRenamedWhileWritingStillGetsTheFileAndKeepsNoTemporaryFile() throws IOException {
    try (Folder folder = Folder.open(plans)) {
      assumeTrue(folder instanceof Folder.Held, "directories held open (Linux)");
    }
    Path file = plan("x.json");
    Path moved = dir.resolve("moved");
    InPlaceWriter writer = new InPlaceWriter(HookedFolder.midWrite(() -> Files.move(plans, moved)));
    Run run = inPlace(writer, file);
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.exists(plans)).isFalse();
    assertThat(names(moved)).containsExactly("x.json");
    assertThat(Files.readString(moved.resolve("x.json"))).isEqualTo(CANONICAL);
  }

  @Test
  void aDirectoryRemovedWhileWritingIsSaidAndLeavesNothing() throws IOException {
    Path file = plan("x.json");
    InPlaceWriter writer = new InPlaceWriter(HookedFolder.midWrite(() -> {
      for (String name : names(plans)) {
        Files.delete(plans.resolve(name));
      }
      Files.delete(plans);
    }));
    Run run = inPlace(writer, file);
    assertRefused(run, file, "no such file");
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void withTheDirectoryByPathAttributesAreKeptAndAFailureLeavesNoTemporaryFile()
      throws Exception {
    Path file = plan("x.json");
    posix(file).setPermissions(PosixFilePermissions.fromString("rw-rw-r--"));
    byte[] canonical = CANONICAL.getBytes(StandardCharsets.UTF_8);
    InPlaceWriter failing = new InPlaceWriter(HookedFolder.midWriteByPath(() -> {
      throw new IOException("No space left on device");
    }));
    assertThatThrownBy(() -> failing.replace(file, canonical))
        .isInstanceOf(InPlaceWriter.Refused.class).hasMessage("disk full");
    assertThat(names(plans)).containsExactly("x.json");
    assertThat(Files.readString(file)).isEqualTo(ONE_LINE);

    new InPlaceWriter(Folder::byPath).replace(file, canonical);
    assertThat(Files.readString(file)).isEqualTo(CANONICAL);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-rw-r--");
    assertThat(names(plans)).containsExactly("x.json");
  }

  @Test
  void aFileInCanonicalFormIsNotTouchedEvenWhenWriteProtected() throws IOException {
    Path file = Files.writeString(plans.resolve("x.json"), CANONICAL);
    FileTime past = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));
    Files.setLastModifiedTime(file, past);
    Path readOnly = Files.writeString(plans.resolve("y.json"), CANONICAL);
    posix(readOnly).setPermissions(PosixFilePermissions.fromString("r--r--r--"));
    Run run = inPlace(file, readOnly);
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(past);
  }

  @Test
  void otherHardLinksKeepTheOldContent() throws IOException {
    Path file = plan("x.json");
    Path other = Files.createLink(dir.resolve("other.json"), file);
    PosixFileAttributes before = posix(file).readAttributes();
    assertThat(inPlace(file).status()).isZero();
    assertThat(Files.readString(file)).isEqualTo(CANONICAL);
    assertThat(Files.readString(other)).isEqualTo(ONE_LINE);
    assertThat(posix(file).readAttributes().fileKey()).isNotEqualTo(before.fileKey());
  }
}
