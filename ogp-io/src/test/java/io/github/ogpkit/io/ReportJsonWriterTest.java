package io.github.ogpkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogpkit.model.json.JsonPointer;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.Severity;
import io.github.ogpkit.model.report.TextLocation;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonWriterTest {

  private static final ValidationReport REPORT = ValidationReport.of("ogp-action-plan", List.of(
      Finding.of("number-duplicate", Severity.ERROR,
          JsonPointer.parse("/sections/4/measures/6/number"),
          "number 1.1 is already used at /sections/0/measures/0")
          .withLocation(TextLocation.of(412, 21)),
      Finding.of("executor-collective-only", Severity.WARNING,
          JsonPointer.parse("/sections/1/measures/3"), "every executor is \"collective\"")))
      .withSource("plans/az.json");

  @Test
  void writesTheReportShapeOfTheRulesContract() {
    assertThat(ReportJsonWriter.standard().write(REPORT)).isEqualTo("""
        {
          "source": "plans/az.json",
          "profile": "ogp-action-plan",
          "valid": false,
          "summary": {
            "errors": 1,
            "warnings": 1,
            "infos": 0
          },
          "findings": [
            {
              "rule": "executor-collective-only",
              "severity": "WARNING",
              "path": "/sections/1/measures/3",
              "message": "every executor is \\"collective\\""
            },
            {
              "rule": "number-duplicate",
              "severity": "ERROR",
              "path": "/sections/4/measures/6/number",
              "line": 412,
              "column": 21,
              "message": "number 1.1 is already used at /sections/0/measures/0"
            }
          ]
        }
        """);
  }

  @Test
  void leavesOutSourceAndProfileWhenAbsentAndWritesArraysOfReports() {
    String text = ReportJsonWriter.standard().writeAll(List.of(ValidationReport.of(List.of())));
    assertThat(text).isEqualTo("""
        [
          {
            "valid": true,
            "summary": {
              "errors": 0,
              "warnings": 0,
              "infos": 0
            },
            "findings": []
          }
        ]
        """);
    assertThat(ReportJsonWriter.standard().writeAll(List.of())).isEqualTo("[]\n");
  }
}
