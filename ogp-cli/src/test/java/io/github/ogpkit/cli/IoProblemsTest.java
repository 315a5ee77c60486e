package io.github.ogpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The words a user reads for an I/O problem: the system's, never a class or a temporary file. */
class IoProblemsTest {

  private static final String TEMP = "/plans/.x.json.ogp-tmp-k3j9x2";

  @Test
  void theUsualProblemsHaveShortNames() {
    assertThat(IoProblems.reason(new NoSuchFileException(TEMP))).isEqualTo("no such file");
    assertThat(IoProblems.reason(new AccessDeniedException(TEMP))).isEqualTo("permission denied");
    assertThat(IoProblems.reason(new FileAlreadyExistsException(TEMP))).isEqualTo("already exists");
    assertThat(IoProblems.reason(new IOException("No space left on device"))).isEqualTo("disk full");
    assertThat(IoProblems.reason(new FileSystemException(TEMP, null, "Read-only file system")))
        .isEqualTo("read-only file system");
  }

  @Test
  void otherProblemsKeepTheSystemsWordsAfterAColon() {
    assertThat(IoProblems.reason(new FileSystemException(TEMP, null, "Too many open files")))
        .isEqualTo("too many open files");
    assertThat(IoProblems.reason(new IOException("EOF reached."))).isEqualTo("EOF reached");
  }

  @Test
  void aProblemWithoutWordsNamesNoFile() {
    assertThat(IoProblems.reason(new FileSystemException(TEMP))).isEqualTo("input/output error");
    assertThat(IoProblems.reason(new IOException())).isEqualTo("input/output error");
  }
}
