package io.github.ogpkit.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.json.JsonPointer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report's value types: what they refuse, how they compare and print, and the reading rules'
 * ids and severities.
 */
class ReportValuesTest {

  private static final Finding ERROR_AT_TITLE = Finding.of("required", Severity.ERROR,
      JsonPointer.parse("/title"), "title is required");
  private static final Finding INFO_AT_ROOT = Finding.of("schema-version", Severity.INFO,
      JsonPointer.root(), "a note");

  @Test
  void textLocationsAreOneBased() {
    assertThatThrownBy(() -> TextLocation.of(0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line and column are 1-based, were 0:1");
    assertThatThrownBy(() -> TextLocation.of(1, 0)).hasMessage(
        "line and column are 1-based, were 1:0");
    assertThat(TextLocation.of(1, 1)).hasToString("1:1");
  }

  @Test
  void textLocationsOrderByLineThenColumn() {
    List<TextLocation> locations = Arrays.asList(TextLocation.of(2, 1), TextLocation.of(1, 9),
        TextLocation.of(1, 2));
    locations.sort(null);
    assertThat(locations).containsExactly(TextLocation.of(1, 2), TextLocation.of(1, 9),
        TextLocation.of(2, 1));
    assertThat(TextLocation.of(3, 4).compareTo(TextLocation.of(3, 4))).isZero();
  }

  @Test
  void findingsPrintWhereTheyAre() {
    assertThat(ERROR_AT_TITLE).hasToString("/title: error: title is required [required]");
    assertThat(INFO_AT_ROOT).hasToString("info: a note [schema-version]");
    assertThat(ERROR_AT_TITLE.withLocation(TextLocation.of(3, 5)))
        .hasToString("3:5: error: title is required [required] (/title)");
  }

  @Test
  void readingRulesHaveTheirIdsAndOnlySchemaVersionMayWarn() {
    assertThat(Arrays.stream(ReadingRule.values()).map(ReadingRule::id)).containsExactly(
        "json-syntax", "duplicate-key", "unknown-property", "wrong-type", "required",
        "invalid-value", "schema-version");
    assertThat(Arrays.stream(ReadingRule.values()).filter(ReadingRule::mayWarn)
        .map(ReadingRule::id)).containsExactly("schema-version");
    assertThat(ReadingRule.DUPLICATE_KEY.description())
        .isEqualTo("a key appears twice in one object");
  }

  @Test
  void reportsAreEqualByTheirSourceProfileAndFindings() {
    ValidationReport report = ValidationReport.of("ogp-action-plan", List.of(ERROR_AT_TITLE));
    ValidationReport same = ValidationReport.of(List.of(ERROR_AT_TITLE))
        .withProfile("ogp-action-plan");
    assertThat(report).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(report).isNotEqualTo(report.withProfile("national-program"));
    assertThat(report).isNotEqualTo(report.withSource("plan.json"));
    assertThat(report).isNotEqualTo(ValidationReport.of("ogp-action-plan", List.of()));
    assertThat(report.hashCode()).isNotEqualTo(report.withSource("plan.json").hashCode());
    assertThat(report.withProfile("national-program").profile()).contains("national-program");
    assertThat(report).hasToString(report.toText());
  }

  @Test
  void mergingKeepsThisReportsSourceAndSortsTheFindings() {
    ValidationReport first = ValidationReport.of(List.of(ERROR_AT_TITLE)).withSource("a.json");
    ValidationReport second = ValidationReport.of("national-program", List.of(INFO_AT_ROOT))
        .withSource("b.json");
    ValidationReport merged = first.merge(second);
    assertThat(merged.source()).contains("a.json");
    assertThat(merged.profile()).contains("national-program");
    assertThat(merged.findings()).containsExactly(INFO_AT_ROOT, ERROR_AT_TITLE);
    assertThat(ValidationReport.of(List.of()).merge(second).source()).contains("b.json");
  }

  @Test
  void aNullFindingIsRefused() {
    assertThatThrownBy(() -> ValidationReport.of(Arrays.asList(ERROR_AT_TITLE, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("a finding is null");
  }

  @Test
  void arrayIndexesOrderAsNumbersAndOtherKeysAsText() {
    List<JsonPointer> pointers = Arrays.asList(
        JsonPointer.parse("/sections/10"), JsonPointer.parse("/sections/9"),
        JsonPointer.parse("/sections/2/measures/0"), JsonPointer.parse("/sections/2"));
    pointers.sort(DocumentOrder.comparator());
    assertThat(pointers).extracting(JsonPointer::toString).containsExactly(
        "/sections/2", "/sections/2/measures/0", "/sections/9", "/sections/10");
    assertThat(compareExtensionKeys("9", "10")).isNegative();
    assertThat(compareExtensionKeys("10", "9")).isPositive();
    assertThat(compareExtensionKeys("123456789", "23456789")).isPositive();
    // Not indexes: a leading zero, ten digits, no digit at all; these compare as text.
    assertThat(compareExtensionKeys("09", "10")).isNegative();
    assertThat(compareExtensionKeys("09", "9")).isNegative();
    assertThat(compareExtensionKeys("9", "09")).isPositive();
    assertThat(compareExtensionKeys("1234567890", "2")).isNegative();
    assertThat(compareExtensionKeys("", "0")).isNegative();
    assertThat(compareExtensionKeys("0", "")).isPositive();
    assertThat(compareExtensionKeys("b", "10")).isPositive();
    assertThat(compareExtensionKeys("1/", "10")).isNegative();
    assertThat(compareExtensionKeys("1:", "10")).isPositive();
    assertThat(compareExtensionKeys("7", "7")).isZero();
  }

  private static int compareExtensionKeys(String a, String b) {
    return DocumentOrder.comparator().compare(JsonPointer.of("extensions", a),
        JsonPointer.of("extensions", b));
  }
}
