package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import io.github.ogpkit.model.report.ValidationReport;
import io.github.ogpkit.rules.OgpValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents read one by one and validated as one dataset: one located report per document. */
class ValidateTogetherTest {

  private static final DocumentReader READER = DocumentReader.standard();
  private static final OgpValidator VALIDATOR = OgpValidator.standard();

  private static ReadResult plan() {
    return READER.read(Fixtures.valid()); // xx-plan, 1.0: no measure has an OGP id
  }

  private static ReadResult report() {
    // Its entry names measure 1.1 by number and by OGP id XX0001, which xx-plan does not have.
    return READER.read(MonitoringSamples.progressReport());
  }

  @Test
  void aCrossDocumentFindingIsLocatedInTheReferringFileAndNamesTheOtherDocument() {
    List<ValidationReport> reports = DocumentReader.validate(List.of(plan(), report()),
        VALIDATOR);

    assertThat(reports).hasSize(2);
    Finding unknown = reports.get(1).forRule("reference-unknown").findings().get(0);
    assertThat(unknown.path()).isEqualTo(JsonPointer.parse("/entries/0/ogpId"));
    assertThat(unknown.location()).contains(new TextLocation(14, 16));
    assertThat(unknown.message()).contains("xx-plan").contains("XX0001");
    assertThat(reports.get(1).profile()).isEmpty();
    assertThat(reports.get(1).findings()).allSatisfy(f -> assertThat(f.location()).isPresent());
  }

  @Test
  void aPlanKeepsTheReportItGetsAlone() {
    ReadResult plan = plan();

    List<ValidationReport> reports = DocumentReader.validate(List.of(report(), plan), VALIDATOR);

    assertThat(reports.get(1)).isEqualTo(plan.validate(VALIDATOR));
    assertThat(reports.get(1).profile()).contains("executive-order");
  }

  @Test
  void aDocumentThatDoesNotBindGetsItsReadingFindingsAndTheOthersAreCheckedWithoutIt() {
    ReadResult broken = READER.read(Fixtures.withLine(3, "  \"id\": \"Bad\","));
    ReadResult report = report();

    List<ValidationReport> reports = DocumentReader.validate(List.of(broken, report),
        VALIDATOR);

    assertThat(reports.get(0)).isEqualTo(broken.report());
    assertThat(reports.get(0).profile()).isEmpty();
    // Its plan is absent: no reference-unknown, and no plan-unknown with no plan in the dataset.
    assertThat(reports.get(1).findings()).isEmpty();
  }

  @Test
  void aLoneReportIsCheckedAlone() {
    ReadResult report = report();

    List<ValidationReport> reports = DocumentReader.validate(List.of(report), VALIDATOR);

    assertThat(reports).containsExactly(report.report());
    assertThat(reports.get(0).findings()).isEmpty();
  }

  @Test
  void aSecondDocumentOfOneTypeWithOneIdIsLeftOutAndSaysWhichCameFirst() {
    ReadResult first = report();
    ReadResult again = READER.read(MonitoringSamples.progressReport()
        .replace("\"measure\": \"1.1\"", "\"measure\": \"2\""));

    List<ValidationReport> reports = DocumentReader.validate(List.of(plan(), first, again),
        VALIDATOR);

    ValidationReport left = reports.get(2);
    assertThat(left.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(DocumentReader.DOCUMENT_ID_DUPLICATE);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEqualTo(JsonPointer.parse("/id"));
      assertThat(f.location()).contains(new TextLocation(4, 9));
      assertThat(f.message()).contains("xx-tracker-2023").contains("document 2");
    });
    assertThat(reports.get(1).forRule("reference-unknown").findings()).isNotEmpty();
  }

  @Test
  void aPlanAndAReportMayShareAnId() {
    ReadResult report = READER.read(MonitoringSamples.progressReport()
        .replace("xx-tracker-2023", "xx-plan"));

    List<ValidationReport> reports = DocumentReader.validate(List.of(plan(), report), VALIDATOR);

    assertThat(reports.get(1).forRule(DocumentReader.DOCUMENT_ID_DUPLICATE).findings()).isEmpty();
  }

  @Test
  void theDuplicateNamesTheEarlierFileWhenItHasOne(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a.json"), MonitoringSamples.member());
    List<ReadResult> read = List.of(READER.read(file), READER.read(MonitoringSamples.member()));

    String message = DocumentReader.validate(read, VALIDATOR).get(1)
        .forRule(DocumentReader.DOCUMENT_ID_DUPLICATE).findings().get(0).message();

    assertThat(message).contains("document 1 (" + file + ")");
  }

  @Test
  void aResultReadFromAStreamCanBeNamedAndItsReportsSaySo() {
    ReadResult first = report().withSource("a.json");
    ReadResult again = report().withSource("b.json");

    List<ValidationReport> reports = DocumentReader.validate(List.of(plan().withSource("p.json"),
        first, again), VALIDATOR);

    assertThat(first.report().source()).contains("a.json");
    assertThat(reports).extracting(r -> r.source().orElseThrow())
        .containsExactly("p.json", "a.json", "b.json");
    assertThat(reports.get(2).findings().get(0).message()).contains("document 2 (a.json)");
    assertThat(first.document()).isEqualTo(report().document());
    assertThat(first.locationOf(JsonPointer.parse("/id"))).contains(new TextLocation(4, 9));
  }

  @Test
  void nothingIsNull() {
    assertThatNullPointerException().isThrownBy(() -> DocumentReader.validate(null, VALIDATOR));
    assertThatNullPointerException()
        .isThrownBy(() -> DocumentReader.validate(List.of(report()), (OgpValidator) null));
    assertThatNullPointerException().isThrownBy(() -> report().withSource(null));
  }
}
