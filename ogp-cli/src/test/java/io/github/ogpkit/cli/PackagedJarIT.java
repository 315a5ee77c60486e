package io.github.ogpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.testing.OgpFixtures;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /**
   * Runs the jar in a JVM whose default locale has other digits (ar-SA), which the output must not
   * follow; returns the exit status and leaves out.txt and err.txt in the temporary folder.
   */
  private int run(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Duser.language=ar",
        "-Duser.country=SA", "-jar", jar().toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectError(dir.resolve("err.txt").toFile())
        .redirectOutput(dir.resolve("out.txt").toFile())
        .start().waitFor();
  }

  private String read(String name) throws Exception {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void validatesARealPlanAsAProcessWithNothingOnStandardError() throws Exception {
    Path plan = dir.resolve("plan.json");
    Files.write(plan, OgpFixtures.json(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED));
    int status = run("validate", plan.toString());
    assertThat(status).isEqualTo(1);
    assertThat(read("err.txt")).isEmpty();
    assertThat(read("out.txt"))
        .contains("[number-duplicate]")
        .endsWith(plan + ": 37 errors, 9 warnings, 10 infos\n");
  }

  @Test
  void validatesAndReportsOnMonitoringDocumentsWithNothingOnStandardError() throws Exception {
    Path plan = Path.of("../examples/plans", MonitoringCommandsTest.US_PLAN);
    Path report =
        MonitoringCommandsTest.MONITORING.resolve(MonitoringCommandsTest.US_TRACKER_2024);
    assertThat(run("validate", plan.toString(), report.toString())).isZero();
    assertThat(read("err.txt")).isEmpty();
    assertThat(read("out.txt")).endsWith(report + ": 0 errors, 0 warnings, 0 infos\n");
    assertThat(run("status", plan.toString(), report.toString())).isZero();
    assertThat(read("err.txt")).isEmpty();
    assertThat(read("out.txt")).contains("  1.3.2           NOT_STARTED 2024-04-02\n");
  }

  @Test
  void listsAndChecksTheFixturesWithAsciiDigitsUnderAnArabicLocale() throws Exception {
    assertThat(run("fixtures")).isZero();
    assertThat(read("out.txt")).contains(" 59 measures\n", " 71 measures\n");
    Path plan = dir.resolve("program.json");
    Files.write(plan, OgpFixtures.json(OgpFixtures.AZ_HUMAN_RIGHTS_PROGRAM_2012_2015));
    assertThat(run("format", "--check", plan.toString())).isZero();
    assertThat(read("out.txt") + read("err.txt")).isEmpty();
  }

  /**
   * Every class of the jar is ogpkit's or a runtime dependency's; no test library is inside, nor
   * the annotations of the library's API (JSpecify, apiguardian), which are needed to compile only.
   */
  @Test
  void theJarHoldsOnlyOgpkitAndItsRuntimeDependencies() throws Exception {
    List<String> runtime = List.of("io/github/ogpkit/", "tools/jackson/",
        "com/fasterxml/jackson/annotation/", "jakarta/validation/", "org/hibernate/validator/",
        "org/jboss/logging/", "com/fasterxml/classmate/",
        // Guava, for ogp-analytics.
        "com/google/common/", "com/google/thirdparty/",
        // Apache POI and its dependencies, for the XLSX of ogp-tables.
        "org/apache/poi/", "org/apache/xmlbeans/", "org/openxmlformats/schemas/",
        "com/microsoft/schemas/", "org/etsi/uri/", "org/w3/x2000/", "org/apache/commons/",
        "org/apache/logging/log4j/", "com/graphbuilder/", "com/zaxxer/sparsebits/",
        // jte's runtime, for the precompiled templates of ogp-report.
        "gg/jte/");
    List<String> notForRunning = List.of("org/junit/", "org/assertj/", "org/opentest4j/",
        "org/apiguardian/", "org/jspecify/", "net/jqwik/", "com/code_intelligence/",
        "org/mockito/", "net/bytebuddy/", "com/google/errorprone/", "com/google/j2objc/");
    try (JarFile jar = new JarFile(new File(jar().toString()))) {
      List<String> classes = jar.stream().map(e -> e.getName())
          .filter(n -> n.endsWith(".class"))
          // Multi-release classes: META-INF/versions/11/tools/jackson/... is Jackson's.
          .map(n -> n.replaceFirst("^META-INF/versions/\\d+/", ""))
          .toList();
      assertThat(classes)
          .contains("io/github/ogpkit/cli/Main.class",
              "io/github/ogpkit/testing/generator/PlanGenerator.class",
              "io/github/ogpkit/report/internal/templates/JtereportGenerated.class")
          .noneMatch(n -> notForRunning.stream().anyMatch(n::startsWith))
          .allMatch(n -> runtime.stream().anyMatch(n::startsWith));
    }
  }
}
