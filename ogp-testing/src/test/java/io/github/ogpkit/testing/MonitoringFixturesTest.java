package io.github.ogpkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.io.DocumentReader;
import io.github.ogpkit.io.DocumentWriter;
import io.github.ogpkit.io.ReadResult;
import io.github.ogpkit.model.Document;
import io.github.ogpkit.model.DocumentType;
import io.github.ogpkit.model.IrmAssessment;
import io.github.ogpkit.model.Member;
import io.github.ogpkit.model.ProgressReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The transcribed real monitoring documents (a member, progress reports, IRM assessments) read
 * without a finding, as the type their name says, and are in canonical form already: writing
 * what was read gives their bytes back.
 */
class MonitoringFixturesTest {

  static final List<String> FILES = List.of(
      "azerbaijan.member",
      "ca-ogp-nap-2022-2024-irm-action-plan-review.irm-assessment",
      "ca-ogp-nap-2022-2024-tracker-2023-06.progress-report",
      "ca-ogp-nap-2022-2024-tracker-2023-09.progress-report",
      "ca-ogp-nap-2022-2024-tracker-2023-12.progress-report",
      "ca-ogp-nap-2022-2024-tracker-2024-03.progress-report",
      "ca-ogp-nap-2022-2024-tracker-2024-06.progress-report",
      "ke-ogp-nap-2020-2022-irm-action-plan-review.irm-assessment",
      "ke-ogp-nap-2020-2022-irm-results-report.irm-assessment",
      "us-ogp-nap-2022-2024-irm-action-plan-review.irm-assessment",
      "us-ogp-nap-2022-2024-tracker-2023-08.progress-report",
      "us-ogp-nap-2022-2024-tracker-2024-02.progress-report");

  static Stream<String> files() {
    return FILES.stream();
  }

  /** The bytes of a monitoring fixture, from ogp-testing's resources. */
  static byte[] bytes(String name) {
    String path = "fixtures/monitoring/" + name + ".json";
    try (InputStream in = OgpFixtures.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyRealMonitoringDocumentReadsWithoutAFindingAsTheTypeItsNameSays(String name) {
    ReadResult r = DocumentReader.standard().read(bytes(name));
    assertThat(r.findings()).isEmpty();
    Document d = r.document().orElseThrow();
    String type = name.substring(name.lastIndexOf('.') + 1);
    assertThat(d.documentType()).isEqualTo(DocumentType.fromJsonName(type).orElseThrow());
    assertThat(d).isInstanceOfAny(Member.class, ProgressReport.class, IrmAssessment.class);
    assertThat(r.plan()).isEmpty();
    assertThat(r.checkedPlan()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyRealMonitoringDocumentIsInCanonicalForm(String name) {
    byte[] bytes = bytes(name);
    Document d = DocumentReader.standard().read(bytes).document().orElseThrow();
    assertThat(DocumentWriter.canonical().write(d))
        .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
  }
}
