package io.github.ogpkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's verdicts are what docs/PERFORMANCE.md quotes: each target row must compare the
 * right benchmarks, in the right direction, and say which run met a bound.
 */
class ReportTest {

  @TempDir
  Path dir;

  @Test
  void readingAndValidationRatiosAreJudgedAgainstTheirBounds() throws IOException {
    write("jmh.json", "["
        + result("ReadBenchmark.ogpkitReadPlan", "10000", 15.0)
        + "," + result("ReadBenchmark.jacksonReadTree", "10000", 10.0)
        + "," + result("ValidateBenchmark.jsonSchemaValidate", "10000", 100.0)
        + "," + result("ValidateBenchmark.ogpkitValidate", "10000", 8.0)
        + "]");

    String targets = targets();

    assertThat(row(targets, "reading ≤ 1.3×")).contains("10,000: 1.50× (missed)")
        .endsWith("| **missed** |");
    assertThat(row(targets, "full validation ≥ 10×")).contains("10,000: 12.50×")
        .doesNotContain("(missed)").endsWith("| met |");
  }

  @Test
  void theGrowthVerdictNamesTheRunThatMetTheBound() throws IOException {
    write("jmh.json", "["
        + result("ReadValidateBenchmark.ogpkitReadValidate", "10000", 40.0)
        + "," + result("ReadValidateBenchmark.ogpkitReadValidate", "100000", 560.0)
        + "]");
    write("onecore.json", "["
        + result("ReadValidateBenchmark.ogpkitReadValidate", "10000", 50.0)
        + "," + result("ReadValidateBenchmark.ogpkitReadValidate", "100000", 430.0)
        + "]");

    String targets = targets();

    assertThat(row(targets, "10k → 100k"))
        .contains("8.6 for read + validate pinned to one core; main run: 14.0 for read + validate")
        .endsWith("| met on one core, **missed** in the main run |");
    assertThat(row(targets, "read + validate of 100,000 measures < 1 s"))
        .contains("560 ms in the main run; 430 ms pinned to one core").endsWith("| met |");
  }

  @Test
  void withoutAOneCoreRunTheGrowthIsJudgedOnTheMainRun() throws IOException {
    write("jmh.json", "["
        + result("ReadValidateBenchmark.ogpkitReadValidate", "10000", 40.0)
        + "," + result("ReadValidateBenchmark.ogpkitReadValidate", "100000", 400.0)
        + "]");

    assertThat(row(targets(), "10k → 100k")).startsWith("| 10k → 100k time ratio ≤ 11 | 10.0 for")
        .endsWith("| met |");
  }

  private String targets() throws IOException {
    Path out = dir.resolve("report.md");
    Report.main(new String[] {dir.toString(), out.toString()});
    String md = Files.readString(out, StandardCharsets.UTF_8);
    return md.substring(md.indexOf("## Targets"));
  }

  private static String row(String targets, String target) {
    return targets.lines().filter(l -> l.startsWith("| " + target)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + target + " in\n" + targets));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String result(String benchmark, String input, double ms) {
    return String.format(Locale.ROOT, "{\"benchmark\":\"io.github.ogpkit.benchmarks.%s\","
        + "\"params\":{\"input\":\"%s\"},\"primaryMetric\":{\"score\":%s,\"scoreError\":0.5,"
        + "\"scoreUnit\":\"ms/op\"},\"secondaryMetrics\":{}}", benchmark, input, ms);
  }
}
