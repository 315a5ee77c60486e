package io.github.ogpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.testing.OgpFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir
  Path dir;
  String asPublished;
  String corrected;
  String humanRights;

  @BeforeEach
  void writeFixtures() throws IOException {
    asPublished = write(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED);
    corrected = write(OgpFixtures.AZ_OGP_NAP_2016_2018);
    humanRights = write(OgpFixtures.AZ_HUMAN_RIGHTS_PROGRAM_2012_2015);
  }

  private String write(String id) throws IOException {
    Path file = dir.resolve(id + ".json");
    Files.write(file, OgpFixtures.json(id));
    return file.toString();
  }

  @Test
  void printsOneLineAFindingAndASummaryAndExits1OnErrors() {
    Run run = Run.of("validate", asPublished);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains(asPublished + ":1083:21: error: number 1.1 is already used at "
        + "/sections/0/measures/0 [number-duplicate] (/sections/4/measures/6/number)\n");
    // The infos are lead-missing (RULES-1.1, INFO in executive-order): measures that the
    // executive only recommends to other bodies.
    assertThat(run.out()).endsWith(asPublished + ": 37 errors, 9 warnings, 10 infos\n");
    assertThat(run.out().lines()).hasSize(37 + 9 + 10 + 1);
  }

  @Test
  void exits0WhenNothingReachesFailOn() {
    Run run = Run.of("validate", corrected, humanRights);
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    // The corrected edition's 10 more warnings are its printed codes, which repeat as printed
    // (code-duplicate).
    assertThat(run.out()).contains(corrected + ": 0 errors, 19 warnings, 10 infos\n")
        .endsWith(humanRights + ": 0 errors, 0 warnings, 0 infos\n");
  }

  @Test
  void failOnWarningCountsWarnings() {
    assertThat(Run.of("validate", "--fail-on", "warning", corrected).status()).isEqualTo(1);
    assertThat(Run.of("validate", "--fail-on", "warning", humanRights).status()).isZero();
    assertThat(Run.of("validate", "--fail-on", "info", humanRights).status()).isZero();
    assertThat(Run.of("validate", "--fail-on", "info", corrected).status()).isEqualTo(1);
  }

  @Test
  void quietPrintsOnlyFindingsAtOrAboveFailOnAndTheSummary() {
    Run run = Run.of("validate", "--quiet", corrected);
    assertThat(run.out()).isEqualTo(corrected + ": 0 errors, 19 warnings, 10 infos\n");
    Run warnings = Run.of("validate", "--quiet", "--fail-on", "warning", corrected);
    assertThat(warnings.out().lines()).hasSize(20);
  }

  @Test
  void jsonPrintsOneArrayOfReportsInTheOrderGivenAndNothingElse() {
    Run run = Run.of("validate", "--format", "json", humanRights, asPublished);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("[\n  {\n    \"source\": \"" + humanRights + "\",\n"
        + "    \"profile\": \"national-program\",\n    \"valid\": true,");
    assertThat(run.out().indexOf(humanRights)).isLessThan(run.out().indexOf(asPublished));
    assertThat(run.out()).contains("\"errors\": 37").endsWith("]\n");
  }

  @Test
  void readsStandardInputNamedStdin() {
    Run run = Run.withInput(OgpFixtures.json(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED),
        "validate", "--quiet", "-");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).startsWith("<stdin>:").endsWith("<stdin>: 37 errors, 9 warnings, 10 infos\n");
  }

  @Test
  void profileOptionOverridesTheKind() {
    // Under national-program, executor-collective-only and lead-missing are off; the repeated
    // printed codes are still code-duplicate warnings.
    Run run = Run.of("validate", "--profile", "national-program", corrected);
    assertThat(run.out()).endsWith(corrected + ": 0 errors, 10 warnings, 0 infos\n");
    Run json = Run.of("validate", "--format", "json", "--profile", "national-program", corrected);
    assertThat(json.out()).contains("\"profile\": \"national-program\"");
  }

  @Test
  void a10OgpActionPlanIsValidatedAsAnExecutiveOrderUnlessTheCallerNamesAnother() {
    Run json = Run.of("validate", "--format", "json", asPublished);
    assertThat(json.out()).contains("\"profile\": \"executive-order\"");
    Run named = Run.of("validate", "--profile", "executive-order", asPublished);
    assertThat(named.out()).endsWith(asPublished + ": 37 errors, 9 warnings, 10 infos\n");
    // Under ogp-action-plan the numbering errors stay; other rules weigh differently.
    Run ogp = Run.of("validate", "--format", "json", "--profile", "ogp-action-plan", asPublished);
    assertThat(ogp.out()).contains("\"profile\": \"ogp-action-plan\"")
        .contains("\"errors\": 37").doesNotContain("\"warnings\": 9,");
  }

  @Test
  void aDocumentThatDidNotBindHasNoProfileEvenWithProfileOption() throws IOException {
    Path broken = dir.resolve("unbound.json");
    Files.writeString(broken, "{\"schemaVersion\": \"1.0\"}", StandardCharsets.UTF_8);
    Run json = Run.of("validate", "--format", "json", "--profile", "national-program",
        broken.toString());
    assertThat(json.status()).isEqualTo(1);
    assertThat(json.out()).doesNotContain("\"profile\"");
  }

  @Test
  void langAzPrintsAzerbaijaniMessages() {
    Run en = Run.of("validate", "--quiet", asPublished);
    Run az = Run.of("validate", "--quiet", "--lang", "az", asPublished);
    assertThat(az.status()).isEqualTo(1);
    assertThat(az.out()).isNotEqualTo(en.out()).contains("[number-duplicate]")
        .doesNotContain("is already used");
  }

  @Test
  void aDocumentThatIsNotAPlanIsAnErrorWithItsLocation() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"schemaVersion\": \"1.0\",\n  \"id\": \"Bad Id\"", StandardCharsets.UTF_8);
    Run run = Run.of("validate", broken.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains(broken + ":").contains("[json-syntax]");
  }

  @Test
  void aFileThatCannotBeOpenedIsNamedOnStandardErrorWithStatus2AndTheOthersStillRun()
      throws IOException {
    Run run = Run.of("validate", dir.resolve("missing.json").toString(), humanRights);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("ogp: cannot open " + dir.resolve("missing.json")
        + ": no such file\n");
    assertThat(run.out()).endsWith(humanRights + ": 0 errors, 0 warnings, 0 infos\n");
    Path empty = dir.resolve("empty");
    Run folder = Run.of("validate", Files.createDirectory(empty).toString(), humanRights);
    assertThat(folder.status()).isEqualTo(2);
    assertThat(folder.err()).isEqualTo("ogp: cannot open " + empty
        + ": a folder without *.json files\n");
    assertThat(folder.out()).endsWith(humanRights + ": 0 errors, 0 warnings, 0 infos\n");
  }

  @Test
  void usageErrorsExit2WithAHint() {
    Run run = Run.of("validate", "--fromat", "json", corrected);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Unknown option: '--fromat'")
        .contains("--format").contains("Try 'ogp validate --help'");
    Run badProfile = Run.of("validate", "--profile", "ogp", corrected);
    assertThat(badProfile.status()).isEqualTo(2);
    assertThat(badProfile.err()).contains("Invalid value for option '--profile': expected one "
        + "of [ogp-action-plan, executive-order, national-program] (case-insensitive) but was"
        + " 'ogp'");
    Run badFailOn = Run.of("validate", "--fail-on", "fatal", corrected);
    assertThat(badFailOn.status()).isEqualTo(2);
    assertThat(badFailOn.err()).contains("error, warning, info");
    assertThat(Run.of("validate").status()).isEqualTo(2);
  }
}
