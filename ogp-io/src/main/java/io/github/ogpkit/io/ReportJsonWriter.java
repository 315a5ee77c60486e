package io.github.ogpkit.io;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.ogpkit.io.internal.CanonicalJson;
import io.github.ogpkit.io.internal.ReportFormat;
import io.github.ogpkit.model.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

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
@API(status = STABLE, since = "0.1")
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
    Objects.requireNonNull(report, "report");
    return new String(CanonicalJson.write(gen -> ReportFormat.write(report, gen)),
        StandardCharsets.UTF_8);
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
    List<ValidationReport> copy = List.copyOf(reports);
    return new String(CanonicalJson.write(gen -> ReportFormat.writeAll(copy, gen)),
        StandardCharsets.UTF_8);
  }

}
