package io.github.ogpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code ./ogp} launcher as a user does, after the build made its jar: the first run
 * makes the class-data sharing archive, and no run, with or without it, prints anything but the
 * command's own output.
 */
class LauncherIT {

  @TempDir
  Path dir;

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String HOSTILE_LOCALE = "-Duser.language=ar -Duser.country=SA";

  private record Result(int status, String out, String err) {}

  private Result launch(String... args) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(Stream.concat(
        Stream.of(ROOT.resolve("ogp").toString()), Stream.of(args)).toList())
        .directory(ROOT.toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .redirectOutput(dir.resolve("out.txt").toFile());
    // The java running this test, so that the archive is made for it.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // Under a default locale with other digits, which the output must not follow. The JVM says
    // on stderr that it picked the options up: that one line is the test's, not the command's.
    builder.environment().put("JAVA_TOOL_OPTIONS", HOSTILE_LOCALE);
    int status = builder.start().waitFor();
    String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    String pickedUp = "Picked up JAVA_TOOL_OPTIONS: " + HOSTILE_LOCALE + "\n";
    assertThat(err).startsWith(pickedUp);
    return new Result(status, Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        err.substring(pickedUp.length()));
  }

  private static List<Path> archives() throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("ogp-cli/target"))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
    }
  }

  @Test
  void theFirstRunMakesTheArchiveAndEveryRunPrintsTheSame() throws Exception {
    for (Path archive : archives()) {
      Files.delete(archive);
    }
    String plan = "examples/plans/az-ogp-nap-2016-2018-as-published.json";

    Result first = launch("validate", plan);
    List<Path> made = archives();
    Result second = launch("validate", plan);

    assertThat(made).hasSize(1);
    assertThat(first.err()).isEmpty();
    assertThat(first.status()).isEqualTo(1);
    assertThat(first.out()).endsWith(plan + ": 37 errors, 9 warnings, 10 infos\n");
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aDamagedArchiveIsPassedOverSilently() throws Exception {
    launch("--version");
    for (Path archive : archives()) {
      archive.toFile().setWritable(true);
      Files.write(archive, new byte[] {1, 2, 3});
      // Newer than the jar: the launcher does not make it again, the JVM has to cope.
      archive.toFile().setLastModified(System.currentTimeMillis() + 60_000);
    }

    Result run = launch("--version");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("ogp 0.1.0-SNAPSHOT\nJava ");
    for (Path archive : archives()) {
      Files.delete(archive);
    }
  }
}
