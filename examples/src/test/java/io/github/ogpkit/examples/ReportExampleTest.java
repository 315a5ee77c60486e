package io.github.ogpkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Dataset;
import io.github.ogpkit.report.PlanReport;
import io.github.ogpkit.testing.OgpFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan and its member as one HTML page (ogp-report). The README's "HTML report" shows the code
 * between the markers, checked by a test.
 */
class ReportExampleTest {

  @TempDir
  Path dir;

  @Test
  void writeAzerbaijansPlanWithItsMemberAsAPageInAzerbaijani() throws IOException {
    Dataset dataset = OgpFixtures.dataset(OgpFixtures.AZ_OGP_NAP_2016_2018);
    // report:begin
    PlanReport report = PlanReport.builder().locale(Locale.forLanguageTag("az")).build();
    try (OutputStream out = Files.newOutputStream(dir.resolve("az.html"))) {
      report.write(dataset, "az-ogp-nap-2016-2018", out);   // or report.write(plan, out)
    }
    // report:end
    String page = Files.readString(dir.resolve("az.html"), StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!doctype html>\n<html lang=\"az\">")
        .contains("Üzvlük statusunun tarixçəsi");
  }
}
