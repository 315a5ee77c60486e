package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Document;
import io.github.ogpkit.testing.generator.MonitoringGenerator;
import io.github.ogpkit.testing.generator.Property;
import org.junit.jupiter.api.Test;

/**
 * Generated progress reports, IRM assessments and members survive the canonical form in both
 * directions: document, canonical bytes, document again equal; and those bytes, read and written
 * again, byte for byte the same.
 */
class MonitoringRoundTripTest {

  private static void roundTrips(Document document) {
    byte[] canonical = DocumentWriter.canonical().writeBytes(document);
    ReadResult r = DocumentReader.standard().read(canonical);
    assertThat(r.findings()).isEmpty();
    assertThat(r.document()).contains(document);
    assertThat(DocumentWriter.canonical().writeBytes(r.document().get())).isEqualTo(canonical);
  }

  @Test
  void aThousandGeneratedDocumentsSurviveBothDirectionsWithoutADifference() {
    Property.forAll(MonitoringGenerator.documents())
        .tries(1_000)
        .describedAs(d -> DocumentWriter.canonical().write(d))
        .check(MonitoringRoundTripTest::roundTrips);
  }
}
