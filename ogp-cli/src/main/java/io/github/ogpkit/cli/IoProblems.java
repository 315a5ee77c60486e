package io.github.ogpkit.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says in a user's words why a file could not be read or written: {@code no such file},
 * {@code permission denied}, {@code disk full}. Never a Java class name, and never the name of a
 * file: the caller names the file the user gave, which may not be the one the exception names
 * (a temporary file, the target of a link).
 */
final class IoProblems {

  private IoProblems() {}

  /**
   * Returns why an operation failed.
   *
   * @param e the exception
   * @return the reason, lower case, without a full stop, not null
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    }
    // A FileSystemException's message starts with the file it names; its reason is the system's
    // own words (strerror on Unix). Other I/O exceptions carry those words as their message.
    String text = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (text == null || text.isBlank()) {
      return "input/output error";
    }
    if (text.contains("No space left on device")) {
      return "disk full";
    }
    if (text.contains("Disk quota exceeded")) {
      return "disk quota exceeded";
    }
    if (text.contains("Read-only file system")) {
      return "read-only file system";
    }
    // The system capitalizes its words as a sentence; here they follow a colon. An acronym
    // (EOF) keeps its capitals.
    if (text.length() > 1 && Character.isUpperCase(text.charAt(0))
        && Character.isLowerCase(text.charAt(1))) {
      text = text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
