package io.github.ogpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.testing.OgpFixtures;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a real process, as the ./ogp launcher does. */
class PackagedJarIT {

  @TempDir
  Path dir;

  private static Path jar() {
    return Path.of(System.getProperty("ogp.jar", "target/ogp.jar"));
  }

  @Test
  void validatesARealPlanAsAProcessWithNothingOnStandardError() throws Exception {
    Path plan = dir.resolve("plan.json");
    Files.write(plan, OgpFixtures.json(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-jar", jar().toString(), "validate",
        plan.toString()))
        .redirectError(dir.resolve("err.txt").toFile())
        .redirectOutput(dir.resolve("out.txt").toFile())
        .start();
    int status = p.waitFor();
    assertThat(status).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
    assertThat(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8))
        .contains("[number-duplicate]")
        .endsWith(plan + ": 37 errors, 9 warnings, 0 infos\n");
  }

  @Test
  void theJarHoldsNeitherAssertjNorJunit() throws Exception {
    try (JarFile jar = new JarFile(new File(jar().toString()))) {
      assertThat(jar.stream().map(e -> e.getName()))
          .noneMatch(n -> n.startsWith("org/assertj/") || n.startsWith("org/junit/")
              || n.startsWith("net/jqwik/"))
          .anyMatch(n -> n.equals("io/github/ogpkit/cli/Main.class"));
    }
  }
}
