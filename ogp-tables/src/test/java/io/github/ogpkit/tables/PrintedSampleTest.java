package io.github.ogpkit.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.testing.OgpFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sample next to the bundled plans, examples/plans/az-ogp-nap-2016-2018-as-published
 * .printed.csv, is the seed 003 plan in the printed layout as the exporter writes it from the
 * as-published fixture, so that it stays in step with the fixture. Run this test with
 * {@code -Dogpkit.printedSample.write=true} to write it again after the fixture changes.
 */
class PrintedSampleTest {

  private static final Path SAMPLE =
      Path.of("..", "examples", "plans", "az-ogp-nap-2016-2018-as-published.printed.csv");

  @Test
  void samplePrintedCsvIsTheExportOfTheAsPublishedFixtureAndImportsBackToIt() throws IOException {
    Plan plan = OgpFixtures.plan(OgpFixtures.AZ_OGP_NAP_2016_2018_AS_PUBLISHED);
    byte[] expected = PrintedPlanExporter.toCsv(plan);
    if (Boolean.getBoolean("ogpkit.printedSample.write")) {
      Files.write(SAMPLE, expected);
    }

    byte[] sample = Files.readAllBytes(SAMPLE);

    assertThat(sample).as("%s is the exporter's output; write it again with"
        + " -Dogpkit.printedSample.write=true", SAMPLE).isEqualTo(expected);
    assertThat(PrintedPlanImporter.builder().registry(plan).build()
        .read(SAMPLE.getFileName().toString(), sample).plan()).contains(plan);
  }
}
