package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.Plan;
import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.CheckedPlan;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.PlanValidator;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and validating in one step: one located report in document order. */
class ValidateTest {

  private static final PlanValidator VALIDATOR = plan -> ValidationReport.of("ogp-action-plan",
      List.of(
          Finding.of("number-duplicate", Severity.ERROR,
              JsonPointer.parse("/sections/0/measures/0/number"), "number 1.1 is used twice"),
          Finding.of("indicator-missing", Severity.WARNING,
              JsonPointer.parse("/sections/0/measures/0/indicators"), "no indicator"),
          Finding.of("plan-period-too-long", Severity.WARNING, JsonPointer.root(), "long")));

  @Test
  void theValidatorIsHandedAPlanTheReaderBoundAsACheckedPlan() {
    List<Object> handed = new java.util.ArrayList<>();
    PlanValidator recording = new PlanValidator() {
      @Override
      public ValidationReport validate(Plan plan) {
        handed.add(plan);
        return ValidationReport.of(List.of());
      }

      @Override
      public ValidationReport validate(CheckedPlan plan) {
        handed.add(plan);
        return ValidationReport.of(List.of());
      }
    };
    ReadResult read = PlanReader.standard().read(Fixtures.valid());

    read.validate(recording);

    assertThat(read.checkedPlan()).map(CheckedPlan::plan).isEqualTo(read.plan());
    assertThat(handed).singleElement().isEqualTo(read.checkedPlan().orElseThrow());
  }

  @Test
  void aDocumentWithAReadingErrorGivesNoCheckedPlan() {
    ReadResult read = PlanReader.standard().read(Fixtures.withLine(3, "  \"id\": \"Bad\","));
    assertThat(read.plan()).isEmpty();
    assertThat(read.checkedPlan()).isEmpty();
  }

  @Test
  void ruleFindingsGetTheLocationOfTheirPathOrNearestAncestor() {
    String doc = Fixtures.withLine(25, "");
    ValidationReport report = PlanReader.standard().validate(doc, VALIDATOR);

    assertThat(report.profile()).contains("ogp-action-plan");
    assertThat(report.findings()).extracting(f -> f.path().toString(),
        f -> f.location().orElseThrow()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("", TextLocation.of(1, 1)),
            org.assertj.core.groups.Tuple.tuple("/sections/0/measures/0/number",
                TextLocation.of(22, 21)),
            org.assertj.core.groups.Tuple.tuple("/sections/0/measures/0/indicators",
                TextLocation.of(21, 9)));
  }

  @Test
  void readingWarningsAndRuleFindingsMergeIntoOneReport() {
    String doc = Fixtures.withLine(2, "  \"schemaVersion\": \"1.2\", \"later\": 1,");
    ReadResult read = PlanReader.standard().read(doc);
    ValidationReport report = read.validate(VALIDATOR);
    assertThat(report.findings()).extracting(Finding::rule).containsExactly(
        "plan-period-too-long", "schema-version", "number-duplicate", "indicator-missing",
        "unknown-property");
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.location()).isPresent());
  }

  @Test
  void aDocumentThatDoesNotBindIsNotValidated() {
    ValidationReport report = PlanReader.standard().validate("{}", plan -> {
      throw new AssertionError("must not run");
    });
    assertThat(report.isValid()).isFalse();
    assertThat(report.profile()).isEmpty();
    assertThat(report.findings()).extracting(Finding::rule).containsOnly("required");
  }

  @Test
  void locationOfAPathIsWhereItsValueStarts() {
    ReadResult r = PlanReader.standard().read(Fixtures.valid());
    assertThat(r.locationOf(JsonPointer.parse("/sections/0/measures/0/timeFrame")))
        .contains(TextLocation.of(27, 24));
    assertThat(r.locationOf(JsonPointer.parse("/nothing"))).isEmpty();
    assertThat(r.nearestLocationOf(JsonPointer.parse("/institutions/1/parent")))
        .contains(TextLocation.of(13, 5));
  }

  /**
   * A validator may locate a finding itself: that location stays, while a finding without one on
   * the same path gets the path's; the validator's report keeps its source.
   */
  @Test
  void aLocationAndASourceTheValidatorGivesAreKept() {
    JsonPointer id = JsonPointer.parse("/id");
    PlanValidator locating = plan -> ValidationReport.of(List.of(
        Finding.of("own-location", Severity.WARNING, id, "located by the rule")
            .withLocation(TextLocation.of(40, 4)),
        Finding.of("no-location", Severity.WARNING, id, "located by the reader")))
        .withSource("plan-from-elsewhere.json");

    ValidationReport report = PlanReader.standard().validate(Fixtures.valid(), locating);

    assertThat(report.findings()).extracting(Finding::rule, f -> f.location().orElseThrow())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("own-location", TextLocation.of(40, 4)),
            org.assertj.core.groups.Tuple.tuple("no-location", TextLocation.of(3, 9)));
    assertThat(report.source()).contains("plan-from-elsewhere.json");
    assertThat(report.profile()).isEmpty();
  }

  @Test
  void aDocumentRefusedForItsLengthHasNoTextToLocatePathsIn() {
    ReadResult r = PlanReader.builder().maxDocumentBytes(10).build().read(Fixtures.valid());
    assertThat(r.plan()).isEmpty();
    assertThat(r.locationOf(JsonPointer.root())).isEmpty();
    assertThat(r.nearestLocationOf(JsonPointer.parse("/id"))).isEmpty();
  }

  /** A path that goes on below a string names no value, not whatever text follows the string. */
  @Test
  void aPathIntoAStringIsNotFoundInsideIt() {
    ReadResult r = PlanReader.standard().read(Fixtures.valid());
    assertThat(r.locationOf(JsonPointer.parse("/title/en/0"))).isEmpty();
    assertThat(r.locationOf(JsonPointer.parse("/languages/0/0"))).isEmpty();
    assertThat(r.nearestLocationOf(JsonPointer.parse("/title/en/0")))
        .contains(TextLocation.of(6, 19));
  }
}
