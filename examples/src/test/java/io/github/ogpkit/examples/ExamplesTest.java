package io.github.ogpkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.PlanReader;
import io.github.ogpkit.testing.OgpFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** Every example runs, and says what its Javadoc says it does. */
class ExamplesTest {

  private static String mainOutput(Runnable main) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  @ResourceLock(Resources.SYSTEM_OUT)
  void theSpreadsheetDraftIsImportedWithItsProblemsAtTheirCellsThenValidatedAndCounted() {
    String out = mainOutput(() -> DraftInASpreadsheet.main(new String[0]));
    // The misspelt ministry and the unreadable time, at their cells; the merged executor cell
    // (D4:D5) assigns the Ministry of Finance to both 1.1 and 1.2.
    assertThat(out)
        .startsWith("'Action plan'!D7: error: no institution in the registry is named"
            + " \"Ministry of Justise\"; the closest name is \"Ministry of Justice\"")
        .contains("\n'Action plan'!F7: warning: the time \"when funds allow\" of measure 2.1")
        .contains("\nplan: warning: measure 2.1 names no institution [measure-without-institution]")
        .contains("\nplan: 0 errors, 2 warnings, 0 infos\n")
        .endsWith("ministry-of-finance: 2 as executor, 0 supporting\n"
            + "open-data-coalition: 0 as executor, 2 supporting\n"
            + "running per year: {2025=2, 2026=1}\n");
  }

  @Test
  @ResourceLock(Resources.SYSTEM_OUT)
  void quickStartReportsTheMeasureOutsideThePeriodAndWritesCanonicalJson() {
    String out = mainOutput(() -> QuickStart.main(new String[0]));
    // Format 1.1's ogp-action-plan warns of a measure outside the period (RULES-1.1).
    assertThat(out).startsWith("plan: warning: ").contains("[time-frame-outside-plan]")
        .contains("plan: 0 errors, 1 warning, 0 infos\n")
        .contains("{\n  \"schemaVersion\": \"1.1\",\n  \"id\": \"xx-sample-2020-2022\",");
    String json = out.substring(out.indexOf('{'));
    assertThat(PlanReader.standard().read(json).plan()).isPresent();
  }

  @Test
  @ResourceLock(Resources.SYSTEM_OUT)
  void theIntakeServiceAnswers422WithTheReportJson() {
    String out = mainOutput(() -> PlanIntakeService.main(new String[0]));
    assertThat(out).startsWith("422\n").contains("\"source\": \"upload.json\"")
        .contains("\"rule\": \"unknown-property\"").contains("timeFrame")
        .contains("\"line\": 6");
  }

  @Test
  void theIntakeServiceAcceptsAValidPlanAndSurvivesGarbage() {
    PlanIntakeService service = new PlanIntakeService();
    assertThat(service.submit("ok.json", OgpFixtures.json(OgpFixtures.AZ_OGP_NAP_2016_2018))
        .status()).isEqualTo(200);
    PlanIntakeService.Response garbage = service.submit("x", new byte[] {(byte) 0xC0, (byte) 0xAF});
    assertThat(garbage.status()).isEqualTo(422);
    assertThat(garbage.body()).contains("json-syntax");
  }

  @Test
  @ResourceLock(Resources.SYSTEM_OUT)
  void theCustomProfileRaisesOneRuleAndDropsAnother() {
    String out = mainOutput(() -> CustomProfile.main(new String[0]));
    assertThat(out).isEqualTo("standard: plan: 0 errors, 1 warning, 0 infos\n"
        + "strict:   plan: 1 error, 0 warnings, 0 infos\n");
    assertThat(CustomProfile.strictReviewerFromSettings().toString())
        .isEqualTo(CustomProfile.strictReviewer().toString());
  }

  @Test
  @ResourceLock(Resources.SYSTEM_OUT)
  void readAndValidatePrintsEveryFindingWithItsLineAndColumnAndLoadsThePlan() {
    String out = mainOutput(() -> ReadAndValidate.main(new String[0]));
    assertThat(out)
        .contains("1083:21 error [number-duplicate] number 1.1 is already used at ")
        .contains("\nplans/az-ogp-nap-2016-2018-as-published.json: 37 errors, 9 warnings,")
        .endsWith("\naz-ogp-nap-2016-2018-as-published: 59 measures\n");
  }

  @Test
  @ResourceLock(Resources.SYSTEM_OUT)
  void readAndValidateReportsADocumentThatDoesNotBindAndLoadsNothing(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("broken.json"),
        "{\"schemaVersion\": \"1.0\",\n  \"id\": 7}\n");
    String checked = mainOutput(() -> assertThat(ReadAndValidate.check(file)).isFalse());
    assertThat(checked).contains("2:9 error [").contains(" 0 infos\n");
    String loaded = mainOutput(() -> assertThat(ReadAndValidate.load(file)).isEmpty());
    assertThat(loaded).contains("2:9: error: ");
  }

  @Test
  @ResourceLock(Resources.SYSTEM_OUT)
  void aPlanInTheApplicationsOwnMessageComesBackUnchanged() {
    String out = mainOutput(() -> OwnJsonMapper.main(new String[0]));
    assertThat(out).isEqualTo(
        "ministry-of-justice sent az-human-rights-program-2012-2015, received unchanged\n");
    String json = OwnJsonMapper.send(new OwnJsonMapper.Submission("x",
        OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018)));
    assertThat(json).startsWith("{\"sender\":\"x\",\"plan\":{");
  }

  @Test
  @ResourceLock(Resources.SYSTEM_OUT)
  void aCommitmentOnOgpsTemplateValidatesCleanAndRoundTrips() {
    String out = mainOutput(() -> TemplateCommitment.main(new String[0]));
    // A correct plan of OGP's template gets no false alarm: nothing but the missing indicators
    // of its milestones, which ogp-action-plan reports as INFO.
    assertThat(out).contains("plan: 0 errors, 0 warnings, ")
        .contains("\"ogpValues\": [\n", "\"role\": \"SUPPORTING\"", "\"timeFrame\": \"../2024-12\"");
    String json = out.substring(out.indexOf('{'));
    assertThat(PlanReader.standard().readPlan(json)).isEqualTo(TemplateCommitment.localPlan());
  }

  @Test
  @ResourceLock(Resources.SYSTEM_OUT)
  void aMessageWhosePlanDoesNotBindIsRefusedWithLocatedFindings() {
    String json = "{\"sender\": \"x\",\n \"plan\": {\"schemaVersion\": \"1.0\", \"id\": 7}}";
    String out = mainOutput(() -> assertThat(OwnJsonMapper.receive(json)).isEmpty());
    assertThat(out).contains("2:41: error: ").contains("[wrong-type] (/id)");
  }

  @Test
  void thePlansFolderHoldsTheFixturesExactly() throws IOException {
    for (String id : OgpFixtures.ids()) {
      Path file = Path.of("plans", id + ".json");
      assertThat(file).as("examples/plans/%s.json", id).exists();
      assertThat(Files.readAllBytes(file)).as(file.toString()).isEqualTo(OgpFixtures.json(id));
    }
    try (var files = Files.list(Path.of("plans"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".json")).count())
          .isEqualTo(OgpFixtures.ids().size());
    }
  }
}
