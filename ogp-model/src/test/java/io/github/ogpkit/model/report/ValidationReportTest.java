package io.github.ogpkit.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ogpkit.model.json.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static final Finding DUPLICATE = Finding.of("number-duplicate", Severity.ERROR,
      JsonPointer.parse("/sections/4/measures/6/number"),
      "number 1.1 is already used at /sections/0/measures/0");
  private static final Finding COLLECTIVE = Finding.of("executor-collective-only",
      Severity.WARNING, JsonPointer.parse("/sections/1/measures/3"),
      "every executor of measure 2.4 is a group of bodies");
  private static final Finding WHITESPACE = Finding.of("text-whitespace", Severity.INFO,
      JsonPointer.parse("/sections/1/measures/3"), "title has two spaces");
  private static final Finding SEQUENCE = Finding.of("number-sequence", Severity.WARNING,
      JsonPointer.parse("/sections/1/measures/3"), "gap");

  @Test
  void sortsByDocumentOrderThenSeverityThenRule() {
    ValidationReport r = ValidationReport.of("ogp-action-plan",
        List.of(WHITESPACE, DUPLICATE, SEQUENCE, COLLECTIVE));
    assertThat(r.findings()).containsExactly(COLLECTIVE, SEQUENCE, WHITESPACE, DUPLICATE);
  }

  @Test
  void countsAndValidity() {
    ValidationReport r = ValidationReport.of(List.of(DUPLICATE, COLLECTIVE, WHITESPACE));
    assertThat(r.errorCount()).isEqualTo(1);
    assertThat(r.warningCount()).isEqualTo(1);
    assertThat(r.infoCount()).isEqualTo(1);
    assertThat(r.isValid()).isFalse();
    assertThat(r.filter(f -> f.severity() != Severity.ERROR).isValid()).isTrue();
    assertThat(r.hasAtLeast(Severity.WARNING)).isTrue();
    assertThat(ValidationReport.of(List.of(WHITESPACE)).hasAtLeast(Severity.WARNING)).isFalse();
    assertThat(ValidationReport.of(List.of()).isValid()).isTrue();
  }

  @Test
  void filtersBySeverityRuleAndPathPrefix() {
    ValidationReport r = ValidationReport.of("ogp-action-plan",
        List.of(DUPLICATE, COLLECTIVE, WHITESPACE, SEQUENCE)).withSource("plan.json");
    assertThat(r.withSeverity(Severity.WARNING).findings()).containsExactly(COLLECTIVE, SEQUENCE);
    assertThat(r.atLeast(Severity.WARNING).findings()).hasSize(3);
    assertThat(r.forRule("number-duplicate").findings()).containsExactly(DUPLICATE);
    assertThat(r.under(JsonPointer.parse("/sections/4")).findings()).containsExactly(DUPLICATE);
    assertThat(r.under(JsonPointer.parse("/sections/4")).source()).contains("plan.json");
    assertThat(r.under(JsonPointer.parse("/sections/4")).profile()).contains("ogp-action-plan");
  }

  @Test
  void rendersTextAsEditorsAndCiLogsRecognizeIt() {
    ValidationReport r = ValidationReport.of(List.of(
        DUPLICATE.withLocation(TextLocation.of(412, 21)), COLLECTIVE))
        .withSource("plans/x.json");
    assertThat(r.toText()).isEqualTo(
        "plans/x.json: warning: every executor of measure 2.4 is a group of bodies "
            + "[executor-collective-only] (/sections/1/measures/3)\n"
            + "plans/x.json:412:21: error: number 1.1 is already used at /sections/0/measures/0 "
            + "[number-duplicate] (/sections/4/measures/6/number)\n"
            + "plans/x.json: 1 error, 1 warning, 0 infos\n");
  }

  @Test
  void mergeKeepsAllFindingsSorted() {
    ValidationReport reading = ValidationReport.of(List.of(DUPLICATE)).withSource("a.json");
    ValidationReport rules = ValidationReport.of("national-program", List.of(COLLECTIVE));
    ValidationReport merged = reading.merge(rules);
    assertThat(merged.findings()).containsExactly(COLLECTIVE, DUPLICATE);
    assertThat(merged.source()).contains("a.json");
    assertThat(merged.profile()).contains("national-program");
  }

  @Test
  void isImmutableAndValueBased() {
    List<Finding> findings = new ArrayList<>(List.of(DUPLICATE));
    ValidationReport r = ValidationReport.of(findings);
    findings.add(COLLECTIVE);
    assertThat(r.findings()).hasSize(1);
    assertThatThrownBy(() -> r.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(r).isEqualTo(ValidationReport.of(List.of(DUPLICATE)))
        .hasSameHashCodeAs(ValidationReport.of(List.of(DUPLICATE)));
  }

  @Test
  void findingsCheckRuleIdsAndRenderThemselves() {
    assertThatThrownBy(() -> Finding.of("Number_Duplicate", Severity.ERROR, JsonPointer.root(), "m"))
        .hasMessageContaining("kebab case");
    assertThat(DUPLICATE.withLocation(TextLocation.of(3, 5)).toString())
        .isEqualTo("3:5: error: number 1.1 is already used at /sections/0/measures/0 "
            + "[number-duplicate] (/sections/4/measures/6/number)");
    assertThat(DUPLICATE.withSeverity(Severity.ERROR)).isSameAs(DUPLICATE);
    assertThat(DUPLICATE.withSeverity(Severity.INFO).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void severitiesOrderAndParse() {
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    assertThat(Severity.fromName("Warning")).isEqualTo(Severity.WARNING);
    assertThat(Severity.WARNING.label()).isEqualTo("warning");
    assertThatThrownBy(() -> Severity.fromName("fatal")).hasMessageContaining("error, warning or info");
    assertThatThrownBy(() -> TextLocation.of(0, 1)).hasMessageContaining("1-based");
  }
}
