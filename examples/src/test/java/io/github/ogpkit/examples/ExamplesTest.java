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
  void quickStartReportsTheMeasureOutsideThePeriodAndWritesCanonicalJson() {
    String out = mainOutput(() -> QuickStart.main(new String[0]));
    assertThat(out).startsWith("plan: error: ").contains("[time-frame-outside-plan]")
        .contains("plan: 1 error, 0 warnings, 0 infos\n")
        .contains("{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"xx-sample-2020-2022\",");
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
  void thePlansFolderHoldsTheFixturesExactly() throws IOException {
    for (String id : OgpFixtures.ids()) {
      Path file = Path.of("plans", id + ".json");
      assertThat(file).as("examples/plans/%s.json", id).exists();
      assertThat(Files.readAllBytes(file)).as(file.toString()).isEqualTo(OgpFixtures.json(id));
    }
    try (var files = Files.list(Path.of("plans"))) {
      assertThat(files.count()).isEqualTo(OgpFixtures.ids().size());
    }
  }

  @Test
  void theReadmeQuickStartIsTheExampleCode() throws IOException {
    String source = Files.readString(
        Path.of("src/main/java/io/github/ogpkit/examples/QuickStart.java"));
    String snippet = source.substring(source.indexOf("// quick-start:begin\n")
        + "// quick-start:begin\n".length(), source.indexOf("    // quick-start:end"));
    int indent = snippet.lines().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    String dedented = snippet.lines().map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains("```java\n").contains(dedented);
  }
}
