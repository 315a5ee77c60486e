package io.github.ogpkit.io;

import io.github.ogpkit.io.internal.JsonOut;
import io.github.ogpkit.model.report.Finding;
import io.github.ogpkit.model.report.ValidationReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes validation reports in the JSON form of RULES.md, laid out like the canonical plan form
 * (two-space indentation, {@code \n}, final newline):
 *
 * <pre>
 * {
 *   "source": "plans/x.json",
 *   "profile": "ogp-action-plan",
 *   "valid": false,
 *   "summary": {"errors": 1, "warnings": 0, "infos": 0},
 *   "findings": [
 *     {"rule": "...", "severity": "ERROR", "path": "...", "line": 12, "column": 7, "message": "..."}
 *   ]
 * }
 * </pre>
 *
 * (shown compact here; the output has one member a line). {@code source} is present when the
 * report names its input, {@code profile} when a profile made it (a document that did not bind
 * was checked by no profile, so its report has none), {@code line} and {@code column} when the
 * finding has a location. Findings are in the report's order.
 *
 * <p>Stateless and safe for use by many threads.
 */
public final class ReportJsonWriter {

  private static final ReportJsonWriter STANDARD = new ReportJsonWriter();

  private ReportJsonWriter() {}

  /**
   * Returns the writer.
   *
   * @return the writer, not null
   */
  public static ReportJsonWriter standard() {
    return STANDARD;
  }

  /**
   * Writes one report as a JSON object.
   *
   * @param report the report, not null
   * @return the text, ending with a newline, not null
   */
  public String write(ValidationReport report) {
    return JsonOut.document(tree(Objects.requireNonNull(report, "report")));
  }

  /**
   * Writes reports as a JSON array of report objects, in the order given (the command line's
   * {@code --format json}).
   *
   * @param reports the reports, not null
   * @return the text, ending with a newline, not null
   */
  public String writeAll(List<ValidationReport> reports) {
    Objects.requireNonNull(reports, "reports");
    return JsonOut.document(reports.stream().<Object>map(ReportJsonWriter::tree).toList());
  }

  /**
   * Returns the report as the ordered values the JSON form is written from.
   *
   * @param report the report
   * @return the tree
   */
  static Map<String, Object> tree(ValidationReport report) {
    Map<String, Object> o = new LinkedHashMap<>();
    report.source().ifPresent(s -> o.put("source", s));
    report.profile().ifPresent(p -> o.put("profile", p));
    o.put("valid", report.isValid());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("errors", report.errorCount());
    summary.put("warnings", report.warningCount());
    summary.put("infos", report.infoCount());
    o.put("summary", summary);
    o.put("findings", report.findings().stream().<Object>map(ReportJsonWriter::finding).toList());
    return o;
  }

  private static Map<String, Object> finding(Finding f) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("rule", f.rule());
    o.put("severity", f.severity().name());
    o.put("path", f.path().toString());
    f.location().ifPresent(l -> {
      o.put("line", l.line());
      o.put("column", l.column());
    });
    o.put("message", f.message());
    return o;
  }
}
