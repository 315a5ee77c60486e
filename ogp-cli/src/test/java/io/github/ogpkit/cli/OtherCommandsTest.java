package io.github.ogpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.PlanSchema;
import io.github.ogpkit.testing.OgpFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {

  @TempDir
  Path dir;

  private static final String CANONICAL = new String(
      OgpFixtures.json(OgpFixtures.AZ_HUMAN_RIGHTS_PROGRAM_2012_2015), StandardCharsets.UTF_8);

  private Path nonCanonical() throws IOException {
    // The same plan, written on one line with keys out of order.
    String oneLine = CANONICAL.replace("\n", "").replaceAll(" {2,}", "");
    Path file = dir.resolve("one-line.json");
    Files.writeString(file, oneLine);
    return file;
  }

  @Test
  void formatWritesTheCanonicalFormToStandardOutput() throws IOException {
    Run run = Run.of("format", nonCanonical().toString());
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(CANONICAL);
  }

  @Test
  void formatCheckNamesFilesThatAreNotCanonical() throws IOException {
    Path canonical = dir.resolve("canonical.json");
    Files.writeString(canonical, CANONICAL);
    assertThat(Run.of("format", "--check", canonical.toString()).status()).isZero();
    Run run = Run.of("format", "--check", canonical.toString(), nonCanonical().toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(nonCanonical() + ": not in canonical form\n");
    assertThat(Files.readString(nonCanonical())).isNotEqualTo(CANONICAL);
  }

  @Test
  void formatInPlaceRewritesTheFile() throws IOException {
    Path file = nonCanonical();
    Run run = Run.of("format", "--in-place", file.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(CANONICAL);
  }

  @Test
  void formatReadsStandardInput() {
    Run run = Run.withInput(CANONICAL.getBytes(StandardCharsets.UTF_8), "format", "-");
    assertThat(run.out()).isEqualTo(CANONICAL);
  }

  @Test
  void formatLeavesADocumentThatIsNotAPlanAloneAndSaysWhy() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"schemaVersion\": \"1.0\"}");
    Run run = Run.of("format", "--in-place", broken.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("[required]").contains(broken + ": not a readable document");
    assertThat(Files.readString(broken)).isEqualTo("{\"schemaVersion\": \"1.0\"}");
  }

  @Test
  void formatRejectsContradictoryOptions() throws IOException {
    Run both = Run.of("format", "--check", "--in-place", nonCanonical().toString());
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("--check and --in-place cannot be used together");
    Run stdin = Run.of("format", "--in-place", "-");
    assertThat(stdin.status()).isEqualTo(2);
    assertThat(stdin.err()).contains("cannot rewrite standard input");
  }

  @Test
  void schemaPrintsTheJsonSchema() {
    Run run = Run.of("schema");
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(PlanSchema.text());
  }

  @Test
  void fixturesListsOneLineEach() {
    Run run = Run.of("fixtures");
    assertThat(run.status()).isZero();
    assertThat(run.out().lines()).hasSize(8);
    assertThat(run.out().lines().findFirst().orElseThrow())
        .startsWith("az-ogp-nap-2016-2018-as-published").contains("OGP_ACTION_PLAN")
        .contains("AZ").contains("2016/2018").contains("59 measures");
    // Every row lines up: the kind, the country and the count start where the first row's do.
    List<String> rows = run.out().lines().toList();
    int kind = rows.get(0).indexOf("OGP_ACTION_PLAN");
    int count = rows.get(0).indexOf(" measures");
    assertThat(rows).allSatisfy(r -> assertThat(r.indexOf(" measures")).isEqualTo(count))
        .anySatisfy(r -> assertThat(r.indexOf("OGP_LOCAL_ACTION_PLAN")).isEqualTo(kind));
  }

  @Test
  void fixturesIdPrintsTheFixtureInCanonicalForm() {
    Run run = Run.of("fixtures", "az-human-rights-program-2012-2015");
    assertThat(run.out()).isEqualTo(CANONICAL);
    Run unknown = Run.of("fixtures", "nope");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown fixture 'nope'").contains("az-ogp-nap-2016-2018");
  }

  @Test
  void versionAndHelp() {
    Run version = Run.of("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).startsWith("ogp 0.1.0-SNAPSHOT");
    Run help = Run.of("help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("validate").contains("format").contains("schema")
        .contains("fixtures");
    Run helpValidate = Run.of("help", "validate");
    assertThat(helpValidate.out()).contains("--fail-on").contains("--profile");
    assertThat(helpValidate.out().lines()
        .filter(l -> l.matches(" +(ogp-action-plan|executive-order|national-program)  .*")))
        .hasSize(3);
    assertThat(Run.of("validate", "--help").out()).isEqualTo(helpValidate.out());
    assertThat(Run.of("format", "--help").out()).contains("--check").contains("--in-place");
  }

  @Test
  void noCommandIsAUsageError() {
    Run run = Run.of();
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Missing a command").contains("Try 'ogp --help'");
    Run unknown = Run.of("valdate", "x.json");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("validate");
  }

  @Test
  void debugIsAcceptedByEveryCommand() {
    assertThat(Run.of("--debug", "schema").status()).isZero();
    assertThat(Run.of("schema", "--debug").status()).isZero();
  }
}
