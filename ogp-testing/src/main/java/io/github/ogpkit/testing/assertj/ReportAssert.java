package io.github.ogpkit.testing.assertj;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link ValidationReport}; obtain them from
 * {@link OgpAssertions#assertThat(ValidationReport)}. Failures list the report's findings one a
 * line: {@code /sections/4/measures/6/number: number-duplicate: number 1.1 is already used ...}.
 */
@API(status = STABLE, since = "0.1")
public final class ReportAssert extends AbstractAssert<ReportAssert, @Nullable ValidationReport> {

  ReportAssert(@Nullable ValidationReport actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * Verifies that no finding is an error.
   *
   * @return this assertion
   */
  public ReportAssert hasNoErrors() {
    isNotNull();
    List<Finding> errors = actual.withSeverity(Severity.ERROR).findings();
    if (!errors.isEmpty()) {
      failWithMessage("%s", "Expecting no errors but found " + errors.size() + ":\n"
          + lines(errors));
    }
    return myself;
  }

  /**
   * Verifies that the report has no findings at all.
   *
   * @return this assertion
   */
  public ReportAssert isEmpty() {
    isNotNull();
    if (!actual.findings().isEmpty()) {
      failWithMessage("%s", "Expecting no findings but found " + actual.findings().size()
          + ":\n" + lines(actual.findings()));
    }
    return myself;
  }

  /**
   * Verifies that the report has a finding of a rule at a path.
   *
   * @param rule the rule id
   * @param path the JSON Pointer
   * @return this assertion
   */
  public ReportAssert hasFinding(String rule, String path) {
    isNotNull();
    JsonPointer pointer = JsonPointer.parse(path);
    boolean found = actual.findings().stream()
        .anyMatch(f -> f.rule().equals(rule) && f.path().equals(pointer));
    if (!found) {
      failWithMessage("%s", "Expecting a " + rule + " finding at " + path + " but the findings"
          + " are:\n" + lines(actual.findings()));
    }
    return myself;
  }

  /**
   * Verifies that the report has a finding of a rule at a path with a severity.
   *
   * @param rule the rule id
   * @param path the JSON Pointer
   * @param severity the severity
   * @return this assertion
   */
  public ReportAssert hasFinding(String rule, String path, Severity severity) {
    isNotNull();
    JsonPointer pointer = JsonPointer.parse(path);
    boolean found = actual.findings().stream().anyMatch(f -> f.rule().equals(rule)
        && f.path().equals(pointer) && f.severity() == severity);
    if (!found) {
      failWithMessage("%s", "Expecting a " + rule + " " + severity.label() + " at " + path
          + " but the findings are:\n" + lines(actual.findings()));
    }
    return myself;
  }

  /**
   * Verifies that no finding is of a rule.
   *
   * @param rule the rule id
   * @return this assertion
   */
  public ReportAssert hasNoFinding(String rule) {
    isNotNull();
    List<Finding> found = actual.forRule(rule).findings();
    if (!found.isEmpty()) {
      failWithMessage("%s", "Expecting no " + rule + " finding but found " + found.size()
          + ":\n" + lines(found));
    }
    return myself;
  }

  /**
   * Verifies the number of findings of one severity.
   *
   * @param severity the severity
   * @param expected the expected count
   * @return this assertion
   */
  public ReportAssert hasCount(Severity severity, int expected) {
    isNotNull();
    int count = actual.count(severity);
    if (count != expected) {
      failWithMessage("%s", "Expecting " + expected + " " + severity.label() + " findings but"
          + " found " + count + ":\n" + lines(actual.withSeverity(severity).findings()));
    }
    return myself;
  }

  static String lines(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "  (none)";
    }
    return findings.stream().map(f -> "  " + f.path() + ": " + f.rule() + ": "
        + f.severity().label() + ": " + f.message()
        + f.location().map(l -> " (line " + l.line() + ", column " + l.column() + ")").orElse(""))
        .collect(Collectors.joining("\n"));
  }
}
